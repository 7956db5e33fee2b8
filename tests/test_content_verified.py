"""The content is real and sourced: verified items per collection, a dated source for each, samples
few and explained (issue: real, sourced content instead of samples)."""
from __future__ import annotations

import yaml

from sitebuild import ROOT

SAMPLE_SHARE = 0.25  # at most a quarter of all items stay samples


def items():
    for path in sorted((ROOT / "content").glob("*/*/item.yml")):
        text = path.read_text(encoding="utf-8")
        yield path, text, yaml.safe_load(text)


def test_at_most_a_quarter_of_the_items_are_samples_and_each_says_why():
    counts: dict[str, list[int]] = {}
    for path, text, facts in items():
        verified, sample = counts.setdefault(path.parent.parent.name, [0, 0])
        counts[path.parent.parent.name] = [verified + (not facts.get("sample")), sample + bool(facts.get("sample"))]
        if facts.get("sample"):
            comments = " ".join(line for line in text.splitlines() if line.startswith("#")).lower()
            assert "sample" in comments, f"{path.relative_to(ROOT)}: say in a comment why it stays a sample"
    total = sum(v + s for v, s in counts.values())
    samples = sum(s for _v, s in counts.values())
    assert samples <= SAMPLE_SHARE * total, counts
    assert counts["events"][0] >= 24 and counts["news"][0] >= 8, counts  # the 2023 programme and announcements


def test_every_verified_item_names_a_dated_source_with_its_publisher():
    undated = []
    for path, _text, facts in items():
        if facts.get("sample"):
            continue
        if not any(s.get("title") and s.get("publisher") and s.get("date") for s in facts.get("sources", [])):
            undated.append(path.parent.relative_to(ROOT).as_posix())
    assert undated == []
