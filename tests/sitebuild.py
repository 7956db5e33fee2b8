"""Helpers to build the real project, or a changed copy of it, into a temporary directory."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ["mkdocs.yml", "docs", "content", "overrides", "hooks", "scripts"]
TEST_SITE_URL = "https://binhthuan.example/"  # a reserved name: a browser test fails if anything asks it


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def build(project: Path, site: Path, site_url: str = TEST_SITE_URL) -> BuildResult:
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    completed = subprocess.run(
        [sys.executable, str(project / "scripts" / "build.py"), "--site-dir", str(site)],
        cwd=project, env=env, capture_output=True, text=True,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site)
