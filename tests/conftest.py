from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

import pytest

from sitebuild import ROOT, BuildResult, build, copy_project


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> BuildResult:
    """The real project, built once per test session and shared by the tests that read it."""
    result = build(ROOT, tmp_path_factory.mktemp("built") / "site")
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def site(site_build) -> Path:
    return site_build.site


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A private copy of the project that a test may break on purpose."""
    return copy_project(tmp_path / "project")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve the language's own 404 page, as the static hosts we publish to do.
        if code == 404:
            root = Path(self.directory)
            lang_404 = root / self.path.lstrip("/").split("/")[0] / "404.html"
            page = lang_404 if lang_404.is_file() else root / "404.html"
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextlib.contextmanager
def serve(directory: Path):
    """A built site over HTTP on 127.0.0.1, on a free port."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def served_site(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def served_fixture_site(fixture_site):
    with serve(fixture_site) as url:
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    yield context
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The project with the small, known content of tests/fixtures/content, built at a fixed moment."""
    from sitebuild import FIXTURE_CONTENT, FIXTURE_EPOCH

    project = copy_project(tmp_path_factory.mktemp("fixture") / "project", content=FIXTURE_CONTENT)
    result = build(project, project.parent / "site", SOURCE_DATE_EPOCH=FIXTURE_EPOCH)
    assert result.returncode == 0, result.output
    return result.site
