"""Where a cold `ccpcj-kg build` spends its time, against pyoxigraph's own bulk load of the same files.

Prints figures (not a unit test). For each size (the checkout, and the conforming clones of
bench/synthetic.py), in fresh stores, medians of ``--runs``, interleaved:
  - the build's phases, as ``ccpcj_kg.store.build`` runs them: parse every input file
    (``rdfio.parse_file``), insert (``bulk_extend`` per graph), materialise (``owlrl`` rules),
    compact (``Store.optimize``);
  - the anchor: ``Store.bulk_load(path=…)`` of the same files into their graphs, then the same
    materialisation.

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

from synthetic import cloned_home  # noqa: E402

from ccpcj_kg import inputs  # noqa: E402
from ccpcj_kg.paths import find_home  # noqa: E402
from ccpcj_kg.rdfio import parse_file  # noqa: E402
from ccpcj_kg.reasoning import materialise  # noqa: E402
from ccpcj_kg.store import build  # noqa: E402

CACHE = Path("/tmp/ccpcj-kg-validate-all-bench")  # the same clones as validate_all_bench


def _phases(files: list[inputs.InputFile], folder: Path) -> dict[str, float]:
    out: dict[str, float] = {}

    def step(name: str, fn: Callable[[], object]) -> object:
        start = time.perf_counter()
        value = fn()
        out[name] = time.perf_counter() - start
        return value

    parsed = step("parse", lambda: [(f, parse_file(f.path)) for f in files])
    db = ox.Store(str(folder / "ours"))

    def insert() -> None:  # as the build does: one bulk load for every file
        db.bulk_extend(
            ox.Quad(q.subject, q.predicate, q.object, graph)
            for f, quads in parsed  # type: ignore[attr-defined]
            for graph in (ox.NamedNode(f.graph),)
            for q in quads
        )

    step("insert", insert)
    step("materialise", lambda: materialise(db, "owlrl"))
    step("optimize", db.optimize)
    anchor = ox.Store(str(folder / "anchor"))

    def bulk_load() -> None:
        for f in files:
            anchor.bulk_load(path=str(f.path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f.graph))

    step("anchor load", bulk_load)
    step("anchor materialise", lambda: materialise(anchor, "owlrl"))
    return out


def measure(label: str, home: Path | None, runs: int) -> None:
    os.environ.pop("CCPCJ_KG_HOME", None)
    if home:
        os.environ["CCPCJ_KG_HOME"] = str(home)
    files = inputs.input_files(find_home())
    results: list[dict[str, float]] = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="ccpcj-kg-build-bench-"))
        try:
            results.append(_phases(files, folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    ours = med["parse"] + med["insert"] + med["materialise"] + med["optimize"]
    anchor = med["anchor load"] + med["anchor materialise"]
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in med.items())
    print(f"{label:>6}  build {ours:6.2f} s  anchor {anchor:6.2f} s  ratio {ours / anchor:4.2f}  ({parts})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="real,100000,1000000")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    real = CACHE / "real-store"
    build(real)
    print(f"cold build phases vs bulk_load + materialise; medians of {args.runs}; {os.cpu_count()} CPUs")
    for size in args.sizes.split(","):
        if size == "real":
            measure("real", None, args.runs)
        else:
            home, _store = cloned_home(real, int(size), CACHE)
            measure(f"{int(size) // 1000}k", home, args.runs)


if __name__ == "__main__":
    main()
