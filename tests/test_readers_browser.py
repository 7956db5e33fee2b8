"""Reader journeys in Chromium at 390 px and 1280 px: the home page's sections, the exhibition's
grid, previous/next and zoom viewer, the section tab and breadcrumb of item pages, filters kept
across languages, and the map's links."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

EXHIBIT = "exhibits/an-nam-dai-quoc-hoa-do/"  # order 4 of 10
MAPPED_EVENT = "events/le-hoi-kate-2023/"


@pytest.fixture(params=["phone", "desktop"])
def tab(request):
    """A page of conftest's 390 px phone or 1280 px desktop context."""
    page = request.getfixturevalue(request.param).new_page()
    page.size = "390" if request.param == "phone" else "1280"
    return page


def visible(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


@pytest.mark.parametrize("lang", ["", "en/", "ru/"])
def test_home_shows_what_is_on_what_is_new_and_an_exhibit(served_site, tab, lang):
    tab.goto(f"{served_site}/{lang}", wait_until="load")
    sections = tab.locator(".cs-excerpt")
    assert [sections.nth(i).get_attribute("class").split("--")[1] for i in range(sections.count())] == ["events", "news", "exhibits"]
    for i in range(3):
        sections.nth(i).scroll_into_view_if_needed()
        box = sections.nth(i).bounding_box()
        assert box["width"] <= tab.viewport_size["width"] and box["height"] > 80
    assert visible(tab, ".cs-excerpt--events .cs-ended")
    assert tab.locator(".cs-excerpt--events .cs-card").count() == 3
    assert tab.locator(".cs-excerpt--news .cs-card").count() == 3
    image = tab.locator(".cs-excerpt--exhibits img")
    image.scroll_into_view_if_needed()
    tab.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]  # nothing sticks out


def columns(page, selector: str) -> int:
    return len({round(box["x"]) for box in (page.locator(selector).nth(i).bounding_box()
                                            for i in range(page.locator(selector).count()))})


def test_the_gallery_is_a_grid_of_thumbnails_fetched_at_their_size(served_site, tab):
    tab.goto(f"{served_site}/en/exhibits/", wait_until="networkidle")
    items = ".cs-gallery__item"
    assert tab.locator(items).count() == 10
    assert columns(tab, items) == (2 if tab.size == "390" else 3)
    for i in range(tab.locator(items).count()):
        tab.locator(items).nth(i).scroll_into_view_if_needed()
    tab.wait_for_load_state("networkidle")
    shown = tab.evaluate("""() => [...document.querySelectorAll('.cs-gallery__item img')].map(img => ({
        width: img.getBoundingClientRect().width, src: img.currentSrc}))""")
    for image in shown:
        fetched = int(re.search(r"-(\d+)w\.", image["src"]).group(1))
        assert image["width"] < 330 and fetched == 480, image  # the smallest variant covers a thumbnail


def test_exhibits_lead_to_the_previous_and_next_in_exhibition_order(served_site, tab):
    tab.goto(f"{served_site}/en/exhibits/", wait_until="load")
    titles = tab.locator(".cs-gallery__title").all_inner_texts()
    tab.goto(f"{served_site}/en/{EXHIBIT}", wait_until="load")
    assert tab.locator(".cs-pager__previous .cs-pager__title").inner_text() == titles[2]
    assert tab.locator(".cs-pager__next .cs-pager__title").inner_text() == titles[4]
    with tab.expect_navigation():
        tab.locator(".cs-pager__next").click()
    assert tab.locator("h1").inner_text() == titles[4].split(". ", 1)[1]
    tab.goto(f"{served_site}/en/exhibits/", wait_until="load")
    tab.locator(".cs-gallery__item a").first.click()
    tab.wait_for_load_state("load")
    assert tab.locator(".cs-pager__previous").count() == 0 and tab.locator(".cs-pager__next").count() == 1
    caption = tab.locator(".cs-exhibit-figure figcaption").inner_text()
    assert tab.locator("h1").inner_text() not in caption and not re.search(r"\d{4}", caption)  # no title, no date


def assert_viewer_is_uncovered(page):
    """Points across the open viewer belong to it, not to a button floating over the page."""
    box = page.locator(".cs-zoom__viewer").bounding_box()
    height = page.viewport_size["height"]
    for fx in (0.1, 0.5, 0.9):
        for fy in (0.1, 0.5, 0.9):
            x, y = box["x"] + box["width"] * fx, box["y"] + box["height"] * fy
            if 60 < y < height - 10:  # below the sticky header, on screen
                inside = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.cs-zoom__viewer') !== null", [x, y])
                assert inside, (fx, fy)


