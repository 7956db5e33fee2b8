"""content/glossary.yml: the official names a campaign writes one way, checked in every page and item.

Each term has `use` (the form per language), optionally `first` (the form of its first mention in
a page's text, e.g. with a gloss), `avoid` (variants per language: an error wherever they appear)
and `allow` (phrases in which an avoided variant is right: a literal gloss, a historical name).
Matching ignores case, Unicode normalisation form and the apostrophe's shape (' or ’), respects
word boundaries and sees only prose (content/prose.py: no code, web addresses or `sources`).
A variant inside any term's `use` or `first` form, in any language, is not a hit: a page may
quote a title in another language, and a place's name written without its diacritics is right
inside an official title that writes it so.
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
                if any(_Phrase.of(variant).spans(fold(form), fold(form).lower()) for form in (self.use.get(lang), self.first.get(lang)) if form):
                    raise ValueError(f"avoid: {variant!r} is part of the form to use in {lang}: remove it from `avoid`")
        return self


class GlossaryFile(Strict):
    terms: list[Term] = []


def fold(text: str) -> str:
    """One spelling for matching: NFC, one apostrophe (case is ignored by the patterns)."""
    return unicodedata.normalize("NFC", text).replace("’", "'")


_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class _Phrase:
    """A phrase to find, on word boundaries (checked after the search: a pattern that starts with
    a look-behind loses the regex engine's fast search for its first word, which made the check
    of a whole site take seconds). The lower-cased text is searched with a lower-case pattern;
    when lower-casing changes a text's length (a rare letter such as İ), a case-ignoring one."""

    text: str
    pattern: re.Pattern
    lower: re.Pattern
    key: str  # its first word in lower case: a text without it is not searched (most texts, most phrases)
    bounded: tuple[bool, bool]  # whether it starts, ends with a letter or digit (a word boundary is needed there)

    @classmethod
    def of(cls, phrase: str) -> "_Phrase":
        words = fold(phrase).split()
        body = lambda parts: r"\s+".join(re.escape(part) for part in parts)  # noqa: E731
        return cls(phrase, re.compile(body(words), re.IGNORECASE), re.compile(body(w.lower() for w in words)),
                   words[0].lower(), (bool(_WORD.match(words[0][0])), bool(_WORD.match(words[-1][-1]))))

    def spans(self, text: str, low: str, start: int = 0) -> list[tuple[int, int]]:
        if self.key not in low:
            return []
        found = self.lower.finditer(low, start) if len(low) == len(text) else self.pattern.finditer(text, start)
        return [m.span() for m in found if self._on_boundaries(text, *m.span())]

    def _on_boundaries(self, text: str, start: int, end: int) -> bool:
        before = self.bounded[0] and start > 0 and _WORD.match(text[start - 1])
        after = self.bounded[1] and end < len(text) and _WORD.match(text[end])
        return not before and not after


@dataclass(frozen=True)
class _Compiled:
    forms: list[_Phrase]  # `use` and `first`, every language
    allow: list[_Phrase]
    avoid: list[tuple[str, _Phrase]]  # (language it is listed under, variant)


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)

    @cached_property
    def _compiled(self) -> list[_Compiled]:
        return [_Compiled([_Phrase.of(form) for forms in (term.use, term.first) for form in forms.values()],
                          [_Phrase.of(phrase) for phrases in term.allow.values() for phrase in phrases],
                          [(lang, _Phrase.of(variant)) for lang, variants in term.avoid.items() for variant in variants])
                for term in self.terms]

    def check(self, text: str, body_start: int | None = None, *, lang: str | None, rel: str) -> list[ContentError]:
        """Avoided variants anywhere in ``text`` (prose only), and first mentions after ``body_start``."""
        text = fold(text)
        low = text.lower()
        compiled = self._compiled
        hits = [(index, variant_lang, span) for index, term in enumerate(compiled)
                for variant_lang, phrase in term.avoid for span in phrase.spans(text, low)]
        firsts = [index for index, term in enumerate(self.terms) if lang in term.first] if lang and body_start is not None else []
        if not hits and not firsts:
            return []
        line = lambda index: text.count("\n", 0, index) + 1  # noqa: E731 - local shorthand
        form_spans = [[span for phrase in term.forms for span in phrase.spans(text, low)] for term in compiled]
        allowed = [span for term in compiled for phrase in term.allow for span in phrase.spans(text, low)]
        protected = [span for spans in form_spans for span in spans] + allowed
        errors = [ContentError(rel, line(span[0]), None, _advice(text[span[0]:span[1]], self.terms[index], variant_lang))
                  for index, variant_lang, span in hits if not _inside(span, protected)]
        for index in firsts:
            others = [span for other, spans in enumerate(form_spans) if other != index for span in spans] + allowed
            error = self._first_mention(self.terms[index], lang, text, low, body_start, others, rel, line)
            errors.extend([error] if error else [])
        return errors

    @staticmethod
    def _first_mention(term: Term, lang: str, text: str, low: str, body_start: int, others, rel: str, line) -> ContentError | None:
        mentions = [span for span in _Phrase.of(term.use[lang]).spans(text, low, body_start) if not _inside(span, others)]
        if not mentions:
            return None
        first = mentions[0]
        if any(start <= first[0] and first[1] <= end for start, end in _Phrase.of(term.first[lang]).spans(text, low)):
            return None
        return ContentError(rel, line(first[0]), None,
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


_memo: dict[tuple, list[ContentError]] = {}


def check_names(root: Path, languages: list[str], collections: list[str]) -> list[ContentError]:
    """Every glossary error of every page and item (and of the glossary itself), checked again
    only when one of those files changed (each language's build asks)."""
    files = prose_files(root, languages, collections)
    glossary_file = root / GLOSSARY_FILE
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in [f.path for f in files] + [glossary_file] if p.exists())
    key = (str(root), tuple(languages), stamp)
    if key not in _memo:
        glossary, errors = load_glossary(root, languages)
        for file in files if glossary.terms else []:
            errors.extend(_check_file(glossary, file))
        _memo.clear()
        _memo[key] = errors
    return list(_memo[key])


def _check_file(glossary: Glossary, file: ProseFile) -> list[ContentError]:
    prose = prose_of(file)
    return glossary.check(*prose, lang=file.lang, rel=file.rel) if prose else []
