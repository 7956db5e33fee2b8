"""content/glossary.yml: official names written one way, checked in every page and item."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from campaignsite.content.glossary import GlossaryFile, Glossary, check_names, load_glossary
from campaignsite.content.prose import words_file, yaml_prose
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import parse_yaml
from sitebuild import ROOT, copy_project

LANGS = ["vi", "en", "ru"]
COLLECTIONS = ["agencies", "events", "projects", "exhibits", "news"]
TERMS = """
terms:
  - use: {en: "Visit Viet Nam Year 2023 – Binh Thuan: Green Tourism"}
    avoid: {en: ["Green Tourism comes together", "Green Convergence"]}
    allow: {en: ["literally “green convergence”"]}
  - use: {en: "East Sea", vi: "Biển Đông"}
    first: {en: "East Sea (Biển Đông)"}
    avoid: {en: ["South China Sea"]}
  - use: {en: "Hoàng Sa", vi: "Hoàng Sa"}
    first: {en: "Hoàng Sa (Paracel Islands)"}
    avoid: {en: ["Hoang Sa"]}
  - use: {en: "Hoang Sa, Truong Sa of Viet Nam – Historical and legal evidence"}
  - use: {en: "Viet Nam"}
    avoid: {en: ["Vietnam"]}
    allow: {en: ["Vietnam News Agency"]}
  - use: {en: "Bình Thuận Provincial People's Committee"}
    avoid: {en: ["People's Committee of Bình Thuận province"]}
