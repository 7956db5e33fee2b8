"""What the benches share: one timed `mkdocs build --strict` of a project copy."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def timed_build(project: Path, site: Path) -> tuple[float, str]:
    """Seconds and output of a strict build of ``project`` into a fresh ``site``; exits on failure."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    shutil.rmtree(site, ignore_errors=True)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return elapsed, result.stdout + result.stderr
