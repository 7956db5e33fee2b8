"""Every machine format read back by a well-kept parser the build does not use: vobject for the
calendars (the build writes with icalendar), feedparser for Atom, extruct for JSON-LD,
frictionless for the CSV. A test fails on what they reject or read differently."""
from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import extruct
import feedparser
import pytest
import vobject
from frictionless import Resource, validate

LANGS = {"vi": "", "en": "en/", "ru": "ru/"}
PLACEHOLDERS = re.compile(r"to be confirmed|chờ xác nhận|TBC|\bTBD\b|уточняется", re.I)


def calendars(site: Path):
    return sorted(site.rglob("*.ics"))


def test_every_calendar_reads_in_vobject(site):
    assert len(calendars(site)) > 20
    for path in calendars(site):
        cal = vobject.readOne(path.read_text(encoding="utf-8"))
        assert cal.vevent_list, path
        for event in cal.vevent_list:
            assert event.uid.value and event.dtstart.value and event.summary.value, path


def test_calendar_names_and_texts_are_not_cut_at_a_comma(site):
    titled = 0
    for path in calendars(site):
        if path.name == "calendar.ics":
            continue
        page = path.parent / "index.html"
        title = re.search(r'<h1 id="cs-title">([^<]+)</h1>', page.read_text(encoding="utf-8")).group(1)
        cal = vobject.readOne(path.read_text(encoding="utf-8"))
        name = cal.contents["x-wr-calname"][0].value
        assert name == title.replace("&amp;", "&"), path
        titled += "," in name
    assert titled > 0  # the content has titles with commas: the case is really exercised


def test_no_place_is_written_twice_in_a_location(site):
    for path in calendars(site):
        for event in vobject.readOne(path.read_text(encoding="utf-8")).vevent_list:
            if "location" in event.contents:
                parts = [p.strip().lower() for p in event.location.value.split(",")]
                assert len(parts) == len(set(parts)), (path, event.location.value)


def test_a_sample_event_is_tentative_and_says_so(fixture_site):
    cal = vobject.readOne((fixture_site / "en/events/press-briefing/press-briefing.ics").read_text(encoding="utf-8"))
    [event] = cal.vevent_list
    assert event.status.value == "TENTATIVE"
    assert event.summary.value.startswith("[Sample entry] ")
    verified = vobject.readOne((fixture_site / "en/events/asean-week/asean-week.ics").read_text(encoding="utf-8")).vevent_list[0]
    assert verified.status.value == "CONFIRMED" and not verified.summary.value.startswith("[")


@pytest.mark.parametrize("lang", LANGS)
def test_feedparser_reads_each_feed_cleanly(site, lang):
    feed = feedparser.parse((site / LANGS[lang] / "news/feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title and feed.feed.language == lang
    assert len(feed.entries) >= 8
    for entry in feed.entries:
        assert entry.title and entry.link.startswith("https://") and entry.published_parsed and entry.author
        assert "[" not in entry.title  # the real site's news are verified: no sample label


def test_a_sample_news_item_is_labelled_once_and_credits_no_real_body(fixture_site):
    feed = feedparser.parse((fixture_site / "en/news/feed.xml").read_bytes())
    assert not feed.bozo
    [entry] = feed.entries
    text = entry.title + " " + entry.summary
    assert text.count("Sample entry") == 1
    assert entry.author != "Department of Information and Communications"


def jsonld_pages(site: Path):
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        if "application/ld+json" in html:
            yield page, html


def test_extruct_reads_every_jsonld_block_as_written(site):
    seen = 0
    for page, html in jsonld_pages(site):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = extruct.extract(html, base_url="https://binhthuan.example/", syntaxes=["json-ld"])["json-ld"]
        written = [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
        assert data == written, page
        for block in data:
            text = json.dumps(block, ensure_ascii=False)
            assert not PLACEHOLDERS.search(text), (page, PLACEHOLDERS.search(text).group(0))
        seen += 1
    assert seen > 50


def _by_type(site: Path, kind: str) -> list[dict]:
    out = []
    for _page, html in jsonld_pages(site):
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
            data = json.loads(block)
            if data["@type"] == kind:
                out.append(data)
    return out


def test_events_in_jsonld_have_an_image_an_address_in_fields_and_an_organizer(site):
    events = _by_type(site, "Event")
    assert len(events) >= 24 * 3
    for event in events:
        assert event["image"].startswith("https://") and event["image"].endswith(".png")
        address = event["location"]["address"]
        assert address["addressCountry"] == "VN" and address["addressRegion"]
        assert address.get("addressLocality") not in ("Province-wide", "Toàn tỉnh", "Outside the province")
        assert event["organizer"]["name"]
        if event.get("creativeWorkStatus") == "Draft":  # a sample: its date is not confirmed
            assert "eventStatus" not in event
        else:
            assert event["eventStatus"] == "https://schema.org/EventScheduled"


def test_a_sample_event_is_not_scheduled_and_says_it_is_a_sample(fixture_site):
    [sample] = [e for e in _by_type(fixture_site, "Event") if "press-briefing" in e["url"] and "/en/" in e["url"]]
    assert "eventStatus" not in sample
    assert sample["creativeWorkStatus"] == "Draft" and sample["disambiguatingDescription"] == "Sample entry"
    assert sample["organizer"]["name"] != "Department of Information and Communications"


def test_news_headlines_are_never_cut_mid_word(site):
    articles = _by_type(site, "NewsArticle")
    assert articles
    for article in articles:
        headline = article["headline"]
        assert len(headline) <= 110
        assert not headline.endswith("…") or headline[:-1] == headline[:-1].rstrip()
        assert article["image"].startswith("https://")


def test_the_dataset_has_a_licence_and_coverage(site):
    [dataset] = [d for d in _by_type(site, "Dataset") if "/en/" in d["url"]]
    assert dataset["license"].startswith("https://creativecommons.org/")
    assert dataset["spatialCoverage"]["address"]["addressCountry"] == "VN"
    assert {d["encodingFormat"] for d in dataset["distribution"]} == {"text/csv", "application/json"}
    page = (site / "en/projects/index.html").read_text(encoding="utf-8")
    assert dataset["license"] in page  # the licence is stated on the catalogue page too


@pytest.mark.parametrize("lang", LANGS)
def test_frictionless_validates_the_projects_csv(site, lang):
    folder = site / LANGS[lang] / "projects"
    resource = lambda: Resource(path="projects.csv", basepath=str(folder))  # noqa: E731 - as Excel users get it: with a BOM
    report = validate(resource())
    assert report.valid, report.flatten(["rowNumber", "fieldNumber", "type", "note"])
    rows = resource().read_rows()
    assert list(rows[0].keys())[0] == "id"  # the byte-order mark is not read as part of the first name
    document = json.loads((site / LANGS[lang] / "projects/projects.json").read_text(encoding="utf-8"))
    assert len(rows) == document["count"] == len(document["projects"])
    assert all(str(row["sample"]).lower() in ("true", "false") for row in rows)
    assert document["licence"]["url"].startswith("https://")
