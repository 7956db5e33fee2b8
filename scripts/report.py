#!/usr/bin/env python3
"""`make report`: published pages and items overdue for review, or never reviewed.

How long content stays fresh is campaign.yml's `review:` (a default, per collection, per page);
"today" is the build's (SOURCE_DATE_EPOCH when set). Exits non-zero when something is listed
and `review: errors: true` (as the build then does).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.collections.build import build_day, catalogue_for  # noqa: E402
from campaignsite.config.site import project_site  # noqa: E402
from campaignsite.content.docs_check import scan_docs  # noqa: E402
from campaignsite.content.publication import Publication  # noqa: E402
from campaignsite.content.review import review_notes, summary  # noqa: E402


def review_of(root: Path):
    """(notes, campaign.yml's review settings), or (None, None) after printing why not."""
    site, errors = project_site(root / "mkdocs.yml")
    if site is None:
        for error in errors:
            print(error, file=sys.stderr)
        return None, None
    catalogue, _errors = catalogue_for(site)
    pages, _errors = scan_docs(root / "docs", root, site.languages.codes, site.languages.required)
    published = Publication()  # as `make build` publishes: no drafts
    notes = review_notes(site.campaign.review, [p for p in pages if published.shows(draft=p.meta.draft)],
                         catalogue.published(published).all_items(), build_day(site))
    return notes, site.campaign.review


def main(root: Path = ROOT) -> int:
    notes, settings = review_of(root)
    if notes is None:
        return 1
    print(f"Review: {summary(notes)} (campaign.yml `review:`: every {settings.months} months unless set per collection or page)")
    for title, rows in (("Overdue", [n for n in notes if n.overdue]), ("Never reviewed", [n for n in notes if not n.overdue])):
        print(f"{title}: {len(rows)}")
        for note in rows:
            print(f"  {note}")
    return 1 if settings.errors and notes else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
