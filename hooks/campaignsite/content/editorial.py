"""What a build checks about editors' work beyond each file's own schema, in one place for
the build (hooks/pages.py) and `make check`: drafts (content/drafts.py), official names
(content/glossary.py), the placeholders of `make new` (collections/scaffold.py) and, when
campaign.yml asks for it, review dates (content/review.py)."""
from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath

from campaignsite.collections.scaffold import placeholders_left
from campaignsite.content.drafts import LeftOut, left_out, links_to_drafts, mixed_drafts
from campaignsite.content.glossary import check_names
from campaignsite.content.publication import Publication
from campaignsite.content.review import review_notes
from campaignsite.errors import ContentError


def editorial_errors(site, pages, catalogue, policy, today: date) -> tuple[LeftOut, list[ContentError]]:
    """``pages``: every PageSource of docs/; ``catalogue``: every item; ``policy``: this build's
    Publication. Returns what the build leaves out of docs/, and the errors."""
    languages = site.languages
    # What is finished (no draft), also in the preview, which shows drafts besides
    final = Publication(samples=policy.samples, drafts=False)
    final_items = catalogue.published(final).all_items()
    final_pages = [page for page in pages if final.shows(draft=page.meta.draft)]
    drafts = LeftOut() if policy.drafts else left_out(
        pages, site.root, languages.required, [item for item in catalogue.all_items() if item.facts.draft])
    errors = mixed_drafts(pages, languages.required)
    errors += check_names(site.root, languages.codes, site.collections())
    errors += links_to_drafts(_sources(site.root, final_pages, catalogue.published(final)), drafts.bases, languages.codes)
    errors += placeholders_left(site.words, final_pages, final_items)
    if site.campaign.review.errors:
        errors += [note.as_error() for note in review_notes(site.campaign.review, final_pages, final_items, today)]
    return drafts, errors


def _sources(root: Path, pages, catalogue) -> list[tuple[Path, str, str]]:
    """Every published Markdown file: (file, path from the root, its folder under docs/)."""
    out = [(root / page.path, page.path, PurePosixPath(page.base).parent.as_posix()) for page in pages]
    for item in catalogue.all_items():
        out += [(item.folder / f"{lang}.md", f"{item.rel}/{lang}.md", item.collection) for lang in item.words]
    return out
