"""Open an original safely and bring it to a known state: upright, sRGB, RGB or RGBA.

Pillow decodes lazily and only warns about huge images; here a decompression bomb, a format
we did not ask for, a truncated file or an animation is an `ImageProblem` with a message for
the editor, never a traceback.
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from campaignsite.images.settings import ACCEPTED_FORMATS


class ImageProblem(Exception):
    """An original that cannot be published; the message tells the editor what to do."""


@dataclass
class Original:
    image: Image.Image  # upright, sRGB, mode RGB or RGBA, no metadata attached
    format: str  # the decoder that read it ("JPEG", "PNG", …)
    unchanged: Image.Image | None  # the decoded file itself when nothing had to change (lossless re-save)


def open_original(data: bytes, max_pixels: int) -> Original:
    previous_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, max_pixels
    try:
        return _open(data, max_pixels)
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit


def _open(data: bytes, max_pixels: int) -> Original:
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that: refuse those too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
            if getattr(image, "n_frames", 1) > 1:
                raise ImageProblem("is animated: publish a still image (PNG or JPEG), or a video")
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageProblem(
                f"is too large to decode safely (more than {max_pixels:,} pixels): "
                "scale it down, or split a very large scan into parts") from None
        except UnidentifiedImageError:
            raise ImageProblem(
                "is not an image in an accepted format (JPEG, PNG, WebP, TIFF, AVIF): "
                "export it again as JPEG or PNG") from None
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ImageProblem(f"cannot be read ({_short(exc)}): the file is damaged or truncated, export it again") from None
    fmt = image.format or ""
    upright = ImageOps.exif_transpose(image)
    rotated = _orientation(image) not in (None, 1)
    try:
        srgb, converted = to_srgb(upright)
    except (ImageCms.PyCMSError, OSError, ValueError) as exc:
        raise ImageProblem(f"has a colour profile that cannot be converted to sRGB ({_short(exc)}): export it as sRGB") from None
    normal = _rgb_or_rgba(srgb)
    normal.info.clear()  # nothing of the original's metadata may ride along
    unchanged = image if not rotated and not converted and normal.mode == image.mode else None
    return Original(normal, fmt, unchanged)


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:120]


def _orientation(image: Image.Image) -> int | None:
    try:
        return image.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not stop an otherwise good image
        return None


@lru_cache(maxsize=1)
def _srgb_profile():
    return ImageCms.createProfile("sRGB")


def _is_srgb(profile) -> bool:
    description = (ImageCms.getProfileDescription(profile) or "").lower()
    return "srgb" in description


def to_srgb(image: Image.Image) -> tuple[Image.Image, bool]:
    """Convert through the embedded ICC profile when there is one that is not sRGB already.
    Returns the image and whether its colours were converted."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image, False
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    if image.mode == "CMYK" or (image.mode in ("RGB", "RGBA") and not _is_srgb(profile)):
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, profile, _srgb_profile(), outputMode=out_mode,
                                              renderingIntent=ImageCms.Intent.PERCEPTUAL)
        return converted, True
    return image, False  # grey and palette profiles: close enough to sRGB once expanded


def _rgb_or_rgba(image: Image.Image) -> Image.Image:
    if image.mode in ("RGB", "RGBA"):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        image = image.point(lambda value: value / 256).convert("L")  # 16-bit scans → 8-bit
    has_alpha = image.mode in ("LA", "PA", "La", "RGBa") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")
