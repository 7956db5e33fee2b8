#!/usr/bin/env python3
"""`make spell`: the spelling of every page and item, one line per unknown word: `file:line: word`.

cspell (npm, pinned in package-lock.json) checks what readers read (hooks/campaignsite/content/
prose.py: no code, web addresses, `sources` or field names), each file in its language: Vietnamese
(@cspell/dict-vi-vn), British English (the site's spelling; cspell's bundled en-GB dictionary),
Russian (@cspell/dict-ru_ru). A page quotes the other language's names (English pages write
Vietnamese names with their diacritics), so each file also accepts the site's other languages.
Names and terms no dictionary has go in content/words.txt, one a line. Abbreviations in capitals
(ASEAN, UBND, 2451/QĐ-BVHTTDL) are not checked.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from campaignsite.config.site import project_site  # noqa: E402
from campaignsite.content.prose import prose_files, prose_of  # noqa: E402

WORD_LIST = "content/words.txt"
# Site language -> cspell locale and the npm package of its dictionary (None: bundled with cspell).
DICTIONARIES = {"vi": ("vi", "@cspell/dict-vi-vn"), "en": ("en-GB", None), "ru": ("ru", "@cspell/dict-ru_ru")}
# Two or more capitals (digits, "-", "&" between): ASEAN, UBND, QĐ-BVHTTDL. A JavaScript regex: \b
# would not see Đ as a letter.
ABBREVIATIONS = r"/(?<![\p{L}\p{N}])(?=[\p{N}&-]*\p{Lu}[\p{N}&-]*\p{Lu})[\p{Lu}\p{N}&-]+(?![\p{L}\p{N}])/gu"
_FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):\d+ - Unknown word \((?P<word>.+?)\)")


def cspell_config(languages: list[str], node_modules: Path, root: Path) -> dict:
    known = [lang for lang in languages if lang in DICTIONARIES]
    locales = {lang: DICTIONARIES[lang][0] for lang in known}

    def locale(lang: str | None) -> str:
        first = [locales[lang]] if lang in locales else []
        return ",".join(first + [code for other, code in locales.items() if other != lang])

    overrides = [{"filename": [f"**/*.{lang}.md.txt", f"**/{lang}.md.txt"], "language": locale(lang)} for lang in known]
    overrides.append({"filename": "**/item.yml.txt", "language": locale(None)})
    return {
        "version": "0.2",
        "language": locale(None),
        "import": [str(node_modules / package / "cspell-ext.json") for _code, package in DICTIONARIES.values() if package],
        "dictionaryDefinitions": [{"name": "campaign-words", "path": str(root / WORD_LIST), "addWords": True}],
        "dictionaries": ["campaign-words"],
        "ignoreRegExpList": [ABBREVIATIONS],
        "overrides": overrides,
    }


def spell(root: Path = ROOT) -> tuple[list[str], list[str]]:
    """(findings as `file:line: word`, problems that stopped the check)."""
    site, errors = project_site(root / "mkdocs.yml")
    if site is None:
        return [], [str(error) for error in errors]
    cspell = root / "node_modules" / ".bin" / "cspell"
    if not cspell.exists():
        return [], ["cspell is not installed: run make spell (it installs the pinned tools from package-lock.json)"]
    codes = site.languages.codes
    skipped = [lang for lang in codes if lang not in DICTIONARIES]
    with tempfile.TemporaryDirectory(prefix="spell-") as tmp:
        work = Path(tmp)
        for file in prose_files(root, [lang for lang in codes if lang not in skipped], site.collections()):
            prose = prose_of(file)
            if prose is not None:
                target = work / f"{file.rel}.txt"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(prose[0], encoding="utf-8")
        (work / "cspell.json").write_text(json.dumps(cspell_config(codes, root / "node_modules", root)), encoding="utf-8")
        result = subprocess.run([str(cspell), "--no-progress", "--no-summary", "--no-color", "--no-gitignore",
                                 "--config", "cspell.json", "**/*.txt"], cwd=work, capture_output=True, text=True)
    findings = []
    for line in result.stdout.splitlines():
        match = _FINDING.match(line)
        if match:
            findings.append(f"{match['path'][: -len('.txt')]}:{match['line']}: {match['word']}")
    problems = [f"no spelling dictionary for {lang!r}: its pages are not checked" for lang in skipped]
    if result.returncode not in (0, 1) or (result.returncode == 1 and not findings):
        problems.append(f"cspell failed: {(result.stderr or result.stdout).strip().splitlines()[-1:]}")
    return findings, problems


def main() -> int:
    findings, problems = spell()
    for line in findings:
        print(line)
    for line in problems:
        print(line, file=sys.stderr)
    words = sum(1 for line in (ROOT / WORD_LIST).read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    print(f"{len(findings)} unknown word(s); {WORD_LIST} lists {words} names and terms", file=sys.stderr)
    return 1 if findings or any(p.startswith("cspell") for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
