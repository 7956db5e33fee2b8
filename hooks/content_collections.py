"""MkDocs entry point: content/ collections → pages, calendars, feeds, open data and JSON-LD."""
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from campaignsite.collections import build, contacts, excerpts, listdata, maps, navigation, pages, paging, views
from campaignsite.collections.records import Catalogue
from campaignsite.config.site import site_for
from campaignsite.content.publication import Publication
from campaignsite.errors import raise_if_any
from campaignsite.feeds import atom, ics, jsonld, opendata
from campaignsite.i18n.alternates import absolute_url
from campaignsite.images.social import card_url
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)
CURRENT: dict[str, Catalogue] = {}
ACTIVE = navigation.ActiveListPage()


@event_priority(90)
def on_pre_build(config):
    if not BUILD.prepared:  # a parallel build's parent wrote the pages before the languages started
        prepare(config)


@event_priority(90)
def prepare(config):
    """Read and check content/, and write the generated pages: once for every language."""
    site = site_for(config)
    catalogue, errors = build.catalogue_for(site)
    raise_if_any(errors)
    catalogue = catalogue.published(Publication.of(config))  # drafts (and samples when asked) left out
    if CURRENT.get("catalogue") is catalogue and (Path(config.docs_dir) / catalogue.collections[0] / pages.MARKER).exists():
        return  # the other language's build: pages already written from this very catalogue
    CURRENT["catalogue"] = catalogue
    planned = pages.plan_pages(catalogue, site.languages.codes, site.words, site.campaign.lists.size)
    try:
        changed = pages.write_pages(Path(config.docs_dir), planned, catalogue.collections)
    except FileExistsError as exc:
        raise PluginError(str(exc)) from None
    if changed:
        log.info(f"collections: {changed} generated file(s) updated under docs/")


def _views(config) -> views.LanguageViews:
    """The current language's item views, made once per build of that language."""
    lang = config.theme["language"]
    key = (id(CURRENT["catalogue"]), lang, config.site_url)
    if CURRENT.get("views_key") != key:
        site = site_for(config)
        languages = site.languages
        ctx = views.ViewContext(CURRENT["catalogue"], lang, languages.chain(lang), languages.prefix(lang),
                                languages.locale(lang), ZoneInfo(site.campaign.time_zone))
        CURRENT["views"] = views.LanguageViews(ctx, build.build_moment(), config.site_url)
        CURRENT["views_key"] = key
    return CURRENT["views"]


def identity(config, lang: str) -> jsonld.Identity:
    site = site_for(config)
    campaign = site.campaign
    return jsonld.Identity(
        publisher=jsonld.body(site.text(campaign.publisher.name, lang), campaign.publisher.url),
        organization=jsonld.body(site.text(campaign.organization.name, lang), campaign.organization.url, "GovernmentOrganization"),
        country=campaign.place.country, region=site.text(campaign.place.name, lang),
        licence_url=campaign.open_data_licence.url, sample_label=site.words[lang]["sample_badge"])


def on_page_markdown(markdown, page, config, files):
    """A hand-written page's `<!-- cs-list … -->` lines are checked before any page is rendered."""
    if page.meta.get("collection") or "cs-list" not in markdown:
        return markdown
    site = site_for(config)
    source = Path(page.file.abs_src_path)
    _found, errors = excerpts.markers(source.read_text(encoding="utf-8"), CURRENT["catalogue"].collections,
                                      CURRENT["catalogue"].vocabulary, source.relative_to(site.root).as_posix())
    CURRENT.setdefault("excerpt_errors", []).extend(errors)
    return markdown


def on_env(env, config, files):
    raise_if_any(CURRENT.pop("excerpt_errors", []))
    CURRENT["env"] = env  # the templates' environment, with the other hooks' globals (picture_view)
    return env


