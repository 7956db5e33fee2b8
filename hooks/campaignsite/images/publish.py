"""Put cached outputs into the site without copying their bytes.

The site is rebuilt from scratch on every build (scripts/build.py swaps a fresh folder in), so
copying thousands of variants would cost a warm build more than everything else together. A
hard link from the cache costs nothing and is safe: nothing writes into published images (the
CSP step rewrites only .html files). Across file systems we fall back to a copy.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from mkdocs.structure.files import File


def link_or_copy(source: str | Path, target: str | Path) -> None:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        if os.path.samefile(source, target):
            return
        target.unlink()
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def link_tree(source: Path, target: Path) -> int:
    """Link every file of ``source`` into ``target`` (same relative paths); return the count."""
    count = 0
    for folder, _dirs, names in os.walk(source):
        relative = Path(folder).relative_to(source)
        for name in names:
            link_or_copy(Path(folder) / name, target / relative / name)
            count += 1
    return count


class LinkedFile(File):
    """A generated MkDocs File whose bytes are hard-linked from the cache, not copied."""

    def copy_file(self, dirty: bool = False) -> None:
        link_or_copy(self.abs_src_path, self.abs_dest_path)
