"""Every mistake in a page's front matter is one error naming file, line and field."""
from campaignsite.content.page_meta import check_page

PATH = "docs/province.en.md"
GOOD = """---
title: The province
description: Geography, people, culture and economy of the province.
sources:
  - title: "Foreign-information plan 2023"
    publisher: "People's Committee of Bình Thuận"
---
# The province
"""


def errors_of(text):
    _meta, errors = check_page(text, PATH)
    return errors


def test_valid_front_matter_passes():
    meta, errors = check_page(GOOD, PATH)
    assert errors == []
    assert meta.sources[0].publisher == "People's Committee of Bình Thuận"


def test_unclosed_front_matter_is_reported_not_published_as_text():
    [error] = errors_of(GOOD.replace("---\n# The", "# The"))
    assert error.path == PATH and error.line == 1 and "never closed" in error.message


def test_yaml_syntax_error_names_the_line():
    [error] = errors_of(GOOD.replace("title: The province", "title: [The province"))
    assert error.line is not None and 2 <= error.line <= 4
    assert "YAML syntax error" in error.message


def test_tab_indentation_gets_a_hint():
    [error] = errors_of(GOOD.replace("    publisher", "\tpublisher"))
    assert "tabs" in error.message


def test_misspelt_field_is_one_line_at_its_line_with_the_name_to_use():
    errors = errors_of(GOOD.replace("description:", "descripton:"))
    assert [(e.field, e.line) for e in errors] == [("descripton", 3)]
    assert "did you mean `description`" in errors[0].message
    # an unknown field that is no misspelling still lists what is allowed, and the missing one is said too
    errors = errors_of(GOOD.replace("description:", "summary_text:"))
    fields = {e.field: e for e in errors}
    assert "allowed fields are" in fields["summary_text"].message and "missing" in fields["description"].message


def test_bad_source_date_names_the_nested_field_and_line():
    text = GOOD.replace('    publisher: "People\'s Committee of Bình Thuận"', '    date: 2023-13-01')
    [error] = errors_of(text)
    assert error.field == "sources[0].date"
    assert error.line == 6
    assert "not a real date" in error.message


def test_bad_url_is_explained():
    [error] = errors_of(GOOD.replace('    publisher: "People\'s Committee of Bình Thuận"', "    url: www.example.org"))
    assert error.field == "sources[0].url" and "https://" in error.message


def test_factual_page_without_sources_is_an_error():
    text = "---\ntitle: X\ndescription: A description of twenty characters or more.\n---\n# X\n"
    [error] = errors_of(text)
    assert error.field == "sources" and "must name its sources" in error.message


def test_page_without_facts_may_omit_sources():
    text = "---\ntitle: Privacy\ndescription: How this site treats your data and what it stores.\nfactual: false\n---\n# X\n"
    assert errors_of(text) == []


def test_page_without_front_matter_is_an_error():
    [error] = errors_of("# Just a heading\n")
    assert "no front matter" in error.message


def test_front_matter_must_be_a_mapping():
    [error] = errors_of("---\n- title\n- description\n---\n")
    assert "field: value" in error.message


def test_error_line_format_is_file_line_field_message():
    [error] = errors_of(GOOD.replace("title: The province", "title: 12"))
    assert str(error).startswith(f"{PATH}:2: title: ")
