"""What one build of the site collects before the steps that need the whole site.

Two ways to build, one set of hooks:

- sequential (`mkdocs build`, `mkdocs serve`): mkdocs-static-i18n runs a nested MkDocs build per
  extra language from inside the default language's on_post_build. We count build depth so the
  finishing steps run once, in the outermost build, after the last language.
- parallel (campaignsite.parallel): each language is built by its own process, which leaves its
  `part` (plain JSON data) to the parent; the parent merges the parts and runs the same
  finishing steps once. The shared work was done by the parent first (`prepared`).

Every finishing hook keeps what it needs in ``BUILD.part[<area>]``, keyed by language or by
unique keys, so that merging the parts of several processes is a plain union of dictionaries.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from mkdocs.utils import CountHandler


@dataclass
class BuildState:
    depth: int = 0
    part: dict = field(default_factory=dict)  # area -> JSON-like data the finishing steps need
    changes: dict[str, float] | None = None  # source path -> time of its last change (git), read once
    prepared: bool = False  # a parallel build did the shared work (content, images) before forking
    language_process: bool = False  # this process builds one language for a parallel build's parent
    # MkDocs' warnings of all languages: in strict mode one of them can end the build before the
    # last language is built, so errors collected for the end must then be raised sooner.
    warnings: CountHandler = field(default_factory=lambda: CountHandler(level=logging.WARNING))

    def start(self) -> None:
        if self.depth == 0:
            self.warnings.counts.clear()
            self.part.clear()
            if not self.prepared:
                self.changes = None
        self.depth += 1

    def finish(self) -> bool:
        """The build now ending is done (called after static-i18n has run the nested builds);
        True when it was the outermost."""
        self.depth = max(0, self.depth - 1)
        return self.depth == 0

    @property
    def finishes_site(self) -> bool:
        """True in the finishing hooks of the build that has the whole site: the outermost
        sequential build (a language process leaves its part to the parent instead)."""
        return self.depth == 0 and not self.language_process

    def area(self, name: str) -> dict:
        return self.part.setdefault(name, {})

    def add(self, name: str, data: dict) -> None:
        _merge_into(self.area(name), data)

    def reset(self) -> None:
        self.depth = 0


def merge_parts(parts: list[dict]) -> dict:
    """The union of several processes' parts (a later value wins where both have one)."""
    merged: dict = {}
    for part in parts:
        _merge_into(merged, part)
    return merged


def _merge_into(target: dict, source: dict) -> None:
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        else:
            target[key] = value


# One per MkDocs process, shared by the entry points. hooks/languages.py starts and finishes it;
# the finishing hooks run after that and check `BUILD.finishes_site`.
BUILD = BuildState()
logging.getLogger("mkdocs").addHandler(BUILD.warnings)
