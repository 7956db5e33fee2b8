"""`make serve` keeps answering while content is broken: every page shows the build's error lines,
the terminal shows the same lines without a traceback, and the next good save brings the site back."""
from __future__ import annotations

import html
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from sitebuild import FIXTURE_CONTENT, ROOT, copy_project

BROKEN = "content/events/asean-week/item.yml:4: district: unknown value 'nowhere': use one of "


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(url: str, status: int, seconds: float = 400) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        code, body = fetch(url)
        if code == status:
            return body
        time.sleep(1)
    raise AssertionError(f"{url} did not answer {status} within {seconds} s (last: {code})")


def listed(page: str) -> list[str]:
    """The error lines an error page lists."""
    return [html.unescape(text) for text in re.findall(r"<li><code>(.*?)</code></li>", page)]


def test_make_serve_takes_a_port():
    result = subprocess.run(["make", "-n", "serve", "PORT=8123"], cwd=ROOT, capture_output=True, text=True)
    assert "scripts/serve.py --port 8123" in result.stdout


def test_the_preview_shows_the_errors_and_comes_back_on_the_next_good_save(tmp_path):
    project = copy_project(tmp_path / "project", content=FIXTURE_CONTENT)
    port = free_port()
    log = (tmp_path / "terminal.txt").open("w+", encoding="utf-8")
    server = subprocess.Popen([sys.executable, str(project / "scripts/serve.py"), "--port", str(port)], cwd=project,
                              stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    page = f"http://127.0.0.1:{port}/en/events/asean-week/"
    item = project / "content/events/asean-week/item.yml"
    good = item.read_text(encoding="utf-8")
    try:
        assert "ASEAN week 2023" in wait_for(page, 200)

        item.write_text(good.replace("district: province-wide", "district: nowhere"), encoding="utf-8")
        error_page = wait_for(page, 500)
        [line] = listed(error_page)
        assert line.startswith(BROKEN) and line.endswith("(listed in content/vocabulary.yml)")
        assert "<h1>Chưa dựng được trang</h1>" in error_page  # in the site's default language
        assert "/livereload/" in error_page  # it reloads by itself after the fix
        for other in (f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{port}/ru/province/"):
            assert listed(wait_for(other, 500, 30)) == [line]

        item.write_text(good, encoding="utf-8")
        assert "ASEAN week 2023" in wait_for(page, 200)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    terminal = Path(log.name).read_text(encoding="utf-8")
    assert f"\n  {line}\n" in terminal  # the same line as `make build` prints
    assert "The preview shows 1 error(s) on every page until the next good save" in terminal
    assert "Traceback" not in terminal and "appear stuck" not in terminal
