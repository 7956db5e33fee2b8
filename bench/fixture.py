"""Synthetic content for benchmarks: N items per collection, written into a project copy.

Never committed (bench/ output goes to a temporary directory). Every item is valid and marked
`sample: true`: these are load-test pages, not content.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

SOURCE = {"title": "Synthetic benchmark item", "publisher": "bench/fixture.py"}
SECTORS = ["tourism", "energy", "industry", "agriculture", "infrastructure", "urban"]
DISTRICTS = ["phan-thiet", "la-gi", "tuy-phong", "bac-binh", "ham-thuan-bac", "ham-thuan-nam", "ham-tan", "duc-linh", "tanh-linh", "phu-quy"]
CATEGORIES = ["tourism-year", "trade-fair", "investment-promotion", "asean", "press-conference", "culture"]
BODY = {
    "vi": "Mũi Né, Phan Thiết và Bàu Trắng là những điểm đến nổi bật của Bình Thuận. " * 6,
    "en": "Mũi Né, Phan Thiết and Bàu Trắng are among Bình Thuận's best-known destinations. " * 6,
}


def _words(title: str, lang: str, extra: dict | None = None) -> str:
    meta = {"title": f"{title} ({lang})", "summary": f"Synthetic {title} used to measure the build.", **(extra or {})}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + BODY[lang] + "\n\n" + BODY[lang] + "\n"


def _item(folder: Path, facts: dict, words_extra: dict | None = None, title: str = "") -> None:
    folder.mkdir(parents=True)
    (folder / "item.yml").write_text(yaml.safe_dump({**facts, "sample": True, "sources": [SOURCE]}, allow_unicode=True), encoding="utf-8")
    for lang in ("vi", "en"):
        (folder / f"{lang}.md").write_text(_words(title or folder.name, lang, words_extra), encoding="utf-8")


def make_image(path: Path) -> Path:
    """The one placeholder scan every synthetic exhibit shows."""
    from PIL import Image

    Image.new("RGB", (1200, 800), "#f6ead2").save(path)
    return path


def write_fixture(content: Path, per_collection: int, image: Path) -> None:
    """Replace ``content``'s items with ``per_collection`` synthetic items in each collection."""
    for name in ("agencies", "events", "projects", "exhibits", "news"):
        shutil.rmtree(content / name, ignore_errors=True)
    for i in range(per_collection):
        n = i + 1
        _item(content / "agencies" / f"agency-{n}", {"order": n, "kind": "department"})
        agency = f"agencies/agency-{n}"
        month, day = 1 + i % 12, 1 + i % 28
        _item(content / "events" / f"event-{n}", {
            "category": CATEGORIES[i % len(CATEGORIES)], "start": f"2023-{month:02d}-{day:02d}",
            "district": DISTRICTS[i % len(DISTRICTS)], "organizer": agency})
        _item(content / "projects" / f"project-{n}", {
            "sector": SECTORS[i % len(SECTORS)], "district": DISTRICTS[i % len(DISTRICTS)],
            "capital_billion_vnd": float(100 + 37 * i), "contact": agency})
        folder = content / "exhibits" / f"exhibit-{n}"
        _item(folder, {"order": n, "kind": "map", "date": "1838",
                       "images": [{"file": "scan.png", "placeholder": True, "alt": {"vi": "Ảnh giữ chỗ", "en": "Placeholder"}}]},
              {"significance": "Synthetic significance.", "place_of_origin": "Synthetic", "held_by": "Synthetic archive"})
        shutil.copyfile(image, folder / "scan.png")
        _item(content / "news" / f"news-{n}", {"type": "press-release", "date": f"2023-{month:02d}-{day:02d}", "agency": agency})


def write_baseline_docs(generated_docs: Path, docs: Path) -> int:
    """The same item pages as plain hand-written Markdown (title + body, no template, no hook)."""
    count = 0
    for path in generated_docs.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        plain = {"title": meta["title"], "description": meta["description"], "sources": [{"title": "Plan"}]}
        target = docs / path.relative_to(generated_docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("---\n" + yaml.safe_dump(plain, allow_unicode=True) + "---\n\n# " + meta["title"] + "\n\n" + body, encoding="utf-8")
        count += 1
    return count
