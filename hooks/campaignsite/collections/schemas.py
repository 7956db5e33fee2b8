"""What an item may contain, per collection: facts (item.yml) and words (<lang>.md front matter).

Unknown fields are errors, so a typo never silently drops what an editor wrote. Checks that need
other items (references, unique order) live in loader.py. Every field's description is one line
for editors: `make new` writes it as the field's comment in a new item (collections/scaffold.py),
and content/README.md's field tables name the same fields (tests/test_editors_scaffold.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal, Optional

from pydantic import AfterValidator, Field, StringConstraints, ValidationInfo, field_validator, model_validator

from campaignsite.content.fields import Day, Email, PartialDate, Phone, Source, Strict, Text, Url
from campaignsite.collections.dates import parse_when

Summary = Annotated[Text, StringConstraints(min_length=10, max_length=300)]
REF = re.compile(r"^(events|projects|exhibits|news|agencies)/[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class VocabularyList:
    """Marks a field whose value is a key of vocabulary.yml's ``name`` (the scaffold offers one)."""

    name: str


@dataclass(frozen=True)
class Reference:
    """Marks a reference to an item of ``collection`` (any, when None), or an `organizations` key."""

    collection: str | None
    organizations: bool = False


@dataclass(frozen=True)
class UniqueNumber:
    """Marks a whole number no two items of a collection share (the scaffold takes the next one)."""


Order = Annotated[int, UniqueNumber()]


