"""What the benches share: timed runs of a command, and medians with their spread."""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1700000000"  # every build of a bench at the same moment: the same pages each time


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the command and every process it waited for


def build_env() -> dict[str, str]:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", EPOCH))


def timed(command: list[str], cwd: Path, env: dict | None = None, cores: str | None = None) -> Run:
    """One run of ``command`` (``cores``: "0" to run it on the first core only); exits on failure."""
    if cores is not None:
        command = ["taskset", "--cpu-list", cores, *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env or build_env(), capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed in {cwd}: {' '.join(command)}\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return Run(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def site_build(project: Path, site: Path, cores: str | None = None) -> Run:
    """scripts/build.py of ``project`` into a fresh ``site`` (what `make build` and CI run)."""
    shutil.rmtree(site, ignore_errors=True)
    return timed([sys.executable, str(project / "scripts" / "build.py"), "--site-dir", str(site)], project, cores=cores)


def mkdocs_build(project: Path, site: Path, cores: str | None = None) -> Run:
    """Plain `mkdocs build --strict` of ``project`` into a fresh ``site``."""
    shutil.rmtree(site, ignore_errors=True)
    return timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], project, cores=cores)


def timed_build(project: Path, site: Path) -> tuple[float, str]:
    """Seconds and output of a strict MkDocs build of ``project`` (bench/images.py)."""
    env = build_env()
    shutil.rmtree(site, ignore_errors=True)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return elapsed, result.stdout + result.stderr


@dataclass(frozen=True)
class Figure:
    """Several measurements of one figure: its median and spread."""
    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def text(self, unit: str = "s", digits: int = 1) -> str:
        if len(self.values) == 1:
            return f"{self.values[0]:.{digits}f} {unit}"
        return f"{self.median:.{digits}f} {unit} ({min(self.values):.{digits}f}–{max(self.values):.{digits}f})"

    def data(self) -> dict:
        return {"median": round(self.median, 4), "min": round(min(self.values), 4), "max": round(max(self.values), 4),
                "runs": len(self.values)}


def ratios(numerators: list[float], denominators: list[float]) -> Figure:
    """Ratios taken run by run (paired runs: a drift of the machine's speed moves both)."""
    return Figure(tuple(a / b for a, b in zip(numerators, denominators)))
