"""The shapes give the same results in any SHACL engine run on (asserted + inferred + ontology).

A SHACL engine handed the store's whole content (Apache Jena's ``shacl validate`` on an
export, say) sees the ontology's terms as nodes of the data graph, and sees the inferred types.
Two things made such a run disagree with ``validate --all``: ``IdIriShape`` judged the ontology's
terms as if they were things under ``/id/``, and ``validate --all`` left the inferred graph out,
so a thing that was a member of a class only by inference escaped that class's shape. Here the
engine is pySHACL run plainly (no ontology slices, no filtering) on the same triples that Jena
would be given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib

from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_SHAPES
from ccpcj_kg.rdflib_bridge import to_rdflib
from ccpcj_kg.reasoning import materialise
from ccpcj_kg.validation import validate_all

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "ccpcj.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
FIXTURES = Path(__file__).parent / "shapes"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SHAPE_NS = "https://w3id.org/ccpcj-kg/shapes#"
ID = "https://w3id.org/ccpcj-kg/id/"

# A State known only by inference (ccpcj:nationalityState has the range ccpcj:State): the State
# shapes must judge it, in validate --all as in any engine that sees the inferred graph.
INFERRED_STATE = f"""
@base <{ID}> .
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<source/fixture-any-engine> a ccpcj:Source ; rdfs:label "any-engine fixture"@en ;
    dcterms:title "Test fixture: shapes in any engine"@en .
<source/fixture-any-engine/para/1> a ccpcj:Passage ; rdfs:label "any-engine fixture, para. 1"@en ;
    dcterms:isPartOf <source/fixture-any-engine> ; ccpcj:locator "para. 1" .
<person/fixture-any-engine> a ccpcj:Person ; rdfs:label "Fixture Person"@en ;
    ccpcj:nationalityState <state/XKZ> ; prov:wasDerivedFrom <source/fixture-any-engine/para/1> .
<state/XKZ> rdfs:label "Fixture State Z"@en ; prov:wasDerivedFrom <source/fixture-any-engine/para/1> .
"""


def _graph(*paths: Path, text: str = "") -> rdflib.Graph:
    g = rdflib.Graph()
    for path in paths:
        g.parse(path, format="turtle")
    if text:
        g.parse(data=text, format="turtle")
    return g


def _shape_only(name: str) -> rdflib.Graph:
    """One shape of shapes.ttl with everything it holds through blank nodes (lists, nested shapes)."""
    shapes = _graph(SHAPES)
    out = rdflib.Graph()
    stack: list[rdflib.term.Node] = [rdflib.URIRef(SHAPE_NS + name)]
    seen: set[rdflib.term.Node] = set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):  # type: ignore[arg-type]
            out.add((node, p, o))
            if isinstance(o, rdflib.BNode):
                stack.append(o)
    assert len(out) > 5, name
    return out


def _results(report: rdflib.Graph) -> set[tuple[str, str, str, str, str]]:
    """(severity, shape, focus, path, value) of every result of a SHACL report; named shapes by local name."""
    out = set()
    for r in report.objects(None, SH.result):
        shape = report.value(r, SH.sourceShape)
        out.add((
            str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
            str(shape).rsplit("#", 1)[-1] if isinstance(shape, rdflib.URIRef) else "(anonymous shape)",
            str(report.value(r, SH.focusNode)),
            str(report.value(r, SH.resultPath) or ""),
            str(report.value(r, SH.value) or ""),
        ))
    return out


def _pyshacl(data: rdflib.Graph, shapes: rdflib.Graph) -> set[tuple[str, str, str, str, str]]:
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False,
                                                allow_warnings=True)
    assert isinstance(report, rdflib.Graph)
    return _results(report)


def test_id_iri_shape_ignores_the_ontology_terms_in_the_data_graph() -> None:
    """The ontology in the data graph: no false IdIriShape results on its terms (Jena reported 202)."""
    data = _graph(ONTOLOGY, FIXTURES / "valid" / "states-and-groups.ttl")
    assert _pyshacl(data, _shape_only("IdIriShape")) == set()


def test_id_iri_shape_still_judges_things_and_mistyped_bases() -> None:
    typo = "https://w3id.org/ccpcj-kg/ids/person/fixture-typo"
    data = _graph(ONTOLOGY, FIXTURES / "invalid" / "generic.ttl",
                  text=f'<{typo}> a <https://w3id.org/ccpcj-kg/ontology#Person> ; '
                       '<http://www.w3.org/2000/01/rdf-schema#label> "typo"@en .')
    focus = {r[2] for r in _pyshacl(data, _shape_only("IdIriShape"))}
    assert focus == {ID + "persons/fixture-jane-doe", typo}


def _small_store() -> ox.Store:
    """A store as ``build`` makes it, from the real ontology and shapes and one small data graph."""
    store = ox.Store()
    for path, graph in ((ONTOLOGY, GRAPH_ONTOLOGY), (SHAPES, GRAPH_SHAPES)):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph))
    store.load(INFERRED_STATE, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(GRAPH_DATA_PREFIX + "fixture"))
    assert materialise(store, "owlrl") > 0
    return store


def _store_graphs(store: ox.Store, keep: Callable[[str], bool]) -> rdflib.Graph:
    """The union of the store's graphs whose name ``keep`` accepts, as one rdflib graph."""
    out = rdflib.Graph()
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and keep(q.graph_name.value):
            out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_validate_all_sees_inferred_class_members_as_any_engine_does(engine: str) -> None:
    """Both of validate --all's engines (the compiled SPARQL one and pySHACL) see the inferred types."""
    store = _small_store()
    ours = {(f.severity, f.shape, str(f.focus), str(f.path or ""), str(f.value or ""))
            for f in validate_all(store, engine=engine).findings}
    # The State known by inference is judged by the State shapes, and has a type.
    state = ID + "state/XKZ"
    assert {shape for _sev, shape, focus, _p, _v in ours if focus == state} >= {"State-iso3166Alpha3"}
    assert not any(focus == state and shape == "IdResource-type" for _sev, shape, focus, _p, _v in ours)
    # Any engine on (asserted + inferred + ontology) reports the same.
    everything = _store_graphs(
        store, lambda g: g.startswith(GRAPH_DATA_PREFIX) or g in (GRAPH_INFERRED, GRAPH_ONTOLOGY))
    shapes = _store_graphs(store, lambda g: g == GRAPH_SHAPES)
    assert _pyshacl(everything, shapes) == ours
