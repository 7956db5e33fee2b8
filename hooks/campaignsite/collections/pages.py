"""Write the collections' pages as real Markdown files under docs/<collection>/.

mkdocs-static-i18n crashes on in-memory pages and drops temporary ones (design notes), but
builds real `x.vi.md` / `x.en.md` files in both languages with a working switcher. They are
written before MkDocs reads docs/, only when their text changed (so `mkdocs serve` does not
loop), and stale ones are removed. The folders are git-ignored and marked `.generated`.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import yaml

from campaignsite.collections import paging
from campaignsite.collections.records import COLLECTIONS, Catalogue
from campaignsite.config.site import INSTANCE_WORDS
from campaignsite.i18n.ui import ENGINE_WORDS

MARKER = ".generated"
MARKER_TEXT = "Generated from content/ by hooks/content_collections.py on every build: edit content/, not this folder.\n"


# libyaml's emitter writes the same text as PyYAML's, eight times faster (10,000 pages: 4 s -> 0.5 s).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(meta: dict) -> str:
    return "---\n" + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def plan_pages(catalogue: Catalogue, languages: list[str], strings: dict[str, dict[str, str]],
               page_size: Callable[[str], int]) -> dict[str, str | Path]:
    """{path under docs/: Markdown text, or the Path of a file to copy}.

    A list page in every language, continued on numbered pages past ``page_size(collection)``
    items; an item page in each language the item is written in (a partial language's missing
    ones are shown in its fallback: i18n/fallback.py).
    """
    planned: dict[str, str | Path] = {}
    for collection in catalogue.collections:
        count = paging.page_count(len(catalogue.items[collection]), page_size(collection))
        for lang, number in ((lang, number) for lang in languages for number in range(1, count + 1)):
            ui = strings[lang]
            planned[paging.docs_name(collection, number, lang)] = front_matter({
                "title": ui[f"{collection}_title"],
                "description": ui[f"{collection}_description"],
                "template": f"collections/{collection}-list.html",
                "collection": collection,
                # the numbered pages repeat the list's title, not its introduction: not a search result
                **({"list_page": number, "search": {"exclude": True}} if number > 1 else {}),
            }) + (ui[f"{collection}_intro"] + "\n" if number == 1 else "")
        for item in catalogue.items[collection]:
            for lang in (code for code in languages if code in item.words):
                words = item.words[lang]
                planned[f"{collection}/{item.slug}.{lang}.md"] = front_matter({
                    "title": words.title,
                    "description": words.summary,
                    "template": f"collections/{collection}-item.html",
                    "collection": collection,
                    "item": item.slug,
                    # not verified: kept out of sitemaps and search engines (noindex)
                    **({"sample": True} if item.facts.sample else {}),
                    **_status(item.facts),
                }) + item.bodies[lang]
            for image in getattr(item.facts, "images", []) or []:
                planned[f"{collection}/{item.slug}/{image.file}"] = item.folder / image.file
    return planned


def _status(facts) -> dict:
    """What the page template shows as for a hand-written page: the "Draft" badge, "Last reviewed"."""
    return {key: value for key, value in (("draft", facts.draft), ("reviewed", facts.reviewed)) if value}


def editor_source(docs_path: str, collections: list[str], root: Path) -> tuple[str, str | None] | None:
    """The file an editor writes for a generated page, and the key within it: an item's words
    (docs/events/x.en.md -> content/events/x/en.md) or a list page's introduction, an interface
    word (events_intro); None for a hand-written page."""
    folder, _, name = docs_path.partition("/")
    if folder not in collections or "/" in name or not name.endswith(".md"):
        return None
    stem, _, lang = name[: -len(".md")].rpartition(".")
    if stem != "index":
        return f"content/{folder}/{stem}/{lang}.md", None
    key = f"{folder}_intro"
    instance = root / INSTANCE_WORDS / f"{lang}.yml"
    if instance.is_file() and any(line.startswith(f"{key}:") for line in instance.read_text(encoding="utf-8").splitlines()):
        return f"{INSTANCE_WORDS}/{lang}.yml", key
    return f"{ENGINE_WORDS.parent.name}/{ENGINE_WORDS.name}/{lang}.yml", key


def write_pages(docs_dir: Path, planned: dict[str, str | Path], collections: list[str] = COLLECTIONS) -> int:
    """Bring docs/<collection>/ in line with ``planned``; return how many files changed.

    A collection the campaign does not use has no folder: a generated one left from before goes.
    """
    changed = 0
    for collection in COLLECTIONS:
        folder = docs_dir / collection
        if collection not in collections and (folder / MARKER).exists():
            shutil.rmtree(folder)
            changed += 1
    for collection in collections:
        folder = docs_dir / collection
        if folder.exists() and not (folder / MARKER).exists():
            raise FileExistsError(
                f"docs/{collection}/ holds hand-written files, but the {collection} collection is generated "
                f"there: move them to content/{collection}/ (see content/README.md)"
            )
        folder.mkdir(parents=True, exist_ok=True)
        changed += _write_if_changed(folder / MARKER, MARKER_TEXT)
    for rel, source in planned.items():
        changed += _write_if_changed(docs_dir / rel, source)
    wanted = {docs_dir / rel for rel in planned}
    for collection in collections:
        for path in sorted((docs_dir / collection).rglob("*"), reverse=True):
            if path.is_file() and path.name != MARKER and path not in wanted:
                path.unlink()
                changed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return changed


def _write_if_changed(path: Path, source: str | Path) -> int:
    data = source.read_bytes() if isinstance(source, Path) else source.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(source, Path):
        shutil.copyfile(source, path)
    else:
        path.write_bytes(data)
    return 1
