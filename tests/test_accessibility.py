"""Accessibility of every page template, in both languages, on a phone and a desktop screen.

axe-core (node_modules/, pinned in package.json) checks WCAG 2.0, 2.1 and 2.2 A/AA rules in
headless Chromium; the keyboard tests walk the pages as someone without a mouse does.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CHROMIUM

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
LANGS = {"vi": "", "en": "en/"}
COLLECTIONS = ["events", "projects", "exhibits", "news", "agencies"]
VIEWPORTS = {
    "phone": dict(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True),
    "desktop": dict(viewport={"width": 1280, "height": 900}),
}
SEARCH = "#search"  # not a page: the home page with "mui ne" typed into the search box
ZOOM = "#zoom"  # not a page: the first exhibit with its zoom viewer open
# Hand-written pages with lists from the collections (<!-- cs-list -->) or the site's contact.
TASK_PAGES = ["press/", "invest/", "tourism-year-2023/", "contact/"]

# CSS transitions (search results fading in, the drawer sliding) must end before colours are read.
SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"


def item_slugs(site: Path, collection: str) -> list[str]:
    return sorted(path.parent.name for path in (site / collection).glob("*/index.html"))


def template_pages(site: Path) -> list[str]:
    """One page of each template: home, a content page, the task pages, each list, the first and
    last item of each collection (news has press releases and corrections), a list's second
    page, an event with a map, search, an open zoom viewer, the 404 page."""
    pages = ["", "province/"] + TASK_PAGES
    for collection in COLLECTIONS:
        slugs = item_slugs(site, collection)
        assert slugs, f"no {collection} item in the built site"
        pages += [f"{collection}/"] + [f"{collection}/{slug}/" for slug in dict.fromkeys([slugs[0], slugs[-1]])]
    mapped = next(slug for slug in item_slugs(site, "events")
                  if "cs-map__drawing" in (site / "events" / slug / "index.html").read_text(encoding="utf-8"))
    numbered = [f"{c}/page/2/" for c in COLLECTIONS if (site / c / "page" / "2" / "index.html").is_file()]
    assert numbered, "no list in numbered pages: the pager goes unchecked"
    return pages + numbered + [f"events/{mapped}/", SEARCH, ZOOM, "no-such-page/"]


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def tab(request, browser):
    """One browser context and one page per screen size, reused by every test of this file."""
    context = browser.new_context(**VIEWPORTS[request.param])
    page = context.new_page()
    page.viewport_name = request.param
    yield page
    context.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make node_modules` (npm ci --ignore-scripts)")
    return AXE.read_text(encoding="utf-8")


def type_query(page, query: str = "mui ne"):
    """The whole query, then one keyup (End): Material searches on each keyup, and the results of
    a half-typed query could be replaced under the focus while the test reads them."""
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)


def open_search(page, base: str):
    page.goto(base, wait_until="load")
    page.keyboard.press("/")
    type_query(page)


def axe_violations(page, axe_source: str) -> list[str]:
    """Run axe on the page as it is now; one line per failing element."""
    page.wait_for_function(SETTLED)
    # The page's Content-Security-Policy blocks an added <script> tag (add_script_tag);
    # evaluate() runs axe's source through DevTools, which the policy does not govern.
    page.evaluate(axe_source)
    result = page.evaluate("options => axe.run(document, options)",
                           {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
    return [f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary']}"
            for violation in result["violations"] for node in violation["nodes"]]


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_has_no_axe_violation(site, served_site, tab, axe_source, lang):
    found = {}
    for path in template_pages(site):
        base = f"{served_site}/{LANGS[lang]}"
        if path == SEARCH:
            open_search(tab, base)
        elif path == ZOOM:
            tab.goto(f"{base}exhibits/{item_slugs(site, 'exhibits')[0]}/", wait_until="load")
            tab.locator(".cs-zoom__open").first.click()
            tab.wait_for_selector("[data-cs-zoom][data-state=open]", timeout=15_000)
        else:
            tab.goto(base + path, wait_until="load")
        violations = axe_violations(tab, axe_source)
        if violations:
            found[path or "/"] = violations
    assert found == {}, f"{tab.viewport_name}, {lang}: " + "\n".join(
        f"{path}:\n  " + "\n  ".join(lines) for path, lines in found.items())


def test_axe_finds_a_violation_when_there_is_one(tab, axe_source):
    """The check can fail: an image without a text alternative and pale grey text."""
    tab.goto("about:blank")  # away from the site's Content-Security-Policy, which bans style=""
    tab.set_content('<!doctype html><html lang="en"><title>t</title><main>'
                    '<img src="data:,"><p style="color:#bbb">pale</p></main></html>')
    ids = {line.split(" ")[0] for line in axe_violations(tab, axe_source)}
    assert {"image-alt", "color-contrast"} <= ids


# ---------- keyboard ----------

DESCRIBE_FOCUS = """() => {
  const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
  return {tag: e.tagName, cls: String(e.className), href: e.getAttribute('href'), name: e.getAttribute('name'),
          hreflang: e.getAttribute('hreflang'), inContent: e.closest('.md-content') !== null,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none',
          onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
                    && r.left < innerWidth && r.top < innerHeight};
}"""


def focus(page) -> dict:
    return page.evaluate(DESCRIBE_FOCUS)


def tab_until(page, wanted, limit: int = 40) -> dict:
    """Press Tab until the focused element satisfies wanted(focus); fail after limit presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focus(page)
        if wanted(now):
            return now
    pytest.fail(f"not reached with {limit} presses of Tab; focus ended on {now}")