def _with_page_blocks(html: str, context, nav, item_views) -> str:
    """The page's HTML with each `<!-- cs-list … -->` line replaced by its list (excerpt.html)
    and `<!-- cs-contact -->` by the site's contact (partials/site-contact.html)."""
    env, catalogue = CURRENT["env"], item_views.catalogue

    def excerpt(match):
        chosen, _problem = excerpts.parse(match.group("spec"), catalogue.collections, catalogue.vocabulary)
        data = excerpts.select(chosen, item_views.of_collection(chosen.collection), item_views.ctx)
        url = f"{item_views.prefix}{chosen.collection}/"
        listing = navigation.list_page(nav, url)
        more = {"url": url, "title": listing.title if listing else context["ui"][f"{chosen.collection}_title"]}
        return env.get_template("collections/excerpt.html").render(context, excerpt=data, more=more)

    def site_contact(_match):
        operator = context["identity"]["operator"]
        body = contacts.organization(operator["name"], operator["url"], context["identity"]["site_contact"])
        return env.get_template("partials/site-contact.html").render(context, contact_jsonld=body)

    return contacts.MARKER.sub(site_contact, excerpts.MARKER.sub(excerpt, html))


@event_priority(-10)  # after hooks/theme.py has put the interface words (`ui`) in the context
def on_page_context(context, page, config, nav):
    collection = page.meta.get("collection")
    if not collection:
        if page.content and ("cs-list" in page.content or "cs-contact" in page.content):
            page.content = _with_page_blocks(page.content, context, nav, _views(config))
        return context
    item_views = _views(config)
    lang = item_views.lang
    context["today_iso"] = item_views.today.date().isoformat()
    image = absolute_url(config.site_url, card_url(page.url, lang, item_views.prefix))
    slug = page.meta.get("item")
    if slug:
        item = item_views.catalogue.get(f"{collection}/{slug}")
        view = item_views.of(item)
        context["item"] = view
        if collection in MAPPED:
            context["place_map"] = _map(config, item_views, [view])
        listing = navigation.list_page(nav, f"{item_views.prefix}{collection}/")
        if listing is not None:
            ACTIVE.mark(listing)
        context["list_page"] = listing
        if collection == "exhibits":
            context["neighbours"] = item_views.neighbours(item)
        make_jsonld = jsonld.BY_COLLECTION.get(collection)
        context["jsonld"] = make_jsonld(_with_absolute_links(view, config), lang, identity(config, lang), image) if make_jsonld else None
    else:
        every = paging.listing_order(collection, item_views.of_collection(collection))
        size = site_for(config).campaign.lists.size(collection)
        list_url = f"{item_views.prefix}{collection}/"
        pager = paging.Pager(page.meta.get("list_page", 1), paging.page_count(len(every), size), list_url)
        items = pager.slice(every, size)  # this page's share, the whole list's facets
        context.update(items=items, total=len(every), pager=pager, facets=views.facets(collection, every))
        if pager.number > 1:  # not in the navigation: page 1's tab and breadcrumb
            context["list_page"] = navigation.list_page(nav, list_url)
            if context["list_page"] is not None:
                ACTIVE.mark(context["list_page"])
        if collection in MAPPED:
            context["place_map"] = _map(config, item_views, items)
        if collection == "events" and pager.number == 1 and every and not any(view["upcoming"] for view in every):
            context["programme"] = excerpts.programme(every, item_views.ctx)
        if pager.count > 1 and context["facets"]:  # the filters search the whole list, from every page
            context["list_data_url"] = f"{list_url}{listdata.FILE}"
            if pager.number == 1:
                CURRENT.setdefault("list_data", {})[(lang, collection)] = _list_data(collection, every, context)
        if collection == "projects" and pager.number == 1:
            page_url = absolute_url(config.site_url, page.url)
            years = sorted({s["date"][:4] for item in items for s in item["sources"] if s.get("date")})
            context["jsonld"] = jsonld.dataset(
                page.title, page.meta.get("description", ""), lang, page_url,
                [("text/csv", page_url + "projects.csv"), ("application/json", page_url + "projects.json")],
                identity(config, lang), f"{years[0]}/{years[-1]}" if years else None)
            context["licence"] = site_for(config).campaign.open_data_licence
    return context


