"""One Markdown converter for all the pages a language process builds, reset between pages.

MkDocs 1.6 (Page.render) makes a new markdown.Markdown for every page: loading the extensions
and deep-copying their settings costs about as much as converting an item page (15,000 pages:
some 10 s of CPU). Python-Markdown's documented way to convert many documents is one converter
and `reset()` between them; MkDocs' own per-page processors are registered again by name on
each page, which replaces the previous page's. Only parallel builds use it, so the test that
compares them with MkDocs' own sequential build byte for byte also checks this.
"""
from __future__ import annotations

import types

import markdown
from mkdocs.structure import pages


class _ReusedConverter:
    def __init__(self) -> None:
        self._settings: tuple | None = None  # the (extensions, their configs) objects of one configuration
        self._converter: markdown.Markdown | None = None

    def __call__(self, *, extensions, extension_configs) -> markdown.Markdown:
        settings = self._settings
        if settings is None or settings[0] is not extensions or settings[1] is not extension_configs:
            self._settings = (extensions, extension_configs)
            self._converter = markdown.Markdown(extensions=extensions, extension_configs=extension_configs)
            return self._converter
        return self._converter.reset()


def reuse_markdown_converter() -> None:
    """From now on in this process, MkDocs' pages share one converter per configuration."""
    if not isinstance(pages.markdown, types.SimpleNamespace):
        namespace = types.SimpleNamespace(**vars(markdown))
        namespace.Markdown = _ReusedConverter()
        pages.markdown = namespace
