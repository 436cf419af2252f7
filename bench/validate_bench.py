"""How long `ccpcj-kg validate` takes for a curator's file, against the real graph and a 1M one.

Prints figures (not a unit test). For a 1,000-triple file (a new session written like
tests/shapes/next-session/session-34.ttl: meetings, agenda, a draft with sponsors, statements),
validated against
  - the real graph (built from the checkout), and
  - a synthetic graph of about 1,000,000 triples shaped like it: the real data plus about 70
    clones of every curated resource except the shared ones (States, groups, memberships,
    organizations, places, instruments, Congresses, topics, controlled values), which stay single,
    so that the clones form more sessions, documents, statements around the same 195 States,
it reports medians over several runs of
  - incremental: `validate_new` in process (parse, context from the store, pySHACL, report), with
    a breakdown of one run, and the whole command (`ccpcj-kg validate FILE`, a fresh process);
  - variants measured to choose the design: rdflib's own SPARQL parsing on every focus node
    (no query cache), and pySHACL's ``ont_graph`` (the ontology mixed into a copy of the data
    graph) instead of the injected subclass links and term markers;
  - the baseline, in the same run: pySHACL over the whole merged graph (all data + the file), once
    per clone with a time limit.

Usage: .venv/bin/python bench/validate_bench.py [--runs 5] [--sizes real,100000,1000000] [--baseline-limit 120]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import cli_median, median_seconds  # noqa: E402
from synthetic import CLONES, cloned_home  # noqa: E402

from ccpcj_kg.model.terms import Triple  # noqa: E402
from ccpcj_kg.rdflib_bridge import QueryCachingGraph, rdflib_graph  # noqa: E402
from ccpcj_kg.store import build, db_path  # noqa: E402
from ccpcj_kg.validation import load_shapes, read_new_data, run_pyshacl, validate_new  # noqa: E402
from ccpcj_kg.validation_context import context_for, ontology_slices  # noqa: E402

CACHE = CLONES
ID = "https://w3id.org/ccpcj-kg/id/"
DATA_GRAPHS = "https://w3id.org/ccpcj-kg/graph/data/"
CLI = str(Path(sys.executable).parent / "ccpcj-kg")
STATES = [
    *["KEN", "JPN", "FRA", "BRA", "USA", "DEU", "MEX", "EGY", "IND", "CAN", "NGA", "ARG", "ITA", "THA", "ZAF"],
    *["AUS", "NOR", "PER", "MAR", "GHA", "IDN", "CHL", "ESP", "PHL", "COL", "TUR", "PAK", "SAU", "QAT", "CHE"],
]


# -- the 1,000-triple file -------------------------------------------------------------------------
def new_session_file(path: Path, target: int = 1000) -> int:
    """Write a new session (the 35th) of about ``target`` triples, valid against the shipped graph."""
    s, p = f"{ID}session/35", f"{ID}document/E_2026_30/para/"
    head = f"""@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{ID}document/E_2026_30> a ccpcj:Report ; rdfs:label "E/2026/30"@en ; dcterms:identifier "E/2026/30" ;
    dcterms:title "Commission on Crime Prevention and Criminal Justice: report on the thirty-fifth session"@en .
<{s}> a ccpcj:Session ; rdfs:label "35th session of the CCPCJ"@en ; prov:wasDerivedFrom <{p}1> ;
    ccpcj:sessionNumber 35 ; schema:startDate "2026-05-18"^^xsd:date ; schema:endDate "2026-05-22"^^xsd:date ;
    ccpcj:regularPart <{s}/regular-part> .
<{s}/regular-part> a ccpcj:SessionPart ; rdfs:label "35th session of the CCPCJ, regular part"@en ;
    prov:wasDerivedFrom <{p}1> ; schema:superEvent <{s}> ;
    schema:startDate "2026-05-18"^^xsd:date ; schema:endDate "2026-05-22"^^xsd:date .
"""
    blocks = [head]
    for n in range(1, 40):
        blocks.append(f"""<{p}{n}> a ccpcj:Passage ; rdfs:label "E/2026/30, para. {n}"@en ;
    dcterms:isPartOf <{ID}document/E_2026_30> ; ccpcj:locator "para. {n}" .
""")
    for m in range(1, 11):
        blocks.append(f"""<{s}/meeting/{m}> a ccpcj:Meeting ; rdfs:label "35th session of the CCPCJ, meeting {m}"@en ;
    prov:wasDerivedFrom <{p}2> ; ccpcj:meetingNumber {m} ; schema:superEvent <{s}/regular-part> ;
    schema:startDate "2026-05-{18 + (m - 1) // 2}"^^xsd:date .
