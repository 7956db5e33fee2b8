"""campaign.yml is validated like content: one clear line per missing, unknown or wrong key."""
from __future__ import annotations

import re
import shutil

import pytest

from campaignsite.config.site import load_site
from sitebuild import ROOT

CODES, DEFAULT, NAMES = ["vi", "en", "ru"], "vi", {"vi": "Tiếng Việt", "en": "English", "ru": "Русский"}


@pytest.fixture
def project(tmp_path):
    shutil.copy(ROOT / "campaign.yml", tmp_path / "campaign.yml")
    shutil.copytree(ROOT / "docs" / "assets", tmp_path / "docs" / "assets")
    shutil.copytree(ROOT / "content" / "ui", tmp_path / "content" / "ui")
    return tmp_path


def errors_after(project, old: str, new: str):
    path = project / "campaign.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    _site, errors = load_site(project, CODES, DEFAULT, NAMES)
    return [str(e) for e in errors]


def test_the_real_campaign_is_valid(project):
    site, errors = load_site(project, CODES, DEFAULT, NAMES)
    assert errors == [] and site.languages.partial == ["ru"] and site.languages.fallback("ru") == "en"


@pytest.mark.parametrize("old, new, expected", [
    ("time_zone: Asia/Ho_Chi_Minh", "time_zon: Asia/Ho_Chi_Minh", "time_zon: unknown field: did you mean `time_zone`?"),
    ("time_zone: Asia/Ho_Chi_Minh", "time_zone: Asia/Saigon_City", "is not a time zone"),
    ("  en: Binh Thuan – Foreign Information 2023\n", "", "site_name: needs a text in en"),
    ('  primary: "#0a5c6b"', '  primary: "#9fd3dc"', "colours.primary: #9fd3dc has contrast"),
    ("    fallback: en\n", "", "languages.ru.fallback: a partial language needs `fallback:`"),
    ("collections: [agencies, events, projects, exhibits, news]", "collections: [events, gallery]", "unknown collection 'gallery'"),
    ("logo: assets/images/logo.svg", "logo: assets/images/missing.svg", "logo: docs/assets/images/missing.svg does not exist"),
    ("  country: VN", "  country: Viet Nam", "place.country:"),
])
def test_each_mistake_is_one_line_naming_file_line_and_key(project, old, new, expected):
    errors = errors_after(project, old, new)
    assert len(errors) == 1, errors
    assert errors[0].startswith("campaign.yml") and expected in errors[0], errors[0]


def test_a_missing_interface_word_names_the_key_and_the_language(project):
    path = project / "content" / "ui" / "ru.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\nno_such_key: x\n", encoding="utf-8")
    _site, errors = load_site(project, CODES, DEFAULT, NAMES)
    [error] = [str(e) for e in errors]
    assert re.fullmatch(r"content/ui/ru\.yml:\d+: no_such_key: unknown interface key \(a typo\?\): the keys are those of overrides/lang/en\.yml", error)
