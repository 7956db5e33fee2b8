"""MkDocs entry point: one search index per language, diacritic-insensitive (campaignsite.search.lunr)."""
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

from campaignsite.config.site import site_for

from campaignsite.search import lunr as search_lunr
from campaignsite.search.index import language_index, search_plugin, take_entries, write_index
from campaignsite.search.page import with_language_base
from campaignsite.state import BUILD


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the file list
def on_files(files, config):
    return search_lunr.publish(files, config)


def _language_prefix(config) -> str:
    """"" for the default language, "en/" for English."""
    return site_for(config).languages.prefix(config.theme["language"])


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
    if plugin:  # with the plugin's settings as this build completed them (a parallel build's parent has not)
        settings = {key: plugin.config[key] for key in ("separator", "pipeline", "fields")}
        BUILD.area("search")[config.theme["language"]] = {"entries": take_entries(plugin), "settings": settings}


@event_priority(-250)  # after static-i18n has built every language and hooks/languages.py finished
def _write_indexes(config):
    if BUILD.finishes_site:  # not in a nested per-language build: the outer build writes every index
        finish_site(config, BUILD.part)


on_post_build = CombinedEvent(_collect_entries, _write_indexes)


@event_priority(-250)  # the order of the finishing steps (campaignsite.parallel sorts them by it)
def finish_site(config, part: dict):
    site = site_for(config).languages
    for lang, built in part.get("search", {}).items():
        index = language_index(built["entries"], lang, site.prefix(lang), built["settings"])
        write_index(Path(config.site_dir), site.prefix(lang), index)
