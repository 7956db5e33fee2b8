"""Link integrity of the built site: every internal link, anchor and image resolves.

MkDocs checks Markdown links but not links inside raw HTML or templates (footer, cards, feeds
links, srcset); this walks the output the reader gets. External links are collected for a
report and never fetched (no network in builds).

A site of 15,000 pages holds some 700,000 links, most of them the same navigation links again:
pages are read by a scanner of start tags (what the standard library's HTMLParser would report:
a test compares them on every page of the site), on every core, and each link is resolved once
per folder against the list of files instead of the file system.
"""
from __future__ import annotations

import html
import multiprocessing
import os
import re
import threading
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from campaignsite.cores import usable_cores

LINK_ATTRIBUTES = {"a": ["href"], "link": ["href"], "img": ["src", "srcset"], "source": ["src", "srcset"],
                   "script": ["src"], "iframe": ["src"], "video": ["src", "poster"], "audio": ["src"]}
SKIPPED_RELS = {"alternate", "canonical"}  # absolute URLs of the published site, checked by tests
PAGES_PER_JOB = 200

# What HTMLParser does not read as markup: comments, and the text of <script> and <style>.
_NOT_MARKUP = re.compile(r"<(?:!--.*?-->|((script|style)\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>).*?</\2\s*>)", re.S | re.I)
_ATTRIBUTES = r"((?:\"[^\"]*\"|'[^']*'|[^'\">])*)"
# The start tags that matter: those that may link, and any other that may carry an id.
_START_TAG = re.compile(r"<((?:" + "|".join(LINK_ATTRIBUTES) + r")(?=[\s/>])|[a-zA-Z][^\s/>\x00]*+(?=(?:\"[^\"]*\"|'[^']*'|[^'\">])*?id))"
                        + _ATTRIBUTES + ">", re.I)
_ATTRIBUTE = re.compile(r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|\"[^\"]*\"|(?!['\"])[^>\s]*))?")


def start_tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    """(tag, {attribute: value}) of the start tags that may link or carry an id, lower-cased and
    unescaped as HTMLParser reports them."""
    page = _NOT_MARKUP.sub(lambda m: "<" + m.group(1) if m.group(1) else "", page)
    tags = []
    for match in _START_TAG.finditer(page):
        attributes: dict[str, str | None] = {}
        for name, assignment, value in _ATTRIBUTE.findall(match.group(2)):
            if assignment:
                if value[:1] in ("'", '"') and value[:1] == value[-1:] and len(value) > 1:
                    value = value[1:-1]
                attributes[name.lower()] = html.unescape(value) if "&" in value else value
            else:
                attributes[name.lower()] = None
        tags.append((match.group(1).lower(), attributes))
    return tags


def links_and_ids(page: str) -> tuple[list[str], set[str]]:
    links: list[str] = []
    ids: set[str] = set()
    for tag, values in start_tags(page):
        for name in ("id", "name"):
            if values.get(name) and (name == "id" or tag == "a"):
                ids.add(values[name])
        if tag == "link" and set((values.get("rel") or "").split()) & SKIPPED_RELS:
            continue
        for attribute in LINK_ATTRIBUTES.get(tag, []):
            value = values.get(attribute)
            if not value:
                continue
            if attribute == "srcset":
                links += [part.strip().split()[0] for part in value.split(",") if part.strip()]
            else:
                links.append(value)
    return links, ids


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)  # "page: link (what is wrong)"
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # url -> pages


@dataclass
class _Checked:
    """What one worker found in its pages; links to an anchor of another page wait for its ids."""
    report: LinkReport = field(default_factory=LinkReport)
    ids: dict[str, set[str]] = field(default_factory=dict)
    anchors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (page, link, target page, id)


_SITE: dict = {}  # this worker's site: folder, files, folders, base path; resolved links


def _start_worker(site: str, files: set[str], folders: set[str], base_path: str) -> None:
    _SITE.update(site=site, files=files, folders=folders, base_path=base_path, resolved={})