def test_the_zoom_viewer_opens_in_place_and_closes_with_its_button_or_escape(served_site, tab):
    tab.goto(f"{served_site}/{EXHIBIT}", wait_until="load")
    picture_top = tab.locator(".cs-zoom__picture").bounding_box()["y"] + tab.evaluate("scrollY")
    opener = tab.locator(".cs-zoom__open")
    opener.click()
    tab.wait_for_selector("[data-cs-zoom][data-state=open]", timeout=15_000)
    assert tab.locator(".cs-zoom__picture").is_hidden()
    assert abs(tab.locator(".cs-zoom__viewer").bounding_box()["y"] + tab.evaluate("scrollY") - picture_top) < 2  # in place
    tab.mouse.wheel(0, 200)  # scrolling up again is when Material shows "back to top"
    tab.mouse.wheel(0, -150)
    tab.wait_for_timeout(400)
    assert tab.locator(".md-top").is_hidden()
    assert_viewer_is_uncovered(tab)
    tab.locator(".cs-zoom__close").click()
    assert tab.locator(".cs-zoom__viewer").is_hidden() and tab.locator(".cs-zoom__picture").is_visible()
    assert tab.evaluate("document.activeElement.classList.contains('cs-zoom__open')")
    opener.click()
    tab.wait_for_selector("[data-cs-zoom][data-state=open]", timeout=15_000)
    tab.keyboard.press("Escape")
    assert tab.locator(".cs-zoom__viewer").is_hidden() and tab.locator("[data-cs-zoom][data-state]").count() == 0


@pytest.mark.parametrize("lang, path", [("", MAPPED_EVENT), ("en/", EXHIBIT), ("ru/", "news/hop-bao-so-lieu-thong-ke-quy-i-2023/")])
def test_item_pages_mark_their_section_and_end_the_breadcrumb_at_the_list(served_site, tab, lang, path):
    tab.goto(f"{served_site}/{lang}{path}", wait_until="load")
    assert tab.locator(".cs-breadcrumbs").count() == 0 and tab.locator(".md-path").count() == 1  # one style
    crumbs = tab.locator(".md-path__link")
    last = crumbs.nth(crumbs.count() - 1)
    label, target = last.inner_text().strip(), last.get_attribute("href")
    active = tab.locator(".md-tabs__item--active")
    assert active.count() == 1  # the tabs bar (shown from 1220 px on)
    section = active.text_content().strip()
    assert section in [text.strip() for text in crumbs.all_text_contents()[1:]]
    if tab.size == "1280":
        assert active.is_visible()
    else:  # on a phone the drawer opens on the section, the list page marked
        assert section in tab.locator(".md-nav--primary .md-nav__item--active").first.text_content()
    tab.goto(f"{served_site}/{lang}{path}{target}", wait_until="load")
    assert tab.locator("h1").inner_text().strip() == label


def test_the_language_switcher_keeps_the_filters_of_a_list(served_site, tab):
    tab.goto(f"{served_site}/en/events/", wait_until="load")
    tab.select_option('select[name="category"]', "culture")
    href = tab.locator('a.md-select__link[hreflang="vi"]').get_attribute("href")
    assert href.endswith("?category=culture")
    tab.evaluate("document.querySelector('a.md-select__link[hreflang=\"vi\"]').click()")
    # the Vietnamese list is at the root: wait for it, not for the English URL we are on
    tab.wait_for_url(re.compile(r"^http://[^/]+/events/\?category=culture$"))
    tab.wait_for_load_state("load")
    assert tab.locator("html").get_attribute("lang") == "vi"
    assert tab.locator('select[name="category"]').input_value() == "culture"
    # a list in pages shows every page's matches once its items.json has loaded: the page numbers go
    tab.wait_for_function("() => { const p = document.querySelector('[data-cs-pager]'); return !p || p.hidden; }")
    shown = tab.locator(".cs-card:visible").count()  # the list's every culture event, from all its pages
    assert 0 < shown == tab.locator('.cs-card:visible[data-category="culture"]').count()
    assert tab.locator("[data-cs-count]").inner_text() == str(shown)
    tab.select_option('select[name="category"]', "")
    assert not tab.locator('a.md-select__link[hreflang="ru"]').get_attribute("href").count("?")


def test_the_map_links_its_markers_and_list_to_the_items_and_asks_no_other_host(served_site, tab):
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(f"{served_site}/en/events/", wait_until="networkidle")
    drawing = tab.locator(".cs-map__drawing")
    drawing.scroll_into_view_if_needed()
    box = drawing.bounding_box()
    assert box["width"] <= tab.viewport_size["width"] and box["height"] > 100
    markers = tab.locator(".cs-map__drawing a")
    listed = tab.locator(".cs-map__list a")
    assert markers.count() == listed.count() == 2
    assert [markers.nth(i).get_attribute("href") for i in range(2)] == [listed.nth(i).get_attribute("href") for i in range(2)]
    title = listed.nth(0).inner_text()
    with tab.expect_navigation():
        tab.locator(".cs-map__marker").nth(0).click()
    assert tab.locator("h1").inner_text() == title
    assert tab.locator(".cs-map__drawing a").count() == 1  # the item's own map
    assert all(url.startswith(served_site) for url in requests), [u for u in requests if not u.startswith(served_site)]
