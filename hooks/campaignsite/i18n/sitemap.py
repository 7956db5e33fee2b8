"""sitemap.xml with hreflang alternates, one for the whole site and one per language folder.

static-i18n's sitemap is re-rendered by every language build into the same file; we write ours
once, after all languages are built. Material's language handling also looks for
``<language root>/sitemap.xml``, so each non-default language gets its own.
"""
from __future__ import annotations

from xml.sax.saxutils import quoteattr, escape

from campaignsite.i18n.alternates import Alternate

SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def render_sitemap(entries: list[tuple[str, list[Alternate]]]) -> str:
    """``entries``: (absolute page URL, its alternates), in a stable order."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {SITEMAP_NS}>"]
    for loc, alternates in entries:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(loc)}</loc>")
        for alt in alternates:
            lines.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(alt.hreflang)} href={quoteattr(alt.href)}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
