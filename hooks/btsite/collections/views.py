"""Plain data for the templates, one language at a time: labels looked up, dates formatted, URLs made.

Templates (overrides/collections/*.html) only mark this data up.
"""
from __future__ import annotations

from datetime import datetime

from ..alternates import absolute_url
from .dates import format_span, format_when, month_label, parse_when
from .records import Catalogue, Item


def item_path(item: Item, prefix: str) -> str:
    """Site-relative URL of an item page in a language: "en/events/asean-week-2023/"."""
    return f"{prefix}{item.collection}/{item.slug}/"


def label(catalogue: Catalogue, list_name: str, key: str, lang: str) -> str:
    return catalogue.vocabulary[list_name][key][lang]


def _link(catalogue: Catalogue, ref: str | None, lang: str, prefix: str) -> dict | None:
    target = catalogue.get(ref) if ref else None
    if target is None:  # e.g. a sample left out of a production build
        return None
    return {"title": target.words[lang].title, "url": item_path(target, prefix)}


def base_view(item: Item, lang: str, prefix: str, catalogue: Catalogue) -> dict:
    words = item.words[lang]
    return {
        "slug": item.slug,
        "collection": item.collection,
        "title": words.title,
        "summary": words.summary,
        "url": item_path(item, prefix),
        "sample": item.facts.sample,
        "sources": [s.model_dump(exclude_none=True) for s in item.facts.sources],
        "related": [link for ref in item.facts.related if (link := _link(catalogue, ref, lang, prefix))],
    }


def event_view(item: Item, lang: str, prefix: str, catalogue: Catalogue, today: datetime) -> dict:
    facts = item.facts
    start = parse_when(facts.start)
    end = parse_when(facts.end) if facts.end else None
    last = (end or start)
    view = base_view(item, lang, prefix, catalogue)
    view.update({
        "start_iso": start.iso(),
        "end_iso": end.iso() if end else None,
        "when": format_span(start, end, lang),
        "month": month_label(start.day, lang),
        "month_key": f"{start.day:%Y-%m}",
        "upcoming": last.value.date() >= today.date(),
        "category": facts.category,
        "category_label": label(catalogue, "event_categories", facts.category, lang),
        "district": facts.district,
        "district_label": label(catalogue, "districts", facts.district, lang),
        "venue": facts.venue,
        "coordinates": facts.coordinates.model_dump() if facts.coordinates else None,
        "organizer": _link(catalogue, facts.organizer, lang, prefix),
        "official_url": facts.url,
        "ics_url": f"{item_path(item, prefix)}{item.slug}.ics",
    })
    return view


CAPITAL_BANDS = [(0, 1000, "lt1000"), (1000, 5000, "1000-5000"), (5000, float("inf"), "gte5000")]


def capital_band(value: float | None) -> str:
    if value is None:
        return "unknown"
    return next(key for low, high, key in CAPITAL_BANDS if low <= value < high)


def project_view(item: Item, lang: str, prefix: str, catalogue: Catalogue) -> dict:
    facts = item.facts
    view = base_view(item, lang, prefix, catalogue)
    view.update({
        "sector": facts.sector,
        "sector_label": label(catalogue, "sectors", facts.sector, lang),
        "district": facts.district,
        "district_label": label(catalogue, "districts", facts.district, lang),
        "area_ha": facts.area_ha,
        "capital_billion_vnd": facts.capital_billion_vnd,
        "capital_band": capital_band(facts.capital_billion_vnd),
        "investment_form": facts.investment_form,
        "contact": _link(catalogue, facts.contact, lang, prefix),
        "coordinates": facts.coordinates.model_dump() if facts.coordinates else None,
    })
    return view


def exhibit_view(item: Item, lang: str, prefix: str, catalogue: Catalogue) -> dict:
    facts = item.facts
    words = item.words[lang]
    view = base_view(item, lang, prefix, catalogue)
    dating = facts.date or f"{facts.period.start} – {facts.period.end}"
    view.update({
        "order": facts.order,
        "kind": facts.kind,
        "kind_label": label(catalogue, "exhibit_kinds", facts.kind, lang),
        "dating": dating,
        "author": facts.author,
        "publisher": facts.publisher,
        "place_of_origin": words.place_of_origin,
        "institution": words.held_by,
        "reference": facts.holding.reference if facts.holding else None,
        "significance": words.significance,
        "images": [
            {"file": image.file, "src": f"{item.collection}/{item.slug}/{image.file}", "alt": image.alt[lang],
             "credit": image.credit, "placeholder": image.placeholder}
            for image in facts.images
        ],
    })
    return view


