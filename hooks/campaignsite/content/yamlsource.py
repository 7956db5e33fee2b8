"""Read YAML (front matter or data files) so that every value keeps its line number.

MkDocs swallows front-matter errors and publishes the YAML as body text; PyYAML turns a bad
date into a bare ValueError. Here dates stay strings (validated by the schemas) and every
problem becomes a ContentError naming the file and line.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from campaignsite.errors import ContentError


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~5x faster


class _Loader(_BaseLoader):
    """SafeLoader that keeps dates and times as strings: schemas validate them with a clear message."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


@dataclass
class YamlDoc:
    data: Any
    node: yaml.Node | None
    first_line: int  # 1-based line of the YAML's first line within the file

    def line_of(self, loc: tuple) -> int:
        """The file line of the value at ``loc`` (keys and list indexes), or of its nearest parent."""
        node = self.node
        line = node.start_mark.line if node is not None else 0
        for part in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == part:
                        child, line = value_node, key_node.start_mark.line
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if 0 <= part < len(node.value):
                    child = node.value[part]
                    line = child.start_mark.line
            if child is None:
                break
            node = child
        return self.first_line + line


def read_text(path, rel: str) -> tuple[str | None, ContentError | None]:
    """A content file as the editor meant it, or the one error that says how to save it.

    The one reader of pages, items, words, vocabulary, glossary and campaign.yml. Editors' tools
    write UTF-8 with or without a byte-order mark (Notepad), UTF-16 with one (Notepad's
    "Unicode"), Windows (CRLF) or old Mac (CR) line ends, and macOS's decomposed letters (NFD:
    "ê" as "e" + a combining circumflex): all become the same UTF-8 text, LF line ends, NFC, so
    search, the glossary and headings' anchors see one spelling.
    """
    data = path.read_bytes()
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    if encoding != "utf-16" and b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, ContentError(rel, line, None, f"file is UTF-16 without a byte-order mark (or not text): {_SAVE_AS_UTF8}")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, ContentError(rel, line, None, f"file is not valid UTF-8 text (an older encoding?): {_SAVE_AS_UTF8}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), None


_SAVE_AS_UTF8 = "save it as UTF-8 (Notepad: File → Save as → Encoding: UTF-8)"


def parse_yaml(text: str, path: str, first_line: int = 1) -> tuple[YamlDoc | None, list[ContentError]]:
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()  # one parse: the node tree keeps the line numbers
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # An unclosed bracket or quote is reported where it was opened (the context), not where
        # the parser gave up, which is the next line and would send the editor to the wrong place.
        mark = exc.context_mark or exc.problem_mark
        line = first_line + mark.line if mark else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        hint = "use spaces, not tabs, to indent" if "\t" in text else "check quotes, brackets, colons and indentation"
        return None, [ContentError(path, line, None, f"YAML syntax error ({problem}): {hint}")]
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        return None, [ContentError(path, first_line, None, f"YAML error ({exc}): check the syntax")]
    return YamlDoc(data, node, first_line), []


def split_front_matter(text: str, path: str) -> tuple[str | None, int, str, list[ContentError]]:
    """Return (front matter text or None, line where it starts, body, errors)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None, 0, text, []
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            return "".join(lines[1:index]), 2, "".join(lines[index + 1 :]), []
    return None, 0, text, [
        ContentError(path, 1, None, "front matter opened with '---' is never closed: add a line '---' after the last field")
    ]


def body_start(text: str) -> int:
    """The 1-based line where a page's Markdown starts, after its front matter."""
    _raw, _first, body, _errors = split_front_matter(text, "")
    return text.count("\n", 0, len(text) - len(body)) + 1


def read_front_matter(text: str, path: str) -> tuple[YamlDoc | None, str, list[ContentError]]:
    """Front matter as a YamlDoc (data {} when the page has none), the body, and errors."""
    raw, first_line, body, errors = split_front_matter(text, path)
    if errors:
        return None, body, errors
    if raw is None:
        return YamlDoc({}, None, 1), body, []
    doc, errors = parse_yaml(raw, path, first_line)
    if doc is None:
        return None, body, errors
    if doc.data is None:
        doc.data = {}
    if not isinstance(doc.data, dict):
        return None, body, [ContentError(path, first_line, None, "front matter must be 'field: value' lines, not a list or a single value")]
    return doc, body, []
