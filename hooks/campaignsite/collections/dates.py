"""ISO 8601 dates and times of events, local to Viet Nam unless an offset is written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

SITE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$")

MONTHS = {
    "vi": ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6",
           "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
    "en": ["January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"],
}


@dataclass(frozen=True, order=True)
class When:
    """A calendar date (all day) or an aware date-time."""

    value: datetime  # for all-day values: midnight, site zone
    all_day: bool

    @property
    def day(self) -> date:
        return self.value.date()

    def iso(self) -> str:
        return self.day.isoformat() if self.all_day else self.value.isoformat()


def parse_when(text: str) -> When:
    """Parse "2023-07-28" or "2023-07-28T08:00[+07:00]"; raise ValueError with advice."""
    if _DATE.match(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a real date: check month and day") from None
        return When(datetime(day.year, day.month, day.day, tzinfo=SITE_ZONE), True)
    if _DATETIME.match(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{text!r} is not a real date and time: check month, day and hour") from None
        return When(moment if moment.tzinfo else moment.replace(tzinfo=SITE_ZONE), False)
    raise ValueError(
        f"{text!r} is not an ISO 8601 date: write \"2023-07-28\" or \"2023-07-28T08:00\" "
        "(Viet Nam time) in quotes, or add an offset such as \"+07:00\""
    )


def format_day(day: date, lang: str) -> str:
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def format_when(when: When, lang: str) -> str:
    local = when.value.astimezone(SITE_ZONE)
    text = format_day(local.date(), lang)
    return text if when.all_day else f"{text}, {local:%H:%M}"


def format_span(start: When, end: When | None, lang: str) -> str:
    if end is None or end == start:
        return format_when(start, lang)
    if start.all_day and end.all_day:
        return f"{format_day(start.day, lang)} – {format_day(end.day, lang)}"
    return f"{format_when(start, lang)} – {format_when(end, lang)}"


def month_label(day: date, lang: str) -> str:
    return f"Tháng {day.month}/{day.year}" if lang == "vi" else f"{MONTHS['en'][day.month - 1]} {day.year}"


def ics_end(end: When) -> datetime | date:
    """iCalendar's DTEND is exclusive for all-day events: the day after the last day."""
    return end.day + timedelta(days=1) if end.all_day else end.value
