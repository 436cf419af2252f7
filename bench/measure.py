"""Timing helpers shared by the benchmarks: medians in process and of whole CLI runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn()`` over ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli_median(args: list[str], store: Path, home: Path | None, runs: int) -> float:
    """Median wall time of a whole command (interpreter start included), after one warm run
    that must succeed (store fresh, pages cached)."""
    env = {**os.environ, "CCPCJ_KG_STORE": str(store)}
    if home:
        env["CCPCJ_KG_HOME"] = str(home)
    first = subprocess.run(args, env=env, capture_output=True, text=True)
    if first.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed (exit {first.returncode}):\n{first.stdout}{first.stderr}")
    return median_seconds(lambda: subprocess.run(args, env=env, capture_output=True, check=True), runs)


def timed_run(args: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one whole command in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        raise SystemExit(f"{' '.join(args[:4])} failed (exit {code}):\n{err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024
