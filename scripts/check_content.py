#!/usr/bin/env python3
"""Check campaign.yml, content/ and docs/ without building: every error as `file:line: field: message`
(the official names of content/glossary.yml, drafts and, when campaign.yml asks, review dates too)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.collections.build import build_day, catalogue_for  # noqa: E402
from campaignsite.config.site import project_site  # noqa: E402
from campaignsite.content.docs_check import scan_docs  # noqa: E402
from campaignsite.content.editorial import editorial_errors  # noqa: E402
from campaignsite.content.publication import Publication  # noqa: E402
from campaignsite.content.safety import Source, errors_of, findings  # noqa: E402
from campaignsite.content.yamlsource import body_start, read_text, split_front_matter  # noqa: E402


def main(root: Path = ROOT) -> int:
    site, errors = project_site(root / "mkdocs.yml")
    catalogue = None
    if site is not None:
        catalogue, item_errors = catalogue_for(site)
        pages, page_errors = scan_docs(root / "docs", root, site.languages.codes, site.languages.required)
        written = [page.path for page in pages] + [f"{item.rel}/{lang}.md" for item in catalogue.all_items() for lang in item.words]
        # as `make build` publishes: drafts left out, so links to them are found
        _drafts, editorial = editorial_errors(site, pages, catalogue, Publication(), build_day(site))
        errors = errors + item_errors + page_errors + unsafe_markup(root, written) + editorial
    errors = sorted(set(errors), key=lambda e: (e.path, e.line or 0))
    for error in errors:
        print(error)
    counts = ", ".join(f"{len(catalogue.items[name])} {name}" for name in catalogue.collections) if catalogue else "nothing"
    print(f"{len(errors)} error(s); loaded {counts}", file=sys.stderr)
    return 1 if errors else 0


def unsafe_markup(root: Path, paths: list[str]) -> list:
    """The build's check of rendered HTML (hooks/pages.py), on each file's Markdown rendered with
    the extensions of mkdocs.yml."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(root / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    errors = []
    for path in paths:
        text, _error = read_text(root / path, path)  # unreadable files are already reported
        if text is None:
            continue
        html = md.reset().convert(split_front_matter(text, path)[2])
        errors += errors_of(findings(html), Source(path, text, body_start(text)))
    return errors


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
