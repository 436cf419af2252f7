"""Materialise the ontology's entailments about the data into the ``inferred`` named graph.

Why not run owlrl on the store: it re-derives the whole OWL 2 RL rule set over every triple
(including the ontology itself), took 37 s at 100k triples here and produces noise (``sameAs``
self-links, axiomatic triples). Instead we read the few axiom kinds the ontology uses
(``ccpcj_kg.axioms``), load only the triples of the properties they mention, and close them with a
semi-naive worklist in memory: new facts are joined only with what they can extend. The result is
the same set of entailments about ``/id/`` resources as owlrl gives (a test checks this), without
blank-node types, literal subjects or axioms about the RDF/OWL vocabulary.

Modes: ``rdfs`` applies subclass, subproperty, domain and range; ``owlrl`` adds inverse,
symmetric, transitive properties and property chains.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ccpcj_kg.axioms import Axioms, read_axioms
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, GRAPH_INFERRED, RDF

RDF_TYPE = RDF + "type"
Edge = tuple[str, str]


def _data_graphs(store: ox.Store) -> list[ox.NamedNode]:
    return [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_DATA_PREFIX)]


def _load(store: ox.Store, predicates: Iterable[str], graphs: list[ox.NamedNode]) -> tuple[
    dict[str, set[Edge]], dict[str, set[str]], dict[str, list[ox.Quad]]
]:
    """Asserted IRI-to-IRI edges by property, asserted types by subject, and literal-valued quads."""
    edges: dict[str, set[Edge]] = defaultdict(set)
    literal_quads: dict[str, list[ox.Quad]] = defaultdict(list)
    for p in predicates:
        node = ox.NamedNode(p)
        for g in graphs:
            for q in store.quads_for_pattern(None, node, None, g):
                if not isinstance(q.subject, ox.NamedNode):
                    continue
                if isinstance(q.object, ox.NamedNode):
                    edges[p].add((q.subject.value, q.object.value))
                elif isinstance(q.object, ox.Literal):
                    literal_quads[p].append(q)
    types: dict[str, set[str]] = defaultdict(set)
    type_node = ox.NamedNode(RDF_TYPE)
    for g in graphs:
        for q in store.quads_for_pattern(None, type_node, None, g):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
                types[q.subject.value].add(q.object.value)
    return edges, types, literal_quads


class _Closure:
    """Semi-naive fixpoint over property edges: each new edge is joined only with what it can extend."""

    def __init__(self, ax: Axioms, asserted: dict[str, set[Edge]], owl: bool) -> None:
        self.ax = ax
        self.owl = owl
        self.facts: dict[str, set[Edge]] = defaultdict(set)
        self.out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # p -> s -> {o}
        self.into: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # p -> o -> {s}
        self.todo: list[tuple[str, str, str]] = []
        self.chains_by_link: dict[str, list[tuple[tuple[str, ...], str, int]]] = defaultdict(list)
        if owl:
            for chain, target in ax.chains:
                for i, p in enumerate(chain):
                    self.chains_by_link[p].append((chain, target, i))
        for p, pairs in asserted.items():
            for s, o in pairs:
                self.add(p, s, o)

    def add(self, p: str, s: str, o: str) -> None:
        if (s, o) in self.facts[p]:
            return
        self.facts[p].add((s, o))
        self.out[p][s].add(o)
        self.into[p][o].add(s)
        self.todo.append((p, s, o))

    def run(self) -> dict[str, set[Edge]]:
        while self.todo:
            p, s, o = self.todo.pop()
            for sup in self.ax.super_properties.get(p, ()):
                self.add(sup, s, o)
            if not self.owl:
                continue
            for inv in self.ax.inverses.get(p, ()):
                self.add(inv, o, s)
            if p in self.ax.transitive:
                for nxt in list(self.out[p].get(o, ())):
                    self.add(p, s, nxt)
                for prev in list(self.into[p].get(s, ())):
                    self.add(p, prev, o)
            for chain, target, i in self.chains_by_link.get(p, ()):
                for start, end in self._chain_through(chain, i, s, o):
                    self.add(target, start, end)
        return self.facts

    def _chain_through(self, chain: tuple[str, ...], i: int, s: str, o: str) -> Iterator[Edge]:
        """Complete ``chain`` around its i-th link ``s -p-> o``: walk back to the start, forward to the end."""
        starts = {s}
        for p in reversed(chain[:i]):
            starts = {prev for node in starts for prev in self.into[p].get(node, ())}
        ends = {o}
        for p in chain[i + 1 :]:
            ends = {nxt for node in ends for nxt in self.out[p].get(node, ())}
        for a in starts:
            for b in ends:
                yield a, b


def entailments(store: ox.Store, mode: str) -> Iterator[ox.Quad]:
    """The triples the ontology entails about the data that are not asserted, as quads in ``inferred``.

    Each quad is yielded once. Term objects are memoised: at a million triples, building a fresh
    NamedNode per occurrence was the largest single cost.
    """
    ax = read_axioms(store)
    graphs = _data_graphs(store)
    edges, asserted_types, literal_quads = _load(store, ax.properties(), graphs)
    facts = _Closure(ax, edges, owl=(mode == "owlrl")).run()

    nodes: dict[str, ox.NamedNode] = {}

    def node(iri: str) -> ox.NamedNode:
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = ox.NamedNode(iri)
        return found

    inferred_graph = ox.NamedNode(GRAPH_INFERRED)
    types: dict[str, set[str]] = defaultdict(set)
    for s, classes in asserted_types.items():
        types[s] |= classes
    for p, pairs in facts.items():
        domains, ranges = ax.domains.get(p, ()), ax.ranges.get(p, ())
        if domains or ranges:
            for s, o in pairs:
                for c in domains:
                    types[s].add(c)
                for c in ranges:
                    types[o].add(c)
        predicate = node(p)
        for s, o in pairs - edges.get(p, set()):
            yield ox.Quad(node(s), predicate, node(o), inferred_graph)
    # Literal-valued triples only move up the property hierarchy (and give domain types).
    lifted: set[tuple[str, str, str]] = set()
    for p, quads in literal_quads.items():
        for q in quads:
            subject_iri = str(q.subject.value) if isinstance(q.subject, ox.NamedNode) else ""
            for c in ax.domains.get(p, ()):
                types[subject_iri].add(c)
            for sup in ax.super_properties.get(p, ()):
                key = (subject_iri, sup, str(q.object))
                if key in lifted:
                    continue
                lifted.add(key)
                quad = ox.Quad(q.subject, node(sup), q.object, inferred_graph)
                if not _asserted(store, quad):
                    yield quad
    type_node = ox.NamedNode(RDF_TYPE)
    for s, classes in types.items():
        closed = set(classes)
        for c in classes:
            closed |= ax.super_classes.get(c, set())
        closed -= asserted_types.get(s, set())
        if closed:
            subject = node(s)
            for c in closed:
                yield ox.Quad(subject, type_node, node(c), inferred_graph)


def materialise(store: ox.Store, mode: str) -> int:
    """Replace the ``inferred`` graph with the current entailments; return how many triples it holds."""
    if mode not in ("rdfs", "owlrl"):
        raise ValueError(f"unknown reasoning mode {mode!r}")
    graph = ox.NamedNode(GRAPH_INFERRED)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    count = 0

    def counted() -> Iterator[ox.Quad]:
        nonlocal count
        for quad in entailments(store, mode):
            count += 1
            yield quad

    store.bulk_extend(counted())
    return count


def _asserted(store: ox.Store, quad: ox.Quad) -> bool:
    """Whether a data graph already holds this triple (checked only for lifted literal triples)."""
    return any(
        q.graph_name != quad.graph_name
        for q in store.quads_for_pattern(quad.subject, quad.predicate, quad.object)
    )
