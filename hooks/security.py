"""MkDocs entry point: Content-Security-Policy (hashes of inline scripts) and the host's headers file.

Each page gets its policy as it is written (its HTML is final then), so no step reads the whole
site again; the headers file, which lists every page's hashes, is written once at the end.
"""
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from campaignsite.publishing.csp import secure_page, write_headers
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)


def _secured(output: str) -> str:
    html, hashes = secure_page(output)
    BUILD.area("csp").update(dict.fromkeys(hashes, True))
    return html


@event_priority(-1000)  # the last change to a page: every other hook has written into it
def on_post_page(output, page, config):
    return _secured(output)


@event_priority(10)  # after hooks/search.py (50) sets the 404's search base, before hooks/languages.py keeps it (0)
def on_post_template(output, template_name, config):
    return _secured(output) if template_name.endswith(".html") else output


@event_priority(-300)  # after every language is built and hooks/languages.py has finished the site
def on_post_build(config):
    if BUILD.finishes_site:
        finish_site(config, BUILD.part)


@event_priority(-300)  # the order of the finishing steps (campaignsite.parallel sorts them by it)
def finish_site(config, part: dict):
    hashes = set(part.get("csp", {}))
    write_headers(Path(config.site_dir), hashes)
    log.info(f"security: Content-Security-Policy in every page, {len(hashes)} script hashes in _headers")
