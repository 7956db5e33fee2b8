"""The site's languages as mkdocs-static-i18n is configured in mkdocs.yml."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class SiteLanguages:
    codes: list[str]  # in mkdocs.yml order, default first
    default: str
    x_default: str  # the language offered to readers whose language the site lacks

    def prefix(self, lang: str) -> str:
        """Folder of a language in the built site: "" for the default, "en/" for English."""
        return "" if lang == self.default else f"{lang}/"


def from_config(config) -> SiteLanguages:
    i18n = config.plugins["i18n"].config
    codes = [lang.locale for lang in i18n.languages]
    default = next((lang.locale for lang in i18n.languages if lang.default), codes[0])
    codes.sort(key=lambda code: code != default)
    x_default = config.extra.get("x_default_language", "en")
    return SiteLanguages(codes, default, x_default if x_default in codes else default)


def language_roots(config) -> list[dict]:
    """Material's `extra.alternate` entries pointing at each language's home page."""
    site = from_config(config)
    names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
    base = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    return [{"name": names[code], "link": base + site.prefix(code), "lang": code} for code in site.codes]
