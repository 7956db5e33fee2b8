#!/usr/bin/env python3
"""CPU time a social card costs, and the encodings the card format was chosen from.

Draws CARDS cards of distinct titles (Vietnamese, English, Russian, as a site has them: a few
sections, one site name a language) in one process, timing the CPU (not the wall clock: other
work on the machine does not count) of each batch of 50; prints the median of the batches and
their spread. `--encodings` also times the other ways to write the same card (goal: ≤ 10 ms).

    .venv/bin/python bench/cards.py --encodings
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from PIL import Image  # noqa: E402

from campaignsite.images import cards  # noqa: E402

GOAL_MS = 10.0
BATCH = 50
STYLE = cards.CardStyle(primary="#0a5c6b", primary_dark="#073f4a", accent="#b4561f", secondary="#1f7a45", surface="#f6ead2")
TITLES = {
    "vi": ("Bình Thuận – Thông tin đối ngoại 2023", ("Sự kiện", "Hiện vật", "Dự án"), "Lễ hội Nghinh Ông và Tuần lễ Văn hóa – Du lịch số {i} tại Phan Thiết, Mũi Né"),
    "en": ("Binh Thuan – Foreign Information 2023", ("Events", "Exhibits", "Projects"), "Investment promotion conference number {i} for the National Tourism Year 2023"),
    "ru": ("Биньтхуан – внешняя информация 2023", ("События", "Экспонаты", "Проекты"), "Национальный год туризма 2023: фестиваль и выставка номер {i} в Фантхьете"),
}


def texts(count: int) -> list[cards.CardText]:
    out = []
    for i in range(count):
        site, sections, title = TITLES[("vi", "en", "ru")[i % 3]]
        out.append(cards.CardText(title.format(i=i), sections[i % len(sections)], site, STYLE))
    return out


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def encodings() -> dict:
    """Ways to write a card: (what it costs, what it weighs); "chosen" is what the build writes."""
    def rgb(text):
        return cards.draw_card(text)
    return {
        "chosen: indexed PNG, base's palette, zlib level %d" % cards.PNG_COMPRESS_LEVEL: cards.card_png,
        "indexed PNG, zlib level 1": lambda t: _indexed(t, 1),
        "indexed PNG, zlib level 6": lambda t: _indexed(t, 6),
        "full-colour PNG, zlib level 1": lambda t: _encoded(rgb(t), "PNG", compress_level=1),
        "JPEG quality 85": lambda t: _encoded(rgb(t), "JPEG", quality=85),
        "WebP quality 80, method 0": lambda t: _encoded(rgb(t), "WEBP", quality=80, method=0),
        "before: whole card drawn, median-cut quantized, optimized PNG": _before,
    }


def _indexed(text: cards.CardText, level: int) -> bytes:
    saved = cards.PNG_COMPRESS_LEVEL
    cards.PNG_COMPRESS_LEVEL = level
    try:
        return cards.card_png(text)
    finally:
        cards.PNG_COMPRESS_LEVEL = saved


def _before(text: cards.CardText) -> bytes:
    """How cards were written before (CARD_VERSION 3): the same drawing, quantized whole."""
    return _encoded(cards.draw_card(text).quantize(colors=256, method=Image.Quantize.MEDIANCUT), "PNG", optimize=True)


def measure(write, count: int) -> dict:
    batch_texts = texts(count)
    write(batch_texts[0])  # the shared parts (bases, letters) as a build's worker has them after its first card
    per_card, sizes = [], []
    for start in range(0, count, BATCH):
        batch = batch_texts[start:start + BATCH]
        began = time.process_time()
        data = [write(text) for text in batch]
        per_card.append(1000 * (time.process_time() - began) / len(batch))
        sizes += map(len, data)
    return {"cpu_ms_per_card": round(statistics.median(per_card), 2), "min_ms": round(min(per_card), 2),
            "max_ms": round(max(per_card), 2), "kB_per_card": round(statistics.mean(sizes) / 1000, 1)}


def run(count: int = 300, compare: bool = False, log=print) -> dict:
    ways = encodings() if compare else {"chosen": cards.card_png}
    out = {}
    for name, write in ways.items():
        out[name] = figures = measure(write, count if name.startswith("chosen") else max(BATCH * 2, count // 3))
        log(f"{name:<62} {figures['cpu_ms_per_card']:6.2f} ms CPU ({figures['min_ms']:.2f}–{figures['max_ms']:.2f}), "
            f"{figures['kB_per_card']:5.1f} kB")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=300)
    parser.add_argument("--encodings", action="store_true", help="time the other encodings too")
    args = parser.parse_args()
    results = run(args.cards, args.encodings)
    chosen = next(v for k, v in results.items() if k.startswith("chosen"))
    print(f"social card: {chosen['cpu_ms_per_card']:.2f} ms CPU, goal ≤ {GOAL_MS:.0f} ms: "
          f"{'ok' if chosen['cpu_ms_per_card'] <= GOAL_MS else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
