"""Language alternates of a page as absolute URLs, for <head> hreflang links and the sitemap.

mkdocs-static-i18n gives each File an ``alternates`` map ({lang: File}) with site-relative
URLs; search engines want absolute URLs and an ``x-default`` (here: English, for readers whose
language the site does not have).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


def absolute_url(site_url: str, url: str) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base if url in ("", "./", ".") else base + url.lstrip("/")


def page_alternates(site_url: str, urls_by_lang: dict[str, str], x_default_lang: str) -> list[Alternate]:
    """One Alternate per language that has the page, plus x-default when its language does."""
    out = [Alternate(lang, absolute_url(site_url, url)) for lang, url in sorted(urls_by_lang.items())]
    if x_default_lang in urls_by_lang:
        out.append(Alternate("x-default", absolute_url(site_url, urls_by_lang[x_default_lang])))
    return out


def file_alternate_urls(file) -> dict[str, str]:
    """{lang: url} from a static-i18n File (empty for files the plugin did not localise)."""
    return {lang: alt.url for lang, alt in (getattr(file, "alternates", None) or {}).items()}


def language_roots(site_url: str, languages) -> list[dict]:
    """Material's `extra.alternate` entries pointing at each language's home page."""
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    return [{"name": languages.names.get(code, code), "link": base + languages.prefix(code), "lang": code}
            for code in languages.codes]


def switcher_entries(config) -> list[dict]:
    """The language switcher's entries as Material will read them (``config.extra.alternate``).

    mkdocs-static-i18n assigns them as an attribute of ``config.extra`` on every page, which Jinja
    reads before the dict item of the same name: both must be kept the same.
    """
    entries = getattr(config.extra, "alternate", None)
    return entries if entries is not None else (config.extra.get("alternate") or [])


def set_switcher_entries(config, entries: list[dict]) -> None:
    config.extra["alternate"] = entries
    object.__setattr__(config.extra, "alternate", entries)
