"""Bad input fails the build with a message naming the file, no traceback, and the last good site kept."""
from __future__ import annotations

import re

import pytest

from sitebuild import build

GOOD_MARKER = "last-good-build"


@pytest.fixture
def last_good_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(GOOD_MARKER)
    return site


def break_and_build(project, site, relative, transform):
    path = project / relative
    path.write_text(transform(path.read_text(encoding="utf-8")), encoding="utf-8")
    return build(project, site)


def assert_failed_cleanly(result, site, *expected):
    assert result.returncode != 0
    assert "Traceback" not in result.output
    for text in expected:
        assert text in result.output, result.output
    assert (site / "index.html").read_text() == GOOD_MARKER
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    leftovers = [p.name for p in site.parent.iterdir() if p.name.startswith(".site.")]
    assert leftovers == []


def test_broken_front_matter(project_copy, last_good_site):
    result = break_and_build(project_copy, last_good_site, "docs/province.en.md",
                             lambda text: text.replace("title:", "title: [unclosed", 1))
    assert_failed_cleanly(result, last_good_site, "docs/province.en.md:", "YAML syntax error")


def test_link_to_a_missing_page(project_copy, last_good_site):
    result = break_and_build(project_copy, last_good_site, "docs/invest.vi.md",
                             lambda text: text + "\n[Dự án](no-such-page.md)\n")
    assert_failed_cleanly(result, last_good_site, "invest.vi.md", "no-such-page.md")


def test_a_broken_page_in_the_second_language_fails_the_parallel_build(project_copy, last_good_site):
    path = project_copy / "docs" / "invest.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n[Projects](no-such-page.md)\n", encoding="utf-8")
    result = build(project_copy, last_good_site, "--jobs", "2")
    assert_failed_cleanly(result, last_good_site, "invest.en.md", "no-such-page.md")
    # Russian shows the English page until it is translated: it fails with it; Vietnamese builds.
    failed = re.search(r"the build of (.*) failed", result.output)
    assert failed and "'en'" in failed.group(1) and "'vi'" not in failed.group(1), result.output


def test_missing_image(project_copy, last_good_site):
    result = break_and_build(project_copy, last_good_site, "docs/exhibition.en.md",
                             lambda text: text + "\n![A map](images/missing-map.png)\n")
    assert_failed_cleanly(result, last_good_site, "exhibition.en.md", "missing-map.png")


def test_missing_translation(project_copy, last_good_site):
    (project_copy / "docs" / "human-rights.en.md").unlink()
    result = build(project_copy, last_good_site)
    assert_failed_cleanly(result, last_good_site, "docs/human-rights.vi.md", "create docs/human-rights.en.md")


def test_every_error_is_reported_at_once(project_copy, last_good_site):
    for name in ("docs/press.vi.md", "docs/contact.en.md"):
        path = project_copy / name
        path.write_text(path.read_text(encoding="utf-8").replace("description:", "descripton:", 1), encoding="utf-8")
    result = build(project_copy, last_good_site)
    assert_failed_cleanly(result, last_good_site, "docs/press.vi.md:3: descripton:", "docs/contact.en.md:3: descripton:")


def test_vietnamese_heading_anchor_keeps_its_letters(project_copy, tmp_path):
    path = project_copy / "docs" / "province.vi.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## Đồi cát\n\nCát.\n", encoding="utf-8")
    result = build(project_copy, tmp_path / "out")
    assert result.returncode == 0, result.output
    assert 'id="doi-cat"' in (tmp_path / "out" / "province" / "index.html").read_text(encoding="utf-8")
