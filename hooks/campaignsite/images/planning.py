"""Which variants an image gets, and how the browser chooses among them (pure functions)."""
from __future__ import annotations

from dataclasses import dataclass

from campaignsite.images.settings import EXTENSIONS, GRAPHIC, PHOTO, ImageSettings

# The width of the content column, measured in Chromium on a built page (Material 9.8.2 with
# our theme): 100vw - 32px below 60em; 100vw - 274px from 60em (navigation sidebar); 688px
# from 76.25em (both sidebars), growing to 757px at 1920px wide.
SIZES = "(min-width: 76.25em) 760px, (min-width: 60em) calc(100vw - 274px), calc(100vw - 32px)"


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    format: str  # "avif", "webp", "jpeg", "png"

    @property
    def filename_suffix(self) -> str:
        return f"-{self.width}w.{EXTENSIONS[self.format]}"


def kind_of(has_transparency: bool, colour_count: int | None, max_colours: int) -> str:
    """A graphic (drawn, to be kept exact) has transparency or few colours; else a photo.
    ``colour_count`` is None when there are more colours than were counted."""
    if has_transparency or (colour_count is not None and colour_count <= max_colours):
        return GRAPHIC
    return PHOTO


def target_widths(width: int, widths: tuple[int, ...]) -> list[int]:
    """The configured widths below the original's, plus the original's own width when it is
    narrower than the largest: never upscaled, and the sharpest version is always offered."""
    chosen = sorted(w for w in widths if w < width)
    if width <= max(widths):
        chosen.append(width)
    return chosen


def scaled_height(width: int, height: int, new_width: int) -> int:
    return max(1, round(height * new_width / width))


def plan_variants(width: int, height: int, kind: str, settings: ImageSettings) -> list[Variant]:
    """Every (width, format) to make for an upright original of ``width`` × ``height``."""
    return [
        Variant(w, scaled_height(width, height, w), fmt)
        for fmt in settings.formats_for(kind)
        for w in target_widths(width, settings.widths)
    ]


def display_size(width: int, height: int, widest: int, requested_width: int | None = None) -> tuple[int, int]:
    """The width/height attributes: the widest variant's size, or the editor's width with
    the height that keeps the proportions (reserves the space before the image loads)."""
    shown = requested_width or widest
    return shown, scaled_height(width, height, shown)


def published_name(stem: str, variant: dict) -> str:
    """``map-960w.avif`` for the cached ``960.avif`` of ``map.jpg``."""
    return f"{stem}-{variant['width']}w.{variant['file'].rsplit('.', 1)[1]}"
