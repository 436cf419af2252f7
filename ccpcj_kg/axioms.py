"""The ontology's axioms that drive materialisation, read from the ontology named graph.

Only named (IRI) classes and properties take part: entailments about anonymous class expressions
(``owl:unionOf`` domains and the like) would be blank-node types, which we never materialise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.hierarchy import strict_closure
from ccpcj_kg.model.namespaces import GRAPH_ONTOLOGY, OWL, RDF, RDFS
from ccpcj_kg.querying import solutions

_SKIP_CLASSES = {OWL + "Thing", RDFS + "Resource", OWL + "NamedIndividual", RDFS + "Class", OWL + "Class"}


@dataclass
class Axioms:
    """What the ontology says, as plain IRI maps, with the hierarchies already closed."""

    super_classes: dict[str, set[str]] = field(default_factory=dict)  # C -> every strict superclass
    super_properties: dict[str, set[str]] = field(default_factory=dict)  # p -> every strict superproperty
    inverses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    transitive: set[str] = field(default_factory=set)
    chains: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # ((p1, p2, …), q)
    domains: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def properties(self) -> set[str]:
        """Every property whose triples can feed or receive an entailment."""
        props = set(self.super_properties) | set(self.inverses) | self.transitive
        props |= set(self.domains) | set(self.ranges)
        for sups in self.super_properties.values():
            props |= sups
        for invs in self.inverses.values():
            props |= invs
        for chain, target in self.chains:
            props |= set(chain) | {target}
        return props


def _pairs(store: ox.Store, query: str) -> list[tuple[str, str]]:
    rows = solutions(store.query(f"SELECT ?a ?b WHERE {{ GRAPH <{GRAPH_ONTOLOGY}> {{ {query} }} }}"))
    out = []
    for r in rows:
        a, b = r["a"], r["b"]
        if isinstance(a, ox.NamedNode) and isinstance(b, ox.NamedNode):
            out.append((a.value, b.value))
    return out


def _list(store: ox.Store, head: object) -> list[str] | None:
    """The IRIs of an RDF list of named nodes, or None when it is anything else."""
    items: list[str] = []
    graph = ox.NamedNode(GRAPH_ONTOLOGY)
    node = head
    nil = ox.NamedNode(RDF + "nil")
    while node != nil:
        if not isinstance(node, (ox.NamedNode, ox.BlankNode)):
            return None
        firsts = list(store.quads_for_pattern(node, ox.NamedNode(RDF + "first"), None, graph))
        rests = list(store.quads_for_pattern(node, ox.NamedNode(RDF + "rest"), None, graph))
        if len(firsts) != 1 or len(rests) != 1 or not isinstance(firsts[0].object, ox.NamedNode):
            return None
        items.append(firsts[0].object.value)
        node = rests[0].object
    return items


def _hierarchy(store: ox.Store, sub: str, equivalent: str) -> dict[str, set[str]]:
    """Every strict super-term of each term, from ``sub`` links and ``equivalent`` (both ways)."""
    edges: dict[str, set[str]] = defaultdict(set)
    for a, b in _pairs(store, f"?a <{sub}> ?b"):
        edges[a].add(b)
    for a, b in _pairs(store, f"?a <{equivalent}> ?b"):
        edges[a].add(b)
        edges[b].add(a)
    return strict_closure(edges)


def read_axioms(store: ox.Store) -> Axioms:
    """Collect the RL axioms of the ontology graph (subclass, subproperty, inverse, symmetric,
    transitive, property chains over named properties, domains and ranges to named classes)."""
    ax = Axioms()
    classes = _hierarchy(store, RDFS + "subClassOf", OWL + "equivalentClass")
    ax.super_classes = {c: s - _SKIP_CLASSES for c, s in classes.items() if s - _SKIP_CLASSES}
    ax.super_properties = _hierarchy(store, RDFS + "subPropertyOf", OWL + "equivalentProperty")

    for a, b in _pairs(store, f"?a <{OWL}inverseOf> ?b"):
        ax.inverses[a].add(b)
        ax.inverses[b].add(a)
    for a, _ in _pairs(store, f"?a a <{OWL}SymmetricProperty> . BIND(?a AS ?b)"):
        ax.inverses[a].add(a)
    ax.transitive = {a for a, _ in _pairs(store, f"?a a <{OWL}TransitiveProperty> . BIND(?a AS ?b)")}
    for a, b in _pairs(store, f"?a <{RDFS}domain> ?b"):
        if b not in _SKIP_CLASSES:
            ax.domains[a].add(b)
    for a, b in _pairs(store, f"?a <{RDFS}range> ?b"):
        if b not in _SKIP_CLASSES and not b.startswith("http://www.w3.org/2001/XMLSchema#") and b != RDFS + "Literal":
            ax.ranges[a].add(b)

    graph = ox.NamedNode(GRAPH_ONTOLOGY)
    for quad in store.quads_for_pattern(None, ox.NamedNode(OWL + "propertyChainAxiom"), None, graph):
        items = _list(store, quad.object)
        if isinstance(quad.subject, ox.NamedNode) and items:
            ax.chains.append((tuple(items), quad.subject.value))
    ax.chains.sort()
    return ax
