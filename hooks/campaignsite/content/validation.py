"""Turn pydantic validation errors into editor-facing ContentErrors (file, line, field, what to do)."""
from __future__ import annotations

import difflib
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from campaignsite.errors import ContentError
from campaignsite.content.yamlsource import YamlDoc

Model = TypeVar("Model", bound=BaseModel)
_NAMED_FIELD = re.compile(r"^([a-z_]+): ")


def field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _advice(error: dict, model: type[BaseModel], loc: tuple) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing: add it"
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc[:-1])
        return f"unknown field (a typo?): allowed fields are {', '.join(allowed)}" if allowed else "unknown field: remove it"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    return message


def _allowed_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    current: type | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    return sorted(getattr(current, "model_fields", {})) if current else []


def _model_in(annotation) -> type | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found:
            return found
    return None


def _typos(errors: list[dict]) -> dict[tuple, tuple]:
    """{loc of an unknown key: loc of the missing required key it is a misspelling of}."""
    missing = [tuple(e["loc"]) for e in errors if e["type"] == "missing"]
    out = {}
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] != "extra_forbidden" or not isinstance(loc[-1], str):
            continue
        siblings = {m[-1]: m for m in missing if m[:-1] == loc[:-1] and isinstance(m[-1], str) and m not in out.values()}
        close = difflib.get_close_matches(loc[-1], list(siblings), n=1, cutoff=0.75)
        if close:
            out[loc] = siblings[close[0]]
    return out


def validate(model: type[Model], doc: YamlDoc, path: str, context: dict | None = None) -> tuple[Model | None, list[ContentError]]:
    try:
        return model.model_validate(doc.data, context=context), []
    except ValidationError as exc:
        errors = []
        raw = exc.errors()
        typos = _typos(raw)
        for error in raw:
            loc = tuple(error["loc"])
            if error["type"] == "missing" and loc in typos.values():
                continue  # said once, at the misspelt key: "time_zon: … did you mean time_zone?"
            advice = _advice(error, model, loc)
            if loc in typos:
                advice = f"unknown field: did you mean `{typos[loc][-1]}`? Fix the name"
            named = _NAMED_FIELD.match(advice)
            if named:  # a check across fields names the field it blames: "end: is before start"
                loc = loc + (named.group(1),)
                advice = advice[named.end():]
            errors.append(ContentError(path, doc.line_of(loc), field_path(loc) or None, advice))
        return None, errors
