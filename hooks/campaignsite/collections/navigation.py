"""Item pages are not in the navigation (mkdocs.yml `not_in_nav`): they take their place from
their collection's list page, so the section's tab is marked and the breadcrumb ends there."""
from __future__ import annotations


def list_page(nav, url: str):
    """The navigation's page at site-relative ``url`` ("en/events/"), or None if it is not in the nav."""
    return next((page for page in nav.pages if page.url == url), None)


class ActiveListPage:
    """Marks a list page active (with its sections) while one of its items is rendered.

    MkDocs marks only the page it renders, and unmarks it after; this does the same for the list page.
    """

    def __init__(self):
        self.page = None

    def mark(self, page) -> None:
        self.clear()
        page.active = True  # MkDocs' setter marks the parents too
        self.page = page

    def clear(self) -> None:
        if self.page is not None:
            self.page.active = False
            self.page = None
