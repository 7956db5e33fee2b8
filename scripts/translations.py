#!/usr/bin/env python3
"""`make translations`: every page and item missing a language or whose source changed after its translation."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.i18n.parity import find_gaps  # noqa: E402


def main() -> int:
    gaps = find_gaps(ROOT, ["vi", "en"], source_lang="vi")
    for kind, title in (("missing", "Missing a language"), ("outdated", "Possibly outdated translations")):
        rows = [gap for gap in gaps if gap.kind == kind]
        print(f"{title}: {len(rows)}")
        for gap in rows:
            print(f"  {gap}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
