"""Content errors for editors: one line each, naming file, line, field and what to do."""
from __future__ import annotations

from dataclasses import dataclass

from mkdocs.exceptions import PluginError


@dataclass(frozen=True, order=True)
class ContentError:
    path: str  # relative to the project root, with forward slashes
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


RAISED: list["ContentErrors"] = []  # a parallel build's language process hands them to the parent


class ContentErrors(PluginError):
    """Every content error of a build, raised once; MkDocs prints it without a traceback."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted(set(errors), key=lambda e: (e.path, e.line or 0, e.field or ""))
        RAISED.append(self)
        count = len(self.errors)
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(
            f"{count} content error{'s' if count != 1 else ''}; nothing was published:\n{lines}"
        )


def raise_if_any(errors: list[ContentError]) -> None:
    if errors:
        raise ContentErrors(errors)
