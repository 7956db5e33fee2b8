"""Reader journeys in the built site (no browser): the home page and task pages from the
collections, contacts as data, maps without tiles, no English left on the other languages' pages.
Browser checks of the same pages are in test_readers_browser.py."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from campaignsite.collections import contacts, excerpts, maps
from sitebuild import build

VOCABULARY = {"event_categories": {"culture": {}, "press-conference": {}}, "districts": {"phan-thiet": {}},
              "news_types": {"correction": {}, "report": {}}, "sectors": {"energy": {}}}
COLLECTIONS = ["events", "news", "projects", "exhibits", "agencies"]
LANG_ROOTS = {"vi": "", "en": "en/", "ru": "ru/"}


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def article(page: str) -> str:
    return re.search(r'<article class="md-content__inner md-typeset"[^>]*>(.*?)</article>', page, re.S).group(1)


# ---------- <!-- cs-list --> lines ----------

def test_a_list_line_names_its_collection_filters_and_limit():
    excerpt, problem = excerpts.parse(" events category=culture,press-conference limit=3 order=date ", COLLECTIONS, VOCABULARY)
    assert problem is None
    assert excerpt == excerpts.Excerpt("events", {"category": ("culture", "press-conference")}, 3, "date")


@pytest.mark.parametrize("spec, said", [
    ("", "name a collection first"),
    ("event limit=3", "name a collection first"),
    ("events category=music", "category=music: not a key of `event_categories`"),
    ("news limit=0", "'limit=0' is not an option of news"),
    ("news order=date", "'order=date' is not an option of news: use type=KEY[,KEY…], limit=N, verified, by=type"),
])
def test_a_wrong_list_line_says_what_to_write(spec, said):
    excerpt, problem = excerpts.parse(spec, COLLECTIONS, VOCABULARY)
    assert excerpt is None and said in problem


def test_the_wrong_line_is_reported_with_its_page_and_line():
    text = "---\ntitle: x\n---\n\n# Title\n\n<!-- cs-list events -->\n\n<!-- cs-list events limit=two -->\n"
    found, errors = excerpts.markers(text, COLLECTIONS, VOCABULARY, "docs/x.en.md")
    assert len(found) == 1
    assert [(e.path, e.line, e.field) for e in errors] == [("docs/x.en.md", 9, "cs-list")]


def _event(slug, start, upcoming, category="culture", sample=False):
    return {"slug": slug, "start_iso": start, "end_iso": None, "upcoming": upcoming, "category": category,
            "category_label": category.title(), "district": "phan-thiet", "sample": sample}


class _Ctx:
    locale, zone = "en_GB", __import__("zoneinfo").ZoneInfo("Asia/Ho_Chi_Minh")

    def when(self, text):
        return __import__("campaignsite.collections.dates", fromlist=["parse_when"]).parse_when(text, self.zone)


def test_events_show_the_next_ones_and_once_all_are_past_the_latest_under_the_programme_line():
    past = [_event("a", "2023-03-25", False), _event("b", "2023-06-01", False), _event("c", "2023-12-27", False)]
    data = excerpts.select(excerpts.Excerpt("events", limit=2), past, _Ctx())
    assert [v["slug"] for v in data["items"]] == ["c", "b"]
    span = data["ended"]["span"].replace("\u2009", " ")
    assert data["ended"]["count"] == 3 and span == "25 Mar – 27 Dec 2023"  # from the first start to the last end
    data = excerpts.select(excerpts.Excerpt("events", limit=2), past + [_event("d", "2030-01-01", True)], _Ctx())
    assert [v["slug"] for v in data["items"]] == ["d"] and data["ended"] is None
    calendar = excerpts.select(excerpts.Excerpt("events", order="date"), past, _Ctx())
    assert [v["slug"] for v in calendar["items"]] == ["a", "b", "c"]


def test_verified_leaves_samples_out_and_by_counts_each_key():
    views = [_event("a", "2023-01-01", False, sample=True), _event("b", "2023-02-01", False, "press-conference")]
    assert [v["slug"] for v in excerpts.select(excerpts.Excerpt("events", verified=True), views, _Ctx())["items"]] == ["b"]
    groups = excerpts.select(excerpts.Excerpt("events", by="category"), views, _Ctx())["groups"]
    assert [(g["key"], g["count"], g["query"]) for g in groups] == [("culture", 1, "category=culture"),
                                                                    ("press-conference", 1, "category=press-conference")]


# ---------- contacts and maps, pure ----------

def test_contacts_become_tel_and_mailto_data_and_contact_points():
    data = contacts.contact("1 Main Street", "+84 252 3822 000", "press@example.org", None, {"email": "media@example.org"})
    assert data["tel"] == "tel:+842523822000" and data["confirmed"]
    assert contacts.contact_points(data, "general", "press") == [
        {"@type": "ContactPoint", "contactType": "general", "telephone": "+84 252 3822 000", "email": "press@example.org"},
        {"@type": "ContactPoint", "contactType": "press", "email": "media@example.org"}]
    assert not contacts.contact()["confirmed"] and contacts.organization("Team", None, contacts.contact()) is None


def test_a_ring_is_clipped_to_the_frame():
    square = [(0, 0), (4, 0), (4, 4), (0, 4)]
    assert sorted(set(maps.clip(square, (1, 1, 3, 3)))) == [(1, 1), (1, 3), (3, 1), (3, 3)]
    assert maps.clip([(5, 5), (6, 5), (6, 6)], (0, 0, 1, 1)) == []


def test_the_frame_is_configured_or_the_places_with_a_margin():
    class Box:
        west, south, east, north = 1.0, 2.0, 3.0, 4.0
    assert maps.frame(Box, [(10.9, 108.1)]) == (1.0, 2.0, 3.0, 4.0)
    west, south, east, north = maps.frame(None, [(10.9, 108.1)])
    assert west < 108.1 < east and south < 10.9 < north and east - west >= maps.MIN_SPAN - 1e-9
    assert maps.frame(None, []) is None


def test_natural_earth_land_is_read_from_the_package_and_items_at_one_place_are_fanned_out():
    box = (107.2, 10.3, 109.1, 11.75)
    views = [{"coordinates": {"lat": 10.935, "lon": 108.147}, "title": t, "url": t} for t in ("a", "b")]
    drawn = maps.region_map(box, views + [{"coordinates": None}, {"coordinates": {"lat": 0, "lon": 0}}])
    assert drawn["land"].startswith("M") and drawn["land"].count("Z") >= 2  # the mainland and an island
    assert [m["number"] for m in drawn["markers"]] == [1, 2]
    first, second = drawn["markers"]
    assert first["y"] == second["y"] and second["x"] - first["x"] == 2 * maps.FAN
    assert maps.region_map(box, [{"coordinates": None}]) is None


# ---------- the built site ----------

@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_home_shows_events_news_and_a_featured_exhibit(site, lang):
    page = article(html(site, LANG_ROOTS[lang]))
    blocks = re.findall(r'<div class="cs-excerpt cs-excerpt--(\w+)" lang="\w+">(.*?)</div>\s*(?=<h2|<div class="admonition)', page, re.S)
    assert [name for name, _ in blocks] == ["events", "news", "exhibits"]
    events, news, exhibits = (body for _, body in blocks)
    assert 'class="cs-ended"' in events and events.count('class="cs-card"') == 3  # the 2023 programme is over
    assert news.count('class="cs-card"') == 3
    assert exhibits.count('class="cs-gallery__item"') == 1 and "<picture>" in exhibits
    assert "cs-badge--sample" not in exhibits  # a featured exhibit is a verified one
    assert "cs-list" not in page
    if lang == "ru":  # the lists' words are Russian; an item not yet in Russian is marked with its language
        assert all(f'cs-excerpt--{name}" lang="ru"' in page for name in ("events", "news", "exhibits"))
        content = Path(__file__).parents[1] / "content"
        cards = re.findall(r'<li class="cs-(?:card|gallery__item)"( lang="en")?>.*?<a href="(?:\.\./)*([a-z]+/[^/"]+)/', page, re.S)
        assert len(cards) == 7
        for marked, link in cards:
            assert bool(marked) == (not (content / link / "ru.md").exists()), link


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_the_events_list_opens_on_the_past_programme_not_on_nothing_upcoming(site, lang):
    page = article(html(site, LANG_ROOTS[lang] + "events/"))
    summary = re.search(r'<section class="cs-programme".*?</section>', page, re.S).group(0)
    assert summary.count('href="?category=') >= 2
    no_upcoming = {"vi": "Hiện chưa có sự kiện sắp diễn ra", "en": "No upcoming events", "ru": "Предстоящих"}[lang]
    assert no_upcoming not in page
    assert page.index("cs-programme") < page.index("cs-card")


def test_press_invest_and_tourism_year_give_their_tasks_one_tap_each(site):
    press = article(html(site, "en/press/"))
    tasks = re.search(r'<div class="cs-tasks">(.*?)</div>', press, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', tasks) == ["../news/", "#press-conference-calendar", "../news/feed.xml", "../foreign-journalists/"]
    assert press.count('class="cs-excerpt cs-excerpt--news" lang="en"') == 1
    invest = article(html(site, "en/invest/"))
    assert re.findall(r'href="\.\./projects/\?sector=([a-z-]+)"', invest)  # sectors link the filtered list
    assert 'href="../projects/projects.csv"' in invest and 'href="https://lamdong.gov.vn/"' in invest
    tourism = article(html(site, "tourism-year-2023/"))
    cards = re.search(r'cs-excerpt--events" lang="vi">(.*?)</div>', tourism, re.S).group(1)
    content = Path(__file__).parents[1] / "content" / "events"
    starts = [re.search(r'^start: "?([0-9T:-]+)', (content / slug / "item.yml").read_text(encoding="utf-8"), re.M).group(1)
              for slug in re.findall(r'<a href="\.\./events/([^/]+)/">', cards)]
    assert len(starts) >= 10 and starts == sorted(starts)  # the Tourism Year's calendar, in date order


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_agency_pages_say_once_that_no_contact_is_confirmed_and_link_the_portal(site, lang):
    for folder in sorted((site / LANG_ROOTS[lang] / "agencies").glob("*/index.html")):
        page = article(folder.read_text(encoding="utf-8"))
        assert page.count('class="cs-contact cs-contact--none"') == 1, folder
        assert page.count('href="https://lamdong.gov.vn/"') == 1, folder
        assert "tel:" not in page and "mailto:" not in page, folder


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_the_event_with_coordinates_has_a_map_whose_markers_link_to_it(site, lang):
    event = html(site, LANG_ROOTS[lang] + "events/le-hoi-kate-2023/")
    drawing = re.search(r'<svg class="cs-map__drawing".*?</svg>', event, re.S).group(0)
    assert re.findall(r'<a href="([^"]+)" tabindex="-1">', drawing) == ["./"]
    assert re.search(r'<path class="cs-map__land" d="M[^"]{500,}"', drawing)
    assert "http" not in drawing  # nothing to fetch
    listing = html(site, LANG_ROOTS[lang] + "events/")
    assert len(re.findall(r'<a href="[^"]+" tabindex="-1">', listing)) == 2  # both events at Pô Sah Inư
    unmapped = next(folder.name for folder in sorted((Path(__file__).parents[1] / "content" / "events").iterdir())
                    if "coordinates:" not in (folder / "item.yml").read_text(encoding="utf-8").replace("# coordinates", ""))
    assert "cs-map" not in html(site, LANG_ROOTS[lang] + f"events/{unmapped}/")


INTERFACE_TEXT = re.compile(r'(?:title|aria-label|placeholder)="([^"]*)"|class="md-top[^>]*>\s*<svg.*?</svg>\s*([^<]+?)\s*</button>', re.S)
SAME_IN_EVERY_LANGUAGE = {"English", "Tiếng Việt", "Русский", "ASEAN"}


def interface_text(page: str) -> set[str]:
    return {a or b for a, b in INTERFACE_TEXT.findall(page)}


@pytest.mark.parametrize("lang", ["vi", "ru"])
@pytest.mark.parametrize("path", ["", "province/", "events/", "exhibits/an-nam-dai-quoc-hoa-do/", "press/"])
def test_no_interface_text_is_left_in_english(site, lang, path):
    """No label, title or placeholder of the page equals the English page's: Material's own
    (tabs, back to top, search) and the headings' permalinks included."""
    left = interface_text(html(site, LANG_ROOTS[lang] + path)) & interface_text(html(site, "en/" + path))
    assert left - SAME_IN_EVERY_LANGUAGE == set()
    assert "Permanent link" not in html(site, LANG_ROOTS[lang] + path)


