#!/usr/bin/env python3
"""`make translations`: what lacks a language, and which translation is older than its source.

A required language's gap is an error (the build stops on it); a partial language's is
information: the page is shown in the fallback language until it is translated.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.config.site import project_site  # noqa: E402
from campaignsite.i18n.parity import find_gaps  # noqa: E402

SECTIONS = (("missing", "Missing in a required language (errors)"),
            ("untranslated", "Not yet in a partial language (information)"),
            ("outdated", "Possibly outdated translations"))


def gaps_of(root: Path):
    site, errors = project_site(root / "mkdocs.yml")
    if site is None:
        for error in errors:
            print(error, file=sys.stderr)
        return None
    languages = site.languages
    return find_gaps(root, languages.codes, source_lang=languages.default, partial=languages.partial)


def summary(gaps) -> str:
    return ", ".join(f"{sum(g.kind == kind for g in gaps)} {kind}" for kind, _title in SECTIONS)


def main(root: Path = ROOT) -> int:
    gaps = gaps_of(root)
    if gaps is None:
        return 1
    for kind, title in SECTIONS:
        rows = [gap for gap in gaps if gap.kind == kind]
        print(f"{title}: {len(rows)}")
        for gap in rows:
            print(f"  {gap}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
