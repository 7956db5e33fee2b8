"""A list in numbered pages: events/, events/page/2/, … each holding at most `lists.page_size`
items (campaign.yml), in the order the list shows them.

Every page is a real generated file (docs/events/page/2.<lang>.md), so each works without
JavaScript and every item is reached by following the numbers; the filters, which must find
items on every page, read the whole list from <collection>/items.json (feeds/listdata.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

PAGES_FOLDER = "page"
WINDOW = 2  # page numbers shown either side of the current one; the first and last always


def page_count(items: int, size: int) -> int:
    return max(1, math.ceil(items / size))


def docs_name(collection: str, number: int, lang: str) -> str:
    """The generated file of a list's page, under docs/."""
    return f"{collection}/index.{lang}.md" if number == 1 else f"{collection}/{PAGES_FOLDER}/{number}.{lang}.md"


def page_url(list_url: str, number: int) -> str:
    """"en/events/" → "en/events/page/3/" (site-relative, like MkDocs' page URLs)."""
    return list_url if number == 1 else f"{list_url}{PAGES_FOLDER}/{number}/"


def listing_order(collection: str, views: list[dict]) -> list[dict]:
    """The views in the order the list page shows them, so that each page is a slice of it:
    events upcoming first (soonest month first), then past (latest month first); projects by
    sector name; the others in the collection's own order."""
    if collection == "events":
        upcoming = sorted((v for v in views if v["upcoming"]), key=lambda v: v["month_key"])
        past = sorted((v for v in views if not v["upcoming"]), key=lambda v: v["month_key"], reverse=True)
        return upcoming + past
    if collection == "projects":
        return sorted(views, key=lambda v: v["sector_label"])
    return list(views)


@dataclass(frozen=True)
class Pager:
    number: int
    count: int
    list_url: str  # page 1's site-relative URL

    def url(self, number: int) -> str:
        return page_url(self.list_url, number)

    @property
    def previous(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.count else None

    def numbers(self) -> list[int | None]:
        """The page numbers to link, None where some are left out: 1 … 4 5 [6] 7 8 … 42."""
        shown = {1, self.count, *range(self.number - WINDOW, self.number + WINDOW + 1)}
        out: list[int | None] = []
        for number in sorted(n for n in shown if 1 <= n <= self.count):
            if out and number - out[-1] == 2:
                out.append(number - 1)  # a gap of one page: show the number, not "…"
            elif out and number - out[-1] > 2:
                out.append(None)
            out.append(number)
        return out

    def slice(self, items: list, size: int) -> list:
        return items[(self.number - 1) * size: self.number * size]
