"""Front matter of hand-written pages in docs/: the schema and its check."""
from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Optional

from pydantic import Field, StringConstraints, model_validator

from campaignsite.errors import ContentError
from campaignsite.content.fields import Day, Source, Strict, Text
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import read_front_matter

Hideable = Literal["navigation", "toc", "footer", "path", "feedback"]


class PageMeta(Strict):
    """A page's front matter; each description is one line for editors (`make new KIND=page`)."""

    title: Text = Field(description="the page's title, as the navigation, search results and the browser tab show it")
    description: Annotated[Text, StringConstraints(min_length=20, max_length=200)] = Field(
        description="one sentence (20–200 characters) for search engines and social cards")
    draft: bool = Field(False, description="true while you work on it: shown only in the preview (make serve), never published")
    reviewed: Optional[Day] = Field(None, description="the day someone last checked this page against its sources, in quotes", examples=["2024-03-25"])
    sources: list[Source] = Field([], description="where the facts come from, shown at the bottom of the page")
    # A page with no factual claims (privacy notice) may set `factual: false` and name no source.
    factual: bool = Field(True, description="false only for a page without factual claims (it then needs no sources)")
    hide: list[Hideable] = Field([], description="parts of the page to hide: navigation, toc, footer, path, feedback", examples=[["toc"]])
    SCAFFOLD_FILLED: ClassVar[tuple[str, ...]] = ("sources",)  # optional, but a factual page needs them

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
