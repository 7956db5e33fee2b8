"""`make new`: every kind makes a valid draft with every field described; refusals are one line."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from campaignsite.collections.scaffold import KINDS
from campaignsite.collections.schemas import SCHEMAS, ItemFacts
from campaignsite.content.page_meta import PageMeta
from sitebuild import ROOT, copy_project

NAMES = {kind: f"new-{kind}-2024" for kind in KINDS}


def run(project: Path, script: str, *args: str):
    return subprocess.run([sys.executable, str(project / "scripts" / script), *args], cwd=project, capture_output=True, text=True)


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("scaffold") / "project")
    for kind, name in NAMES.items():
        result = run(project, "new.py", kind, name)
        assert result.returncode == 0, result.stderr
    return project


def test_each_kind_makes_its_files(scaffolded):
    for kind, name in NAMES.items():
        if KINDS[kind]:
            folder = scaffolded / "content" / KINDS[kind] / name
            assert sorted(p.name for p in folder.iterdir()) == sorted(
                ["item.yml", "vi.md", "en.md"] + (["placeholder.png"] if kind == "exhibit" else []))
        else:
            assert (scaffolded / f"docs/{name}.vi.md").exists() and (scaffolded / f"docs/{name}.en.md").exists()


def test_every_scaffold_is_a_valid_draft(scaffolded):
    result = run(scaffolded, "check_content.py")
    assert result.returncode == 0, result.stdout + result.stderr
    for kind, name in NAMES.items():
        path = scaffolded / (f"content/{KINDS[kind]}/{name}/item.yml" if KINDS[kind] else f"docs/{name}.en.md")
        assert re.search(r"^draft: true$", path.read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize("kind", [k for k in KINDS if KINDS[k]])
def test_item_yml_writes_every_field_with_its_description(scaffolded, kind):
    text = (scaffolded / f"content/{KINDS[kind]}/{NAMES[kind]}/item.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    model = SCHEMAS[KINDS[kind]][0]
    for name, field in model.model_fields.items():
        index = next(i for i, line in enumerate(lines) if re.match(rf"^(# )?{name}:", line))
        assert lines[index - 1] == f"# {field.description}", name
        assert lines[index].startswith("# ") != (field.is_required() or name in ("draft", "date")), name


def test_words_and_page_front_matter_are_described_too(scaffolded):
    words = (scaffolded / f"content/exhibits/{NAMES['exhibit']}/en.md").read_text(encoding="utf-8")
    for name, field in SCHEMAS["exhibits"][1].model_fields.items():
        assert f"# {field.description}\n" in words and re.search(rf"^(# )?{name}:", words, re.M), name
    page = (scaffolded / f"docs/{NAMES['page']}.vi.md").read_text(encoding="utf-8")
    for name, field in PageMeta.model_fields.items():
        assert f"# {field.description}\n" in page, name
    assert 'title: "Viết tiêu đề ở đây"' in page


def test_the_script_reminds_where_to_add_a_page_to_the_navigation(tmp_path):
    project = copy_project(tmp_path / "project")
    result = run(project, "new.py", "page", "guide-2024")
    assert "add it to nav: in mkdocs.yml" in result.stdout and "guide-2024.md" in result.stdout
    assert "ru is a partial language" in result.stdout


@pytest.mark.parametrize("args, message", [
    (("evnt", "x"), "make new: unknown KIND 'evnt': use one of event, project, exhibit, news, agency, page"),
    (("event", "ASEAN_Week"), "make new: NAME 'ASEAN_Week' is not an address"),
    (("event", NAMES["event"]), f"make new: content/events/{NAMES['event']}/ already exists"),
    (("page", "province"), "make new: docs/province.en.md already exists"),
    (("page", "events"), "make new: 'events' is the address of a list page"),
    (("event",), "usage: make new KIND="),
])
def test_refusals_are_one_line(scaffolded, args, message):
    result = run(scaffolded, "new.py", *args)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_a_draft_published_with_its_placeholders_is_refused(scaffolded, tmp_path):
    project = copy_project(tmp_path / "project")
    assert run(project, "new.py", "event", "half-written").returncode == 0
    facts = project / "content/events/half-written/item.yml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("draft: true", "draft: false"), encoding="utf-8")
    result = run(project, "check_content.py")
    assert result.returncode == 1
    assert "content/events/half-written/en.md: title: still the placeholder `make new` wrote" in result.stdout


def test_a_published_page_may_not_link_to_a_draft(tmp_path):
    project = copy_project(tmp_path / "project")
    assert run(project, "new.py", "page", "plan-2024").returncode == 0
    assert run(project, "new.py", "event", "fair-2024").returncode == 0
    press = project / "docs/press.en.md"
    lines = press.read_text(encoding="utf-8").splitlines()
    press.write_text("\n".join(lines + ["", "See [the plan](plan-2024.md#goals) and [the fair](events/fair-2024.md)."]) + "\n", encoding="utf-8")
    result = run(project, "check_content.py")
    line = len(lines) + 2
    assert f"docs/press.en.md:{line}: links to plan-2024.md#goals, a draft (docs/plan-2024.vi.md) that a published build leaves out" in result.stdout
    assert f"docs/press.en.md:{line}: links to events/fair-2024.md, a draft (content/events/fair-2024/item.yml)" in result.stdout


def test_a_page_is_a_draft_in_all_required_languages_or_none(tmp_path):
    project = copy_project(tmp_path / "project")
    assert run(project, "new.py", "page", "plan-2024").returncode == 0
    page = project / "docs/plan-2024.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("draft: true", "draft: false"), encoding="utf-8")
    result = run(project, "check_content.py")
    assert "docs/plan-2024.vi.md: draft: a draft here, but docs/plan-2024.en.md is published" in result.stdout


# ---------- content/README.md documents the same schema ----------

def _readme_tables() -> dict[str, dict[str, str]]:
    """{section: {field: its "required" cell}} of content/README.md's field tables."""
    tables, section = {}, None
    for line in (ROOT / "content/README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") or line.startswith("### "):
            section = line.lstrip("#").strip().split(" ")[0]
        elif line.startswith("| `") and section:
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            for name in re.findall(r"`([a-z_]+)`", cells[0]):
                tables.setdefault(section, {})[name] = cells[2]
    return tables


def test_content_readme_tables_name_exactly_the_schemas_fields():
    tables = _readme_tables()
    common = set(ItemFacts.model_fields)
    assert set(tables["Fields"]) == common
    for collection, (facts, words) in SCHEMAS.items():
        own = set(facts.model_fields) - common
        assert set(tables[collection]) == own, collection
        for name in own | common:
            required = facts.model_fields[name].is_required()
            cell = tables[collection if name in own else "Fields"][name]
            assert cell.startswith("yes") == required or cell.startswith("one of"), (collection, name, cell)
        section = (ROOT / "content/README.md").read_text(encoding="utf-8").split(f"## {collection}")[1].split("\n## ")[0]
        for name in set(words.model_fields) - {"title", "summary"}:
            assert f"`{name}`" in section, (collection, name)
