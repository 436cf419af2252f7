"""What validation needs from the store besides the new data: a few triples per referenced IRI.

New data is validated together with just enough of the graph for the shapes to see what it
refers to: the type (and dates, memberships, parts) of every IRI it mentions, the existing
description of any thing it adds to, and other holders of the codes it uses. Every query is
bound to the IRIs of the new data (a ``VALUES`` block built from RDF terms), so the cost grows
with the new data, not with the store. The ontology contributes two small slices that the
shapes rely on instead of the whole ontology: the ``rdfs:subClassOf`` links between named
classes and one ``rdfs:isDefinedBy`` triple per declared ``ccpcj:`` term.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from ccpcj_kg.hierarchy import strict_closure
from ccpcj_kg.model.namespaces import (
    CCPCJ,
    DCTERMS,
    GRAPH_DATA_PREFIX,
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
    ONTOLOGY_IRI,
    ORG,
    RDF,
    RDFS,
    SCHEMA,
)
from ccpcj_kg.model.terms import Object as Term
from ccpcj_kg.model.terms import Triple

RDF_TYPE = ox.NamedNode(RDF + "type")
SUBCLASS_OF = ox.NamedNode(RDFS + "subClassOf")
IS_DEFINED_BY = ox.NamedNode(RDFS + "isDefinedBy")
IS_PART_OF = ox.NamedNode(DCTERMS + "isPartOf")
PASSAGE = ox.NamedNode(CCPCJ + "Passage")
ONTOLOGY = ox.NamedNode(ONTOLOGY_IRI)
CODE_PROPERTIES = tuple(ox.NamedNode(CCPCJ + p) for p in ("iso3166Alpha2", "iso3166Alpha3", "iso3166Numeric"))
_BATCH = 400  # IRIs per VALUES block

# The properties of a referenced thing that cross-node shapes read (besides rdf:type).
_REFERENCED_PROPERTIES = (RDF + "type", SCHEMA + "startDate", SCHEMA + "endDate")
# What a part of a referenced event (schema:superEvent) contributes: its type and dates.
_PART_PROPERTIES = (RDF + "type", SCHEMA + "superEvent", SCHEMA + "startDate", SCHEMA + "endDate")
# What a membership of a referenced State contributes (OfficerGroupMatchesStateShape).
_MEMBERSHIP_PROPERTIES = (RDF + "type", ORG + "member", ORG + "organization", ORG + "role")


def _values(terms: Iterable[Term]) -> str:
    return " ".join(str(t) for t in terms)


def _graph_filter(exclude: Sequence[str], var: str = "?g") -> str:
    """Only data graphs, minus the graphs of the files being validated (their old versions)."""
    cond = f'STRSTARTS(STR({var}), "{GRAPH_DATA_PREFIX}")'
    if exclude:
        cond += f" && {var} NOT IN ({_values(ox.NamedNode(g) for g in exclude)})"
    return f"FILTER({cond})"


def _batches(terms: Iterable[Term]) -> Iterable[list[Term]]:
    items = sorted(set(terms), key=str)
    for i in range(0, len(items), _BATCH):
        yield items[i : i + _BATCH]


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _triples(store: ox.Store, query: str) -> list[Triple]:
    return [(row["s"], row["p"], row["o"]) for row in _select(store, query)]


class ContextFetcher:
    """Fetches the context of new data from a store, skipping the graphs being replaced."""

    def __init__(self, store: ox.Store, exclude_graphs: Sequence[str] = ()) -> None:
        self.store = store
        self.filter = _graph_filter(exclude_graphs)
        self.filter2 = _graph_filter(exclude_graphs, "?g2")

    def describe(self, subjects: Iterable[ox.NamedNode]) -> list[Triple]:
        """What the store already says about these things (with inline blank nodes, two levels deep)."""
        out: list[Triple] = []
        for batch in _batches(subjects):
            vals = _values(batch)
            out += _triples(
                self.store,
                f"""
                SELECT ?s ?p ?o WHERE {{ VALUES ?x {{ {vals} }}
                  {{ GRAPH ?g {{ ?x ?p ?o }} BIND(?x AS ?s) }}
                  UNION {{ GRAPH ?g {{ ?x ?p1 ?s . ?s ?p ?o }} FILTER(isBlank(?s)) }}
                  UNION {{ GRAPH ?g {{ ?x ?p1 ?b . ?b ?p2 ?s . ?s ?p ?o }} FILTER(isBlank(?b) && isBlank(?s)) }}
                  {self.filter} }}""",
            )
            # One passage that is part of the thing marks it as a source (ProvenanceShape exempts it).
            for row in _select(
                self.store,
                f"""
                SELECT ?o (SAMPLE(?x) AS ?s) WHERE {{ VALUES ?o {{ {vals} }}
                  GRAPH ?g {{ ?x <{DCTERMS}isPartOf> ?o }} GRAPH ?g2 {{ ?x a <{CCPCJ}Passage> }}
                  {self.filter} {self.filter2} }} GROUP BY ?o""",
            ):
                passage = row["s"]
                out += [(passage, IS_PART_OF, row["o"]), (passage, RDF_TYPE, PASSAGE)]
        return out

    def referenced(self, iris: Iterable[ox.NamedNode]) -> list[Triple]:
        """Type and dates of each referenced thing; the parts of events; the memberships of States.

        The properties are filtered with ``FILTER(?p IN (…))``: a second ``VALUES`` block for them
        made Oxigraph scan the graph (40 ms → 0.3 ms at 100k triples, 100× more at 1M).
        """
        out: list[Triple] = []
        own = ", ".join(f"<{p}>" for p in _REFERENCED_PROPERTIES)
        part = ", ".join(f"<{p}>" for p in _PART_PROPERTIES)
        member = ", ".join(f"<{p}>" for p in _MEMBERSHIP_PROPERTIES)
        for batch in _batches(iris):
            vals = _values(batch)
            out += _triples(
                self.store,
                f"""SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {vals} }}
                  GRAPH ?g {{ ?s ?p ?o }} FILTER(?p IN ({own})) {self.filter} }}""",
            )
            out += _triples(
                self.store,
                f"""SELECT ?s ?p ?o WHERE {{ VALUES ?x {{ {vals} }}
                  GRAPH ?g {{ ?s <{SCHEMA}superEvent> ?x . ?s ?p ?o }} FILTER(?p IN ({part})) {self.filter} }}""",
            )
            out += _triples(
                self.store,
                f"""SELECT ?s ?p ?o WHERE {{ VALUES ?x {{ {vals} }}
                  GRAPH ?g {{ ?s <{ORG}member> ?x . ?s ?p ?o }} FILTER(?p IN ({member})) {self.filter} }}""",
            )
        return out

    def code_holders(self, pairs: Iterable[tuple[ox.NamedNode, Term]]) -> list[Triple]:
        """Other things that carry the same State codes (UniqueStateCodeShape), with their type."""
        out: list[Triple] = []
        codes = {o for _, o in pairs}
        props = ", ".join(str(p) for p in CODE_PROPERTIES)
        for batch in _batches(codes):
            rows = _triples(
                self.store,
                f"""SELECT ?s ?p ?o WHERE {{ VALUES ?o {{ {_values(batch)} }}
                  GRAPH ?g {{ ?s ?p ?o }} FILTER(?p IN ({props})) {self.filter} }}""",
            )
            out += rows
            out += self.referenced_types({s for s, _, _ in rows if isinstance(s, ox.NamedNode)})
        return out

    def referenced_types(self, iris: Iterable[ox.NamedNode]) -> list[Triple]:
        out: list[Triple] = []
        for batch in _batches(iris):
            out += _triples(
                self.store,
                f"""
                SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(batch)} }}
                  GRAPH ?g {{ ?s a ?o }} BIND(<{RDF}type> AS ?p) {self.filter} }}""",
            )
        return out


def context_for(store: ox.Store, new: Sequence[Triple], exclude_graphs: Sequence[str] = ()) -> list[Triple]:
    """The store's triples that new data needs to be validated in the context of the graph."""
    fetch = ContextFetcher(store, exclude_graphs)
    subjects = {s for s, _, _ in new if isinstance(s, ox.NamedNode)}
    described = fetch.describe(subjects)
    mentioned: set[ox.NamedNode] = set(subjects)
    for s, _, o in (*new, *described):
        if isinstance(s, ox.NamedNode):
            mentioned.add(s)
        if isinstance(o, ox.NamedNode):
            mentioned.add(o)
    context = described + fetch.referenced(mentioned)
    codes = [(p, o) for _, p, o in new if p in CODE_PROPERTIES]
    if codes:
        context += fetch.code_holders(codes)
    return context


