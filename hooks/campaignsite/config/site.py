"""One instance's settings, read once per change: campaign.yml, its languages and interface words.

Every hook asks `site_for(config)`; the files are read and validated again only when one of
them changed (so `mkdocs serve`, which loads the configuration again for each rebuild, picks up
an edit, and the second language costs nothing), and looked at once per configuration.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from campaignsite.config.campaign import Campaign
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import parse_yaml, read_text
from campaignsite.errors import ContentError, raise_if_any
from campaignsite.i18n.languages import SiteLanguages, i18n_languages, site_languages
from campaignsite.i18n.ui import ENGINE_WORDS, load_words
from campaignsite.project import project_root
from campaignsite.theme.stylesheet import check_colours

CAMPAIGN_FILE = "campaign.yml"
INSTANCE_WORDS = "content/ui"  # the instance's own interface words, over the engine's


@dataclass(frozen=True)
class Site:
    root: Path
    campaign: Campaign
    languages: SiteLanguages
    words: dict[str, dict[str, str]]  # lang -> key -> text (complete for every language)

    def text(self, localized: dict[str, str] | None, lang: str) -> str | None:
        """A campaign.yml text in ``lang``, or in its fallback."""
        if not localized:
            return None
        return next((localized[code] for code in self.languages.chain(lang) if localized.get(code)), None)

    def collections(self) -> list[str]:
        return list(self.campaign.collections)


_memo: dict[tuple, Site] = {}


def _stamp(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.exists())


def word_files(root: Path) -> list[Path]:
    return sorted(ENGINE_WORDS.glob("*.yml")) + sorted((root / INSTANCE_WORDS).glob("*.yml"))


_current: list = []  # [config, its Site]: one MkDocs configuration is one build, whose files do not change


def site_for(config) -> Site:
    if _current and _current[0] is config:  # asked for on every page by several hooks
        return _current[1]
    root = project_root(config)
    codes, default, names = i18n_languages(config)
    key = (str(root), tuple(codes), default, _stamp([root / CAMPAIGN_FILE, *word_files(root)]))
    site = _memo.get(key)
    if site is None:
        site, errors = load_site(root, codes, default, names)
        raise_if_any(errors)
        _memo.clear()
        _memo[key] = site
    _current[:] = [config, site]
    return site


def load_site(root: Path, codes: list[str], default: str, names: dict[str, str]) -> tuple[Site | None, list[ContentError]]:
    campaign, errors = load_campaign(root / CAMPAIGN_FILE, CAMPAIGN_FILE, codes)
    if campaign is None:
        return None, errors
    languages = site_languages(codes, default, names, campaign.languages, campaign.x_default)
    errors += check_colours(campaign.colours.model_dump(), CAMPAIGN_FILE)
    errors += _missing_files(root, campaign)
    if default in languages.fallbacks:
        errors.append(ContentError(CAMPAIGN_FILE, None, "languages", f"{default} is the default language: it cannot be partial"))
    words, word_errors = load_words(ENGINE_WORDS, root / INSTANCE_WORDS, root, languages)
    errors += word_errors
    return Site(root, campaign, languages, words), errors


def _missing_files(root: Path, campaign: Campaign) -> list[ContentError]:
    """campaign.yml names files (logo, favicon under docs/; card fonts in the project): they must exist."""
    wanted = [("logo", root / "docs" / campaign.logo), ("favicon", root / "docs" / campaign.favicon)]
    wanted += [(f"card_fonts[{i}]", root / font) for i, font in enumerate(campaign.card_fonts)]
    return [ContentError(CAMPAIGN_FILE, None, field, f"{path.relative_to(root).as_posix()} does not exist: add the file or fix the path")
            for field, path in wanted if not path.is_file()]


def load_campaign(path: Path, rel: str, codes: list[str]) -> tuple[Campaign | None, list[ContentError]]:
    if not path.exists():
        return None, [ContentError(rel, None, None, "missing: every site needs campaign.yml beside mkdocs.yml (see README, 'Start a new campaign')")]
    text, error = read_text(path, rel)
    if error:
        return None, [error]
    doc, errors = parse_yaml(text, rel)
    if doc is None:
        return None, errors
    if not isinstance(doc.data, dict):
        return None, [ContentError(rel, 1, None, "must be 'field: value' lines (see README, 'Start a new campaign')")]
    # Per-language texts must exist in every required language; which those are is the file's own
    # `languages` section, so read it first (a broken section is reported by the full check).
    raw = doc.data.get("languages") or {}
    partial = {code for code, s in raw.items() if isinstance(s, dict) and s.get("partial")} if isinstance(raw, dict) else set()
    context = {"languages": [c for c in codes if c not in partial], "all_languages": codes}
    return validate(Campaign, doc, rel, context)


def project_site(config_file: Path) -> tuple[Site | None, list[ContentError]]:
    """The Site of a project outside a build (scripts: check, translations, scaffolding)."""
    from mkdocs.config import load_config  # only the scripts need it; hooks get the config

    config = load_config(str(config_file))
    codes, default, names = i18n_languages(config)
    return load_site(config_file.resolve().parent, codes, default, names)
