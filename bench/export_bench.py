"""`ccpcj-kg export --format nquads` against pyoxigraph's own serialisation, at the real size, 100k, 1M.

Prints figures (not a unit test). For each size — the graph built from the checkout, and the
conforming clones of bench/synthetic.py built as users build — it times, interleaved run by run,
medians of ``--runs``, wall time and peak memory of whole commands (fresh processes):
  - ours: `ccpcj-kg export --format nquads --graphs all -o FILE` (deterministic: blank nodes with
    RDFC-1.0 labels, lines sorted);
  - the anchor: pyoxigraph's `Store.dump(FILE, format=N_QUADS)` of the same store (every graph),
    which is neither sorted nor canonical.

Usage: .venv/bin/python bench/export_bench.py [--runs 3] [--sizes real,100000,1000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import timed_run  # noqa: E402
from synthetic import CLONES, bench_graphs  # noqa: E402

from ccpcj_kg.store import db_path  # noqa: E402

CACHE = CLONES
CLI = str(Path(sys.executable).parent / "ccpcj-kg")
DUMP = "import sys, pyoxigraph as ox; ox.Store.read_only(sys.argv[1]).dump(sys.argv[2], format=ox.RdfFormat.N_QUADS)"


def measure(label: str, store: Path, home: Path | None, runs: int) -> None:
    env = {**os.environ, "CCPCJ_KG_STORE": str(store)}
    if home:
        env["CCPCJ_KG_HOME"] = str(home)
    out = CACHE / "export.nq"
    ours_cmd = [CLI, "export", "--format", "nquads", "--graphs", "all", "-o", str(out)]
    anchor_cmd = [sys.executable, "-c", DUMP, str(db_path(store)), str(CACHE / "dump.nq")]
    timed_run(ours_cmd, env)  # warm
    ours, anchor = [], []
    for _ in range(runs):
        ours.append(timed_run(ours_cmd, env))
        anchor.append(timed_run(anchor_cmd, env))
    lines = sum(1 for _ in out.open("rb"))
    o_t, a_t = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in anchor)
    o_m, a_m = max(m for _, m in ours), max(m for _, m in anchor)
    print(f"{label:>6} {lines:>9} quads  export {o_t:6.2f} s {o_m:6.0f} MB  dump {a_t:6.2f} s {a_m:6.0f} MB  "
          f"ratio {o_t / a_t:4.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="real,100000,1000000")
    args = parser.parse_args()
    print(f"export --format nquads --graphs all vs Store.dump; medians of {args.runs}, interleaved; "
          f"peak RSS the highest run; {os.cpu_count()} CPUs")
    for graph in bench_graphs(args.sizes):
        measure(graph.label, graph.store, graph.home, args.runs)


if __name__ == "__main__":
    main()
