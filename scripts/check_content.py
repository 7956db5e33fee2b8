#!/usr/bin/env python3
"""Check content/ and docs/ without building: every error as `file:line: field: message`."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.collections.loader import load_catalogue  # noqa: E402
from campaignsite.content.docs_check import scan_docs  # noqa: E402

LANGUAGES = ["vi", "en"]


def main() -> int:
    catalogue, errors = load_catalogue(ROOT / "content", ROOT, LANGUAGES)
    _pages, page_errors = scan_docs(ROOT / "docs", ROOT, LANGUAGES)
    errors = sorted(set(errors + page_errors), key=lambda e: (e.path, e.line or 0))
    for error in errors:
        print(error)
    counts = ", ".join(f"{len(items)} {name}" for name, items in catalogue.items.items())
    print(f"{len(errors)} error(s); loaded {counts}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
