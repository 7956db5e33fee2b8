"""Open Graph and Twitter data of a page, and where its social card is published (pure)."""
from __future__ import annotations

from campaignsite.images.cards import SIZE

CARDS_URL = "assets/social"
OG_LOCALES = {"vi": "vi_VN", "en": "en_US", "fr": "fr_FR", "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "ru": "ru_RU"}


def og_locale(lang: str) -> str:
    return OG_LOCALES.get(lang, lang)


def card_url(page_url: str, lang: str, language_prefix: str) -> str:
    """``assets/social/en/press.png`` for the English page at ``en/press/``: one card per page
    and language, so one language's cards never overwrite the other's."""
    path = page_url[len(language_prefix):] if language_prefix and page_url.startswith(language_prefix) else page_url
    path = path.strip("/").removesuffix(".html") or "index"
    return f"{CARDS_URL}/{lang}/{path}.png"


def social_meta(*, title: str, description: str, site_name: str, lang: str, other_langs: list[str],
                page_absolute_url: str, card_absolute_url: str, is_home: bool, card_alt: str) -> dict:
    """What partials/social-meta.html writes into <head>."""
    return {
        "title": title,
        "description": description,
        "site_name": site_name,
        "locale": og_locale(lang),
        "locale_alternates": [og_locale(other) for other in other_langs if other != lang],
        "type": "website" if is_home else "article",
        "url": page_absolute_url,
        "image": card_absolute_url,
        "image_width": SIZE[0],
        "image_height": SIZE[1],
        "image_alt": card_alt,
        "twitter_card": "summary_large_image",
    }
