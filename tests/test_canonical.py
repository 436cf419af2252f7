"""The canonical Turtle writer: same triples, same bytes; output parses back to the same graph."""

from __future__ import annotations

import random

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpcj_kg.canonical import Triple, to_turtle

EX = "https://w3id.org/ccpcj-kg/id/"
SAMPLE = """
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/ccpcj-kg/id/state/KEN> a ccpcj:MemberState ; rdfs:label "Kenya"@en ;
  ccpcj:iso3166Numeric "404" .
<https://w3id.org/ccpcj-kg/id/membership/isr-western-european-and-other-states> a ccpcj:RegionalGroupMembership ;
  org:member <https://w3id.org/ccpcj-kg/id/state/ISR> ;
  org:memberDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDDate "2000-05-01"^^xsd:date ] ] ;
  ccpcj:countsForElectoralPurposes true ; ccpcj:count 37 ;
  rdfs:comment "a \\"quoted\\" line\\nand another" .
<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.4_Rev.1> rdfs:label "E/CN.15/2022/L.4/Rev.1"@en .
"""


def _triples(text: str) -> list[Triple]:
    return [(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.TURTLE)]  # type: ignore[misc]


def _isomorphic(a: str, b: str) -> bool:
    ds_a = ox.Dataset(ox.parse(a, format=ox.RdfFormat.TURTLE))
    ds_b = ox.Dataset(ox.parse(b, format=ox.RdfFormat.TURTLE))
    ds_a.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    ds_b.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(map(str, ds_a)) == sorted(map(str, ds_b))


def test_order_of_input_does_not_change_the_bytes() -> None:
    triples = _triples(SAMPLE)
    shuffled = triples[:]
    random.Random(7).shuffle(shuffled)
    assert to_turtle(triples) == to_turtle(shuffled)


def test_output_is_a_fixed_point_and_parses_back_to_the_same_graph() -> None:
    once = to_turtle(_triples(SAMPLE))
    assert to_turtle(_triples(once)) == once
    assert _isomorphic(once, SAMPLE)


def test_layout_prefixed_names_inline_blank_nodes_and_bare_numbers() -> None:
    out = to_turtle(_triples(SAMPLE))
    assert "state:KEN\n    a ccpcj:MemberState ;\n    rdfs:label \"Kenya\"@en ;" in out
    assert "doc:E_CN.15_2022_L.4_Rev.1" in out
    assert "org:memberDuring [\n" in out and "_:" not in out
    assert "ccpcj:countsForElectoralPurposes true" in out and "ccpcj:count 37" in out
    assert '"404"' in out  # a code stays a string
    assert out.startswith("@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .\n")


def test_shared_blank_nodes_get_stable_labels() -> None:
    text = "_:x <http://e/p> <http://e/o> . <http://e/a> <http://e/q> _:x . <http://e/b> <http://e/q> _:x ."
    out = to_turtle(_triples(text))
    assert "_:b0" in out
    assert _isomorphic(out, text)


_names = st.sampled_from([EX + "state/KEN", EX + "state/PER", EX + "x/a.b", EX + "x/with%20escape", "http://e/p", "http://e/q"])
_literals = st.one_of(
    st.text(max_size=12).map(ox.Literal),
    st.integers(-10**6, 10**6).map(lambda n: ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    st.text(alphabet="abc éü\"\\\n", max_size=8).map(lambda s: ox.Literal(s, language="en")),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_names, _names, st.one_of(_names.map(ox.NamedNode), _literals)), max_size=15))
def test_any_graph_round_trips(raw: list[tuple[str, str, ox.NamedNode | ox.Literal]]) -> None:
    """Property: whatever the triples, the output parses back to exactly them."""
    triples = [(ox.NamedNode(s), ox.NamedNode(p), o) for s, p, o in raw]
    out = to_turtle(triples)  # type: ignore[arg-type]
    back = {(str(s), str(p), str(o)) for s, p, o in _triples(out)}
    assert back == {(str(s), str(p), str(o)) for s, p, o in triples}


def test_a_cycle_of_blank_nodes_each_used_once_is_written() -> None:
    """Nodes of a cycle are each the object of one triple, but no root leads to them: they are
    written as labelled subjects, not dropped (a self-loop too)."""
    text = ("_:a <http://e/p> _:b . _:b <http://e/p> _:a . _:c <http://e/p> _:c . "
            "_:b <http://e/q> _:d . _:d <http://e/r> \"hangs from the cycle\" . <http://e/s> <http://e/q> \"x\" .")
    out = to_turtle(_triples(text))
    assert len(_triples(out)) == 6
    assert _isomorphic(out, text)
    assert to_turtle(_triples(out)) == out


_blank_or_name = st.sampled_from(["_:a", "_:b", "_:c", "<http://e/s>", "<http://e/t>"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_blank_or_name, st.sampled_from(["<http://e/p>", "<http://e/q>"]),
                          st.one_of(_blank_or_name, st.just('"v"'))), min_size=1, max_size=8))
def test_any_graph_with_blank_nodes_round_trips(raw: list[tuple[str, str, str]]) -> None:
    """Property: with blank nodes anywhere (shared, chained, in cycles), nothing is lost or added."""
    text = " ".join(f"{s} {p} {o} ." for s, p, o in raw)
    out = to_turtle(_triples(text))
    assert _isomorphic(out, text)
    assert to_turtle(_triples(out)) == out
