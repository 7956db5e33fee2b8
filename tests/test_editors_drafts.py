"""Drafts are absent from every output of a published build and shown, with a badge, in the preview's;
review dates are shown to readers in their language; pages saved by editors' tools build."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import FIXTURE_CONTENT, FIXTURE_EPOCH, build, copy_project, without_reviews

DRAFTS = {"event": "events/fair-2024", "project": "projects/port-2024", "exhibit": "exhibits/chart-2024",
          "news": "news/release-2024", "agency": "agencies/office-2024", "page": "visa-2024"}
TITLES = {"vi": "Viết tiêu đề ở đây", "en": "Write the title here"}  # the scaffold's placeholders
LANGS = {"vi": "", "en": "en/", "ru": "ru/"}


def _project(root: Path) -> Path:
    project = without_reviews(copy_project(root / "project", content=FIXTURE_CONTENT))
    for kind, ref in DRAFTS.items():
        result = subprocess.run([sys.executable, str(project / "scripts/new.py"), kind, ref.split("/")[-1]],
                                cwd=project, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    config = project / "mkdocs.yml"  # the draft page in the menu, as the scaffold tells editors to do
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      - Liên hệ: contact.md\n", "      - Liên hệ: contact.md\n      - Thị thực: visa-2024.md\n"), encoding="utf-8")
    event = project / "content/events/asean-week/item.yml"
    event.write_text(event.read_text(encoding="utf-8") + 'reviewed: "2023-06-01"\n', encoding="utf-8")
    for lang in ("vi", "en"):  # a page as Notepad's "Unicode" saves it, with a review date
        page = project / f"docs/contact.{lang}.md"
        text = page.read_text(encoding="utf-8").replace("---\n", '---\nreviewed: "2023-05-02"\n', 1)
        page.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    return project


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("drafts-published")
    result = build(_project(root), root / "site", SOURCE_DATE_EPOCH=FIXTURE_EPOCH)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("drafts-preview")
    result = build(_project(root), root / "site", SOURCE_DATE_EPOCH=FIXTURE_EPOCH, INCLUDE_DRAFTS="true")
    assert result.returncode == 0, result.output
    return result.site


def read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def test_no_output_of_a_published_build_mentions_a_draft(published):
    site = published.site
    outputs = [p for p in site.rglob("*") if p.is_file() and p.suffix in {".html", ".xml", ".ics", ".csv", ".json", ".txt", ""}]
    # the outputs the drafts would be in, so this looks in the right places
    for rel in ("index.html", "en/index.html", "events/index.html", "en/news/feed.xml", "events/calendar.ics",
                "projects/projects.csv", "en/projects/projects.json", "sitemap.xml", "en/sitemap.xml", "ru/sitemap.xml",
                "search/search_index.json", "en/search/search_index.json", "en/agencies/index.html", "exhibits/index.html"):
        assert site / rel in outputs, rel
    for path in outputs:
        text = path.read_text(encoding="utf-8", errors="replace")
        for ref in DRAFTS.values():
            assert ref.split("/")[-1] not in text, (path, ref)
        for title in TITLES.values():
            assert title not in text, (path, title)


def test_draft_pages_are_not_built_in_any_language(published):
    for prefix in LANGS.values():
        for ref in DRAFTS.values():
            assert not (published.site / prefix / ref).exists()
    # the page's menu entry is left out with it; the rest of the menu stays
    assert "Thị thực" not in read(published.site, "contact/index.html")
    assert 'href="../accessibility/"' in read(published.site, "contact/index.html")


def test_the_preview_shows_every_draft_with_its_badge(preview):
    badge = {"vi": "Bản nháp", "en": "Draft", "ru": "Черновик"}
    for lang, prefix in LANGS.items():
        for ref in DRAFTS.values():
            html = read(preview, f"{prefix}{ref}/index.html")
            assert f'<strong class="cs-badge cs-badge--draft">{badge[lang]}</strong>' in html, (lang, ref)
    listing = read(preview, "en/events/index.html")
    assert TITLES["en"] in listing
    # the draft's card in the list says so too
    card = listing[listing.index(TITLES["en"]):].split("</li>")[0]
    assert '<span class="cs-badge cs-badge--draft">Draft</span>' in card
    assert "Thị thực" in read(preview, "contact/index.html")
    assert "cs-badge--draft" not in read(preview, "en/events/asean-week/index.html")


def test_readers_see_the_review_date_in_their_language(published):
    site = published.site
    assert 'Last reviewed <time datetime="2023-06-01">1 June 2023</time>.' in read(site, "en/events/asean-week/index.html")
    assert 'Rà soát lần cuối ngày <time datetime="2023-06-01">1 tháng 6, 2023</time>.' in read(site, "events/asean-week/index.html")
    assert 'Последняя проверка: <time datetime="2023-06-01">1 июня 2023\u202fг.</time>' in read(site, "ru/events/asean-week/index.html")
    assert 'Last reviewed <time datetime="2023-05-02">2 May 2023</time>.' in read(site, "en/contact/index.html")
    assert "Last reviewed" not in read(site, "en/press/index.html")


def test_a_page_saved_as_utf16_with_crlf_is_published_as_written(published):
    html = read(published.site, "en/contact/index.html")
    source = (Path(__file__).resolve().parents[1] / "docs/contact.en.md").read_text(encoding="utf-8")
    title = next(line for line in source.splitlines() if line.startswith("# "))[2:]
    assert title in html and "\r" not in html


def test_the_build_log_lists_review_warnings(published):
    assert "Review: 0 overdue, " in published.output  # 20 July 2023: the contact page is fresh until 2 August
    assert "  warning: docs/province.en.md: reviewed: never reviewed (due every 12 months)" in published.output
    search = json.loads(read(published.site, "en/search/search_index.json"))
    assert not any("visa-2024" in doc["location"] for doc in search["docs"])
