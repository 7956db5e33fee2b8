"""Point each language's pages at that language's search index.

Material fetches ``search/search_index.json`` relative to ``base`` in the page's
``<script id="__config">``, which under static-i18n is the site root for every language. For a
language in a sub-folder we set ``base`` to that folder ("../../en/" on /en/province/); result
links then resolve the index's locations ("province/") against /en/ too. Material uses ``base``
for nothing else this site enables (no instant navigation, versions or alternate-site sitemaps).
"""
from __future__ import annotations

import json
import posixpath
import re

from jinja2.utils import htmlsafe_json_dumps  # what Material's `tojson` writes

from campaignsite.search.lunr import SearchSetupError

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def with_language_base(html: str, prefix: str, where: str) -> str:
    """`html` with Material's base moved into the language folder `prefix` ("en/")."""
    match = _CONFIG.search(html)
    if match is None:
        raise SearchSetupError(f"{where}: Material's <script id=\"__config\"> not found: review hooks/campaignsite/search/page.py")
    config = json.loads(match.group(2))
    config["base"] = posixpath.join(config["base"], prefix)
    return html[: match.start(2)] + str(htmlsafe_json_dumps(config, sort_keys=True)) + html[match.end(2):]
