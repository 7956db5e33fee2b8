"""Read content/ into a Catalogue: every error of every item collected, none raised half-way."""
from __future__ import annotations

from datetime import timezone, tzinfo
from pathlib import Path

from campaignsite.errors import ContentError
from campaignsite.content.validation import validate
from campaignsite.content.yamlsource import parse_yaml, read_front_matter, read_text
from campaignsite.collections.dates import parse_when
from campaignsite.collections.records import COLLECTIONS, RESERVED_SLUGS, SLUG, Catalogue, Item
from campaignsite.collections.schemas import SCHEMAS
from campaignsite.collections.vocabulary import load_vocabulary
from campaignsite.i18n.languages import SiteLanguages

FACTS_FILE = "item.yml"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}  # what hooks/campaignsite/images can republish


def load_catalogue(content_dir: Path, root: Path, languages: SiteLanguages, collections: list[str] = COLLECTIONS,
                   zone: tzinfo = timezone.utc) -> tuple[Catalogue, list[ContentError]]:
    """Every item of the campaign's ``collections``; words are required in the required languages."""
    rel = lambda path: path.relative_to(root).as_posix()  # noqa: E731 - local shorthand
    vocab, errors = load_vocabulary(content_dir / "vocabulary.yml", rel(content_dir / "vocabulary.yml"), languages)
    catalogue = Catalogue(vocabulary=vocab, collections=list(collections))
    context = {"vocabulary": vocab, "languages": languages.required, "all_languages": languages.codes, "zone": zone}
    invalid: set[str] = set()  # items with errors of their own: references to them are not errors too
    errors.extend(_disabled_collections(content_dir, rel, collections))
    for collection in collections:
        folder = content_dir / collection
        if not folder.is_dir():
            continue
        for item_dir in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
            item, item_errors = _load_item(collection, item_dir, rel, languages, context)
            errors.extend(item_errors)
            if item is not None:
                catalogue.items[collection].append(item)
            else:
                invalid.add(f"{collection}/{item_dir.name}")
    errors.extend(check_references(catalogue, invalid))
    errors.extend(check_unique_order(catalogue, "exhibits"))
    errors.extend(check_unique_order(catalogue, "agencies"))
    sort_items(catalogue, zone)
    return catalogue, errors


def _disabled_collections(content_dir: Path, rel, collections: list[str]) -> list[ContentError]:
    """Items of a collection the campaign does not list would be silently left out: name them."""
    return [ContentError(rel(content_dir / name), None, None,
                         f"the {name} collection is not listed under `collections:` in campaign.yml: add it there, or move the folder out of content/")
            for name in COLLECTIONS if name not in collections and (content_dir / name).is_dir()]


def _load_item(collection, item_dir: Path, rel, languages, context) -> tuple[Item | None, list[ContentError]]:
    if not item_dir.is_dir():
        return None, [ContentError(rel(item_dir), None, None, f"every {collection} item is a folder: move this file into content/{collection}/<item>/")]
    errors: list[ContentError] = []
    if not SLUG.match(item_dir.name):
        errors.append(ContentError(rel(item_dir), None, None, "folder name is the item's address: use lower-case letters, digits and hyphens only, e.g. \"asean-week-2023\""))
    elif item_dir.name in RESERVED_SLUGS:
        errors.append(ContentError(rel(item_dir), None, None, f"\"{item_dir.name}\" is the address of the {collection} list's own pages: rename the folder, e.g. \"{item_dir.name}-2023\""))
    facts_model, words_model = SCHEMAS[collection]
    facts = doc = None
    facts_path = item_dir / FACTS_FILE
    if not facts_path.exists():
        errors.append(ContentError(rel(facts_path), None, None, f"missing: every item needs {FACTS_FILE} with its facts (see README, 'Content collections')"))
    else:
        text, error = read_text(facts_path, rel(facts_path))
        if error:
            errors.append(error)
        else:
            doc, yaml_errors = parse_yaml(text, rel(facts_path))
            errors.extend(yaml_errors)
            if doc is not None:
                if not isinstance(doc.data, dict):
                    errors.append(ContentError(rel(facts_path), 1, None, "must be 'field: value' lines"))
                else:
                    facts, fact_errors = validate(facts_model, doc, rel(facts_path), context)
                    errors.extend(fact_errors)
    words, bodies = {}, {}
    for lang in languages.codes:
        path = item_dir / f"{lang}.md"
        if not path.exists():
            if languages.is_partial(lang):
                continue  # shown in its fallback language until translated
            errors.append(ContentError(rel(path), None, None, f"missing '{lang}' words: create {rel(path)} with title, summary and the text"))
            continue
        text, error = read_text(path, rel(path))
        if error:
            errors.append(error)
            continue
        words_doc, body, fm_errors = read_front_matter(text, rel(path))
        errors.extend(fm_errors)
        if words_doc is None:
            continue
        model, word_errors = validate(words_model, words_doc, rel(path), context)
        errors.extend(word_errors)
        if model is not None:
            words[lang], bodies[lang] = model, body.strip() + "\n"
    errors.extend(_unexpected_files(item_dir, rel, languages.codes))
    if facts is not None:
        errors.extend(_check_item_files(facts, doc, item_dir, rel(facts_path)))
        errors.extend(_check_collection_rules(collection, facts, words, item_dir, rel))
    if errors or any(lang not in words for lang in languages.required) or facts is None:
        return None, errors
    return Item(collection, item_dir.name, item_dir, rel(item_dir), facts, words, bodies, doc), errors


