"""Diacritic-insensitive search inside Material's own search worker, through lunr's plugin hook.

Material's worker builds a lunr index in the browser from the JSON index and, for every language
named in the index's ``config.lang``, loads ``../lunr/min/lunr.<lang>.min.js`` and calls
``this.use(lunr[<lang>])``: that is lunr's documented extension point (how lunr-languages adds
languages). We name our own languages there, ``fold-vi`` and ``fold-en``, and publish
``overrides/assets/javascripts/search/lunr.fold.js`` under those names. It folds each token
(NFKD, drop combining marks, đ→d: the mapping of ``campaignsite.i18n.slugs.fold``) on both sides.

Why this and not the alternatives:

- Folded copies of title/text in extra index fields would double the index, and Material
  highlights only the field that matched, so "mui ne" would find "Mũi Né" but mark nothing.
  Material's tokenizer records each token's offset in the original text *before* the pipeline
  runs, so folding the token string keeps the highlight on "Mũi Né" as written.
- A string patch of the minified worker breaks on every Material release; the plugin uses only
  lunr's API (lunr 2.3.9, unchanged since 2020) and one stable worker convention, checked below.

Three details need more than pipeline functions (each commented in the JS file): Material appends
``*`` to every query term and lunr skips the search pipeline for wildcard terms, so the plugin
wraps ``lunr.Query.clause`` to fold (and, in English, stem) each term; every typed word being a
prefix, a whole-word match gets a bonus so "ne" in "Newspaper" does not outrank "Mũi Né"; and
English indexes word and stem, so a position matched twice is kept once (or Material nests <mark>).
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SOURCE = "assets/javascripts/search/lunr.fold.js"  # a theme asset (overrides/)
LUNR_LANGUAGES = {"vi": "fold-vi", "en": "fold-en"}  # other languages get Material's own lunr support

# How Material 9.x's worker finds language scripts (minified: `${e}/min/lunr.${n}.min.js`).
_WORKER_MARKERS = ('"../lunr"', "/min/lunr.${", ".min.js`")


class SearchSetupError(PluginError):
    """Printed by MkDocs as one line; the build fails."""


def lunr_language(lang: str) -> str:
    return LUNR_LANGUAGES.get(lang, lang)


def published_uri(lunr_lang: str) -> str:
    """Where Material's worker looks for a lunr language script, relative to the site root."""
    return f"assets/javascripts/lunr/min/lunr.{lunr_lang}.min.js"


def check_worker(source: str, name: str) -> None:
    """Fail the build, naming this module, if Material stops loading lunr languages this way."""
    missing = [marker for marker in _WORKER_MARKERS if marker not in source]
    if missing:
        raise SearchSetupError(
            f"Material's search worker {name} no longer loads lunr languages from "
            f"../lunr/min/lunr.<lang>.min.js (missing {', '.join(missing)}): Material was upgraded; "
            "review hooks/campaignsite/search/lunr.py"
        )


def publish(files: Files, config) -> Files:
    """Publish our lunr languages where Material's worker looks for them (and not the source).

    The source is a theme asset (overrides/), present in every language's build.
    """
    source = files.get_file_from_path(SOURCE)
    if source is None:
        raise SearchSetupError(f"overrides/{SOURCE} is missing: search cannot fold diacritics without it")
    workers = [f for f in files if f.src_uri.startswith("assets/javascripts/workers/search.") and f.src_uri.endswith(".min.js")]
    if len(workers) != 1:
        raise SearchSetupError(f"expected one Material search worker, found {len(workers)}: review hooks/campaignsite/search/lunr.py")
    check_worker(Path(workers[0].abs_src_path).read_text(encoding="utf-8"), workers[0].src_uri)
    files.remove(source)
    for name in sorted(set(LUNR_LANGUAGES.values())):
        files.append(File.generated(config, published_uri(name), abs_src_path=source.abs_src_path))
    return files
