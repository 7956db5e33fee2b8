"""<collection>/items.json: a list in pages, whole, for its filters (assets/javascripts/filters.js).

A filter must find items on every page, so a list continued on numbered pages publishes each
item's card, the very markup of its page (collections/card.html `list_card`), with the
headings it sits under there; the script fetches it only when a reader filters.
"""
from __future__ import annotations

import json
from typing import Callable

FILE = "items.json"


def heads(collection: str, view: dict, ui: dict[str, str]) -> list[str]:
    """The headings a card sits under on its list page: events by group then month, projects by sector."""
    if collection == "events":
        return [ui["upcoming"] if view["upcoming"] else ui["past"], view["month"]]
    if collection == "projects":
        return [view["sector_label"]]
    return []


def list_data(collection: str, views: list[dict], ui: dict[str, str], render_card: Callable[[dict, int], str]) -> str:
    entries = []
    for view in views:
        above = heads(collection, view, ui)
        # a card's title is one heading level below the last heading above it (h2 when none)
        entries.append({"heads": above, "html": str(render_card(view, 3 if above else 2)).strip()})
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
