"""MkDocs entry point: check every hand-written page (front matter, UTF-8, translations) first,
then every page's rendered HTML against the content policy (campaignsite/content/safety.py)."""
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from campaignsite.collections.pages import editor_source
from campaignsite.config.site import site_for
from campaignsite.content.docs_check import scan_docs
from campaignsite.content.safety import Source, errors_of, findings
from campaignsite.content.yamlsource import body_start
from campaignsite.errors import raise_if_any
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)
UNSAFE: dict = {"errors": [], "pages": 0, "warnings": 0}  # of all languages of this `mkdocs build`


@event_priority(100)
def on_pre_build(config):
    if BUILD.depth == 0:  # the outer build (before hooks/languages.py starts it)
        UNSAFE.update(errors=[], pages=0)
    UNSAFE["warnings"] = _warnings()
    site = site_for(config)
    _pages, errors = scan_docs(Path(config.docs_dir), site.root, site.languages.codes, site.languages.required)
    raise_if_any(errors)


@event_priority(50)  # before hooks/images.py writes its <picture> markup: the editor's <img> is checked
def on_page_content(html, page, config, files):
    UNSAFE["pages"] += 1
    found = findings(html)
    if found:
        UNSAFE["errors"] += errors_of(found, _source(page, config))
    return html


def _source(page, config) -> Source:
    site = site_for(config)
    docs_dir = Path(config.docs_dir).resolve()
    docs_path = Path(page.file.abs_src_path).resolve().relative_to(docs_dir).as_posix()
    path, field = editor_source(docs_path, site.collections(), site.root) or (docs_dir.joinpath(docs_path).relative_to(site.root).as_posix(), None)
    text = (site.root / path).read_text(encoding="utf-8")
    return Source(path, text, 1 if field else body_start(text), field)


@event_priority(-10)  # every page of this language has been rendered; nothing is written yet
def on_env(env, config, files):
    # All languages' errors at once, after the last; sooner if a warning of a nested language's
    # build will end it in strict mode before the next language (the default language's build
    # ends only after all the others).
    last = config.theme["language"] == site_for(config).languages.codes[-1]
    if last or (BUILD.depth > 1 and _warnings() > UNSAFE["warnings"]):
        raise_if_any(UNSAFE["errors"])
    if last:
        log.info(f"content safety: {UNSAFE['pages']} rendered pages checked against the allow-list")
    return env


def _warnings() -> int:
    return sum(BUILD.warnings.counts.values())
