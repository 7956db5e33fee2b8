"""Open Graph and Twitter data of a page, and where its social card is published (pure)."""
from __future__ import annotations

from babel.core import get_global

from campaignsite.images.cards import SIZE

CARDS_URL = "assets/social"


def og_locale(locale: str) -> str:
    """Open Graph's language_TERRITORY: "en_GB" as given, "ru" -> "ru_RU" (CLDR's likely territory)."""
    code = locale.replace("-", "_")
    if "_" in code:
        return code
    likely = get_global("likely_subtags").get(code, code).split("_")
    return f"{likely[0]}_{likely[-1]}" if len(likely) > 1 else code


def card_url(page_url: str, lang: str, language_prefix: str) -> str:
    """``assets/social/en/press.png`` for the English page at ``en/press/``: one card per page
    and language, so one language's cards never overwrite the other's."""
    path = page_url[len(language_prefix):] if language_prefix and page_url.startswith(language_prefix) else page_url
    path = path.strip("/").removesuffix(".html") or "index"
    return f"{CARDS_URL}/{lang}/{path}.png"


def social_meta(*, title: str, description: str, site_name: str, locale: str, other_locales: list[str],
                page_absolute_url: str, card_absolute_url: str, is_home: bool, card_alt: str) -> dict:
    """What partials/social-meta.html writes into <head>."""
    return {
        "title": title,
        "description": description,
        "site_name": site_name,
        "locale": og_locale(locale),
        "locale_alternates": [og_locale(other) for other in other_locales],
        "type": "website" if is_home else "article",
        "url": page_absolute_url,
        "image": card_absolute_url,
        "image_width": SIZE[0],
        "image_height": SIZE[1],
        "image_alt": card_alt,
        "twitter_card": "summary_large_image",
    }
