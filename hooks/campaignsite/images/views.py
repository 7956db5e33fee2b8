"""Plain data for the templates partials/picture.html and partials/zoom-viewer.html.

URLs are site-relative ("assets/…"); the templates make them page-relative with `| url`.
"""
from __future__ import annotations

from campaignsite.images.planning import SIZES, display_size, published_name
from campaignsite.images.settings import MEDIA_TYPES

KEPT_ATTRIBUTES = ("id", "class", "title")  # what an editor may set with attr_list and we keep


def picture_view(manifest: dict, base: str, stem: str, original_url: str, alt: str, *, eager: bool = False,
                 attributes: dict[str, str] | None = None, requested_width: int | None = None, link_original: bool | None = None) -> dict:
    """Everything partials/picture.html needs for one image.

    ``link_original``: wrap the picture in a link to the cleaned original; by default only
    when the original has more pixels than the widest variant (more detail to see)."""
    formats: dict[str, list[dict]] = {}
    for variant in manifest["variants"]:
        formats.setdefault(variant["format"], []).append(
            {"url": f"{base}/{published_name(stem, variant)}", "width": variant["width"]})
    ordered = list(formats.items())  # settings order: best first, fallback last
    fallback_format, fallback = ordered[-1]
    widest = max(candidate["width"] for candidate in fallback)
    width, height = display_size(manifest["width"], manifest["height"], widest, requested_width)
    if link_original is None:
        link_original = manifest["width"] > widest
    return {
        "sources": [{"type": MEDIA_TYPES[fmt], "candidates": candidates} for fmt, candidates in ordered[:-1]],
        "fallback": fallback,
        "src": max(fallback, key=lambda candidate: candidate["width"])["url"],
        "sizes": SIZES if requested_width is None else f"{requested_width}px",
        "width": width,
        "height": height,
        "alt": alt,
        "eager": eager,
        "attributes": {name: value for name, value in (attributes or {}).items() if name in KEPT_ATTRIBUTES and value},
        "link": original_url if link_original else None,
    }


def zoom_view(picture: dict, manifest: dict, original_url: str, dzi_url: str, viewer_base: str, label: str) -> dict:
    """partials/zoom-viewer.html: the picture (what readers without JavaScript get), the
    full-size original and the Deep Zoom source the viewer opens (its words: overrides/lang/)."""
    return {"picture": picture, "dzi": dzi_url, "viewer": viewer_base, "label": label,
            "original": original_url, "width": manifest["width"], "height": manifest["height"]}
