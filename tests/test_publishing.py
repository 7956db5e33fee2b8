"""What CI publishes: reproducible bytes, security headers, a meta policy in every page, links that resolve."""
from __future__ import annotations

import filecmp
import hashlib
import re
from html.parser import HTMLParser

import pytest

from sitebuild import FIXTURE_CONTENT, build, copy_project
from campaignsite.publishing.linkcheck import LINK_ATTRIBUTES, check_site, start_tags


def tree_digest(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_of_the_same_commit_are_byte_identical_parallel_or_not(tmp_path):
    """The languages built one after another (MkDocs' nested builds) or each in its own process
    (the default with two cores or more): the same bytes, twice."""
    project = copy_project(tmp_path / "project", content=FIXTURE_CONTENT)
    first = build(project, tmp_path / "one", "--jobs", "1", SOURCE_DATE_EPOCH="1700000000")
    second = build(project, tmp_path / "two", "--jobs", "3", SOURCE_DATE_EPOCH="1700000000")
    assert first.returncode == 0 and second.returncode == 0, first.output + second.output
    assert "3 languages, 3 at once" in second.output and "at once" not in first.output
    one, two = tree_digest(tmp_path / "one"), tree_digest(tmp_path / "two")
    assert set(one) == set(two)
    assert [path for path in one if one[path] != two[path]] == []


def test_headers_file_has_a_strict_policy(site):
    headers = (site / "_headers").read_text(encoding="utf-8")
    csp = re.search(r"Content-Security-Policy: (.*)", headers).group(1)
    directives = dict((part.split(" ", 1) + [""])[:2] for part in csp.split("; "))
    assert "'unsafe-inline'" not in directives["script-src"] and "'sha256-" in directives["script-src"]
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    for header in ("X-Content-Type-Options: nosniff", "Referrer-Policy:", "Permissions-Policy:"):
        assert header in headers


def test_every_page_carries_its_meta_policy_before_any_script(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        meta = html.find('<meta http-equiv="Content-Security-Policy"')
        assert meta != -1, page
        first_script = html.find("<script")
        assert first_script == -1 or meta < first_script, page
        assert "cs:csp" not in html


def test_no_broken_internal_link_anchor_or_image(site):
    report = check_site(site)
    assert report.broken == []


class _StandardParser(HTMLParser):
    """What the link checker's scanner must find: the standard library's reading of each start tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_link_checkers_scanner_reads_every_page_as_htmlparser_does(site):
    """The tags that can link or carry an id, with their attributes, exactly as HTMLParser reads them."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        standard = _StandardParser()
        standard.feed(html)
        expected = [(tag, values) for tag, values in standard.tags if tag in LINK_ATTRIBUTES or "id" in values]
        found = [(tag, values) for tag, values in start_tags(html) if tag in LINK_ATTRIBUTES or "id" in values]
        assert found == expected, page


def test_the_link_checker_finds_a_broken_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/#missing">x</a><a href="b/">y</a><img src="i.png" alt="">', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<h2 id="there">t</h2>', encoding="utf-8")
    report = check_site(tmp_path)
    assert sorted(report.broken) == [
        "index.html: a/#missing (no element with id 'missing')",
        "index.html: b/ (no such file)",
        "index.html: i.png (no such file)",
    ]


def test_the_scanner_reads_awkward_markup_as_htmlparser_does():
    html = ('<!-- <a href="commented.html"> --><DIV title="a > b" ID=x data-grid="1"></DIV>'
            '<script>var s = "<a href=\'in-script.html\'>";</script><script src="s.js"></script>'
            "<a href='q.html?a=1&amp;b=2' name=top>x</a><img srcset=\"a.png 1x, b.png 2x\" alt=''>"
            '<style>a[href="x"] {}</style><aside id="y"/><bidi id=z></bidi><a href=#top>t</a>')
    standard = _StandardParser()
    standard.feed(html)
    expected = [(tag, values) for tag, values in standard.tags if tag in LINK_ATTRIBUTES or "id" in values]
    assert [(tag, values) for tag, values in start_tags(html) if tag in LINK_ATTRIBUTES or "id" in values] == expected
    assert [tag for tag, _ in expected] == ["div", "script", "script", "a", "img", "aside", "bidi", "a"]
