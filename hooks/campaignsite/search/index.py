"""One search index per language, made from Material's search entries of each language build.

mkdocs-static-i18n merges every language's entries into one index at the site root (and
de-duplicates them with a loop quadratic in the number of sections), so a reader of /en/ would
download the Vietnamese pages too. Instead we take each language build's entries from Material's
search plugin as that build ends and empty the plugin's list, so static-i18n merges nothing; after
the last language we write ``<language root>/search/search_index.json`` with locations relative to
the language root, which is what that language's pages use as Material's ``base`` (search/page.py).

Each entry also carries what its section emphasises (campaignsite.search.emphasis), as a list so
the worker tokenizes each emphasis apart, in a field weighed between text and headings: the
subject of a bold entry ("**Hà Nội**: …") outranks a page that names it in passing, a title or
heading still outranks both.
"""
from __future__ import annotations

import json
from pathlib import Path

from campaignsite.search.lunr import SearchSetupError

INDEX_PATH = "search/search_index.json"  # where Material fetches it, relative to `base`
EMPHASIS_FIELD = "emphasis"
EMPHASIS_BOOST = 100.0  # Material weighs text 1 and titles (page titles and headings) 1000


def search_plugin(config):
    return config.plugins.get("material/search") or config.plugins.get("search")


def take_entries(plugin) -> list[dict]:
    """This build's entries; the plugin's list is emptied so static-i18n has nothing to merge."""
    entries = plugin.search_index.entries
    taken = list(entries)
    entries.clear()
    return taken


def language_index(entries: list[dict], lang: str, prefix: str, search_config, lunr_name: str,
                   emphasis: dict[str, list[str]]) -> dict:
    """Material's index format, with our lunr language, locations relative to `prefix` and each
    section's emphasis (keyed by Material's locations)."""
    docs = []
    for entry in entries:
        if not entry["location"].startswith(prefix):
            raise SearchSetupError(f"search entry {entry['location']!r} of language {lang!r} is outside {prefix!r}")
        doc = {**entry, "location": entry["location"][len(prefix):]}
        if emphasis.get(entry["location"]):
            doc[EMPHASIS_FIELD] = emphasis[entry["location"]]
        docs.append(doc)
    config = {
        "lang": [lunr_name],
        "separator": search_config["separator"],
        "pipeline": search_config["pipeline"],
        "fields": {**search_config["fields"], EMPHASIS_FIELD: {"boost": EMPHASIS_BOOST}},
    }
    return {"config": config, "docs": docs}


def write_index(site_dir: Path, prefix: str, index: dict) -> Path:
    # Plain UTF-8, not \\uXXXX escapes: Vietnamese text is a third smaller that way.
    path = site_dir / prefix / INDEX_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":"), default=str), encoding="utf-8")
    return path
