"""MkDocs entry point: one search index per language, in that language's words (campaignsite.search.lunr)."""
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

from campaignsite.config.site import site_for

from campaignsite.search import lunr as search_lunr
from campaignsite.search.emphasis import emphasis_by_location
from campaignsite.search.index import language_index, search_plugin, take_entries, write_index
from campaignsite.search.page import with_language_base
from campaignsite.state import BUILD


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the file list
def on_files(files, config):
    languages = site_for(config).languages
    return search_lunr.publish(files, config, [languages.locale(lang) for lang in languages.codes])


def _language_prefix(config) -> str:
    """"" for the default language, "en/" for English."""
    return site_for(config).languages.prefix(config.theme["language"])


def on_page_context(context, page, config, nav):
    # page.content is what Material's search plugin divides into entries
    if search_plugin(config) and page.content:
        BUILD.area("search_emphasis").update(emphasis_by_location(page.content, page.url))
    return context


def on_post_page(output, page, config):
    prefix = _language_prefix(config)
    return with_language_base(output, prefix, page.file.src_uri) if prefix else output


@event_priority(50)  # before hooks/languages.py keeps each language's 404 page
def on_post_template(output, template_name, config):
    prefix = _language_prefix(config)
    if template_name == "404.html" and prefix:
        return with_language_base(output, prefix, template_name)
    return output


@event_priority(-50)  # after Material's search plugin, before static-i18n merges the languages
def _collect_entries(config):
    plugin = search_plugin(config)
    if plugin:  # with the settings as this build completed them (a parallel build's parent has not)
        lang = config.theme["language"]
        settings = {key: plugin.config[key] for key in ("separator", "pipeline", "fields")}
        lunr_name = search_lunr.site_lunr_language(config, site_for(config).languages.locale(lang)).name
        BUILD.area("search")[lang] = {"entries": take_entries(plugin), "settings": settings, "lunr": lunr_name}


@event_priority(-250)  # after static-i18n has built every language and hooks/languages.py finished
def _write_indexes(config):
    if BUILD.finishes_site:  # not in a nested per-language build: the outer build writes every index
        finish_site(config, BUILD.part)


on_post_build = CombinedEvent(_collect_entries, _write_indexes)


@event_priority(-250)  # the order of the finishing steps (campaignsite.parallel sorts them by it)
def finish_site(config, part: dict):
    site = site_for(config).languages
    emphasis = part.get("search_emphasis", {})
    for lang, built in part.get("search", {}).items():
        index = language_index(built["entries"], lang, site.prefix(lang), built["settings"], built["lunr"], emphasis)
        write_index(Path(config.site_dir), site.prefix(lang), index)
