"""Draft pages (`draft: true` in front matter): in the preview with a badge; out of a published build.

A published build leaves out every draft file (a partial language's draft page is then shown in
its fallback language, as an untranslated one), drops draft pages from the navigation, and
refuses a published page or item that links to a draft page or item: the link would lead
nowhere, so the error names the linking file and line. A page is a draft in all its required
languages or in none. Draft items are left out by the catalogue (content/publication.py).
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from campaignsite.content.docs_check import PageSource
from campaignsite.content.prose import markdown_links
from campaignsite.content.yamlsource import read_text
from campaignsite.errors import ContentError


@dataclass(frozen=True)
class LeftOut:
    """What a published build leaves out of docs/: draft files, and the pages no language publishes."""

    files: frozenset[Path] = frozenset()  # absolute paths of draft pages' files
    bases: dict[str, str] = field(default_factory=dict)  # unpublished page or item ("events/x") -> its file


def left_out(pages: list[PageSource], root: Path, required: list[str], draft_items: list = ()) -> LeftOut:
    """Draft files; a page is unpublished when it is a draft in its required languages."""
    files = frozenset((root / page.path).resolve() for page in pages if page.meta.draft)
    bases: dict[str, str] = {}
    for page in sorted(pages, key=lambda page: required.index(page.lang) if page.lang in required else len(required)):
        if page.meta.draft and page.lang in required:
            bases.setdefault(page.base, page.path)  # named by its file in the first required language
    bases |= {item.ref: f"{item.rel}/item.yml" for item in draft_items}
    return LeftOut(files, bases)


def mixed_drafts(pages: list[PageSource], required: list[str]) -> list[ContentError]:
    """A page may not be a draft in one required language and published in another."""
    by_base: dict[str, list[PageSource]] = {}
    for page in pages:
        if page.lang in required:
            by_base.setdefault(page.base, []).append(page)
    errors = []
    for group in by_base.values():
        published = [page for page in group if not page.meta.draft]
        if published and len(published) < len(group):
            for page in group:
                if page.meta.draft:
                    errors.append(ContentError(page.path, None, "draft", (
                        f"a draft here, but {published[0].path} is published: a page is published in every "
                        f"required language or in none: remove `draft: true` here, or add it to {published[0].path}")))
    return errors


def links_to_drafts(sources: list[tuple[Path, str, str]], unpublished: dict[str, str], languages: list[str]) -> list[ContentError]:
    """Links from published ``sources`` (file, its path from the root, its folder under docs/) to
    an unpublished page or item."""
    if not unpublished:
        return []
    errors = []
    for path, rel, folder in sources:
        text, error = read_text(path, rel)
        if error:
            continue  # reported by the page checks
        for line, target in markdown_links(text):
            base = _linked_base(target, folder, languages)
            if base in unpublished:
                errors.append(ContentError(rel, line, None, (
                    f"links to {target}, a draft ({unpublished[base]}) that a published build leaves out: "
                    f"publish it (remove `draft: true`) or remove the link")))
    return errors


def _linked_base(target: str, folder: str, languages: list[str]) -> str | None:
    """"../events/x.md#y" from "news" -> "events/x"; None for web addresses and non-pages."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if "://" in path or path.startswith(("/", "mailto:")) or not path.endswith(".md"):
        return None
    stem = posixpath.normpath(posixpath.join(folder, path))[: -len(".md")]
    base, _, lang = stem.rpartition(".")
    return base if base and lang in languages else stem


def prune_nav(nav: list, bases) -> list:
    """mkdocs.yml's `nav:` without the entries of unpublished pages (and sections left empty)."""
    out = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) and len(entry) == 1 else entry
        if isinstance(value, list):
            kept = prune_nav(value, bases)
            if kept:
                out.append({next(iter(entry)): kept})
        elif not (isinstance(value, str) and value.endswith(".md") and value[: -len(".md")] in bases):
            out.append(entry)
    return out
