"""schema.org JSON-LD for item pages: Event, NewsArticle, ArchiveComponent, GovernmentOrganization, Dataset.

The bodies named come from campaign.yml (``Identity``), never from code. A sample item (not
verified) credits no real body: its author and organiser are the site's publisher, it says it is
a sample, and a tentative event is never "scheduled".
"""
from __future__ import annotations

from dataclasses import dataclass

from campaignsite.collections.contacts import contact_points

HEADLINE_MAX = 110  # Google's limit for a NewsArticle headline


@dataclass(frozen=True)
class Identity:
    """The campaign's bodies and place, in one language."""

    publisher: dict  # {"@type": "Organization", "name": …, "url"?: …}
    organization: dict  # the campaign's own body (GovernmentOrganization)
    country: str  # ISO 3166 code
    region: str  # the campaign's region, as readers of this language write it
    licence_url: str
    sample_label: str  # "Sample entry" in this language


def body(name: str, url: str | None, kind: str = "Organization") -> dict:
    data = {"@type": kind, "name": name}
    if url:
        data["url"] = url
    return data


def headline(text: str, limit: int = HEADLINE_MAX) -> str:
    """The title, or, if longer than ``limit``, cut at the last whole word with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def _sample(data: dict, view: dict, identity: Identity) -> dict:
    if view["sample"]:
        data["creativeWorkStatus"] = "Draft"
        data["disambiguatingDescription"] = identity.sample_label
    return data


def _address(view: dict, identity: Identity) -> dict:
    address = {"@type": "PostalAddress", "addressRegion": identity.region, "addressCountry": identity.country}
    if view.get("locality"):
        address["addressLocality"] = view["locality"]
    return address


def event(view: dict, lang: str, identity: Identity, image: str) -> dict:
    place = {"@type": "Place", "name": view["venue"] or view.get("locality") or identity.region,
             "address": _address(view, identity)}
    if view["coordinates"]:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": view["coordinates"]["lat"], "longitude": view["coordinates"]["lon"]}
    organizer = view["organizer"]
    if view["sample"] or not organizer:
        organizer_data = identity.publisher
    else:
        organizer_data = body(organizer["title"], organizer.get("abs_url"), "GovernmentOrganization")
    data = {
        "@context": "https://schema.org", "@type": "Event", "name": view["title"], "description": view["summary"],
        "startDate": view["start_iso"], "endDate": view["end_iso"] or view["start_iso"], "inLanguage": lang,
        "url": view["abs_url"], "image": image, "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place, "organizer": organizer_data,
    }
    # A sample's date is not confirmed: no status claims it is scheduled (the .ics says TENTATIVE).
    if not view["sample"]:
        data["eventStatus"] = "https://schema.org/EventScheduled"
    return _sample(data, view, identity)


def news_article(view: dict, lang: str, identity: Identity, image: str) -> dict:
    agency = view["agency"]
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline(view["title"]),
        "description": view["summary"], "datePublished": view["date_iso"], "dateModified": view["date_iso"],
        "inLanguage": lang, "url": view["abs_url"], "mainEntityOfPage": view["abs_url"], "image": image,
        # The summary is ours (the publisher's); the body that issued the original is its source.
        "author": identity.publisher, "publisher": identity.publisher, "articleSection": view["type_label"],
    }
    if agency and not view["sample"]:
        data["sourceOrganization"] = body(agency["title"], agency.get("abs_url"), "GovernmentOrganization")
    originals = [s["url"] for s in view["sources"] if s.get("url")]
    if originals and not view["sample"]:
        data["isBasedOn"] = originals[0]
    return _sample(data, view, identity)


def exhibit(view: dict, lang: str, identity: Identity, image: str) -> dict:
    data = {
        "@context": "https://schema.org", "@type": "ArchiveComponent", "name": view["title"],
        "description": view["summary"], "inLanguage": lang, "url": view["abs_url"], "image": image,
        "temporalCoverage": view["dating"], "genre": view["kind_label"],
    }
    if view.get("institution"):
        data["holdingArchive"] = {"@type": "ArchiveOrganization", "name": view["institution"]}
    if view.get("place_of_origin"):
        data["locationCreated"] = {"@type": "Place", "name": view["place_of_origin"]}
    if view["author"]:
        data["creator"] = {"@type": "Person", "name": view["author"]}
    if view["reference"]:
        data["identifier"] = view["reference"]
    return _sample(data, view, identity)


def agency(view: dict, lang: str, identity: Identity, image: str) -> dict:
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": view["title"],
            "description": view["summary"], "url": view["abs_url"], "image": image,
            "parentOrganization": identity.organization}
    if view["website"]:
        data["sameAs"] = view["website"]
    contact = view["contact"]
    if contact["address"]:
        data["address"] = {"@type": "PostalAddress", "streetAddress": contact["address"],
                           "addressRegion": identity.region, "addressCountry": identity.country}
    if contact["phone"]:
        data["telephone"] = contact["phone"]
    if contact["email"]:
        data["email"] = contact["email"]
    points = contact_points(contact, "general", "press")
    if points:
        data["contactPoint"] = points
    return _sample(data, view, identity)


def dataset(title: str, description: str, lang: str, page_url: str, downloads: list[tuple[str, str]],
            identity: Identity, period: str | None) -> dict:
    """The projects catalogue: ``downloads`` are (media type, absolute URL); ``period`` "2023/2025"."""
    data = {
        "@context": "https://schema.org", "@type": "Dataset", "name": title, "description": description,
        "inLanguage": lang, "url": page_url, "creator": identity.publisher, "publisher": identity.publisher,
        "isAccessibleForFree": True, "license": identity.licence_url,
        "spatialCoverage": {"@type": "Place", "name": identity.region,
                            "address": {"@type": "PostalAddress", "addressRegion": identity.region, "addressCountry": identity.country}},
        "distribution": [{"@type": "DataDownload", "encodingFormat": kind, "contentUrl": url} for kind, url in downloads],
    }
    if period:
        data["temporalCoverage"] = period
    return data


BY_COLLECTION = {"events": event, "news": news_article, "exhibits": exhibit, "agencies": agency}
