"""A partial language (ru, falling back to en): what is translated is published as Russian; the rest
is shown in English under /ru/ — Russian interface, a note in Russian, `lang="en"` on the text, a
canonical link to the English page, no hreflang or sitemap entry claiming Russian."""
from __future__ import annotations

import re

import pytest

from sitebuild import FIXTURE_CONTENT, build, copy_project

SITE = "https://binhthuan.example/"
RU_PROVINCE = """---
title: Провинция (тест)
description: Русская страница набора тестов о провинции, с тем же источником.
sources:
  - title: "Fixture source"
    publisher: "Test suite"
---
# Провинция (тест)

Текст на русском языке.
"""


@pytest.fixture(scope="module")
def partial_site(tmp_path_factory):
    """The fixture project with exactly one Russian page (province) and one Russian event."""
    project = copy_project(tmp_path_factory.mktemp("partial") / "project", content=FIXTURE_CONTENT)
    for page in project.glob("docs/**/*.ru.md"):
        page.unlink()
    (project / "docs" / "province.ru.md").write_text(RU_PROVINCE, encoding="utf-8")
    (project / "content" / "events" / "asean-week" / "ru.md").write_text(
        "---\ntitle: Неделя АСЕАН 2023\nsummary: Информация об АСЕАН в течение недели.\n---\nТекст.\n", encoding="utf-8")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    assert "not yet in 'ru'" in result.output and "info:" in result.output  # the build log lists gaps as information
    return result.site


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def links(html: str, rel: str) -> dict[str, str]:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def switcher(html: str) -> dict[str, tuple[str, str]]:
    """{lang: (href, name)} of Material's language switcher."""
    found = re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" class="md-select__link">\s*([^<]+?)\s*</a>', html)
    return {lang: (href, name) for href, lang, name in found}


def test_a_translated_page_is_russian_and_claims_it(partial_site):
    html = read(partial_site, "ru/province/index.html")
    assert '<html lang="ru"' in html and "Текст на русском языке." in html
    assert 'class="cs-fallback-note"' not in html and '<article class="md-content__inner md-typeset">' in html
    assert f'<link rel="canonical" href="{SITE}ru/province/">' in html
    assert links(html, "alternate")["ru"] == f"{SITE}ru/province/"
    assert f"<loc>{SITE}ru/province/</loc>" in read(partial_site, "ru/sitemap.xml")
    assert switcher(html)["ru"][1] == "Русский"


def test_an_untranslated_page_is_shown_in_english_and_says_so_in_russian(partial_site):
    html = read(partial_site, "ru/human-rights/index.html")
    assert '<html lang="ru"' in html  # the interface is Russian: Material's words and ours
    assert "Эта страница пока не переведена на русский язык" in html and "английский" in html
    assert '<article class="md-content__inner md-typeset" lang="en">' in html
    english = read(partial_site, "en/human-rights/index.html")
    title = re.search(r"<h1[^>]*>(.*?)<", english).group(1)
    assert title in html  # the English text itself
    assert f'<link rel="canonical" href="{SITE}en/human-rights/">' in html
    alternates = links(html, "alternate")
    assert "ru" not in alternates and alternates["en"] == f"{SITE}en/human-rights/"
    assert "human-rights" not in read(partial_site, "ru/sitemap.xml")
    assert f"{SITE}ru/human-rights/" not in read(partial_site, "sitemap.xml")


def test_the_switcher_shows_which_languages_a_page_really_has(partial_site):
    vietnamese = switcher(read(partial_site, "human-rights/index.html"))
    href, name = vietnamese["ru"]
    assert href.endswith("ru/human-rights/") and name == "Русский (пока не переведено)"
    assert vietnamese["en"][1] == "English"
    translated = switcher(read(partial_site, "province/index.html"))
    assert translated["ru"][1] == "Русский" and translated["ru"][0].endswith("ru/province/")
    assert "ru" not in links(read(partial_site, "human-rights/index.html"), "alternate")
    assert links(read(partial_site, "province/index.html"), "alternate")["ru"] == f"{SITE}ru/province/"


def test_items_follow_the_same_rules(partial_site):
    translated = read(partial_site, "ru/events/asean-week/index.html")
    assert "Неделя АСЕАН 2023" in translated and 'class="cs-fallback-note"' not in translated
    fallback = read(partial_site, "ru/events/press-briefing/index.html")
    assert 'class="cs-fallback-note"' in fallback and 'lang="en"' in fallback
    assert "Sample press briefing" in fallback
    assert "Календарь событий" in read(partial_site, "ru/events/index.html")  # the list itself is Russian
