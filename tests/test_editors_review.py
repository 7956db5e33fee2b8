"""Review dates: how long content stays fresh, what is overdue or never reviewed, and the CI option."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from campaignsite.config.campaign import Review
from campaignsite.content.review import add_months, review_notes
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import parse_yaml
from sitebuild import copy_project, without_reviews

SETTINGS = Review(months=12, collections={"agencies": 3}, pages={"contact": 3})
TODAY = date(2024, 6, 1)


def page(base: str, reviewed: str | None):
    return SimpleNamespace(base=base, path=f"docs/{base}.en.md", meta=SimpleNamespace(reviewed=reviewed))


def item(collection: str, reviewed: str | None, sample: bool = False):
    return SimpleNamespace(collection=collection, rel=f"content/{collection}/x", line_of=lambda *loc: 3,
                           facts=SimpleNamespace(reviewed=reviewed, sample=sample))


def test_months_are_calendar_months():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 3) == date(2024, 2, 15)


def test_overdue_and_never_reviewed_per_default_collection_and_page():
    notes = review_notes(SETTINGS, [page("province", "2023-07-01"), page("contact", "2024-01-15"), page("invest", None)],
                         [item("agencies", "2024-02-01"), item("events", "2024-02-01"), item("projects", None, sample=True)], TODAY)
    assert [str(n) for n in notes] == [
        "content/agencies/x/item.yml:3: reviewed: last reviewed 2024-02-01, due 2024-05-01 (every 3 months): "
        "check it against its sources, then set the day you did",
        "docs/contact.en.md: reviewed: last reviewed 2024-01-15, due 2024-04-15 (every 3 months): "
        "check it against its sources, then set the day you did",
        "docs/invest.en.md: reviewed: never reviewed (due every 12 months): check it against its sources, "
        "then add reviewed: \"YYYY-MM-DD\"",
    ]  # province (due 2024-07-01) and the event are fresh; a sample is never reviewed (it says it is unverified)


@pytest.mark.parametrize("yaml_text, message", [
    ("collections: {agenda: 3}\n", "unknown collection 'agenda'"),
    ("months: 0\n", "greater than or equal to 1"),
    ("errors: maybe\n", "valid boolean"),
])
def test_review_settings_are_validated(yaml_text, message):
    doc, _ = parse_yaml(yaml_text, "campaign.yml")
    _model, [error] = validate(Review, doc, "campaign.yml")
    assert message in error.message and error.line == 1


def test_a_wrong_review_date_is_an_error_naming_the_field(tmp_path):
    from campaignsite.content.page_meta import check_page

    _meta, [error] = check_page("---\ntitle: T\ndescription: A description long enough.\nfactual: false\nreviewed: \"2024-02-30\"\n---\n", "docs/a.en.md")
    assert (error.line, error.field) == (5, "reviewed") and "not a real date" in error.message


def _run(project: Path, script: str, **env):
    import os

    return subprocess.run([sys.executable, str(project / "scripts" / script)], cwd=project, capture_output=True, text=True,
                          env=dict(os.environ, SOURCE_DATE_EPOCH="1717200000", **env))  # 1 June 2024


@pytest.fixture
def project(tmp_path) -> Path:
    project = without_reviews(copy_project(tmp_path / "project"))
    contact = project / "docs/contact.en.md"
    contact.write_text(contact.read_text(encoding="utf-8").replace("---\n", "---\nreviewed: \"2024-01-15\"\n", 1), encoding="utf-8")
    return project


def test_make_report_lists_overdue_and_never_reviewed(project):
    result = _run(project, "report.py")
    assert result.returncode == 0, result.stderr
    assert ("docs/contact.en.md: reviewed: last reviewed 2024-01-15, due 2024-04-15 (every 3 months)" in result.stdout)
    assert "content/agencies/so-thong-tin-truyen-thong/item.yml: reviewed: never reviewed (due every 3 months)" in result.stdout
    assert result.stdout.startswith("Review: 1 overdue, ")


def test_the_ci_option_turns_the_warnings_into_errors(project):
    campaign = project / "campaign.yml"
    campaign.write_text(campaign.read_text(encoding="utf-8").replace("  errors: false", "  errors: true"), encoding="utf-8")
    assert _run(project, "report.py").returncode == 1
    check = _run(project, "check_content.py")
    assert check.returncode == 1
    assert "docs/contact.en.md: reviewed: last reviewed 2024-01-15, due 2024-04-15 (every 3 months)" in check.stdout
    assert "Traceback" not in check.stderr
