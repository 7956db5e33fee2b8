"""The translation-parity report, on a throw-away git repository."""
import os
import subprocess

from campaignsite.i18n.parity import find_gaps


def git(root, *args, when):
    env = dict(os.environ, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when,
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def write(root, rel, text="x"):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_reports_missing_and_outdated_translations(tmp_path):
    git(tmp_path, "init", "-q", when="2024-01-01T00:00:00")
    for rel in ("docs/a.vi.md", "docs/a.en.md", "docs/b.vi.md", "content/events/e/vi.md", "content/events/e/en.md"):
        write(tmp_path, rel)
    git(tmp_path, "add", ".", when="2024-01-01T00:00:00")
    git(tmp_path, "commit", "-qm", "one", when="2024-01-01T00:00:00")
    write(tmp_path, "docs/a.vi.md", "changed source")
    git(tmp_path, "commit", "-qam", "two", when="2024-02-01T00:00:00")
    gaps = {(g.unit, g.kind) for g in find_gaps(tmp_path, ["vi", "en"], "vi")}
    assert gaps == {("docs/a", "outdated"), ("docs/b", "missing")}


def test_translation_updated_after_its_source_is_not_outdated(tmp_path):
    git(tmp_path, "init", "-q", when="2024-01-01T00:00:00")
    write(tmp_path, "docs/a.vi.md")
    write(tmp_path, "docs/a.en.md")
    git(tmp_path, "add", ".", when="2024-01-01T00:00:00")
    git(tmp_path, "commit", "-qm", "one", when="2024-01-01T00:00:00")
    write(tmp_path, "docs/a.en.md", "better translation")
    git(tmp_path, "commit", "-qam", "two", when="2024-02-01T00:00:00")
    assert find_gaps(tmp_path, ["vi", "en"], "vi") == []


def test_a_partial_languages_gaps_are_information_and_a_required_ones_are_missing(tmp_path):
    git(tmp_path, "init", "-q", when="2024-01-01T00:00:00")
    for rel in ("docs/a.vi.md", "docs/a.en.md", "docs/a.ru.md", "docs/b.vi.md", "docs/b.en.md", "docs/c.vi.md",
                "content/events/e/vi.md", "content/events/e/en.md"):
        write(tmp_path, rel)
    git(tmp_path, "add", ".", when="2024-01-01T00:00:00")
    git(tmp_path, "commit", "-qm", "one", when="2024-01-01T00:00:00")
    gaps = {(g.unit, g.kind, g.detail.split("'")[1]) for g in find_gaps(tmp_path, ["vi", "en", "ru"], "vi", partial=["ru"])}
    assert gaps == {("docs/b", "untranslated", "ru"), ("docs/c", "missing", "en"), ("docs/c", "untranslated", "ru"),
                    ("content/events/e", "untranslated", "ru")}
