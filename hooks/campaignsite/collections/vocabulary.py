"""content/vocabulary.yml: the keys items may use (districts, categories, …) and their labels."""
from __future__ import annotations

import re
from pathlib import Path

from campaignsite.errors import ContentError
from campaignsite.content.yamlsource import parse_yaml, read_text

Vocabulary = dict[str, dict[str, dict]]  # list name -> key -> {lang: label, attribute: value}
# Besides its labels an entry may say `locality: false` (a district key that is no place, such as
# "province-wide": structured data then names no locality) and, for organizations, `url` (the
# body's official site).
ATTRIBUTES = {"locality", "url"}
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")


def load_vocabulary(path: Path, rel: str, languages) -> tuple[Vocabulary, list[ContentError]]:
    """Labels are required in the required languages; a partial language's may follow later."""
    if not path.exists():
        return {}, [ContentError(rel, None, None, "vocabulary file is missing: restore it from git")]
    text, error = read_text(path, rel)
    if error:
        return {}, [error]
    doc, errors = parse_yaml(text, rel)
    if doc is None:
        return {}, errors
    vocab: Vocabulary = {}
    for list_name, entries in (doc.data or {}).items():
        vocab[list_name] = {}
        for key, labels in (entries or {}).items():
            line = doc.line_of((list_name, key))
            missing = [lang for lang in languages.required if not isinstance(labels, dict) or not labels.get(lang)]
            if missing:
                errors.append(ContentError(rel, line, f"{list_name}.{key}", f"needs a label in {', '.join(missing)}: add `{missing[0]}: \"…\"`"))
                continue
            unknown = [name for name in labels if name not in languages.codes and name not in ATTRIBUTES]
            if unknown:
                errors.append(ContentError(rel, line, f"{list_name}.{key}.{unknown[0]}",
                                           f"neither a language of this site nor one of {', '.join(sorted(ATTRIBUTES))}: remove it or fix the name"))
                continue
            url = labels.get("url")
            if url is not None and not (isinstance(url, str) and _URL.match(url)):
                errors.append(ContentError(rel, doc.line_of((list_name, key, "url")), f"{list_name}.{key}.url",
                                           "must be a full web address starting with https:// (the body's official site), or leave it out"))
                continue
            entry = {lang: str(labels[lang]) for lang in languages.codes if labels.get(lang)}
            vocab[list_name][str(key)] = entry | {name: labels[name] for name in ATTRIBUTES if name in labels}
    return vocab, errors
