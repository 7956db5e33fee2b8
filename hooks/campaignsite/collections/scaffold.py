"""`make new`: a new item or page, as a draft, with every field of its schema written out.

Each field gets its one-line description (the schemas' `Field(description=…)`) as a comment.
Required fields get valid placeholders: a key of the vocabulary, an existing agency, the next
free number, an example date, a drawn placeholder image for an exhibit; optional fields are
commented out with an example. Words files are written for the required languages; a partial
language shows its fallback until a translator adds its file. The placeholder words are the
engine's words (`new_title`, … in overrides/lang/<lang>.yml): a published page or item that
still holds one is an error (placeholders_left), so a draft cannot go out half-written.
"""
from __future__ import annotations

import json
import typing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from campaignsite.collections.records import RESERVED_SLUGS, SLUG, Catalogue
from campaignsite.collections.schemas import SCHEMAS, Image, ItemFacts, Reference, UniqueNumber, VocabularyList
from campaignsite.content.fields import Source
from campaignsite.content.page_meta import PageMeta
from campaignsite.errors import ContentError

KINDS = {"event": "events", "project": "projects", "exhibit": "exhibits", "news": "news", "agency": "agencies", "page": None}
PLACEHOLDER_IMAGE = "placeholder.png"
PLACEHOLDER_KEYS = ("new_title", "new_summary", "new_text", "new_source", "new_alt")
_WORDS_OF_FIELD = {"title": "new_title", "summary": "new_summary", "description": "new_summary"}


class ScaffoldError(ValueError):
    """A kind, name or place `make new` refuses, as one line for the editor."""


@dataclass(frozen=True)
class Context:
    """What placeholders are made of."""

    catalogue: Catalogue
    words: dict[str, str]  # the default language's words (item.yml is language-neutral)
    languages: list[str]  # required languages: every alt text
    all_words: dict[str, dict[str, str]]
    collection: str | None = None


def check_name(root: Path, kind: str, name: str) -> None:
    if kind not in KINDS:
        raise ScaffoldError(f"unknown KIND {kind!r}: use one of {', '.join(KINDS)}")
    if not SLUG.match(name or ""):
        raise ScaffoldError(f"NAME {name!r} is not an address: use lower-case letters, digits and hyphens, e.g. asean-week-2024")
    collection = KINDS[kind]
    if collection:
        folder = root / "content" / collection / name
        if name in RESERVED_SLUGS:
            raise ScaffoldError(f"{name!r} is the address of the {collection} list's own pages: choose another NAME")
        if folder.exists():
            raise ScaffoldError(f"content/{collection}/{name}/ already exists: choose another NAME, or edit that item")
    else:
        if name in KINDS.values() or name == "index":
            raise ScaffoldError(f"{name!r} is the address of a list page of the site: choose another NAME")
        existing = sorted((root / "docs").glob(f"{name}.*.md"))
        if existing:
            raise ScaffoldError(f"{existing[0].relative_to(root).as_posix()} already exists: choose another NAME, or edit that page")


# ---------- item.yml and words files from the schemas ----------

def _markers(field) -> list:
    """The metadata of a field and of the types inside its annotation (Optional[…], list[…])."""
    found = list(field.metadata)
    stack = [field.annotation]
    while stack:
        annotation = stack.pop()
        found += list(getattr(annotation, "__metadata__", ()))
        stack += list(typing.get_args(annotation))
    return found


def _model_of(annotation) -> type[BaseModel] | None:
    """The model a field holds (Optional[Coordinates], list[Source]), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in typing.get_args(annotation) if (found := _model_of(arg))), None)


def _placeholder(model: type[BaseModel], name: str, field, ctx: Context):
    """A valid value for a required field."""
    for marker in _markers(field):
        if isinstance(marker, VocabularyList):
            return next(iter(ctx.catalogue.vocabulary.get(marker.name, {})), "")
        if isinstance(marker, Reference):
            items = ctx.catalogue.items.get(marker.collection, []) if marker.collection else list(ctx.catalogue.all_items())
            if items:
                return items[0].ref
            return next(iter(ctx.catalogue.vocabulary.get("organizations", {})), f"{marker.collection}/<folder name>")
        if isinstance(marker, UniqueNumber):
            return 1 + max((item.facts.order for item in ctx.catalogue.items[ctx.collection]), default=0)
    if name == "alt":
        return {lang: ctx.all_words[lang]["new_alt"] for lang in ctx.languages}
    if name == "file":
        return PLACEHOLDER_IMAGE
    if name == "placeholder":
        return True
    if model is Source and name == "title":
        return ctx.words["new_source"]
    if name in _WORDS_OF_FIELD:
        return ctx.words[_WORDS_OF_FIELD[name]]
    if field.examples:
        return field.examples[0]
    if _model_of(field.annotation) is not None:  # a list of sources, of images: one, filled in
        return [None]
    return ctx.words["new_summary"]  # any other text a reader reads (an exhibit's significance)


def _flow(value) -> str:
    """JSON is YAML: quoted strings, numbers, true/false, {"lat": …} on one line."""
    return json.dumps(value, ensure_ascii=False)


def _model_lines(model: type[BaseModel], ctx: Context, indent: str = "", values: dict | None = None) -> list[str]:
    """Every field of ``model``: its description, then the field, or commented out with an example."""
    values = values or {}
    filled = set(values) | set(getattr(model, "SCAFFOLD_FILLED", ())) | ({"placeholder"} if model is Image else set())
    lines = []
    for name in _field_order(model):
        field = model.model_fields[name]
        lines.append(f"{indent}# {field.description}")
        if not (field.is_required() or name in filled):
            example = field.examples[0] if field.examples else field.default
            lines.append(f"{indent}# {name}: {_flow(example)}")
            continue
        value = values[name] if name in values else _placeholder(model, name, field, ctx)
        nested = _model_of(field.annotation)
        if isinstance(value, list) and nested is not None:
            lines.append(f"{indent}{name}:")
            item_lines = _model_lines(nested, ctx, indent + "    ")
            first = next(index for index, line in enumerate(item_lines) if not line.lstrip().startswith("#"))
            item_lines[:first] = [f"{indent}  {line.lstrip()}" for line in item_lines[:first]]  # the item's first comment
            item_lines[first] = f"{indent}  - " + item_lines[first].lstrip()
            lines += item_lines
        elif isinstance(value, dict):
            lines.append(f"{indent}{name}:")
            lines += [f"{indent}  {key}: {_flow(text)}" for key, text in value.items()]
        else:
            lines.append(f"{indent}{name}: {_flow(value)}")
    return lines


def _field_order(model: type[BaseModel]) -> list[str]:
    """`draft` first, then the collection's own fields, then those every item has."""
    names = list(model.model_fields)
    if not issubclass(model, ItemFacts):
        return names
    common = list(ItemFacts.model_fields)
    return ["draft"] + [n for n in names if n not in common] + [n for n in common if n != "draft"]


