"""MkDocs entry point: languages — partial languages' fallback pages, absolute hreflang alternates
with x-default, the switcher, a sitemap and a 404 per language."""
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger

from campaignsite.config.site import site_for
from campaignsite.i18n.alternates import Alternate, absolute_url, file_alternate_urls, page_alternates, switcher_entries
from campaignsite.i18n.formats import language_name
from campaignsite.i18n.fallback import add_fallback_pages, content_language, fallback_url
from campaignsite.i18n.parity import last_changes
from campaignsite.i18n.sitemap import last_modified, render_sitemap, robots_txt, source_of
from campaignsite.state import BUILD as STATE

log = get_plugin_logger(__name__)


def on_pre_build(config):
    STATE.start()


def on_build_error(error):
    STATE.reset()


def prepare(config):
    """Shared by every language (a parallel build does it once, before the language processes)."""
    _changes(config)


@event_priority(-105)  # right after mkdocs-static-i18n (-100) has chosen this language's files
def on_files(files, config):
    languages = site_for(config).languages
    lang = config.theme["language"]
    added = add_fallback_pages(files, config, languages, lang)
    if added:
        log.info(f"languages: {added} page(s) not yet translated into '{lang}' shown in '{languages.fallback(lang)}'")
    return files


@event_priority(40)  # after mkdocs-static-i18n (50) has pointed the switcher at this page's languages
def on_page_context(context, page, config, nav):
    languages = site_for(config).languages
    lang = config.theme["language"]
    shown_in = content_language(page.file)
    real = {code: url for code, url in file_alternate_urls(page.file).items()
            if not (code == lang and shown_in)}  # a fallback page claims nothing for its language
    alternates = page_alternates(config.site_url, real, languages.x_default)
    context["hreflang_alternates"] = alternates
    context["content_language"] = shown_in
    context["content_language_name"] = language_name(shown_in, languages.locale(lang)) if shown_in else None
    page_url = absolute_url(config.site_url, page.url)
    if shown_in:
        # The original is the page search engines should index and cite.
        page.canonical_url = absolute_url(config.site_url, real[shown_in])
    elif not page.meta.get("sample"):  # samples are not verified: no sitemap entry (and noindex)
        source = source_of(page.file.src_uri, set(site_for(config).collections()))
        entry = [page_url, [[alt.hreflang, alt.href] for alt in alternates], last_modified(source, _changes(config))]
        STATE.area("languages").setdefault("sitemap", {}).setdefault(lang, []).append(entry)
    context["page_absolute_url"] = page_url
    _mark_switcher(config, page, real, languages, lang)
    return context


def _mark_switcher(config, page, real: dict[str, str], languages, lang: str) -> None:
    """Every language in the switcher leads to this page; one shown in its fallback says so."""
    words = site_for(config).words
    for entry in switcher_entries(config):
        code = entry["lang"]
        if code in real:
            continue
        fallback = languages.fallback(code)
        if fallback and fallback in real:
            entry["link"] = fallback_url(page.url, lang, code, languages)
            entry["name"] = f"{entry['name']} ({words[code]['switcher_in_fallback']})"


def _changes(config) -> dict[str, float]:
    """When each source last changed (git history), read once per `mkdocs build`."""
    if STATE.changes is None:
        STATE.changes = last_changes(site_for(config).root)
    return STATE.changes


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        STATE.area("languages").setdefault("not_found", {})[config.theme["language"]] = output
    return output


@event_priority(-120)  # after mkdocs-static-i18n (-100) has run the nested builds, before every finishing step
def _end(config):
    STATE.finish()


@event_priority(-200)
def _finish(config):
    if STATE.finishes_site:
        finish_site(config, STATE.part)


on_post_build = CombinedEvent(_end, _finish)


@event_priority(-200)  # the order of the finishing steps (campaignsite.parallel sorts them by it)
def finish_site(config, part: dict):
    """Sitemaps (the site's, and one per language folder), robots.txt and a 404 per language."""
    languages = site_for(config).languages
    site_dir = Path(config.site_dir)
    kept = part.get("languages", {})
    everything = []
    for lang in languages.codes:
        entries = sorted(((loc, [Alternate(*alt) for alt in alts], lastmod) for loc, alts, lastmod in kept.get("sitemap", {}).get(lang, [])),
                         key=lambda entry: entry[0])
        everything.extend(entries)
        folder = site_dir / languages.prefix(lang)
        folder.mkdir(parents=True, exist_ok=True)
        if languages.prefix(lang):
            (folder / "sitemap.xml").write_text(render_sitemap(entries), encoding="utf-8")
        if lang in kept.get("not_found", {}):
            (folder / "404.html").write_text(kept["not_found"][lang], encoding="utf-8")
    (site_dir / "sitemap.xml").write_text(render_sitemap(everything), encoding="utf-8")
    sitemaps = [absolute_url(config.site_url, f"{languages.prefix(lang)}sitemap.xml") for lang in languages.codes]
    (site_dir / "robots.txt").write_text(robots_txt(sitemaps), encoding="utf-8")
    gz = site_dir / "sitemap.xml.gz"
    if gz.exists():
        gz.unlink()  # MkDocs' gzip copy would be the last language's, not ours
