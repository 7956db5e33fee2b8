"""Files as editors' tools write them (Notepad, Word, macOS, Excel) are read as the editor meant,
or give one line naming the file."""
from __future__ import annotations

import codecs
import shutil
import unicodedata
from pathlib import Path

import pytest

from campaignsite.collections.loader import load_catalogue
from campaignsite.collections.vocabulary import load_vocabulary
from campaignsite.content.docs_check import scan_docs
from campaignsite.content.yamlsource import read_text
from campaignsite.i18n.languages import SiteLanguages

FIXTURE = Path(__file__).parent / "fixtures" / "content"
LANGUAGES = SiteLanguages(["vi", "en"], "vi", "en")
TEXT = "---\ntitle: Đồi cát Mũi Né\nsummary: Một hoặc hai câu về đồi cát ở Mũi Né.\n---\nBiển và đồi cát.\n"

# How each tool saves the same text.
SAVED_AS = {
    "UTF-8": lambda text: text.encode("utf-8"),
    "UTF-8 with BOM (Notepad)": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "CRLF line ends (Windows)": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "CR line ends (old Mac)": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "UTF-16 LE with BOM (Notepad 'Unicode')": lambda text: text.replace("\n", "\r\n").encode("utf-16"),
    "UTF-16 BE with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "NFD letters (macOS)": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
    "trailing tabs and spaces": lambda text: text.replace("\n", " \t\n").encode("utf-8"),
}


@pytest.mark.parametrize("tool", SAVED_AS)
def test_every_way_of_saving_reads_as_the_same_text(tmp_path, tool):
    path = tmp_path / "vi.md"
    path.write_bytes(SAVED_AS[tool](TEXT))
    text, error = read_text(path, "vi.md")
    assert error is None
    expected = TEXT.replace("\n", " \t\n") if tool == "trailing tabs and spaces" else TEXT
    assert text == expected


@pytest.mark.parametrize("tool", SAVED_AS)
def test_an_item_saved_by_any_tool_loads_with_the_same_words(tmp_path, tool):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    for name in ("item.yml", "vi.md", "en.md"):
        path = content / "events/asean-week" / name
        path.write_bytes(SAVED_AS[tool](path.read_text(encoding="utf-8")))
    catalogue, errors = load_catalogue(content, tmp_path, LANGUAGES)
    assert errors == []
    event = catalogue.get("events/asean-week")
    assert event.words["en"].title == "ASEAN week 2023"
    assert event.bodies["en"] == "Mũi Né and Phan Thiết.\n"
    assert unicodedata.is_normalized("NFC", event.bodies["en"])
    assert event.facts.district == "province-wide"


@pytest.mark.parametrize("data, expected", [
    ("Nhà hàng Café".encode("cp1252"), "not valid UTF-8 text (an older encoding?): save it as UTF-8"),
    ("Bình Thuận".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
])
def test_what_cannot_be_read_is_one_line_naming_the_file(tmp_path, data, expected):
    path = tmp_path / "en.md"
    path.write_bytes(b"---\ntitle: " + data + b"\n---\n")
    text, error = read_text(path, "content/events/x/en.md")
    assert text is None
    assert str(error).startswith("content/events/x/en.md:2: ") and expected in str(error)
    assert "\n" not in str(error)


def test_pages_words_and_vocabulary_go_through_the_same_reader(tmp_path):
    page = "---\ntitle: Tỉnh\ndescription: Một câu mô tả đủ dài cho trang.\nsources:\n  - title: Kế hoạch\n---\n# Tỉnh\n"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.vi.md").write_bytes(page.replace("\n", "\r\n").encode("utf-16"))
    (docs / "a.en.md").write_bytes(codecs.BOM_UTF8 + unicodedata.normalize("NFD", page).encode("utf-8"))
    pages, errors = scan_docs(docs, tmp_path, ["vi", "en"])
    assert errors == []
    assert {p.meta.title for p in pages} == {"Tỉnh"}

    vocabulary = tmp_path / "vocabulary.yml"
    vocabulary.write_bytes((FIXTURE / "vocabulary.yml").read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-16"))
    vocab, errors = load_vocabulary(vocabulary, "content/vocabulary.yml", LANGUAGES)
    assert errors == [] and vocab["districts"]


def test_mkdocs_gets_a_utf16_page_as_the_text_the_checks_read(tmp_path):
    """MkDocs' own reader would fail on UTF-16 and keep NFD letters: hooks/pages.py hands it read_text's text."""
    import pages as page_hooks

    path = tmp_path / "a.vi.md"
    path.write_bytes(unicodedata.normalize("NFD", TEXT).replace("\n", "\r\n").encode("utf-16"))

    class File:
        abs_src_path = str(path)
        src_uri = "a.vi.md"

    class Page:
        file = File()

    assert page_hooks.on_page_read_source(Page(), None) == TEXT
