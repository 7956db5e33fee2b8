#!/usr/bin/env python3
"""`make new KIND=<event|project|exhibit|news|agency|page> NAME=<address>`: a new draft to fill in.

An item is content/<collection>/<NAME>/ with item.yml (every field, described) and a words file
per required language; a page is docs/<NAME>.<language>.md per required language. Both are
drafts (shown only in `make serve`) until `draft: true` is deleted. Refused with one line: an
unknown kind, a name that is not an address, a name already taken.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.collections.build import catalogue_for  # noqa: E402
from campaignsite.collections.scaffold import KINDS, Context, ScaffoldError, check_name, new_item, new_page  # noqa: E402
from campaignsite.config.site import project_site  # noqa: E402

USAGE = f"usage: make new KIND=<{'|'.join(KINDS)}> NAME=<address, e.g. asean-week-2024>"


def main(argv: list[str], root: Path = ROOT) -> int:
    if len(argv) != 2 or not all(argv):
        print(USAGE, file=sys.stderr)
        return 2
    kind, name = argv
    try:
        check_name(root, kind, name)
    except ScaffoldError as exc:
        print(f"make new: {exc}", file=sys.stderr)
        return 1
    site, errors = project_site(root / "mkdocs.yml")
    catalogue, item_errors = catalogue_for(site) if site else (None, [])
    if site is None or (KINDS[kind] and item_errors):
        for error in errors + item_errors:
            print(error, file=sys.stderr)
        print("make new: fix these errors first (make check lists them)", file=sys.stderr)
        return 1
    languages = site.languages
    ctx = Context(catalogue, site.words[languages.default], languages.required, site.words)
    written = new_item(root, kind, name, ctx) if KINDS[kind] else new_page(root, name, ctx)
    print("Created (a draft, shown only in make serve):")
    for path in written:
        print(f"  {path.relative_to(root).as_posix()}")
    for lang in languages.partial:
        fallback = languages.fallback(lang)
        later = f"content/{KINDS[kind]}/{name}/{lang}.md" if KINDS[kind] else f"docs/{name}.{lang}.md"
        print(f"{lang} is a partial language: its readers see the {fallback} text until a translator adds {later}.")
    if KINDS[kind] is None:
        default = languages.default
        print(f"To show the page in the menu, add it to nav: in mkdocs.yml under its {default} title, e.g.\n"
              f"    - <{default} title>: {name}.md\n"
              "  and give its title in every other language under that language's nav_translations:.")
    print("Replace the placeholders, check with make serve, then delete the line draft: true to publish.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
