#!/usr/bin/env python3
"""Build the site atomically: into a fresh folder, then swap it in as site/ only on success.

MkDocs writes straight into site/ and leaves a complete-looking half site behind when a strict
build fails; here a failed build changes nothing a host could publish. Plain `mkdocs build
--strict` is used on purpose: with -q or -v, strict mode lets warnings pass (upstream #4126).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(site_dir: Path, extra_args: list[str]) -> int:
    work = site_dir.parent  # beside site/, so the swap is a rename on one file system
    work.mkdir(parents=True, exist_ok=True)
    fresh = work / f".{site_dir.name}.new-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(fresh), *extra_args]
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"\nBuild failed: {site_dir} was left as it was. Fix the errors above and build again.", file=sys.stderr)
        return result.returncode
    if not links_ok(fresh):
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"\nBuild failed: {site_dir} was left as it was. Fix the links above and build again.", file=sys.stderr)
        return 1
    swap_in(fresh, site_dir, work)
    print(f"Site built into {site_dir} in {time.perf_counter() - started:.1f} s")
    report_translations()
    report_review()
    return 0


def report_translations() -> None:
    """The build log's translation section (details: `make translations`)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import gaps_of, summary

    gaps = gaps_of(ROOT) or []
    print(f"Translations: {summary(gaps)} (details: make translations)")
    for gap in gaps:
        print(f"  {'info: ' if gap.kind == 'untranslated' else ''}{gap}")


def report_review() -> None:
    """The build log's review section: warnings (campaign.yml `review: errors: true` makes them
    build errors instead, raised by hooks/pages.py). Details: `make report`."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from report import review_of, summary

    notes, _settings = review_of(ROOT)
    if notes is not None:
        print(f"Review: {summary(notes)} (details: make report)")
        for note in notes:
            print(f"  warning: {note}")


def links_ok(site: Path) -> bool:
    """Every internal link, anchor and image of the built site resolves; external ones are listed."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from urllib.parse import urlsplit

    from campaignsite.publishing.linkcheck import check_site

    base_path = urlsplit(os.environ.get("SITE_URL", "http://127.0.0.1:8000/")).path or "/"
    report = check_site(site, base_path if base_path.endswith("/") else base_path + "/")
    listing = ROOT / ".build" / "external-links.txt"
    listing.parent.mkdir(exist_ok=True)
    listing.write_text("".join(f"{url}\t{', '.join(sorted(pages)[:3])}\n" for url, pages in sorted(report.external.items())), encoding="utf-8")
    print(f"Links: {len(report.broken)} broken internal, {len(report.external)} external (listed in {listing.relative_to(ROOT)}, not fetched)")
    for line in report.broken:
        print(f"  broken link: {line}", file=sys.stderr)
    return not report.broken


def swap_in(fresh: Path, site_dir: Path, work: Path) -> None:
    """Two renames on one file system: readers of site/ see the old or the new tree, never half."""
    old = work / f".{site_dir.name}.old-{os.getpid()}"
    if site_dir.exists():
        site_dir.rename(old)
    fresh.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    args, extra = parser.parse_known_args()
    return build(args.site_dir.resolve(), extra)


if __name__ == "__main__":
    sys.exit(main())
