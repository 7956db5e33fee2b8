"""Content cannot inject script: each kind is a build error naming file and line."""
import pytest

from campaignsite.content.page_meta import check_page
from campaignsite.content.safety import unsafe_markup

HEAD = "---\ntitle: T\ndescription: A description that is long enough.\nsources:\n  - title: Plan\n---\n"


@pytest.mark.parametrize("body, words", [
    ("<script>alert(1)</script>", "<script>"),
    ("<SCRIPT src=x.js></SCRIPT>", "<script>"),
    ('<img src="x.png" onerror="alert(1)">', "onerror="),
    ('<a href="#" onClick = "steal()">x</a>', "onClick="),
    ("[Click](javascript:alert(1))", "javascript:"),
    ('<a href="JavaScript:void(0)">x</a>', "javascript:"),
    ('<iframe src="https://example.org"></iframe>', "<iframe>"),
])
def test_script_in_markdown_is_an_error_with_file_and_line(body, words):
    _meta, errors = check_page(HEAD + "\nIntro.\n\n" + body + "\n", "docs/x.en.md")
    [error] = errors
    assert error.path == "docs/x.en.md" and error.line == 10
    assert words.lower() in error.message.lower()


def test_code_blocks_and_inline_code_may_show_markup():
    text = "Use `<script>` tags like this:\n\n```html\n<script>alert(1)</script>\n```\n"
    assert unsafe_markup(text, "docs/x.en.md") == []


def test_plain_prose_about_javascript_is_fine():
    assert unsafe_markup("The site works without JavaScript; no onload tricks.\n", "p") == []


def test_titles_must_be_plain_text():
    _meta, [error] = check_page(HEAD.replace("title: T", "title: <b onmouseover=x>T</b>"), "docs/x.en.md")
    assert error.field == "title" and "plain text" in error.message
