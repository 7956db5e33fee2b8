"""The release build (`make release`): the public address or nothing, no sample, no local address;
robots.txt and sitemaps with lastmod from the content's history."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from sitebuild import FIXTURE_CONTENT, FIXTURE_EPOCH, ROOT, copy_project

PUBLIC = "https://campaign.example/"


def release(project, site, site_url: str | None, **env_vars):
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    env.update(NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=FIXTURE_EPOCH, **env_vars)
    if site_url is not None:
        env["SITE_URL"] = site_url
    done = subprocess.run([sys.executable, str(project / "scripts" / "build.py"), "--release", "--site-dir", str(site)],
                          cwd=project, env=env, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("release") / "project", content=FIXTURE_CONTENT)
    site = project.parent / "site"
    code, output = release(project, site, PUBLIC)
    assert code == 0, output
    return site


@pytest.mark.parametrize("site_url, says", [(None, "set SITE_URL"), ("", "set SITE_URL"),
                                            ("http://127.0.0.1:8000/", "local address"), ("campaign.example", "not a web address")])
def test_a_release_refuses_to_run_without_a_public_address(tmp_path, site_url, says):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last good site", encoding="utf-8")
    code, output = release(ROOT, site, site_url)
    assert code != 0 and says in output and "SITE_URL" in output
    assert len(output.strip().splitlines()) == 1  # one line, no traceback
    assert (site / "index.html").read_text(encoding="utf-8") == "last good site"


def test_a_release_names_no_local_address_anywhere(released):
    for path in released.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".xml", ".ics", ".json", ".csv", ".txt", ".css", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "127.0.0.1" not in text and "localhost:" not in text, path


def test_a_release_carries_no_sample(released):
    # the fixture has a sample event, project and correction: none of them is published
    for slug in ("events/press-briefing", "projects/coastal-resort", "news/correction-sample"):
        for prefix in ("", "en/", "ru/"):
            assert not (released / prefix / slug).exists(), prefix + slug
    for page in released.rglob("*.html"):
        assert "cs-badge--sample" not in page.read_text(encoding="utf-8"), page
    for calendar in released.rglob("*.ics"):
        assert "TENTATIVE" not in calendar.read_text(encoding="utf-8"), calendar
    assert "sample" not in (released / "sitemap.xml").read_text(encoding="utf-8")
    assert '"sample": true' not in (released / "en" / "projects" / "projects.json").read_text(encoding="utf-8")


def test_robots_txt_points_to_every_sitemap(released):
    robots = (released / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots
    assert re.findall(r"^Sitemap: (\S+)$", robots, re.M) == [PUBLIC + "sitemap.xml", PUBLIC + "en/sitemap.xml", PUBLIC + "ru/sitemap.xml"]
    for url in re.findall(r"^Sitemap: (\S+)$", robots, re.M):
        assert (released / url[len(PUBLIC):]).is_file()


def test_sample_pages_are_not_indexed_and_not_in_sitemaps(fixture_site):
    html = (fixture_site / "en" / "events" / "press-briefing" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in html
    for sitemap in fixture_site.rglob("sitemap.xml"):
        assert "press-briefing" not in sitemap.read_text(encoding="utf-8")
    verified = (fixture_site / "en" / "events" / "asean-week" / "index.html").read_text(encoding="utf-8")
    assert 'name="robots"' not in verified


def test_sitemaps_carry_lastmod_from_the_content_history(tmp_path):
    project = copy_project(tmp_path / "project", content=FIXTURE_CONTENT)
    git = lambda *args, **env: subprocess.run(["git", *args], cwd=project, check=True, capture_output=True,  # noqa: E731
                                              env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                                                       GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org", **env))
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "first", GIT_COMMITTER_DATE="2024-05-06T10:00:00+00:00", GIT_AUTHOR_DATE="2024-05-06T10:00:00+00:00")
    (project / "content" / "events" / "asean-week" / "en.md").write_text(
        (project / "content" / "events" / "asean-week" / "en.md").read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    git("commit", "-qam", "second", GIT_COMMITTER_DATE="2025-02-03T10:00:00+00:00", GIT_AUTHOR_DATE="2025-02-03T10:00:00+00:00")
    code, output = release(project, tmp_path / "site", PUBLIC)
    assert code == 0, output
    sitemap = (tmp_path / "site" / "en" / "sitemap.xml").read_text(encoding="utf-8")
    lastmod = dict(re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap))
    assert lastmod[PUBLIC + "en/events/asean-week/"] == "2025-02-03"  # the item's own history
    assert lastmod[PUBLIC + "en/province/"] == "2024-05-06"
    assert lastmod[PUBLIC + "en/events/"] == "2025-02-03"  # a list changes with its items
