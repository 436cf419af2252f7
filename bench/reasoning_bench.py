"""Reasoning time and peak memory: our materialiser against owlrl, in the same run.

Prints a table (medians over --runs) for the real graph and synthetic graphs of 100k and 1M
triples, with the ratio to owlrl; owlrl runs under a time limit and is reported as "> limit"
when it does not finish. Each measurement runs in a fresh process so that peak memory (max RSS)
belongs to that measurement alone. Also measures a whole `ccpcj-kg build` at each size, to show
whether reasoning dominates a rebuild.
Run: .venv/bin/python bench/reasoning_bench.py [--sizes 100000,1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def worker(kind: str, home: str) -> None:
    """Run one measurement in this process and print {"seconds", "maxrss_mb", "triples"}."""
    os.environ["CCPCJ_KG_HOME"] = home
    from ccpcj_kg import paths

    data = sorted(paths.find_home().data_dir.rglob("*.ttl"))
    start = time.perf_counter()
    if kind == "engine":
        import pyoxigraph as ox

        from ccpcj_kg.model.namespaces import GRAPH_ONTOLOGY
        from ccpcj_kg.reasoning import materialise

        store = ox.Store()
        store.bulk_load(path=str(paths.find_home().ontology_file), format=ox.RdfFormat.TURTLE,
                        to_graph=ox.NamedNode(GRAPH_ONTOLOGY))
        for i, f in enumerate(data):
            store.bulk_load(path=str(f), format=ox.RdfFormat.TURTLE,
                            to_graph=ox.NamedNode(f"https://w3id.org/ccpcj-kg/graph/data/f{i}"))
        start = time.perf_counter()
        n = materialise(store, "owlrl")
    elif kind == "owlrl":
        from ccpcj_kg.reasoning_reference import owlrl_entailments

        n = len(owlrl_entailments(paths.find_home().ontology_file, data, "owlrl"))
    elif kind == "build":
        from ccpcj_kg.store import build

        store_dir = Path(tempfile.mkdtemp()) / "store"
        n = build(store_dir, reason="owlrl").inferred
        shutil.rmtree(store_dir.parent, ignore_errors=True)
    else:
        raise SystemExit(f"unknown worker {kind}")
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "maxrss_mb": rss, "triples": n}))


def measure(kind: str, home: Path, timeout: float) -> dict[str, float] | None:
    try:
        done = subprocess.run([sys.executable, __file__, "--worker", kind, "--home", str(home)],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker")
    parser.add_argument("--home")
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--owlrl-timeout", type=float, default=120.0)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.home)
        return

    from synthetic import write_home

    homes: list[tuple[str, Path]] = [("real graph", ROOT)]
    tmp = Path(tempfile.mkdtemp(prefix="ccpcj-bench-"))
    for size in (int(s) for s in args.sizes.split(",") if s):
        home = tmp / f"syn-{size}"
        write_home(home, size, ROOT / "ontology" / "ccpcj.ttl")
        homes.append((f"synthetic {size:,}", home))

    print(f"{'graph':<20} {'engine s':>9} {'engine MB':>10} {'owlrl s':>9} {'owlrl MB':>9} {'ratio':>7} "
          f"{'build s':>8} {'build MB':>9} {'inferred':>9}")
    for name, home in homes:
        engine = [measure("engine", home, 3600) for _ in range(args.runs)]
        secs = statistics.median(m["seconds"] for m in engine if m)
        mem = max(m["maxrss_mb"] for m in engine if m)
        owl = measure("owlrl", home, args.owlrl_timeout)
        owl_s = f"{owl['seconds']:.2f}" if owl else f">{args.owlrl_timeout:.0f}"
        owl_mb = f"{owl['maxrss_mb']:.0f}" if owl else "-"
        ratio = f"{owl['seconds'] / secs:.0f}x" if owl else f">{args.owlrl_timeout / secs:.0f}x"
        b = measure("build", home, 3600)
        print(f"{name:<20} {secs:>9.2f} {mem:>10.0f} {owl_s:>9} {owl_mb:>9} {ratio:>7} "
              f"{b['seconds'] if b else float('nan'):>8.2f} {b['maxrss_mb'] if b else float('nan'):>9.0f} "
              f"{engine[0]['triples'] if engine[0] else 0:>9}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
