"""The dataset description's figures after an edit, from the previous figures and the edit's
union-level changes: recounting them (``ccpcj_kg.dataset.figures``) reads the whole graph, 10 s at
a million triples, where the changes give them in index lookups.

The previous figures are read back from the dataset graph, and trusted only when rendering them
gives exactly the computed part found there (else the caller falls back to a full build).
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from ccpcj_kg.dataset import (
    DATASET,
    LINK_PREDICATES,
    Figures,
    label_counts,
    linksets,
    namespace,
    render,
)
from ccpcj_kg.incremental.changes import Changes, Triple, is_data_graph
from ccpcj_kg.model.namespaces import DCTERMS, GRAPH_DATA_PREFIX, PROV, RDF, SKOS, VOID

RDF_TYPE = RDF + "type"
# Triples whose change can move a linkset's count or sources (dataset.link_counts).
LINK_INPUTS = {*LINK_PREDICATES, PROV + "wasDerivedFrom", DCTERMS + "isPartOf"}


def read(computed: set[ox.Quad], head: dict[str, ox.Literal], labels: dict[str, int]) -> Figures | None:
    """The figures ``computed`` (the dataset graph minus its fixed part) states, or None when they
    do not render back to exactly those triples. The labels by language are not all stated (only
    the languages and the total): ``labels`` gives them, counted before the edit."""
    by_subject: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = defaultdict(lambda: defaultdict(list))
    for q in computed:
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, (ox.NamedNode, ox.Literal)):
            by_subject[q.subject.value][q.predicate.value].append(q.object)

    def one(subject: str, predicate: str) -> str | None:
        values = by_subject.get(subject, {}).get(predicate, [])
        return values[0].value if len(values) == 1 else None

    try:
        root = by_subject.get(DATASET, {})
        classes: dict[str, int] = {}
        for part in root.get(VOID + "classPartition", []):
            cls, n = one(part.value, VOID + "class"), one(part.value, VOID + "entities")
            if cls is None or n is None:
                return None
            classes[cls] = int(n)
        sets: dict[tuple[str, str], tuple[int, list[str]]] = {}
        for linkset in root.get(VOID + "subset", []):
            fields = by_subject.get(linkset.value, {})
            target, predicate = one(linkset.value, VOID + "objectsTarget"), one(linkset.value, VOID + "linkPredicate")
            n = one(linkset.value, VOID + "triples")
            if target is None or predicate is None or n is None:
                return None
            sets[(target, predicate)] = (int(n), sorted(s.value for s in fields.get(DCTERMS + "source", [])))
        triples, entities = one(DATASET, VOID + "triples"), one(DATASET, VOID + "entities")
        if triples is None or entities is None:
            return None
        fig = Figures(int(triples), int(entities), sorted(v.value for v in root.get(VOID + "vocabulary", [])),
                      classes, sets, labels)
    except ValueError:
        return None
    return fig if set(render(head, fig)) == computed else None


def _terms(t: Triple) -> list[tuple[str, ox.NamedNode | None, ox.NamedNode | None]]:
    """The vocabulary terms a triple uses, each with how to find another use of it: as a
    predicate, or as a class (the object of rdf:type)."""
    _s, p, o = t
    out: list[tuple[str, ox.NamedNode | None, ox.NamedNode | None]] = [(p.value, p, None)]
    if p.value == RDF_TYPE:
        out.append((o.value if not isinstance(o, ox.Triple) else "", None, o if isinstance(o, ox.NamedNode) else None))
    return out


def _still_used(db: ox.Store, graphs: list[ox.NamedNode], predicate: ox.NamedNode | None,
                cls: ox.NamedNode | None) -> bool:
    """Whether a data graph still uses this predicate (or class), by one index lookup per graph."""
    if predicate is not None:
        return any(next(iter(db.quads_for_pattern(None, predicate, None, g)), None) is not None for g in graphs)
    if cls is not None:
        rdf_type = ox.NamedNode(RDF_TYPE)
        return any(next(iter(db.quads_for_pattern(None, rdf_type, cls, g)), None) is not None for g in graphs)
    return False


def _namespace_used(db: ox.Store, ns: str) -> bool:
    """Whether any predicate or class of the data graphs belongs to ``ns`` (a scan that stops at
    the first one: only needed when the edit removed the last use of every term it knew there)."""
    query = (f"SELECT ?t WHERE {{ {{ GRAPH ?g {{ ?s ?t ?o }} }} UNION {{ GRAPH ?g {{ ?s a ?t }} }} "
             f'FILTER(STRSTARTS(STR(?g), "{GRAPH_DATA_PREFIX}")) FILTER(STRSTARTS(STR(?t), "{ns}")) }}')
    return any(namespace(row["t"].value) == ns for row in db.query(query))  # type: ignore[union-attr]


def update(db: ox.Store, old: Figures, changes: Changes, touched: set[str]) -> Figures:
    """The figures after the edit (``db`` holds the new version, inferred graph included);
    ``touched`` is every predicate of a quad the edit added or removed in any graph."""
    classes = dict(old.classes)
    for triples, sign in ((changes.removed, -1), (changes.added, 1)):
        for _s, p, o in triples:
            if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
                classes[o.value] = classes.get(o.value, 0) + sign
    classes = {c: n for c, n in classes.items() if n}

    vocab = set(old.vocabularies)
    added_spaces = {namespace(term) for t in changes.added for term, _, _ in _terms(t)} - {None}
    vocab |= {ns for ns in added_spaces if ns}
    graphs = [g for g in db.named_graphs() if isinstance(g, ox.NamedNode) and is_data_graph(g)]
    gone: dict[str, list[tuple[ox.NamedNode | None, ox.NamedNode | None]]] = defaultdict(list)
    for t in changes.removed:
        for term, predicate, cls in _terms(t):
            ns = namespace(term)
            if ns and ns in vocab and ns not in added_spaces:
                gone[ns].append((predicate, cls))
    for ns, terms in gone.items():
        if not any(_still_used(db, graphs, p, c) for p, c in set(terms)) and not _namespace_used(db, ns):
            vocab.discard(ns)

    links = linksets(db) if touched & LINK_INPUTS else dict(old.linksets)
    labels = label_counts(db) if SKOS + "prefLabel" in touched else dict(old.labels)  # one predicate: cheap
    return Figures(old.triples + len(changes.added) - len(changes.removed), old.entities + changes.entities,
                   sorted(vocab), classes, links, labels)
