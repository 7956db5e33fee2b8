#!/usr/bin/env python3
"""`make bench`: every performance figure of the project in one run, goals beside them.

Prints each figure as it is measured and writes them all to bench/results.json. The sizes of the
scaling runs can be chosen: `make bench SIZES="50 200"` (default 50 200 1000; 1000 takes minutes).
"""
from __future__ import annotations

import gzip
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results.json"


def build_site(target: Path) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build.py"), "--site-dir", str(target)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    print(f"site build (warm caches): {time.perf_counter() - started:.1f} s")
    return target


def search_index_bytes(site: Path) -> dict:
    out = {}
    for lang, prefix in (("vi", ""), ("en", "en/")):
        data = (site / prefix / "search" / "search_index.json").read_bytes()
        out[lang] = {"raw_bytes": len(data), "gzip_bytes": len(gzip.compress(data, 9))}
        print(f"search index {lang}: {len(data) / 1000:.1f} kB raw, {out[lang]['gzip_bytes'] / 1000:.1f} kB gzip")
    return out


def printed_figures(command: list[str]) -> dict:
    """A bench that prints its figures: echo them and keep the lines."""
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    for line in lines:
        print(line)
    return {"exit_code": completed.returncode, "lines": lines}


def optional(module_name: str, function: str, *args):
    """Benches contributed by other parts of the project run when present."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return {"skipped": f"bench/{module_name}.py not present"}
    return getattr(module, function)(*args)


def main() -> int:
    sizes = [int(size) for size in os.environ.get("SIZES", "50 200 1000").split()]
    results: dict = {"goals": {
        "collections_ratio_vs_plain_baseline": "≤ 1.20", "ms_per_page_ratio_1000_vs_50": "≤ 1.2",
        "median_page_html_ratio_1000_vs_50": "≤ 1.5", "warm_images_vs_no_images": "≤ 1.05",
        "phone_image_bytes_vs_originals": "≤ 10 %", "first_view_gzip_bytes": "≤ 120 KB",
        "lighthouse": "performance ≥ 98, accessibility/best-practices/SEO 100"}}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        site = build_site(Path(tmp) / "site")
        results["first_view"] = importlib.import_module("first_view").measure(site, ["/", "en/"])
        results["search_index"] = search_index_bytes(site)
        results["lighthouse"] = optional("lighthouse", "run", site)
    results["images"] = printed_figures([sys.executable, str(ROOT / "bench" / "images.py"), "build"])
    results["build_scaling"] = importlib.import_module("build_scaling").run(sizes)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