def inferred_types(store: ox.Store) -> list[Triple]:
    """The class memberships the reasoner adds beyond the asserted types' superclasses.

    ``validate --all`` adds them to the data, so that a thing that is a member of a class only by
    inference (``?x ccpcj:nationalityState ?s`` makes ``?s`` a ``ccpcj:State``) meets that class's
    shapes, as in a SHACL engine run on the store's asserted + inferred + ontology graphs. The
    superclasses of asserted types are left out: the ontology slices carry the ``rdfs:subClassOf``
    links, which SHACL follows, so copying them would add work and change nothing.

    Computed in Python from the store's indexes: the same test as a SPARQL ``FILTER NOT EXISTS``
    with ``rdfs:subClassOf*`` per inferred type took 2 s at 100k triples and grew with the graph.
    """
    asserted: dict[Term, set[Term]] = {}
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_DATA_PREFIX):
            for q in store.quads_for_pattern(None, RDF_TYPE, None, g):
                asserted.setdefault(q.subject, set()).add(q.object)  # type: ignore[arg-type]
    up: dict[Term, set[Term]] = {}
    for q in store.quads_for_pattern(None, SUBCLASS_OF, None, ox.NamedNode(GRAPH_ONTOLOGY)):
        up.setdefault(q.subject, set()).add(q.object)  # type: ignore[arg-type]
    above = strict_closure(up)  # rdfs:subClassOf*, each class itself added below

    out: list[Triple] = []
    for q in store.quads_for_pattern(None, RDF_TYPE, None, ox.NamedNode(GRAPH_INFERRED)):
        types = asserted.get(q.subject, ())  # type: ignore[arg-type]
        if not any(q.object == a or q.object in above.get(a, ()) for a in types):
            out.append((q.subject, RDF_TYPE, q.object))  # type: ignore[arg-type]
    return out


