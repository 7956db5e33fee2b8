"""MkDocs entry point: theme details — Vietnamese-aware heading anchors, our strings, Material patch."""
import hashlib
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from campaignsite.i18n import languages

from campaignsite.theme import material_patch

from campaignsite.i18n import slugs
from campaignsite.i18n.formats import format_number
from campaignsite.i18n.ui import strings_for
from campaignsite.project import project_root


def on_config(config):
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = slugs.slugify
    return config


def on_env(env, config, files):
    env.filters["format_number"] = format_number
    return env


def _add_interface(context, config):
    lang = config.theme["language"]
    context["ui"] = strings_for(lang)
    context["language_root"] = languages.from_config(config).prefix(lang)
    return context


def on_page_context(context, page, config, nav):
    return _add_interface(context, config)


def on_template_context(context, template_name, config):
    # 404.html and other theme templates that are not pages
    if template_name == "404.html":
        # a 404 has no translation of its own: the switcher offers the language home pages
        config.extra["alternate"] = languages.language_roots(config)
    return _add_interface(context, config)


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the file list
def on_files(files, config):
    for file in files:
        if file.src_uri.startswith("assets/javascripts/bundle.") and file.src_uri.endswith(".min.js"):
            file.abs_src_path = str(_patched_bundle(Path(file.abs_src_path), project_root(config)))
    return files


def _patched_bundle(original: Path, root: Path) -> Path:
    source = original.read_text(encoding="utf-8")
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    target = root / ".cache" / "material" / f"bundle.{digest}.min.js"
    if not target.exists():
        try:
            patched = material_patch.patch_bundle(source)
        except material_patch.PatchError as exc:
            raise PluginError(str(exc)) from None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(patched, encoding="utf-8")
    return target
