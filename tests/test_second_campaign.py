"""A second, fictional campaign (examples/harbour-festival) built by the same engine with no engine
change: another organisation, place and year; English default, French required, Korean partial;
its own vocabulary; only events and news."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from sitebuild import ROOT
from test_engine_neutral import instance_names

EXAMPLE = ROOT / "examples" / "harbour-festival"
EPOCH = "1780000000"  # May 2026: the fictional 2027 programme is upcoming


@pytest.fixture(scope="module")
def example_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("example") / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=EPOCH, SITE_URL="https://merrow-bay.example/")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build.py"), "--project", str(EXAMPLE), "--site-dir", str(site)],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def test_no_name_of_the_first_campaign_appears_in_the_second(example_site):
    names = instance_names()
    for path in example_site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json", ".ics", ".txt", ".css"}:
            from campaignsite.i18n.slugs import fold

            text = fold(path.read_text(encoding="utf-8")).lower()
            found = [name for name in names if re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", text)]
            assert found == [], path


def test_dates_show_in_each_locales_format(example_site):
    when = lambda prefix: re.search(r'<time datetime="[^"]+">([^<]+)', (example_site / prefix / "events/opening-night/index.html")  # noqa: E731
                                    .read_text(encoding="utf-8")).group(1)
    assert when("") == "July 12, 2027, 8:30\u2009–\u200911:00\u202fPM"
    assert when("fr") == "12 juillet 2027, 20:30\u2009–\u200923:00"
    assert when("ko") == "2027년 7월 12일 오후 8:30~11:00"


def test_only_the_campaigns_collections_are_built(example_site):
    for name in ("exhibits", "projects", "agencies"):
        assert not (example_site / name).exists() and not (example_site / "fr" / name).exists()
    assert (example_site / "events" / "calendar.ics").is_file() and (example_site / "fr" / "news" / "feed.xml").is_file()
    home = (example_site / "index.html").read_text(encoding="utf-8")
    assert "exhibits/" not in home and "projects/" not in home


@pytest.mark.parametrize("lang, prefix, expected", [("en", "", "Opening night"), ("fr", "fr/", "Soirée d’ouverture"),
                                                    ("ko", "ko/", "개막의 밤")])
def test_each_language_has_its_own_search_index(example_site, lang, prefix, expected):
    index = json.loads((example_site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    assert any(title.startswith(expected) for title in titles)
    assert index["config"]["lang"]


def test_the_partial_language_falls_back_to_english(example_site):
    html = (example_site / "ko" / "festival" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in html and 'lang="en"' in html and "아직 한국어로 번역되지 않았습니다" in html
    assert '<link rel="canonical" href="https://merrow-bay.example/festival/">' in html


def test_the_parity_report_runs_on_the_second_campaign():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), str(EXAMPLE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "docs/festival: not yet in 'ko'" in done.stdout
    assert "Missing in a required language (errors): 0" in done.stdout
