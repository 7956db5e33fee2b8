"""List-page filters in a real browser: all items without JavaScript, filtered with it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def visible_titles(page):
    return page.locator(".cs-card:visible .cs-card__title").all_inner_texts()


def test_event_filters_hide_what_does_not_match_and_keep_the_choice_in_the_address(served_fixture_site, phone):
    page = phone.new_page()
    page.goto(f"{served_fixture_site}/en/events/", wait_until="networkidle")
    assert sorted(visible_titles(page)) == ["ASEAN week 2023", "Sample press briefing"]
    page.select_option('select[name="category"]', "press-conference")
    assert visible_titles(page) == ["Sample press briefing"]
    assert page.locator("[data-cs-count]").inner_text() == "1"
    assert page.url.endswith("?category=press-conference")
    page.reload(wait_until="networkidle")
    assert page.locator('select[name="category"]').input_value() == "press-conference"
    assert visible_titles(page) == ["Sample press briefing"]
    page.select_option('select[name="category"]', "")
    assert len(visible_titles(page)) == 2


def test_without_javascript_every_item_is_listed(browser, served_fixture_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{served_fixture_site}/events/", wait_until="load")
    assert len(visible_titles(page)) == 2
    assert not page.locator("[data-cs-filters]").is_visible()  # the form needs JavaScript, so it stays hidden
    context.close()


def test_project_filters_hide_sector_headings_left_empty(served_fixture_site, desktop):
    page = desktop.new_page()
    page.goto(f"{served_fixture_site}/en/projects/", wait_until="networkidle")
    headings = lambda: page.locator("[data-cs-group] h2:visible").all_inner_texts()  # noqa: E731
    assert sorted(headings()) == ["Energy", "Tourism"]
    page.select_option('select[name="district"]', "ham-tan")
    assert visible_titles(page) == ["Coastal resort (sample)"]
    assert headings() == ["Tourism"]  # the energy sector has nothing left to show
    page.select_option('select[name="district"]', "")
    assert sorted(headings()) == ["Energy", "Tourism"]
