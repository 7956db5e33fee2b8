"""The site's languages: codes and names from mkdocs.yml (mkdocs-static-i18n), roles from campaign.yml.

A language is required (every page and item must exist in it: a gap is a build error) or
partial: what is translated is published, the rest is shown in its fallback language, saying so.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteLanguages:
    codes: list[str]  # in mkdocs.yml order, default first
    default: str
    x_default: str  # the language offered to readers whose language the site lacks
    names: dict[str, str] = field(default_factory=dict)  # code -> its own name ("Русский")
    fallbacks: dict[str, str] = field(default_factory=dict)  # partial code -> fallback code
    locales: dict[str, str] = field(default_factory=dict)  # code -> Babel locale, where it differs

    def prefix(self, lang: str) -> str:
        """Folder of a language in the built site: "" for the default, "en/" for English."""
        return "" if lang == self.default else f"{lang}/"

    @property
    def required(self) -> list[str]:
        return [code for code in self.codes if code not in self.fallbacks]

    @property
    def partial(self) -> list[str]:
        return [code for code in self.codes if code in self.fallbacks]

    def is_partial(self, lang: str) -> bool:
        return lang in self.fallbacks

    def fallback(self, lang: str) -> str | None:
        return self.fallbacks.get(lang)

    def chain(self, lang: str) -> list[str]:
        """Where a text is looked for: the language itself, then its fallback."""
        return [lang] + ([self.fallbacks[lang]] if lang in self.fallbacks else [])

    def locale(self, lang: str) -> str:
        return self.locales.get(lang, lang)

    def language_of_prefix(self, url: str) -> str:
        """The language whose folder a site-relative URL is in ("en/press/" -> "en")."""
        first = url.lstrip("/").split("/", 1)[0]
        return first if first in self.codes and first != self.default else self.default


def i18n_languages(config) -> tuple[list[str], str, dict[str, str]]:
    """(codes with the default first, default, names) as mkdocs-static-i18n is configured."""
    i18n = config.plugins["i18n"].config
    codes = [lang.locale for lang in i18n.languages]
    default = next((lang.locale for lang in i18n.languages if lang.default), codes[0])
    codes.sort(key=lambda code: code != default)
    return codes, default, {lang.locale: lang.name for lang in i18n.languages}


def site_languages(codes: list[str], default: str, names: dict[str, str], settings: dict, x_default: str | None) -> SiteLanguages:
    """``settings``: campaign.yml's ``languages`` ({code: LanguageSettings}), already validated."""
    fallbacks = {code: s.fallback for code, s in settings.items() if s.partial}
    locales = {code: s.locale for code, s in settings.items() if s.locale}
    chosen = x_default if x_default in codes else default
    return SiteLanguages(codes, default, chosen, names, fallbacks, locales)
