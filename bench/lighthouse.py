#!/usr/bin/env python3
"""Lighthouse scores (mobile) of the home, an event and an exhibit page in both languages.

Lighthouse (node_modules/, pinned in package.json: `make node_modules`) drives Debian's
/usr/bin/chromium with its default mobile settings (a mid-range phone, simulated slow 4G).
The site is served from 127.0.0.1 as the host serves it: text gzip-compressed, the headers of
site/_headers, each language's 404 page. About 15 s a page.
Goals: performance ≥ 98; accessibility, best practices and SEO 100.

    .venv/bin/python bench/lighthouse.py [SITE_DIR]     (no SITE_DIR: build the project first)

`run(site)` returns {page: {category: score, ..., "below_goal": {category: [audit: value]}}}.
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --no-first-run")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GOALS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml",
                "application/atom+xml")


def host_headers(site: Path) -> dict[str, dict[str, str]]:
    """The rules of site/_headers (Netlify / Cloudflare Pages format): {path pattern: headers}."""
    rules: dict[str, dict[str, str]] = {}
    current = None
    headers_file = site / "_headers"
    for line in headers_file.read_text(encoding="utf-8").splitlines() if headers_file.exists() else []:
        if line and not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
        elif line.strip() and current is not None:
            name, value = line.strip().split(":", 1)
            current[name.strip()] = value.strip()
    return rules


class HostLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files as a production host sends them: gzip, the _headers, per-language 404."""

    rules: dict[str, dict[str, str]] = {}

    def log_message(self, *args):
        pass

    def end_headers(self):
        for pattern, headers in self.rules.items():
            if pattern == "/*" or (pattern.endswith("*") and self.path.startswith(pattern[:-1])):
                for name, value in headers.items():
                    self.send_header(name, value)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        language_404 = root / self.path.lstrip("/").split("/")[0] / "404.html"
        self._send_body(404, (language_404 if language_404.is_file() else root / "404.html").read_bytes(),
                        "text/html; charset=utf-8")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().do_GET()  # the redirect to the address with a slash
            path = path / "index.html"
        if not path.is_file():
            return self.send_error(404)
        kind = self.guess_type(str(path))
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        self._send_body(200, path.read_bytes(), kind)

    def _send_body(self, status: int, body: bytes, kind: str):
        if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6)
            encoding = "gzip"
        else:
            encoding = None
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(site: Path):
    handler = type("Handler", (HostLikeHandler,), {"rules": host_headers(site)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def pages(site: Path) -> list[str]:
    """Home, the first verified event and exhibit (a sample is noindex: SEO would score it down,
    rightly), in Vietnamese and in English."""
    def first(collection: str) -> str:
        return sorted(path.parent.name for path in (site / collection).glob("*/index.html")
                      if path.parent.name != "page" and 'content="noindex"' not in path.read_text(encoding="utf-8"))[0]

    paths = ["", f"events/{first('events')}/", f"exhibits/{first('exhibits')}/"]
    return paths + [f"en/{path}" for path in paths]


def lighthouse(url: str, out: Path) -> dict:
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `make node_modules`")
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    completed = subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                                f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
                               env=env, capture_output=True, text=True, timeout=300)
    if completed.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def summarise(report: dict) -> dict:
    """Scores out of 100, and for each category below its goal the audits that cost points."""
    result: dict = {"below_goal": {}}
    for name in CATEGORIES:
        category = report["categories"][name]
        score = round(category["score"] * 100) if category["score"] is not None else None
        result[name] = score
        if score is None or score < GOALS[name]:
            losses = []
            for ref in category["auditRefs"]:
                audit = report["audits"][ref["id"]]
                if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                    losses.append(f"{ref['id']}: {audit.get('displayValue') or audit['score']}")
            result["below_goal"][name] = losses
    return result


def run(site: Path) -> dict:
    results = {"goals": GOALS, "pages": {}}
    with serve(site) as base, tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        for path in pages(site):
            try:
                report = lighthouse(base + path, Path(tmp) / "report.json")
            except RuntimeError as error:  # Chrome now and then fails to start: one more try
                print(f"lighthouse /{path}: retrying after: {str(error).splitlines()[0]}", flush=True)
                report = lighthouse(base + path, Path(tmp) / "report.json")
            summary = summarise(report)
            results["pages"]["/" + path] = summary
            scores = "  ".join(f"{name} {summary[name]}" for name in CATEGORIES)
            verdict = "ok" if not summary["below_goal"] else "BELOW GOAL: " + "; ".join(
                f"{name} ({', '.join(losses) or 'no weighted audit'})" for name, losses in summary["below_goal"].items())
            print(f"lighthouse /{path:<45} {scores}  {verdict}", flush=True)
    results["meets_goals"] = all(not page["below_goal"] for page in results["pages"].values())
    return results


def main(argv: list[str]) -> int:
    if argv:
        return 0 if run(Path(argv[0]).resolve())["meets_goals"] else 1
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build.py"), "--site-dir", str(site)], cwd=ROOT,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), check=True, capture_output=True)
        return 0 if run(site)["meets_goals"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
