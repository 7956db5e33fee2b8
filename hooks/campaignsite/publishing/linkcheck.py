"""Link integrity of the built site: every internal link, anchor and image resolves.

MkDocs checks Markdown links but not links inside raw HTML or templates (footer, cards, feeds
links, srcset); this walks the output the reader gets. External links are collected for a
report and never fetched (no network in builds).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"a": ["href"], "link": ["href"], "img": ["src", "srcset"], "source": ["src", "srcset"],
                   "script": ["src"], "iframe": ["src"], "video": ["src", "poster"], "audio": ["src"]}
SKIPPED_RELS = {"alternate", "canonical"}  # absolute URLs of the published site, checked by tests


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name) and (name == "id" or tag == "a"):
                self.ids.add(values[name])
        if tag == "link" and set((values.get("rel") or "").split()) & SKIPPED_RELS:
            return
        for attribute in LINK_ATTRIBUTES.get(tag, []):
            value = values.get(attribute)
            if not value:
                continue
            if attribute == "srcset":
                self.links += [part.strip().split()[0] for part in value.split(",") if part.strip()]
            else:
                self.links.append(value)


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)  # "page: link (what is wrong)"
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # url -> pages


def _target_file(site: Path, path: str) -> Path | None:
    candidate = site / unquote(path).lstrip("/")
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def check_site(site: Path, base_path: str = "/") -> LinkReport:
    """``base_path``: the site's path on its host ("/" or "/sub/"), for root-relative links."""
    pages: dict[Path, _PageParser] = {}
    for html in site.rglob("*.html"):
        parser = _PageParser()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html.resolve()] = parser
    report = LinkReport()
    for html, parser in pages.items():
        rel_page = html.relative_to(site.resolve()).as_posix()
        page_url = "/" + rel_page
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https") or link.startswith("//"):
                report.external[link].add(rel_page)
                continue
            if parts.scheme in ("mailto", "tel", "data") or not (parts.path or parts.fragment):
                continue
            absolute = urlsplit(urljoin(page_url, link))
            path = absolute.path
            if link.startswith("/"):
                if not path.startswith(base_path):
                    report.broken.append(f"{rel_page}: {link} (outside the site's path {base_path})")
                    continue
                path = "/" + path[len(base_path):]
            target = html if not parts.path else _target_file(site, path)
            if target is None:
                report.broken.append(f"{rel_page}: {link} (no such file)")
                continue
            fragment = unquote(absolute.fragment)
            if fragment and target.suffix == ".html":
                ids = pages.get(target.resolve(), _PageParser()).ids
                if fragment not in ids:
                    report.broken.append(f"{rel_page}: {link} (no element with id '{fragment}')")
    return report
