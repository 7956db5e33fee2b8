#!/usr/bin/env python3
"""Build time and page weight at several sizes, against yardsticks built from the same pages.

For each size N (synthetic items per collection, bench/fixture.py) and each of RUNS rounds, in
turn (so that a change of the machine's speed during the bench moves every figure alike; ratios
are taken round by round), warm builds of:

  hooks        the project (scripts/build.py: languages in parallel on every core)
  one core     the same on one core (taskset: the languages one after another)
  baseline     the same pages written by hand, same configuration and theme, no collections hook
  plain        the same pages under plain Material + mkdocs-static-i18n (no hooks, no overrides)
  vi+en        the project without its third language (Russian, partial)
  hugo         the same pages built by Hugo, on one core and on every core (if `hugo` is installed)

and RUNS cold builds of the project (no .cache/, no generated pages: a fresh clone in CI).
Prints each figure as median (min–max) with its goal. Wall-clock seconds; CPU seconds too.

    .venv/bin/python bench/build_scaling.py --sizes 50 1000 --runs 3
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from benchlib import Figure, Run, mkdocs_build, ratios, site_build, timed  # noqa: E402
from projects import (COLLECTIONS, baseline_project, hooks_project, hugo_project, languages_of,  # noqa: E402
                      plain_project, two_language_project)

GENERATED = COLLECTIONS
ITEM_PAGE = re.compile(r"/(?:events|projects|news|agencies|exhibits)/[a-z]+-\d+/index\.html$")
GOALS = {"vs_baseline": 1.1, "vs_hugo_one_core": 3.0, "cold_vs_warm": 2.0, "largest_page_kb": 150,
         "ms_per_page_ratio": 1.2, "median_html_ratio": 1.5, "three_vs_two_languages": 1.5}


def pages_of(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.name != "404.html"]


def page_stats(site: Path) -> dict:
    pages = pages_of(site)
    items = [p.stat().st_size for p in pages if ITEM_PAGE.search(p.as_posix())]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {"pages": len(pages), "median_item_html_bytes": int(statistics.median(items)) if items else 0,
            "largest_page": largest.relative_to(site).as_posix(), "largest_page_bytes": largest.stat().st_size}


def hugo_available() -> bool:
    return shutil.which("hugo") is not None


def hugo_build(project: Path, out: Path, one_core: bool) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, **({"GOMAXPROCS": "1"} if one_core else {}))
    return timed(["hugo", "--quiet", "--destination", str(out)], project, env=env, cores="0" if one_core else None)


def cold_build(project: Path, site: Path) -> Run:
    """As in a fresh clone: no caches, no generated pages."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    for name in GENERATED:
        shutil.rmtree(project / "docs" / name, ignore_errors=True)
    return site_build(project, site)


def measure(n: int, runs: int, tmp: Path, log=print) -> dict:
    hooks = hooks_project(tmp / f"hooks-{n}", n)
    cold = [cold_build(hooks, tmp / "site") for _ in range(runs)]  # the last one leaves the caches warm
    log(f"N={n}: cold {Figure(tuple(r.wall for r in cold)).text()}")
    stats = page_stats(tmp / "site")
    base = baseline_project(hooks, tmp / "site", tmp / f"base-{n}")
    site_build(base, tmp / "site-base")  # fills the baseline's own caches
    base_stats = page_stats(tmp / "site-base")
    plain = plain_project(base, tmp / f"plain-{n}")
    two = two_language_project(hooks, tmp / f"two-{n}")
    site_build(two, tmp / "site-two")
    with_hugo = hugo_available()
    if with_hugo:
        hugo = hugo_project(base, tmp / f"hugo-{n}", *languages_of(hooks))
        hugo_build(hugo, tmp / "site-hugo", one_core=False)
        hugo_pages = len(pages_of(tmp / "site-hugo"))
    rows: dict[str, list[Run]] = {name: [] for name in ("hooks", "one_core", "baseline", "plain", "two", "hugo_one", "hugo_all")}
    for round_number in range(runs):
        rows["hooks"].append(site_build(hooks, tmp / "site"))
        rows["one_core"].append(site_build(hooks, tmp / "site-one", cores="0"))
        rows["baseline"].append(site_build(base, tmp / "site-base"))
        rows["plain"].append(mkdocs_build(plain, tmp / "site-plain"))
        rows["two"].append(site_build(two, tmp / "site-two"))
        if with_hugo:
            rows["hugo_one"].append(hugo_build(hugo, tmp / "site-hugo", one_core=True))
            rows["hugo_all"].append(hugo_build(hugo, tmp / "site-hugo", one_core=False))
        log(f"N={n}: round {round_number + 1}/{runs}: " + ", ".join(f"{k} {v[-1].wall:.1f} s" for k, v in rows.items() if v))
    wall = {name: [r.wall for r in values] for name, values in rows.items()}
    result = {
        "pages": stats["pages"], "baseline_pages": base_stats["pages"],
        "warm_s": Figure(tuple(wall["hooks"])), "warm_cpu_s": Figure(tuple(r.cpu for r in rows["hooks"])),
        "cold_s": Figure(tuple(r.wall for r in cold)), "cold_cpu_s": Figure(tuple(r.cpu for r in cold)),
        "one_core_s": Figure(tuple(wall["one_core"])),
        "ms_per_page": Figure(tuple(1000 * w / stats["pages"] for w in wall["hooks"])),
        "vs_baseline": ratios(wall["hooks"], wall["baseline"]),
        "vs_plain_material": ratios(wall["hooks"], wall["plain"]),
        "three_vs_two_languages": ratios(wall["hooks"], wall["two"]),
        "cold_vs_warm": Figure((statistics.median(r.wall for r in cold) / statistics.median(wall["hooks"]),)),
        "median_item_html_bytes": stats["median_item_html_bytes"], "baseline_median_item_html_bytes": base_stats["median_item_html_bytes"],
        "largest_page": stats["largest_page"], "largest_page_bytes": stats["largest_page_bytes"],
    }
    if with_hugo:
        result.update(hugo_pages=hugo_pages, vs_hugo_one_core=ratios(wall["one_core"], wall["hugo_one"]),
                      vs_hugo_all_cores=ratios(wall["hooks"], wall["hugo_all"]), hugo_one_core_s=Figure(tuple(wall["hugo_one"])),
                      hugo_all_cores_s=Figure(tuple(wall["hugo_all"])))
    return result


