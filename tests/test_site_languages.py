"""The built site in both languages: pairs, lang, hreflang, sitemaps, 404s, no third-party requests."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin
from pathlib import Path

import pytest
import yaml

from sitebuild import ROOT, TEST_SITE_URL

LANGS = {"vi": "", "en": "en/"}  # the required languages; the partial one: test_partial_language.py
PAGES = sorted({p.name.rsplit(".", 2)[0] for p in (ROOT / "docs").glob("*.md")})
# Pages really written in Russian (a partial language): only these may claim `ru` as an alternate.
RUSSIAN = {p.name.rsplit(".", 2)[0] for p in (ROOT / "docs").glob("*.ru.md")}


def page_path(site: Path, base: str, lang: str) -> Path:
    folder = "" if base == "index" else f"{base}/"
    return site / LANGS[lang] / folder / "index.html"


def page_url(base: str, lang: str) -> str:
    folder = "" if base == "index" else f"{base}/"
    return TEST_SITE_URL + {**LANGS, "ru": "ru/"}[lang] + folder


def alternates(base: str) -> dict[str, str]:
    """The hreflang alternates a page must list: its required languages, Russian if it has it."""
    links = {"vi": page_url(base, "vi"), "en": page_url(base, "en"), "x-default": page_url(base, "en")}
    return links | ({"ru": page_url(base, "ru")} if base in RUSSIAN else {})


def test_the_plan_pages_exist():
    expected = {"index", "province", "tourism-year-2023", "invest", "exhibition", "press", "foreign-journalists",
                "asean-trade", "human-rights", "sea-islands-borders", "who-does-what", "accessibility", "privacy", "contact"}
    assert expected <= set(PAGES)


@pytest.mark.parametrize("base", PAGES)
def test_every_page_is_built_in_both_languages_with_its_real_lang(site, base):
    for lang in LANGS:
        html = page_path(site, base, lang).read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html


@pytest.mark.parametrize("base", PAGES)
def test_hreflang_alternates_are_absolute_with_x_default_english(site, base):
    for lang in LANGS:
        html = page_path(site, base, lang).read_text(encoding="utf-8")
        links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
        assert links == alternates(base)


@pytest.mark.parametrize("base", PAGES)
def test_language_switcher_leads_to_the_same_page(site, base):
    for lang, other in (("vi", "en"), ("en", "vi")):
        html = page_path(site, base, lang).read_text(encoding="utf-8")
        switcher = re.search(r'<ul class="md-select__list">(.*?)</ul>', html, re.S).group(1)
        targets = {hreflang: href for href, hreflang in re.findall(r'href="([^"]+)" hreflang="([^"]+)"', switcher)}
        assert urljoin(page_url(base, lang), targets[other]) == page_url(base, other)


def sitemap_entries(path: Path) -> dict[str, dict[str, str]]:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(path).getroot()
    return {
        url.find("s:loc", ns).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        for url in root.findall("s:url", ns)
    }


def test_sitemap_lists_both_languages_with_absolute_alternates(site):
    entries = sitemap_entries(site / "sitemap.xml")
    for base in PAGES:
        for lang in LANGS:
            assert entries[page_url(base, lang)] == alternates(base)
    assert all(loc.startswith(TEST_SITE_URL) for loc in entries)


def test_english_folder_has_its_own_sitemap(site):
    entries = sitemap_entries(site / "en" / "sitemap.xml")
    assert {page_url(base, "en") for base in PAGES} <= set(entries)
    assert all(loc.startswith(TEST_SITE_URL + "en/") for loc in entries)
    assert page_url("events", "en") in entries  # generated collection pages too


@pytest.mark.parametrize("lang, folder, title", [("vi", "", "Không tìm thấy trang"), ("en", "en/", "Page not found"),
                                                 ("ru", "ru/", "Страница не найдена")])
def test_each_language_has_its_own_404(site, lang, folder, title):
    html = (site / folder / "404.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert re.search(rf"<h1[^>]*>{title}</h1>", html)
    # served at any depth, so its links are absolute paths
    assert 'href="/assets/stylesheets/site.css"' in html
    # the other languages' home pages, each named in its own language, never a left-over page
    others = dict(re.findall(r'<p lang="(\w+)"><a href="([^"]+)" hreflang', html))
    assert others == {code: "/" + prefix for code, prefix in {"vi": "", "en": "en/", "ru": "ru/"}.items() if code != lang}


THIRD_PARTY = re.compile(r"""(?:src|href|srcset|content)\s*=\s*["'](?:https?:)?//(?!binhthuan\.example/)([^/"']+)""")
CSS_URL = re.compile(r"url\(\s*['\"]?(?:https?:)?//")


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        # links the reader clicks (<a href>) may go elsewhere; resources may not
        for tag in re.findall(r"<(?:script|link|img|source|iframe|video|audio)\b[^>]*>", text):
            if 'rel="alternate"' in tag or 'rel="canonical"' in tag:
                continue
            if THIRD_PARTY.search(tag):
                offenders.append(f"{html.relative_to(site)}: {tag}")
    for css in site.rglob("*.css"):
        if CSS_URL.search(css.read_text(encoding="utf-8")):
            offenders.append(str(css.relative_to(site)))
    assert offenders == []


def test_fonts_are_served_from_the_site(site):
    fonts = {f.name for f in (site / "assets" / "fonts").glob("*.woff2")}
    css = (site / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    assert "Be Vietnam Pro" in css and "Montserrat" in css and "googleapis" not in css
    for name in re.findall(r"url\(\.\./fonts/([^)]+\.woff2)\)", css):
        assert name in fonts
    assert any("vietnamese" in name for name in fonts) and any("cyrillic" in name for name in fonts)


def test_only_theme_assets_of_overrides_are_published(site):
    # word files, notes and the stylesheet's sources stay out of the site
    assert not list(site.rglob("*.yml"))
    assert not (site / "assets" / "stylesheets" / "theme.css").exists()
    assert not (site / "assets" / "stylesheets" / "fonts.css").exists()


def test_every_factual_page_names_its_sources(site):
    for base in PAGES:
        for lang in LANGS:
            html = page_path(site, base, lang).read_text(encoding="utf-8")
            if base == "privacy":
                continue
            assert 'class="cs-sources"' in html, f"{base} ({lang}) shows no sources"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


FIRST_READ = ["index", "province", "tourism-year-2023", "contact", "accessibility", "privacy"]
EVENTS = sorted(p.name for p in (ROOT / "content" / "events").iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", [*(("" if b == "index" else f"{b}/") for b in FIRST_READ), "events/",
                                    *(f"events/{slug}/" for slug in EVENTS)])
def test_what_a_russian_visitor_reads_first_is_written_in_russian(site, folder):
    html = (site / "ru" / folder / "index.html").read_text(encoding="utf-8")
    assert 'class="cs-fallback-note"' not in html
    article = re.search(r'<article class="md-content__inner md-typeset"( lang="\w+")?>', html)
    assert article and article.group(1) is None  # the text is in the page's own language, ru
    heading = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))
    assert re.search(r"[А-Яа-яЁё]", heading), heading


@pytest.mark.parametrize("base", sorted(RUSSIAN))
def test_russian_pages_cite_the_vietnamese_pages_sources(base):
    # facts are written once: a translation names the same sources (its glosses may differ)
    ru, vi = (front_matter(ROOT / "docs" / f"{base}.{lang}.md") for lang in ("ru", "vi"))
    assert [(s.get("url"), s.get("date")) for s in ru.get("sources", [])] == \
        [(s.get("url"), s.get("date")) for s in vi.get("sources", [])]
    for mine, theirs in zip(ru.get("sources", []), vi.get("sources", [])):
        for field in ("title", "publisher"):
            assert (mine.get(field) or "").startswith(theirs.get(field) or ""), (field, mine.get(field))
    assert {k: ru.get(k) for k in ("factual", "hide")} == {k: vi.get(k) for k in ("factual", "hide")}
