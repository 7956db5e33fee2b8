"""MkDocs entry point: check every hand-written page (front matter, UTF-8, translations) first."""
from pathlib import Path

from mkdocs.plugins import event_priority

from campaignsite.config.site import site_for
from campaignsite.content.docs_check import scan_docs
from campaignsite.errors import raise_if_any
from campaignsite.state import BUILD


@event_priority(100)
def on_pre_build(config):
    if not BUILD.prepared:  # a parallel build's parent checked them before the languages started
        prepare(config)


@event_priority(100)
def prepare(config):
    site = site_for(config)
    _pages, errors = scan_docs(Path(config.docs_dir), site.root, site.languages.codes, site.languages.required)
    raise_if_any(errors)
