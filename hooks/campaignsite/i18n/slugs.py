"""Slugs and diacritic folding for Vietnamese text.

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
    """Heading anchors and item slugs: lower-case ASCII words joined by ``separator``."""
    ascii_text = fold(value).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return separator.join(words)
