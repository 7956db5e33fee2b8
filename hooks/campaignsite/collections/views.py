"""Plain data for the templates, one language at a time: labels looked up, dates formatted, URLs made.

Templates (overrides/collections/*.html) only mark this data up. In a partial language an item
not yet translated shows its fallback language's words; ``content_lang`` says which, so the page
can mark them with `lang` and say so.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from campaignsite.i18n.alternates import absolute_url
from campaignsite.i18n.formats import format_money, format_number, month_label
from campaignsite.collections import contacts
from campaignsite.collections.dates import format_span, format_when, parse_when
from campaignsite.collections.records import Catalogue, Item


@dataclass(frozen=True)
class ViewContext:
    """What every view of one language needs."""

    catalogue: Catalogue
    lang: str
    chain: list[str]  # the language, then its fallback
    prefix: str  # the language's folder: "" or "en/"
    locale: str  # Babel locale for dates and numbers
    zone: tzinfo

    def words(self, item: Item):
        return item.words[item.language_of(self.chain)]

    def label(self, list_name: str, key: str) -> str:
        labels = self.catalogue.vocabulary[list_name][key]
        return next(labels[code] for code in self.chain if code in labels)

    def when(self, text: str):
        return parse_when(text, self.zone)

    def locality(self, district: str) -> str | None:
        """The district's label as a place name; None for keys that are no place ("province-wide")."""
        if self.catalogue.vocabulary["districts"][district].get("locality", True) is False:
            return None
        return self.label("districts", district)


def item_path(item: Item, prefix: str) -> str:
    """Site-relative URL of an item page in a language: "en/events/asean-week-2023/"."""
    return f"{prefix}{item.collection}/{item.slug}/"


def _link(ctx: ViewContext, ref: str | None) -> dict | None:
    target = ctx.catalogue.get(ref) if ref else None
    if target is None:  # e.g. a sample left out of a production build
        return None
    return {"title": ctx.words(target).title, "url": item_path(target, ctx.prefix), "sample": target.facts.sample}


def _party(ctx: ViewContext, ref: str | None) -> dict | None:
    """An organizer or issuing body: an agency item (its page), or an `organizations` entry of the
    vocabulary (its official site when known, else no link: ``url`` None)."""
    org = ctx.catalogue.vocabulary.get("organizations", {}).get(ref) if ref else None
    if org is not None:
        return {"title": ctx.label("organizations", ref), "url": org.get("url"), "external": True}
    return _link(ctx, ref)


def base_view(item: Item, ctx: ViewContext) -> dict:
    words = ctx.words(item)
    return {
        "slug": item.slug,
        "collection": item.collection,
        "title": words.title,
        "summary": words.summary,
        "url": item_path(item, ctx.prefix),
        "content_lang": item.language_of(ctx.chain),
        "sample": item.facts.sample,
        "draft": item.facts.draft,  # only in the preview: a draft is not built otherwise
        "sources": [s.model_dump(exclude_none=True) for s in item.facts.sources],
        "related": [link for ref in item.facts.related if (link := _link(ctx, ref))],
    }


def event_view(item: Item, ctx: ViewContext, today: datetime) -> dict:
    facts = item.facts
    start = ctx.when(facts.start)
    end = ctx.when(facts.end) if facts.end else None
    last = (end or start)
    view = base_view(item, ctx)
    view.update({
        "start_iso": start.iso(),
        "end_iso": end.iso() if end else None,
        "when": format_span(start, end, ctx.locale, ctx.zone),
        "month": month_label(start.value.astimezone(ctx.zone).date(), ctx.locale),
        "month_key": f"{start.value.astimezone(ctx.zone):%Y-%m}",
        "upcoming": last.value.date() >= today.date(),
        "category": facts.category,
        "category_label": ctx.label("event_categories", facts.category),
        "district": facts.district,
        "district_label": ctx.label("districts", facts.district),
        "locality": ctx.locality(facts.district),
        "venue": facts.venue,
        "coordinates": facts.coordinates.model_dump() if facts.coordinates else None,
        "organizer": _party(ctx, facts.organizer),
        "official_url": facts.url,
        "ics_url": f"{item_path(item, ctx.prefix)}{item.slug}.ics",
    })
    return view


CAPITAL_BANDS = [(0, 1000, "lt1000"), (1000, 5000, "1000-5000"), (5000, float("inf"), "gte5000")]


def capital_band(value: float | None) -> str:
    if value is None:
        return "unknown"
    return next(key for low, high, key in CAPITAL_BANDS if low <= value < high)