MAPPED = ("events", "projects")  # the collections whose items may have coordinates


def _list_data(collection: str, every: list[dict], context) -> str:
    """items.json of a list in pages, its cards rendered as on page 1 (their links relative to it)."""
    cards = CURRENT["env"].get_template("collections/card.html").make_module(context)
    return listdata.list_data(collection, every, context["ui"], cards.list_card)


def _map(config, item_views, shown: list[dict]) -> dict | None:
    """The map of ``shown`` in the frame of campaign.yml, or of every mapped item's coordinates."""
    catalogue, configured = item_views.catalogue, site_for(config).campaign.map
    cached = CURRENT.get("map_frame")
    if not (cached and cached[0] is catalogue and cached[1] == configured):  # once per catalogue, not per page
        places = [(item.facts.coordinates.lat, item.facts.coordinates.lon) for name in MAPPED
                  for item in catalogue.items.get(name, []) if item.facts.coordinates]
        CURRENT["map_frame"] = cached = (catalogue, configured, maps.frame(configured, places))
    try:
        return maps.region_map(cached[2], shown)
    except maps.MapDataMissing as exc:
        raise PluginError(str(exc)) from None


def on_post_page(output, page, config):
    ACTIVE.clear()
    return output


def _with_absolute_links(view: dict, config) -> dict:
    """Structured data names bodies by absolute URL (their pages on this site)."""
    out = dict(view)
    for key in ("organizer", "agency"):
        party = view.get(key)
        if party and party.get("url"):
            out[key] = party | {"abs_url": party["url"] if party.get("external") else absolute_url(config.site_url, party["url"])}
    return out


def on_post_build(config):
    """Calendars, the news feed and the open data of the language just built."""
    site = site_for(config)
    item_views = _views(config)
    lang, prefix, catalogue, today = item_views.lang, item_views.prefix, item_views.catalogue, item_views.today
    ui = site.words[lang]
    out = Path(config.site_dir) / prefix
    host = urlsplit(config.site_url).hostname or "localhost"
    zone = ZoneInfo(site.campaign.time_zone)
    lists = CURRENT.get("list_data", {})
    for data_lang, collection in [key for key in lists if key[0] == lang]:
        _write(out / collection / listdata.FILE, lists.pop((data_lang, collection)).encode("utf-8"))
    if "events" in catalogue.collections:
        event_views = [(i, item_views.of(i)) for i in catalogue.items["events"]]
        whole, each = ics.calendars(ui["events_title"], lang, event_views, host, today, site.campaign.id, zone, ui["sample_badge"])
        _write(out / "events" / "calendar.ics", whole)
        for (item, _view), data in zip(event_views, each):
            _write(out / "events" / item.slug / f"{item.slug}.ics", data)
    if "news" in catalogue.collections:
        news_views = item_views.of_collection("news")
        feed_url = absolute_url(config.site_url, f"{prefix}news/feed.xml")
        _write(out / "news" / "feed.xml", atom.feed(
            ui["atom_feed_title"], lang, feed_url, absolute_url(config.site_url, f"{prefix}news/"), news_views,
            today.isoformat(timespec="seconds"), site.text(site.campaign.publisher.name, lang), ui["sample_badge"], zone).encode("utf-8"))
    if "projects" in catalogue.collections:
        project_views = item_views.of_collection("projects")
        _write(out / "projects" / "projects.csv", opendata.to_csv(project_views))
        _write(out / "projects" / "projects.json", opendata.to_json(
            project_views, lang, absolute_url(config.site_url, f"{prefix}projects/"), site.campaign.open_data_licence.model_dump()))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
