"""iCalendar (RFC 5545) files: the whole calendar per language and one per event."""
from __future__ import annotations

from datetime import datetime, timezone

from icalendar import Calendar, Event, vGeo

from campaignsite.collections.dates import ics_end, parse_when
from campaignsite.collections.records import Item


def calendar(name: str, lang: str, events: list[tuple[Item, dict]], site_host: str, stamp: datetime) -> bytes:
    """``events``: (item, its view in this language with an absolute ``abs_url``)."""
    cal = Calendar()
    cal.add("prodid", f"-//{site_host}//Binh Thuan foreign information//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for item, view in events:
        cal.add_component(_event(item, view, lang, site_host, stamp))
    return cal.to_ical()


def _event(item: Item, view: dict, lang: str, site_host: str, stamp: datetime) -> Event:
    facts = item.facts
    start = parse_when(facts.start)
    end = parse_when(facts.end) if facts.end else start
    event = Event()
    # One UID per event in both languages: a calendar that imports both sees one event.
    event.add("uid", f"{item.collection}-{item.slug}@{site_host}")
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    if start.all_day:
        event.add("dtstart", start.day)
        event.add("dtend", ics_end(end))
    else:
        event.add("dtstart", start.value.astimezone(timezone.utc))
        event.add("dtend", end.value.astimezone(timezone.utc) if end is not start else start.value.astimezone(timezone.utc))
    event.add("summary", view["title"])
    event.add("description", f"{view['summary']}\n\n{view['abs_url']}")
    event.add("url", view["abs_url"])
    event.add("location", ", ".join(part for part in (view["venue"], view["district_label"]) if part))
    event.add("categories", [view["category_label"]])
    if view["coordinates"]:
        event.add("geo", vGeo((view["coordinates"]["lat"], view["coordinates"]["lon"])))
    if facts.sample:
        event.add("status", "TENTATIVE")
    else:
        event.add("status", "CONFIRMED")
    return event