def table(results: dict[int, dict]) -> list[tuple[str, str, str]]:
    """(figure, value, goal) rows."""
    rows = []
    for n, r in results.items():
        big = n == max(results)
        goal = (lambda text: text if big else "") if len(results) > 1 else (lambda text: text)
        rows += [
            (f"N={n}: pages", f"{r['pages']} (baseline {r['baseline_pages']}" + (f", Hugo {r['hugo_pages']})" if "hugo_pages" in r else ")"), ""),
            (f"N={n}: warm build", f"{r['warm_s'].text()}, CPU {r['warm_cpu_s'].text()}", ""),
            (f"N={n}: cold build", f"{r['cold_s'].text()}, CPU {r['cold_cpu_s'].text()}", ""),
            (f"N={n}: cold / warm", f"{r['cold_vs_warm'].median:.2f}", goal(f"≤ {GOALS['cold_vs_warm']}")),
            (f"N={n}: ms a page (warm)", r["ms_per_page"].text("ms", 2), ""),
            (f"N={n}: ÷ hand-written baseline", r["vs_baseline"].text("×", 2), goal(f"≤ {GOALS['vs_baseline']}")),
            (f"N={n}: ÷ plain Material + static-i18n", r["vs_plain_material"].text("×", 2), ""),
        ]
        if "vs_hugo_one_core" in r:
            rows += [(f"N={n}: ÷ Hugo, one core", f"{r['vs_hugo_one_core'].text('×', 2)} (ours {r['one_core_s'].text()}, Hugo {r['hugo_one_core_s'].text(digits=2)})",
                      goal(f"≤ {GOALS['vs_hugo_one_core']}")),
                     (f"N={n}: ÷ Hugo, every core", f"{r['vs_hugo_all_cores'].text('×', 2)} (Hugo {r['hugo_all_cores_s'].text(digits=2)})", "")]
        else:
            rows.append((f"N={n}: ÷ Hugo", "not measured: `hugo` is not installed (make bench installs it)", ""))
        rows += [
            (f"N={n}: vi+en+ru ÷ vi+en", r["three_vs_two_languages"].text("×", 2), f"≤ {GOALS['three_vs_two_languages']}"),
            (f"N={n}: largest page", f"{r['largest_page_bytes'] / 1000:.0f} kB ({r['largest_page']})", goal(f"≤ {GOALS['largest_page_kb']} kB")),
            (f"N={n}: median item page", f"{r['median_item_html_bytes'] / 1024:.1f} KiB (baseline {r['baseline_median_item_html_bytes'] / 1024:.1f} KiB)", ""),
        ]
    if len(results) > 1:
        small, large = results[min(results)], results[max(results)]
        rows.append((f"ms a page, N={max(results)} ÷ N={min(results)}", f"{large['ms_per_page'].median / small['ms_per_page'].median:.2f}",
                     f"≤ {GOALS['ms_per_page_ratio']}"))
        rows.append((f"median item page, N={max(results)} ÷ N={min(results)}",
                     f"{large['median_item_html_bytes'] / small['median_item_html_bytes']:.2f}", f"≤ {GOALS['median_html_ratio']}"))
    return rows


def as_data(value):
    if isinstance(value, Figure):
        return value.data()
    if isinstance(value, dict):
        return {str(k): as_data(v) for k, v in value.items()}
    return value


def run(sizes: list[int], runs: int, log=print) -> tuple[dict, list[tuple[str, str, str]]]:
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        for n in sizes:
            results[n] = measure(n, runs, Path(tmp) / str(n), log)
    return as_data(results), table(results)


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(row[0]) for row in rows)
    for figure, value, goal in rows:
        print(f"{figure:<{width}}  {value}" + (f"   goal {goal}" if goal else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="Figures: median (min–max) of the runs; ratios are taken run by run.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000], help="items per collection (default 50 1000)")
    parser.add_argument("--runs", type=int, default=3, help="rounds of warm builds and cold builds per size (default 3)")
    parser.add_argument("--json", type=Path, help="also write the figures there")
    args = parser.parse_args()
    data, rows = run(args.sizes, args.runs)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
