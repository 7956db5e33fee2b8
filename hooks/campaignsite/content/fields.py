"""Field types shared by page front matter and content collections."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from campaignsite.content import policy

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Strict(BaseModel):
    """Unknown fields are errors, so a typo never silently drops what an editor wrote."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


def checked(rule):
    """A pydantic validator from a rule of content/policy.py (the same rules as page content)."""

    def check(value: str) -> str:
        problem = rule(value)
        if problem:
            raise ValueError(problem)
        return value

    return AfterValidator(check)


# Titles, summaries, captions, alt texts: shown as text whichever template renders them; markup
# belongs in the Markdown body.
Text = Annotated[str, StringConstraints(min_length=1), checked(policy.text_problem)]


def _check_partial_date(value: str) -> str:
    if not _PARTIAL_DATE.match(value):
        raise ValueError("must be an ISO date in quotes: \"2023\", \"2023-07\" or \"2023-07-28\"")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValueError(f"{value!r} is not a real date: check month and day") from None
    return value


def _check_day(value: str) -> str:
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        raise ValueError("must be a day in quotes: \"2024-03-25\"")
    return _check_partial_date(value)


Url = Annotated[str, checked(policy.web_address_problem)]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ().-]{6,}$")]
Email = Annotated[str, checked(policy.email_problem)]
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
Day = Annotated[str, AfterValidator(_check_day)]  # a whole date: "2024-03-25"


class Source(Strict):
    """A source a page or item names: what, who published it, where, when."""

    title: Text = Field(description="the source's title, as it is written there", examples=["Plan for the year"])
    publisher: Optional[Text] = Field(None, description="who published it", examples=["The ministry's portal"])
    url: Optional[Url] = Field(None, description="its web address, when it is online", examples=["https://example.org/plan"])
    date: Optional[PartialDate] = Field(None, description="when it was published, in quotes", examples=["2023-03-01"])


def _check_localized(value: dict, info: ValidationInfo) -> dict:
    """Every required language present; no language the site does not have."""
    context = info.context or {}
    required, known = context.get("languages", []), context.get("all_languages", [])
    unknown = [lang for lang in value if known and lang not in known]
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a language of this site: use {', '.join(known)}")
    missing = [lang for lang in required if not value.get(lang)]
    if missing:
        raise ValueError(f"needs a text in {', '.join(missing)}: add `{missing[0]}: \"…\"`")
    return value


# A text in several languages: {vi: "…", en: "…"}; partial languages may leave theirs out.
Localized = Annotated[dict[str, Text], AfterValidator(_check_localized)]
