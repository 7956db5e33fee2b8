"""schema.org JSON-LD for item pages: Event, NewsArticle, ArchiveComponent, GovernmentOrganization."""
from __future__ import annotations

PUBLISHER = {"@type": "GovernmentOrganization", "name": "Ủy ban nhân dân tỉnh Bình Thuận"}


def event(view: dict, lang: str) -> dict:
    data = {
        "@context": "https://schema.org", "@type": "Event", "name": view["title"], "description": view["summary"],
        "startDate": view["start_iso"], "endDate": view["end_iso"] or view["start_iso"], "inLanguage": lang,
        "url": view["abs_url"], "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {
            "@type": "Place", "name": view["venue"] or view["district_label"],
            "address": {"@type": "PostalAddress", "addressRegion": view["district_label"], "addressCountry": "VN"},
        },
        "organizer": {"@type": "GovernmentOrganization", "name": view["organizer"]["title"]} if view["organizer"] else PUBLISHER,
    }
    if view["coordinates"]:
        data["location"]["geo"] = {"@type": "GeoCoordinates", "latitude": view["coordinates"]["lat"], "longitude": view["coordinates"]["lon"]}
    return data


def news_article(view: dict, lang: str) -> dict:
    return {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": view["title"][:110],
        "description": view["summary"], "datePublished": view["date_iso"], "dateModified": view["date_iso"],
        "inLanguage": lang, "url": view["abs_url"], "mainEntityOfPage": view["abs_url"],
        "author": {"@type": "GovernmentOrganization", "name": view["agency"]["title"]} if view["agency"] else PUBLISHER,
        "publisher": PUBLISHER, "articleSection": view["type_label"],
    }


def exhibit(view: dict, lang: str) -> dict:
    data = {
        "@context": "https://schema.org", "@type": "ArchiveComponent", "name": view["title"],
        "description": view["summary"], "inLanguage": lang, "url": view["abs_url"],
        "temporalCoverage": view["dating"], "genre": view["kind_label"],
    }
    if view["institution"]:
        data["holdingArchive"] = {"@type": "ArchiveOrganization", "name": view["institution"]}
    if view["place_of_origin"]:
        data["locationCreated"] = {"@type": "Place", "name": view["place_of_origin"]}
    if view["author"]:
        data["creator"] = {"@type": "Person", "name": view["author"]}
    if view["reference"]:
        data["identifier"] = view["reference"]
    return data


def agency(view: dict, lang: str) -> dict:
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": view["title"],
            "description": view["summary"], "url": view["abs_url"], "parentOrganization": PUBLISHER}
    if view["website"]:
        data["sameAs"] = view["website"]
    return data


def project_catalogue(title: str, description: str, lang: str, page_url: str, csv_url: str, json_url: str) -> dict:
    return {
        "@context": "https://schema.org", "@type": "Dataset", "name": title, "description": description,
        "inLanguage": lang, "url": page_url, "creator": PUBLISHER, "isAccessibleForFree": True,
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": csv_url},
            {"@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": json_url},
        ],
    }


BY_COLLECTION = {"events": event, "news": news_article, "exhibits": exhibit, "agencies": agency}
