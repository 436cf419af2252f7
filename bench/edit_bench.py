"""A one-file edit against a full rebuild of the same inputs: whole `ccpcj-kg build` commands.

Prints figures (not a unit test). For each size (the checkout, and the conforming clones of
bench/synthetic.py at 100k and 1M triples), on a private copy of the home and its store, each run
makes one edit of a session-sized file, then times, paired, in fresh processes:
  - `ccpcj-kg build`: the edit applied to the previous version (docs/design.md, incremental builds);
  - `ccpcj-kg build --force` on a second store of the same inputs: the full rebuild (the anchor).
The edits cycle through: drop a tenth of the statements of data/session-31/statements.ttl (267 of
its 2,989 triples), restore them, add a new session file (tests/shapes/next-session, 221
triples), remove it. Medians per edit kind over ``--runs`` cycles; peak memory of each command.
``--check`` also compares the two stores' canonical N-Quads exports after every edit (slow at 1M).

Usage: .venv/bin/python bench/edit_bench.py [--runs 3] [--sizes real,100000,1000000] [--check]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import timed_run  # noqa: E402
from synthetic import bench_graphs  # noqa: E402

CLI = str(Path(sys.executable).parent / "ccpcj-kg")
STATEMENTS = Path("data/session-31/statements.ttl")
NEW_SESSION = ROOT / "tests" / "shapes" / "next-session" / "session-34.ttl"
SPEAKER = "https://w3id.org/ccpcj-kg/ontology#speaker"


def _edits(home: Path) -> list[tuple[str, Callable[[], None]]]:
    """The edit cycle, each a (kind, apply) pair; the cycle ends on the inputs it started from."""
    path = home / STATEMENTS
    original = path.read_bytes()
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(original, format=ox.RdfFormat.TURTLE)]
    statements = sorted({str(t.subject) for t in triples if t.predicate.value == SPEAKER})
    dropped = set(random.Random(16).sample(statements, len(statements) // 10))
    edited = ox.serialize([t for t in triples if str(t.subject) not in dropped], format=ox.RdfFormat.N_TRIPLES) or b""
    extra = home / "data" / "session-34.ttl"
    return [
        ("edit: drop statements", lambda: path.write_bytes(edited)),
        ("edit: restore them", lambda: path.write_bytes(original)),
        ("add a session file", lambda: shutil.copyfile(NEW_SESSION, extra)),
        ("remove it", lambda: extra.unlink()),
    ]


def _export(store: Path, home: Path, out: Path) -> None:
    env = {**os.environ, "CCPCJ_KG_STORE": str(store), "CCPCJ_KG_HOME": str(home)}
    with out.open("w") as fh:
        subprocess.run([CLI, "export", "--format", "nquads", "--graphs", "all"], env=env, stdout=fh, check=True)


def measure(label: str, source_home: Path, source_store: Path, runs: int, check: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="ccpcj-kg-edit-bench-") as name:
        scratch = Path(name)
        home, store, full = scratch / "home", scratch / "store", scratch / "full"
        for part in ("ontology", "data", "queries"):  # a home, not the whole checkout
            shutil.copytree(source_home / part, home / part, symlinks=True)
        shutil.copytree(source_store, store, symlinks=True)  # the built store: no first build to wait for
        env = {**os.environ, "CCPCJ_KG_STORE": str(store), "CCPCJ_KG_HOME": str(home)}
        full_env = {**env, "CCPCJ_KG_STORE": str(full)}
        subprocess.run([CLI, "build"], env=env, check=True, capture_output=True)  # stat cache for the copy
        results: dict[str, list[tuple[float, float, float, float]]] = {}
        for _ in range(runs):
            for kind, edit in _edits(home):
                edit()
                inc = timed_run([CLI, "build"], env)
                rebuild = timed_run([CLI, "build", "--force"], full_env)
                results.setdefault(kind, []).append((*inc, *rebuild))
                if check:
                    _export(store, home, scratch / "a.nq")
                    _export(full, home, scratch / "b.nq")
                    same = filecmp.cmp(scratch / "a.nq", scratch / "b.nq", shallow=False)
                    print(f"        {kind}: exports {'identical' if same else 'DIFFER'}", flush=True)
                    if not same:
                        raise SystemExit("the incremental store differs from the full rebuild")
        for kind, rows in results.items():
            inc_s, inc_mb, full_s, full_mb = (statistics.median(r[i] for r in rows) for i in range(4))
            print(f"{label:>6}  {kind:<22} edit {inc_s:6.2f} s {inc_mb:6.0f} MB   full rebuild {full_s:6.2f} s "
                  f"{full_mb:6.0f} MB   ratio {full_s / inc_s:5.1f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="real,100000,1000000")
    parser.add_argument("--check", action="store_true", help="compare the exports after every edit")
    args = parser.parse_args()
    print(f"one-file edit (incremental build) vs full rebuild, whole commands, medians of {args.runs}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    for graph in bench_graphs(args.sizes):
        measure(graph.label, graph.home or ROOT, graph.store, args.runs, args.check)


if __name__ == "__main__":
    main()
