"""`ccpcj-kg validate --all` against Apache Jena SHACL, at the real size, 100k and 1M triples.

Prints figures (not a unit test). For each size — the graph built from the checkout, and clones
of it (bench/synthetic.py: clones that conform to the shapes, built with the default reasoning,
as users build) — it times, interleaved run by run, medians of ``--runs``:
  - ours: the whole command `ccpcj-kg validate --all --format json` (a fresh process, the store
    already built);
  - the anchor: Jena's `shacl validate` (Debian's libapache-jena-java, `make jena`) on the same
    data graph pySHACL and ours validate — the data graphs plus the two ontology slices
    (docs/validation.md) — written once as N-Triples before timing; its time includes parsing it.
It also compares the results: ours and Jena's as multisets of (shape, focus, path, value), blank
nodes as "[]". With ``--jena-inferred`` it runs Jena once more on asserted + inferred + ontology
(what a store holds) and lists, per shape, how many more or fewer results that gives.

Usage: .venv/bin/python bench/validate_all_bench.py [--runs 3] [--sizes real,100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import jena  # noqa: E402
from synthetic import CLONES, bench_graphs  # noqa: E402

from ccpcj_kg.model.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY, SH  # noqa: E402
from ccpcj_kg.shacl.engine import load  # noqa: E402
from ccpcj_kg.store import db_path  # noqa: E402

CACHE = CLONES
CLI = str(Path(sys.executable).parent / "ccpcj-kg")
Key = tuple[str, str, str, str]


def jena_input(store: Path, out: Path, with_inferred: bool = False) -> Path:
    """The data graph as N-Triples: ours (data graphs + ontology slices), or what the store holds.

    Written anew every run: a copy kept from an earlier build compared Jena on old data."""
    db = ox.Store.read_only(str(db_path(store)))
    dataset = load(db)
    if with_inferred:
        for g in (GRAPH_INFERRED, GRAPH_ONTOLOGY):
            quads = db.quads_for_pattern(None, None, None, ox.NamedNode(g))
            dataset.store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    dataset.store.dump(str(out), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return out


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return "None"
    if isinstance(term, ox.BlankNode):
        return "[]"
    return term.value


def jena_results(report: str) -> Counter[Key]:
    triples = list(ox.parse(report, format=ox.RdfFormat.TURTLE))
    by_node: dict[object, dict[str, object]] = {}
    for t in triples:
        by_node.setdefault(t.subject, {})[t.predicate.value] = t.object
    out: Counter[Key] = Counter()
    for props in by_node.values():
        if "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" not in props or SH + "focusNode" not in props:
            continue
        shape = props.get(SH + "sourceShape")
        out[(
            _short(shape).rsplit("#", 1)[-1],  # type: ignore[arg-type]
            _short(props[SH + "focusNode"]),  # type: ignore[arg-type]
            _short(props.get(SH + "resultPath")),  # type: ignore[arg-type]
            _short(props.get(SH + "value")),  # type: ignore[arg-type]
        )] += 1
    return out


def our_results(records: list[dict[str, str | None]]) -> Counter[Key]:
    return Counter(
        (str(r["shape"]), r["focus"] or "[]", str(r["path"]), "[]" if r["value"] and r["value"].startswith("_:")
         else str(r["value"]))
        for r in records
    )


def run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:4])} failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def measure(label: str, store: Path, home: Path | None, runs: int, jena_inferred: bool) -> None:
    env = {**os.environ, "CCPCJ_KG_STORE": str(store)}
    if home:
        env["CCPCJ_KG_HOME"] = str(home)
    shapes = (home or ROOT) / "ontology" / "shapes.ttl"
    data = jena_input(store, CACHE / f"{store.name}-data.nt")
    ours_cmd = [CLI, "validate", "--all", "--format", "json"]
    jena_cmd = jena.shacl_command(shapes, data, CACHE)
    triples = sum(1 for _ in data.open("rb"))
    ours_t: list[float] = []
    jena_t: list[float] = []
    _, ours_out = run(ours_cmd, env)  # warm: store opened once, pages cached
    _, jena_out = run(jena_cmd, env)
    for _ in range(runs):  # interleaved: ours, Jena, ours, Jena, …
        ours_t.append(run(ours_cmd, env)[0])
        jena_t.append(run(jena_cmd, env)[0])
        print(f"{'':>12}run {len(ours_t)}: ours {ours_t[-1]:.2f} s, Jena {jena_t[-1]:.2f} s", flush=True)
    ours_m, jena_m = statistics.median(ours_t), statistics.median(jena_t)
    mine, theirs = our_results(json.loads(ours_out)), jena_results(jena_out)
    same = "identical" if mine == theirs else f"differ: {sum((mine - theirs).values())} only ours, " \
                                              f"{sum((theirs - mine).values())} only Jena's"
    print(f"{label:>10} {triples:>9} triples  ours {ours_m:6.2f} s  Jena {jena_m:6.2f} s  "
          f"ratio {ours_m / jena_m:4.2f}  results {sum(mine.values())} vs {sum(theirs.values())}: {same}", flush=True)
    if mine != theirs:
        for key, n in list(((mine - theirs) + (theirs - mine)).items())[:5]:
            print(f"{'':>12}{'ours' if key in mine else 'Jena'} ×{n}: {key}")
    if jena_inferred:
        full = jena_input(store, CACHE / f"{store.name}-with-inferred.nt", with_inferred=True)
        _, out = run(jena.shacl_command(shapes, full, CACHE), env)
        by_shape = Counter(k[0] for k in jena_results(out).elements())
        ours_by_shape = Counter(k[0] for k in mine.elements())
        diff = {s: by_shape[s] - ours_by_shape[s] for s in sorted(set(by_shape) | set(ours_by_shape))
                if by_shape[s] != ours_by_shape[s]}
        print(f"{'':>12}Jena on asserted + inferred + ontology, results per shape minus ours: {diff}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="real,100000,1000000")
    parser.add_argument("--jena-inferred", action="store_true")
    args = parser.parse_args()
    if not jena.available():
        raise SystemExit("Apache Jena is not installed: run `make jena` (Debian's libapache-jena-java)")
    print(f"validate --all vs Jena SHACL {Path(jena.JARS / 'jena-shacl.jar').resolve().name}; "
          f"medians of {args.runs}, interleaved; {os.cpu_count()} CPUs")
    for graph in bench_graphs(args.sizes):
        measure(graph.label, graph.store, graph.home, args.runs, args.jena_inferred)


if __name__ == "__main__":
    main()
