"""Search, Python side: folding, the per-language index, the page base, the Material guards."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from campaignsite.search import lunr as search_lunr
from campaignsite.search.index import language_index, take_entries, write_index
from campaignsite.state import BuildState
from campaignsite.search.lunr import SearchSetupError, check_worker, lunr_language, published_uri
from campaignsite.search.page import with_language_base
from campaignsite.i18n.slugs import fold

# What readers type -> the words as the pages write them. Every query must fold like its words.
QUERIES = {
    "mui ne": "Mũi Né", "Mũi Né": "Mũi Né", "MUI NE": "Mũi Né",
    "phan thiet": "Phan Thiết", "hoi tu xanh": "Hội tụ xanh", "bau trang": "Bàu Trắng",
    "dau tu": "đầu tư", "đầu tư": "đầu tư", "doi cat": "Đồi cát", "Đồi cát": "Đồi cát",
}


@pytest.mark.parametrize("query, words", QUERIES.items())
def test_query_folds_like_the_words_on_the_page(query, words):
    assert fold(query).lower() == fold(words).lower()
    assert fold(query).lower().isascii()


@pytest.mark.parametrize("text, folded", [
    ("Mũi Né", "Mui Ne"), ("Đồi cát", "Doi cat"), ("ĐẦU TƯ", "DAU TU"), ("đường", "duong"),
    ("Phan Thiết", "Phan Thiet"), ("Bàu Trắng", "Bau Trang"), ("Hội tụ xanh", "Hoi tu xanh"),
    ("Ưu đãi", "Uu dai"), ("Ơn", "On"), ("investments", "investments"),
])
def test_fold_removes_vietnamese_diacritics_and_keeps_case(text, folded):
    assert fold(text) == folded


def test_fold_ignores_unicode_form_and_accent_placement():
    assert fold(unicodedata.normalize("NFD", "Mũi Né")) == fold("Mũi Né") == "Mui Ne"
    assert fold("hoà") == fold("hòa") == "hoa"  # the old and the new tone-mark placement


def test_lunr_languages_and_where_material_looks_for_them():
    assert lunr_language("vi") == "fold-vi"
    assert lunr_language("en") == "fold-en"
    assert lunr_language("fr") == "fr"  # a later language falls back to Material's own support
    assert published_uri("fold-vi") == "assets/javascripts/lunr/min/lunr.fold-vi.min.js"


def _material_worker() -> Path:
    import material

    workers = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    return next(workers.glob("search.*.min.js"))


def test_guard_accepts_the_installed_material_worker():
    worker = _material_worker()
    check_worker(worker.read_text(encoding="utf-8"), worker.name)


def test_guard_fails_with_a_clear_message_when_material_changes():
    source = _material_worker().read_text(encoding="utf-8").replace("/min/lunr.${", "/lang/${")
    with pytest.raises(SearchSetupError, match=r"no longer loads lunr languages.*hooks/campaignsite/search/lunr.py"):
        check_worker(source, "search.x.min.js")


SEARCH_CONFIG = {"separator": "[\\s]+", "pipeline": ["stopWordFilter"], "fields": {"title": {"boost": 1000.0}}}


def test_language_index_has_our_lunr_language_and_locations_relative_to_the_language_root():
    entries = [{"location": "en/", "title": "Home", "text": ""},
               {"location": "en/province/#sand-dunes", "title": "Sand dunes", "text": "Mũi Né"}]
    index = language_index(entries, "en", "en/", SEARCH_CONFIG)
    assert index["config"] == {"lang": ["fold-en"], **SEARCH_CONFIG}
    assert [doc["location"] for doc in index["docs"]] == ["", "province/#sand-dunes"]
    assert entries[0]["location"] == "en/"  # Material's entries are not changed


def test_language_index_refuses_an_entry_of_another_language():
    with pytest.raises(SearchSetupError, match="'province/' of language 'en' is outside 'en/'"):
        language_index([{"location": "province/", "title": "", "text": ""}], "en", "en/", SEARCH_CONFIG)


def test_index_is_written_as_utf8_in_the_language_folder(tmp_path):
    path = write_index(tmp_path, "en/", {"config": {}, "docs": [{"title": "Mũi Né"}]})
    assert path == tmp_path / "en" / "search" / "search_index.json"
    raw = path.read_text(encoding="utf-8")
    assert "Mũi Né" in raw and "\\u" not in raw
    assert json.loads(raw)["docs"][0]["title"] == "Mũi Né"


def test_entries_are_taken_from_material_so_static_i18n_merges_nothing():
    plugin = SimpleNamespace(search_index=SimpleNamespace(entries=[{"location": "a/"}]))
    assert take_entries(plugin) == [{"location": "a/"}]
    assert plugin.search_index.entries == []


def test_entries_survive_the_nested_language_builds_and_reset_on_the_next_build():
    state = BuildState()
    state.start()                      # vi
    state.search_entries["vi"] = [{}]
    state.start()                      # en, nested inside vi's on_post_build
    state.search_entries["en"] = [{}]
    assert state.finish() is False     # en done
    assert state.finish() is True      # vi done: write both
    assert set(state.search_entries) == {"vi", "en"}
    state.start()
    assert state.search_entries == {}


def _page(base: str) -> str:
    config = {"base": base, "search": "x.js", "translations": {"a": "<b>"}}
    from jinja2.utils import htmlsafe_json_dumps
    return f'<head></head><body><script id="__config" type="application/json">{htmlsafe_json_dumps(config, sort_keys=True)}</script></body>'


@pytest.mark.parametrize("base, moved", [("../..", "../../en/"), ("..", "../en/"), (".", "./en/"), ("/", "/en/")])
def test_material_base_moves_into_the_language_folder(base, moved):
    html = with_language_base(_page(base), "en/", "province.en.md")
    script = html.split('application/json">')[1].split("</script>")[0]
    config = json.loads(script)
    assert config["base"] == moved
    assert config["translations"] == {"a": "<b>"}
    assert "<b>" not in script  # still safe inside <script>
    assert html.startswith("<head></head><body>") and html.endswith("</script></body>")


def test_a_page_without_materials_config_fails_the_build_by_name():
    with pytest.raises(SearchSetupError, match="province.en.md: Material's <script id=\"__config\"> not found"):
        with_language_base("<html></html>", "en/", "province.en.md")


def test_publish_fails_when_the_plugin_source_is_missing():
    files = SimpleNamespace(get_file_from_path=lambda uri: None)
    with pytest.raises(SearchSetupError, match="overrides/assets/javascripts/search/lunr.fold.js is missing"):
        search_lunr.publish(files, config=None)
