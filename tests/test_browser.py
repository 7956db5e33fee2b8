"""What a reader's browser does: the switcher, the requests it makes, the console."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "province/", "exhibition/", "foreign-journalists/"]


def visit(context, url):
    """Open url; return (page, requests to other hosts, console errors, failed responses)."""
    page = context.new_page()
    foreign, console_errors, failures = [], [], []
    origin = urlsplit(url).netloc
    page.on("request", lambda request: urlsplit(request.url).netloc not in (origin, "")
            and not request.url.startswith(("data:", "blob:")) and foreign.append(request.url))
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on("response", lambda response: response.status >= 400 and failures.append(f"{response.status} {response.url}"))
    page.goto(url, wait_until="networkidle")
    return page, foreign, console_errors, failures


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["", "en/"])
def test_pages_make_no_third_party_request_and_no_console_error(served_site, phone, path, lang):
    page, foreign, console_errors, failures = visit(phone, f"{served_site}/{lang}{path}")
    page.close()
    assert foreign == []
    assert console_errors == []
    assert failures == []


@pytest.mark.parametrize("path", ["province/", "invest/", ""])
def test_switcher_goes_to_the_same_page_in_the_other_language(served_site, desktop, path):
    page, *_ = visit(desktop, f"{served_site}/{path}")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.locator(".md-header .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_load_state()
    assert page.url == f"{served_site}/en/{path}"
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".md-header .md-select").hover()
    page.locator('.md-select__link[hreflang="vi"]').click()
    page.wait_for_load_state()
    assert page.url == f"{served_site}/{path}"


def test_missing_english_page_shows_the_english_404(served_site, phone):
    page, foreign, console_errors, _failures = visit(phone, f"{served_site}/en/no-such-page/")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.locator("html").get_attribute("lang") == "en"
    assert foreign == []


def test_vietnamese_headings_render_in_the_vendored_font(served_site, phone):
    page, *_ = visit(phone, f"{served_site}/province/")
    page.evaluate("document.fonts.ready")
    assert "Be Vietnam Pro" in page.locator("h1").evaluate("e => getComputedStyle(e).fontFamily")
    assert page.evaluate("document.fonts.check('bold 16px \"Be Vietnam Pro\"', 'Đồi cát Phan Thiết')")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Be Vietnam Pro" in family for family in loaded)
