"""Front matter of hand-written pages in docs/: the schema and its check."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import StringConstraints, model_validator

from campaignsite.errors import ContentError
from campaignsite.content.fields import Source, Strict, Text
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import read_front_matter

Hideable = Literal["navigation", "toc", "footer", "path", "feedback"]


class PageMeta(Strict):
    title: Text
    description: Annotated[Text, StringConstraints(min_length=20, max_length=200)]
    sources: list[Source] = []
    # A page with no factual claims (privacy notice) may set `factual: false` and name no source.
    factual: bool = True
    hide: list[Hideable] = []

    @model_validator(mode="after")
    def _sources_for_facts(self):
        if self.factual and not self.sources:
            raise ValueError(
                "sources: a factual page must name its sources (a list of title/publisher/url/date); "
                "set `factual: false` only for pages without factual claims"
            )
        return self


def check_page(text: str, path: str) -> tuple[PageMeta | None, list[ContentError]]:
    doc, _body, errors = read_front_matter(text, path)
    if doc is None:
        return None, errors
    if not doc.data:
        return None, [ContentError(path, 1, None, "no front matter: start the page with '---', title:, description:, sources:, '---'")]
    return validate(PageMeta, doc, path)
