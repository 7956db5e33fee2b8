#!/usr/bin/env python3
"""`mkdocs build --strict` with each language built in its own process (campaignsite/parallel).

scripts/build.py runs it when there is more than one core and more than one language.

    .venv/bin/python scripts/build_languages.py --config-file mkdocs.yml --site-dir out --jobs 2
"""
import sys
from pathlib import Path

# Last on the path, as MkDocs loads hooks: hooks/search.py must not shadow anything.
sys.path.append(str(Path(__file__).resolve().parents[1] / "hooks"))

from campaignsite.parallel.run import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
