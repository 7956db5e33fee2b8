"""What one `mkdocs build` (all its language builds together) collects before finishing.

mkdocs-static-i18n runs a nested MkDocs build per extra language from inside the default
language's on_post_build. We count build depth so the finishing step runs once, after the last
language, and keep per-language outputs that the next language's build would overwrite.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from mkdocs.utils import CountHandler

from campaignsite.i18n.alternates import Alternate


@dataclass
class BuildState:
    depth: int = 0
    not_found_pages: dict[str, str] = field(default_factory=dict)  # lang -> rendered 404.html
    sitemap: dict[str, list[tuple[str, list[Alternate]]]] = field(default_factory=dict)  # lang -> entries
    search_entries: dict[str, list[dict]] = field(default_factory=dict)  # lang -> Material search entries
    changes: dict[str, float] | None = None  # source path -> time of its last change (git), read once
    search_emphasis: dict[str, list[str]] = field(default_factory=dict)  # entry location -> emphasised texts
    # MkDocs' warnings of all languages: in strict mode one of them can end the build before the
    # last language is built, so errors collected for the end must then be raised sooner.
    warnings: CountHandler = field(default_factory=lambda: CountHandler(level=logging.WARNING))

    def start(self) -> None:
        if self.depth == 0:
            self.warnings.counts.clear()
            self.not_found_pages.clear()
            self.sitemap.clear()
            self.search_entries.clear()
            self.changes = None
            self.search_emphasis.clear()
        self.depth += 1

    def finish(self) -> bool:
        """True when the outermost build (all languages) has just finished."""
        self.depth = max(0, self.depth - 1)
        return self.depth == 0

    def reset(self) -> None:
        self.depth = 0


# One per MkDocs process, shared by the entry points. hooks/languages.py starts and finishes it;
# hooks that finish the whole site run after it and check `BUILD.depth == 0` (the outer build).
BUILD = BuildState()
logging.getLogger("mkdocs").addHandler(BUILD.warnings)
