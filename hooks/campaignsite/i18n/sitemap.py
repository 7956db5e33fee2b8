"""sitemap.xml with hreflang alternates, one for the whole site and one per language folder.

static-i18n's sitemap is re-rendered by every language build into the same file; we write ours
once, after all languages are built. Material's language handling also looks for
``<language root>/sitemap.xml``, so each non-default language gets its own.
"""
from __future__ import annotations

from datetime import datetime, timezone
from xml.sax.saxutils import quoteattr, escape

from campaignsite.i18n.alternates import Alternate

SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def render_sitemap(entries: list[tuple[str, list[Alternate], str | None]]) -> str:
    """``entries``: (absolute page URL, its alternates, lastmod "YYYY-MM-DD" or None), in a stable order."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {SITEMAP_NS}>"]
    for loc, alternates, lastmod in entries:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(loc)}</loc>")
        if lastmod:
            lines.append(f"    <lastmod>{lastmod}</lastmod>")
        for alt in alternates:
            lines.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(alt.hreflang)} href={quoteattr(alt.href)}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def source_of(src_path: str, generated: set[str]) -> str:
    """The editor's source of a page, relative to the project: "docs/province.en.md", or for a
    generated collection page the item's folder "content/events/x" (a list page: "content/events")."""
    parts = src_path.split("/")
    if parts[0] in generated:
        stem = parts[-1].rsplit(".", 2)[0]
        return "content/" + parts[0] + ("" if stem == "index" else f"/{stem}")
    return "docs/" + src_path


def last_modified(source: str, changes: dict[str, float]) -> str | None:
    """The day a source (a file, or a folder: its newest file) last changed, from the history."""
    stamps = [stamp for path, stamp in changes.items() if path == source or path.startswith(source + "/")]
    return datetime.fromtimestamp(max(stamps), tz=timezone.utc).date().isoformat() if stamps else None


def robots_txt(sitemap_urls: list[str]) -> str:
    return "User-agent: *\nAllow: /\n\n" + "".join(f"Sitemap: {url}\n" for url in sitemap_urls)
