"""Run many independent image jobs on every core, reporting progress on long runs.

Workers are spawned (not forked: `mkdocs serve` runs threads, and forking a threaded process
is unsafe). A spawned worker starts with the parent's sys.path, so the hooks folder is put on it
(last, so that hooks/search.py cannot shadow anything) while the workers start, as MkDocs does
while it loads a hook.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from campaignsite.cores import usable_cores

HOOKS_DIR = str(Path(__file__).resolve().parents[2])
PROGRESS_EVERY_SECONDS = 5.0


@contextlib.contextmanager
def _hooks_importable():
    added = HOOKS_DIR not in sys.path
    if added:
        sys.path.append(HOOKS_DIR)
    try:
        yield
    finally:
        if added:
            sys.path.remove(HOOKS_DIR)


def run_jobs(function: Callable, jobs: list[tuple], label: str, report: Callable[[str], None],
             workers: int | None = None) -> Iterable[tuple[tuple, object]]:
    """Yield ``(job, function(*job))`` as each finishes; ``report`` gets "label 12/480" lines
    every few seconds and at the end of a run that lasted that long."""
    workers = min(workers or usable_cores(), len(jobs))
    if workers <= 1:
        results = ((job, function(*job)) for job in jobs)
        yield from _with_progress(results, len(jobs), label, report)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        with _hooks_importable():  # the workers start on the first submit
            futures = {pool.submit(function, *job): job for job in jobs}
        results = ((futures[future], future.result()) for future in as_completed(futures))
        yield from _with_progress(results, len(jobs), label, report)


def _with_progress(results, total: int, label: str, report) -> Iterable:
    started = last = time.monotonic()
    done = 0
    for result in results:
        done += 1
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_SECONDS or (done == total and now - started >= PROGRESS_EVERY_SECONDS):
            report(f"{label} {done}/{total}")
            last = now
        yield result
