"""Lists from the collections inside hand-written pages, written by editors as one line:

    <!-- cs-list events limit=3 -->                  the next events (or the latest, once all are past)
    <!-- cs-list events category=tourism-year order=date -->   a calendar, in date order
    <!-- cs-list news type=press-release,correction limit=4 -->
    <!-- cs-list exhibits limit=1 verified -->       the first verified exhibit, in exhibition order
    <!-- cs-list projects by=sector -->              each sector with its count, linked to the filtered list

A filter names a field of the list page's filters and keys of content/vocabulary.yml; `verified`
leaves out sample entries. The page shows the markup of overrides/collections/excerpt.html in
place of the line; a wrong line is an error naming the page and the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from campaignsite.collections.dates import format_span
from campaignsite.errors import ContentError

MARKER = re.compile(r"<!--\s*cs-list\b(?P<spec>.*?)-->", re.S)
# The fields an excerpt may filter or group by: those of each list page's filters, and their vocabularies.
FIELDS = {
    "events": {"category": "event_categories", "district": "districts"},
    "news": {"type": "news_types"},
    "projects": {"sector": "sectors", "district": "districts"},
    "exhibits": {"kind": "exhibit_kinds"},
    "agencies": {"kind": "agency_kinds"},
}
ORDERS = {"events": ("next", "date")}  # other collections keep their list page's order


@dataclass(frozen=True)
class Excerpt:
    collection: str
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    limit: int | None = None
    order: str = "next"
    verified: bool = False
    by: str | None = None


def parse(spec: str, collections: list[str], vocabulary: dict) -> tuple[Excerpt | None, str | None]:
    """An excerpt from the words after `cs-list`, or the reason it is wrong (said to an editor)."""
    words = spec.split()
    if not words or words[0] not in collections:
        return None, f"name a collection first: one of {', '.join(collections)}"
    collection, options = words[0], words[1:]
    fields = FIELDS.get(collection, {})
    filters: dict[str, tuple[str, ...]] = {}
    settings: dict = {}
    for option in options:
        name, _, value = option.partition("=")
        if name == "verified" and not value:
            settings["verified"] = True
        elif name == "limit" and value.isdigit() and int(value) > 0:
            settings["limit"] = int(value)
        elif name == "order" and value in ORDERS.get(collection, ()):
            settings["order"] = value
        elif name == "by" and value in fields:
            settings["by"] = value
        elif name in fields and value:
            keys = tuple(value.split(","))
            unknown = [key for key in keys if key not in vocabulary.get(fields[name], {})]
            if unknown:
                return None, f"{name}={','.join(unknown)}: not a key of `{fields[name]}` in content/vocabulary.yml"
            filters[name] = keys
        else:
            return None, f"{option!r} is not an option of {collection}: use {_options(collection)}"
    return Excerpt(collection, filters, **settings), None


def _options(collection: str) -> str:
    fields = FIELDS.get(collection, {})
    options = [f"{name}=KEY[,KEY…]" for name in fields] + ["limit=N", "verified"]
    if collection in ORDERS:
        options.append("order=" + "|".join(ORDERS[collection]))
    if fields:
        options.append("by=" + "|".join(fields))
    return ", ".join(options)


def markers(text: str, collections: list[str], vocabulary: dict, path: str, first_line: int = 1):
    """Every marker of a page's Markdown: ([(marker text, Excerpt)], errors)."""
    found, errors = [], []
    for match in MARKER.finditer(text):
        excerpt, problem = parse(match.group("spec"), collections, vocabulary)
        if problem:
            line = first_line + text.count("\n", 0, match.start())
            errors.append(ContentError(path, line, "cs-list", problem))
        else:
            found.append((match.group(0), excerpt))
    return found, errors


def _matches(view: dict, excerpt: Excerpt) -> bool:
    if excerpt.verified and view["sample"]:
        return False
    return all(view[name] in keys for name, keys in excerpt.filters.items())


def programme(events: list[dict], ctx) -> dict:
    """A past programme at a glance: how many events, from when to when, how many of each category."""
    starts = [ctx.when(view["start_iso"]) for view in events]
    ends = [ctx.when(view["end_iso"] or view["start_iso"]) for view in events]
    counts: dict[str, list] = {}
    for view in events:
        counts.setdefault(view["category"], [view["category"], view["category_label"], 0])[2] += 1
    return {"count": len(events), "span": format_span(min(starts), max(ends), ctx.locale, ctx.zone),
            "categories": sorted((tuple(entry) for entry in counts.values()), key=lambda entry: -entry[2])}


def select(excerpt: Excerpt, views: list[dict], ctx) -> dict:
    """What the excerpt shows of a collection's views (in their list page's order)."""
    chosen = [view for view in views if _matches(view, excerpt)]
    data = {"collection": excerpt.collection, "total": len(chosen), "ended": None, "groups": None,
            "query": urlencode({name: keys[0] for name, keys in excerpt.filters.items() if len(keys) == 1})}
    if excerpt.by:
        groups: dict[str, list] = {}
        for view in chosen:
            key = view[excerpt.by]
            groups.setdefault(key, [key, view.get(f"{excerpt.by}_label", key), 0])[2] += 1
        data["groups"] = [{"key": key, "label": label, "count": count, "query": urlencode({excerpt.by: key})}
                          for key, label, count in groups.values()]
        data["items"] = []
        return data
    if excerpt.collection == "events":
        upcoming = [view for view in chosen if view["upcoming"]]
        if not upcoming and chosen:
            data["ended"] = programme(chosen, ctx)
        if excerpt.order == "next":
            chosen = upcoming or chosen[::-1]  # the next ones; once all are past, the latest first
    data["items"] = chosen[: excerpt.limit] if excerpt.limit else chosen
    return data
