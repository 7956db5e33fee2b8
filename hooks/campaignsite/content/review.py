"""Review dates: which published pages and items are overdue for a check, or were never checked.

A page or an item says when someone last checked it against its sources (`reviewed:
"2024-03-25"`); campaign.yml's `review:` says for how many months that holds (a default, per
collection, per page). "Today" is the build's (collections/build.py: SOURCE_DATE_EPOCH when set),
so a build stays reproducible. Samples are not reviewed (they say they are unverified).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from campaignsite.errors import ContentError


@dataclass(frozen=True, order=True)
class ReviewNote:
    path: str
    line: int | None
    reviewed: str | None  # None: never reviewed
    due: date | None
    months: int

    @property
    def overdue(self) -> bool:
        return self.reviewed is not None

    def as_error(self) -> ContentError:
        if self.overdue:
            message = (f"last reviewed {self.reviewed}, due {self.due.isoformat()} (every {self.months} months): "
                       "check it against its sources, then set the day you did")
        else:
            message = (f"never reviewed (due every {self.months} months): check it against its sources, "
                       "then add reviewed: \"YYYY-MM-DD\"")
        return ContentError(self.path, self.line, "reviewed", message)

    def __str__(self) -> str:
        return str(self.as_error())


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_notes(settings, pages, items, today: date) -> list[ReviewNote]:
    """``pages``: published PageSources; ``items``: published Items; ``settings``: campaign.yml's Review."""
    notes = []
    for page in pages:
        months = settings.pages.get(page.base, settings.months)
        notes += _note(page.path, None, page.meta.reviewed, months, today)
    for item in items:
        if item.facts.sample:
            continue
        months = settings.collections.get(item.collection, settings.months)
        line = item.line_of("reviewed") if item.facts.reviewed else None
        notes += _note(f"{item.rel}/item.yml", line, item.facts.reviewed, months, today)
    return sorted(notes)


def _note(path: str, line: int | None, reviewed: str | None, months: int, today: date) -> list[ReviewNote]:
    if reviewed is None:
        return [ReviewNote(path, line, None, None, months)]
    due = add_months(date.fromisoformat(reviewed), months)
    return [ReviewNote(path, line, reviewed, due, months)] if due < today else []


def summary(notes: list[ReviewNote]) -> str:
    overdue = sum(note.overdue for note in notes)
    return f"{overdue} overdue, {len(notes) - overdue} never reviewed"
