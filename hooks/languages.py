"""MkDocs entry point: absolute hreflang alternates with x-default, a sitemap and a 404 per language."""
from pathlib import Path

from mkdocs.plugins import event_priority

from campaignsite.i18n import languages
from campaignsite.i18n.alternates import absolute_url, file_alternate_urls, page_alternates
from campaignsite.i18n.sitemap import render_sitemap
from campaignsite.state import BUILD as STATE


def on_pre_build(config):
    STATE.start()


def on_build_error(error):
    STATE.reset()


def on_page_context(context, page, config, nav):
    site = languages.from_config(config)
    lang = config.theme["language"]
    alternates = page_alternates(config.site_url, file_alternate_urls(page.file), site.x_default)
    context["hreflang_alternates"] = alternates
    context["page_absolute_url"] = absolute_url(config.site_url, page.url)
    STATE.sitemap.setdefault(lang, []).append((absolute_url(config.site_url, page.url), alternates))
    return context


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        STATE.not_found_pages[config.theme["language"]] = output
    return output


@event_priority(-200)  # after mkdocs-static-i18n has built the other languages
def on_post_build(config):
    if not STATE.finish():
        return
    site = languages.from_config(config)
    site_dir = Path(config.site_dir)
    everything = []
    for lang in site.codes:
        entries = sorted(STATE.sitemap.get(lang, []), key=lambda entry: entry[0])
        everything.extend(entries)
        folder = site_dir / site.prefix(lang)
        folder.mkdir(parents=True, exist_ok=True)
        if site.prefix(lang):
            (folder / "sitemap.xml").write_text(render_sitemap(entries), encoding="utf-8")
        if lang in STATE.not_found_pages:
            (folder / "404.html").write_text(STATE.not_found_pages[lang], encoding="utf-8")
    (site_dir / "sitemap.xml").write_text(render_sitemap(everything), encoding="utf-8")
    gz = site_dir / "sitemap.xml.gz"
    if gz.exists():
        gz.unlink()  # MkDocs' gzip copy would be the last language's, not ours
