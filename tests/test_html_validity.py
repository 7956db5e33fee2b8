"""Every built page is valid HTML by the Nu HTML Checker (vnu-jar, pinned in package.json).

One Java process checks all pages. The only errors allowed are the few that Material writes in
markup we cannot reach without copying a whole Material template: tests/vnu_known.json names
each one (message and markup) and says why. Errors in our templates are fixed, not listed.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
KNOWN = json.loads((Path(__file__).parent / "vnu_known.json").read_text(encoding="utf-8"))["known"]

# A page with two errors the checker must report, checked in the same run as the site.
BROKEN = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken</title></head>'
          '<body><p id="twice">a</p><p id="twice">b</p><img src="x.png"></body></html>')


def run_vnu(files: list[Path]) -> list[dict]:
    """The checker's errors (and fatal errors) for the files, from one Java process."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: run `make test`, which installs Debian's default-jre-headless")
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run `make node_modules` (npm ci --ignore-scripts)")
    completed = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
                                *map(str, files)], capture_output=True, text=True, timeout=600)
    report = json.loads(completed.stderr)  # vnu writes its report to stderr; exit 1 means "errors"
    return [message for message in report["messages"] if message["type"] in ("error", "non-document-error")]


def path_of(message: dict) -> Path:
    return Path(unquote(urlsplit(message.get("url", "")).path))


def known_entry(message: dict) -> dict | None:
    for entry in KNOWN:
        if re.search(entry["message"], message["message"]) and re.search(entry["extract"], message.get("extract", "")):
            return entry
    return None


@pytest.fixture(scope="module")
def vnu_errors(site, tmp_path_factory) -> dict[str, list[dict]]:
    canary = tmp_path_factory.mktemp("vnu") / "broken.html"
    canary.write_text(BROKEN, encoding="utf-8")
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    errors = run_vnu([*pages, canary])
    return {
        "site": [message for message in errors if path_of(message) != canary],
        "canary": [message for message in errors if path_of(message) == canary],
    }


def describe(message: dict, site: Path) -> str:
    path = path_of(message)
    where = path.relative_to(site) if path.is_relative_to(site) else path
    extract = " ".join(message.get("extract", "").split())
    return f"{where}:{message.get('lastLine', '?')}: {message['message']}  [{extract}]"


def test_built_pages_have_no_html_error(site, vnu_errors):
    unexplained = [describe(message, site) for message in vnu_errors["site"] if known_entry(message) is None]
    assert unexplained == [], "\n".join(unexplained)


def test_each_known_material_error_is_still_there_and_explained(vnu_errors):
    """An entry nothing matches any more (Material fixed it) is deleted from vnu_known.json."""
    for entry in KNOWN:
        assert len(entry["why"]) > 40, entry
        assert any(known_entry(message) is entry for message in vnu_errors["site"]), f"stale entry: {entry['message']}"


def test_checker_reports_errors_in_a_broken_page(vnu_errors):
    messages = " | ".join(message["message"] for message in vnu_errors["canary"])
    assert "Duplicate ID “twice”" in messages and "alt" in messages, messages