def _check_pages(pages: list[str]) -> _Checked:
    checked = _Checked()
    resolved = _SITE["resolved"]  # (folder, link without its fragment) -> ("external" | "skip" | target | None, problem)
    for rel_page in pages:
        with open(os.path.join(_SITE["site"], rel_page), encoding="utf-8") as handle:
            links, ids = links_and_ids(handle.read())
        checked.ids[rel_page] = ids
        page_url = "/" + rel_page
        folder = page_url.rsplit("/", 1)[0] + "/"
        for link in links:
            address, _, fragment = link.partition("#")
            key = (folder, address)
            if key not in resolved:
                resolved[key] = _classify(page_url, address, bool(fragment))
            target, problem = resolved[key]
            if target == "external":
                checked.report.external[link].add(rel_page)
            elif problem:
                checked.report.broken.append(f"{rel_page}: {link} ({problem})")
            elif target and fragment and target.endswith(".html"):
                anchor = unquote(fragment)
                if target == rel_page or target == "":
                    if anchor not in ids:
                        checked.report.broken.append(f"{rel_page}: {link} (no element with id '{anchor}')")
                else:
                    checked.anchors.append((rel_page, link, target, anchor))
    return checked


def _classify(page_url: str, address: str, has_fragment: bool) -> tuple[str | None, str | None]:
    if address[:1] not in ("", "/") and not any(mark in address for mark in ":?\\"):
        return _target(_joined(page_url, address))  # a plain relative path: most links, joined cheaply
    parts = urlsplit(address)
    if parts.scheme in ("http", "https") or address.startswith("//"):
        return "external", None
    if parts.scheme in ("mailto", "tel", "data") or not (parts.path or has_fragment):
        return None, None
    if not parts.path:
        return "", None  # this very page
    path = urlsplit(urljoin(page_url, address)).path
    if address.startswith("/"):
        if not path.startswith(_SITE["base_path"]):
            return None, f"outside the site's path {_SITE['base_path']}"
        path = "/" + path[len(_SITE["base_path"]):]
    return _target(path)


def _joined(page_url: str, address: str) -> str:
    """urljoin(page_url, address) for a relative path: dot segments removed (RFC 3986, 5.2.4)."""
    segments = page_url.split("/")[:-1] + address.split("/")
    out: list[str] = []
    for segment in segments[:-1]:
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    last = segments[-1]
    if last in (".", ".."):
        if last == ".." and len(out) > 1:
            out.pop()
        last = ""
    return "/".join(out + [last])


def _target(path: str) -> tuple[str | None, str | None]:
    relative = _normalised(path)
    if path.endswith("/") or relative in _SITE["folders"]:
        relative = f"{relative}/index.html" if relative else "index.html"
    return (relative, None) if relative in _SITE["files"] else (None, "no such file")


def _listing(site: Path) -> tuple[set[str], set[str]]:
    """Every file and folder of the site, relative, with forward slashes."""
    files, folders = set(), {""}
    for folder, dirs, names in os.walk(site):
        relative = os.path.relpath(folder, site).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        folders.update(prefix + name for name in dirs)
        files.update(prefix + name for name in names)
    return files, folders


def _normalised(path: str) -> str:
    """"/a//b/./c" -> "a/b/c", as pathlib would join it."""
    return "/".join(part for part in unquote(path).split("/") if part not in ("", "."))


def check_site(site: Path, base_path: str = "/", workers: int | None = None) -> LinkReport:
    """``base_path``: the site's path on its host ("/" or "/sub/"), for root-relative links."""
    files, folders = _listing(site)
    pages = sorted(path for path in files if path.endswith(".html"))
    jobs = [pages[start:start + PAGES_PER_JOB] for start in range(0, len(pages), PAGES_PER_JOB)]
    setup = (str(site), files, folders, base_path)
    workers = min(workers or usable_cores(), len(jobs))
    if workers <= 1:
        _start_worker(*setup)
        results = [_check_pages(job) for job in jobs]
    else:
        # Forked workers when this process runs no other thread (scripts/build.py); spawned ones otherwise.
        context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=setup) as pool:
            results = list(pool.map(_check_pages, jobs))
    report = LinkReport()
    ids = {page: page_ids for result in results for page, page_ids in result.ids.items()}
    for result in results:
        report.broken += result.report.broken
        for url, where in result.report.external.items():
            report.external[url] |= where
        report.broken += [f"{page}: {link} (no element with id '{anchor}')"
                          for page, link, target, anchor in result.anchors if anchor not in ids.get(target, ())]
    return report
