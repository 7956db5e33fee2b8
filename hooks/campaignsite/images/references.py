"""Resolve an image reference of a page to a file under docs/, or say what is wrong (pure)."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class Resolved:
    url: str  # site-relative URL of the file MkDocs publishes ("images/map.jpg")


@dataclass(frozen=True)
class Problem:
    message: str


def is_external(src: str) -> bool:
    parts = urlsplit(src)
    return bool(parts.scheme or parts.netloc) or src.startswith("//")


def _join(base_dir: str, path: str) -> str | None:
    """Join and normalise posix paths; None when ".." climbs above the start."""
    parts: list[str] = []
    for part in f"{base_dir}/{path}".split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def site_url_of(src: str, page_url: str) -> str | None:
    """The site-relative URL an ``<img src>`` of the page at ``page_url`` points to, or None
    when it climbs above the site root."""
    path = unquote(urlsplit(src).path)
    if path.startswith("/"):
        return None
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    return _join(base, path)


def docs_path_of(src: str, page_src_uri: str) -> str | None:
    """The docs-relative path a source reference names (as the editor wrote it), or None
    when it points outside docs/."""
    path = unquote(urlsplit(src).path)
    if posixpath.isabs(path):
        return None
    return _join(posixpath.dirname(page_src_uri), path)


def resolve(src: str, page_url: str, page_src_uri: str, published_urls: set[str], docs_files: set[str]) -> Resolved | Problem:
    """MkDocs rewrites a found reference relative to the page's URL and leaves a missing one as
    written; both cases land here."""
    url = site_url_of(src, page_url)
    if url is not None and url in published_urls:
        return Resolved(url)
    docs_path = docs_path_of(src, page_src_uri)
    if docs_path is None:
        return Problem(f"{src} is outside docs/: copy the image into docs/ (for example docs/images/) and link it from there")
    if docs_path in docs_files:
        return Problem(f"{src} is not published for this language: check the file name and its language suffix")
    return Problem(f"{src} does not exist: add the file under docs/ or fix the path")
