"""Numbers as each language writes them: 2.500,5 in Vietnamese, 2,500.5 in English."""
from __future__ import annotations


def format_number(value: float | int, lang: str) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) and not value.is_integer() else f"{int(value):,}"
    if lang == "vi":
        return text.translate(str.maketrans({",": ".", ".": ","}))
    return text
