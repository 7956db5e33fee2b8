"""Slugs and diacritic folding for Vietnamese (and other) text.

Python-Markdown's default slugger strips anything that is not ASCII after NFKD, which drops "Đ"
(U+0110 has no decomposition): "Đồi cát" would become "oi-cat". We fold đ/Đ explicitly first.
"""
from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Remove Vietnamese (and other Latin) diacritics: "Hà Nội, Đồi cát" -> "Ha Noi, Doi cat"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_D_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(value: str, separator: str = "-") -> str:
    """Heading anchors: lower-case words joined by ``separator``; Latin letters lose their
    diacritics ("Đồi cát" -> "doi-cat"), other scripts keep their letters ("Контакты" ->
    "контакты", not an empty "_2" as Python-Markdown's slugger would make it)."""
    letters = []
    for char in unicodedata.normalize("NFC", value.translate(_D_MAP)).lower():
        if not char.isascii() and "LATIN" in unicodedata.name(char, ""):
            char = fold(char).encode("ascii", "ignore").decode("ascii")
        letters.append(char)
    return separator.join(re.findall(r"[^\W_]+", "".join(letters)))
