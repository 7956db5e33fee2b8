"""MkDocs entry point: the theme of the instance — its identity, words, colours — and Material's patch."""
import hashlib
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from campaignsite.config.site import site_for
from campaignsite.i18n.alternates import language_roots, set_switcher_entries
from campaignsite.i18n.slugs import slugify
from campaignsite.theme import material_patch
from campaignsite.theme.identity import identity_view
from campaignsite.theme.stylesheet import PUBLISHED, SOURCES, write_stylesheet

THEME_ASSETS = "assets/"  # what of overrides/ is published; templates and word files are not


@event_priority(-110)  # after mkdocs-static-i18n has set this build's language
def on_config(config):
    site = site_for(config)
    lang = config.theme["language"]
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = slugify
    toc["permalink_title"] = site.words[lang]["theme.permalink"]  # Python-Markdown's is English
    campaign = site.campaign
    config.site_name = site.text(campaign.site_name, lang)
    config.site_description = site.text(campaign.description, lang)
    config.site_author = site.text(campaign.publisher.name, lang)
    config.copyright = None  # the footer names the bodies (partials/copyright.html)
    config.theme["logo"] = campaign.logo
    config.theme["favicon"] = campaign.favicon
    return config


def _add_interface(context, config):
    site = site_for(config)
    lang = config.theme["language"]
    context["ui"] = site.words[lang]
    context["words_of"] = site.words.__getitem__  # another language's words (404 links)
    context["language_root"] = site.languages.prefix(lang)
    context["identity"] = identity_view(site, lang)
    return context


def on_page_context(context, page, config, nav):
    return _add_interface(context, config)


def on_template_context(context, template_name, config):
    # 404.html and other theme templates that are not pages
    if template_name == "404.html":
        # a 404 has no translation of its own: the switcher offers the language home pages
        set_switcher_entries(config, language_roots(config.site_url, site_for(config).languages))
    return _add_interface(context, config)


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the file list
def on_files(files, config):
    site = site_for(config)
    custom_dir = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    stylesheet_sources = {f"assets/stylesheets/{name}" for name in SOURCES}
    for file in list(files):
        if file.src_uri.startswith("assets/javascripts/bundle.") and file.src_uri.endswith(".min.js"):
            file.abs_src_path = str(_patched_bundle(Path(file.abs_src_path), site.root))
        elif custom_dir and Path(file.abs_src_path).resolve().is_relative_to(custom_dir) and (
                not file.src_uri.startswith(THEME_ASSETS) or file.src_uri in stylesheet_sources):
            files.remove(file)  # word files, notes, and the stylesheet's sources (published as one)
    source_dir = custom_dir / "assets" / "stylesheets"
    sheet = write_stylesheet(site.campaign.colours.model_dump(), source_dir, site.root / ".cache" / "theme")
    files.append(File.generated(config, PUBLISHED, abs_src_path=str(sheet)))
    return files


def _patched_bundle(original: Path, root: Path) -> Path:
    try:
        patched = material_patch.patch_bundle(original.read_text(encoding="utf-8"))
    except material_patch.PatchError as exc:
        raise PluginError(str(exc)) from None
    # named after what is published, so a changed patch never reuses an old file
    target = root / ".cache" / "material" / f"bundle.{hashlib.sha256(patched.encode()).hexdigest()[:16]}.min.js"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}")  # whole, then renamed: languages may race
        temporary.write_text(patched, encoding="utf-8")
        temporary.replace(target)
    return target
