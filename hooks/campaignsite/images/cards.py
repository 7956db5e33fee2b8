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
from dataclasses import asdict, astuple, dataclass
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
CARD_VERSION = 4  # bump when the drawing or the encoding changes (cached cards are keyed by it)
SUFFIX = ".png"
PNG_COMPRESS_LEVEL = 3  # chosen by measurement (bench/cards.py)
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

    def data(self) -> dict:
        """As JSON data (a parallel build's language processes hand their cards to the parent)."""
        return {"title": self.title, "section": self.section, "site_name": self.site_name, "style": asdict(self.style)}

    @classmethod
    def from_data(cls, data: dict) -> "CardText":
        style = dict(data["style"], fonts=tuple(tuple(pair) for pair in data["style"]["fonts"]))
        return cls(data["title"], data["section"], data["site_name"], CardStyle(**style))

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


# The title's part of the card (with room for stacked accents and descenders): the only part
# each card draws; the rest comes from its base, drawn once per campaign, section and language.
TITLE_BOX = (MARGIN - 8, TITLE_TOP - 24, SIZE[0] - MARGIN + 8, TITLE_BOTTOM + 24)
PALETTE_SAMPLE = "Aa Ấầ Đđ Ượ Ýỹ Бб Жж Щщ Ёё gjpqy 0123456789 – … ÀÉÎÕÜ"


@dataclass(frozen=True)
class CardBase:
    rgb: Image.Image  # background, horizon, site name and section, in full colour
    indexed: Image.Image  # the same in the card's palette
    palette: Image.Image  # 256 colours of the base and of white text over it


@lru_cache(maxsize=256)
def card_base(style: CardStyle, site_name: str, section: str, bold: str, medium: str) -> CardBase:
    image = _background(style)
    draw = ImageDraw.Draw(image)
    _horizon(draw, style)
    draw.text((MARGIN, 64), site_name, font=font(medium, 30), fill=style.surface)
    if section:  # top-level pages have no section
        label = font(bold, 26)
        pill_width = int(label.getlength(section)) + 36
        draw.rounded_rectangle([MARGIN, 128, MARGIN + pill_width, 176], radius=24, fill=style.accent)
        draw.text((MARGIN + 18, 152), section, font=label, fill=WHITE, anchor="lm")
    # The palette also holds white text's edges over the title's background, from left to right.
    sample = image.copy()
    sample_draw = ImageDraw.Draw(sample)
    for row, size in enumerate((72, 56, 40)):
        sample_draw.text((MARGIN, TITLE_TOP + row * 90), PALETTE_SAMPLE * 2, font=font(bold, size), fill=WHITE)
    palette = sample.quantize(256, method=Image.Quantize.MEDIANCUT)
    return CardBase(image, image.quantize(palette=palette, dither=Image.Dither.NONE), palette)


def _needs_shaping(text: str) -> bool:
    """Marks that combine with a letter, right-to-left or joining scripts: drawn by HarfBuzz as a whole."""
    return any(unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf") or unicodedata.bidirectional(ch) in ("R", "AL")
               for ch in text)


@lru_cache(maxsize=50_000)
def _glyph(path: str, size: int, char: str) -> tuple[Image.Image, int, int]:
    """One letter's coverage mask, drawn once per font and size, and its offset from the pen."""
    face = font(path, size)
    left, top, right, bottom = face.getbbox(char)
    mask = Image.new("L", (max(1, right - left), max(1, bottom - top)))
    ImageDraw.Draw(mask).text((-left, -top), char, font=face, fill=255)
    return mask, left, top


def draw_line(draw: ImageDraw.ImageDraw, xy: tuple[int, int], line: str, face: ImageFont.FreeTypeFont) -> None:
    """White text; letter by letter from cached masks, at the pen positions of the shaped line."""
    if _needs_shaping(line):
        draw.text(xy, line, font=face, fill=WHITE)
        return
    x, y = xy
    for index, char in enumerate(line):
        if not char.isspace():
            mask, left, top = _glyph(face.path, face.size, char)
            draw.bitmap((x + round(face.getlength(line[:index])) + left, y + top), mask, fill=WHITE)


def draw_title(text: CardText) -> tuple[CardBase, Image.Image]:
    """The card's base and its title region, drawn."""
    bold, medium = text.font_pair()
    base = card_base(text.style, _nfc(text.site_name), _nfc(text.section).upper(), bold, medium)
    region = base.rgb.crop(TITLE_BOX)
    draw = ImageDraw.Draw(region)
    face, lines = fit_title(_nfc(text.title), SIZE[0] - 2 * MARGIN, bold)
    line_height = int(face.size * LINE_SPACING)
    for index, line in enumerate(lines):
        draw_line(draw, (MARGIN - TITLE_BOX[0], TITLE_TOP - TITLE_BOX[1] + index * line_height), line, face)
    return base, region


def draw_card(text: CardText) -> Image.Image:
    """The whole card in full colour (tests look at it)."""
    base, region = draw_title(text)
    image = base.rgb.copy()
    image.paste(region, TITLE_BOX[:2])
    return image


def card_png(text: CardText) -> bytes:
    """Indexed PNG: only the title region is quantized (to the base's palette) and pasted."""
    base, region = draw_title(text)
    image = base.indexed.copy()
    image.paste(region.quantize(palette=base.palette, dither=Image.Dither.NONE), TITLE_BOX[:2])
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=PNG_COMPRESS_LEVEL)
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
