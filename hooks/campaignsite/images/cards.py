"""A page's social card: 1200×630 PNG with its title, section and the campaign's colours.

Drawn with Pillow from a vendored Be Vietnam Pro (full Vietnamese coverage), so a card looks
the same on every machine and a build needs no network (Material's social plugin downloads
fonts and writes one language's cards over the other's).
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
BOLD = FONTS / "BeVietnamPro_700Bold.ttf"
MEDIUM = FONTS / "BeVietnamPro_500Medium.ttf"
SIZE = (1200, 630)
CARD_VERSION = 2  # bump when the drawing changes (cached cards are keyed by it)

SEA, SEA_DEEP, DUNE, SAND, GREEN, WHITE = "#0a5c6b", "#073f4a", "#b4561f", "#f6ead2", "#1f7a45", "#ffffff"
MARGIN = 80


@dataclass(frozen=True)
class CardText:
    title: str
    section: str
    site_name: str
    # No host name on the card: it would differ between local, test and published builds and
    # make each of them redraw every card; platforms show the link's domain themselves.

    def key(self) -> str:
        text = "\x1f".join([*astuple(self), *_font_digests(), str(CARD_VERSION)])
        return hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


@lru_cache(maxsize=1)
def _font_digests() -> tuple[str, ...]:
    return tuple(hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest() for path in (BOLD, MEDIUM))


@lru_cache(maxsize=32)
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
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


def fit_title(text: str, width: int, height: int = TITLE_BOTTOM - TITLE_TOP) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size from 72 px down at which the title fits the box; cut with "…" if it never does."""
    for size in range(72, 39, -4):
        face = font(BOLD, size)
        lines = wrap(text, face, width)
        if len(lines) * size * LINE_SPACING <= height and all(face.getlength(line) <= width for line in lines):
            return face, lines
    face = font(BOLD, 40)
    max_lines = int(height // (40 * LINE_SPACING))
    lines = wrap(text, face, width)[:max_lines]
    while face.getlength(lines[-1] + "…") > width and " " in lines[-1]:
        lines[-1] = lines[-1].rsplit(" ", 1)[0]
    return face, lines[:-1] + [lines[-1] + "…"]


def _background() -> Image.Image:
    gradient = Image.linear_gradient("L").rotate(-90).resize(SIZE)  # sea teal at the left, deep sea at the right
    return Image.composite(Image.new("RGB", SIZE, SEA), Image.new("RGB", SIZE, SEA_DEEP), gradient)


def _dunes(draw: ImageDraw.ImageDraw) -> None:
    """Two low dune curves and a green shoreline along the bottom edge."""
    w, h = SIZE
    draw.polygon([(0, h), (0, h - 46), (260, h - 74), (560, h - 40), (880, h - 86), (w, h - 52), (w, h)], fill=DUNE)
    draw.polygon([(0, h), (0, h - 20), (340, h - 34), (700, h - 14), (w, h - 30), (w, h)], fill=SAND)
    draw.rectangle([0, 0, 14, h], fill=GREEN)


def draw_card(text: CardText) -> Image.Image:
    image = _background()
    draw = ImageDraw.Draw(image)
    _dunes(draw)
    width = SIZE[0] - 2 * MARGIN
    small = font(MEDIUM, 30)
    draw.text((MARGIN, 64), _nfc(text.site_name), font=small, fill=SAND)
    section = _nfc(text.section).upper()
    if section:  # top-level pages have no section
        label = font(BOLD, 26)
        pill_width = int(label.getlength(section)) + 36
        draw.rounded_rectangle([MARGIN, 128, MARGIN + pill_width, 176], radius=24, fill=DUNE)
        draw.text((MARGIN + 18, 152), section, font=label, fill=WHITE, anchor="lm")
    face, lines = fit_title(_nfc(text.title), width)
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
