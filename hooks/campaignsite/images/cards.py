"""A page's social card: 1200×630 PNG with its title, section and the campaign's colours.

Drawn with Pillow from vendored fonts (Be Vietnam Pro for Latin and Vietnamese, Montserrat for
Cyrillic, and any a campaign adds), so a card looks the same on every machine and a build needs
no network (Material's social plugin downloads fonts and writes one language's cards over the
other's). A card uses the first font that has every character of its text.
"""
from __future__ import annotations

import hashlib
import io
import unicodedata
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[1] / "fonts"
# (bold, medium) in order of preference; a campaign's own fonts (campaign.yml `card_fonts`) follow.
ENGINE_FONTS = (
    (str(FONTS / "BeVietnamPro_700Bold.ttf"), str(FONTS / "BeVietnamPro_500Medium.ttf")),
    (str(FONTS / "Montserrat_700Bold.ttf"), str(FONTS / "Montserrat_500Medium.ttf")),
)
SIZE = (1200, 630)
CARD_VERSION = 3  # bump when the drawing changes (cached cards are keyed by it)
WHITE = "#ffffff"
MARGIN = 80


@dataclass(frozen=True)
class CardStyle:
    """The campaign's colours (campaign.yml) and the fonts cards may use."""

    primary: str
    primary_dark: str
    accent: str
    secondary: str
    surface: str
    fonts: tuple[tuple[str, str], ...] = ENGINE_FONTS


@dataclass(frozen=True)
class CardText:
    title: str
    section: str
    site_name: str
    style: CardStyle
    # No host name on the card: it would differ between local, test and published builds and
    # make each of them redraw every card; platforms show the link's domain themselves.

    def key(self) -> str:
        fonts = self.font_pair()
        parts = [self.title, self.section, self.site_name, *astuple(self.style)[:5], *map(_font_digest, fonts), str(CARD_VERSION)]
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=10).hexdigest()

    def font_pair(self) -> tuple[str, str]:
        """The first (bold, medium) pair with every character of the card; ValueError naming one if none has."""
        text = _nfc(self.title + self.section.upper() + self.site_name)
        for pair in self.style.fonts:
            if all(covers(path, text) for path in pair):
                return pair
        missing = next(ch for ch in text if not any(covers(pair[0], ch) for pair in self.style.fonts))
        raise ValueError(f"no card font has the character {missing!r} (U+{ord(missing):04X}): add a font "
                         "that does to campaign.yml `card_fonts:`")


@lru_cache(maxsize=None)
def _font_digest(path: str) -> str:
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=8).hexdigest()


@lru_cache(maxsize=None)
def _missing_glyph(path: str) -> bytes:
    face = font(path, 40)
    return bytes(face.getmask("\U0010fffd"))  # a private-use code point no font draws: its .notdef


@lru_cache(maxsize=100_000)
def _has_glyph(path: str, char: str) -> bool:
    if char.isspace() or unicodedata.category(char).startswith(("Z", "C")):
        return True
    return bytes(font(path, 40).getmask(char)) != _missing_glyph(path)


def covers(path: str, text: str) -> bool:
    return all(_has_glyph(path, char) for char in set(text))


@lru_cache(maxsize=64)
def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy line breaking at spaces; a word longer than the line stays whole."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


TITLE_TOP, TITLE_BOTTOM = 206, 476
LINE_SPACING = 1.24


def fit_title(text: str, width: int, bold: str, height: int = TITLE_BOTTOM - TITLE_TOP) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size from 72 px down at which the title fits the box; cut with "…" if it never does."""
    for size in range(72, 39, -4):
        face = font(bold, size)
        lines = wrap(text, face, width)
        if len(lines) * size * LINE_SPACING <= height and all(face.getlength(line) <= width for line in lines):
            return face, lines
    face = font(bold, 40)
    max_lines = int(height // (40 * LINE_SPACING))
    lines = wrap(text, face, width)[:max_lines]
    while face.getlength(lines[-1] + "…") > width and " " in lines[-1]:
        lines[-1] = lines[-1].rsplit(" ", 1)[0]
    return face, lines[:-1] + [lines[-1] + "…"]


def _background(style: CardStyle) -> Image.Image:
    gradient = Image.linear_gradient("L").rotate(-90).resize(SIZE)  # primary at the left, its dark shade at the right
    return Image.composite(Image.new("RGB", SIZE, style.primary), Image.new("RGB", SIZE, style.primary_dark), gradient)


def _horizon(draw: ImageDraw.ImageDraw, style: CardStyle) -> None:
    """Two low curves along the bottom edge and a band of the second colour at the left."""
    w, h = SIZE
    draw.polygon([(0, h), (0, h - 46), (260, h - 74), (560, h - 40), (880, h - 86), (w, h - 52), (w, h)], fill=style.accent)
    draw.polygon([(0, h), (0, h - 20), (340, h - 34), (700, h - 14), (w, h - 30), (w, h)], fill=style.surface)
    draw.rectangle([0, 0, 14, h], fill=style.secondary)


def draw_card(text: CardText) -> Image.Image:
    style = text.style
    bold, medium = text.font_pair()
    image = _background(style)
    draw = ImageDraw.Draw(image)
    _horizon(draw, style)
    width = SIZE[0] - 2 * MARGIN
    small = font(medium, 30)
    draw.text((MARGIN, 64), _nfc(text.site_name), font=small, fill=style.surface)
    section = _nfc(text.section).upper()
    if section:  # top-level pages have no section
        label = font(bold, 26)
        pill_width = int(label.getlength(section)) + 36
        draw.rounded_rectangle([MARGIN, 128, MARGIN + pill_width, 176], radius=24, fill=style.accent)
        draw.text((MARGIN + 18, 152), section, font=label, fill=WHITE, anchor="lm")
    face, lines = fit_title(_nfc(text.title), width, bold)
    line_height = int(face.size * LINE_SPACING)
    for index, line in enumerate(lines):
        draw.text((MARGIN, TITLE_TOP + index * line_height), line, font=face, fill=WHITE)
    return image


def card_png(text: CardText) -> bytes:
    buffer = io.BytesIO()
    draw_card(text).quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def write_card(text: CardText, path: str) -> dict:
    """Worker entry point: draw and write one card."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_bytes(card_png(text))
    temporary.replace(target)
    return {"bytes": target.stat().st_size}


def _nfc(value: str) -> str:
    """Precomposed letters: the font has "ượ" as one glyph, not as u + horn + dot below."""
    return unicodedata.normalize("NFC", value)
