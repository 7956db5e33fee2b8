"""Translation parity: what lacks a language, and which translation is older than its source.

Vietnamese is the source language (the plan is Vietnamese). A translation is "possibly outdated"
when its source file changed after it, judged by git history (one `git log` for the whole tree)
and, for files with uncommitted edits, by their modification time.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from campaignsite.content.docs_check import is_generated


@dataclass(frozen=True)
class Gap:
    unit: str  # "docs/province" or "content/events/asean-week"
    kind: str  # "missing" | "untranslated" | "outdated"
    detail: str

    def __str__(self) -> str:
        return f"{self.unit}: {self.detail}"


def last_changes(root: Path) -> dict[str, float]:
    """{path: time of its last commit}, from one walk of the history; {} outside a git checkout."""
    try:
        log = subprocess.run(["git", "log", "--format=@%ct", "--name-only", "--", "docs", "content"],
                             cwd=root, capture_output=True, text=True, check=True).stdout
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "docs", "content"],
                               cwd=root, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    changed: dict[str, float] = {}
    stamp = 0.0
    for line in log.splitlines():
        if line.startswith("@"):
            stamp = float(line[1:])
        elif line and line not in changed:
            changed[line] = stamp
    for line in dirty.splitlines():
        path = line[3:].strip().strip('"')
        if (root / path).is_file():
            changed[path] = (root / path).stat().st_mtime
    return changed


def translation_units(root: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """{unit: {lang: path}} for hand-written pages and collection items."""
    units: dict[str, dict[str, str]] = {}
    for path in sorted((root / "docs").rglob("*.md")):
        if is_generated(path, root / "docs"):
            continue
        stem, _, lang = path.name[:-3].rpartition(".")
        if lang in languages and stem:
            units.setdefault((path.parent / stem).relative_to(root).as_posix(), {})[lang] = path.relative_to(root).as_posix()
    for item in sorted((root / "content").glob("*/*/")):
        for lang in languages:
            if (item / f"{lang}.md").exists():
                units.setdefault(item.relative_to(root).as_posix(), {})[lang] = (item / f"{lang}.md").relative_to(root).as_posix()
    return units


def find_gaps(root: Path, languages: list[str], source_lang: str, partial: list[str] = ()) -> list[Gap]:
    """Gaps of every unit: "missing" in a required language (a build error), "untranslated" in a
    partial one (shown in its fallback: information), "outdated" where the source changed later."""
    changes = last_changes(root)
    gaps = []
    for unit, files in translation_units(root, languages).items():
        for lang in languages:
            if lang not in files:
                if lang in partial:
                    gaps.append(Gap(unit, "untranslated", f"not yet in '{lang}' (shown in its fallback language)"))
                else:
                    gaps.append(Gap(unit, "missing", f"no '{lang}' version"))
        source = files.get(source_lang)
        for lang, path in files.items():
            if lang == source_lang or source is None:
                continue
            if changes.get(source, 0) > changes.get(path, 0):
                gaps.append(Gap(unit, "outdated", f"'{lang}' may be outdated: {source} changed after {path}"))
    return gaps
