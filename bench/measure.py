"""Timing helpers shared by the benchmarks: medians in process and of whole CLI runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
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


# Runs the command from a small process: a child forked from a big one (a bench that has just built
# a store in process) reports the parent's peak as its own ru_maxrss, since exec keeps the high-water
# mark of the memory it replaces. The trampoline times the command itself and writes "seconds MB".
_TRAMPOLINE = """import os, sys, time
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as fh:
    fh.write(f"{seconds} {usage.ru_maxrss / 1024} {os.waitstatus_to_exitcode(status)}")
"""


def timed_run(args: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one whole command in a fresh process."""
    with tempfile.NamedTemporaryFile("r", prefix="ccpcj-kg-timed-", suffix=".txt") as report:
        done = subprocess.run([sys.executable, "-c", _TRAMPOLINE, report.name, *args], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        fields = report.read().split()
    err = done.stderr.decode(errors="replace")
    if done.returncode or len(fields) != 3:
        raise SystemExit(f"timing {' '.join(args[:4])} failed:\n{err[-2000:]}")
    seconds, mb, code = float(fields[0]), float(fields[1]), int(fields[2])
    if code not in ok:
        raise SystemExit(f"{' '.join(args[:4])} failed (exit {code}):\n{err[-2000:]}")
    return seconds, mb