def project_view(item: Item, ctx: ViewContext) -> dict:
    facts = item.facts
    view = base_view(item, ctx)
    capital = facts.capital_billion_vnd
    view.update({
        "sector": facts.sector,
        "sector_label": ctx.label("sectors", facts.sector),
        "district": facts.district,
        "district_label": ctx.label("districts", facts.district),
        "locality": ctx.locality(facts.district),
        "area_ha": facts.area_ha,
        "area": format_number(facts.area_ha, ctx.locale) if facts.area_ha else None,
        "capital_billion_vnd": capital,
        "capital": format_money(capital * 1e9, "VND", ctx.locale) if capital else None,
        "capital_band": capital_band(capital),
        "investment_form": facts.investment_form,
        "contact": _link(ctx, facts.contact),
        "coordinates": facts.coordinates.model_dump() if facts.coordinates else None,
    })
    return view


def exhibit_view(item: Item, ctx: ViewContext) -> dict:
    facts = item.facts
    words = ctx.words(item)
    view = base_view(item, ctx)
    dating = facts.date or f"{facts.period.start} – {facts.period.end}"
    lang = view["content_lang"]
    view.update({
        "order": facts.order,
        "kind": facts.kind,
        "kind_label": ctx.label("exhibit_kinds", facts.kind),
        "dating": dating,
        "author": facts.author,
        "publisher": facts.publisher,
        "place_of_origin": words.place_of_origin,
        "institution": words.held_by,
        "reference": facts.holding.reference if facts.holding else None,
        "significance": words.significance,
        "images": [
            {"file": image.file, "src": f"{item.collection}/{item.slug}/{image.file}",
             "alt": image.alt.get(ctx.lang) or image.alt[lang], "credit": image.credit, "placeholder": image.placeholder}
            for image in facts.images
        ],
    })
    return view


def news_view(item: Item, ctx: ViewContext) -> dict:
    facts = item.facts
    words = ctx.words(item)
    when = ctx.when(facts.date)
    view = base_view(item, ctx)
    view.update({
        "type": facts.type,
        "type_label": ctx.label("news_types", facts.type),
        "date_iso": when.iso(),
        "date": format_when(when, ctx.locale, ctx.zone),
        "agency": _party(ctx, facts.agency),
        "event": _link(ctx, facts.event),
        "claim": words.claim,
        "facts": words.facts,
    })
    return view


def agency_view(item: Item, ctx: ViewContext) -> dict:
    facts = item.facts
    view = base_view(item, ctx)
    view.update({
        "order": facts.order,
        "short_name": ctx.words(item).short_name,
        "kind": facts.kind,
        "kind_label": ctx.label("agency_kinds", facts.kind),
        "website": facts.website,
        "contact": contacts.contact(facts.address, facts.phone, facts.email, facts.website,
                                    facts.press_contact.model_dump(exclude_none=True) if facts.press_contact else None),
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

    def __init__(self, ctx: ViewContext, today: datetime, site_url: str):
        self.ctx, self.today, self.site_url = ctx, today, site_url
        self.catalogue, self.lang, self.prefix = ctx.catalogue, ctx.lang, ctx.prefix
        self._views: dict[str, dict] = {}
        self._backlinks = _backlinks(ctx.catalogue)

    def of(self, item: Item) -> dict:
        view = self._views.get(item.ref)
        if view is None:
            view = self._make(item)
            view["abs_url"] = absolute_url(self.site_url, view["url"])
            self._views[item.ref] = view
        return view

    def of_collection(self, collection: str) -> list[dict]:
        return [self.of(item) for item in self.catalogue.items[collection]]

    def neighbours(self, item: Item) -> dict[str, dict | None]:
        """The items before and after ``item`` in its collection's order (an exhibition's order)."""
        items = self.catalogue.items[item.collection]
        at = items.index(item)
        return {"previous": self.of(items[at - 1]) if at > 0 else None,
                "next": self.of(items[at + 1]) if at + 1 < len(items) else None}

    def _make(self, item: Item) -> dict:
        if item.collection == "events":
            return event_view(item, self.ctx, self.today)
        if item.collection == "agencies":
            view = agency_view(item, self.ctx)
            for key, others in self._backlinks.get(item.ref, {}).items():
                view[key] = [{"title": self.ctx.words(o).title, "url": item_path(o, self.prefix)} for o in others]
            return view
        return {"projects": project_view, "exhibits": exhibit_view, "news": news_view}[item.collection](item, self.ctx)


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
