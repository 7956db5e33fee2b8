"""Load the catalogue once per change of content/, shared by every language build.

mkdocs-static-i18n runs every hook once per language; loading and validating is memoised on a
fingerprint of content/ (paths, sizes, modification times), so the second language costs nothing
and `mkdocs serve` reloads only after an edit.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from campaignsite.errors import ContentError
from campaignsite.collections.loader import load_catalogue
from campaignsite.collections.records import Catalogue

_memo: dict[tuple, tuple[Catalogue, list[ContentError]]] = {}


def fingerprint(content_dir: Path) -> tuple:
    entries = []
    for dirpath, _dirnames, filenames in os.walk(content_dir):
        for name in filenames:
            stat = os.stat(os.path.join(dirpath, name))
            entries.append((os.path.join(dirpath, name), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


def catalogue_for(site) -> tuple[Catalogue, list[ContentError]]:
    """The catalogue of a Site (config/site.py): its content/, languages, collections and zone."""
    content_dir = site.root / "content"
    zone = ZoneInfo(site.campaign.time_zone)
    key = (str(content_dir), repr(site.languages), tuple(site.collections()), zone, fingerprint(content_dir))
    if key not in _memo:
        _memo.clear()
        _memo[key] = load_catalogue(content_dir, site.root, site.languages, site.collections(), zone)
    return _memo[key]


def build_day(site) -> date:
    """The build's day in the campaign's time zone (review dates, `make new`)."""
    return build_moment().astimezone(ZoneInfo(site.campaign.time_zone)).date()


def build_moment() -> datetime:
    """The build's notion of "now": SOURCE_DATE_EPOCH when set, so two builds are identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc)
