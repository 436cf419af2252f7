"""Saved-query speed: the package against raw pyoxigraph, and a warm `ccpcj-kg query` end to end.

For the real graph and for a synthetic graph of about 1M triples shaped like it, prints:

- the wall time of a warm ``ccpcj-kg query sponsors-of-document`` (a fresh process each run, so
  interpreter start, imports, the store's freshness check and opening are included; median);
- for every saved query, with its defaults, the time through the package (``catalog.get`` +
  ``params.bind`` + ``execute`` + the terminal table with labels) and the time of the very same
  query text and terms on raw pyoxigraph (``Store.query(..., substitutions=...)``, results
  consumed), in the same process, interleaved; medians and their ratio.

The synthetic graph is the real data cloned until it reaches the size: every curated resource
except the shared ones (States, groups, memberships, Congresses, instruments, organizations,
places, topics and controlled values) is copied under ``…/{kind}/c{k}/…``, so each copy is one more
"session" of documents, sponsorships, statements, participations and claims pointing at the same
States. The defaults still select the original session 31, which now sits among ~70 others.
It is generated once and cached under /tmp/ccpcj-kg-query-bench/ (keyed by the inputs' hash).

Run: .venv/bin/python bench/query_bench.py [--size 1000000] [--runs 5] [--cli-runs 9]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from functools import partial
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import cli_median, median_seconds  # noqa: E402
from synthetic import cloned_home  # noqa: E402

from ccpcj_kg import catalog  # noqa: E402
from ccpcj_kg.params import bind  # noqa: E402
from ccpcj_kg.querying import execute  # noqa: E402
from ccpcj_kg.results import render, store_labeler  # noqa: E402
from ccpcj_kg.store import build  # noqa: E402

CACHE = Path("/tmp/ccpcj-kg-query-bench")
ID = "https://w3id.org/ccpcj-kg/id/"
CLI = str(Path(sys.executable).parent / "ccpcj-kg")
synthetic_home = partial(cloned_home, cache=CACHE)


# -- timing --------------------------------------------------------------------------------------
def cli_wall(home: Path | None, store: Path, runs: int) -> float:
    return cli_median([CLI, "query", "sponsors-of-document"], store, home, runs)


def compare(store_dir: Path, runs: int) -> dict[str, tuple[float, float, float, int]]:
    """name → (raw s, package s without rendering, package s with the labelled table, rows)."""
    db = ox.Store.read_only(str(store_dir / "oxigraph"))
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
        r = median_seconds(raw, runs)
        p = median_seconds(package, runs)
        t = median_seconds(partial(package, name, True), runs)
        out[name] = (r, p, t, rows)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cli-runs", type=int, default=9)
    args = ap.parse_args()

    CACHE.mkdir(parents=True, exist_ok=True)
    real = CACHE / "store-real"
    build(real)  # the default reasoning, as a user's store; no-op when fresh
    print(f"building/reusing the {args.size:,}-triple synthetic graph under {CACHE} …", file=sys.stderr)
    home, synthetic = synthetic_home(real, args.size)
    sizes = {}
    for label, store in (("real", real), ("synthetic", synthetic)):
        db = ox.Store.read_only(str(store / "oxigraph"))
        sizes[label] = len(db)
        del db

    print(f"\nwarm `ccpcj-kg query sponsors-of-document`, wall time incl. interpreter start "
          f"(median of {args.cli_runs}):")  # fmt: skip
    print(f"  real graph ({sizes['real']:,} triples): {cli_wall(None, real, args.cli_runs) * 1000:.0f} ms")
    wall = cli_wall(home, synthetic, args.cli_runs)
    print(f"  synthetic ({sizes['synthetic']:,} triples): {wall * 1000:.0f} ms")

    real_t = compare(real, args.runs)
    syn_t = compare(synthetic, args.runs)
    print(f"\nper saved query, defaults, median of {args.runs} (ms); ratio = package / raw pyoxigraph\n")
    print(
        "| query | real: raw | package | + table | ratio | rows | 1M: raw | package | + table | ratio | rows |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    for name in sorted(real_t):
        r = real_t[name]
        s = syn_t[name]
        cells = []
        for raw_s, pkg_s, table_s, rows in (r, s):
            ratio = table_s / raw_s if raw_s else float("nan")
            worst = max(worst, pkg_s / raw_s if raw_s else 0)
            cells += [
                f"{raw_s * 1000:.1f}",
                f"{pkg_s * 1000:.1f}",
                f"{table_s * 1000:.1f}",
                f"{ratio:.2f}",
                str(rows),
            ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nworst package/raw ratio without rendering: {worst:.2f}")


if __name__ == "__main__":
    main()