"""


def glossary(text: str = TERMS) -> Glossary:
    doc, errors = parse_yaml(text, "content/glossary.yml")
    model, errors = validate(GlossaryFile, doc, "content/glossary.yml", {"all_languages": LANGS})
    assert errors == [], errors
    return Glossary(list(model.terms))


def check_page(body: str, front: str = "title: T\ndescription: A page about the sea and the islands.\n", lang: str = "en"):
    text = f"---\n{front}---\n{body}"
    prose, body_start = words_file(text)
    return glossary().check(prose, body_start, lang=lang, rel=f"docs/page.{lang}.md")


def test_an_avoided_variant_names_file_line_variant_and_form():
    [error] = check_page("Intro.\n\nThe Year, “Visit Viet Nam Year 2023 – Binh Thuan: Green Tourism comes together”, opened.\n")
    assert str(error) == ("docs/page.en.md:7: “Green Tourism comes together” is not the form this site uses: "
                          "write “Visit Viet Nam Year 2023 – Binh Thuan: Green Tourism” (content/glossary.yml)")


@pytest.mark.parametrize("variant", ["green tourism comes together", "GREEN TOURISM COMES TOGETHER",
                                     "Green\nTourism   comes together", "green convergence"])
def test_matching_ignores_case_and_line_breaks(variant):
    assert len(check_page(f"It was “{variant}”.\n")) == 1


def test_matching_ignores_the_normalisation_form_and_the_apostrophe():
    glossed = "The East Sea (Biển Đông). "
    nfd = unicodedata.normalize("NFD", "People’s Committee of Bình Thuận province")
    [error] = check_page(glossed + f"The {nfd} met.\n")
    assert "write “Bình Thuận Provincial People's Committee”" in error.message


def test_word_boundaries_are_respected():
    assert check_page("Vietnamese writers; VietnamPlus; #vietnamtourism.\n") == []
    assert len(check_page("Writers of Vietnam.\n")) == 1


def test_no_false_hits_in_web_addresses_code_or_source_titles():
    front = ("title: T\ndescription: A page about the sea and the islands.\nsources:\n"
             "  - title: \"Vietnam hosts the South China Sea forum\"\n    publisher: \"Vietnam Times\"\n")
    body = ("See [the report](https://example.org/vietnam/south-china-sea) and https://vietnam.example/green-convergence.\n\n"
            "`Vietnam` in code, and\n\n```\nSouth China Sea\n```\n")
    assert check_page(body, front) == []


def test_a_variant_inside_a_form_to_use_or_an_allowed_phrase_is_not_a_hit():
    body = ("The exhibition “Hoang Sa, Truong Sa of Viet Nam – Historical and legal evidence” opened; "
            "the Vietnam News Agency reported it. The theme means, literally “green convergence”.\n")
    assert check_page(body) == []


def test_first_mention_needs_its_gloss_later_ones_do_not():
    assert check_page("The East Sea (Biển Đông) is wide. The East Sea is deep.\n") == []
    [error] = check_page("The East Sea is wide. Later: the East Sea (Biển Đông).\n")
    assert error.line == 5 and "first mention of “East Sea” in this text: write “East Sea (Biển Đông)”" in error.message
    # the title is not the text: the first mention counts from the body
    assert check_page("Hoàng Sa (Paracel Islands) maps.\n", front="title: Hoàng Sa maps\ndescription: Maps of the islands and the sea.\n") == []
    # Vietnamese pages have no English gloss rule
    assert check_page("Biển Đông rộng lớn.\n", lang="vi") == []


def test_item_facts_are_checked_but_not_their_sources():
    text = ("venue: \"Vietnam House\"\nsources:\n  - title: \"Vietnam report\"\nimages:\n  - file: a.png\n"
            "    alt: {vi: \"Bản đồ\", en: \"Map of Hoang Sa\"}\n")
    errors = glossary().check(yaml_prose(text), lang=None, rel="content/exhibits/x/item.yml")
    assert sorted((e.line, e.message.split("”")[0]) for e in errors) == [(1, "“Vietnam"), (6, "“Hoang Sa")]


@pytest.mark.parametrize("bad, message", [
    ("terms:\n  - use: {fr: \"Mer de l'Est\"}\n", "'fr' is not a language of this site"),
    ("terms:\n  - use: {en: \"East Sea\"}\n    avoid: {en: [\"east sea\"]}\n", "is part of the form to use in en"),
    ("terms:\n  - use: {en: \"East Sea\"}\n    first: {en: \"Biển Đông\"}\n", "must contain the `use` form"),
    ("terms:\n  - use: {en: \"East Sea\"}\n    avoids: {en: [\"x\"]}\n", "unknown field"),
])
def test_a_wrong_glossary_is_one_line_naming_its_line(tmp_path, bad, message):
    (tmp_path / "content").mkdir()
    (tmp_path / "content/glossary.yml").write_text(bad, encoding="utf-8")
    _glossary, [error] = load_glossary(tmp_path, LANGS)
    assert error.path == "content/glossary.yml" and error.line and message in error.message


def test_the_site_follows_its_glossary():
    assert check_names(ROOT, LANGS, COLLECTIONS) == []


def test_the_glossary_seeds_the_sites_official_names():
    terms, _errors = load_glossary(ROOT, LANGS)
    english = {term.use.get("en") for term in terms.terms}
    assert {"Visit Viet Nam Year 2023 – Binh Thuan: Green Tourism",
            "Hoang Sa, Truong Sa of Viet Nam – Historical and legal evidence",
            "East Sea", "Hoàng Sa", "Trường Sa", "Bình Thuận Provincial People's Committee",
            "Department of Information and Communications"} <= english
    firsts = {term.first.get("en") for term in terms.terms}
    assert {"East Sea (Biển Đông)", "Hoàng Sa (Paracel Islands)", "Trường Sa (Spratly Islands)"} <= firsts
    assert any("ru" in term.use for term in terms.terms)


def test_make_check_fails_on_a_variant_planted_in_an_item(tmp_path):
    project = copy_project(tmp_path / "project")
    words = project / "content/events/nam-du-lich-quoc-gia-2023/en.md"
    text = words.read_text(encoding="utf-8")
    words.write_text(text + "\nAlso known as “Binh Thuan – Green Tourism comes together”.\n", encoding="utf-8")
    lines = len(text.splitlines()) + 2
    result = subprocess.run([sys.executable, str(project / "scripts/check_content.py")], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert (f"content/events/nam-du-lich-quoc-gia-2023/en.md:{lines}: “Green Tourism comes together” is not the form this site uses"
            in result.stdout), result.stdout + result.stderr
    assert "Traceback" not in result.stderr
