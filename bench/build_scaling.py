#!/usr/bin/env python3
"""Build time and page weight of the collections at several sizes, against a plain baseline.

For each size N (items per collection, 5 collections, 2 languages):
  hooks     the project with N synthetic items per collection (bench/fixture.py), built warm
  baseline  the same item pages as plain hand-written Markdown, without the collections hook,
            also built warm (both have their image and social-card caches filled)
and prints: build seconds, ms per page, the hooks/baseline ratio (goal ≤ 1.20), and between the
smallest and largest size the per-page time ratio (goal ≤ 1.2) and median page HTML ratio (goal ≤ 1.5).

    .venv/bin/python bench/build_scaling.py 50 1000
"""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from fixture import write_baseline_docs, write_fixture  # noqa: E402
from sitebuild import copy_project  # noqa: E402
from benchlib import timed_build as _timed_build  # noqa: E402


def timed_build(project: Path, site: Path) -> float:
    return _timed_build(project, site)[0]


COLLECTIONS = ("events", "projects", "exhibits", "news", "agencies")


def page_stats(site: Path, pattern: str) -> tuple[int, int]:
    pages = [p for p in site.rglob("index.html")]
    item_pages = [p for p in pages if re.search(pattern, p.as_posix())]
    return len(pages), int(statistics.median(p.stat().st_size for p in item_pages)) if item_pages else 0


def make_image(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (1200, 800), "#f6ead2").save(path)
    return path


def baseline_project(hooks_project: Path, target: Path) -> Path:
    """A copy whose item pages are plain Markdown and whose mkdocs.yml has no collections hook."""
    project = copy_project(target)
    for name in COLLECTIONS:
        for item in (project / "content" / name).glob("*"):
            if item.is_dir():
                import shutil
                shutil.rmtree(item)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = "\n".join(line for line in config.splitlines()
                       if "hooks/content_collections.py" not in line and not re.search(r"(events|projects|exhibits|news|agencies)/index\.md", line))
    (project / "mkdocs.yml").write_text(config + "\n", encoding="utf-8")
    count = 0
    for name in COLLECTIONS:
        count += write_baseline_docs(hooks_project / "docs" / name, project / "docs" / f"plain-{name}")
    return project


def run(sizes: list[int]) -> dict:
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-collections-") as tmp:
        tmp = Path(tmp)
        image = make_image(tmp / "scan.png")
        for n in sizes:
            project = copy_project(tmp / f"hooks-{n}")
            write_fixture(project / "content", n, image)
            cold = timed_build(project, tmp / f"site-hooks-{n}")
            # warm: caches filled, output into a fresh folder as CI does (cleaning a full site/ costs time too)
            warm = timed_build(project, tmp / f"site-hooks-{n}-warm")
            pages, median_html = page_stats(tmp / f"site-hooks-{n}-warm", r"/(events|projects|news|agencies|exhibits)/[a-z]+-\d+/")
            base = baseline_project(project, tmp / f"base-{n}")
            timed_build(base, tmp / f"site-base-{n}")  # fills the baseline's own image and card caches
            base_time = timed_build(base, tmp / f"site-base-{n}-warm")
            base_pages, base_median = page_stats(tmp / f"site-base-{n}-warm", r"/plain-[a-z]+/[a-z]+-\d+/")
            results[n] = {
                "pages": pages, "cold_s": round(cold, 2), "warm_s": round(warm, 2),
                "ms_per_page": round(1000 * warm / pages, 2), "median_item_html_bytes": median_html,
                "baseline_pages": base_pages, "baseline_s": round(base_time, 2),
                "baseline_median_html_bytes": base_median, "ratio_vs_baseline": round(warm / base_time, 3),
            }
            print(f"N={n:>5}: {pages} pages  hooks {warm:.1f} s warm ({cold:.1f} s cold), "
                  f"{1000 * warm / pages:.1f} ms/page, median item page {median_html / 1024:.1f} KiB | "
                  f"baseline {base_time:.1f} s ({base_pages} pages) | ratio {warm / base_time:.2f} (goal ≤ 1.20)", flush=True)
    small, large = min(sizes), max(sizes)
    if small != large:
        per_page = results[large]["ms_per_page"] / results[small]["ms_per_page"]
        html = results[large]["median_item_html_bytes"] / results[small]["median_item_html_bytes"]
        results["scaling"] = {"from": small, "to": large, "ms_per_page_ratio": round(per_page, 3), "median_html_ratio": round(html, 3)}
        print(f"scaling {small} → {large}: ms/page ×{per_page:.2f} (goal ≤ 1.2), median page HTML ×{html:.2f} (goal ≤ 1.5)")
    return results


if __name__ == "__main__":
    sizes = [int(arg) for arg in sys.argv[1:]] or [50, 1000]
    print(json.dumps(run(sizes), indent=2))