def _unexpected_files(item_dir: Path, rel, languages) -> list[ContentError]:
    """A misnamed file (en.markdown, Item.yml) would be silently ignored: name it instead."""
    allowed = {FACTS_FILE} | {f"{lang}.md" for lang in languages}
    out = []
    for path in sorted(item_dir.iterdir()):
        if path.name in allowed or path.name.startswith(".") or path.suffix.lower() in IMAGE_SUFFIXES:
            continue
        out.append(ContentError(rel(path), None, None, f"unexpected file: an item holds {', '.join(sorted(allowed))} and its images"))
    return out


def _check_item_files(facts, doc, item_dir: Path, facts_rel: str) -> list[ContentError]:
    out = []
    for index, image in enumerate(getattr(facts, "images", []) or []):
        target = (item_dir / image.file).resolve()
        if not target.is_relative_to(item_dir.resolve()):
            out.append(ContentError(facts_rel, doc.line_of(("images", index, "file")), f"images[{index}].file", "must be inside the item's folder"))
        elif not target.is_file():
            out.append(ContentError(facts_rel, doc.line_of(("images", index, "file")), f"images[{index}].file", f"{image.file} does not exist in {item_dir.name}/: add the file or fix the name"))
    return out


def _check_collection_rules(collection, facts, words, item_dir: Path, rel) -> list[ContentError]:
    out = []
    if collection == "news" and facts.type == "correction":
        for lang, word in words.items():
            for field in ("claim", "facts"):
                if not getattr(word, field):
                    out.append(ContentError(rel(item_dir / f"{lang}.md"), None, field,
                                            "a correction states what was claimed (claim) and the facts (facts): add it"))
    return out


def check_references(catalogue: Catalogue, invalid: set[str] = frozenset()) -> list[ContentError]:
    out = []
    organizations = catalogue.vocabulary.get("organizations", {})  # organizer/agency may name one instead of an item
    for item in catalogue.all_items():
        facts_rel = f"{item.rel}/{FACTS_FILE}"
        for field in ("organizer", "contact", "agency", "event"):
            ref = getattr(item.facts, field, None)
            if ref and ref not in organizations and catalogue.get(ref) is None and ref not in invalid:
                out.append(ContentError(facts_rel, item.line_of(field), field, f"{ref!r} does not exist: check the folder name under content/{ref.split('/')[0]}/"))
        for index, ref in enumerate(item.facts.related):
            if catalogue.get(ref) is None and ref not in invalid:
                out.append(ContentError(facts_rel, item.line_of("related", index), f"related[{index}]", f"{ref!r} does not exist: check the folder name"))
    return out


def check_unique_order(catalogue: Catalogue, collection: str) -> list[ContentError]:
    seen: dict[int, Item] = {}
    out = []
    for item in catalogue.items[collection]:
        other = seen.setdefault(item.facts.order, item)
        if other is not item:
            out.append(ContentError(f"{item.rel}/{FACTS_FILE}", item.line_of("order"), "order",
                                    f"{item.facts.order} is already used by {other.rel}: give each item its own number"))
    return out


def sort_items(catalogue: Catalogue, zone: tzinfo = timezone.utc) -> None:
    items = catalogue.items
    items["agencies"].sort(key=lambda i: i.facts.order)
    items["exhibits"].sort(key=lambda i: i.facts.order)
    items["events"].sort(key=lambda i: (parse_when(i.facts.start, zone).value, i.slug))
    items["news"].sort(key=lambda i: (parse_when(i.facts.date, zone).value, i.slug), reverse=True)
    items["projects"].sort(key=lambda i: (i.facts.sector, i.slug))
