"""Merge one built folder into another by renaming, not copying: a whole sub-folder at once when
the target lacks it (a language's folder), file by file where both have one (the theme's assets)."""
from __future__ import annotations

import os
from pathlib import Path


def merge_tree(source: Path, target: Path) -> None:
    """Move everything of ``source`` into ``target``; a file both have is replaced by ``source``'s."""
    with os.scandir(source) as listing:
        entries = list(listing)  # read the folder before moving anything out of it
    for entry in entries:
        destination = target / entry.name
        if entry.is_dir(follow_symlinks=False) and destination.is_dir():
            merge_tree(Path(entry.path), destination)
        elif entry.is_dir(follow_symlinks=False) and destination.exists():
            raise FileExistsError(f"{destination} is a file in one language's build and a folder in another's")
        else:
            os.replace(entry.path, destination)
            if os.path.lexists(entry.path):  # both were hard links of one cached file: rename(2) keeps both
                os.unlink(entry.path)
    source.rmdir()
