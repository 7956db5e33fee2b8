"""The pre-build check of docs/: translations, file names, encoding, symlinks."""
import os

from campaignsite.content.docs_check import scan_docs

PAGE = "---\ntitle: T\ndescription: A description that is long enough.\nsources:\n  - title: Plan\n---\n# T\n"


def make_docs(tmp_path, files):
    docs = tmp_path / "docs"
    for name, content in files.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return docs


def scan(tmp_path, files):
    docs = make_docs(tmp_path, files)
    return scan_docs(docs, tmp_path, ["vi", "en"])


def test_complete_pairs_pass(tmp_path):
    pages, errors = scan(tmp_path, {"a.vi.md": PAGE, "a.en.md": PAGE, "sub/b.vi.md": PAGE, "sub/b.en.md": PAGE})
    assert errors == []
    assert sorted((p.base, p.lang) for p in pages) == [("a", "en"), ("a", "vi"), ("sub/b", "en"), ("sub/b", "vi")]


def test_missing_translation_names_the_file_to_create(tmp_path):
    _, [error] = scan(tmp_path, {"a.vi.md": PAGE})
    assert error.path == "docs/a.vi.md"
    assert "create docs/a.en.md" in error.message


def test_page_without_language_suffix_is_an_error(tmp_path):
    _, [error] = scan(tmp_path, {"notes.md": PAGE})
    assert "notes.vi.md or notes.en.md" in error.message


def test_invalid_utf8_names_file_and_line(tmp_path):
    _, errors = scan(tmp_path, {"a.vi.md": PAGE.encode() + b"ok\n\xff bad\n", "a.en.md": PAGE})
    [error] = errors
    assert error.path == "docs/a.vi.md" and error.line == 9 and "UTF-8" in error.message


def test_symlink_to_outside_docs_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    docs = make_docs(tmp_path, {"a.vi.md": PAGE, "a.en.md": PAGE})
    os.symlink(secret, docs / "leak.txt")
    _, [error] = scan_docs(docs, tmp_path, ["vi", "en"])
    assert error.path == "docs/leak.txt" and "outside docs/" in error.message


def test_broken_front_matter_in_one_language_is_reported_once(tmp_path):
    _, errors = scan(tmp_path, {"a.vi.md": PAGE.replace("title: T", "title: [T"), "a.en.md": PAGE})
    assert [e.path for e in errors] == ["docs/a.vi.md"]
