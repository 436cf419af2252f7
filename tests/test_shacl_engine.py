"""The compiled SHACL engine (``ccpcj_kg.shacl``) against pySHACL, the oracle.

Both run on the same data graph: the shipped graph (``validate --all``), every valid and invalid
example of tests/shapes/ with the context single-file validation gives it, a synthetic graph of
sessions, and randomly damaged copies of a curated session. They must report the same results:
the same multiset of (focus node, shape, path, value, severity, component, message).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, GRAPH_ONTOLOGY, GRAPH_SHAPES
from ccpcj_kg.paths import find_home
from ccpcj_kg.rdfio import parse_file
from ccpcj_kg.rdflib_bridge import rdflib_graph, to_rdflib
from ccpcj_kg.shacl import engine
from ccpcj_kg.shacl.compile import Compiler, inject
from ccpcj_kg.validation import _findings, load_shapes, read_new_data, run_pyshacl, validate_all
from ccpcj_kg.validation_context import Triple, context_for, ontology_slices
from ccpcj_kg.validation_outcome import Finding

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))
SESSION = ROOT / "data" / "session-31" / "session.ttl"

Key = tuple[str, str, str, str, str, str, str]


def keys(findings: Iterable[Finding]) -> Counter[Key]:
    return Counter(
        (str(f.focus), f.shape, str(f.path), str(f.value), f.severity, f.component, f.message) for f in findings
    )


def store_with(kg: ox.Store, triples: Iterable[Triple]) -> ox.Store:
    """An in-memory store with the real ontology and shapes and ``triples`` as one data graph."""
    mem = ox.Store()
    for g in (GRAPH_ONTOLOGY, GRAPH_SHAPES):
        mem.extend(kg.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    graph = ox.NamedNode(GRAPH_DATA_PREFIX + "under-test")
    mem.extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
    return mem


def compiled(store: ox.Store) -> Counter[Key]:
    outcome, _files = engine.validate(store, load_shapes(store), find_home())
    return keys(outcome.findings)


def oracle(store: ox.Store) -> Counter[Key]:
    """pySHACL on the same triples, as ``validate --all`` gave them to it."""
    triples: list[Triple] = [(q.subject, q.predicate, q.object)  # type: ignore[misc]
                             for g in engine.data_graphs(store)
                             for q in store.quads_for_pattern(None, None, None, g)]
    data = rdflib_graph(triples)
    rdflib_graph(ontology_slices(store), data)
    report = run_pyshacl(data, load_shapes(store))
    findings, _kept = _findings(report, {to_rdflib(s) for s, _, _ in triples})
    return keys(findings)


def test_shipped_graph_same_results_as_pyshacl(kg: ox.Store) -> None:
    """`validate --all` on the shipped graph: compiled engine and pySHACL report the same results."""
    ours = validate_all(kg)
    theirs = validate_all(kg, engine="pyshacl")
    assert keys(ours.findings) == keys(theirs.findings)
    assert ours.conforms == theirs.conforms
    assert len(ours.findings) > 100  # the shipped graph has notes (statements without capacity, …)
    assert ours.checked_triples == theirs.checked_triples


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_examples_same_results_as_pyshacl(kg: ox.Store, path: Path) -> None:
    """Each example with its context from the graph: the same results from both engines."""
    new = read_new_data([path])
    store = store_with(kg, new.triples + context_for(kg, new.triples, new.replaces_graphs))
    theirs = oracle(store)
    assert compiled(store) == theirs
    if path.parent.name == "invalid":
        assert theirs, "an invalid example gives results"


def test_synthetic_sessions_same_results_as_pyshacl(kg: ox.Store) -> None:
    """A synthetic graph of generated sessions (bench/synthetic.py's recipe) — many results of few kinds."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import triples as synthetic_triples

    text = "\n".join(list(synthetic_triples(5000))[:2000]) + "\n"
    parsed = [(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]
    store = store_with(kg, parsed)  # type: ignore[arg-type]
    theirs = oracle(store)
    assert sum(theirs.values()) > 100
    assert compiled(store) == theirs


_SESSION = [(q.subject, q.predicate, q.object) for q in parse_file(SESSION)]
_OBJECTS = sorted({o for _, _, o in _SESSION}, key=str)[:400]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    drop=st.sets(st.integers(0, len(_SESSION) - 1), max_size=40),
    swap=st.lists(st.tuples(st.integers(0, len(_SESSION) - 1), st.integers(0, len(_OBJECTS) - 1)), max_size=25),
)
def test_damaged_session_same_results_as_pyshacl(kg: ox.Store, drop: set[int], swap: list[tuple[int, int]]) -> None:
    """A curated file with random triples dropped and random objects replaced: the same results."""
    triples = [t for i, t in enumerate(_SESSION) if i not in drop]
    for i, j in swap:
        if i < len(triples):
            s, p, _ = triples[i]
            triples[i] = (s, p, _OBJECTS[j])  # type: ignore[assignment]
    store = store_with(kg, triples + context_for(kg, triples))  # type: ignore[arg-type]
    assert compiled(store) == oracle(store)


def test_inject_puts_targets_in_every_group_but_exists_and_values() -> None:
    query = 'SELECT ?this WHERE { { ?this <p> "{" } UNION { FILTER NOT EXISTS { ?this <q> ?x } VALUES ?y { 1 } } }'
    out = inject(query, "T")
    assert out == ('SELECT ?this WHERE { T { T ?this <p> "{" } UNION { T FILTER NOT EXISTS { ?this <q> ?x } '
                   "VALUES ?y { 1 } } }")


def test_unsupported_shapes_fall_back(kg: ox.Store) -> None:
    """A shape the compiler does not translate (sh:uniqueLang) is reported as unsupported."""
    from ccpcj_kg.shacl.compile import Unsupported

    shapes = rdflib.Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:uniqueLang true ; sh:message "m" ] .""", format="turtle")
    with pytest.raises(Unsupported):
        Compiler(shapes, lambda c: ()).node_shape(rdflib.URIRef("urn:s"))
