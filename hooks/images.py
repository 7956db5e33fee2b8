"""MkDocs entry point: responsive images, social cards and zoom tiles (hooks/campaignsite/images/).

Every event runs once per language (mkdocs-static-i18n); the library remembers what it did, so
the second language costs no image work, and the finishing step runs once, after the last (in a
parallel build: the originals are processed by `prepare` before the languages, and the cards and
tiles every language asked for are drawn and published by the parent's `finish_site`).
"""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from PIL import features

from campaignsite.config.site import site_for
from campaignsite.state import BUILD
from campaignsite.i18n.alternates import absolute_url, file_alternate_urls
from campaignsite.errors import raise_if_any
from campaignsite.images.cards import ENGINE_FONTS, CardStyle, CardText
from campaignsite.images.library import ImageLibrary
from campaignsite.images.settings import DEFAULT, without_unsupported
from campaignsite.i18n.fallback import content_language
from campaignsite.images.social import card_url, social_meta
from campaignsite.project import project_root
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)
STATE: dict = {"library": None, "config_file": None, "template": None}


def _library(config) -> ImageLibrary:
    library = STATE["library"]
    if library is not None and STATE["config_file"] == config.config_file_path:
        return library
    root = project_root(config)
    if library is None or library.root != root:
        writable = {"jpeg", "png", "webp"} | ({"avif"} if features.check("avif") else set())
        STATE["library"] = ImageLibrary(root, without_unsupported(DEFAULT, writable), report=log.info)
    STATE["config_file"] = config.config_file_path
    return STATE["library"]


@event_priority(-10)  # after hooks/languages.py (0) has counted the build starting
def on_pre_build(config):
    if BUILD.depth == 1:  # the outermost build starts (hooks/languages.py has counted it)
        _library(config).page_errors.clear()
        STATE["template"] = None  # compiled once per `mkdocs build`, for every language


@event_priority(-110)
def prepare(config):
    """Process the originals into the cache: once, before any language is built."""
    library = _library(config)
    library.prepare(Path(config.docs_dir))
    if library.processed_last_run:
        log.info(f"images: {library.processed_last_run} original(s) processed, {len(library.records)} in use")


@event_priority(-110)  # after mkdocs-static-i18n (-100) has rebuilt the file list
def on_files(files, config):
    if not BUILD.prepared:
        prepare(config)
    languages = site_for(config).languages
    # Variants live at language-neutral URLs: the default language's build publishes them (in a
    # sequential build the other languages' builds write into the same folder).
    return _library(config).register_files(files, config, languages.codes,
                                           with_variants=config.theme["language"] == languages.default)


def on_page_content(html, page, config, files):
    if STATE["template"] is None:
        STATE["template"] = config.theme.get_env().get_template("partials/picture.html")
    template = STATE["template"]
    return _library(config).rewrite_page(html, page, config,
                                         lambda view: template.render(picture=view, page=page, base_url=""))


def on_env(env, config, files):
    library = _library(config)
    # Every page of this language has been read, and MkDocs has not yet stopped on its warnings.
    # Report all image errors at once after the last language, or now if a warning of this
    # build is about to end it in strict mode before the next language; nothing is written.
    # A parallel build's language process reports its own pages' errors, and the default
    # language's process those of the originals too: the parent prints every process's messages.
    languages = site_for(config).languages
    lang = config.theme["language"]
    if BUILD.language_process:
        raise_if_any(library.take_errors(originals=lang == languages.default))
    elif lang == languages.codes[-1] or BUILD.warnings.get_counts():
        raise_if_any(library.take_errors())
    env.globals["picture_view"] = library.picture
    env.globals["zoom_view"] = library.zoom
    return env


def on_page_context(context, page, config, nav):
    site = site_for(config)
    lang = config.theme["language"]
    languages = site.languages
    url = card_url(page.url, lang, languages.prefix(lang))
    title = page.title or config.site_name
    try:
        _library(config).card(url, CardText(title, _section(page, site.words[lang]), config.site_name, card_style(site)))
    except ValueError as exc:  # a character no card font has
        raise PluginError(f"{page.file.src_uri}: social card of {title!r}: {exc}") from None
    shown_in = content_language(page.file) or lang  # a partial language's fallback page is in another language
    others = [languages.locale(code) for code in sorted(file_alternate_urls(page.file)) if code != shown_in and code != lang]
    context["social"] = social_meta(
        title=title, description=page.meta.get("description") or config.site_description or "",
        site_name=config.site_name, locale=languages.locale(shown_in), other_locales=others,
        page_absolute_url=absolute_url(config.site_url, page.url), card_absolute_url=absolute_url(config.site_url, url),
        is_home=page.is_homepage, card_alt=f"{title} – {config.site_name}")
    return context


def card_style(site) -> CardStyle:
    campaign = site.campaign
    extra = tuple((str(site.root / path), str(site.root / path)) for path in campaign.card_fonts)
    return CardStyle(**campaign.colours.model_dump(), fonts=ENGINE_FONTS + extra)


def _section(page, ui: dict[str, str]) -> str:
    """The top navigation section, or the collection of an item page (items are not in the nav)."""
    if page.ancestors:
        return page.ancestors[-1].title or ""
    collection = page.meta.get("collection")
    return ui.get(f"{collection}_title", "") if collection else ""


@event_priority(-150)  # after mkdocs-static-i18n has built the other languages inside this event
def on_post_build(config):
    BUILD.add("images", _library(config).leave())
    if BUILD.finishes_site:
        finish_site(config, BUILD.part)


@event_priority(-150)  # the order of the finishing steps (campaignsite.parallel sorts them by it)
def finish_site(config, part: dict):
    counts = _library(config).finish(Path(config.site_dir), part.get("images", {}))
    log.info("images: " + ", ".join(f"{value} {name}" for name, value in counts.items()))
