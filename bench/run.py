#!/usr/bin/env python3
"""`make bench`: every performance figure of the project in one run, goals beside them.

Prints each figure as it is measured, then one table (median and spread of the runs, goal), and
writes them all to bench/results.json. The machine is measured as it is: on a shared machine run
it when it is quiet, and read the spreads.

    .venv/bin/python bench/run.py                      # sizes 50 and 1000, 3 runs: about an hour
    .venv/bin/python bench/run.py --sizes 50 --runs 3  # minutes
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results.json"
FIRST_VIEWS = ["/", "en/", "ru/"]


def build_site(target: Path) -> Path:
    from benchlib import site_build

    site_build(ROOT, target)  # fills the caches
    run = site_build(ROOT, target)
    print(f"site build (warm caches): {run.wall:.1f} s, CPU {run.cpu:.1f} s")
    return target


def search_index_bytes(site: Path) -> dict:
    out = {}
    for index in sorted(site.glob("**/search/search_index.json")):
        lang = index.parent.parent.relative_to(site).as_posix() if index.parent.parent != site else "default"
        data = index.read_bytes()
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000], help="items per collection (default 50 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each build (default 3)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["lighthouse", "images", "scaling"],
                        help="leave out the slow parts")
    args = parser.parse_args()
    import build_scaling
    import cards
    from first_view import GOAL_BYTES

    results: dict = {"goals": {
        "warm_vs_hugo_one_core_1000": "≤ 3", "warm_vs_hand_written_baseline_1000": "≤ 1.1", "cold_vs_warm_1000": "≤ 2",
        "ms_per_page_ratio_1000_vs_50": "≤ 1.2", "median_page_html_ratio_1000_vs_50": "≤ 1.5",
        "largest_generated_page_1000": "≤ 150 kB", "cpu_ms_per_social_card": "≤ 10",
        "three_vs_two_languages": "≤ 1.5", "first_view_gzip_bytes": "≤ 120 KB",
        "warm_images_vs_no_images": "≤ 1.05", "phone_image_bytes_vs_originals": "≤ 10 %",
        "lighthouse": "performance ≥ 98, accessibility/best-practices/SEO 100"}}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        site = build_site(Path(tmp) / "site")
        results["first_view"] = importlib.import_module("first_view").measure(site, FIRST_VIEWS)
        results["search_index"] = search_index_bytes(site)
        if "lighthouse" not in args.skip:
            results["lighthouse"] = optional("lighthouse", "run", site)
    for path, view in results["first_view"].items():
        rows.append((f"first view {path} (phone, gzip)", f"{view['gzip_bytes'] / 1000:.1f} kB in {view['requests']} requests",
                     f"≤ {GOAL_BYTES / 1000:.0f} kB"))
    results["cards"] = cards.run(compare=True)
    chosen = next(value for name, value in results["cards"].items() if name.startswith("chosen"))
    rows.append(("social card, CPU", f"{chosen['cpu_ms_per_card']:.2f} ms ({chosen['min_ms']:.2f}–{chosen['max_ms']:.2f}), "
                 f"{chosen['kB_per_card']:.0f} kB", f"≤ {cards.GOAL_MS:.0f} ms"))
    if "images" not in args.skip:
        results["images"] = printed_figures([sys.executable, str(ROOT / "bench" / "images.py"), "build"])
    if "scaling" not in args.skip:
        results["build_scaling"], scaling_rows = build_scaling.run(args.sizes, args.runs)
        rows += scaling_rows
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\nmedian (min–max) of the runs; ratios taken run by run")
    build_scaling.print_table(rows)
    print(f"written {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