def facts_text(collection: str, ctx: Context) -> str:
    facts_model, _words = SCHEMAS[collection]
    head = [f"# A new {collection} item: a draft, shown only in the preview (make serve) until you delete `draft: true`.",
            "# Replace the placeholder values; to use an optional field, delete the \"# \" before it.",
            "# Every field: content/README.md. Dates and numbers once here; words in the <language>.md files.", ""]
    return "\n".join(head + _model_lines(facts_model, ctx, values={"draft": True})) + "\n"


def words_text(model: type[BaseModel], lang: str, ctx: Context, values: dict | None = None) -> str:
    words = ctx.all_words[lang]
    lang_ctx = Context(ctx.catalogue, words, ctx.languages, ctx.all_words, ctx.collection)
    lines = _model_lines(model, lang_ctx, values=values)
    return "---\n" + "\n".join(lines) + "\n---\n"


def placeholder_image(path: Path) -> None:
    """A plain image the exhibit shows, marked `placeholder: true`, until the real scan arrives."""
    from PIL import Image

    Image.new("RGB", (1200, 900), (217, 212, 199)).save(path, optimize=True)


# ---------- what `make new` writes ----------

def new_item(root: Path, kind: str, name: str, ctx: Context) -> list[Path]:
    collection = KINDS[kind]
    folder = root / "content" / collection / name
    folder.mkdir(parents=True)
    ctx = Context(ctx.catalogue, ctx.words, ctx.languages, ctx.all_words, collection)
    written = [folder / "item.yml"]
    written[0].write_text(facts_text(collection, ctx), encoding="utf-8")
    _facts, words_model = SCHEMAS[collection]
    for lang in ctx.languages:
        path = folder / f"{lang}.md"
        path.write_text(words_text(words_model, lang, ctx) + "\n" + ctx.all_words[lang]["new_text"] + "\n", encoding="utf-8")
        written.append(path)
    if "images" in SCHEMAS[collection][0].model_fields:
        placeholder_image(folder / PLACEHOLDER_IMAGE)
        written.append(folder / PLACEHOLDER_IMAGE)
    return written


def new_page(root: Path, name: str, ctx: Context) -> list[Path]:
    written = []
    for lang in ctx.languages:
        words = ctx.all_words[lang]
        path = root / "docs" / f"{name}.{lang}.md"
        text = words_text(PageMeta, lang, ctx, values={"draft": True}) + f"\n# {words['new_title']}\n\n{words['new_text']}\n"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


# ---------- the guard ----------

def placeholders_left(words: dict[str, dict[str, str]], pages, items) -> list[ContentError]:
    """Published pages and items that still hold a placeholder of `make new`."""
    texts = {table[key] for table in words.values() for key in PLACEHOLDER_KEYS if key in table}
    message = "still the placeholder `make new` wrote: write it (the page stays a draft until it is ready)"
    errors = []
    for page in pages:
        errors += [ContentError(page.path, None, field, message) for field in ("title", "description") if getattr(page.meta, field) in texts]
        errors += [ContentError(page.path, None, "sources", message) for source in page.meta.sources if source.title in texts]
    for item in items:
        facts_rel = f"{item.rel}/item.yml"
        errors += [ContentError(facts_rel, item.line_of("sources", index), f"sources[{index}].title", message)
                   for index, source in enumerate(item.facts.sources) if source.title in texts]
        for index, image in enumerate(getattr(item.facts, "images", []) or []):
            errors += [ContentError(facts_rel, item.line_of("images", index, "alt", lang), f"images[{index}].alt.{lang}", message)
                       for lang, alt in image.alt.items() if alt in texts]
        for lang, model in item.words.items():
            rel = f"{item.rel}/{lang}.md"
            errors += [ContentError(rel, None, field, message) for field, value in model.model_dump().items() if value in texts]
            if words.get(lang, {}).get("new_text", "\0") in item.bodies[lang]:
                errors.append(ContentError(rel, None, None, f"the text is {message}"))
    return errors