def vocab_key(list_name: str):
    """A value that must be a key of content/vocabulary.yml's ``list_name``."""

    def check(value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("vocabulary", {}).get(list_name, {})
        if value not in known:
            raise ValueError(f"unknown value {value!r}: use one of {', '.join(sorted(known))} (listed in content/vocabulary.yml)")
        return value

    return Annotated[str, AfterValidator(check), VocabularyList(list_name)]


def ref_to(collection: str | None):
    """A reference to another item, "<collection>/<folder name>"; loader.py checks it exists."""

    def check(value: str) -> str:
        example = f"{collection or 'events'}/<folder name>"
        if not REF.match(value) or (collection and not value.startswith(collection + "/")):
            raise ValueError(f"{value!r} must name an item as \"{example}\"")
        return value

    return Annotated[str, AfterValidator(check), Reference(collection)]


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

    return Annotated[str, AfterValidator(check), Reference("agencies", organizations=True)]


def _check_when(value: str) -> str:
    parse_when(value)
    return value


When = Annotated[str, AfterValidator(_check_when)]


# ---------- shared parts ----------

class Coordinates(Strict):
    lat: float = Field(ge=-90, le=90, description="latitude in degrees, north positive")
    lon: float = Field(ge=-180, le=180, description="longitude in degrees, east positive")


class Image(Strict):
    file: Text = Field(description="the image file in the item's folder", examples=["scan.jpg"])
    alt: dict[str, Text] = Field(description="what the image shows, for readers who cannot see it, in every language")
    credit: Optional[Text] = Field(None, description="who made or holds the image", examples=["Courtesy of the archive"])
    # A drawn illustration or a labelled placeholder until the organiser supplies the real scan.
    placeholder: bool = Field(False, description="true for a drawn stand-in until the real scan arrives (labelled on the page)")

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
    draft: bool = Field(False, description="true while you work on it: shown only in the preview (make serve), never published")
    reviewed: Optional[Day] = Field(None, description="the day someone last checked this item against its sources, in quotes", examples=["2024-03-25"])
    sample: bool = Field(False, description="true if not verified: shown with a \"Sample entry\" badge, left out of production builds")
    sources: list[Source] = Field(min_length=1, description="where the facts come from (at least one), shown on the page")
    related: list[ref_to(None)] = Field([], description="other items shown as \"Related\", as \"<collection>/<folder name>\"", examples=[["events/<folder name>"]])


class Words(Strict):
    title: Text = Field(description="the title, as lists, search results and the page show it")
    summary: Summary = Field(description="one or two sentences (10–300 characters) for lists, search and social cards")


# ---------- collections ----------

class EventFacts(ItemFacts):
    category: vocab_key("event_categories") = Field(description="the kind of event: a key of event_categories in content/vocabulary.yml")
    start: When = Field(description="first day \"2023-07-28\" or start time \"2023-07-28T08:00\" (local time), in quotes", examples=["2023-07-28"])
    end: Optional[When] = Field(None, description="last day or end time, not before start, in quotes", examples=["2023-07-30"])
    district: vocab_key("districts") = Field(description="where it takes place: a key of districts in content/vocabulary.yml")
    venue: Optional[Text] = Field(None, description="the venue, as the organiser names it", examples=["Conference centre"])
    coordinates: Optional[Coordinates] = Field(None, description="the venue's position on a map", examples=[{"lat": 12.34, "lon": 98.76}])
    organizer: Optional[agency_or_organization()] = Field(None, description="who organises it: \"agencies/<folder name>\" or a key of organizations in content/vocabulary.yml", examples=["agencies/<folder name>"])
    url: Optional[Url] = Field(None, description="the event's official page", examples=["https://example.org/event"])

    @model_validator(mode="after")
    def _end_after_start(self):
        if self.end is not None and parse_when(self.end).value < parse_when(self.start).value:
            raise ValueError("end: is before start: check both dates")
        return self


class ProjectFacts(ItemFacts):
    sector: vocab_key("sectors") = Field(description="the sector: a key of sectors in content/vocabulary.yml")
    district: vocab_key("districts") = Field(description="where it is: a key of districts in content/vocabulary.yml")
    area_ha: Optional[float] = Field(default=None, gt=0, description="area in hectares, only if a source states it", examples=[120.5])
    capital_billion_vnd: Optional[float] = Field(default=None, gt=0, description="planned investment in billion VND, only if a source states it", examples=[2500])
    investment_form: Optional[Text] = Field(None, description="how an investor is chosen, as the source says it", examples=["Tender"])
    contact: ref_to("agencies") = Field(description="the agency investors contact: \"agencies/<folder name>\"")
    coordinates: Optional[Coordinates] = Field(None, description="the site's position on a map", examples=[{"lat": 12.34, "lon": 98.76}])


class Period(Strict):
    start: PartialDate = Field(description="first year (or month, day), in quotes")
    end: PartialDate = Field(description="last year (or month, day), in quotes")


class Holding(Strict):
    # The holding institution's name is words (held_by in vi.md/en.md); its shelf mark is a fact.
    reference: Optional[Text] = Field(None, description="the holder's shelf mark or file number, only when confirmed", examples=["File 12"])


class ExhibitFacts(ItemFacts):
    order: Order = Field(ge=1, description="its place in the exhibition: a whole number, unique")
    kind: vocab_key("exhibit_kinds") = Field(description="what it is: a key of exhibit_kinds in content/vocabulary.yml")
    date: Optional[PartialDate] = Field(None, description="when it was made: \"1838\", \"1838-05\" or a day, in quotes (or give period)", examples=["1838"])
    period: Optional[Period] = Field(None, description="instead of date, the years it spans", examples=[{"start": "1802", "end": "1945"}])
    author: Optional[Text] = Field(None, description="who made it", examples=["The author's name"])
    publisher: Optional[Text] = Field(None, description="who published it", examples=["The publisher's name"])
    holding: Optional[Holding] = Field(None, description="the holder's reference for it (the holder's name is held_by in the words)", examples=[{"reference": "File 12"}])
    images: list[Image] = Field(min_length=1, description="its images (at least one): file, alt text in every language, credit, placeholder")
    SCAFFOLD_FILLED: ClassVar[tuple[str, ...]] = ("date",)  # optional, but one of date/period is needed

    @model_validator(mode="after")
    def _dated(self):
        if (self.date is None) == (self.period is None):
            raise ValueError("date: give either `date` (\"1838\") or `period` (start/end), not both or neither")
        return self


class ExhibitWords(Words):
    significance: Text = Field(description="why the exhibit matters, in this language")
    # Per language, so English pages name places and institutions in English; left out when unconfirmed.
    place_of_origin: Optional[Text] = Field(None, description="where it was made, in this language, only when a source confirms it", examples=["Paris (France)"])
    held_by: Optional[Text] = Field(None, description="the institution that holds it, in this language, only when a source confirms it", examples=["National Archives"])


class NewsFacts(ItemFacts):
    type: vocab_key("news_types") = Field(description="what it is: a key of news_types in content/vocabulary.yml")
    date: When = Field(description="the day \"2023-07-10\" or time \"2023-07-10T09:00\" it was issued, in quotes", examples=["2023-07-10"])
    agency: agency_or_organization() = Field(description="who issued it: \"agencies/<folder name>\" or a key of organizations in content/vocabulary.yml")
    event: Optional[ref_to("events")] = Field(None, description="the event it announces: \"events/<folder name>\"", examples=["events/<folder name>"])


class NewsWords(Words):
    # Corrections only: what was claimed, and the facts (with the item's sources).
    claim: Optional[Text] = Field(None, description="corrections only: what was claimed", examples=["What was claimed"])
    facts: Optional[Text] = Field(None, description="corrections only: the facts, backed by the item's sources", examples=["What is true"])


class PressContact(Strict):
    phone: Optional[Phone] = Field(None, description="the press officer's phone number", examples=["+84 000 000 000"])
    email: Optional[Email] = Field(None, description="the press officer's e-mail address", examples=["press@example.org"])
    url: Optional[Url] = Field(None, description="the press page", examples=["https://example.org/press"])


class AgencyFacts(ItemFacts):
    order: Order = Field(ge=1, description="its number in the plan: a whole number, unique")
    kind: vocab_key("agency_kinds") = Field(description="what kind of body: a key of agency_kinds in content/vocabulary.yml")
    website: Optional[Url] = Field(None, description="its official website", examples=["https://example.org"])
    # Official contact of the agency (or of its successor body), only when a source documents it.
    address: Optional[Text] = Field(None, description="its official address, only when a source documents it", examples=["1 Main Street"])
    phone: Optional[Phone] = Field(None, description="its official phone number, only when a source documents it", examples=["+84 000 000 000"])
    email: Optional[Email] = Field(None, description="its official e-mail address, only when a source documents it", examples=["office@example.org"])
    press_contact: Optional[PressContact] = Field(None, description="verified press contact: phone, email, url", examples=[{"email": "press@example.org"}])


class AgencyWords(Words):
    short_name: Optional[Text] = Field(None, description="a short form of the name, in this language", examples=["The department"])


Collection = Literal["events", "projects", "exhibits", "news", "agencies"]
SCHEMAS: dict[str, tuple[type[ItemFacts], type[Words]]] = {
    "agencies": (AgencyFacts, AgencyWords),
    "events": (EventFacts, Words),
    "projects": (ProjectFacts, Words),
    "exhibits": (ExhibitFacts, ExhibitWords),
    "news": (NewsFacts, NewsWords),
}
