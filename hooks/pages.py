"""MkDocs entry point: check every hand-written page (front matter, UTF-8, translations) first."""
from pathlib import Path

from mkdocs.plugins import event_priority

from campaignsite.i18n import languages
from campaignsite.content.docs_check import scan_docs
from campaignsite.errors import raise_if_any
from campaignsite.project import project_root


@event_priority(100)
def on_pre_build(config):
    root = project_root(config)
    _pages, errors = scan_docs(Path(config.docs_dir), root, languages.from_config(config).codes)
    raise_if_any(errors)
