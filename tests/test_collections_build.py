"""Pages, calendars, feeds, open data and structured data built from the fixture content."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from icalendar import Calendar

from sitebuild import TEST_SITE_URL, build, copy_project, FIXTURE_CONTENT

LANGS = {"vi": "", "en": "en/"}


def read(site, path):
    return (site / path).read_text(encoding="utf-8")


def jsonld_of(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def nav_part(html: str) -> str:
    return html.split("<body")[1].split('<div class="md-content"')[0]  # header, tabs, navigation sidebar


@pytest.mark.parametrize("prefix", LANGS.values())
@pytest.mark.parametrize("collection", ["events", "projects", "exhibits", "news", "agencies"])
def test_list_pages_are_in_the_navigation_and_item_pages_are_not(fixture_site, prefix, collection):
    listing = read(fixture_site, f"{prefix}{collection}/index.html")
    assert re.search(r'class="md-nav__link md-nav__link--active"[^>]*href="./"|href="./"[^>]*class="md-nav__link md-nav__link--active"', nav_part(listing))
    item_links = re.findall(r'<h[23] class="cs-card__title"><a href="([a-z0-9-]+/)">|<a href="([a-z0-9-]+/)">\s*<(?:img|picture)', listing)
    assert item_links, "the list page links to its items"
    slug = next(filter(None, item_links[0])).rstrip("/")
    item_page = read(fixture_site, f"{prefix}{collection}/{slug}/index.html")
    nav_links = re.findall(r'<a href="([^"]*)"[^>]*class="md-(?:nav|tabs)__link', item_page)
    assert nav_links and not any(link.endswith(f"{slug}/") for link in nav_links)  # items stay out of the nav
    assert "md-nav__link--active" not in nav_part(item_page)


def test_event_page_shows_facts_in_each_language(fixture_site):
    vi = read(fixture_site, "events/asean-week/index.html")
    en = read(fixture_site, "en/events/asean-week/index.html")
    # Dates as CLDR writes them in each locale (Babel): Vietnamese, and English as en_GB (campaign.yml)
    assert "28 thg 7\u2009–\u20098 thg 8, 2023" in vi and "Toàn tỉnh" in vi
    assert "28 Jul\u2009–\u20098 Aug 2023" in en and "Province-wide" in en
    assert 'href="asean-week.ics"' in en and "Add to calendar" in en


def test_events_list_splits_upcoming_and_past_by_the_build_date(fixture_site):
    html = read(fixture_site, "en/events/index.html")
    upcoming, past = html.split("<h2>Past</h2>")
    assert "ASEAN week 2023" in upcoming and "Sample press briefing" in past


def test_sample_entries_carry_a_visible_badge(fixture_site):
    assert "Sample entry" in read(fixture_site, "en/events/press-briefing/index.html")
    assert "Mục mẫu" in read(fixture_site, "events/press-briefing/index.html")
    assert "Sample entry" not in read(fixture_site, "en/events/asean-week/index.html")
    listing = read(fixture_site, "en/projects/index.html")
    assert "cs-badge--sample" in listing


def test_whole_calendar_is_valid_icalendar_with_one_uid_per_event(fixture_site):
    calendars = {lang: Calendar.from_ical(read(fixture_site, f"{prefix}events/calendar.ics")) for lang, prefix in LANGS.items()}
    events = {lang: {str(e["UID"]): e for e in cal.walk("VEVENT")} for lang, cal in calendars.items()}
    assert set(events["vi"]) == set(events["en"]) and len(events["en"]) == 2
    asean = next(e for uid, e in events["en"].items() if uid.startswith("events-asean-week@"))
    assert asean.decoded("DTSTART") == date(2023, 7, 28)
    assert asean.decoded("DTEND") == date(2023, 8, 9)  # exclusive end of an all-day event
    assert str(asean["SUMMARY"]) == "ASEAN week 2023"
    assert str(events["vi"][str(asean["UID"])]["SUMMARY"]) == "Tuần lễ ASEAN 2023"
    assert str(asean["URL"]) == TEST_SITE_URL + "en/events/asean-week/"
    briefing = next(e for uid, e in events["en"].items() if uid.startswith("events-press-briefing@"))
    assert briefing.decoded("DTSTART").isoformat() == "2023-07-10T01:30:00+00:00"  # 08:30 in Viet Nam
    assert str(briefing["STATUS"]) == "TENTATIVE"


def test_each_event_has_its_own_calendar_file(fixture_site):
    cal = Calendar.from_ical(read(fixture_site, "events/asean-week/asean-week.ics"))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Tuần lễ ASEAN 2023"]
    lines = (fixture_site / "events/asean-week/asean-week.ics").read_bytes().split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # RFC 5545: CRLF line ends, folded at 75 octets


def test_event_json_ld(fixture_site):
    data = jsonld_of(read(fixture_site, "en/events/asean-week/index.html"))
    assert data["@type"] == "Event" and data["startDate"] == "2023-07-28" and data["endDate"] == "2023-08-08"
    assert data["organizer"]["name"] == "Department of Information and Communications"
    assert data["location"]["address"]["addressCountry"] == "VN"


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("lang, prefix", LANGS.items())
def test_atom_feed_is_valid_and_linked_from_every_page(fixture_site, lang, prefix):
    feed = ET.fromstring(read(fixture_site, f"{prefix}news/feed.xml"))
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    for child in ("id", "title", "updated", "author", "summary"):
        assert entries[0].find(f"{ATOM}{child}") is not None
    self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == f"{TEST_SITE_URL}{prefix}news/feed.xml"
    for page in (f"{prefix}index.html", f"{prefix}province/index.html"):
        assert 'type="application/atom+xml"' in read(fixture_site, page)


def test_correction_shows_claim_facts_and_sources(fixture_site):
    html = read(fixture_site, "en/news/correction-sample/index.html")
    assert "What was claimed" in html and "The event was cancelled." in html
    assert "The facts" in html and "The event takes place as planned." in html
    assert 'class="cs-sources"' in html
    assert jsonld_of(html)["@type"] == "NewsArticle"


def test_projects_csv_opens_in_excel_and_json_matches(fixture_site):
    raw = (fixture_site / "projects/projects.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert rows["coastal-resort"]["title"] == "Khu du lịch ven biển (mẫu)" and rows["coastal-resort"]["capital_billion_vnd"] == "2500.0"
    data = json.loads((fixture_site / "en/projects/projects.json").read_text(encoding="utf-8"))
    assert data["count"] == 2 and {p["sector_label"] for p in data["projects"]} == {"Tourism", "Energy"}
    page = read(fixture_site, "en/projects/index.html")
    assert 'href="projects.csv"' in page and 'href="projects.json"' in page
    assert jsonld_of(page)["@type"] == "Dataset"


def test_exhibit_page_has_cite_block_and_placeholder_label(fixture_site):
    html = read(fixture_site, "en/exhibits/taberd-map/index.html")
    assert "Cite this exhibit" in html and "Jean-Louis Taberd" in html
    assert "not a scan of the exhibit" in html
    assert jsonld_of(html)["@type"] == "ArchiveComponent"


def test_agency_page_lists_its_work(fixture_site):
    html = read(fixture_site, "en/agencies/so-thong-tin/index.html")
    assert "Events it organises" in html and "ASEAN week 2023" in html
    assert "Projects it answers for" in html


def test_production_build_leaves_samples_out(tmp_path):
    project = copy_project(tmp_path / "project", content=FIXTURE_CONTENT)
    result = build(project, tmp_path / "site", INCLUDE_SAMPLES="false")
    assert result.returncode == 0, result.output
    site = tmp_path / "site"
    assert (site / "events/asean-week/index.html").exists()
    assert not (site / "events/press-briefing").exists()
    assert not (site / "projects/coastal-resort").exists()
    assert "press-briefing" not in read(site, "events/calendar.ics")
