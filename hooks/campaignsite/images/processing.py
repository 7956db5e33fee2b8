"""One original → its cache entry: the cleaned original, the variants and a manifest.

Runs in worker processes (see batch.py), so it takes and returns plain, picklable values and
reports a bad image as data instead of raising.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from PIL import Image

from campaignsite.images.decoding import ImageProblem, Original, open_original
from campaignsite.images.encoding import encode, encode_original
from campaignsite.images.planning import kind_of, plan_variants
from campaignsite.images.settings import EXTENSIONS, GRAPHIC, ImageSettings

MANIFEST = "manifest.json"


def classify(image: Image.Image, settings: ImageSettings) -> str:
    transparent = image.mode == "RGBA" and image.getchannel("A").getextrema()[0] < 255
    return kind_of(transparent, _colour_count(image, settings.graphic_max_colours), settings.graphic_max_colours)


def _colour_count(image: Image.Image, limit: int) -> int | None:
    """Pillow stops counting once past the limit, so this is quick even for a photo."""
    colours = image.getcolors(maxcolors=limit + 1)
    return None if colours is None else len(colours)


def render_variants(original: Original, settings: ImageSettings) -> tuple[str, dict[str, bytes], list[dict]]:
    """(kind, {file name: bytes}, variant records) for an opened original."""
    image = original.image
    kind = classify(image, settings)
    files: dict[str, bytes] = {}
    records = []
    resized: dict[int, Image.Image] = {}
    for variant in plan_variants(image.width, image.height, kind, settings):
        if variant.width not in resized:
            resized[variant.width] = image if variant.width == image.width else image.resize(
                (variant.width, variant.height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        name = f"{variant.width}.{EXTENSIONS[variant.format]}"
        files[name] = encode(resized[variant.width], variant.format, settings)
        records.append({"width": variant.width, "height": variant.height, "format": variant.format,
                        "file": name, "bytes": len(files[name])})
    return kind, files, records


def process_original(source: str, entry_dir: str, settings: ImageSettings, with_variants: bool = True) -> dict:
    """Make the cache entry of ``source`` in ``entry_dir``; return its manifest, or
    ``{"error": message}`` for an image that cannot be published. Without variants only the
    cleaned original is made (theme and vendored assets)."""
    try:
        original = open_original(Path(source).read_bytes(), settings.max_pixels)
        if with_variants:
            kind, files, variants = render_variants(original, settings)
        else:
            kind, files, variants = classify(original.image, settings), {}, []
        original_name = "original" + Path(source).suffix.lower()
        files[original_name] = encode_original(original, kind == GRAPHIC, settings)
    except ImageProblem as problem:
        return {"error": str(problem)}
    except (OSError, ValueError) as exc:  # an encoder's refusal: still the editor's file, not our crash
        return {"error": f"cannot be converted ({str(exc).splitlines()[0][:120]}): export it again as JPEG or PNG"}
    manifest = {
        "width": original.image.width, "height": original.image.height, "kind": kind,
        "original": original_name, "original_bytes": len(files[original_name]),
        "source_bytes": Path(source).stat().st_size, "variants": variants,
    }
    write_entry(Path(entry_dir), files, manifest)
    return manifest


def write_entry(entry: Path, files: dict[str, bytes], manifest: dict) -> None:
    """Write into a temporary folder and rename it: a crash never leaves half an entry."""
    temporary = entry.with_name(f"{entry.name}.tmp-{os.getpid()}")
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    for name, data in files.items():
        (temporary / name).write_bytes(data)
    (temporary / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    shutil.rmtree(entry, ignore_errors=True)
    temporary.rename(entry)
