"""The projects catalogue as CSV and JSON downloads, one pair per language."""
from __future__ import annotations

import csv
import io
import json

COLUMNS = [
    "id", "title", "summary", "sector", "sector_label", "district", "district_label", "area_ha",
    "capital_billion_vnd", "investment_form", "contact", "url", "sample", "sources",
]


def rows(views: list[dict]) -> list[dict]:
    return [
        {
            "id": v["slug"], "title": v["title"], "summary": v["summary"], "sector": v["sector"],
            "sector_label": v["sector_label"], "district": v["district"], "district_label": v["district_label"],
            "area_ha": v["area_ha"], "capital_billion_vnd": v["capital_billion_vnd"],
            "investment_form": v["investment_form"], "contact": v["contact"]["title"] if v["contact"] else None,
            "url": v["abs_url"], "sample": v["sample"],
            "sources": "; ".join(s["title"] + (f" ({s['url']})" if s.get("url") else "") for s in v["sources"]),
        }
        for v in views
    ]


def to_csv(views: list[dict]) -> bytes:
    """UTF-8 with a byte-order mark: Excel then shows Vietnamese letters correctly on double-click."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(views):
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return "\ufeff".encode("utf-8") + buffer.getvalue().encode("utf-8")


def to_json(views: list[dict], lang: str, source_url: str, licence: dict) -> bytes:
    """``licence``: {"name", "url"} of the open data (campaign.yml)."""
    document = {"language": lang, "source": source_url, "licence": licence, "count": len(views), "projects": rows(views)}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
