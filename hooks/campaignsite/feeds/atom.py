"""Atom 1.0 feed (RFC 4287) of the news collection, one per language."""
from __future__ import annotations

from datetime import datetime, tzinfo
from xml.sax.saxutils import escape, quoteattr


def _date(iso: str, zone: tzinfo) -> str:
    """Atom wants a full date-time; all-day dates become midnight in the campaign's zone."""
    return iso if "T" in iso else datetime.fromisoformat(iso).replace(tzinfo=zone).isoformat(timespec="seconds")


def feed(title: str, lang: str, feed_url: str, page_url: str, entries: list[dict], fallback_updated: str,
         author: str, sample_label: str, zone: tzinfo) -> str:
    """``entries``: news views with absolute ``abs_url``, newest first; ``author``: the site's publisher.

    The summaries are ours, so the publisher is every entry's author; a sample entry's title says
    it is a sample (once: the summary is left as written).
    """
    updated = _date(entries[0]["date_iso"], zone) if entries else fallback_updated
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(feed_url)}</id>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(page_url)}/>',
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(author)}</name></author>",
    ]
    for entry in entries:
        entry_title = f"[{sample_label}] {entry['title']}" if entry.get("sample") else entry["title"]
        out += [
            "  <entry>",
            f"    <title>{escape(entry_title)}</title>",
            f"    <id>{escape(entry['abs_url'])}</id>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(entry["abs_url"])}/>',
            f"    <published>{_date(entry['date_iso'], zone)}</published>",
            f"    <updated>{_date(entry['date_iso'], zone)}</updated>",
            f"    <author><name>{escape(author)}</name></author>",
            f"    <category term={quoteattr(entry['type'])} label={quoteattr(entry['type_label'])}/>",
            f"    <summary>{escape(entry['summary'])}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"
