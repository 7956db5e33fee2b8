"""MkDocs entry point: Content-Security-Policy (hashes of inline scripts) and the host's headers file."""
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from campaignsite.publishing.csp import secure_site
from campaignsite.state import BUILD

log = get_plugin_logger(__name__)


@event_priority(-300)  # after every language is built and hooks/languages.py has finished the site
def on_post_build(config):
    if BUILD.depth:
        return  # a nested per-language build: the outer build secures the whole site once
    pages = secure_site(Path(config.site_dir))
    log.info(f"security: Content-Security-Policy in {pages} pages and _headers written")