@pytest.mark.parametrize("path", ["", "province/", "events/", "exhibits/", "news/", "no-such-page/"])
def test_skip_link_is_the_first_stop_and_reaches_the_content(site, served_site, tab, path):
    item = f"events/{item_slugs(site, 'events')[0]}/"
    for url in {path, item} if path == "events/" else {path}:
        tab.goto(f"{served_site}/{url}", wait_until="load")
        tab.keyboard.press("Tab")
        first = focus(tab)
        assert "md-skip" in first["cls"] and first["onScreen"] and (first["outline"] or first["shadow"]), (url, first)
        tab.keyboard.press("Enter")
        tab.keyboard.press("Tab")
        assert focus(tab)["inContent"], (url, focus(tab))


def test_every_tab_stop_is_visible_and_shows_its_focus(served_site, tab):
    """Every stop of a list page, from the top to the end (header, switcher, search, navigation,
    filters, cards, footer): each on screen (none in a closed drawer) with a visible focus indicator."""
    tab.goto(f"{served_site}/events/", wait_until="load")
    stops = []
    for _ in range(80):
        tab.keyboard.press("Tab")
        tab.wait_for_function(SETTLED)
        now = focus(tab)
        if now["tag"] == "BODY":  # past the last stop: the focus has left the document
            break
        stops.append(now)
    bad = [stop for stop in stops if not (stop["onScreen"] and (stop["outline"] or stop["shadow"]))]
    assert bad == [], f"{tab.viewport_name}: {bad}"
    assert len(stops) > 20 and any(stop["inContent"] for stop in stops) and stops[-1]["tag"] == "A"


@pytest.mark.parametrize("lang, other", [("vi", "en"), ("en", "vi")])
def test_language_switcher_works_with_tab_and_enter(served_site, tab, lang, other):
    tab.goto(f"{served_site}/{LANGS[lang]}province/", wait_until="load")
    tab_until(tab, lambda now: now["hreflang"] == other)
    assert focus(tab)["onScreen"]
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == f"{served_site}/{LANGS[other]}province/"
    assert tab.locator("html").get_attribute("lang") == other


def test_filters_work_with_tab_and_arrow_keys(served_site, tab):
    tab.goto(f"{served_site}/en/events/", wait_until="load")
    visible_cards = ".cs-card:visible"
    total = tab.locator(visible_cards).count()
    tab_until(tab, lambda now: now["tag"] == "SELECT" and now["name"] == "category")
    tab.keyboard.press("ArrowDown")  # first category: the list shows only its events
    assert tab.locator('select[name="category"]').input_value() != ""
    # a list in pages shows every page's matches once its items.json has loaded: the page numbers go
    tab.wait_for_function("() => { const p = document.querySelector('[data-cs-pager]'); return !p || p.hidden; }")
    shown = tab.locator(visible_cards).count()
    assert 0 < shown < total
    assert tab.locator("[data-cs-count]").inner_text() == str(shown)
    tab.keyboard.press("Tab")
    assert focus(tab)["name"] == "district"
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Home")  # back to "All"
    assert tab.locator(visible_cards).count() == total


@pytest.mark.parametrize("how", ["slash", "tab"])
def test_search_opens_and_leads_to_a_page_with_the_keyboard(served_site, tab, how):
    tab.goto(f"{served_site}/", wait_until="load")
    if how == "slash":
        tab.keyboard.press("/")
    else:
        tab_until(tab, lambda now: "md-search__input" in now["cls"])
    assert "md-search__input" in focus(tab)["cls"]
    assert tab.locator("#__search").is_checked()
    # a query whose first result is a page itself: when a page's best match is one of its
    # sections ("mui ne"), Material's first link is the page's title, without words to highlight
    type_query(tab, "phan thiet")
    tab.keyboard.press("ArrowDown")  # Material moves the focus to the first result
    chosen = focus(tab)
    assert chosen["tag"] == "A" and chosen["onScreen"] and (chosen["outline"] or chosen["shadow"]), chosen
    target = tab.evaluate("document.activeElement.href")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == target and "h=phan+thiet" in target  # the result's page, words highlighted
