"""Contacts as data: an agency's (content/agencies/*/item.yml) or the site's (campaign.yml
`contact`, `operator`), for the templates (tel:/mailto: links) and for schema.org ContactPoint.

Only what a source confirms is there; a contact with nothing confirmed is empty, and the page
says so once and links the official portal (partials/contact.html).
"""
from __future__ import annotations

import re

MARKER = re.compile(r"<!--\s*cs-contact\s*-->")  # where a hand-written page shows the site's contact


def tel(phone: str) -> str:
    """A tel: URI from a written number: "+84 252 3822 000" → "tel:+842523822000"."""
    return "tel:" + re.sub(r"[^0-9+]", "", phone)


def contact(address=None, phone=None, email=None, website=None, press=None) -> dict:
    """One body's contact; ``press`` is its press contact ({phone, email, url}) if it has one."""
    press = {key: value for key, value in (press or {}).items() if value}
    data = {"address": address, "phone": phone, "tel": tel(phone) if phone else None, "email": email,
            "website": website, "press": press or None}
    if press.get("phone"):
        press["tel"] = tel(press["phone"])
    data["confirmed"] = any((address, phone, email, website, press))
    return data


def contact_points(data: dict, general: str, press: str) -> list[dict]:
    """schema.org ContactPoints of a contact; ``general`` and ``press`` name their contactType."""
    points = []
    for kind, part in ((general, data), (press, data.get("press") or {})):
        point = {key: part[field] for key, field in (("telephone", "phone"), ("email", "email"), ("url", "url"))
                 if part.get(field)}
        if point:
            points.append({"@type": "ContactPoint", "contactType": kind, **point})
    return points


def organization(name: str, url: str | None, data: dict) -> dict | None:
    """The site's operator with its ContactPoint, when something is confirmed; else None."""
    points = contact_points(data, "general", "press")
    if not points:
        return None
    body = {"@context": "https://schema.org", "@type": "Organization", "name": name, "contactPoint": points}
    if url:
        body["url"] = url
    return body
