"""A partial language's untranslated pages, shown in its fallback language under its own folder.

mkdocs-static-i18n falls back only to the default language (upstream #161). In the build of a
partial language (``ru`` falling back to ``en``), every page that exists in the fallback but not
in the language becomes a File at the language's URL (``ru/province/``) whose source is the
fallback's Markdown (``province.en.md``). Its ``content_language`` says so: the page marks the
text with ``lang``, shows a note in the reader's language, points its canonical link at the
original, and claims no hreflang or sitemap entry for the partial language.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

from mkdocs_static_i18n.suffix import create_i18n_file


def page_bases(docs_dir: Path, lang: str) -> dict[str, Path]:
    """{"province.md": docs/province.en.md, "events/x.md": …} for every page written in ``lang``."""
    out = {}
    for path in docs_dir.rglob(f"*.{lang}.md"):
        rel = path.relative_to(docs_dir).as_posix()
        out[rel[: -len(f".{lang}.md")] + ".md"] = path
    return out


def add_fallback_pages(files: Files, config, languages, lang: str) -> int:
    """Add ``lang``'s missing pages, shown in its fallback language; how many were added."""
    fallback = languages.fallback(lang)
    if not fallback:
        return 0
    docs_dir = Path(config.docs_dir)
    present = {getattr(f, "norm_src_uri", f.src_uri) for f in files.documentation_pages()}
    written = {code: page_bases(docs_dir, code) for code in languages.codes}
    added = 0
    for base, source in sorted(written[fallback].items()):
        if base in present:
            continue
        stem = base[: -len(".md")]
        file = _i18n_file(f"{stem}.{lang}.md", lang, languages, config)
        file.abs_src_path = str(source)
        file.content_language = fallback
        # The languages this page really has: its hreflang alternates and the switcher's links.
        file.alternates = {code: _i18n_file(f"{stem}.{code}.md", code, languages, config)
                           for code in languages.codes if base in written[code]}
        file.alternates[lang] = file
        files.append(file)
        added += 1
    return added


def _i18n_file(src_path: str, lang: str, languages, config) -> File:
    plain = File(src_path, config.docs_dir, config.site_dir, config.use_directory_urls)
    return create_i18n_file(plain, lang, languages.default, languages.codes, config)


def content_language(file) -> str | None:
    """The fallback language a page is shown in, or None for a page written in its own language."""
    return getattr(file, "content_language", None)


def fallback_url(page_url: str, from_lang: str, to_lang: str, languages) -> str:
    """The URL of a page in another language's folder ("en/province/" -> "ru/province/")."""
    prefix = languages.prefix(from_lang)
    rest = page_url[len(prefix):] if prefix and page_url.startswith(prefix) else page_url
    return languages.prefix(to_lang) + rest
