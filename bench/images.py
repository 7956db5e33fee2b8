#!/usr/bin/env python3
"""What the image pipeline costs and saves.

  build     a project copy with N photos on one page (both languages): cold and warm build times
            against the same site without the images (goal: warm ≤ 1.05 × no images); cold
            images per second on one core and on every core; the bytes a 390 px phone
            (device pixel ratio 2, Chromium) downloads for that page's images, scrolled to the
            end, against the originals' bytes (goal ≤ 10 %).
  formats   bytes and encode time of JPEG, WebP and AVIF at equal visual quality: for each
            photo, the smallest WebP/AVIF quality whose SSIM (luma, 8×8 blocks) reaches that of
            JPEG q80 (the numbers behind hooks/campaignsite/images/settings.py).

Photos: Debian's mate-backgrounds (`apt-get install mate-backgrounds`; GPL-2+/CC, see
/usr/share/doc/mate-backgrounds/copyright) when installed, else photo-like images made here.
Nothing is committed; output goes to a temporary folder.

    .venv/bin/python bench/images.py build --images 24
    .venv/bin/python bench/images.py formats --width 960
"""
from __future__ import annotations

import argparse
import functools
import http.server
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image, ImageMath

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from sitebuild import copy_project  # noqa: E402
from benchlib import timed_build  # noqa: E402

BACKGROUNDS = Path("/usr/share/backgrounds/mate")
PAGE = "province"
ALT = {"vi": "Ảnh nền mẫu dùng để đo hiệu năng (không phải ảnh của tỉnh)",
       "en": "Sample desktop background used for the benchmark (not a photo of the province)"}


# ---- inputs ----------------------------------------------------------------------------------

def source_photos() -> list[Path]:
    return sorted(p for p in BACKGROUNDS.rglob("*.jpg")) if BACKGROUNDS.is_dir() else []


def make_originals(folder: Path, count: int) -> list[Path]:
    """``count`` distinct JPEG originals (each slightly cropped, so no two share a cache key)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = source_photos()
    out = []
    for index in range(count):
        if sources:
            image = Image.open(sources[index % len(sources)]).convert("RGB")
        else:
            from test_images_samples import photo
            image = photo(3000, 2000, seed=index + 1)
        shift = index // max(1, len(sources) or 1) + 1
        image = image.crop((shift, shift, image.width, image.height))
        path = folder / f"bench-{index:03d}.jpg"
        image.save(path, quality=90)
        out.append(path)
    return out


def add_gallery(project: Path, originals: list[Path]) -> None:
    images = project / "docs" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for path in originals:
        shutil.copy2(path, images / path.name)
    for lang in ("vi", "en"):
        page = project / "docs" / f"{PAGE}.{lang}.md"
        lines = "\n\n".join(f"![{ALT[lang]} {i + 1}](images/{p.name})" for i, p in enumerate(originals))
        page.write_text(page.read_text(encoding="utf-8") + "\n\n## Bench\n\n" + lines + "\n", encoding="utf-8")


def interleaved_medians(first: Path, second: Path, tmp: Path, runs: int) -> tuple[float, float]:
    """Median build times of two projects built by turns (A, B, A, B, …), so that a slow moment
    of the machine weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(timed_build(first, tmp / "site-a")[0])
        times[1].append(timed_build(second, tmp / "site-b")[0])
    return statistics.median(times[0]), statistics.median(times[1])


# ---- measurements ----------------------------------------------------------------------------

