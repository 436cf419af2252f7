"""Where a cold `ccpcj-kg build` spends its time, against pyoxigraph's own bulk load of the same files.

Prints figures (not a unit test). For each size (the checkout, and the conforming clones of
bench/synthetic.py), in fresh stores, medians of ``--runs``, interleaved:
  - the build's phases, as ``ccpcj_kg.store.build`` runs them: load (``store.load_files``: every
    file parsed and streamed into one ``bulk_extend``), materialise (``owlrl`` rules), the dataset
    description's computed figures (``dataset.describe``), compact (``Store.optimize``);
  - the anchor: ``Store.bulk_load(path=…)`` of the same files into their graphs, then the same
    materialisation (ours and the anchor take turns going first).

Then the same comparison as whole commands in fresh processes, interleaved, with peak memory: a cold
``ccpcj-kg build`` (default reasoning, a new store folder each run) against a process that does the
anchor's bulk loads and materialisation (``ANCHOR`` below).

Usage: .venv/bin/python bench/build_bench.py [--runs 3] [--sizes real,100000,1000000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import timed_run  # noqa: E402
from synthetic import CLONES, bench_graphs  # noqa: E402

from ccpcj_kg import inputs  # noqa: E402
from ccpcj_kg.dataset import describe, has_description  # noqa: E402
from ccpcj_kg.paths import find_home  # noqa: E402
from ccpcj_kg.reasoning import materialise  # noqa: E402
from ccpcj_kg.store import load_files  # noqa: E402

CACHE = CLONES
CLI = str(Path(sys.executable).parent / "ccpcj-kg")
ANCHOR = """import sys, pyoxigraph as ox
from ccpcj_kg import inputs
from ccpcj_kg.paths import find_home
from ccpcj_kg.reasoning import materialise
db = ox.Store(sys.argv[1])
for f in inputs.input_files(find_home()):
    db.bulk_load(path=str(f.path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f.graph))
materialise(db, "owlrl")
"""


def _phases(files: list[inputs.InputFile], folder: Path, anchor_first: bool) -> dict[str, float]:
    out: dict[str, float] = {}

    def step(name: str, fn: Callable[[], object]) -> object:
        start = time.perf_counter()
        value = fn()
        out[name] = time.perf_counter() - start
        return value

    def ours() -> None:
        db = ox.Store(str(folder / "ours"))
        step("load", lambda: load_files(db, files))
        step("materialise", lambda: materialise(db, "owlrl"))
        step("describe", lambda: db.bulk_extend(list(describe(db))) if has_description(db) else None)
        step("optimize", db.optimize)

    def anchor() -> None:
        db = ox.Store(str(folder / "anchor"))

        def bulk_load() -> None:
            for f in files:
                db.bulk_load(path=str(f.path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f.graph))

        step("anchor load", bulk_load)
        step("anchor materialise", lambda: materialise(db, "owlrl"))

    for part in ((anchor, ours) if anchor_first else (ours, anchor)):  # alternate who meets a cold cache
        part()
    return out


def measure(label: str, home: Path | None, runs: int) -> None:
    os.environ.pop("CCPCJ_KG_HOME", None)
    if home:
        os.environ["CCPCJ_KG_HOME"] = str(home)
    files = inputs.input_files(find_home())
    results: list[dict[str, float]] = []
    for n in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="ccpcj-kg-build-bench-"))
        try:
            results.append(_phases(files, folder, anchor_first=bool(n % 2)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    ours = med["load"] + med["materialise"] + med["describe"] + med["optimize"]
    anchor = med["anchor load"] + med["anchor materialise"]
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in med.items())
    print(f"{label:>6}  in process: build {ours:6.2f} s  anchor {anchor:6.2f} s  ratio {ours / anchor:4.2f}  ({parts})",
          flush=True)
    env = {k: v for k, v in os.environ.items() if k != "CCPCJ_KG_STORE"}
    ours_runs, anchor_runs = [], []
    for _ in range(runs):  # interleaved: build, anchor, build, anchor, …
        folder = Path(tempfile.mkdtemp(prefix="ccpcj-kg-build-bench-"))
        try:
            ours_runs.append(timed_run([CLI, "build"], {**env, "CCPCJ_KG_STORE": str(folder / "store")}))
            anchor_runs.append(timed_run([sys.executable, "-c", ANCHOR, str(folder / "anchor")], env))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    o_t, a_t = statistics.median(t for t, _ in ours_runs), statistics.median(t for t, _ in anchor_runs)
    o_m, a_m = max(m for _, m in ours_runs), max(m for _, m in anchor_runs)
    print(f"{label:>6}  commands: `ccpcj-kg build` {o_t:6.2f} s {o_m:6.0f} MB  anchor {a_t:6.2f} s {a_m:6.0f} MB  "
          f"ratio {o_t / a_t:4.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="real,100000,1000000")
    args = parser.parse_args()
    print(f"cold build vs bulk_load + materialise; medians of {args.runs}, peak RSS the highest run; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    for graph in bench_graphs(args.sizes):
        measure(graph.label, graph.home, args.runs)


if __name__ == "__main__":
    main()
