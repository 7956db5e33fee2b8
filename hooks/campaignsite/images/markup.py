"""Find the <img> tags of a rendered page and swap each for other markup (pure)."""
from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

# A <picture> already written by hand is left alone, with the <img> inside it.
_PICTURE_OR_IMG = re.compile(r"<picture\b.*?</picture\s*>|<img\b[^>]*>", re.S | re.I)


class _TagParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        self.attrs = {name: value or "" for name, value in attrs}

    handle_startendtag = handle_starttag


def tag_attributes(tag: str) -> dict[str, str]:
    parser = _TagParser()
    parser.feed(tag)
    parser.close()
    return parser.attrs


def rewrite_images(html: str, replace: Callable[[dict[str, str], int], str | None]) -> str:
    """``replace(attributes, index)`` gets every <img> outside a <picture> in order (index 0 is
    the page's first image) and returns its new markup, or None to keep it."""
    index = 0

    def swap(match: re.Match) -> str:
        nonlocal index
        tag = match.group(0)
        if tag[:8].lower() == "<picture":
            index += 1
            return tag
        new = replace(tag_attributes(tag), index)
        index += 1
        return tag if new is None else new

    return _PICTURE_OR_IMG.sub(swap, html)


def line_of(text: str, needle: str) -> int | None:
    """1-based line of the first occurrence of ``needle`` in ``text``."""
    position = text.find(needle)
    return None if position < 0 else text.count("\n", 0, position) + 1
