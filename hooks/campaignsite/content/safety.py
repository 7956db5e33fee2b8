"""Content safety decided on what is published: a page's rendered HTML, parsed as a browser would.

Markdown passes raw HTML through and attr_list sets any attribute (`{: onclick=… }`), so the
Markdown source says little about what readers get. The HTML that Markdown and its extensions
made of a page (before the theme wraps it) is parsed by html5lib inside a page's <body>, which
decodes entities and folds case as browsers do, and every element and attribute is held against
content/policy.py. Each finding names what was found and what to write instead; the line is
found by looking for it in the editor's Markdown.
"""
from __future__ import annotations

import html as html_text
import re
from dataclasses import dataclass
from functools import lru_cache

import html5lib

from campaignsite.content.policy import attribute_problem, element_problem
from campaignsite.errors import ContentError

_PAGE = "<!DOCTYPE html><html><head></head><body><article>{}</article></body></html>"
_TREE = html5lib.getTreeBuilder("etree")
_SHOWN = 60  # characters of a value quoted in a message


@dataclass(frozen=True)
class Finding:
    shown: str  # the element as found: <p onmouseover="alert(1)">
    message: str  # what is wrong and what to write instead
    needles: tuple[str, ...]  # what to look for in the source, most specific first


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]  # "{http://www.w3.org/2000/svg}svg" -> "svg"


def _attribute_name(name: str) -> str:
    namespace, _, local = name.rpartition("}")
    return f"xlink:{local}" if namespace.endswith("xlink") else local


def _quote(value: str) -> str:
    value = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", value)
    return value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"


def _shown(tag: str, attributes: list[tuple[str, str]]) -> str:
    return "<" + " ".join([tag] + [f'{name}="{_quote(value)}"' for name, value in attributes[:3]]) + ">"


@lru_cache(maxsize=1024)  # a partial language's fallback pages are the same HTML again
def findings(html: str) -> tuple[Finding, ...]:
    """Everything in ``html`` (a page's content) that the policy does not allow, in document order."""
    parser = html5lib.HTMLParser(tree=_TREE, namespaceHTMLElements=False)
    root = parser.parse(_PAGE.format(html))
    body = root.find("body")
    # The page's own elements: content may add nothing to them (`<body onload>` would).
    own = {id(root), id(root.find("head"))}
    if body is not None:
        own.add(id(body))
        if len(body) and body[0].tag == "article":
            own.add(id(body[0]))
    out: list[Finding] = []
    _walk([root], own, out)
    if any(code == "eof-in-comment" for _position, code, _data in parser.errors):
        out.append(Finding("<!--", "an HTML comment is never closed with -->: everything after it would vanish from the page", ("<!--",)))
    return tuple(out)


def _walk(elements, own: set[int], out: list[Finding]) -> None:
    for child in elements:
        if not isinstance(child.tag, str):
            continue  # a comment: not shown, not run
        tag = _local(child.tag)
        attributes = [(_attribute_name(name), value) for name, value in child.attrib.items()]
        if id(child) in own:
            for name, value in attributes:
                out.append(Finding(_shown(tag, [(name, value)]), f"content cannot add {name}= to the page's own <{tag}>: remove the tag",
                                   (f"<{tag}",)))
            _walk(child, own, out)
            continue
        problem = element_problem(tag)
        if problem:
            out.append(Finding(_shown(tag, attributes), problem, (f"<{tag}>", f"<{tag} ", f"<{tag}/", f"<{tag}")))
            continue  # the element goes, and what is inside it with it
        for name, value in attributes:
            problem = attribute_problem(tag, name, value)
            if problem:
                written = (f"{name}={value}", f'{name}="{value}"', f"{name}='{value}'")
                specific = (value,) if len(value.strip()) >= 3 else ()
                needles = (*written, *specific, f"{name}=", f" {name}")
                out.append(Finding(_shown(tag, [(name, value)]), problem, needles))
        _walk(child, own, out)


@dataclass
class Source:
    """The file an editor writes for a page, where its text starts, and the field it is (words)."""

    path: str  # relative to the project root
    text: str
    first_line: int = 1
    field: str | None = None


def errors_of(found: tuple[Finding, ...], source: Source) -> list[ContentError]:
    lines = source.text.splitlines()
    plain = [line.lower() for line in lines]
    decoded = [html_text.unescape(line).lower() for line in lines]
    errors, after = [], source.first_line
    for finding in found:
        line = _line_of(finding.needles, plain, decoded, after) or _line_of(finding.needles, plain, decoded, source.first_line)
        after = line or after
        errors.append(ContentError(source.path, line, source.field, f"{finding.shown}: {finding.message}"))
    return errors


def _line_of(needles, plain: list[str], decoded: list[str], start: int) -> int | None:
    for needle in needles:
        needle = needle.lower()
        for index in range(start - 1, len(plain)):
            if needle in plain[index] or needle in decoded[index]:
                return index + 1
    return None
