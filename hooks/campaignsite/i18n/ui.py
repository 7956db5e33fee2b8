"""Interface words: the engine's per language (overrides/lang/<lang>.yml), a campaign's over them.

Every key that any words file defines must exist in every language of the site; a missing or
unknown key is a build error naming the file, the key and the language. Material translates its
own interface (theme.language is set per language by mkdocs-static-i18n).
"""
from __future__ import annotations

from pathlib import Path

from campaignsite.content.policy import text_problem
from campaignsite.content.yamlsource import parse_yaml, read_text
from campaignsite.errors import ContentError

ENGINE_WORDS = Path(__file__).resolve().parents[3] / "overrides" / "lang"


def _read(path: Path, rel: str) -> tuple[dict[str, str], list[ContentError], object]:
    text, error = read_text(path, rel)
    if error:
        return {}, [error], None
    doc, errors = parse_yaml(text, rel)
    if doc is None:
        return {}, errors, None
    data = doc.data or {}
    if not isinstance(data, dict):
        return {}, [ContentError(rel, 1, None, "must be 'key: text' lines")], None
    bad = [ContentError(rel, doc.line_of((key,)), str(key), "must be a text on one line: put it in quotes")
           for key, value in data.items() if not isinstance(value, str)]
    # Templates write words into pages and attributes as they are: the rules of content's texts.
    bad += [ContentError(rel, doc.line_of((key,)), str(key), problem)
            for key, value in data.items() if isinstance(value, str) and (problem := text_problem(value))]
    return {str(k): v for k, v in data.items() if isinstance(v, str)}, bad, doc


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:  # the engine's words, seen from another instance's folder
        return path.relative_to(ENGINE_WORDS.parents[1]).as_posix()


def load_words(engine_dir: Path, instance_dir: Path, root: Path, languages) -> tuple[dict[str, dict[str, str]], list[ContentError]]:
    errors: list[ContentError] = []
    engine: dict[str, dict[str, str]] = {}
    for path in sorted(engine_dir.glob("*.yml")):
        engine[path.stem], file_errors, _doc = _read(path, _rel(path, root))
        errors += file_errors
    keys = set().union(*engine.values()) if engine else set()
    instance: dict[str, dict[str, str]] = {}
    for path in sorted(instance_dir.glob("*.yml")):
        rel = _rel(path, root)
        if path.stem not in languages.codes:
            errors.append(ContentError(rel, None, None, f"{path.stem!r} is not a language of this site: rename the file or add the language to mkdocs.yml"))
            continue
        words, file_errors, doc = _read(path, rel)
        errors += file_errors
        for key in sorted(set(words) - keys):
            errors.append(ContentError(rel, doc.line_of((key,)), key, f"unknown interface key (a typo?): the keys are those of {_rel(engine_dir / 'en.yml', root)}"))
        instance[path.stem] = {k: v for k, v in words.items() if k in keys}
    table: dict[str, dict[str, str]] = {}
    reference = engine.get("en") or next(iter(engine.values()), {})
    for lang in languages.codes:
        merged = {**engine.get(lang, {}), **instance.get(lang, {})}
        for key in sorted(keys - set(merged)):
            where = _rel(engine_dir / f"{lang}.yml", root) if lang in engine else _rel(instance_dir / f"{lang}.yml", root)
            english = f" (in English: {reference[key]!r})" if key in reference else ""
            errors.append(ContentError(where, None, key, f"no '{lang}' text for this interface key: add `{key}: \"…\"`{english}"))
        table[lang] = merged
    return table, errors
