"""iCalendar (RFC 5545) files: the whole calendar per language and one per event.

Every TEXT value goes through icalendar's vText, which escapes commas, semicolons and
backslashes: a reader that splits on an unescaped comma (vobject does) would cut a name short.
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vGeo, vText

from campaignsite.collections.dates import ics_end, parse_when
from campaignsite.collections.records import Item
from campaignsite.i18n.slugs import fold


def location(*parts: str | None) -> str:
    """Venue and locality once each: a part already contained in an earlier one is left out."""
    kept: list[str] = []
    for part in parts:
        if part and not any(fold(part).lower() in fold(other).lower() for other in kept):
            kept.append(part)
    return ", ".join(kept)


END = b"END:VCALENDAR\r\n"


def calendars(name: str, lang: str, events: list[tuple[Item, dict]], site_host: str, stamp: datetime,
              campaign_id: str, zone: ZoneInfo, sample_label: str) -> tuple[bytes, list[bytes]]:
    """The whole calendar ``name``, and one calendar per event (named after it), in ``events``'
    order; ``events``: (item, its view in this language with an absolute ``abs_url``). Each event
    is written once and its lines shared by both (folding 1,000 events twice costs seconds)."""
    bodies = [_event(item, view, site_host, stamp, zone, sample_label).to_ical() for item, view in events]
    whole = _head(name, lang, site_host, campaign_id, zone) + b"".join(bodies) + END
    return whole, [_head(view["title"], lang, site_host, campaign_id, zone) + body + END
                   for (_item, view), body in zip(events, bodies)]


def _head(name: str, lang: str, site_host: str, campaign_id: str, zone: ZoneInfo) -> bytes:
    """A calendar's opening lines: what Calendar.to_ical writes before its components."""
    cal = Calendar()
    cal.add("prodid", f"-//{site_host}//{campaign_id}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", vText(name))
    cal.add("x-wr-timezone", vText(zone.key))
    return cal.to_ical().removesuffix(END)


def _event(item: Item, view: dict, site_host: str, stamp: datetime, zone: ZoneInfo, sample_label: str) -> Event:
    facts = item.facts
    start = parse_when(facts.start, zone)
    end = parse_when(facts.end, zone) if facts.end else start
    event = Event()
    # One UID per event in every language: a calendar that imports two languages sees one event.
    event.add("uid", f"{item.collection}-{item.slug}@{site_host}")
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    if start.all_day:
        event.add("dtstart", start.day)
        event.add("dtend", ics_end(end))
    else:
        event.add("dtstart", start.value.astimezone(timezone.utc))
        event.add("dtend", end.value.astimezone(timezone.utc))
    title, description = view["title"], f"{view['summary']}\n\n{view['abs_url']}"
    if facts.sample:  # not verified: labelled where a calendar shows it, and only tentative
        title, description = f"[{sample_label}] {title}", f"{sample_label}. {description}"
    event.add("summary", vText(title))
    event.add("description", vText(description))
    event.add("url", view["abs_url"])
    place = location(view["venue"], view.get("locality"))
    if place:
        event.add("location", vText(place))
    event.add("categories", [view["category_label"]])
    if view["coordinates"]:
        event.add("geo", vGeo((view["coordinates"]["lat"], view["coordinates"]["lon"])))
    event.add("status", "TENTATIVE" if facts.sample else "CONFIRMED")
    return event
