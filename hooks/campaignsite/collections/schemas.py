"""What an item may contain, per collection: facts (item.yml) and words (<lang>.md front matter).

Unknown fields are errors, so a typo never silently drops what an editor wrote. Checks that need
other items (references, unique order) live in loader.py.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, Field, StringConstraints, ValidationInfo, field_validator, model_validator

from campaignsite.content.fields import Email, PartialDate, Phone, Source, Strict, Text, Url
from campaignsite.collections.dates import parse_when

Summary = Annotated[Text, StringConstraints(min_length=10, max_length=300)]
REF = re.compile(r"^(events|projects|exhibits|news|agencies)/[a-z0-9]+(?:-[a-z0-9]+)*$")


def vocab_key(list_name: str):
    """A value that must be a key of content/vocabulary.yml's ``list_name``."""

    def check(value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("vocabulary", {}).get(list_name, {})
        if value not in known:
            raise ValueError(f"unknown value {value!r}: use one of {', '.join(sorted(known))} (listed in content/vocabulary.yml)")
        return value

    return Annotated[str, AfterValidator(check)]


def ref_to(collection: str | None):
    """A reference to another item, "<collection>/<folder name>"; loader.py checks it exists."""

    def check(value: str) -> str:
        example = f"{collection or 'events'}/<folder name>"
        if not REF.match(value) or (collection and not value.startswith(collection + "/")):
            raise ValueError(f"{value!r} must name an item as \"{example}\"")
        return value

    return Annotated[str, AfterValidator(check)]


def agency_or_organization():
    """An agency item ("agencies/<folder name>", loader.py checks it exists) or a key of the vocabulary's
    ``organizations`` (a body outside section III of the plan: a ministry, the provincial People's Committee…)."""

    def check(value: str, info: ValidationInfo) -> str:
        if value.startswith("agencies/"):
            if not REF.match(value):
                raise ValueError(f"{value!r} must name an agency as \"agencies/<folder name>\"")
            return value
        known = (info.context or {}).get("vocabulary", {}).get("organizations", {})
        if value not in known:
            raise ValueError(
                f"{value!r} is neither an agency (\"agencies/<folder name>\") nor a key of `organizations`: "
                f"use one of {', '.join(sorted(known)) or '(none yet)'} or add it to content/vocabulary.yml")
        return value

    return Annotated[str, AfterValidator(check)]


def _check_when(value: str) -> str:
    parse_when(value)
    return value


When = Annotated[str, AfterValidator(_check_when)]


# ---------- shared parts ----------

class Coordinates(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Image(Strict):
    file: Text
    alt: dict[str, Text]
    credit: Optional[Text] = None
    # A drawn illustration or a labelled placeholder until the organiser supplies the real scan.
    placeholder: bool = False

    @field_validator("alt")
    @classmethod
    def _every_language(cls, value: dict, info: ValidationInfo):
        missing = [lang for lang in (info.context or {}).get("languages", []) if not value.get(lang)]
        if missing:
            raise ValueError(f"alt text missing in {', '.join(missing)}: describe the image for readers who cannot see it")
        return value

    @field_validator("file")
    @classmethod
    def _inside_item(cls, value: str):
        if value.startswith(("/", "\\")) or ".." in value.replace("\\", "/").split("/"):
            raise ValueError("must be a file in the item's folder (no '..' or absolute paths)")
        return value


class ItemFacts(Strict):
    sample: bool = False  # not verified: shown with a "Sample entry" badge, left out of production builds
    sources: list[Source] = Field(min_length=1)
    related: list[ref_to(None)] = []


class Words(Strict):
    title: Text
    summary: Summary


# ---------- collections ----------

class EventFacts(ItemFacts):
    category: vocab_key("event_categories")
    start: When
    end: Optional[When] = None
    district: vocab_key("districts")
    venue: Optional[Text] = None
    coordinates: Optional[Coordinates] = None
    organizer: Optional[agency_or_organization()] = None
    url: Optional[Url] = None

    @model_validator(mode="after")
    def _end_after_start(self):
        if self.end is not None and parse_when(self.end).value < parse_when(self.start).value:
            raise ValueError("end: is before start: check both dates")
        return self


class ProjectFacts(ItemFacts):
    sector: vocab_key("sectors")
    district: vocab_key("districts")
    area_ha: Optional[float] = Field(default=None, gt=0)
    capital_billion_vnd: Optional[float] = Field(default=None, gt=0)
    investment_form: Optional[Text] = None
    contact: ref_to("agencies")
    coordinates: Optional[Coordinates] = None


class Period(Strict):
    start: PartialDate
    end: PartialDate


class Holding(Strict):
    # The holding institution's name is words (held_by in vi.md/en.md); its shelf mark is a fact.
    reference: Optional[Text] = None


class ExhibitFacts(ItemFacts):
    order: int = Field(ge=1)
    kind: vocab_key("exhibit_kinds")
    date: Optional[PartialDate] = None
    period: Optional[Period] = None
    author: Optional[Text] = None
    publisher: Optional[Text] = None
    holding: Optional[Holding] = None
    images: list[Image] = Field(min_length=1)

    @model_validator(mode="after")
    def _dated(self):
        if (self.date is None) == (self.period is None):
            raise ValueError("date: give either `date` (\"1838\") or `period` (start/end), not both or neither")
        return self


class ExhibitWords(Words):
    significance: Text
    # Per language, so English pages name places and institutions in English; left out when unconfirmed.
    place_of_origin: Optional[Text] = None
    held_by: Optional[Text] = None


class NewsFacts(ItemFacts):
    type: vocab_key("news_types")
    date: When
    agency: agency_or_organization()
    event: Optional[ref_to("events")] = None


class NewsWords(Words):
    # Corrections only: what was claimed, and the facts (with the item's sources).
    claim: Optional[Text] = None
    facts: Optional[Text] = None


class PressContact(Strict):
    phone: Optional[Phone] = None
    email: Optional[Email] = None
    url: Optional[Url] = None


class AgencyFacts(ItemFacts):
    order: int = Field(ge=1)
    kind: vocab_key("agency_kinds")
    website: Optional[Url] = None
    # Official contact of the agency (or of its successor body), only when a source documents it.
    address: Optional[Text] = None
    phone: Optional[Phone] = None
    email: Optional[Email] = None
    press_contact: Optional[PressContact] = None


class AgencyWords(Words):
    short_name: Optional[Text] = None


Collection = Literal["events", "projects", "exhibits", "news", "agencies"]
SCHEMAS: dict[str, tuple[type[ItemFacts], type[Words]]] = {
    "agencies": (AgencyFacts, AgencyWords),
    "events": (EventFacts, Words),
    "projects": (ProjectFacts, Words),
    "exhibits": (ExhibitFacts, ExhibitWords),
    "news": (NewsFacts, NewsWords),
}
