"""What a page's editors emphasised, section by section: the subject of a list entry or paragraph.

"**Hà Nội**: the capital since 1010…" says what the entry is about, as a heading
says what a section is about. Material's search parser drops <strong>, so the page describing a
place in one bold entry ranked below pages naming it in passing. We collect the text of <strong>
and <b> for each section, and the index carries it as a field of its own, weighed between text
and headings (campaignsite.search.index).

The sections must be Material's own (a heading with an id starts one; a heading nested in a
block ends with it, and so on), so we run Material's search parser itself, only listening to it.
"""
from __future__ import annotations

from material.plugins.search.plugin import Parser

from campaignsite.search.lunr import SearchSetupError

EMPHASIS = frozenset({"strong", "b"})


class _Emphasis(Parser):
    """Material's search parser, also noting each emphasis with the section it is in."""

    def __init__(self) -> None:
        super().__init__()
        if not all(hasattr(self, name) for name in ("section", "data", "context", "skip")):
            raise SearchSetupError("Material's search parser changed: review hooks/campaignsite/search/emphasis.py")
        self.open: list[tuple[object, list[str]]] = []  # (section, text) of each open emphasis
        self.found: list[tuple[object, str]] = []

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag in EMPHASIS and not self.skip.intersection(self.context):
            self.open.append((self.section, []))

    def handle_endtag(self, tag):
        if tag in EMPHASIS and self.open and self.context and self.context[-1] == tag:
            section, words = self.open.pop()
            text = " ".join("".join(words).split())
            if text and not self.open:  # an emphasis inside another one is part of it
                self.found.append((section, text))
        super().handle_endtag(tag)

    def handle_data(self, data):
        super().handle_data(data)
        if self.open and not self.skip.intersection(self.context):
            for _, words in self.open:
                words.append(data)


def emphasis_by_section(html: str) -> dict[str, list[str]]:
    """{"": [...], "lakes-and-temples": ["Hà Nội", "Hoàn Kiếm"], ...}: "" is the page itself."""
    parser = _Emphasis()
    parser.feed(html)
    parser.close()
    found: dict[str, list[str]] = {}
    for section, text in parser.found:
        found.setdefault(section.id or "", []).append(text)
    return found


def emphasis_by_location(html: str, url: str) -> dict[str, list[str]]:
    """The same, keyed like Material's search entries: "province/" and "province/#culture"."""
    return {url + (f"#{anchor}" if anchor else ""): texts for anchor, texts in emphasis_by_section(html).items()}
