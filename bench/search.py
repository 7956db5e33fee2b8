#!/usr/bin/env python3
"""Search index weight per language, raw and gzipped, as a reader downloads it.

Usage: .venv/bin/python bench/search.py [--site site] [--build]
--build first builds the project into a temporary folder (scripts/build.py). The last column is
the same index as Material writes JSON (non-ASCII as \\uXXXX escapes), for comparison.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sizes(data: bytes) -> tuple[int, int]:
    return len(data), len(gzip.compress(data, compresslevel=9))


def indexes(site: Path) -> dict[str, Path]:
    """Each language's index: the default language's at the root, the others' in their folders."""
    found = {"default": site / "search" / "search_index.json"}
    found.update((path.parent.parent.name, path) for path in sorted(site.glob("*/search/search_index.json")))
    return found


def report(site: Path) -> None:
    print(f"{'lang':<8}{'lunr':>9}{'docs':>6}{'raw B':>10}{'gzip B':>9}{'escaped raw B':>15}{'escaped gzip B':>16}")
    for lang, path in indexes(site).items():
        raw = path.read_bytes()
        index = json.loads(raw)
        escaped = json.dumps(index, separators=(",", ":")).encode()
        print(f"{lang:<8}{index['config']['lang'][0]:>9}{len(index['docs']):>6}{sizes(raw)[0]:>10}{sizes(raw)[1]:>9}"
              f"{sizes(escaped)[0]:>15}{sizes(escaped)[1]:>16}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--build", action="store_true")
    args = parser.parse_args()
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            subprocess.run([sys.executable, str(ROOT / "scripts" / "build.py"), "--site-dir", str(site)],
                           check=True, capture_output=True)
            report(site)
        return 0
    if not (args.site / "search" / "search_index.json").exists():
        print(f"{args.site} has no search index: run `make build` or pass --build", file=sys.stderr)
        return 1
    report(args.site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
