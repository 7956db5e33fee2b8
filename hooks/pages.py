"""MkDocs entry point: hand-written pages. Checked first (front matter, UTF-8, translations,
official names, links to drafts, review dates), read as the editor's tool wrote them, drafts left
out of a published build, every page's rendered HTML checked against the content policy
(campaignsite/content/safety.py), and the day each was last reviewed shown to readers."""
from datetime import date
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger

from campaignsite.collections import build
from campaignsite.collections.pages import editor_source
from campaignsite.config.site import site_for
from campaignsite.content.docs_check import scan_docs
from campaignsite.content.drafts import LeftOut, prune_nav
from campaignsite.content.editorial import editorial_errors
from campaignsite.content.publication import Publication
from campaignsite.content.safety import Source, errors_of, findings
from campaignsite.content.yamlsource import body_start, read_text
from campaignsite.errors import raise_if_any
from campaignsite.i18n.formats import format_day
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)
UNSAFE: dict = {"errors": [], "pages": 0, "warnings": 0}  # of all languages of this `mkdocs build`
CURRENT: dict[str, LeftOut] = {}  # this build's drafts left out (none in the preview)


@event_priority(100)
def on_pre_build(config):
    if BUILD.depth == 0:  # the outer build (before hooks/languages.py starts it)
        UNSAFE.update(errors=[], pages=0)
    UNSAFE["warnings"] = _warnings()
    if not BUILD.prepared:  # a parallel build's parent checked them before the languages started
        prepare(config)


@event_priority(100)
def prepare(config):
    """What every language shares: docs/ checked, and which drafts are left out."""
    site = site_for(config)
    languages = site.languages
    pages, errors = scan_docs(Path(config.docs_dir), site.root, languages.codes, languages.required)
    catalogue, _item_errors = build.catalogue_for(site)  # raised by hooks/content_collections.py
    drafts, more = editorial_errors(site, pages, catalogue, Publication.of(config), build.build_day(site))
    raise_if_any(errors + more)
    CURRENT["drafts"] = drafts


def _leave_out_drafts(files, config):
    drafts = CURRENT.get("drafts")
    if drafts and drafts.files:
        for file in list(files):
            if file.abs_src_path and Path(file.abs_src_path).resolve() in drafts.files:
                files.remove(file)
        if config.nav:
            config.nav = prune_nav(config.nav, drafts.bases)
    return files


# Twice: before a partial language's fallback pages are added (hooks/languages.py, -105), so a
# draft translation is replaced by its fallback, and after, so no fallback copies a draft.
@event_priority(-102)
def _drafts_before_fallbacks(files, config):
    return _leave_out_drafts(files, config)


@event_priority(-106)
def _drafts_after_fallbacks(files, config):
    return _leave_out_drafts(files, config)


on_files = CombinedEvent(_drafts_before_fallbacks, _drafts_after_fallbacks)


def on_page_read_source(page, config):
    """The page as yamlsource.read_text reads it (BOM, UTF-16, CRLF, NFD): MkDocs' own reader
    would choke on UTF-16 and keep decomposed letters."""
    if page.file.abs_src_path:
        return read_text(Path(page.file.abs_src_path), page.file.src_uri)[0]
    return None


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
    text, _error = read_text(site.root / path, path)  # as the editor's tool wrote it (errors: on_pre_build)
    return Source(path, text, 1 if field else body_start(text), field)


@event_priority(-10)  # every page of this language has been rendered; nothing is written yet
def on_env(env, config, files):
    # All languages' errors at once, after the last; sooner if a warning of a nested language's
    # build will end it in strict mode before the next language (the default language's build
    # ends only after all the others).
    # A parallel build's language process reports its own pages (the parent prints them all).
    last = config.theme["language"] == site_for(config).languages.codes[-1] or BUILD.language_process
    if last or (BUILD.depth > 1 and _warnings() > UNSAFE["warnings"]):
        raise_if_any(UNSAFE["errors"])
    if last and BUILD.language_process:
        BUILD.add("safety", {config.theme["language"]: UNSAFE["pages"]})  # the parent counts them all
    elif last:
        _report_checked(UNSAFE["pages"])
    return env


def finish_site(config, part: dict):
    """A parallel build's total, from its languages' counts."""
    if part.get("safety"):
        _report_checked(sum(part["safety"].values()))


def _report_checked(pages: int) -> None:
    log.info(f"content safety: {pages} rendered pages checked against the allow-list")


def _warnings() -> int:
    return sum(BUILD.warnings.counts.values())


def on_page_context(context, page, config, nav):
    reviewed = page.meta.get("reviewed")
    if reviewed:
        site = site_for(config)
        context["reviewed_on"] = format_day(date.fromisoformat(str(reviewed)), site.languages.locale(config.theme["language"]))
    return context