def ontology_slices(store: ox.Store) -> list[Triple]:
    """The subclass links between named classes, and a declaration marker per ``ccpcj:`` term.

    These stand in for the ontology, which is kept out of the data graph: ``sh:class`` and
    ``sh:targetClass`` follow ``rdfs:subClassOf`` in the data graph, and DeclaredTermShape looks
    for ``?term rdfs:isDefinedBy <https://w3id.org/ccpcj-kg/ontology>``.
    """
    graph = f"<{GRAPH_ONTOLOGY}>"
    out: list[Triple] = _triples(
        store,
        f"""
        SELECT ?s ?p ?o WHERE {{ BIND(<{RDFS}subClassOf> AS ?p)
          GRAPH {graph} {{ ?s ?p ?o }} FILTER(isIRI(?s) && isIRI(?o)) }}""",
    )
    for row in _select(
        store,
        f"""
        SELECT DISTINCT ?t WHERE {{ GRAPH {graph} {{ ?t a ?kind }}
          FILTER(isIRI(?t) && STRSTARTS(STR(?t), "{CCPCJ}")) }}""",
    ):
        out.append((row["t"], IS_DEFINED_BY, ONTOLOGY))
    return out


def declared_terms(store: ox.Store) -> list[str]:
    """The ``ccpcj:`` terms the ontology declares (for "did you mean" hints)."""
    return sorted(str(s.value) for s, p, _ in ontology_slices(store) if p == IS_DEFINED_BY)
