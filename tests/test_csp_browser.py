"""Using the site under its own Content-Security-Policy produces no violation."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from conftest import _QuietHandler

pytestmark = pytest.mark.browser


def parse_headers(text: str) -> dict[str, str]:
    headers, current = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            current = line.strip()
        elif line.strip() and current == "/*":
            name, value = line.strip().split(":", 1)
            headers[name] = value.strip()
    return headers


@pytest.fixture(scope="module")
def strict_site(site):
    headers = parse_headers((site / "_headers").read_text(encoding="utf-8"))

    class WithHeaders(_QuietHandler):
        def end_headers(self):
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(WithHeaders, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def watch(page) -> list[str]:
    violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    page.on("pageerror", lambda e: violations.append(str(e)))
    return violations


def test_pages_search_switcher_and_filters_run_without_csp_violations(strict_site, desktop):
    page = desktop.new_page()
    violations = watch(page)
    page.goto(f"{strict_site}/", wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type("phan thiet")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    page.goto(f"{strict_site}/province/", wait_until="networkidle")
    page.locator(".md-header .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/en/province/")
    page.goto(f"{strict_site}/en/events/", wait_until="networkidle")
    page.select_option('select[name="district"]', index=1)
    page.goto(f"{strict_site}/en/exhibits/", wait_until="networkidle")
    page.locator(".cs-gallery a").first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".cs-zoom__open").first.click()
    page.wait_for_selector(".cs-zoom__viewer canvas", timeout=10000)
    page.wait_for_load_state("networkidle")
    assert violations == []
