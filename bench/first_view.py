#!/usr/bin/env python3
"""Bytes of a page's first view on a 390 px phone, by type, as a gzip-serving host would send them.

Loads the page in headless Chromium (Debian's /usr/bin/chromium) from a local server, records
every response up to the network going idle (lazy images below the fold are not requested), and
sums each body's gzip size (fonts and images count as they are: they do not compress). Then it
opens search, as a reader tapping the search button, and reports what search fetches on that
first use (it must be nothing before).
Goal: at most 100 kB for the home page's first view.

    .venv/bin/python bench/first_view.py site / en/ ru/
"""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
GOAL_BYTES = 100_000
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
KINDS = {"text/html": "html", "text/css": "css", "text/javascript": "js", "application/javascript": "js",
         "application/json": "json", "font/woff2": "fonts"}
SEARCH_BUTTON = "label.md-header__button[for=__search]"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def kind(content_type: str) -> str:
    base = content_type.split(";")[0].strip()
    return KINDS.get(base) or ("images" if base.startswith("image/") else base or "other")


def weigh(responses) -> dict:
    """{"gzip_bytes", "raw_bytes", "requests", "by_type": {kind: gzip bytes}} of the responses."""
    total, raw, by_type = 0, 0, {}
    for response in responses:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            continue
        content_type = response.headers.get("content-type", "")
        size = len(gzip.compress(body, 6)) if content_type.startswith(COMPRESSIBLE) else len(body)
        total += size
        raw += len(body)
        by_type[kind(content_type)] = by_type.get(kind(content_type), 0) + size
    return {"requests": len(responses), "gzip_bytes": total, "raw_bytes": raw,
            "by_type": dict(sorted(by_type.items(), key=lambda item: -item[1]))}


def _kb(size: int) -> str:
    return f"{size / 1000:.1f} kB"


def measure(site: Path, paths: list[str]) -> dict:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                          has_touch=True, device_scale_factor=2)
            page = context.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + path.lstrip("/"), wait_until="networkidle")
            first = weigh(responses)
            responses.clear()
            page.locator(SEARCH_BUTTON).click()
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)  # the worker's own requests (lunr languages)
            search = weigh(responses)
            results[path] = {**first, "goal_bytes": GOAL_BYTES, "meets_goal": first["gzip_bytes"] <= GOAL_BYTES,
                             "search_on_first_use": search}
            verdict = "ok" if first["gzip_bytes"] <= GOAL_BYTES else "OVER"
            print(f"first view {path:<6} {first['requests']:>3} requests, {_kb(first['gzip_bytes'])} gzip "
                  f"({_kb(first['raw_bytes'])} raw), goal ≤ {_kb(GOAL_BYTES)}: {verdict}")
            print("  by type: " + ", ".join(f"{name} {_kb(size)}" for name, size in first["by_type"].items()))
            print(f"  search, fetched when first opened: {search['requests']} requests, {_kb(search['gzip_bytes'])} gzip")
            context.close()
        browser.close()
    server.shutdown()
    return results


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    print(json.dumps(measure(site, sys.argv[2:] or ["/", "en/"]), indent=2))
