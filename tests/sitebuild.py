"""Helpers to build the real project, or a changed copy of it, into a temporary directory."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ["mkdocs.yml", "campaign.yml", "docs", "content", "overrides", "hooks", "scripts"]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
# 20 July 2023, 12:00 in Viet Nam: ASEAN week (28/7) is upcoming, the 10/7 briefing is past.
FIXTURE_EPOCH = "1689829200"
TEST_SITE_URL = "https://binhthuan.example/"  # a reserved name: a browser test fails if anything asks it


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


GENERATED = {"events", "projects", "exhibits", "news", "agencies"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    """Skip caches and the folders the build generates from content/."""
    skipped = {name for name in names if name == "__pycache__"}
    if Path(folder) == ROOT / "docs":
        skipped |= GENERATED & set(names)
    return skipped


def copy_project(target: Path, content: Path | None = None) -> Path:
    """Copy the project; with ``content``, use that folder as its content/ instead."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=_ignore)
        elif source.exists():
            shutil.copy2(source, target / part)
    if content is not None:
        shutil.rmtree(target / "content", ignore_errors=True)
        shutil.copytree(content, target / "content")
    return target


def build(project: Path, site: Path, *options: str, site_url: str = TEST_SITE_URL, **env_vars: str) -> BuildResult:
    """scripts/build.py with ``options`` (such as "--jobs", "1")."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1", **env_vars)
    completed = subprocess.run(
        [sys.executable, str(project / "scripts" / "build.py"), "--site-dir", str(site), *options],
        cwd=project, env=env, capture_output=True, text=True,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site)


def without_reviews(project: Path) -> Path:
    """The copy as if nothing had been reviewed yet (the real content carries review dates)."""
    import re

    for path in [*project.glob("docs/**/*.md"), *project.glob("content/*/*/item.yml")]:
        text = path.read_text(encoding="utf-8")
        cleaned = re.sub(r'^reviewed: "[^"]*".*\n', "", text, flags=re.M)
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8")
    return project
