"""Long lists in numbered pages: every item reached by following the page numbers without
JavaScript, rel="prev"/"next", a title per page, and filters that find items on every page
(items.json), in Chromium at 390 px and 1280 px.

The project is built with small pages (5 items; 4 exhibits) so that the real content makes
lists of several pages: 32 events in 7 pages, the 8 press releases in 2.
"""
from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from campaignsite.collections.loader import load_catalogue
from campaignsite.collections.paging import Pager
from campaignsite.collections.scaffold import ScaffoldError, check_name
from campaignsite.i18n.languages import SiteLanguages
from conftest import serve
from sitebuild import FIXTURE_CONTENT, build, copy_project

LANGS = ["", "en/", "ru/"]


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("paged") / "project")
    config = project / "campaign.yml"
    text = config.read_text(encoding="utf-8")
    assert "lists:\n  page_size: 24\n" in text
    config.write_text(text.replace("lists:\n  page_size: 24\n", "lists:\n  page_size: 5\n  collections:\n    exhibits: 4\n"), encoding="utf-8")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    return result.site


class _Page(HTMLParser):
    """What a reader follows on a list page: its cards' links, its page links, its title."""

    def __init__(self):
        super().__init__()
        self.cards, self.rel, self.current, self.title, self._in = [], {}, None, "", []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag in ("li",) and {"cs-card", "cs-gallery__item"} & set(classes):
            self._in.append("card")
        if tag == "a" and self._in and self._in[-1] == "card":
            self.cards.append(a["href"])
            self._in[-1] = "linked"
        if tag == "link" and a.get("rel") in ("prev", "next"):
            self.rel[a["rel"]] = a["href"]
        if tag == "a" and a.get("aria-current") == "page":
            self.current = a.get("href")
        if tag == "title":
            self._in.append("title")

    def handle_endtag(self, tag):
        if tag == "title" and self._in and self._in[-1] == "title":
            self._in.pop()
        if tag == "li" and self._in and self._in[-1] in ("card", "linked"):
            self._in.pop()

    def handle_data(self, data):
        if self._in and self._in[-1] == "title":
            self.title += data


def read(site: Path, url_path: str) -> _Page:
    parser = _Page()
    parser.feed((site / url_path / "index.html").read_text(encoding="utf-8"))
    return parser


def resolve(base: str, href: str) -> str:
    """A relative link of the page at ``base`` ("en/events/page/2/") as a site path."""
    parts = [p for p in base.split("/") if p]
    for piece in href.split("/"):
        if piece == "..":
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts) + ("/" if href.endswith("/") or href in (".", "./", "") else "")


def walk(site: Path, first: str) -> list[tuple[str, _Page]]:
    """The pages of a list from its first, following rel="next" as a crawler would."""
    pages, at = [], first
    while at and len(pages) < 100:
        page = read(site, at)
        pages.append((at, page))
        at = resolve(at, page.rel["next"]) if "next" in page.rel else None
    return pages


