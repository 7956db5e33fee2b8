"""Social cards and Open Graph tags: one card per page and language, Vietnamese letters drawn
(not boxes), absolute og:image URLs, the right locale on every page."""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))

from campaignsite.images import cards  # noqa: E402
from campaignsite.images.social import card_url, og_locale  # noqa: E402
from sitebuild import TEST_SITE_URL  # noqa: E402

META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"')


STYLE = cards.CardStyle("#0a5c6b", "#073f4a", "#b4561f", "#1f7a45", "#f6ead2")
VIETNAMESE, RUSSIAN = cards.ENGINE_FONTS


@pytest.mark.parametrize("pair, letters", [(VIETNAMESE, "Đượỗ Ầữ"), (RUSSIAN, "Đượỗ"), (RUSSIAN, "Муйне Ёё Щщ Юю")])
def test_letters_are_drawn_not_boxes(pair, letters):
    for path in pair:
        face = cards.font(path, 64)
        missing = face.getmask("\U000f0000")  # a private-use code point: the font's "missing" glyph
        for letter in letters:
            mask = face.getmask(letter)
            if letter == " ":
                continue
            assert mask.getbbox() is not None, (path, letter)
            assert mask.size != missing.size or ImageChops.difference(Image.frombytes("L", mask.size, bytes(mask)),
                                                                        Image.frombytes("L", missing.size, bytes(missing))).getbbox()


def test_decomposed_text_is_drawn_like_precomposed():
    composed = cards.CardText("Đường Trường Sa", "Du lịch", "Bình Thuận", STYLE)
    decomposed = cards.CardText(unicodedata.normalize("NFD", composed.title), "Du lịch", "Bình Thuận", STYLE)
    assert decomposed.title != composed.title
    assert ImageChops.difference(cards.draw_card(composed), cards.draw_card(decomposed)).getbbox() is None


def test_card_size_and_long_titles_fit():
    title = "Hoàng Sa, Trường Sa của Việt Nam – Những bằng chứng lịch sử và pháp lý " * 6
    face, lines = cards.fit_title(title, cards.SIZE[0] - 2 * cards.MARGIN, VIETNAMESE[0])
    assert lines[-1].endswith("…")
    assert len(lines) * face.size * cards.LINE_SPACING <= cards.TITLE_BOTTOM - cards.TITLE_TOP
    image = cards.draw_card(cards.CardText(title, "Triển lãm số", "Bình Thuận", STYLE))
    assert image.size == (1200, 630)


def test_a_card_uses_the_first_font_with_every_letter_and_names_a_missing_one():
    assert cards.CardText("Mũi Né", "Du lịch", "Bình Thuận", STYLE).font_pair() == VIETNAMESE
    assert cards.CardText("Муйне", "Туризм", "Mũi Né", STYLE).font_pair() == RUSSIAN
    with pytest.raises(ValueError, match=r"'무' \(U\+BB34\).*card_fonts"):
        cards.CardText("무이네", "", "", STYLE).font_pair()


def test_card_urls_are_per_language():
    assert card_url("province/", "vi", "") == "assets/social/vi/province.png"
    assert card_url("en/province/", "en", "en/") == "assets/social/en/province.png"
    assert card_url("en/", "en", "en/") == "assets/social/en/index.png"
    assert card_url("", "vi", "") == "assets/social/vi/index.png"
    assert og_locale("vi") == "vi_VN" and og_locale("en") == "en_US" and og_locale("ru") == "ru_RU"
    assert og_locale("en_GB") == "en_GB"


def _pages(site: Path):
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        if not relative.startswith("assets/"):
            yield relative, path.read_text(encoding="utf-8")


def test_every_page_has_social_tags_and_its_own_card(site):
    checked, cards_seen = 0, set()
    for relative, html in _pages(site):
        tags: dict[str, list[str]] = {}
        for name, value in META.findall(html):
            tags.setdefault(name, []).append(value)
        lang = relative.split("/")[0] if relative.startswith(("en/", "ru/")) else "vi"
        shown_in = "en" if lang == "ru" and 'class="cs-fallback-note"' in html else lang  # not yet translated
        locales = {"vi": "vi_VN", "en": "en_GB", "ru": "ru_RU"}  # en_GB: campaign.yml
        assert tags["og:locale"] == [locales[shown_in]], relative
        assert locales[shown_in] not in tags.get("og:locale:alternate", []), relative
        assert tags["twitter:card"] == ["summary_large_image"]
        for name in ("og:title", "og:description", "og:type", "og:url", "og:image"):
            assert tags.get(name, [""])[0], (relative, name)
        page_url = TEST_SITE_URL + relative.removesuffix("index.html")
        assert tags["og:url"] == [page_url]
        image = tags["og:image"][0]
        assert image.startswith(TEST_SITE_URL + f"assets/social/{lang}/")
        card = site / image[len(TEST_SITE_URL):]
        with Image.open(card) as picture:
            assert picture.size == (1200, 630) and picture.format == "PNG"
        cards_seen.add(image)
        checked += 1
    assert checked > 40
    assert len(cards_seen) == checked  # one card per page and language, never shared

