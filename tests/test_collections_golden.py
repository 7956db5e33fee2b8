"""Golden outputs: the article of fixture item pages, compared as normalised HTML.

After an intended change of templates, refresh them with
`UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_collections_golden.py` and review the diff.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    "events/asean-week/index.html",
    "en/events/asean-week/index.html",
    "en/projects/coastal-resort/index.html",
    "en/exhibits/taberd-map/index.html",
    "news/correction-sample/index.html",
    "en/agencies/so-thong-tin/index.html",
]


def article(html: str) -> str:
    body = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', html, re.S).group(1)
    body = re.sub(r"\(accessed \d{4}-\d{2}-\d{2}\)|\(truy cập ngày \d{4}-\d{2}-\d{2}\)", "(accessed DATE)", body)
    return "\n".join(line.strip() for line in body.splitlines() if line.strip()) + "\n"


@pytest.mark.parametrize("page", PAGES)
def test_item_page_matches_golden(fixture_site, page):
    actual = article((fixture_site / page).read_text(encoding="utf-8"))
    golden = GOLDEN / (page.replace("/index.html", "").replace("/", "__") + ".html")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with UPDATE_GOLDEN=1 and review it"
    assert actual == golden.read_text(encoding="utf-8")
