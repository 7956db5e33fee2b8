#!/usr/bin/env python3
"""Where the time of a warm build goes, grouped by package (cProfile, one process).

Builds a copy of the project with N synthetic items per collection (bench/fixture.py) once to
fill its caches, then profiles a second, warm build in this process: the languages one after
another (the CPU a parallel build spreads over the cores is the same work) and the link check
that scripts/build.py runs after it. Each function's own time is given to its package; the time
of a built-in (a C method such as re.sub or str.join) to the package that called it.

    .venv/bin/python bench/profile_build.py            # 1000 items; --items 50 for a quick look
    .venv/bin/python bench/profile_build.py --top 40 --save build.prof
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from fixture import make_image, write_fixture  # noqa: E402
from sitebuild import copy_project  # noqa: E402

SITE_PACKAGES = re.compile(r"site-packages/([^/]+)")
PACKAGE_NAMES = {"mkdocs": "MkDocs", "material": "Material (templates, plugins)", "jinja2": "Jinja2 (templates)",
                 "markdown": "Markdown", "pymdownx": "Markdown (pymdownx)", "mkdocs_static_i18n": "static-i18n",
                 "yaml": "PyYAML", "PIL": "Pillow", "markupsafe": "MarkupSafe", "pydantic": "pydantic",
                 "pydantic_core": "pydantic", "babel": "Babel", "icalendar": "icalendar", "pathspec": "pathspec"}


def package_of(filename: str) -> str:
    """"ours: images", "Jinja2 (templates)", "stdlib: re"…; "" for a built-in function."""
    if "/hooks/" in filename and "site-packages" not in filename:
        inside = filename.split("/hooks/", 1)[1]
        if not inside.startswith("campaignsite/"):
            return "ours: entry hooks"
        rest = inside[len("campaignsite/"):]
        return "ours: " + (rest.split("/")[0] if "/" in rest else "campaignsite")
    found = SITE_PACKAGES.search(filename)
    if found:
        name = found.group(1).removesuffix(".py")
        return PACKAGE_NAMES.get(name, name)
    if "/lib/python" in filename:
        return "stdlib: " + filename.split("/lib/python", 1)[1].split("/")[1].removesuffix(".py")
    return ""


def by_package(stats: pstats.Stats) -> dict[str, float]:
    """Own seconds per package; built-ins' seconds go to their callers' packages."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, own, _cum, callers) in stats.stats.items():
        package = package_of(filename)
        if package:
            totals[package] += own
            continue
        caller_own = {caller: values[2] for caller, values in callers.items()}
        spread = sum(caller_own.values())
        for caller, seconds in caller_own.items():
            share = own * (seconds / spread) if spread else own / len(caller_own)
            totals[package_of(caller[0]) or "built-ins"] += share
        if not callers:
            totals["built-ins"] += own
    return dict(totals)


def profiled_build(project: Path, site: Path, profile_path: Path) -> None:
    """A warm build of ``project`` in a child process (cwd, environment and sys.path as a build's)."""
    code = f"""
import cProfile, sys
from pathlib import Path
sys.path.append({str(ROOT / 'hooks')!r})
from mkdocs.__main__ import State
from mkdocs.commands.build import build
from mkdocs.config import load_config
from campaignsite.publishing.linkcheck import check_site
state = State()
profile = cProfile.Profile()
profile.enable()
config = load_config("mkdocs.yml", site_dir={str(site)!r}, strict=True)
config.plugins.on_startup(command="build", dirty=False)
build(config)
check_site(Path({str(site)!r}), workers=1)  # its CPU in this profile, not in workers'
profile.disable()
profile.dump_stats({str(profile_path)!r})
"""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    subprocess.run([sys.executable, "-c", code], cwd=project, env=env, check=True, capture_output=True)


def report(profile_path: Path, top: int) -> dict:
    stats = pstats.Stats(str(profile_path))
    total = stats.total_tt
    packages = sorted(by_package(stats).items(), key=lambda item: -item[1])
    print(f"warm build, profiled: {total:.1f} s of CPU (cProfile's own overhead included)")
    print(f"{'package':<34} {'own s':>8} {'share':>7}")
    for package, seconds in packages:
        if seconds / total >= 0.002:
            print(f"{package:<34} {seconds:8.1f} {100 * seconds / total:6.1f} %")
    ours = sum(seconds for package, seconds in packages if package.startswith("ours"))
    print(f"{'our code, own time':<34} {ours:8.1f} {100 * ours / total:6.1f} %")
    print(f"\ntop {top} functions by own time:")
    entries = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:top]
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in entries:
        where = f"{package_of(filename) or 'built-in'}: {name}" + (f" ({Path(filename).name}:{line})" if line else "")
        print(f"  {own:7.2f} s own {cumulative:7.2f} s cum {calls:>9} calls  {where}")
    return {"total_s": round(total, 2), "packages": {name: round(seconds, 2) for name, seconds in packages},
            "ours_own_s": round(ours, 2)}


def run(items: int, top: int = 25, save: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        tmp = Path(tmp)
        project = copy_project(tmp / "project")
        write_fixture(project / "content", items, make_image(tmp / "scan.png"))
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
        subprocess.run([sys.executable, str(project / "scripts" / "build.py"), "--site-dir", str(tmp / "cold")],
                       cwd=project, env=env, check=True, capture_output=True)  # fills the caches
        profile_path = save.resolve() if save else tmp / "build.prof"
        profiled_build(project, tmp / "site", profile_path)
        return report(profile_path, top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000, help="synthetic items per collection (default 1000)")
    parser.add_argument("--top", type=int, default=25, help="how many functions to list")
    parser.add_argument("--save", type=Path, help="keep the profile (pstats file) there")
    parser.add_argument("--project", type=Path, help="profile this project copy (its caches already warm) instead")
    args = parser.parse_args()
    if args.project:
        with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
            path = args.save.resolve() if args.save else Path(tmp) / "build.prof"
            profiled_build(args.project.resolve(), Path(tmp) / "site", path)
            report(path, args.top)
    else:
        run(args.items, args.top, args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
