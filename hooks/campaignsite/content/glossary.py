"""content/glossary.yml: the official names a campaign writes one way, checked in every page and item.

Each term has `use` (the form per language), optionally `first` (the form of its first mention in
a page's text, e.g. with a gloss), `avoid` (variants per language: an error wherever they appear)
and `allow` (phrases in which an avoided variant is right: a literal gloss, a historical name).
Matching ignores case, Unicode normalisation form and the apostrophe's shape (' or ’), respects
word boundaries and sees only prose (content/prose.py: no code, web addresses or `sources`).
A variant inside any term's `use` or `first` form, in any language, is not a hit: English text
may quote the Vietnamese title, and "Hoang Sa" inside the exhibition's English title is right.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Optional

from pydantic import Field, ValidationInfo, field_validator, model_validator

from campaignsite.content.fields import Strict, Text
from campaignsite.content.prose import ProseFile, prose_files, prose_of
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import parse_yaml, read_text
from campaignsite.errors import ContentError

GLOSSARY_FILE = "content/glossary.yml"


def _known_languages(value: dict, info: ValidationInfo) -> dict:
    known = (info.context or {}).get("all_languages", [])
    unknown = [lang for lang in value if known and lang not in known]
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a language of this site: use {', '.join(known)}")
    return value


class Term(Strict):
    use: dict[str, Text] = Field(min_length=1, description="the form to write, per language")
    first: dict[str, Text] = Field({}, description="the form of the first mention in a page's text, per language (contains `use`)")
    avoid: dict[str, list[Text]] = Field({}, description="variants that are errors, per language")
    allow: dict[str, list[Text]] = Field({}, description="phrases in which an avoided variant is right, per language")
    note: Optional[Text] = Field(None, description="why, and the source of the official form")

    _languages = field_validator("use", "first", "avoid", "allow")(_known_languages)

    @model_validator(mode="after")
    def _consistent(self):
        for lang, form in self.first.items():
            if lang not in self.use or fold(self.use[lang]) not in fold(form):
                raise ValueError(f"first: the {lang} form must contain the `use` form {self.use.get(lang, '(none)')!r}")
        for lang, variants in self.avoid.items():
            for variant in variants:
                if any(_pattern(variant).search(fold(form)) for form in (self.use.get(lang), self.first.get(lang)) if form):
                    raise ValueError(f"avoid: {variant!r} is part of the form to use in {lang}: remove it from `avoid`")
        return self


class GlossaryFile(Strict):
    terms: list[Term] = []


def fold(text: str) -> str:
    """One spelling for matching: NFC, one apostrophe (case is ignored by the patterns)."""
    return unicodedata.normalize("NFC", text).replace("’", "'")


def _pattern(phrase: str) -> re.Pattern:
    words = [re.escape(part) for part in fold(phrase).split()]
    body = r"\s+".join(words)
    start = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    end = r"(?!\w)" if re.search(r"\w$", phrase) else ""
    return re.compile(start + body + end, re.IGNORECASE)


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)

    @cached_property
    def _forms(self) -> list[list[re.Pattern]]:
        """Per term, the patterns of its `use` and `first` forms in every language."""
        return [[_pattern(form) for forms in (term.use, term.first) for form in forms.values()] for term in self.terms]

    def check(self, text: str, body_start: int | None = None, *, lang: str | None, rel: str) -> list[ContentError]:
        """Avoided variants anywhere in ``text`` (prose only), and first mentions after ``body_start``."""
        text = fold(text)
        line = lambda index: text.count("\n", 0, index) + 1  # noqa: E731 - local shorthand
        spans = [[m.span() for p in patterns for m in p.finditer(text)] for patterns in self._forms]
        allowed = [m.span() for term in self.terms for phrases in term.allow.values() for phrase in phrases
                   for m in _pattern(phrase).finditer(text)]
        protected = [span for term_spans in spans for span in term_spans] + allowed
        errors = []
        for term in self.terms:
            for variant_lang, variants in term.avoid.items():
                for variant in variants:
                    for match in _pattern(variant).finditer(text):
                        if not _inside(match.span(), protected):
                            errors.append(ContentError(rel, line(match.start()), None, _advice(match.group(0), term, variant_lang)))
        if lang is not None and body_start is not None:
            for index, term in enumerate(self.terms):
                if lang in term.first:
                    others = [span for other, term_spans in enumerate(spans) if other != index for span in term_spans] + allowed
                    error = self._first_mention(term, lang, text, body_start, others, rel, line)
                    errors.extend([error] if error else [])
        return errors

    @staticmethod
    def _first_mention(term: Term, lang: str, text: str, body_start: int, others, rel: str, line) -> ContentError | None:
        mentions = [m for m in _pattern(term.use[lang]).finditer(text, body_start) if not _inside(m.span(), others)]
        if not mentions:
            return None
        first = mentions[0]
        if any(m.start() <= first.start() and first.end() <= m.end() for m in _pattern(term.first[lang]).finditer(text)):
            return None
        return ContentError(rel, line(first.start()), None,
                            f"first mention of “{term.use[lang]}” in this text: write “{term.first[lang]}”, later ones may be short ({GLOSSARY_FILE})")


def _inside(span: tuple[int, int], spans) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _advice(found: str, term: Term, lang: str) -> str:
    use = term.use.get(lang) or next(iter(term.use.values()))
    first = f" (at its first mention: “{term.first[lang]}”)" if lang in term.first else ""
    return f"“{' '.join(found.split())}” is not the form this site uses: write “{use}”{first} ({GLOSSARY_FILE})"


def load_glossary(root: Path, languages: list[str]) -> tuple[Glossary, list[ContentError]]:
    """The campaign's glossary; none (no terms) when the file does not exist."""
    path = root / GLOSSARY_FILE
    if not path.exists():
        return Glossary(), []
    text, error = read_text(path, GLOSSARY_FILE)
    if error:
        return Glossary(), [error]
    doc, errors = parse_yaml(text, GLOSSARY_FILE)
    if doc is None:
        return Glossary(), errors
    model, errors = validate(GlossaryFile, doc, GLOSSARY_FILE, {"all_languages": languages})
    return Glossary(list(model.terms) if model else []), errors


def check_names(root: Path, languages: list[str], collections: list[str]) -> list[ContentError]:
    """Every glossary error of every page and item (and of the glossary itself)."""
    glossary, errors = load_glossary(root, languages)
    if not glossary.terms:
        return errors
    for file in prose_files(root, languages, collections):
        errors.extend(_check_file(glossary, file))
    return errors


def _check_file(glossary: Glossary, file: ProseFile) -> list[ContentError]:
    prose = prose_of(file)
    return glossary.check(*prose, lang=file.lang, rel=file.rel) if prose else []
