"""Check every hand-written page under docs/ before MkDocs sees it.

MkDocs publishes broken front matter silently, serves a missing translation in the wrong
language and follows symlinks out of docs/; each of those becomes an error here instead.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from campaignsite.errors import ContentError
from campaignsite.content.page_meta import PageMeta, check_page
from campaignsite.content.yamlsource import read_text


# MkDocs copies any other file of docs/ to the site unchanged: these would be pages or code.
PUBLISHED_UNCHECKED = {".html", ".htm", ".xhtml", ".shtml", ".js", ".mjs", ".css"}


@dataclass(frozen=True)
class PageSource:
    base: str  # "province" or "guide/press" (posix, without language and .md)
    lang: str
    path: str  # relative to the project root
    meta: PageMeta


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def is_generated(path: Path, docs_dir: Path) -> bool:
    """Folders the generator writes (marked by a `.generated` file) are checked at their source."""
    for parent in path.relative_to(docs_dir).parents:
        if (docs_dir / parent / ".generated").exists() and parent != Path("."):
            return True
    return False


def scan_docs(docs_dir: Path, root: Path, languages: list[str], required: list[str] | None = None) -> tuple[list[PageSource], list[ContentError]]:
    """Every page of docs/ and its errors; a page must exist in each ``required`` language (all by default)."""
    pages: list[PageSource] = []
    errors: list[ContentError] = []
    docs_real = docs_dir.resolve()
    for path in sorted(docs_dir.rglob("*")):
        rel = _rel(path, root)
        if path.is_symlink() and not path.resolve().is_relative_to(docs_real):
            errors.append(ContentError(rel, None, None, "symbolic link to a file outside docs/: copy the file into docs/ instead"))
            continue
        if path.suffix.lower() in PUBLISHED_UNCHECKED and path.is_file():
            errors.append(ContentError(rel, None, None, "would be published as it is, past every check: write pages in Markdown "
                                       "(name.<language>.md); scripts and styles belong in the theme (overrides/assets/)"))
            continue
        if path.suffix != ".md" or not path.is_file() or is_generated(path, docs_dir):
            continue
        stem = path.name[: -len(".md")]
        base, _, lang = stem.rpartition(".")
        if not base or lang not in languages:
            suggestions = " or ".join(f"{stem}.{code}.md" for code in languages)
            errors.append(ContentError(rel, None, None, f"page has no language suffix: rename it to {suggestions}"))
            continue
        text, error = read_text(path, rel)
        if error:
            errors.append(error)
            continue
        meta, page_errors = check_page(text, rel)
        errors.extend(page_errors)
        if meta is not None:
            base_rel = Path(os.path.relpath(path.parent / base, docs_dir)).as_posix()
            pages.append(PageSource(base_rel, lang, rel, meta))
    errors.extend(missing_translations(pages, errors, languages if required is None else required, root, docs_dir))
    return pages, errors


def missing_translations(pages, errors, languages, root: Path, docs_dir: Path) -> list[ContentError]:
    """Every page must exist in every language; the error names the file to create."""
    present: dict[str, set[str]] = {}
    for page in pages:
        present.setdefault(page.base, set()).add(page.lang)
    broken = {e.path for e in errors}
    out = []
    for base, langs in sorted(present.items()):
        for lang in languages:
            if lang in langs:
                continue
            missing = _rel(docs_dir / f"{base}.{lang}.md", root)
            if missing in broken:
                continue  # already reported with its own error
            existing = _rel(docs_dir / f"{base}.{sorted(langs)[0]}.md", root)
            out.append(ContentError(existing, None, None, f"has no '{lang}' translation: create {missing}"))
    return out
