"""Validated items, grouped by collection: what the page, feed and data writers read."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from campaignsite.config.campaign import COLLECTIONS
from campaignsite.content.publication import Publication
from campaignsite.content.yamlsource import YamlDoc
from campaignsite.collections.schemas import ItemFacts, Words

# An item's folder name is its address: events/<slug>/. Two addresses of a collection are its
# list's own: events/ (index) and its numbered pages, events/page/2/.
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED_SLUGS = ("index", "page")


@dataclass
class Item:
    collection: str
    slug: str
    folder: Path  # absolute
    rel: str  # "content/events/asean-week-2023"
    facts: ItemFacts
    words: dict[str, Words]  # every required language; partial ones once translated
    bodies: dict[str, str]
    facts_doc: YamlDoc  # for the line numbers of cross-item errors

    def line_of(self, *loc) -> int:
        return self.facts_doc.line_of(loc)

    @property
    def ref(self) -> str:
        return f"{self.collection}/{self.slug}"

    def language_of(self, chain: list[str]) -> str:
        """The first language of ``chain`` (a language, then its fallback) the item is written in."""
        return next(lang for lang in chain if lang in self.words)


@dataclass
class Catalogue:
    items: dict[str, list[Item]] = field(default_factory=lambda: {name: [] for name in COLLECTIONS})
    vocabulary: dict = field(default_factory=dict)
    collections: list[str] = field(default_factory=lambda: list(COLLECTIONS))  # the campaign's, in order
    _published: dict = field(default_factory=dict, repr=False, compare=False)  # Publication -> Catalogue
    _by_ref: dict[str, Item] | None = field(default=None, repr=False, compare=False)

    def get(self, ref: str) -> Item | None:
        if self._by_ref is None:
            self._by_ref = {item.ref: item for item in self.all_items()}
        return self._by_ref.get(ref)

    def all_items(self):
        for name in COLLECTIONS:
            yield from self.items[name]

    def published(self, policy: Publication) -> "Catalogue":
        """The items ``policy`` publishes (drafts, samples: content/publication.py), made once per policy."""
        if policy not in self._published:
            kept = {name: [i for i in items if policy.shows(draft=i.facts.draft, sample=i.facts.sample)]
                    for name, items in self.items.items()}
            self._published[policy] = Catalogue(kept, self.vocabulary, self.collections)
        return self._published[policy]
