"""content/vocabulary.yml: the keys items may use (districts, categories, …) and their labels."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ContentError
from ..yamlsource import parse_yaml

Vocabulary = dict[str, dict[str, dict[str, str]]]  # list name -> key -> lang -> label (organizations: also "url")

# Lists whose entries may carry more than their labels: field name -> what it is.
ENTRY_FIELDS = {"organizations": {"url"}}  # the body's official site (optional)
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")


def load_vocabulary(path: Path, rel: str, languages: list[str]) -> tuple[Vocabulary, list[ContentError]]:
    if not path.exists():
        return {}, [ContentError(rel, None, None, "vocabulary file is missing: restore it from git")]
    doc, errors = parse_yaml(path.read_text(encoding="utf-8"), rel)
    if doc is None:
        return {}, errors
    vocab: Vocabulary = {}
    for list_name, entries in (doc.data or {}).items():
        vocab[list_name] = {}
        for key, labels in (entries or {}).items():
            line = doc.line_of((list_name, key))
            missing = [lang for lang in languages if not isinstance(labels, dict) or not labels.get(lang)]
            if missing:
                errors.append(ContentError(rel, line, f"{list_name}.{key}", f"needs a label in {', '.join(missing)}: add `{missing[0]}: \"…\"`"))
                continue
            vocab[list_name][str(key)] = {lang: str(labels[lang]) for lang in languages}
            if list_name in ENTRY_FIELDS:
                entry_errors = _check_entry_fields(list_name, str(key), labels, languages, doc, rel)
                errors.extend(entry_errors)  # the entry stays usable: references to it are not errors too
                if labels.get("url") and not entry_errors:
                    vocab[list_name][str(key)]["url"] = str(labels["url"])
    return vocab, errors


def _check_entry_fields(list_name: str, key: str, labels: dict, languages: list[str], doc, rel: str) -> list[ContentError]:
    """organizations entries: the labels, an optional `url`, nothing else (a typo is an error, not ignored)."""
    allowed = set(languages) | ENTRY_FIELDS[list_name]
    out = []
    for field in labels:
        if field not in allowed:
            out.append(ContentError(rel, doc.line_of((list_name, key, field)), f"{list_name}.{key}.{field}",
                                    f"unknown field: an entry has {', '.join(languages)} labels and an optional `url`; remove it or fix the name"))
    url = labels.get("url")
    if url is not None and not (isinstance(url, str) and _URL.match(url)):
        out.append(ContentError(rel, doc.line_of((list_name, key, "url")), f"{list_name}.{key}.url",
                                "must be a full web address starting with https:// (the body's official site), or leave it out"))
    return out
