"""Loading content/: one test per kind of editor mistake, each naming the file, field and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campaignsite.collections.loader import load_catalogue
from campaignsite.content.publication import Publication
from campaignsite.i18n.languages import SiteLanguages

FIXTURE = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE, target)
    return target


LANGUAGES = SiteLanguages(["vi", "en"], "vi", "en")


def view_context(catalogue, lang: str):
    from datetime import timezone

    from campaignsite.collections.views import ViewContext

    return ViewContext(catalogue, lang, [lang], LANGUAGES.prefix(lang), lang, timezone.utc)


def load(content: Path):
    return load_catalogue(content, content.parent, LANGUAGES)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def only_error(content: Path):
    _catalogue, errors = load(content)
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def test_fixture_loads_clean(content):
    catalogue, errors = load(content)
    assert errors == []
    assert {name: len(items) for name, items in catalogue.items.items()} == {
        "agencies": 1, "events": 2, "projects": 2, "exhibits": 1, "news": 1}


def test_unknown_field_is_reported_as_a_typo(content):
    edit(content / "events/asean-week/item.yml", "district:", "distict: x\ndistrict:")
    error = only_error(content)
    assert (error.path, error.field, error.line) == ("content/events/asean-week/item.yml", "distict", 4)
    assert "allowed fields are" in error.message and "district" in error.message


def test_missing_required_field(content):
    edit(content / "events/asean-week/item.yml", "district: province-wide\n", "")
    error = only_error(content)
    assert error.field == "district" and "missing" in error.message


def test_date_that_does_not_exist(content):
    edit(content / "events/asean-week/item.yml", '"2023-08-08"', '"2023-02-30"')
    error = only_error(content)
    assert (error.field, error.line) == ("end", 3) and "not a real date" in error.message


def test_date_not_in_iso_form(content):
    edit(content / "events/asean-week/item.yml", '"2023-07-28"', '"28/7/2023"')
    error = only_error(content)
    assert error.field == "start" and "ISO 8601" in error.message


def test_unquoted_date_is_still_checked_as_text(content):
    edit(content / "events/asean-week/item.yml", '"2023-08-08"', "2023-13-01")
    error = only_error(content)
    assert error.field == "end" and "not a real date" in error.message


def test_end_before_start(content):
    edit(content / "events/asean-week/item.yml", '"2023-08-08"', '"2023-07-01"')
    error = only_error(content)
    assert (error.field, error.line) == ("end", 3) and "before start" in error.message


def test_unknown_vocabulary_key_lists_the_allowed_ones(content):
    edit(content / "events/asean-week/item.yml", "district: province-wide", "district: mui-ne")
    error = only_error(content)
    assert error.field == "district" and "phan-thiet" in error.message and "vocabulary.yml" in error.message


def test_missing_translation_file(content):
    (content / "projects/coastal-resort/en.md").unlink()
    error = only_error(content)
    assert error.path == "content/projects/coastal-resort/en.md" and "create" in error.message


def test_words_with_unknown_field(content):
    edit(content / "events/asean-week/en.md", "summary:", "sumary: x\nsummary:")
    error = only_error(content)
    assert (error.path, error.field, error.line) == ("content/events/asean-week/en.md", "sumary", 3)


def test_broken_yaml_in_words_names_the_line(content):
    edit(content / "events/asean-week/vi.md", "title: Tuần lễ ASEAN 2023", "title: [Tuần lễ")
    error = only_error(content)
    assert error.path == "content/events/asean-week/vi.md" and error.line == 2 and "YAML" in error.message


def test_folder_name_must_be_a_slug(content):
    (content / "events/asean-week").rename(content / "events/Tuần ASEAN")
    catalogue, errors = load(content)
    assert any(e.path == "content/events/Tuần ASEAN" and "lower-case" in e.message for e in errors)


def test_reference_to_a_missing_item(content):
    edit(content / "events/asean-week/item.yml", '"agencies/so-thong-tin"', '"agencies/so-thong-tin-tt"')
    error = only_error(content)
    assert (error.field, error.line) == ("organizer", 5) and "does not exist" in error.message


def test_reference_to_the_wrong_collection(content):
    edit(content / "projects/coastal-resort/item.yml", '"agencies/so-thong-tin"', '"events/asean-week"')
    error = only_error(content)
    assert error.field == "contact" and "agencies/<folder name>" in error.message


def test_duplicate_exhibit_order(content):
    shutil.copytree(content / "exhibits/taberd-map", content / "exhibits/taberd-map-copy")
    error = only_error(content)
    assert error.field == "order" and "already used" in error.message


def test_missing_image_file(content):
    (content / "exhibits/taberd-map/placeholder.png").unlink()
    error = only_error(content)
    assert error.field == "images[0].file" and "does not exist" in error.message and error.line == 6


def test_holding_institution_is_words_not_facts(content):
    # The institution's name is per language (held_by in vi.md/en.md); item.yml keeps only the shelf mark.
    edit(content / "exhibits/taberd-map/item.yml", "images:\n", "holding:\n  institution: \"Archive\"\nimages:\n")
    error = only_error(content)
    assert error.field == "holding.institution" and error.path == "content/exhibits/taberd-map/item.yml"


def test_image_outside_the_item_folder(content):
    edit(content / "exhibits/taberd-map/item.yml", "file: placeholder.png", "file: ../../vocabulary.yml")
    error = only_error(content)
    assert error.field == "images[0].file" and "'..'" in error.message


def test_alt_text_required_in_every_language(content):
    edit(content / "exhibits/taberd-map/item.yml", '      en: "Placeholder of the map"\n', "")
    error = only_error(content)
    assert error.field == "images[0].alt" and "en" in error.message


def test_correction_needs_claim_and_facts(content):
    edit(content / "news/correction-sample/en.md", "claim: The event was cancelled.\n", "")
    error = only_error(content)
    assert (error.path, error.field) == ("content/news/correction-sample/en.md", "claim")


def test_sources_are_required(content):
    path = content / "agencies/so-thong-tin/item.yml"
    path.write_text("order: 2\nkind: department\n", encoding="utf-8")
    error = only_error(content)
    assert error.field == "sources" and "missing" in error.message


def test_misnamed_file_is_not_silently_ignored(content):
    (content / "events/asean-week/en.md").rename(content / "events/asean-week/en.markdown")
    _catalogue, errors = load(content)
    assert {e.path for e in errors} == {"content/events/asean-week/en.md", "content/events/asean-week/en.markdown"}


def test_invalid_utf8(content):
    (content / "events/asean-week/vi.md").write_bytes(b"---\ntitle: \xff\n---\n")
    error = only_error(content)
    assert error.line == 2 and "UTF-8" in error.message


def test_all_errors_are_collected_at_once(content):
    edit(content / "events/asean-week/item.yml", "district: province-wide", "district: nowhere")
    edit(content / "projects/coastal-resort/item.yml", "sector: tourism", "sector: mining")
    (content / "news/correction-sample/vi.md").unlink()
    _catalogue, errors = load(content)
    assert len(errors) == 3


def test_samples_are_left_out_of_a_production_catalogue(content):
    catalogue, _ = load(content)
    production = catalogue.published(Publication(samples=False))
    assert [i.slug for i in production.items["events"]] == ["asean-week"]
    assert production.items["projects"] == []


# ---------- organizers and issuing agencies outside content/agencies/ (vocabulary `organizations`) ----------

def test_organizer_may_be_an_organization_of_the_vocabulary(content):
    edit(content / "events/asean-week/item.yml", '"agencies/so-thong-tin"', '"bo-vhttdl"')
    edit(content / "news/correction-sample/item.yml", '"agencies/so-thong-tin"', '"cuc-thong-ke-tinh"')
    catalogue, errors = load(content)
    assert errors == []
    assert catalogue.get("events/asean-week").facts.organizer == "bo-vhttdl"
    assert catalogue.get("news/correction-sample").facts.agency == "cuc-thong-ke-tinh"


def test_unknown_organization_lists_the_known_ones(content):
    edit(content / "events/asean-week/item.yml", '"agencies/so-thong-tin"', '"bo-vh"')
    error = only_error(content)
    assert (error.path, error.field, error.line) == ("content/events/asean-week/item.yml", "organizer", 5)
    assert "bo-vhttdl" in error.message and "cuc-thong-ke-tinh" in error.message and "vocabulary.yml" in error.message


def test_news_agency_still_checks_that_the_agency_exists(content):
    edit(content / "news/correction-sample/item.yml", '"agencies/so-thong-tin"', '"agencies/so-tt"')
    error = only_error(content)
    assert error.field == "agency" and "does not exist" in error.message


def test_organization_url_must_be_a_web_address(content):
    edit(content / "vocabulary.yml", 'url: "https://bvhttdl.gov.vn"', 'url: "bvhttdl.gov.vn"')
    error = only_error(content)
    assert error.path == "content/vocabulary.yml" and error.field == "organizations.bo-vhttdl.url"
    assert "https://" in error.message and error.line is not None


def test_organization_with_an_unknown_field_is_a_typo(content):
    edit(content / "vocabulary.yml", 'url: "https://bvhttdl.gov.vn"', 'ulr: "https://bvhttdl.gov.vn"')
    error = only_error(content)
    assert error.field == "organizations.bo-vhttdl.ulr" and "fix the name" in error.message


def test_organization_needs_every_label(content):
    edit(content / "vocabulary.yml", ', en: "Bình Thuận Statistics Office"', "")
    error = only_error(content)
    assert error.field == "organizations.cuc-thong-ke-tinh" and "en" in error.message


def test_views_link_an_organization_to_its_site_or_not_at_all(content):
    from datetime import datetime, timezone

    from campaignsite.collections.views import event_view, news_view

    edit(content / "events/asean-week/item.yml", '"agencies/so-thong-tin"', '"bo-vhttdl"')
    edit(content / "news/correction-sample/item.yml", '"agencies/so-thong-tin"', '"cuc-thong-ke-tinh"')
    catalogue, _ = load(content)
    event = event_view(catalogue.get("events/asean-week"), view_context(catalogue, "en"), datetime.now(timezone.utc))
    assert event["organizer"] == {"title": "Ministry of Culture, Sports and Tourism", "url": "https://bvhttdl.gov.vn", "external": True}
    news = news_view(catalogue.get("news/correction-sample"), view_context(catalogue, "vi"))
    assert news["agency"] == {"title": "Cục Thống kê tỉnh Bình Thuận", "url": None, "external": True}


def test_views_still_link_an_agency_to_its_page(content):
    from datetime import datetime, timezone

    from campaignsite.collections.views import event_view

    catalogue, _ = load(content)
    event = event_view(catalogue.get("events/asean-week"), view_context(catalogue, "en"), datetime.now(timezone.utc))
    assert event["organizer"]["url"] == "en/agencies/so-thong-tin/" and "external" not in event["organizer"]
