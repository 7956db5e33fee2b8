"""Deep Zoom (.dzi) tiles of one original, for OpenSeadragon: static files, no image server.

Level n is the image scaled by 1/2^(max_level - n), the top level being full size; each level
is cut into square tiles (plus an overlap) named ``image_files/<level>/<column>_<row>.<ext>``.
"""
from __future__ import annotations

import io
import math
import os
import shutil
from pathlib import Path

from PIL import Image

from campaignsite.images.decoding import ImageProblem, open_original
from campaignsite.images.settings import ImageSettings

DZI_NAME = "image.dzi"
TILES_FOLDER = "image_files"


def level_count(width: int, height: int) -> int:
    return math.ceil(math.log2(max(width, height, 1))) + 1


def level_sizes(width: int, height: int) -> list[tuple[int, int]]:
    """Size of every level, smallest (1×1) first."""
    top = level_count(width, height) - 1
    return [(math.ceil(width / 2 ** (top - level)), math.ceil(height / 2 ** (top - level))) for level in range(top + 1)]


def tile_boxes(width: int, height: int, tile: int, overlap: int):
    """``(column, row, box)`` of every tile of a level of that size."""
    for column in range(math.ceil(width / tile)):
        for row in range(math.ceil(height / tile)):
            left, top = column * tile, row * tile
            yield column, row, (max(0, left - overlap), max(0, top - overlap),
                                min(width, left + tile + overlap), min(height, top + tile + overlap))


def dzi_xml(width: int, height: int, tile: int, overlap: int, ext: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Image xmlns="http://schemas.microsoft.com/deepzoom/2008" Format="{ext}" Overlap="{overlap}" TileSize="{tile}">'
            f'<Size Width="{width}" Height="{height}"/></Image>\n')


def _encode_tile(image: Image.Image, ext: str, settings: ImageSettings) -> bytes:
    buffer = io.BytesIO()
    if ext == "jpg":
        image.convert("RGB").save(buffer, "JPEG", quality=settings.tile_jpeg_quality, optimize=True)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()


def make_tiles(source: str, out_dir: str, graphic: bool, settings: ImageSettings) -> dict:
    """Write the .dzi and its tiles for ``source`` (a cleaned original) into ``out_dir``."""
    try:
        image = open_original(Path(source).read_bytes(), settings.max_pixels).image
    except ImageProblem as problem:
        return {"error": str(problem)}
    ext = "png" if graphic else "jpg"
    target = Path(out_dir)
    temporary = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(temporary, ignore_errors=True)
    sizes = level_sizes(image.width, image.height)
    level_image = image
    count = 0
    for level in range(len(sizes) - 1, -1, -1):  # full size first, halving on the way down
        width, height = sizes[level]
        if level_image.size != (width, height):
            level_image = level_image.reduce(2) if level_image.width > 1 else level_image
            if level_image.size != (width, height):
                level_image = level_image.resize((width, height), Image.Resampling.BOX)
        folder = temporary / TILES_FOLDER / str(level)
        folder.mkdir(parents=True)
        for column, row, box in tile_boxes(width, height, settings.tile_size, settings.tile_overlap):
            (folder / f"{column}_{row}.{ext}").write_bytes(_encode_tile(level_image.crop(box), ext, settings))
            count += 1
    (temporary / DZI_NAME).write_text(dzi_xml(image.width, image.height, settings.tile_size, settings.tile_overlap, ext), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    temporary.rename(target)
    return {"width": image.width, "height": image.height, "levels": len(sizes), "tiles": count, "format": ext}
