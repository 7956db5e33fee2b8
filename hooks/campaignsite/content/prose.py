"""The text readers read in a page or an item, with everything else blanked out, line for line.

The glossary (content/glossary.py) and the spell check (scripts/spell.py) look at the same
text: a copy of the file in which front-matter keys, fields that are not text, `sources`
(titles quoted as their publishers wrote them), code, web addresses, HTML tags and attribute
lists are replaced by spaces. Every line and column stays where it was, so a finding names the
file's own line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from campaignsite.content.yamlsource import parse_yaml, read_text, split_front_matter

# Fields whose values readers read (in front matter and item.yml); any other field is data.
PROSE_FIELDS = {"title", "description", "summary", "significance", "claim", "facts", "place_of_origin",
                "held_by", "short_name", "venue", "author", "publisher", "investment_form", "address",
                "alt", "credit"}
QUOTED = {"sources"}  # others' titles and names, as they wrote them

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# (a character each needs, so most texts skip most patterns; the pattern)
_BLANKED = [
    ("<!--", re.compile(r"<!--.*?-->", re.S)),  # comments
    ("](", re.compile(r"\]\([^)\n]*\)")),  # a link's target (its text stays)
    ("]:", re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S.*$", re.M)),  # reference definitions
    ("<", re.compile(r"</?[A-Za-z][^>\n]*>")),  # HTML tags and their attributes
    ("{", re.compile(r"\{:?\s*[#.][^}\n]*\}")),  # attribute lists {: .class #id }
    ("http", re.compile(r"https?://[^\s)>\]\"”]+")),  # bare web addresses
    ("www.", re.compile(r"www\.[^\s)>\]\"”]+")),
    ("@", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+")),  # e-mail addresses
]
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)


def blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_spans(text: str, spans) -> str:
    out = list(text)
    for start, end in spans:
        for index in range(start, end):
            if out[index] != "\n":
                out[index] = " "
    return "".join(out)


def _without_code(text: str) -> str:
    """``text`` with fenced code blocks and inline code blanked."""
    lines = text.split("\n")
    fence = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if match or fence:
            if match:
                marker = match.group(1)
                fence = None if fence == marker else (fence or marker)
            lines[index] = blank(line)
    text = "\n".join(lines)
    return _blank_spans(text, [m.span() for m in _INLINE_CODE.finditer(text)])


def markdown_body(body: str) -> str:
    """A Markdown body without code, link targets, HTML, attribute lists, URLs and e-mail addresses."""
    text = _without_code(body)
    return _blank_spans(text, [m.span() for needed, pattern in _BLANKED if needed in text for m in pattern.finditer(text)])


def yaml_prose(text: str) -> str:
    """A YAML text with only its prose values left (item.yml: in every language)."""
    doc, errors = parse_yaml(text, "")
    if doc is None or doc.node is None:
        return blank(text)
    keep: list[tuple[int, int]] = []

    def walk(node, path: tuple):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, path + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, path + (index,))
        elif isinstance(node, yaml.ScalarNode):
            keys = {part for part in path if isinstance(part, str)}
            if keys & PROSE_FIELDS and not keys & QUOTED:
                keep.append((node.start_mark.index, node.end_mark.index))

    walk(doc.node, ())
    out = blank(text)
    for start, end in keep:
        out = out[:start] + text[start:end] + out[end:]
    return out


def words_file(text: str) -> tuple[str, int]:
    """A page or an item's words file: its front matter's prose and its Markdown body, and where
    the body starts."""
    raw, _first, body, _errors = split_front_matter(text, "")
    if raw is None:
        return markdown_body(text), 0
    start = text.index("\n") + 1  # after the opening '---'
    head = blank(text[:start]) + yaml_prose(raw)
    body_start = len(text) - len(body)
    return head + blank(text[len(head):body_start]) + markdown_body(body), body_start


def markdown_links(text: str) -> list[tuple[int, str]]:
    """(line, target) of every Markdown link and reference definition outside code."""
    code_free = _without_code(text)
    found = [(m.start(1), m.group(1)) for pattern in (_LINK, _REFERENCE) for m in pattern.finditer(code_free)]
    return sorted((code_free.count("\n", 0, start) + 1, target) for start, target in found)


@dataclass(frozen=True)
class ProseFile:
    path: Path
    rel: str  # from the project root
    lang: str | None  # None for item.yml, which holds several languages


def prose_files(root: Path, languages: list[str], collections: list[str]) -> list[ProseFile]:
    """Every hand-written page and every item's facts and words (not the generated docs/ folders)."""
    from campaignsite.content.docs_check import is_generated

    docs = root / "docs"
    out = []
    for path in sorted(docs.rglob("*.md")):
        lang = path.name[:-3].rpartition(".")[2]
        if lang in languages and not is_generated(path, docs):
            out.append(ProseFile(path, path.relative_to(root).as_posix(), lang))
    for collection in collections:
        for path in sorted((root / "content" / collection).glob("*/*")):
            if path.name == "item.yml" or path.name[:-3] in languages and path.suffix == ".md":
                out.append(ProseFile(path, path.relative_to(root).as_posix(), None if path.name == "item.yml" else path.stem))
    return out


def prose_of(file: ProseFile) -> tuple[str, int] | None:
    """The file's prose and the offset where its Markdown body starts (item.yml has none); None
    if it cannot be read (the build names that error)."""
    text, error = read_text(file.path, file.rel)
    if error:
        return None
    if file.lang is None:
        return yaml_prose(text), len(text)
    return words_file(text)
