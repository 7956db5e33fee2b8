"""ISO 8601 dates and times of items, local to the campaign's time zone unless an offset is written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo

from campaignsite.i18n.formats import format_day, format_day_span, format_hours, format_moment

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$")


@dataclass(frozen=True, order=True)
class When:
    """A calendar date (all day) or an aware date-time."""

    value: datetime  # for all-day values: midnight in the campaign's zone
    all_day: bool

    @property
    def day(self) -> date:
        return self.value.date()

    def iso(self) -> str:
        return self.day.isoformat() if self.all_day else self.value.isoformat()


def parse_when(text: str, zone: tzinfo = timezone.utc) -> When:
    """Parse "2023-07-28" or "2023-07-28T08:00[+07:00]" in ``zone``; raise ValueError with advice."""
    if _DATE.match(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a real date: check month and day") from None
        return When(datetime(day.year, day.month, day.day, tzinfo=zone), True)
    if _DATETIME.match(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{text!r} is not a real date and time: check month, day and hour") from None
        return When(moment if moment.tzinfo else moment.replace(tzinfo=zone), False)
    raise ValueError(
        f"{text!r} is not an ISO 8601 date: write \"2023-07-28\" or \"2023-07-28T08:00\" "
        "(the campaign's local time) in quotes, or add an offset such as \"+07:00\""
    )


def format_when(when: When, locale: str, zone: tzinfo) -> str:
    if when.all_day:
        return format_day(when.day, locale)
    return format_moment(when.value.astimezone(zone), locale)


def format_span(start: When, end: When | None, locale: str, zone: tzinfo) -> str:
    if end is None or end == start:
        return format_when(start, locale, zone)
    if start.all_day and end.all_day:
        return format_day_span(start.day, end.day, locale)
    first, last = start.value.astimezone(zone), end.value.astimezone(zone)
    if not start.all_day and not end.all_day and first.date() == last.date():
        return format_hours(first, last, locale)
    return f"{format_when(start, locale, zone)} – {format_when(end, locale, zone)}"


def ics_end(end: When) -> datetime | date:
    """iCalendar's DTEND is exclusive for all-day events: the day after the last day."""
    return end.day + timedelta(days=1) if end.all_day else end.value
