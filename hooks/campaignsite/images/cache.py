"""The cache folder (`.cache/images/`, git-ignored), shared by every build and language.

    originals/<key>/  cleaned original, variants, manifest.json
    tiles/<key>/      Deep Zoom tiles of an original
    cards/<key>.png   social cards
    index.json        path → (size, mtime, content hash): unchanged files are not read again

A key is a digest of the original's bytes and the settings' fingerprint, so an edited image or
a changed setting gets a new entry and nothing else is redone. Entries a build did not use are
pruned when it finishes.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from campaignsite.images.processing import MANIFEST

SECTIONS = ("originals", "tiles", "cards")


def content_hash(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def entry_key(content: str, fingerprint: str) -> str:
    return hashlib.blake2b(f"{content}:{fingerprint}".encode(), digest_size=10).hexdigest()


class ImageCache:
    def __init__(self, root: Path):
        self.root = root
        self._index_path = root / "index.json"
        self._index: dict[str, list] = self._read_index()
        self._index_changed = False
        self.used: dict[str, set[str]] = {section: set() for section in SECTIONS}

    # -- the stat index: hash a file only when its size or modification time changed
    def _read_index(self) -> dict[str, list]:
        try:
            return json.loads(self._index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def hash_of(self, path: Path) -> str:
        stat = path.stat()
        known = self._index.get(str(path))
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            return known[2]
        digest = content_hash(path)
        self._index[str(path)] = [stat.st_size, stat.st_mtime_ns, digest]
        self._index_changed = True
        return digest

    def save_index(self) -> None:
        if self._index_changed:
            self.root.mkdir(parents=True, exist_ok=True)
            temporary = self._index_path.with_suffix(f".tmp-{os.getpid()}")
            temporary.write_text(json.dumps(self._index), encoding="utf-8")
            temporary.replace(self._index_path)
            self._index_changed = False

    # -- entries
    def entry_dir(self, section: str, key: str) -> Path:
        self.used[section].add(key)
        return self.root / section / key

    def manifest(self, key: str) -> dict | None:
        try:
            return json.loads((self.entry_dir("originals", key) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def prune(self) -> int:
        """Remove entries no build step asked for since the last prune; return how many."""
        removed = 0
        for section in SECTIONS:
            folder = self.root / section
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                key = path.name.split(".")[0]
                if key not in self.used[section]:
                    shutil.rmtree(path) if path.is_dir() else path.unlink()
                    removed += 1
        known = {path for path in self._index if Path(path).exists()}
        if len(known) != len(self._index):
            self._index = {path: value for path, value in self._index.items() if path in known}
            self._index_changed = True
        self.save_index()
        for section in SECTIONS:
            self.used[section].clear()
        return removed
