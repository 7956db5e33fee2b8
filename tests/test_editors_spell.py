"""`make spell`: cspell with the Vietnamese, English and Russian dictionaries and the project's word list."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import ROOT, copy_project



@pytest.fixture(autouse=True)
def cspell_installed():
    if not (ROOT / "node_modules/.bin/cspell").exists():
        pytest.fail("node_modules/.bin/cspell is missing: run `make test`, which installs it from package-lock.json")


def spell(project: Path):
    return subprocess.run([sys.executable, str(project / "scripts/spell.py")], cwd=project, capture_output=True, text=True)


def test_the_sites_content_is_spelt_right():
    result = spell(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unknown word(s)" in result.stderr


def test_a_planted_misspelling_is_one_line_naming_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    expected = []
    for name, text, word in (("docs/province.en.md", "The province welcomes foreign investmant.", "investmant"),
                             ("content/events/tuan-le-asean-2023/vi.md", "Tuần lễ có nhiều hoạt độngg văn hóa.", "độngg")):
        path = project / name
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(lines + ["", text]) + "\n", encoding="utf-8")
        expected.append(f"{name}:{len(lines) + 2}: {word}")
    result = spell(project)
    assert result.returncode == 1
    assert sorted(result.stdout.splitlines()) == sorted(expected)


def test_names_in_the_word_list_are_accepted_and_code_and_addresses_are_not_checked(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    page = project / "docs/province.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nThe Katê festival; `infomation` in code; https://example.org/infomation.\n", encoding="utf-8")
    assert spell(project).returncode == 0