def news_view(item: Item, lang: str, prefix: str, catalogue: Catalogue) -> dict:
    facts = item.facts
    words = item.words[lang]
    when = parse_when(facts.date)
    view = base_view(item, lang, prefix, catalogue)
    view.update({
        "type": facts.type,
        "type_label": label(catalogue, "news_types", facts.type, lang),
        "date_iso": when.iso(),
        "date": format_when(when, lang),
        "agency": _link(catalogue, facts.agency, lang, prefix),
        "event": _link(catalogue, facts.event, lang, prefix),
        "claim": words.claim,
        "facts": words.facts,
    })
    return view


def agency_view(item: Item, lang: str, prefix: str, catalogue: Catalogue) -> dict:
    facts = item.facts
    view = base_view(item, lang, prefix, catalogue)
    view.update({
        "order": facts.order,
        "short_name": item.words[lang].short_name,
        "kind": facts.kind,
        "kind_label": label(catalogue, "agency_kinds", facts.kind, lang),
        "website": facts.website,
        "press_contact": facts.press_contact.model_dump(exclude_none=True) if facts.press_contact else None,
        "news": [],
        "events": [],
        "projects": [],
    })
    return view


def _backlinks(catalogue: Catalogue) -> dict[str, dict[str, list[Item]]]:
    """{agency ref: {"events": [...], "news": [...], "projects": [...]}}, in one pass over the items."""
    index: dict[str, dict[str, list[Item]]] = {}
    for other in catalogue.all_items():
        for field, key in (("organizer", "events"), ("agency", "news"), ("contact", "projects")):
            ref = getattr(other.facts, field, None)
            if ref:
                index.setdefault(ref, {}).setdefault(key, []).append(other)
    return index


class LanguageViews:
    """Every item's view in one language, each made once and shared by pages, feeds and data."""

    def __init__(self, catalogue: Catalogue, lang: str, prefix: str, today: datetime, site_url: str):
        self.catalogue, self.lang, self.prefix, self.today, self.site_url = catalogue, lang, prefix, today, site_url
        self._views: dict[str, dict] = {}
        self._backlinks = _backlinks(catalogue)

    def of(self, item: Item) -> dict:
        view = self._views.get(item.ref)
        if view is None:
            view = self._make(item)
            view["abs_url"] = absolute_url(self.site_url, view["url"])
            self._views[item.ref] = view
        return view

    def of_collection(self, collection: str) -> list[dict]:
        return [self.of(item) for item in self.catalogue.items[collection]]

    def _make(self, item: Item) -> dict:
        args = (item, self.lang, self.prefix, self.catalogue)
        if item.collection == "events":
            return event_view(*args, self.today)
        if item.collection == "agencies":
            view = agency_view(*args)
            for key, others in self._backlinks.get(item.ref, {}).items():
                view[key] = [{"title": o.words[self.lang].title, "url": item_path(o, self.prefix)} for o in others]
            return view
        return {"projects": project_view, "exhibits": exhibit_view, "news": news_view}[item.collection](*args)


def facets(collection: str, items: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """Filter choices of a list page: only values that some item has, in first-seen order."""
    fields = {"events": ["category", "district"], "projects": ["sector", "district", "capital_band"],
              "news": ["type"]}.get(collection, [])  # exhibits and agencies are short lists: no filters
    out: dict[str, list[tuple[str, str]]] = {}
    for field in fields:
        seen: dict[str, str] = {}
        for item in items:
            key = item[field]
            seen.setdefault(key, item.get(f"{field}_label", key))
        out[field] = sorted(seen.items(), key=lambda kv: kv[1]) if field != "capital_band" else \
            [(k, k) for _low, _high, k in CAPITAL_BANDS if k in seen] + ([("unknown", "unknown")] if "unknown" in seen else [])
    return out
