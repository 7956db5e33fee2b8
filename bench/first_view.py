#!/usr/bin/env python3
"""Bytes of a page's first view on a 390 px phone, as a gzip-serving host would send them.

Loads the page in headless Chromium (Debian's /usr/bin/chromium) from a local server, records
every response up to the network going idle (lazy images below the fold are not requested), and
sums each body's gzip size (fonts and images count as they are: they do not compress).
Goal: at most 120 KB for the home page.

    .venv/bin/python bench/first_view.py site / en/
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
GOAL_BYTES = 120_000
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def measure(site: Path, paths: list[str]) -> dict:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2)
            page = context.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + path.lstrip("/"), wait_until="networkidle")
            total, raw, by_type = 0, 0, {}
            for response in responses:
                try:
                    body = response.body()
                except Exception:  # redirects and aborted requests have no body
                    continue
                kind = response.headers.get("content-type", "")
                size = len(gzip.compress(body, 6)) if kind.startswith(COMPRESSIBLE) else len(body)
                total += size
                raw += len(body)
                key = kind.split(";")[0] or "other"
                by_type[key] = by_type.get(key, 0) + size
            results[path] = {"requests": len(responses), "gzip_bytes": total, "raw_bytes": raw, "by_type": by_type,
                             "goal_bytes": GOAL_BYTES, "meets_goal": total <= GOAL_BYTES}
            print(f"first view {path:<12} {len(responses):>3} requests, {total / 1000:.1f} kB gzip "
                  f"({raw / 1000:.1f} kB raw), goal ≤ {GOAL_BYTES / 1000:.0f} kB: {'ok' if total <= GOAL_BYTES else 'OVER'}")
            context.close()
        browser.close()
    server.shutdown()
    return results


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    print(json.dumps(measure(site, sys.argv[2:] or ["/", "en/"]), indent=2))
