"""The parallel build (see campaignsite/parallel/__init__.py): prepare, fork per language, merge, finish."""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

from mkdocs import exceptions, utils
from mkdocs.__main__ import State
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs_static_i18n.plugin import I18n

from campaignsite.cores import usable_cores
from campaignsite.errors import RAISED, ContentError, ContentErrors
from campaignsite.parallel.markdown import reuse_markdown_converter
from campaignsite.parallel.tree import merge_tree
from campaignsite.state import BUILD, merge_parts

log = logging.getLogger("mkdocs.parallel")


def i18n_plugin(config) -> I18n:
    return next(plugin for plugin in config.plugins.values() if isinstance(plugin, I18n))


def build_order(config) -> list[str]:
    """The languages as static-i18n builds them: the default, then the others in its order."""
    i18n = i18n_plugin(config)
    return [i18n.default_language] + [code for code in i18n.build_languages if code != i18n.default_language]


def hook_steps(config, name: str) -> list:
    """Every hook's function ``name`` (prepare, finish_site), highest priority first, as MkDocs orders events."""
    steps = [getattr(plugin, name) for plugin in config.plugins.values() if callable(getattr(plugin, name, None))]
    return sorted(steps, key=lambda step: -getattr(step, "mkdocs_priority", 0))


def build_site(config_file: Path, site_dir: Path, jobs: int) -> int:
    """Build ``config_file``'s site into ``site_dir`` (created; must not exist); 0 on success."""
    started = time.monotonic()
    warnings = utils.CountHandler()
    warnings.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(warnings)
    folders: dict[str, Path] = {}
    work = site_dir.with_name(f"{site_dir.name}.parts")
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        for prepare in hook_steps(config, "prepare"):
            prepare(config)
        _stop_on_warnings(warnings)
        BUILD.prepared = True
        reuse_markdown_converter()  # in the language processes
        order = build_order(config)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        folders = {lang: site_dir.with_name(f"{site_dir.name}.{lang}") for lang in order}
        failed = _build_languages(config, order, folders, work, jobs)
        content_errors = _content_errors(work, order)
        if content_errors:  # the languages' own, once, as a sequential build reports them
            log.error(str(ContentErrors(content_errors)))
        if failed:
            log.error(f"Aborted: the build of {', '.join(repr(lang) for lang in failed)} failed (messages above)")
            return 1
        shutil.rmtree(site_dir, ignore_errors=True)
        folders[order[0]].rename(site_dir)
        for lang in order[1:]:
            merge_tree(folders[lang], site_dir)
        part = merge_parts([json.loads((work / f"{lang}.json").read_text(encoding="utf-8")) for lang in order])
        for finish in hook_steps(config, "finish_site"):
            finish(config, part)
        _stop_on_warnings(warnings)
        config.plugins.on_shutdown()
    except exceptions.BuildError as error:
        log.error(str(error))
        log.error("Aborted with a BuildError!")
        return 1
    except exceptions.MkDocsException as error:
        error.show()
        return 1
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
        logging.getLogger("mkdocs").removeHandler(warnings)
    log.info(f"Documentation built in {time.monotonic() - started:.2f} seconds "
             f"({len(order)} languages, {min(jobs, len(order))} at once)")
    return 0


def _stop_on_warnings(warnings: utils.CountHandler) -> None:
    if counts := warnings.get_counts():
        raise exceptions.Abort("Aborted with " + ", ".join(f"{v} {k.lower()}s" for k, v in counts) + " in strict mode!")


def _build_languages(config, order: list[str], folders: dict[str, Path], work: Path, jobs: int) -> list[str]:
    """Fork a process per language, ``jobs`` at a time; print each one's messages in order; the failed ones."""
    pending, running, codes = list(order), {}, {}
    while pending or running:
        while pending and len(running) < jobs:
            lang = pending.pop(0)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _language_process(config, lang, folders[lang], work)  # never returns
            running[pid] = lang
        pid, status = os.wait()
        codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)
    for lang in order:
        sys.stderr.write((work / f"{lang}.log").read_text(encoding="utf-8", errors="replace"))
    sys.stderr.flush()
    return [lang for lang in order if codes[lang] != 0]


class _ContentErrorsToParent(logging.Filter):
    """Keeps a language process's content errors out of its messages: the parent prints the
    errors of every language as one list, each once (a partial language's fallback pages would
    repeat its fallback's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not any(record.getMessage() == str(raised) for raised in RAISED)


def _content_errors(work: Path, order: list[str]) -> list[ContentError]:
    found = []
    for lang in order:
        path = work / f"{lang}.errors.json"
        if path.is_file():
            found += [ContentError(**fields) for fields in json.loads(path.read_text(encoding="utf-8"))]
    return found


def _language_process(config, lang: str, folder: Path, work: Path) -> None:
    """In the forked child: build ``lang`` alone into ``folder``, leave its part, and exit."""
    code = 1
    try:
        with open(work / f"{lang}.log", "w", encoding="utf-8") as log_file:
            os.dup2(log_file.fileno(), 1)
            os.dup2(log_file.fileno(), 2)
        i18n = i18n_plugin(config)
        i18n.current_language, i18n.building = lang, True  # this language only (see static-i18n's on_post_build)
        config.site_dir = str(folder)
        BUILD.language_process = True
        RAISED.clear()
        handed_over = _ContentErrorsToParent()
        for handler in logging.getLogger("mkdocs").handlers:
            handler.addFilter(handed_over)
        try:
            build(config)
            code = 0
        except exceptions.MkDocsException as error:  # build() has logged a BuildError's message already
            error.show()
        if RAISED:  # the parent reports every language's content errors together
            (work / f"{lang}.errors.json").write_text(json.dumps(
                [asdict(e) for raised in RAISED for e in raised.errors], ensure_ascii=False), encoding="utf-8")
        if code == 0:
            (work / f"{lang}.json").write_text(json.dumps(BUILD.part, ensure_ascii=False, default=str), encoding="utf-8")
    except BaseException:  # a bug: its traceback goes to this language's messages
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> int:
    parser = argparse.ArgumentParser(description="mkdocs build --strict, each language in its own process")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=usable_cores(), help="languages built at once (default: every core)")
    args = parser.parse_args()
    state = State()  # MkDocs' own log format and level, as `mkdocs build` sets them
    try:
        return build_site(args.config_file.resolve(), args.site_dir.resolve(), max(1, args.jobs))
    finally:
        del state
