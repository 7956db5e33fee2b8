"""campaign.yml's bodies and contacts in one language, as plain data for the templates."""
from __future__ import annotations

from campaignsite.collections.contacts import contact as contact_data


def _body(site, body, lang: str) -> dict:
    data = {"name": site.text(body.name, lang), "url": body.url}
    for extra in ("official", "email", "phone"):
        if hasattr(body, extra):
            data[extra] = getattr(body, extra)
    if getattr(body, "note", None):
        data["note"] = site.text(body.note, lang)
    return data


def identity_view(site, lang: str) -> dict:
    campaign = site.campaign
    contact = campaign.contact
    return {
        "site_name": site.text(campaign.site_name, lang),
        "campaign": _body(site, campaign.campaign, lang),
        "organization": _body(site, campaign.organization, lang),
        "publisher": _body(site, campaign.publisher, lang),
        "operator": _body(site, campaign.operator, lang),
        "contact": {"portal": {"name": site.text(contact.portal.name, lang), "url": contact.portal.url},
                    "email": contact.email, "phone": contact.phone, "address": contact.address},
        # Where readers write or call (partials/contact.html): `contact`, else the operator's own.
        "site_contact": contact_data(contact.address, contact.phone or campaign.operator.phone,
                                     contact.email or campaign.operator.email),
        "place": site.text(campaign.place.name, lang),
        "licence": campaign.open_data_licence.model_dump(),
        "colours": campaign.colours.model_dump(),
    }
