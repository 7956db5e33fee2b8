"""content/vocabulary.yml: the keys items may use (districts, categories, …) and their labels."""
from __future__ import annotations

from pathlib import Path

from campaignsite.errors import ContentError
from campaignsite.content.yamlsource import parse_yaml

Vocabulary = dict[str, dict[str, dict[str, str]]]  # list name -> key -> lang -> label


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
    return vocab, errors
