"""Search, Python side: folding, lunr languages, emphasis, the per-language index, the page base,
the Material guards and bundle patches."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from campaignsite.i18n.slugs import fold
from campaignsite.search import lunr as search_lunr
from campaignsite.search.emphasis import emphasis_by_location, emphasis_by_section
from campaignsite.search.index import EMPHASIS_BOOST, language_index, take_entries, write_index
from campaignsite.search.lunr import (LunrLanguage, SearchSetupError, check_worker, lunr_language, script,
                                      support_scripts)
from campaignsite.search.page import with_language_base
from campaignsite.state import BuildState
from campaignsite.theme import material_patch

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


def _material_dir() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


def _shipped() -> frozenset[str]:
    return frozenset(support_scripts([str(_material_dir())]))


@pytest.mark.parametrize("locale, name, support", [
    ("vi", "fold-vi", "vi"),     # Material's lunr.vi (its stop words), then folding
    ("en_GB", "fold-en", None),  # lunr's own English: stemming, then folding
    ("ru", "fold-ru", "ru"),     # Russian stemming for Cyrillic, English and folding for Latin words
    ("fr", "fold-fr", "fr"),
    ("ko", "fold-ko", "ko"),
    ("pt-BR", "fold-pt", "pt"),
    ("xx", "fold", None),        # no lunr support anywhere: folding only
])
def test_each_language_gets_its_lunr_support_with_folding(locale, name, support):
    assert lunr_language(locale, _shipped()) == LunrLanguage(name, support)


def test_languages_that_need_materials_word_segmenters_keep_materials_own_support():
    assert lunr_language("ja", _shipped()) == LunrLanguage("ja", ours=False)
    assert lunr_language("th", _shipped()).ours is False


def test_where_materials_worker_looks_for_a_lunr_language():
    assert LunrLanguage("fold-vi", "vi").uri == "assets/javascripts/lunr/min/lunr.fold-vi.min.js"


def test_support_scripts_are_materials_lunr_languages_only():
    supports = support_scripts([str(_material_dir())])
    assert {"vi", "ru", "fr", "ko"} <= set(supports)
    assert not {"stemmer", "multi", "en"} & set(supports)
    assert supports["ru"].name == "lunr.ru.min.js"


def test_a_published_language_is_materials_support_then_our_plugin():
    supports = support_scripts([str(_material_dir())])
    russian = script(LunrLanguage("fold-ru", "ru"), "/* plugin */", supports)
    assert russian.startswith(supports["ru"].read_text(encoding="utf-8"))
    assert russian.endswith("\n/* plugin */")
    assert script(LunrLanguage("fold-en"), "/* plugin */", supports) == "/* plugin */"


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
               {"location": "en/province/#sand-dunes", "title": "Sand dunes", "text": "<li>Mũi Né: a beach</li>"}]
    index = language_index(entries, "en", "en/", SEARCH_CONFIG, "fold-en", {"en/province/#sand-dunes": ["Mũi Né"]})
    assert index["config"]["lang"] == ["fold-en"]
    assert index["config"]["fields"] == {**SEARCH_CONFIG["fields"], "emphasis": {"boost": EMPHASIS_BOOST}}
    assert [doc["location"] for doc in index["docs"]] == ["", "province/#sand-dunes"]
    assert "emphasis" not in index["docs"][0] and index["docs"][1]["emphasis"] == ["Mũi Né"]
    assert entries[0]["location"] == "en/" and "emphasis" not in entries[1]  # Material's entries are not changed


def test_emphasis_weighs_between_text_and_titles():
    fields = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}
    assert fields["text"]["boost"] < EMPHASIS_BOOST < fields["title"]["boost"]


def test_language_index_refuses_an_entry_of_another_language():
    with pytest.raises(SearchSetupError, match="'province/' of language 'en' is outside 'en/'"):
        language_index([{"location": "province/", "title": "", "text": ""}], "en", "en/", SEARCH_CONFIG, "fold-en", {})


PAGE = """<h1 id="binh-thuan">Bình Thuận</h1>
<p>The province, <strong>capital Phan Thiết</strong>.</p>
<h2 id="sea">Sea and <b>sand</b> dunes</h2>
<ul><li><strong>Mũi Né</strong>: a beach.</li><li><strong>Kê <em>Gà</em>\n cape</strong></li></ul>
<h3 id="no-emphasis">Nothing</h3><p>plain</p>"""


def test_emphasis_is_collected_per_section_as_material_divides_the_page():
    assert emphasis_by_section(PAGE) == {"": ["capital Phan Thiết"], "sea": ["sand", "Mũi Né", "Kê Gà cape"]}
    assert emphasis_by_location(PAGE, "en/province/") == {
        "en/province/": ["capital Phan Thiết"], "en/province/#sea": ["sand", "Mũi Né", "Kê Gà cape"]}


def test_an_h1_after_other_content_is_a_section_of_its_own_as_in_material():
    assert emphasis_by_section('<div>hero <b>intro</b></div><h1 id="welcome">Hi <b>there</b></h1>') == {
        "": ["intro"], "welcome": ["there"]}


def test_a_section_whose_heading_is_nested_in_a_block_ends_with_the_block_as_in_material():
    html = '<div class="hero"><h1 id="t">Title</h1><p>in <b>hero</b></p></div><p><b>after</b> the hero</p>'
    assert emphasis_by_section(html) == {"t": ["hero"], "": ["after"]}


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
    state.area("search")["vi"] = {}
    state.start()                      # en, nested inside vi's on_post_build
    state.area("search")["en"] = {}
    assert state.finish() is False     # en done
    assert state.finish() is True      # vi done: write both
    assert state.finishes_site and set(state.area("search")) == {"vi", "en"}
    state.start()
    assert state.area("search") == {}


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
        search_lunr.publish(files, config=None, locales=["vi"])


def _material_bundle() -> str:
    bundles = _material_dir() / "assets" / "javascripts"
    return next(bundles.glob("bundle.*.min.js")).read_text(encoding="utf-8")


def test_every_bundle_patch_applies_to_the_installed_material():
    patched = material_patch.patch_bundle(_material_bundle())
    for patch in material_patch.PATCHES:
        assert patch.original not in patched and patch.patched in patched, patch.name


@pytest.mark.parametrize("patch", material_patch.PATCHES, ids=lambda patch: patch.name)
def test_a_bundle_patch_fails_the_build_by_name_when_material_changes(patch):
    changed = _material_bundle().replace(patch.original, patch.original.replace("(", "( "))
    with pytest.raises(material_patch.PatchError, match=f"{patch.name}: expected .* once .*found it 0 times.*material_patch.py"):
        material_patch.patch_bundle(changed)


def test_the_lazy_index_fails_the_build_when_the_helpers_it_reuses_change():
    patch = next(p for p in material_patch.PATCHES if p.relies_on)
    changed = _material_bundle().replace(patch.relies_on[0], patch.relies_on[0].replace("Je(", "Ke("))
    with pytest.raises(material_patch.PatchError, match=f"{patch.name}: .* but not .*Je"):
        material_patch.patch_bundle(changed)
