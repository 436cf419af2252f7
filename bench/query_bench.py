"""Saved-query speed: the package against raw pyoxigraph, and a warm `ccpcj-kg query` end to end.

For the real graph and for the conforming clones of bench/synthetic.py (100k and 1M triples by
default, built as users build: with the default reasoning), prints:

- the wall time of a warm ``ccpcj-kg query sponsors-of-document`` (a fresh process each run, so
  interpreter start, imports, the store's freshness check and opening are included; median);
- for every saved query, with its defaults, the time of the very same query text and terms on
  raw pyoxigraph (``Store.query(..., substitutions=...)``, results consumed), through the package
  (``catalog.get`` + ``params.bind`` + ``execute``) and through the package with the terminal
  table with labels, in the same process, **interleaved** (raw, package, table, raw, …, one round
  per run); medians and the ratio table / raw.

The clones copy every curated resource except the shared ones (States, groups, memberships,
Congresses, instruments, organizations, places, topics, controlled values) under new names that
conform to the shapes; the defaults still select the original session 31, which then sits among
the cloned sessions. They are cached with the other benches' under synthetic.CLONES.

Run: .venv/bin/python bench/query_bench.py [--sizes real,100000,1000000] [--runs 5] [--cli-runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from collections.abc import Mapping
from functools import partial
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import cli_median, median_seconds  # noqa: E402
from synthetic import bench_graphs  # noqa: E402

from ccpcj_kg import catalog  # noqa: E402
from ccpcj_kg.params import bind  # noqa: E402
from ccpcj_kg.querying import execute  # noqa: E402
from ccpcj_kg.results import render, store_labeler  # noqa: E402
from ccpcj_kg.store import db_path  # noqa: E402

CLI = str(Path(sys.executable).parent / "ccpcj-kg")
Figures = tuple[float, float, float, int]  # raw s, package s, package + table s, rows


def cli_wall(home: Path | None, store: Path, runs: int) -> float:
    return cli_median([CLI, "query", "sponsors-of-document"], store, home, runs)


def compare(store_dir: Path, runs: int) -> dict[str, Figures]:
    """name → medians of (raw, package, package + table) and the rows, timed in rounds."""
    db = ox.Store.read_only(str(db_path(store_dir)))
    folder = ROOT / "queries"
    out = {}
    for name in catalog.names(folder):
        saved = catalog.get(name, folder)
        subs = bind(saved, {}, db).substitutions

        def raw(text: str = saved.text, subs: Mapping[ox.Variable, ox.NamedNode | ox.Literal] = subs) -> int:
            result = db.query(text, use_default_graph_as_union=True, substitutions=dict(subs) or None)
            return len(list(result)) if not isinstance(result, ox.QueryBoolean) else 1

        def package(name: str = name, table: bool = False) -> None:
            q = catalog.get(name, folder)
            answer = execute(db, q.text, name, substitutions=bind(q, {}, db).substitutions)
            if table:
                render(answer, "table", labeler=store_labeler(db))

        rows = raw()
        package()  # warm
        package(table=True)
        variants = (raw, package, partial(package, name, True))
        times: list[list[float]] = [[], [], []]
        for _ in range(runs):  # interleaved: raw, package, table, raw, package, table, …
            for i, fn in enumerate(variants):
                times[i].append(median_seconds(fn, 1))
        r, p, t = (statistics.median(ts) for ts in times)
        out[name] = (r, p, t, rows)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="real,100000,1000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cli-runs", type=int, default=9)
    args = ap.parse_args()

    stores = list(bench_graphs(args.sizes))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"\nwarm `ccpcj-kg query sponsors-of-document`, wall time incl. interpreter start "
          f"(median of {args.cli_runs}):")  # fmt: skip
    for label, home, store in stores:
        triples = len(ox.Store.read_only(str(db_path(store))))
        print(f"  {label} ({triples:,} quads): {cli_wall(home, store, args.cli_runs) * 1000:.0f} ms", flush=True)

    figures = {label: compare(store, args.runs) for label, _home, store in stores}
    print(f"\nper saved query, defaults, median of {args.runs} interleaved rounds (ms); "
          "ratio = package with table / raw pyoxigraph\n")
    cols = " | ".join(f"{label}: raw | package | + table | ratio | rows" for label in figures)
    print(f"| query | {cols} |")
    print("|---|" + "---:|" * (5 * len(figures)))
    worst = 0.0
    for name in sorted(next(iter(figures.values()))):
        cells = []
        for per_query in figures.values():
            raw_s, pkg_s, table_s, rows = per_query[name]
            worst = max(worst, pkg_s / raw_s if raw_s else 0)
            cells += [f"{raw_s * 1000:.1f}", f"{pkg_s * 1000:.1f}", f"{table_s * 1000:.1f}",
                      f"{table_s / raw_s:.2f}" if raw_s else "nan", str(rows)]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nworst package/raw ratio without rendering: {worst:.2f}")


if __name__ == "__main__":
    main()
