"""The site's one stylesheet: the campaign's colours, then the engine's fonts and theme CSS.

One file instead of three saves two render-blocking requests on a slow network. The colours
come from campaign.yml; each is checked against what is drawn on it (WCAG 2 AA: 4.5:1 for text),
so a new campaign cannot publish unreadable links or headers by accident.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from campaignsite.errors import ContentError

SOURCES = ["fonts.css", "theme.css"]  # under overrides/assets/stylesheets/, in this order
PUBLISHED = "assets/stylesheets/site.css"
# (colour key, what it is drawn with, the contrast it needs)
CONTRAST_RULES = [
    ("primary", "#ffffff", 4.5, "white header text and links on white"),
    ("primary_dark", "#ffffff", 4.5, "white footer text and headings on white"),
    ("accent", "#ffffff", 3.0, "focus outlines and borders on white"),
    ("secondary", "#ffffff", 3.0, "borders on white"),
]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def check_colours(colours: dict[str, str], where: str) -> list[ContentError]:
    errors = []
    for key, against, needed, role in CONTRAST_RULES:
        value = colours.get(key)
        if value and contrast(value, against) < needed:
            errors.append(ContentError(where, None, f"colours.{key}", f"{value} has contrast {contrast(value, against):.1f}:1 "
                                       f"({role}); it needs {needed}:1: choose a darker colour"))
    surface, text = colours.get("surface"), colours.get("primary_dark")
    if surface and text and contrast(surface, text) < 4.5:
        errors.append(ContentError(where, None, "colours.surface", f"{surface} under {text} text has contrast "
                                   f"{contrast(surface, text):.1f}:1; it needs 4.5:1: choose a lighter colour"))
    return errors


def stylesheet(colours: dict[str, str], source_dir: Path) -> str:
    variables = "".join(f"  --cs-{key.replace('_', '-')}: {value};\n" for key, value in colours.items() if value)
    parts = [f"/* Generated on every build from campaign.yml and overrides/assets/stylesheets/: edit those. */\n:root {{\n{variables}}}\n"]
    parts += [(source_dir / name).read_text(encoding="utf-8") for name in SOURCES]
    return "\n".join(parts)


def write_stylesheet(colours: dict[str, str], source_dir: Path, cache_dir: Path) -> Path:
    """The stylesheet in the cache, written only when it changed; its path."""
    text = stylesheet(colours, source_dir)
    target = cache_dir / f"site.{hashlib.blake2b(text.encode(), digest_size=8).hexdigest()}.css"
    if not target.exists():  # written whole, then renamed: a parallel build's languages may race here
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(target)
    return target
