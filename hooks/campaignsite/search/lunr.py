"""Search in each language's own words, inside Material's own search worker, through lunr's plugin hook.

Material's worker builds a lunr index in the browser from the JSON index and, for the language
named in the index's ``config.lang``, loads ``../lunr/min/lunr.<lang>.min.js`` and calls
``this.use(lunr[<lang>])``: that is lunr's documented extension point (how lunr-languages adds
languages). We name our own languages there and publish, under each name, Material's
lunr-languages script for that language (when Material ships one: stop words, stemmer, the
script it covers) followed by ``overrides/assets/javascripts/search/lunr.fold.js``, which:

- sends each word of the language's script through that support (Russian stemming for
  Cyrillic) and every other word through lunr's English, so the Latin names and the English
  fallback pages of a partial language are found too (lunr.ru's own trimmer would delete them);
- folds diacritics (NFKD, drop combining marks, đ→d: ``campaignsite.i18n.slugs.fold``) on both
  sides, so "ha noi" finds "Hà Nội";
- indexes each two neighbouring words joined as well ("hanoi"), and asks for a query's
  neighbouring words joined, with a weight no lone common syllable reaches: Vietnamese words are
  syllables, and a place name is a phrase.

Why this and not the alternatives:

- Folded copies of title/text in extra index fields would double the index, and Material
  highlights only the field that matched, so "ha noi" would find "Hà Nội" but mark nothing.
  Material's tokenizer records each token's offset in the original text *before* the pipeline
  runs, so folding the token string keeps the highlight on "Hà Nội" as written. Phrases are made
  in the browser too: they cost no download.
- A string patch of the minified worker breaks on every Material release; the plugin uses only
  lunr's API (lunr 2.3.9, unchanged since 2020) and one stable worker convention, checked below.

Three details need more than pipeline functions (each commented in the JS file): Material appends
``*`` to every query term and lunr skips the search pipeline for wildcard terms, so the plugin
wraps ``lunr.Query.clause`` to fold and stem each term; every typed word being a prefix, a
whole-word match and a phrase get extra clauses; and a position matched twice (word and stem)
is kept once, or Material nests <mark>.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SOURCE = "assets/javascripts/search/lunr.fold.js"  # a theme asset (overrides/)
MATERIAL_LUNR = "assets/javascripts/lunr/min/"     # Material's lunr-languages scripts

# How languages map to lunr: data, read by lunr_language() below.
ENGLISH = "en"  # lunr's own language: no lunr-languages script
# Languages whose lunr support needs a word segmenter that Material's worker loads by the
# language's own name (tinyseg, wordcut): they keep Material's language, without folding.
MATERIAL_ONLY = frozenset({"ja", "th", "hi", "zh"})

# How Material 9.x's worker finds language scripts (minified: `${e}/min/lunr.${n}.min.js`).
_WORKER_MARKERS = ('"../lunr"', "/min/lunr.${", ".min.js`")


class SearchSetupError(PluginError):
    """Printed by MkDocs as one line; the build fails."""


@dataclass(frozen=True)
class LunrLanguage:
    name: str                   # in the index's config.lang; the worker loads lunr.<name>.min.js
    support: str | None = None  # Material's lunr-languages script published before our plugin
    ours: bool = True           # False: Material's own language, nothing of ours

    @property
    def uri(self) -> str:
        """Where Material's worker looks for it, relative to the site root."""
        return f"{MATERIAL_LUNR}lunr.{self.name}.min.js"


def base_language(locale: str) -> str:
    """"en" for "en_GB", "pt" for "pt-BR"."""
    return re.split(r"[_-]", locale, maxsplit=1)[0].lower()


def lunr_language(locale: str, shipped: frozenset[str]) -> LunrLanguage:
    """How a language is searched. ``shipped``: the languages Material has lunr-languages scripts for.

    Its own lunr support where Material ships one, always with folding ("fold-ru", "fold-vi");
    English is lunr's own ("fold-en"); without any support, folding only ("fold").
    """
    lang = base_language(locale)
    if lang in MATERIAL_ONLY:
        return LunrLanguage(lang, ours=False)
    support = lang if lang in shipped else None
    name = "fold-" + lang if support or lang == ENGLISH else "fold"
    return LunrLanguage(name, support)


def support_scripts(theme_dirs: list[str]) -> dict[str, Path]:
    """Material's lunr-languages scripts in the theme, by language ("ru": .../lunr.ru.min.js)."""
    found: dict[str, Path] = {}
    for folder in reversed(theme_dirs):  # the first theme folder wins, as in MkDocs
        for path in (Path(folder) / MATERIAL_LUNR).glob("lunr.*.min.js"):
            if re.fullmatch(r"lunr\.[a-z]{2,3}\.min\.js", path.name):
                found[path.name.split(".")[1]] = path
    return found


def site_lunr_language(config, locale: str) -> LunrLanguage:
    return lunr_language(locale, frozenset(support_scripts(config.theme.dirs)))


def check_worker(source: str, name: str) -> None:
    """Fail the build, naming this module, if Material stops loading lunr languages this way."""
    missing = [marker for marker in _WORKER_MARKERS if marker not in source]
    if missing:
        raise SearchSetupError(
            f"Material's search worker {name} no longer loads lunr languages from "
            f"../lunr/min/lunr.<lang>.min.js (missing {', '.join(missing)}): Material was upgraded; "
            "review hooks/campaignsite/search/lunr.py"
        )


def script(language: LunrLanguage, plugin: str, supports: dict[str, Path]) -> str:
    """What is published for ``language``: Material's support for it, then our plugin."""
    if language.support is None:
        return plugin
    return supports[language.support].read_text(encoding="utf-8") + "\n" + plugin


def publish(files: Files, config, locales: list[str]) -> Files:
    """Publish a lunr language for each of ``locales`` where Material's worker looks for it.

    The plugin's source is a theme asset (overrides/), present in every language's build; it is
    published only inside those scripts.
    """
    source = files.get_file_from_path(SOURCE)
    if source is None:
        raise SearchSetupError(f"overrides/{SOURCE} is missing: search cannot fold diacritics without it")
    workers = [f for f in files if f.src_uri.startswith("assets/javascripts/workers/search.") and f.src_uri.endswith(".min.js")]
    if len(workers) != 1:
        raise SearchSetupError(f"expected one Material search worker, found {len(workers)}: review hooks/campaignsite/search/lunr.py")
    check_worker(Path(workers[0].abs_src_path).read_text(encoding="utf-8"), workers[0].src_uri)
    files.remove(source)
    plugin = Path(source.abs_src_path).read_text(encoding="utf-8")
    supports = support_scripts(config.theme.dirs)
    languages = {lunr_language(locale, frozenset(supports)) for locale in locales}
    for language in sorted((lang for lang in languages if lang.ours), key=lambda lang: lang.name):
        files.append(File.generated(config, language.uri, content=script(language, plugin, supports)))
    return files