<{s}/agenda-item/{m}> a ccpcj:AgendaItem ; rdfs:label "35th session of the CCPCJ, agenda item {m}"@en ;
    prov:wasDerivedFrom <{p}3> ; dcterms:title "Item {m}"@en ; ccpcj:agendaOf <{s}> ; ccpcj:itemNumber "{m}" .
""")
    for d in range(1, 4):
        doc = f"{ID}document/E_CN.15_2026_L.{d}"
        blocks.append(f"""<{doc}> a ccpcj:DraftResolution ; rdfs:label "E/CN.15/2026/L.{d}"@en ;
    prov:wasDerivedFrom <{p}{10 + d}> ; dcterms:identifier "E/CN.15/2026/L.{d}" ; dcterms:title "Draft {d}"@en ;
    ccpcj:action <{ID}action/adopted> ; ccpcj:actionDate "2026-05-22"^^xsd:date ; ccpcj:atSession <{s}> ;
    ccpcj:underAgendaItem <{s}/agenda-item/{d + 4}> .
""")
        for code in STATES[:10]:
            blocks.append(f"""<{doc}/sponsorship/{code.lower()}> a ccpcj:Sponsorship ;
    rdfs:label "{code}, sponsor of E/CN.15/2026/L.{d}"@en ; prov:wasDerivedFrom <{p}{10 + d}> ;
    ccpcj:sponsorshipOf <{doc}> ; ccpcj:sponsor <{ID}state/{code}> .
""")
    k = 0
    while True:
        text = "".join(blocks)
        count = len(list(ox.parse(text, format=ox.RdfFormat.TURTLE)))
        if count >= target:
            path.write_text(text, encoding="utf-8")
            return count
        code, para, m = STATES[k % len(STATES)], 20 + k // len(STATES), 1 + k % 10
        blocks.append(f"""<{s}/statement/{para}-{code.lower()}> a ccpcj:Statement ;
    rdfs:label "Statement by {code}, E/2026/30 para. {para}"@en ; prov:wasDerivedFrom <{p}{para}> ;
    ccpcj:speaker <{ID}state/{code}> ; ccpcj:capacity <{ID}capacity/representative> ;
    ccpcj:mode <{ID}mode/in-person> ; ccpcj:statementKind <{ID}statement-kind/general> ;
    ccpcj:underAgendaItem <{s}/agenda-item/{m}> ; ccpcj:atMeeting <{s}/meeting/{m}> ; ccpcj:atSession <{s}> .
