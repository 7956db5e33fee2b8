#!/usr/bin/env python3
"""`make serve [PORT=8001]`: the editors' live preview, which keeps answering while content is broken.

`mkdocs serve` stops answering after a failed rebuild ("the server will appear stuck") and does
not start when the first build fails. This runs MkDocs' own serve machinery
(mkdocs.livereload.LiveReloadServer, set up as mkdocs/commands/serve.py does) with a builder that
never raises: after a failed build every page request gets an error page listing the same
one-line messages as `make build` (overrides/preview-errors.html, reloading by itself), the
terminal shows the same lines without a traceback, and the next good save brings the site back.
Drafts are shown, with their badge (INCLUDE_DRAFTS=true: content/publication.py).
"""
from __future__ import annotations

import argparse
import logging
import os
import posixpath
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("INCLUDE_DRAFTS", "true")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
sys.path.insert(0, str(ROOT / "hooks"))

import jinja2  # noqa: E402
import yaml  # noqa: E402
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.exceptions import Abort, MkDocsException  # noqa: E402
from mkdocs import livereload  # noqa: E402
from mkdocs.livereload import LiveReloadServer, _serve_url  # noqa: E402

from campaignsite.errors import ContentErrors  # noqa: E402
from campaignsite.i18n.ui import ENGINE_WORDS  # noqa: E402

log = logging.getLogger("mkdocs.preview")
TEMPLATE = "preview-errors.html"


class PreviewServer(LiveReloadServer):
    """Serves the error page in place of every page while the last build failed."""

    errors: list[str] | None = None  # the failed build's lines; None while the site is good
    error_page: Callable[[list[str]], bytes]  # set by serve()

    def _serve_request(self, environ, start_response):
        path = environ["PATH_INFO"]
        if not path.startswith("/livereload/") and posixpath.splitext(path)[1] in ("", ".html"):
            with self._epoch_cond:  # a rebuild under way decides what this request sees
                self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
                epoch = self._visible_epoch
            if self.errors is not None:
                body = self._inject_js_into_html(self.error_page(self.errors), epoch)
                start_response("500 Content errors", [("Content-Type", "text/html; charset=utf-8"),
                                                      ("Content-Length", str(len(body))), ("Cache-Control", "no-store")])
                return [body]
        return super()._serve_request(environ, start_response)


class _QuietHandler(livereload._Handler):
    """MkDocs logs every answer that is not 200 as a warning; the error page's errors are already
    in the terminal, once."""

    def log_request(self, code="-", size="-"):
        if str(code) != "500":
            super().log_request(code, size)


class _Collect(logging.Handler):
    """The warnings and errors MkDocs logs during one build (strict mode stops on warnings)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines += [line.strip() for line in record.getMessage().splitlines() if line.strip()]


def error_lines(exc: BaseException, logged: list[str]) -> list[str]:
    """The one-line messages of a failed build: its ContentErrors, else what MkDocs logged."""
    seen = exc
    while seen is not None:
        if isinstance(seen, ContentErrors):
            return [str(error) for error in seen.errors]
        seen = seen.__cause__ or seen.__context__
    lines = [line for line in logged if not line.startswith("Aborted with")]
    if not isinstance(exc, MkDocsException):  # a fault of the engine, not of the content
        lines.append(f"{type(exc).__name__}: {exc} (an error in the site's code, not in content: run make build for details)")
    elif not lines or not isinstance(exc, Abort):
        lines.append(str(exc))
    return lines


def page_words(config_file: Path) -> tuple[str, dict[str, str]]:
    """The default language's words, or the engine's English ones when the configuration is the
    mistake being shown."""
    try:
        from campaignsite.config.site import project_site

        site, _errors = project_site(config_file)
        if site is not None:
            return site.languages.default, site.words[site.languages.default]
    except Exception:  # noqa: BLE001 - the error page of last resort must not fail
        pass
    return "en", yaml.safe_load((ENGINE_WORDS / "en.yml").read_text(encoding="utf-8"))


def make_error_page(config_file: Path):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    template = env.get_template(TEMPLATE)

    def render(errors: list[str]) -> bytes:
        lang, words = page_words(config_file)
        return template.render(lang=lang, ui=words, errors=errors).encode("utf-8")

    return render


def serve(config_file: Path, host: str, port: int) -> int:
    site_dir = tempfile.mkdtemp(prefix="preview_")

    def get_config():
        return load_config(config_file=str(config_file), site_dir=site_dir, dev_addr=f"{host}:{port}")

    try:
        config = get_config()
    except MkDocsException as exc:
        print(f"{config_file.name}: {exc}", file=sys.stderr)
        return 1
    config.plugins.on_startup(command="serve", dirty=False)
    serve_url = _serve_url(host, port, "/")
    server = PreviewServer(builder=lambda: None, host=host, port=port, root=site_dir)
    server.RequestHandlerClass = _QuietHandler
    server.error_page = make_error_page(config_file)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as Ctrl+C does, cleaning up

    def builder(config=None):
        collect = _Collect()
        logging.getLogger("mkdocs").addHandler(collect)
        try:
            if config is None:
                config = get_config()
            config.site_url = serve_url
            build(config, serve_url=serve_url)
            server.errors = None
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - every failure becomes the error page
            server.errors = error_lines(exc, collect.lines)
            for line in server.errors:
                if line not in collect.lines:  # MkDocs has not printed it
                    log.error(line)
            log.error(f"The preview shows {len(server.errors)} error(s) on every page until the next good save: {serve_url}")
        finally:
            logging.getLogger("mkdocs").removeHandler(collect)

    server.builder = builder
    try:
        builder(config)
        server.watch(config.docs_dir)
        server.watch(str(config_file))
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for path in config.watch:
            server.watch(path)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
    return 0


def _interrupt(_signum, _frame):
    raise KeyboardInterrupt


def _logging() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("-f", "--config-file", type=Path, default=ROOT / "mkdocs.yml")
    args = parser.parse_args()
    _logging()
    return serve(args.config_file.resolve(), args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
