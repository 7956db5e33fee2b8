#!/usr/bin/env python3
"""Check campaign.yml, content/ and docs/ without building: every error as `file:line: field: message`
(the official names of content/glossary.yml, drafts and, when campaign.yml asks, review dates too)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.collections.build import build_day, catalogue_for  # noqa: E402
from campaignsite.config.site import project_site  # noqa: E402
from campaignsite.content.docs_check import scan_docs  # noqa: E402
from campaignsite.content.editorial import editorial_errors  # noqa: E402
from campaignsite.content.publication import Publication  # noqa: E402


def main(root: Path = ROOT) -> int:
    site, errors = project_site(root / "mkdocs.yml")
    catalogue = None
    if site is not None:
        catalogue, item_errors = catalogue_for(site)
        pages, page_errors = scan_docs(root / "docs", root, site.languages.codes, site.languages.required)
        # as `make build` publishes: drafts left out, so links to them are found
        _drafts, more = editorial_errors(site, pages, catalogue, Publication(), build_day(site))
        errors = errors + item_errors + page_errors + more
    errors = sorted(set(errors), key=lambda e: (e.path, e.line or 0))
    for error in errors:
        print(error)
    counts = ", ".join(f"{len(catalogue.items[name])} {name}" for name in catalogue.collections) if catalogue else "nothing"
    print(f"{len(errors)} error(s); loaded {counts}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