# ---------- contacts that a source confirms, in a project copy ----------

CONFIRMED_AGENCY = """address: 1 Test Street, Test Town
phone: "+84 0000 000 000"
email: office@test.invalid
press_contact:
  email: press@test.invalid
"""


@pytest.fixture(scope="module")
def contact_site(tmp_path_factory):
    """The project with made-up contacts (test data, reserved .invalid names), never published."""
    from sitebuild import copy_project
    project = copy_project(tmp_path_factory.mktemp("contacts") / "project")
    facts = project / "content" / "agencies" / "so-cong-thuong" / "item.yml"
    facts.write_text(facts.read_text(encoding="utf-8") + CONFIRMED_AGENCY, encoding="utf-8")
    campaign = project / "campaign.yml"
    campaign.write_text(campaign.read_text(encoding="utf-8").replace(
        "    url: https://lamdong.gov.vn/\n", "    url: https://lamdong.gov.vn/\n  email: team@test.invalid\n", 1), encoding="utf-8")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    return result.site


def test_confirmed_contacts_are_links_a_phone_can_use_and_contact_points(contact_site):
    page = html(contact_site, "en/agencies/so-cong-thuong/")
    assert 'href="tel:+840000000000">+84 0000 000 000</a>' in page
    assert 'href="mailto:office@test.invalid"' in page and 'href="mailto:press@test.invalid"' in page
    assert "cs-contact--none" not in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["telephone"] == "+84 0000 000 000" and data["address"]["streetAddress"] == "1 Test Street, Test Town"
    assert [p["contactType"] for p in data["contactPoint"]] == ["general", "press"]
    contact = html(contact_site, "contact/")
    assert 'href="mailto:team@test.invalid"' in contact and "cs-contact--none" not in contact
    organisation = [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', contact, re.S)]
    assert organisation[0]["contactPoint"] == [{"@type": "ContactPoint", "contactType": "general", "email": "team@test.invalid"}]


def test_a_wrong_list_line_stops_the_build_naming_page_and_line(project_copy, tmp_path):
    page = project_copy / "docs" / "press.en.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "cs-list news" in line)
    lines[at] = "<!-- cs-list news typ=report -->"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(project_copy, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert f"docs/press.en.md:{at + 1}: cs-list: 'typ=report' is not an option of news" in result.output
