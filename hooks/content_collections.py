"""MkDocs entry point: content/ collections → pages, calendars, feeds, open data and JSON-LD."""
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from campaignsite.i18n import languages
from campaignsite.i18n.alternates import absolute_url
from campaignsite.collections import build, pages, views
from campaignsite.collections.records import Catalogue
from campaignsite.errors import raise_if_any
from campaignsite.feeds import atom, ics, jsonld, opendata
from campaignsite.i18n.ui import strings_for
from campaignsite.project import project_root

log = get_plugin_logger(__name__)
CURRENT: dict[str, Catalogue] = {}


def _include_samples(config) -> bool:
    return str(config.extra.get("include_samples", True)).lower() not in ("false", "0", "no")


@event_priority(90)
def on_pre_build(config):
    root = project_root(config)
    site = languages.from_config(config)
    catalogue, errors = build.catalogue_for(root / "content", root, site.codes)
    raise_if_any(errors)
    if not _include_samples(config):
        catalogue = catalogue.without_samples()
    if CURRENT.get("catalogue") is catalogue and (Path(config.docs_dir) / "events" / pages.MARKER).exists():
        return  # the other language's build: pages already written from this very catalogue
    CURRENT["catalogue"] = catalogue
    planned = pages.plan_pages(catalogue, site.codes, {lang: strings_for(lang) for lang in site.codes})
    try:
        changed = pages.write_pages(Path(config.docs_dir), planned)
    except FileExistsError as exc:
        raise PluginError(str(exc)) from None
    if changed:
        log.info(f"collections: {changed} generated file(s) updated under docs/")


def _views(config) -> views.LanguageViews:
    """The current language's item views, made once per build of that language."""
    lang = config.theme["language"]
    key = (id(CURRENT["catalogue"]), lang, config.site_url)
    if CURRENT.get("views_key") != key:
        prefix = languages.from_config(config).prefix(lang)
        CURRENT["views"] = views.LanguageViews(CURRENT["catalogue"], lang, prefix, build.build_moment(), config.site_url)
        CURRENT["views_key"] = key
    return CURRENT["views"]


def on_page_context(context, page, config, nav):
    collection = page.meta.get("collection")
    if not collection:
        return context
    item_views = _views(config)
    lang = item_views.lang
    context["today_iso"] = item_views.today.date().isoformat()
    slug = page.meta.get("item")
    if slug:
        view = item_views.of(item_views.catalogue.get(f"{collection}/{slug}"))
        context["item"] = view
        make_jsonld = jsonld.BY_COLLECTION.get(collection)
        context["jsonld"] = make_jsonld(view, lang) if make_jsonld else None
    else:
        items = item_views.of_collection(collection)
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
    item_views = _views(config)
    lang, prefix, catalogue, today = item_views.lang, item_views.prefix, item_views.catalogue, item_views.today
    ui = strings_for(lang)
    out = Path(config.site_dir) / prefix
    host = urlsplit(config.site_url).hostname or "localhost"
    event_views = [(i, item_views.of(i)) for i in catalogue.items["events"]]
    _write(out / "events" / "calendar.ics", ics.calendar(ui["events_title"], lang, event_views, host, today))
    for item, view in event_views:
        _write(out / "events" / item.slug / f"{item.slug}.ics", ics.calendar(view["title"], lang, [(item, view)], host, today))
    news_views = [item_views.of(i) | {"sample_label": ui["sample_badge"]} for i in catalogue.items["news"]]
    feed_url = absolute_url(config.site_url, f"{prefix}news/feed.xml")
    _write(out / "news" / "feed.xml", atom.feed(ui["atom_feed_title"], lang, feed_url,
                                               absolute_url(config.site_url, f"{prefix}news/"), news_views,
                                               today.isoformat(timespec="seconds")).encode("utf-8"))
    project_views = item_views.of_collection("projects")
    _write(out / "projects" / "projects.csv", opendata.to_csv(project_views))
    _write(out / "projects" / "projects.json", opendata.to_json(project_views, lang, absolute_url(config.site_url, f"{prefix}projects/")))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
