"""How many processes to run at once: the cores this process may run on (a CPU affinity, such
as `taskset` sets or a container's, counts; os.cpu_count() alone would not see it)."""
from __future__ import annotations

import os


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