def item_pages(site: Path, lang: str, collection: str) -> set[str]:
    folder = site / lang / collection
    return {f"{lang}{collection}/{p.parent.name}/" for p in folder.glob("*/index.html") if p.parent.name != "page"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("collection, size", [("events", 5), ("news", 5), ("exhibits", 4)])
def test_following_the_pages_reaches_every_item_once(paged_site, lang, collection, size):
    pages = walk(paged_site, f"{lang}{collection}/")
    linked = [resolve(at, href) for at, page in pages for href in page.cards]
    expected = item_pages(paged_site, lang, collection)
    assert len(expected) > size, "the list must need more than one page for this test"
    assert sorted(linked) == sorted(expected)  # each once, none missing
    assert all(len(page.cards) == size for _at, page in pages[:-1]) and 0 < len(pages[-1][1].cards) <= size
    assert len(pages) == -(-len(expected) // size)


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_links_its_neighbours_marks_itself_and_has_its_own_title(paged_site, lang):
    pages = walk(paged_site, f"{lang}events/")
    titles = [page.title.strip() for _at, page in pages]
    assert len(set(titles)) == len(titles), titles
    for number, (at, page) in enumerate(pages, start=1):
        assert resolve(at, page.current) == at  # the current number is marked aria-current
        if number > 1:
            assert resolve(at, page.rel["prev"]) == pages[number - 2][0]
            assert at == f"{lang}events/page/{number}/"
        else:
            assert "prev" not in page.rel


def test_numbered_pages_are_in_the_sitemap_but_not_search_results(paged_site):
    sitemap = (paged_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/events/page/2/</loc>" in sitemap and "/en/events/page/7/</loc>" in sitemap
    for lang in LANGS:
        index = json.loads((paged_site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        locations = [doc["location"] for doc in index["docs"]]
        assert not [loc for loc in locations if "/page/" in loc]
        assert any(loc.startswith("events/") for loc in locations)  # the items themselves are found


@pytest.mark.parametrize("lang", LANGS)
def test_items_json_holds_every_card_of_every_page(paged_site, lang):
    entries = json.loads((paged_site / lang / "events" / "items.json").read_text(encoding="utf-8"))
    pages = walk(paged_site, f"{lang}events/")
    on_pages = [resolve(at, href) for at, page in pages for href in page.cards]
    in_json = [resolve(f"{lang}events/", re.search(r'href="([^"]+)"', e["html"]).group(1)) for e in entries]
    assert in_json == on_pages  # same items, same order as the pages show them
    assert all(e["heads"][0] and e["heads"][1] for e in entries)  # past/upcoming, then month
    assert not (paged_site / lang / "exhibits" / "items.json").exists()  # no filters there


def test_a_reserved_address_or_a_page_size_of_nought_is_one_clear_line(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    shutil.copytree(content / "events" / "asean-week", content / "events" / "page")
    _catalogue, errors = load_catalogue(content, tmp_path, SiteLanguages(["vi", "en"], "vi", "en"))
    assert len(errors) == 1 and str(errors[0]).startswith("content/events/page") and "rename the folder" in str(errors[0])
    with pytest.raises(ScaffoldError, match="list's own pages"):
        check_name(tmp_path, "event", "page")


def test_the_page_numbers_keep_the_first_the_last_and_the_neighbours():
    numbers = lambda n, count: Pager(n, count, "events/").numbers()  # noqa: E731
    assert numbers(1, 1) == [1]
    assert numbers(1, 42) == [1, 2, 3, None, 42]
    assert numbers(6, 42) == [1, None, 4, 5, 6, 7, 8, None, 42]
    assert numbers(4, 7) == [1, 2, 3, 4, 5, 6, 7]  # a gap of one page shows its number
    assert numbers(42, 42) == [1, None, 40, 41, 42]
    assert Pager(3, 7, "en/events/").previous == "en/events/page/2/" and Pager(2, 7, "en/events/").previous == "en/events/"


# ---------- in Chromium ----------

@pytest.fixture(scope="module")
def served_paged(paged_site):
    with serve(paged_site) as url:
        yield url


def culture_items(site: Path, lang: str) -> set[str]:
    entries = json.loads((site / lang / "events" / "items.json").read_text(encoding="utf-8"))
    return {resolve(f"{lang}events/", re.search(r'href="([^"]+)"', e["html"]).group(1))
            for e in entries if 'data-category="culture"' in e["html"]}


@pytest.mark.browser
def test_without_javascript_the_numbers_reach_every_page(browser, served_paged, paged_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    tab = context.new_page()
    tab.goto(f"{served_paged}/en/events/")
    # the numbers line up with the text (Material's list margins undone), in one row or wrapping
    assert abs(tab.locator(".cs-list-pager li").first.bounding_box()["x"] - tab.locator("h1").bounding_box()["x"]) < 2
    seen = set()
    for _ in range(20):
        assert not tab.locator("[data-cs-filters]").is_visible()  # the form needs the script
        seen |= {link.split("127.0.0.1")[1].split("/", 1)[1] for link in
                 tab.eval_on_selector_all(".cs-card__title a", "links => links.map(a => a.href)")}
        following = tab.locator('.cs-list-pager a[rel="next"]')
        if not following.count():
            break
        box = following.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44  # a thumb's target
        following.click()
    assert seen == item_pages(paged_site, "en/", "events")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_filter_on_any_page_finds_the_items_of_every_page(request, served_paged, paged_site, size, lang):
    tab = request.getfixturevalue(size).new_page()
    tab.goto(f"{served_paged}/{lang}events/page/3/", wait_until="load")
    own = tab.locator(".cs-card:visible").count()
    assert own == 5 and tab.locator("[data-cs-pager]").is_visible()
    tab.select_option('select[name="category"]', "culture")
    tab.wait_for_selector("[data-cs-pager]", state="hidden")
    shown = {href.split("127.0.0.1")[1].split("/", 1)[1]
             for href in tab.eval_on_selector_all(".cs-card:visible .cs-card__title a", "links => links.map(a => a.href)")}
    assert shown == culture_items(paged_site, lang) and len(shown) > own  # found on other pages too
    assert tab.locator("[data-cs-count]").inner_text() == str(len(shown))
    assert tab.url.endswith("/events/page/3/?category=culture")
    first = tab.locator(".cs-card:visible .cs-card__title a").first
    first.click()
    tab.wait_for_load_state("load")
    assert tab.locator(".cs-event, h1").first.is_visible() and "/page/" not in tab.url
    tab.go_back()
    tab.wait_for_load_state("load")
    assert tab.locator('select[name="category"]').input_value() == "culture"  # the address kept it
    tab.select_option('select[name="category"]', "")
    assert tab.locator(".cs-card:visible").count() == own and tab.locator("[data-cs-pager]").is_visible()


@pytest.mark.browser
def test_when_the_whole_list_cannot_be_loaded_the_filter_says_so_and_filters_the_page(phone, served_paged):
    tab = phone.new_page()
    tab.route("**/items.json", lambda route: route.abort())
    tab.goto(f"{served_paged}/en/events/page/2/", wait_until="load")
    on_page = tab.locator('.cs-card[data-category="culture"]').count()
    tab.select_option('select[name="category"]', "culture")
    tab.wait_for_selector("[data-cs-page-only]", state="visible")
    assert tab.locator(".cs-card:visible").count() == on_page
    assert tab.locator("[data-cs-pager]").is_visible()
