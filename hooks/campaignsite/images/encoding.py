"""One image to the bytes of one format. Nothing is passed but pixels: no EXIF, XMP, IPTC or
ICC chunk is written (browsers assume sRGB, which every image is by now)."""
from __future__ import annotations

import io

from PIL import Image

from campaignsite.images.settings import ImageSettings


def encode(image: Image.Image, fmt: str, settings: ImageSettings) -> bytes:
    buffer = io.BytesIO()
    if fmt == "jpeg":
        flat = image if image.mode == "RGB" else image.convert("RGB")
        flat.save(buffer, "JPEG", quality=settings.jpeg_quality, optimize=True, progressive=True)
    elif fmt == "avif":
        image.save(buffer, "AVIF", quality=settings.avif_quality, speed=settings.avif_speed, max_threads=1)
    elif fmt == "webp":  # graphics only: exact pixels
        image.save(buffer, "WEBP", lossless=True, method=4)
    elif fmt == "png":
        image.save(buffer, "PNG", optimize=image.width * image.height <= 4_000_000)
    else:
        raise ValueError(f"unknown image format {fmt!r}")
    return buffer.getvalue()


def encode_original(original, kind_graphic: bool, settings: ImageSettings) -> bytes:
    """The cleaned full-size original in its own format, so it stays valid at its own URL.
    An untouched JPEG keeps its quantisation tables (`quality="keep"`): dropping the metadata
    then costs almost nothing in quality. PNG and TIFF are lossless anyway."""
    image, buffer = original.image, io.BytesIO()
    if original.format == "JPEG":
        if original.unchanged is not None and original.unchanged.mode in ("RGB", "L"):
            original.unchanged.info = {}  # Pillow would re-write a JPEG comment (COM) from info
            original.unchanged.save(buffer, "JPEG", quality="keep", subsampling="keep", optimize=True)
        else:
            image.convert("RGB").save(buffer, "JPEG", quality=settings.original_jpeg_quality, optimize=True)
    elif original.format == "PNG":
        image.save(buffer, "PNG", optimize=image.width * image.height <= 4_000_000)
    elif original.format == "TIFF":
        image.save(buffer, "TIFF", compression="tiff_deflate")
    elif original.format == "WEBP":
        image.save(buffer, "WEBP", lossless=kind_graphic, quality=settings.original_jpeg_quality, method=4)
    elif original.format == "AVIF":
        image.save(buffer, "AVIF", quality=settings.original_jpeg_quality, speed=settings.avif_speed, max_threads=1)
    else:
        raise ValueError(f"unknown original format {original.format!r}")
    return buffer.getvalue()
