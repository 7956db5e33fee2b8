#!/usr/bin/env python3
"""Build the site atomically: into a fresh folder, then swap it in as site/ only on success.

MkDocs writes straight into site/ and leaves a complete-looking half site behind when a strict
build fails; here a failed build changes nothing a host could publish. With more than one core,
each language is built in its own process (scripts/build_languages.py, campaignsite/parallel);
with one core, `--jobs 1` or extra MkDocs options, plain `mkdocs build --strict` builds them one
after another (the same site, byte for byte). With -q or -v, strict mode lets warnings pass
(upstream #4126), so neither is passed by default.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "hooks"))  # the engine's package; last, so hooks/*.py shadow nothing

from campaignsite.cores import usable_cores  # noqa: E402


LOCAL_ADDRESSES = ("127.0.0.1", "localhost", "0.0.0.0", "[::1]")
TEXT_SUFFIXES = {".html", ".xml", ".ics", ".json", ".csv", ".txt", ".js", ".css", ""}


def release_problem(site_url: str | None) -> str | None:
    """Why a release cannot be built with this SITE_URL, or None."""
    if not site_url:
        return ("a release needs the site's public address: set SITE_URL, for example "
                "SITE_URL=https://example.gov.vn/ make release")
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"SITE_URL={site_url!r} is not a web address: write it in full, such as https://example.gov.vn/"
    if parts.hostname in {a.strip("[]") for a in LOCAL_ADDRESSES} or parts.hostname.endswith(".local"):
        return f"SITE_URL={site_url!r} is a local address: a release must carry the public address"
    return None


def local_addresses_in(site: Path) -> list[str]:
    """Published files that still name a local address (a release must carry none)."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            text = path.read_text(encoding="utf-8", errors="replace")
            hits = [address for address in LOCAL_ADDRESSES if address in text]
            if hits:
                found.append(f"{path.relative_to(site).as_posix()}: {', '.join(hits)}")
    return found


def build_command(project: Path, fresh: Path, extra_args: list[str], jobs: int) -> list[str]:
    """Languages in parallel when it can help; MkDocs' own sequential build otherwise."""
    config = ["--config-file", str(project / "mkdocs.yml"), "--site-dir", str(fresh)]
    if jobs > 1 and not extra_args and hasattr(os, "fork"):
        return [sys.executable, str(ROOT / "scripts" / "build_languages.py"), *config, "--jobs", str(jobs)]
    return [sys.executable, "-m", "mkdocs", "build", "--strict", *config, *extra_args]


def build(site_dir: Path, extra_args: list[str], release: bool = False, project: Path = ROOT, jobs: int | None = None) -> int:
    """Build the campaign whose mkdocs.yml is in ``project`` (this repository's, or another's)."""
    work = site_dir.parent  # beside site/, so the swap is a rename on one file system
    work.mkdir(parents=True, exist_ok=True)
    fresh = work / f".{site_dir.name}.new-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if release:
        problem = release_problem(env.get("SITE_URL"))
        if problem:
            print(f"Release not built: {problem}. {site_dir} was left as it was.", file=sys.stderr)
            return 2
        # What a release leaves out: unverified samples and work in progress.
        env.update(INCLUDE_SAMPLES="false", INCLUDE_DRAFTS="false")
    started = time.perf_counter()
    result = subprocess.run(build_command(project, fresh, extra_args, jobs or usable_cores()), cwd=project, env=env)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"\nBuild failed: {site_dir} was left as it was. Fix the errors above and build again.", file=sys.stderr)
        return result.returncode
    if not links_ok(fresh, env.get("SITE_URL"), project):
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"\nBuild failed: {site_dir} was left as it was. Fix the links above and build again.", file=sys.stderr)
        return 1
    if release:
        local = local_addresses_in(fresh)
        if local:
            shutil.rmtree(fresh, ignore_errors=True)
            print("Release not published: these files name a local address:\n" + "\n".join(f"  {line}" for line in local)
                  + f"\n{site_dir} was left as it was.", file=sys.stderr)
            return 1
    swap_in(fresh, site_dir, work)
    print(f"Site built into {site_dir} in {time.perf_counter() - started:.1f} s")
    report_translations(project)
    report_review(project)
    return 0


def report_translations(project: Path) -> None:
    """The build log's translation section (details: `make translations`)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import gaps_of, summary

    gaps = gaps_of(project) or []
    print(f"Translations: {summary(gaps)} (details: make translations)")
    for gap in gaps:
        print(f"  {'info: ' if gap.kind == 'untranslated' else ''}{gap}")


def report_review(project: Path) -> None:
    """The build log's review section: warnings (campaign.yml `review: errors: true` makes them
    build errors instead, raised by hooks/pages.py). Details: `make report`."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from report import review_of, summary

    notes, _settings = review_of(project)
    if notes is not None:
        print(f"Review: {summary(notes)} (details: make report)")
        for note in notes:
            print(f"  warning: {note}")


def links_ok(site: Path, site_url: str | None, project: Path) -> bool:
    """Every internal link, anchor and image of the built site resolves; external ones are listed."""
    from campaignsite.publishing.linkcheck import check_site

    base_path = urlsplit(site_url or "http://127.0.0.1:8000/").path or "/"
    report = check_site(site, base_path if base_path.endswith("/") else base_path + "/")
    listing = project / ".build" / "external-links.txt"
    listing.parent.mkdir(exist_ok=True)
    listing.write_text("".join(f"{url}\t{', '.join(sorted(pages)[:3])}\n" for url, pages in sorted(report.external.items())), encoding="utf-8")
    print(f"Links: {len(report.broken)} broken internal, {len(report.external)} external (listed in {listing.relative_to(project)}, not fetched)")
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
    parser.add_argument("--project", type=Path, default=ROOT, help="the campaign's folder (its mkdocs.yml): this one by default")
    parser.add_argument("--site-dir", type=Path, help="where the site goes: <project>/site by default")
    parser.add_argument("--release", action="store_true",
                        help="the production build: needs SITE_URL, leaves out samples and drafts, refuses local addresses")
    parser.add_argument("--jobs", type=int, help="languages built at once: every core by default; 1 builds them one after another")
    args, extra = parser.parse_known_args()
    project = args.project.resolve()
    site_dir = (args.site_dir or project / "site").resolve()
    return build(site_dir, extra, release=args.release, project=project, jobs=args.jobs)


if __name__ == "__main__":
    sys.exit(main())