""")
        k += 1


# -- the synthetic 1M graph: the same recipe as bench/query_bench.py (bench/synthetic.py) -----
synthetic_home = partial(cloned_home, cache=CACHE)


# -- measuring ----------------------------------------------------------------------------------
def cli_wall(home: Path | None, store: Path, file: Path, runs: int) -> float:
    return cli_median([CLI, "validate", str(file)], store, home, runs)


def phases(db: ox.Store, file: Path) -> dict[str, float]:
    """One incremental run, phase by phase."""
    out: dict[str, float] = {}
    t = time.perf_counter()
    new = read_new_data([file])
    out["parse"] = time.perf_counter() - t
    t = time.perf_counter()
    context = context_for(db, new.triples, new.replaces_graphs)
    slices = ontology_slices(db)
    out["context"] = time.perf_counter() - t
    t = time.perf_counter()
    data = rdflib_graph(new.triples)
    rdflib_graph(context, data)
    rdflib_graph(slices, data)
    shapes = load_shapes(db)
    out["to rdflib"] = time.perf_counter() - t
    t = time.perf_counter()
    run_pyshacl(data, shapes)
    out["pySHACL"] = time.perf_counter() - t
    out["context triples"] = float(len(context))
    return out


def _results(report: object) -> set[tuple[str, str]]:
    import rdflib

    assert isinstance(report, rdflib.Graph)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return {
        (str(report.value(r, sh.focusNode)), str(report.value(r, sh.sourceShape)))
        for r in report.objects(None, sh.result)
    }


def variants(db: ox.Store, file: Path, runs: int) -> dict[str, str]:
    """The design alternatives on the incremental path, same data."""
    import pyshacl
    import rdflib

    new = read_new_data([file])
    context = context_for(db, new.triples)
    shapes = load_shapes(db)

    def ours() -> object:
        data = rdflib_graph(new.triples)
        rdflib_graph(context, data)
        rdflib_graph(ontology_slices(db), data)
        return run_pyshacl(data, shapes)

    def no_cache() -> object:
        data = rdflib_graph(new.triples, rdflib.Graph())
        rdflib_graph(context, data)
        rdflib_graph(ontology_slices(db), data)
        return run_pyshacl(data, shapes)

    ontology_graph = ox.NamedNode("https://w3id.org/ccpcj-kg/graph/ontology")
    ontology_triples: list[Triple] = [
        (q.subject, q.predicate, q.object)  # type: ignore[misc]
        for q in db.quads_for_pattern(None, None, None, ontology_graph)
    ]
    ontology = rdflib_graph(ontology_triples, rdflib.Graph())

    def ont_graph() -> object:
        data = rdflib_graph(new.triples)
        rdflib_graph(context, data)
        return pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True)[1]

    reference = _results(ours())
    out = {}
    for name, fn in (
        ("injected slices (ours)", ours),
        ("no SPARQL parse cache", no_cache),
        ("ont_graph instead of slices", ont_graph),
    ):
        seconds = median_seconds(fn, runs)
        same = "same results" if _results(fn()) == reference else "DIFFERENT results"
        out[name] = f"{seconds:.3f} s ({same})"
    return out


def baseline_inprocess(db: ox.Store, file: Path) -> float:
    """pySHACL over the whole merged graph: every data graph plus the file (plus the subclass links)."""
    start = time.perf_counter()
    data = QueryCachingGraph()
    for q in db.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DATA_GRAPHS):
            rdflib_graph([(q.subject, q.predicate, q.object)], data)  # type: ignore[list-item]
    rdflib_graph(read_new_data([file]).triples, data)
    rdflib_graph(ontology_slices(db), data)
    run_pyshacl(data, load_shapes(db))
    return time.perf_counter() - start


def baseline_subprocess(home: Path, store: Path, file: Path, limit: float) -> str:
    code = (
        "import sys, pyoxigraph as ox; from pathlib import Path; sys.path.insert(0, sys.argv[3]);"
        "from bench.validate_bench import baseline_inprocess;"
        "print(baseline_inprocess(ox.Store.read_only(sys.argv[1]), Path(sys.argv[2])))"
    )
    env = {**os.environ, "CCPCJ_KG_HOME": str(home)}
    args = [sys.executable, "-c", code, str(db_path(store)), str(file), str(ROOT)]
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return f"> {limit:.0f} s (stopped)"
    return f"{float(done.stdout.strip()):.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="real,100000,1000000")
    parser.add_argument("--baseline-limit", type=float, default=120.0)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "session-35.ttl"
        count = new_session_file(file)
        real = Path(tmp) / "real-store"
        build(real)
        stores: list[tuple[str, Path | None, Path]] = []
        for size in args.sizes.split(","):
            if size == "real":
                stores.append(("real", None, real))
            else:
                home, big = synthetic_home(real, int(size))
                stores.append((f"{int(size) // 1000}k", home, big))
        print(f"new file: {count} triples ({file.stat().st_size // 1024} KB); load average {os.getloadavg()[0]:.1f}")
        rows = []
        for name, h, store in stores:
            db = ox.Store.read_only(str(db_path(store)))
            size = len(db)
            validate_new(db, read_new_data([file]))  # warm caches (SPARQL texts, pages)

            def incremental_run(db: ox.Store = db) -> object:
                return validate_new(db, read_new_data([file]))

            incremental = median_seconds(incremental_run, args.runs)
            parts = phases(db, file)
            cli = cli_wall(h, store, file, args.runs)
            if h is None:
                base = f"{statistics.median(baseline_inprocess(db, file) for _ in range(3)):.1f} s"
                print(f"\nvariants on the real graph (median of {args.runs}):")
                for variant, figure in variants(db, file, args.runs).items():
                    print(f"  {variant:<30} {figure}")
            else:
                base = baseline_subprocess(h, store, file, args.baseline_limit)
            rows.append((name, size, incremental, parts, cli, base))
            del db
        print(
            f"\n| graph | triples in store | `validate_new` (median of {args.runs}) | of which: parse / context "
            "/ to rdflib / pySHACL | context triples | `ccpcj-kg validate FILE` (fresh process) | baseline: "
            "pySHACL over the merged graph |"
        )
        print("|---|---:|---:|---|---:|---:|---:|")
        for name, size, inc, parts, cli, base in rows:
            split = " / ".join(f"{parts[k]:.3f}" for k in ("parse", "context", "to rdflib", "pySHACL"))
            print(
                f"| {name} | {size:,} | {inc:.3f} s | {split} s | {parts['context triples']:.0f} | {cli:.3f} s "
                f"| {base} |"
            )


if __name__ == "__main__":
    main()
