"""One documented patch of Material's JavaScript bundle.

Material fetches ``sitemap.xml`` relative to *every* ``<link rel=alternate>`` in <head>
(it expects them to be language roots). Our hreflang links are per page, so it would request
``/en/province/sitemap.xml`` (a 404) and, with an absolute site_url, a third-party host. Our
language switcher already links each page to its own translation, so that lookup is not needed:
we narrow its selector to links that opt in, and none do.
"""
from __future__ import annotations

ORIGINAL = 'M("link[rel=alternate]")'
PATCHED = 'M("link[rel=alternate][data-md-sitemap]")'


class PatchError(Exception):
    pass


def patch_bundle(source: str) -> str:
    count = source.count(ORIGINAL)
    if count != 1:
        raise PatchError(
            f"expected the selector {ORIGINAL} once in Material's bundle, found it {count} times: "
            "Material was upgraded; review hooks/campaignsite/theme/material_patch.py"
        )
    return source.replace(ORIGINAL, PATCHED)
