"""The engine names no campaign, body or place: a second campaign needs no engine change."""
from __future__ import annotations

import re

import yaml

from campaignsite.i18n.slugs import fold
from sitebuild import ROOT

ENGINE = ["hooks", "overrides", "scripts"]
BINARY = {".ttf", ".woff2", ".png", ".jpg", ".ico", ".gz"}


def instance_names() -> set[str]:
    """The names this instance uses: campaign.yml's texts and the vocabulary's places and bodies."""
    campaign = yaml.safe_load((ROOT / "campaign.yml").read_text(encoding="utf-8"))
    vocabulary = yaml.safe_load((ROOT / "content" / "vocabulary.yml").read_text(encoding="utf-8"))
    names = {campaign["place"]["name"][lang] for lang in campaign["place"]["name"]}
    names |= {campaign["organization"]["name"]["vi"], campaign["contact"]["portal"]["name"]["vi"], campaign["id"]}
    for list_name in ("districts", "organizations"):
        for entry in vocabulary.get(list_name, {}).values():
            names |= {label for key, label in entry.items() if key in ("vi", "en") and isinstance(label, str)}
    # the places and themes the pages are about
    names |= {"Mũi Né", "Phan Thiết", "Hội tụ xanh", "Hoàng Sa", "Trường Sa", "Lâm Đồng", "Bàu Trắng", "Pô Sah Inư"}
    generic = {"Toàn tỉnh", "Province-wide", "Ngoài tỉnh", "Outside the province"}
    return {fold(name).lower() for name in names - generic if len(name) > 3}


def test_the_engine_holds_no_name_of_this_campaign():
    names = instance_names()
    assert "binh thuan" in names and "mui ne" in names  # the list is real
    offenders = []
    for folder in ENGINE:
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix in BINARY or "__pycache__" in path.parts:
                continue
            text = fold(path.read_text(encoding="utf-8", errors="replace")).lower()
            flat = re.sub(r"\s+", " ", text)
            for name in names:
                if re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", flat) or name.replace(" ", "") in flat.replace(" ", "") and len(name) > 8:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
