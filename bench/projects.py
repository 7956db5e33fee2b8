"""The projects the build benches time, all with the same pages (nothing here is committed).

  hooks      this project with N synthetic items per collection (bench/fixture.py)
  baseline   the same, its collection pages written by hand (plain Markdown at the same
             addresses, under the same configuration, hooks and theme), without the collections hook
  plain      the baseline's pages under plain Material + mkdocs-static-i18n: no hooks, no theme
             overrides, no extra CSS (a partial language falls back to the default, as static-i18n does)
  hugo       the baseline's pages for Hugo (Debian's package), with the minimal theme in bench/hugo/
  two        the hooks project without its partial third language (vi + en instead of vi + en + ru)
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from fixture import make_image, write_baseline_docs, write_fixture
from sitebuild import copy_project

BENCH = Path(__file__).resolve().parent
COLLECTIONS = ("events", "projects", "exhibits", "news", "agencies")
MEDIA = (".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif", ".pdf")


def hooks_project(target: Path, items: int) -> Path:
    project = copy_project(target)
    write_fixture(project / "content", items, make_image(target.parent / "scan.png"))
    return project


def baseline_project(hooks: Path, hooks_site: Path, target: Path) -> Path:
    """A copy whose collection pages are plain Markdown at the same places, under the same
    configuration without the collections hook, publishing the same calendars, feeds and data
    as files of its own. ``hooks`` must have been built into ``hooks_site``: its generated pages
    under docs/ and its outputs are what is copied."""
    project = copy_project(target)
    codes, _partial = languages_of(hooks)
    for name in COLLECTIONS:
        shutil.rmtree(project / "content" / name, ignore_errors=True)
        write_baseline_docs(hooks / "docs" / name, project / "docs" / name)
        for lang in codes:  # static-i18n publishes docs/events/calendar.en.ics at en/events/calendar.ics
            folder = hooks_site / ("" if lang == codes[0] else lang) / name
            for output in (folder.glob("*") if folder.is_dir() else ()):
                if output.suffix in (".ics", ".xml", ".csv", ".json"):
                    shutil.copyfile(output, project / "docs" / name / f"{output.stem}.{lang}{output.suffix}")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = "\n".join(line for line in config.splitlines() if "hooks/content_collections.py" not in line)
    (project / "mkdocs.yml").write_text(config + "\n", encoding="utf-8")
    return project


def _config(project: Path) -> dict:
    with open(project / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml_load(handle)


def languages_of(project: Path) -> tuple[list[str], dict[str, str]]:
    """(codes, the default first; {partial code: its fallback}) from mkdocs.yml and campaign.yml."""
    i18n = next(plugin["i18n"] for plugin in _config(project)["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    codes = sorted((lang["locale"] for lang in i18n["languages"]), key=lambda code: not next(
        lang.get("default", False) for lang in i18n["languages"] if lang["locale"] == code))
    campaign = yaml.safe_load((project / "campaign.yml").read_text(encoding="utf-8"))
    partial = {code: s["fallback"] for code, s in (campaign.get("languages") or {}).items() if (s or {}).get("partial")}
    return codes, partial


def plain_project(baseline: Path, target: Path) -> Path:
    """The baseline's docs/ under Material and static-i18n as they come."""
    target.mkdir(parents=True)
    shutil.copytree(baseline / "docs", target / "docs")
    config = _config(baseline)
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    i18n["fallback_to_default"] = True
    plain = {
        "site_name": "Plain Material", "site_url": config["site_url"], "use_directory_urls": True,
        "exclude_docs": config.get("exclude_docs", ""),
        "theme": {"name": "material", "language": config["theme"]["language"], "features": config["theme"]["features"]},
        "markdown_extensions": config["markdown_extensions"], "nav": config["nav"],
        "plugins": [{"search": {}}, {"i18n": i18n}],
    }
    (target / "mkdocs.yml").write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _without_key(data, key: str):
    if isinstance(data, dict):
        return {k: _without_key(v, key) for k, v in data.items() if k != key}
    if isinstance(data, list):
        return [_without_key(v, key) for v in data]
    return data


def two_language_project(hooks: Path, target: Path, dropped: str = "ru") -> Path:
    """The hooks project with its partial language ``dropped`` from mkdocs.yml and campaign.yml."""
    project = copy_project(target)
    shutil.rmtree(project / "content")
    shutil.copytree(hooks / "content", project / "content", ignore=shutil.ignore_patterns(f"{dropped}.md", f"{dropped}.yml"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    # the language's entry: from its "- locale:" line to the next entry or the next top-level key
    config = re.sub(rf"\n(\s*)(?:#[^\n]*\n\s*)?- locale: {dropped}\n.*?(?=\n\1- locale: |\n\S)", "", config, flags=re.S)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    campaign = (project / "campaign.yml").read_text(encoding="utf-8")
    campaign = re.sub(rf"^(\s+){dropped}:.*\n(?:\1\s+.*\n)*", "", campaign, flags=re.M)
    (project / "campaign.yml").write_text(campaign, encoding="utf-8")
    for words in (project / "content" / "ui").glob(f"{dropped}.yml"):
        words.unlink()
    for page in (project / "docs").rglob(f"*.{dropped}.md"):
        page.unlink()
    # its words in the vocabulary and the glossary would name a language the site lacks
    for name in ("vocabulary.yml", "glossary.yml"):
        path = project / "content" / name
        if path.is_file():
            data = _without_key(yaml.safe_load(path.read_text(encoding="utf-8")), dropped)
            if name == "glossary.yml":  # a term of that language alone goes
                data["terms"] = [term for term in data.get("terms", []) if term.get("use")]
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project


def hugo_project(baseline: Path, target: Path, languages: list[str], partial: dict[str, str]) -> Path:
    """The baseline's pages as a Hugo site: ``name.<lang>.md`` is Hugo's own translation by file
    name; a partial language gets its fallback's page where it has none, as this project shows it."""
    content, static = target / "content", target / "static"
    docs = baseline / "docs"
    for path in sorted(docs.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(docs)
        if path.suffix == ".md":
            name = relative.name.replace("index.", "_index.", 1) if relative.name.startswith("index.") else relative.name
            (content / relative.parent).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, content / relative.parent / name)
        elif path.suffix.lower() in MEDIA:
            (static / relative.parent).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, static / relative)
    for lang, fallback in partial.items():
        for page in list(content.rglob(f"*.{fallback}.md")):
            twin = page.with_name(page.name[: -len(f"{fallback}.md")] + f"{lang}.md")
            if not twin.exists():
                shutil.copyfile(page, twin)
    shutil.copytree(BENCH / "hugo" / "layouts", target / "layouts")
    weights = "".join(f"  [languages.{lang}]\n    weight = {index + 1}\n    languageCode = \"{lang}\"\n"
                      for index, lang in enumerate(languages))
    (target / "hugo.toml").write_text(
        'baseURL = "http://127.0.0.1:8000/"\n'
        f'defaultContentLanguage = "{languages[0]}"\n'
        'disableKinds = ["taxonomy", "term", "RSS"]\n'
        '[markup.goldmark.renderer]\n  unsafe = true\n'
        "[languages]\n" + weights, encoding="utf-8")
    return target
