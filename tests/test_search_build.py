"""Search in the built site: one index per language, each page pointed at its own."""
from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from campaignsite.search.lunr import support_scripts
from campaignsite.theme import material_patch
from sitebuild import ROOT

LANGS = {"vi": "", "en": "en/", "ru": "ru/"}
LUNR = {"vi": "fold-vi", "en": "fold-en", "ru": "fold-ru"}  # Material's lunr.vi / lunr's English / lunr.ru
CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
TAG = re.compile(r"<[^>]+>")


def index(site: Path, lang: str) -> dict:
    return json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_index_of_its_own_pages(site, lang):
    data = index(site, lang)
    assert data["config"]["lang"] == [LUNR[lang]]
    assert len(data["docs"]) > 10
    for doc in data["docs"]:
        page = site / LANGS[lang] / doc["location"].split("#")[0] / "index.html"
        assert not doc["location"].startswith(("en/", "ru/")), doc["location"]
        assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8"), doc["location"]


def test_the_indexes_are_plain_utf8(site):
    for lang in LANGS:
        raw = (site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8")
        assert "\\u" not in raw
    assert "Bình Thuận" in (site / "search" / "search_index.json").read_text(encoding="utf-8")


def _material_templates() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


def test_our_lunr_languages_are_published_where_materials_worker_loads_them(site):
    plugin = (ROOT / "overrides" / "assets" / "javascripts" / "search" / "lunr.fold.js").read_text(encoding="utf-8")
    supports = support_scripts([str(_material_templates())])
    published = site / "assets" / "javascripts" / "lunr" / "min"
    for lang, name in LUNR.items():
        text = (published / f"lunr.{name}.min.js").read_text(encoding="utf-8")
        assert text.endswith(plugin), name
        support = supports.get(lang)  # English is lunr's own: nothing before the plugin
        assert text == (support.read_text(encoding="utf-8") + "\n" + plugin if support else plugin), name
    assert not (site / "assets" / "javascripts" / "search" / "lunr.fold.js").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_emphasis_is_indexed_with_the_section_that_shows_it(site, lang):
    docs = [doc for doc in index(site, lang)["docs"] if doc.get("emphasis")]
    assert len(docs) > 10
    for doc in docs:
        shown = " ".join(TAG.sub(" ", doc["title"] + " " + doc["text"]).split())
        for text in doc["emphasis"]:
            assert text in shown, (doc["location"], text)


def test_the_published_bundle_loads_search_lazily(site):
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    for patch in material_patch.PATCHES:
        assert patch.patched in bundle and patch.original not in bundle, patch.name


def _material_base(html_path: Path, site: Path) -> str:
    """Material's base on that page, as a path from the site root ("" or "en/")."""
    config = json.loads(CONFIG.search(html_path.read_text(encoding="utf-8")).group(1))
    page_dir = html_path.parent.relative_to(site).as_posix()
    if config["base"].startswith("/"):
        return config["base"].lstrip("/")
    resolved = posixpath.normpath(posixpath.join(page_dir, config["base"]))
    return "" if resolved == "." else resolved + "/"


def test_every_page_fetches_the_index_of_its_own_language(site):
    pages = [p for p in site.rglob("*.html") if "search" not in p.parts]
    assert len(pages) > 20
    for page in pages:
        lang = re.search(r'<html lang="(\w+)"', page.read_text(encoding="utf-8")).group(1)
        assert _material_base(page, site) == LANGS[lang], page