def images_per_second(docs: Path, root: Path, workers: int) -> float:
    from campaignsite.images.library import ImageLibrary
    from campaignsite.images.settings import DEFAULT

    shutil.rmtree(root / ".cache", ignore_errors=True)
    library = ImageLibrary(root, DEFAULT, report=lambda line: None, workers=workers)
    started = time.perf_counter()
    library.prepare(docs)
    return library.processed_last_run / (time.perf_counter() - started)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def phone_bytes(site: Path, path: str) -> int:
    """Image bytes a 390 px wide phone (DPR 2) downloads for the page, scrolled to its end."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    total = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"])
            context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
            page = context.new_page()
            sizes: dict[str, int] = {}
            page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if "/images/" in r.url or "/responsive/" in r.url else None)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}", wait_until="networkidle")
            for _ in range(200):  # scroll to the end so that every lazy image loads
                if page.evaluate("window.scrollY + innerHeight >= document.body.scrollHeight - 2"):
                    break
                page.mouse.wheel(0, 700)
                page.wait_for_timeout(60)
            page.wait_for_load_state("networkidle")
            total = sum(sizes.values())
            browser.close()
    finally:
        server.shutdown()
    return total


def run_build_bench(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-images-") as tmp:
        tmp = Path(tmp)
        originals = make_originals(tmp / "originals", count)
        original_bytes = sum(p.stat().st_size for p in originals)
        with_images = copy_project(tmp / "with-images")
        add_gallery(with_images, originals)
        without = copy_project(tmp / "without-images")

        one = images_per_second(with_images / "docs", tmp / "rate-1", 1)
        every = images_per_second(with_images / "docs", tmp / "rate-n", None)
        cold, output = timed_build(with_images, tmp / "site-a")
        timed_build(without, tmp / "site-b")  # its cards are made once, as in daily work
        warm, baseline = interleaved_medians(with_images, without, tmp, 7)
        phone = phone_bytes(tmp / "site-a", f"{PAGE}/")
        published = sum(p.stat().st_size for p in (tmp / "site-a" / "assets" / "responsive").rglob("*") if p.is_file())

        print(f"originals: {count} JPEGs, {original_bytes / 1e6:.1f} MB ({'mate-backgrounds' if source_photos() else 'generated'})")
        print(f"cold images/second: {one:.2f} on 1 core, {every:.2f} on {os.cpu_count()} cores")
        print(f"build: cold {cold:.1f} s, warm {warm:.2f} s, same site without images {baseline:.2f} s "
              f"→ warm/baseline {warm / baseline:.3f} (goal ≤ 1.05)")
        print(f"phone (390 px, DPR 2) downloads {phone / 1e6:.2f} MB of images for the page = "
              f"{100 * phone / original_bytes:.1f} % of the originals (goal ≤ 10 %)")
        print(f"variants on disk: {published / 1e6:.1f} MB (hard links into the cache, not copies)")


# ---- formats at equal visual quality ---------------------------------------------------------

C1, C2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2


def ssim(reference: Image.Image, test: Image.Image, block: int = 8) -> float:
    """Mean SSIM of luma over 8×8 blocks, with Pillow only (block means by a BOX resize)."""
    x, y = reference.convert("L").convert("F"), test.convert("L").convert("F")
    size = (max(1, x.width // block), max(1, x.height // block))

    def box(image):
        return image.resize(size, Image.Resampling.BOX)

    def mul(a, b):
        return ImageMath.lambda_eval(lambda e: e["a"] * e["b"], a=a, b=b)

    mx, my = box(x), box(y)
    sxx, syy, sxy = box(mul(x, x)), box(mul(y, y)), box(mul(x, y))
    index = ImageMath.lambda_eval(
        lambda e: ((2.0 * e["mx"] * e["my"] + C1) * (2.0 * (e["sxy"] - e["mx"] * e["my"]) + C2))
        / ((e["mx"] * e["mx"] + e["my"] * e["my"] + C1) * ((e["sxx"] - e["mx"] * e["mx"]) + (e["syy"] - e["my"] * e["my"]) + C2)),
        mx=mx, my=my, sxx=sxx, syy=syy, sxy=sxy)
    values = list(index.getdata())  # ImageStat is unreliable on float images
    return sum(values) / len(values)


def encode(image: Image.Image, fmt: str, quality: int, **options) -> tuple[int, float, Image.Image]:
    buffer = io.BytesIO()
    started = time.perf_counter()
    image.save(buffer, fmt, quality=quality, **options)
    elapsed = time.perf_counter() - started
    size = buffer.tell()
    buffer.seek(0)
    return size, elapsed, Image.open(buffer).convert("RGB")


def matching_quality(image, fmt, target, **options):
    """The lowest quality whose SSIM reaches ``target`` (binary search): (q, bytes, seconds)."""
    low, high, best = 20, 100, None
    while low <= high:
        quality = (low + high) // 2
        size, elapsed, decoded = encode(image, fmt, quality, **options)
        if ssim(image, decoded) >= target:
            best, high = (quality, size, elapsed), quality - 1
        else:
            low = quality + 1
    return best


def run_formats_bench(width: int) -> None:
    photos = source_photos()
    if not photos:
        raise SystemExit("install mate-backgrounds (apt-get install mate-backgrounds) for real photos")
    candidates = {"webp": ("WEBP", {"method": 6}), "avif s6": ("AVIF", {"speed": 6, "max_threads": 1}),
                  "avif s8": ("AVIF", {"speed": 8, "max_threads": 1})}
    totals: dict[str, list] = {}
    for path in photos:
        image = Image.open(path).convert("RGB")
        image = image.resize((width, round(image.height * width / image.width)), Image.Resampling.LANCZOS)
        size, elapsed, decoded = encode(image, "JPEG", 80, optimize=True, progressive=True)
        target = ssim(image, decoded)
        row = {"jpeg q80": (80, size, elapsed)}
        for name, (fmt, options) in candidates.items():
            row[name] = matching_quality(image, fmt, target, **options)
        print(f"{path.name:24s} SSIM {target:.4f} " + "  ".join(
            f"{name} q{r[0]} {r[1] // 1024} KiB" if r else f"{name} -" for name, r in row.items()), flush=True)
        for name, result in row.items():
            if result and all(row.values()):
                totals.setdefault(name, []).append(result)
    print(f"\nat {width} px, photos where every format reached the target SSIM ({len(totals['jpeg q80'])}):")
    jpeg_bytes = sum(r[1] for r in totals["jpeg q80"])
    for name, results in totals.items():
        total = sum(r[1] for r in results)
        print(f"  {name:9s} {total // 1024:6d} KiB ({100 * total / jpeg_bytes - 100:+.0f} % vs JPEG)  "
              f"{1000 * sum(r[2] for r in results) / len(results):6.0f} ms/image  median q{statistics.median(r[0] for r in results):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("--images", type=int, default=24)
    formats = sub.add_parser("formats")
    formats.add_argument("--width", type=int, default=960)
    args = parser.parse_args()
    if args.command == "build":
        run_build_bench(args.images)
    else:
        run_formats_bench(args.width)


if __name__ == "__main__":
    main()
