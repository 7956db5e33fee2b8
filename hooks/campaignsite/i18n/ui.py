"""Interface strings of our own templates (Material translates its own), one file for all languages."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

STRINGS_FILE = Path(__file__).resolve().parents[3] / "overrides" / "ui.yml"


@lru_cache(maxsize=None)
def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def strings_for(lang: str, path: Path = STRINGS_FILE) -> dict[str, str]:
    table = _load(path)
    missing = sorted(key for key, by_lang in table.items() if lang not in by_lang)
    if missing:
        raise KeyError(f"{path.name}: no '{lang}' text for {', '.join(missing)}")
    return {key: by_lang[lang] for key, by_lang in table.items()}
