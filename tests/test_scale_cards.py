"""Social cards are drawn once and kept in the cache by what they show: a second build, even
after a change of a page's text, draws none; a changed title draws that page's cards only."""
from __future__ import annotations

import hashlib
import re

from sitebuild import FIXTURE_CONTENT, build, copy_project

DRAWN = re.compile(r"images: (\d+) cards drawn, (\d+) cards")


def cards_of(site):
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((site / "assets" / "social").rglob("*.png"))}


def test_the_card_cache_is_hit_on_a_second_build(tmp_path):
    project = copy_project(tmp_path / "project", content=FIXTURE_CONTENT)
    first = build(project, tmp_path / "one")
    assert first.returncode == 0, first.output
    drawn, published = map(int, DRAWN.search(first.output).groups())
    assert drawn == published > 40

    body = project / "docs" / "press.en.md"
    body.write_text(body.read_text(encoding="utf-8") + "\nOne more sentence, same title.\n", encoding="utf-8")
    second = build(project, tmp_path / "two")
    assert second.returncode == 0, second.output
    assert DRAWN.search(second.output).groups() == ("0", str(published))
    assert cards_of(tmp_path / "two") == cards_of(tmp_path / "one")

    item = project / "content" / "events" / "asean-week"
    title = item / "en.md"
    title.write_text(title.read_text(encoding="utf-8").replace("title:", "title: New", 1), encoding="utf-8")
    third = build(project, tmp_path / "three")
    assert third.returncode == 0, third.output
    # the English page, and the Russian one while it shows the English page (not yet translated)
    expected = 1 if (item / "ru.md").exists() else 2
    assert DRAWN.search(third.output).groups() == (str(expected), str(published))
