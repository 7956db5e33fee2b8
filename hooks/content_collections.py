"""MkDocs entry point: content/ collections → pages, calendars, feeds, open data and JSON-LD."""
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from btsite import languages
from btsite.alternates import absolute_url
from btsite.collections import build, pages, views
from btsite.collections.records import Catalogue
from btsite.errors import raise_if_any
from btsite.feeds import atom, ics, jsonld, opendata
from btsite.ui_strings import strings_for

log = get_plugin_logger(__name__)
CURRENT: dict[str, Catalogue] = {}


def _include_samples(config) -> bool:
    return str(config.extra.get("include_samples", True)).lower() not in ("false", "0", "no")


@event_priority(90)
def on_pre_build(config):
    root = Path(config.config_file_path).parent
    site = languages.from_config(config)
    catalogue, errors = build.catalogue_for(root / "content", root, site.codes)
    raise_if_any(errors)
    if not _include_samples(config):
        catalogue = catalogue.without_samples()
    CURRENT["catalogue"] = catalogue
    planned = pages.plan_pages(catalogue, site.codes, {lang: strings_for(lang) for lang in site.codes})
    try:
        changed = pages.write_pages(Path(config.docs_dir), planned)
    except FileExistsError as exc:
        raise PluginError(str(exc)) from None
    if changed:
        log.info(f"collections: {changed} generated file(s) updated under docs/")


def _context(config):
    lang = config.theme["language"]
    return lang, languages.from_config(config).prefix(lang), CURRENT["catalogue"]


def _with_abs(view: dict, config) -> dict:
    view["abs_url"] = absolute_url(config.site_url, view["url"])
    return view


def on_page_context(context, page, config, nav):
    collection = page.meta.get("collection")
    if not collection:
        return context
    lang, prefix, catalogue = _context(config)
    today = build.build_moment()
    context["today_iso"] = today.date().isoformat()
    slug = page.meta.get("item")
    if slug:
        item = catalogue.get(f"{collection}/{slug}")
        view = _with_abs(views.view_of(item, lang, prefix, catalogue, today), config)
        context["item"] = view
        make_jsonld = jsonld.BY_COLLECTION.get(collection)
        context["jsonld"] = make_jsonld(view, lang) if make_jsonld else None
    else:
        items = [_with_abs(views.view_of(i, lang, prefix, catalogue, today), config) for i in catalogue.items[collection]]
        context["items"] = items
        context["facets"] = views.facets(collection, items)
        if collection == "projects":
            page_url = absolute_url(config.site_url, page.url)
            context["jsonld"] = jsonld.project_catalogue(
                page.title, page.meta.get("description", ""), lang, page_url,
                page_url + "projects.csv", page_url + "projects.json")
    return context


def on_post_build(config):
    """Calendars, the news feed and the open data of the language just built."""
    lang, prefix, catalogue = _context(config)
    ui = strings_for(lang)
    today = build.build_moment()
    out = Path(config.site_dir) / prefix
    host = urlsplit(config.site_url).hostname or "localhost"
    event_views = [(i, _with_abs(views.view_of(i, lang, prefix, catalogue, today), config)) for i in catalogue.items["events"]]
    _write(out / "events" / "calendar.ics", ics.calendar(ui["events_title"], lang, event_views, host, today))
    for item, view in event_views:
        _write(out / "events" / item.slug / f"{item.slug}.ics", ics.calendar(view["title"], lang, [(item, view)], host, today))
    news_views = [_with_abs(views.view_of(i, lang, prefix, catalogue, today), config) | {"sample_label": ui["sample_badge"]}
                  for i in catalogue.items["news"]]
    feed_url = absolute_url(config.site_url, f"{prefix}news/feed.xml")
    _write(out / "news" / "feed.xml", atom.feed(ui["atom_feed_title"], lang, feed_url,
                                               absolute_url(config.site_url, f"{prefix}news/"), news_views,
                                               today.isoformat(timespec="seconds")).encode("utf-8"))
    project_views = [_with_abs(views.view_of(i, lang, prefix, catalogue, today), config) for i in catalogue.items["projects"]]
    _write(out / "projects" / "projects.csv", opendata.to_csv(project_views))
    _write(out / "projects" / "projects.json", opendata.to_json(project_views, lang, absolute_url(config.site_url, f"{prefix}projects/")))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
