"""content/vocabulary.yml: the keys items may use (districts, categories, …) and their labels."""
from __future__ import annotations

from pathlib import Path

from campaignsite.content.policy import key_problem, text_problem, web_address_problem
from campaignsite.errors import ContentError
from campaignsite.content.yamlsource import parse_yaml, read_text

Vocabulary = dict[str, dict[str, dict]]  # list name -> key -> {lang: label, attribute: value}
# Besides its labels an entry may say `locality: false` (a district key that is no place, such as
# "province-wide": structured data then names no locality) and, for organizations, `url` (the
# body's official site).
ATTRIBUTES = {"locality", "url"}


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
            problems = _problems(key, labels, languages.codes)
            if problems:
                errors += [ContentError(rel, doc.line_of((list_name, key, *loc)), ".".join(map(str, (list_name, key, *loc))), problem)
                           for loc, problem in problems]
                continue
            entry = {lang: str(labels[lang]) for lang in languages.codes if labels.get(lang)}
            vocab[list_name][str(key)] = entry | {name: labels[name] for name in ATTRIBUTES if name in labels}
    return vocab, errors


def _problems(key, labels: dict, codes: list[str]) -> list[tuple[tuple, str]]:
    """Keys go into the filters' attributes, labels and urls into pages: the rules of page content."""
    found = [((), key_problem(str(key)))]
    found += [((lang,), text_problem(str(labels[lang]))) for lang in codes if labels.get(lang)]
    if "url" in labels:
        url = labels["url"]
        problem = web_address_problem(url) if isinstance(url, str) else "must be a web address"
        found.append((("url",), problem and f"{problem} (the body's official site), or leave it out"))
    return [(loc, problem) for loc, problem in found if problem]
