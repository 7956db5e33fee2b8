"""Editors' Markdown cannot carry script: raw <script>, inline event handlers, javascript: URLs.

MkDocs passes raw HTML through untouched, so a pasted embed code would run on a government site
and break the Content-Security-Policy. Code blocks and inline code are exempt: there such text
is shown, not run.
"""
from __future__ import annotations

import re

from campaignsite.errors import ContentError

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
RULES = [
    (re.compile(r"<\s*script\b", re.I), "raw <script> is not allowed: scripts belong in the theme, not in content"),
    (re.compile(r"<\s*(iframe|object|embed|frame)\b", re.I), "embedded <{0}> is not allowed: link to the page instead (the site loads nothing from other hosts)"),
    (re.compile(r"<[a-z][^>]*\s(on[a-z]+)\s*=", re.I), "inline event handler {0}= is not allowed: remove it"),
    (re.compile(r"\b(?:javascript|vbscript)\s*:|\bdata\s*:\s*text/html", re.I), "javascript: links are not allowed: link to a page or a file"),
]


def unsafe_markup(markdown: str, path: str, first_line: int = 1) -> list[ContentError]:
    errors = []
    in_fence = None
    for offset, line in enumerate(markdown.splitlines()):
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)
            in_fence = None if in_fence == marker else (in_fence or marker)
            continue
        if in_fence:
            continue
        text = _INLINE_CODE.sub("", line)
        for pattern, message in RULES:
            match = pattern.search(text)
            if match:
                detail = match.group(1) if match.groups() else ""
                errors.append(ContentError(path, first_line + offset, None, message.format(detail)))
    return errors
