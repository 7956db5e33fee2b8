"""What a build publishes: the one decision, for items and pages alike, about drafts and samples.

`make build` leaves drafts out (and samples too with INCLUDE_SAMPLES=false); the preview,
`make serve` (scripts/serve.py sets INCLUDE_DRAFTS=true), shows drafts with a "Draft" badge.
Both settings come from mkdocs.yml's `extra` (`include_samples`, `include_drafts`), each read
from its environment variable; a release mode is one more Publication.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Publication:
    samples: bool = True  # unverified sample entries, shown with a badge
    drafts: bool = False  # work in progress (`draft: true`), shown with a badge

    def shows(self, *, draft: bool = False, sample: bool = False) -> bool:
        return (self.drafts or not draft) and (self.samples or not sample)

    @classmethod
    def of(cls, config) -> "Publication":
        extra = config.extra
        return cls(samples=_flag(extra.get("include_samples"), True), drafts=_flag(extra.get("include_drafts"), False))


def _flag(value, default: bool) -> bool:
    """`!ENV` gives the variable's text ("false", "0", "no", "true", …) or the YAML default."""
    if value is None:
        return default
    return str(value).strip().lower() not in ("false", "0", "no", "off", "")
