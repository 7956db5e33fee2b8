"""What the image pipeline makes, as one value whose fingerprint keys the cache.

Formats were chosen by measurement (`bench/images.py formats`, the 16 JPEG photos of Debian's
mate-backgrounds, SSIM of luma over 8×8 blocks). At the SSIM of JPEG q80, per width 480/960/1600:
  WebP (method 6)  −8 % / +10 % / +11 % bytes, 25/108/261 ms an image (JPEG: 2/8/17 ms)
  AVIF (speed 6)   −37 % / −34 % / −28 % bytes, 76/268/551 ms; matching quality q66/q71/q75
So photos get AVIF, with JPEG as the fallback: WebP is no smaller than JPEG at equal quality,
and every browser that shows WebP but not AVIF gets an equally good JPEG. AVIF is fixed at q75:
at 960 px that is 14 % smaller than JPEG q80 with a higher mean SSIM (0.987 against 0.980);
q70 would save 26 % but look worse than the JPEG on half the photos. Drawn graphics
(transparency or at most 256 colours) must stay exact: lossless WebP (about 40 % smaller than
PNG on four drawn images) with a PNG fallback; Pillow's AVIF has no lossless mode.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

PHOTO = "photo"
GRAPHIC = "graphic"

# Decoders we accept; anything else (GIF, PSD, EPS, ICO, …) is refused before it is parsed.
# GIF is refused on purpose: it cannot be re-saved exactly once its metadata is dropped.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "AVIF")
# Files under docs/ with these suffixes are checked and cleaned (a .gif is reported, not copied).
RASTER_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".avif")

MEDIA_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}


@dataclass(frozen=True)
class ImageSettings:
    widths: tuple[int, ...] = (480, 960, 1600)
    # Best first: the browser takes the first <source> it supports; the last is the <img> fallback.
    formats: dict[str, tuple[str, ...]] = field(default_factory=lambda: {
        PHOTO: ("avif", "jpeg"),
        GRAPHIC: ("webp", "png"),
    })
    jpeg_quality: int = 80
    avif_quality: int = 75
    avif_speed: int = 6
    original_jpeg_quality: int = 92  # the cleaned full-size original, when it must be re-encoded
    graphic_max_colours: int = 256  # at most this many colours (or any transparency): a graphic
    max_pixels: int = 120_000_000  # larger originals are refused as possible decompression bombs
    tile_size: int = 510  # Deep Zoom tiles (OpenSeadragon recommends 254 or 510)
    tile_overlap: int = 1
    tile_jpeg_quality: int = 82
    version: int = 1  # bump when the processing code changes its output

    def formats_for(self, kind: str) -> tuple[str, ...]:
        return self.formats[kind]

    def fingerprint(self) -> str:
        return hashlib.blake2b(repr(sorted(asdict(self).items())).encode(), digest_size=8).hexdigest()


DEFAULT = ImageSettings()


def without_unsupported(settings: ImageSettings, supported: set[str]) -> ImageSettings:
    """The same settings, dropping formats this Pillow cannot write (AVIF needs libavif)."""
    formats = {kind: tuple(f for f in chosen if f in supported) for kind, chosen in settings.formats.items()}
    return ImageSettings(**{**asdict(settings), "formats": formats})
