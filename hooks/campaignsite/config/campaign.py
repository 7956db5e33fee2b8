"""campaign.yml: who the site is for and who runs it, its languages and collections (the schema).

Everything that names an organisation, a place or a campaign lives in this file of the instance,
never in the engine; it is validated like content (every error one line, file and line named).
"""
from __future__ import annotations

from typing import Annotated, Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, Field, StringConstraints, ValidationInfo, model_validator

from campaignsite.content.fields import Email, Localized, Phone, Strict, Text, Url

COLLECTIONS = ["agencies", "events", "projects", "exhibits", "news"]
_COLOUR = r"^#[0-9a-fA-F]{6}$"
Colour = Annotated[str, StringConstraints(pattern=_COLOUR)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


def _check_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone: write an IANA name such as \"Asia/Ho_Chi_Minh\" or \"Europe/Paris\"") from None
    return value


def _check_asset(value: str) -> str:
    if value.startswith(("/", "\\")) or ".." in value.replace("\\", "/").split("/") or "://" in value:
        raise ValueError("must be a file under docs/, written relative to it (\"assets/images/logo.svg\")")
    return value


TimeZone = Annotated[str, AfterValidator(_check_zone)]
Asset = Annotated[str, AfterValidator(_check_asset)]


class Body(Strict):
    """An organisation: its name in every language and, where it has one, its website."""

    name: Localized
    url: Optional[Url] = None


class Organization(Body):
    # What changed since the campaign (a merger, a new name), said to readers in every language.
    note: Optional[Localized] = None


class Operator(Body):
    # Only an operator that is a public body publishing in its own name may call the site official.
    official: bool = False
    email: Optional[Email] = None
    phone: Optional[Phone] = None


class Portal(Strict):
    name: Localized
    url: Url


class Contact(Strict):
    """Where readers write or call. Only confirmed contacts; without one, the portal is linked."""

    portal: Portal
    email: Optional[Email] = None
    phone: Optional[Phone] = None
    address: Optional[Text] = None


class Place(Strict):
    """Where the campaign is: the region and country of addresses and of the data's coverage."""

    name: Localized
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Licence(Strict):
    name: Text
    url: Url


class Colours(Strict):
    primary: Colour  # header, links, buttons
    primary_dark: Colour  # footer, hover
    accent: Colour  # focus outlines, the header's underline, month headings
    secondary: Colour  # a second highlight (cards, corrections)
    surface: Colour  # light backgrounds (notes, picture placeholders)


class MapFrame(Strict):
    """What a map of the campaign's places shows, in degrees (WGS 84)."""

    west: float = Field(ge=-180, le=180)
    south: float = Field(ge=-90, le=90)
    east: float = Field(ge=-180, le=180)
    north: float = Field(ge=-90, le=90)

    @model_validator(mode="after")
    def _a_real_box(self):
        if self.west >= self.east or self.south >= self.north:
            raise ValueError("the box needs west < east and south < north (decimal degrees, east and north positive)")
        return self


class LanguageSettings(Strict):
    # A partial language publishes what is translated and shows the rest in `fallback`, saying so.
    partial: bool = False
    fallback: Optional[str] = None
    # Babel locale for dates and numbers when it differs from the code ("en_GB" for 25 March 2023).
    locale: Optional[str] = None

    @model_validator(mode="after")
    def _fallback_with_partial(self):
        if self.partial and not self.fallback:
            raise ValueError("fallback: a partial language needs `fallback:` (the language shown where a page is not translated)")
        if self.fallback and not self.partial:
            raise ValueError("fallback: only a partial language has a fallback: add `partial: true` or remove `fallback:`")
        return self


def _known_collections(names) -> None:
    unknown = [name for name in names if name not in COLLECTIONS]
    if unknown:
        raise ValueError(f"collections: unknown collection {unknown[0]!r}: use some of {', '.join(COLLECTIONS)}")


Months = Annotated[int, Field(ge=1, le=120)]


class Review(Strict):
    """How long pages and items stay fresh after their `reviewed:` day (content/review.py)."""

    months: Months = 12  # the default
    collections: dict[str, Months] = {}  # per collection: {agencies: 3}
    pages: dict[str, Months] = {}  # per page, by its name under docs/: {contact: 3}
    # false: overdue or never reviewed content is listed (build log, `make report`); true (for CI): it stops the build
    errors: bool = False

    @model_validator(mode="after")
    def _collections(self):
        _known_collections(self.collections)
        return self


PageSize = Annotated[int, Field(ge=1, le=500)]


class Lists(Strict):
    """How many items a list page holds before it continues on numbered pages (…/page/2/)."""

    page_size: PageSize = 24  # the default
    collections: dict[str, PageSize] = {}  # per collection: {exhibits: 30}

    @model_validator(mode="after")
    def _collections(self):
        _known_collections(self.collections)
        return self

    def size(self, collection: str) -> int:
        return self.collections.get(collection, self.page_size)


class Campaign(Strict):
    id: Slug  # stable identifier: calendar PRODIDs, cache keys
    site_name: Localized
    description: Localized
    campaign: Body
    organization: Organization
    publisher: Body
    operator: Operator
    contact: Contact
    place: Place
    time_zone: TimeZone
    open_data_licence: Licence
    logo: Asset
    favicon: Asset
    colours: Colours
    # The frame of the maps (events and projects with coordinates); without it, the box around
    # the items' coordinates with a margin.
    map: Optional[MapFrame] = None
    # TrueType/OpenType fonts (paths from the project folder) for scripts the engine's card fonts
    # lack (Hangul, Han, …); tried after them, in order.
    card_fonts: list[Text] = []
    languages: dict[str, LanguageSettings] = {}
    x_default: Optional[str] = None
    collections: list[str] = Field(default_factory=lambda: list(COLLECTIONS))
    review: Review = Field(default_factory=Review)
    lists: Lists = Field(default_factory=Lists)

    @model_validator(mode="after")
    def _known_names(self, info: ValidationInfo):
        codes = (info.context or {}).get("all_languages", [])
        for code, settings in self.languages.items():
            if codes and code not in codes:
                raise ValueError(f"languages: {code!r} is not a language of mkdocs.yml (plugins → i18n → languages): add it there or remove it here")
            if settings.fallback and settings.fallback not in codes:
                raise ValueError(f"languages: {code}'s fallback {settings.fallback!r} is not a language of mkdocs.yml")
            if settings.fallback and self.languages.get(settings.fallback, LanguageSettings()).partial:
                raise ValueError(f"languages: {code}'s fallback {settings.fallback!r} is partial itself: fall back to a complete language")
        if self.x_default and codes and self.x_default not in codes:
            raise ValueError(f"x_default: {self.x_default!r} is not a language of mkdocs.yml")
        _known_collections(self.collections)
        return self

