#!/usr/bin/env python3
"""Screenshots of built pages for review: phone (390 px) and desktop (1280 px), full page.

    .venv/bin/python scripts/screenshots.py site /tmp/shots / en/ events/ en/events/
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def main(site: str, out: str, paths: list[str]) -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    Path(out).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size_name, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            for path in paths:
                page.goto(base + path.lstrip("/"), wait_until="networkidle")
                name = (path.strip("/").replace("/", "_") or "home") + f"-{size_name}.png"
                page.screenshot(path=str(Path(out) / name), full_page=True)
                print(Path(out) / name)
            context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
