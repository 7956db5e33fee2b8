"""Atom 1.0 feed (RFC 4287) of the news collection, one per language."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr


def _date(iso: str) -> str:
    """Atom wants a full date-time; all-day dates become midnight in Viet Nam."""
    return iso if "T" in iso else f"{iso}T00:00:00+07:00"


def feed(title: str, lang: str, feed_url: str, page_url: str, entries: list[dict], fallback_updated: str) -> str:
    """``entries``: news views with absolute ``abs_url``, newest first."""
    updated = _date(entries[0]["date_iso"]) if entries else fallback_updated
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(feed_url)}</id>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(page_url)}/>',
        f"  <updated>{updated}</updated>",
    ]
    for entry in entries:
        author = entry["agency"]["title"] if entry.get("agency") else title
        summary = entry["summary"]
        if entry.get("sample"):
            summary = f"[{entry['sample_label']}] {summary}"
        out += [
            "  <entry>",
            f"    <title>{escape(entry['title'])}</title>",
            f"    <id>{escape(entry['abs_url'])}</id>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(entry["abs_url"])}/>',
            f"    <published>{_date(entry['date_iso'])}</published>",
            f"    <updated>{_date(entry['date_iso'])}</updated>",
            f"    <author><name>{escape(author)}</name></author>",
            f"    <category term={quoteattr(entry['type'])} label={quoteattr(entry['type_label'])}/>",
            f"    <summary>{escape(summary)}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"
