"""Materialised entailments: the exact closure on a small ontology, the same entailments as owlrl
on the shipped graph, and nothing inferred when reasoning is off."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.model.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY
from ccpcj_kg.reasoning import entailments, materialise
from ccpcj_kg.reasoning_reference import owlrl_entailments

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures" / "reasoning"
T = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _toy_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(FIX / "ontology.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(GRAPH_ONTOLOGY))
    store.load(path=str(FIX / "data.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/ccpcj-kg/graph/data/toy"))
    return store


def _strs(quads: object) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}  # type: ignore[attr-defined]


def e(local: str) -> str:
    return f"<http://e/{local}>"


def test_owlrl_mode_closure_on_a_small_ontology() -> None:
    store = _toy_store()
    assert materialise(store, "owlrl") == 12
    got = _strs(store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED)))
    assert got == {
        (e("a"), e("t"), e("c")), (e("a"), e("t"), e("d")), (e("b"), e("t"), e("d")),  # transitive
        (e("x"), e("chain"), e("z")),  # property chain p ∘ r
        (e("x"), e("lit2"), '"v"'),  # literal lifted to the super-property
        (e("x"), e("q"), e("y")), (e("y"), e("qi"), e("x")),  # subproperty, then inverse
        (e("x"), T, e("B")), (e("x"), T, e("C")),  # subclass closure
        (e("y"), T, e("A")), (e("y"), T, e("B")), (e("y"), T, e("C")),  # domain of r, then closure
    }


def test_rdfs_mode_has_no_inverse_chain_or_transitive_entailments() -> None:
    got = _strs(entailments(_toy_store(), "rdfs"))
    assert (e("x"), e("q"), e("y")) in got
    assert not {t for t in got if t[1] in (e("qi"), e("chain"), e("t"))}


def test_materialising_twice_replaces_the_inferred_graph() -> None:
    store = _toy_store()
    first = materialise(store, "owlrl")
    assert materialise(store, "owlrl") == first
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED)))) == first


@pytest.mark.parametrize("mode", ["rdfs", "owlrl"])
def test_same_entailments_as_owlrl_on_a_small_ontology(mode: str) -> None:
    ours = _strs(entailments(_toy_store(), mode))
    assert ours == owlrl_entailments(FIX / "ontology.ttl", [FIX / "data.ttl"], mode)


@pytest.mark.slow
def test_same_entailments_as_owlrl_on_the_shipped_graph(kg: ox.Store) -> None:
    """The reference check of issue 8: owlrl (slow, in rdflib) and our engine agree on every
    entailment about the data's resources."""
    ours = _strs(kg.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED)))
    data = sorted((ROOT / "data").rglob("*.ttl"))
    reference = owlrl_entailments(ROOT / "ontology" / "ccpcj.ttl", data, "owlrl")
    assert ours, "the shipped graph should have entailments"
    missing, extra = reference - ours, ours - reference
    assert not missing and not extra, f"only owlrl: {sorted(missing)[:20]}\nonly ours: {sorted(extra)[:20]}"


def test_build_without_reasoning_has_no_inferred_graph(tmp_path: Path) -> None:
    from ccpcj_kg.store import build

    result = build(tmp_path / "s", reason="none")
    assert result.inferred == 0
    db = ox.Store.read_only(str(tmp_path / "s" / "oxigraph"))
    assert not db.contains_named_graph(ox.NamedNode(GRAPH_INFERRED))
