"""The dataset's VoID/DCAT description, its figures computed from the graph at build time.

The fixed part (title, licence, publisher, first-release date, endpoint, dump, link targets) is
``ontology/dataset.ttl``; ``describe`` adds what would go stale if written by hand: the version and
its date (copied from the ontology header, where a release writes them once), the number of
triples and entities of the data graphs, one class partition per class with its entity count,
the vocabularies the data uses, the languages of its names (``dcterms:language``) with the number
of ``skos:prefLabel``s, and one linkset per (link predicate, target dataset) with its link
count and the sources its links cite. Everything goes to the named graph ``…/graph/dataset``;
``tests/test_dataset.py`` recomputes the figures with its own code (docs/dataset.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import (
    DCAT,
    DCTERMS,
    GRAPH_DATA_PREFIX,
    GRAPH_DATASET,
    GRAPH_ONTOLOGY,
    ID,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    SKOS,
    VOID,
    XSD,
)

DATASET = "https://w3id.org/ccpcj-kg/dataset"
LINK_PREDICATES = (SKOS + "exactMatch", SKOS + "closeMatch")

_DATA = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_DATA_PREFIX}"))'
_KEY = re.compile(r"[^A-Za-z0-9]+")


def _rows(db: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(db.query(query))  # type: ignore[arg-type]


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def _q(s: str, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, ox.NamedNode(GRAPH_DATASET))


def key(iri: str) -> str:
    """A readable IRI key for a term: ``ccpcj:MemberState`` → ``ccpcj-MemberState``."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}-{_KEY.sub('-', iri[len(ns):]).strip('-')}"
    return _KEY.sub("-", iri).strip("-")


def _data_graphs(db: ox.Store) -> str:
    """The data graphs as a ``VALUES ?g`` block: filtering every quad on ``STR(?g)`` decoded the
    graph name a million times at 1M triples (the description then took 40 s; docs/performance.md)."""
    names = sorted(g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode)
                   and g.value.startswith(GRAPH_DATA_PREFIX))
    return "VALUES ?g { " + " ".join(f"<{n}>" for n in names) + " }"


def triple_count(db: ox.Store) -> int:
    """Distinct triples over the data graphs (a triple in two files counts once)."""
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {_data_graphs(db)} "
         "GRAPH ?g { ?s ?p ?o } } }")
    return int(_rows(db, q)[0]["n"].value)


def entity_count(db: ox.Store) -> int:
    """Distinct subjects under ``/id/`` in the data graphs (the IRI test once per subject, not per triple)."""
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT DISTINCT ?s WHERE {{ {_data_graphs(db)} "
         "GRAPH ?g { ?s ?p ?o } } } "
         f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ID}")) }}')
    return int(_rows(db, q)[0]["n"].value)


def class_counts(db: ox.Store) -> dict[str, int]:
    """Asserted class → number of distinct instances, over the data graphs."""
    q = f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {_data_graphs(db)} GRAPH ?g {{ ?s a ?c }} }} GROUP BY ?c"
    return {r["c"].value: int(r["n"].value) for r in _rows(db, q) if isinstance(r["c"], ox.NamedNode)}


def vocabularies(db: ox.Store) -> list[str]:
    """The namespaces (of ``PREFIXES``) of the predicates and classes the data graphs use."""
    q = (f"SELECT DISTINCT ?t WHERE {{ {_data_graphs(db)} "
         "{ GRAPH ?g { ?s ?t ?o } } UNION { GRAPH ?g { ?s a ?t } } }")
    return sorted({ns for ns in (namespace(r["t"].value) for r in _rows(db, q)) if ns})


_SPACES = {ns for ns in PREFIXES.values() if not ns.startswith(ID)}


def namespace(term: str) -> str | None:
    """The vocabulary (the longest namespace of ``PREFIXES`` outside /id/) a term belongs to."""
    return max((ns for ns in _SPACES if term.startswith(ns)), key=len, default=None)


def targets(db: ox.Store) -> dict[str, str]:
    """Link target dataset IRI → its ``void:uriSpace`` (from the fixed description)."""
    q = (f"SELECT ?t ?space WHERE {{ GRAPH <{GRAPH_DATASET}> {{ ?t a <{VOID}Dataset> ; <{VOID}uriSpace> ?space }} "
         f"FILTER(?t != <{DATASET}>) }}")
    return {r["t"].value: r["space"].value for r in _rows(db, q)}


def link_counts(db: ox.Store, space: str, predicate: str) -> tuple[int, list[str]]:
    """Links with ``predicate`` into ``space`` in the data graphs, and the sources their subjects'
    provenance (in the same graph as the link) cites."""
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} {_DATA} "
         f'FILTER(STRSTARTS(STR(?o), "{space}")) }} }}')
    n = int(_rows(db, q)[0]["n"].value)
    q = (f"SELECT DISTINCT ?src WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o ; <{PROV}wasDerivedFrom> ?p }} {_DATA} "
         f'FILTER(STRSTARTS(STR(?o), "{space}")) GRAPH ?h {{ ?p <{DCTERMS}isPartOf> ?src }} }}')
    return n, sorted(r["src"].value for r in _rows(db, q))


def header(db: ox.Store) -> dict[str, ox.Literal]:
    """owl:versionInfo and dcterms:modified (the date of this version) of the ontology header."""
    out = {}
    for pred in (OWL + "versionInfo", DCTERMS + "modified"):
        found = db.quads_for_pattern(ox.NamedNode(ONTOLOGY_IRI), ox.NamedNode(pred), None, ox.NamedNode(GRAPH_ONTOLOGY))
        for q in found:
            if isinstance(q.object, ox.Literal):
                out[pred] = q.object
    return out


def has_description(db: ox.Store) -> bool:
    """Whether the fixed part (``ontology/dataset.ttl``) was loaded into the dataset graph."""
    node, graph = ox.NamedNode(DATASET), ox.NamedNode(GRAPH_DATASET)
    return next(iter(db.quads_for_pattern(node, None, None, graph)), None) is not None


LANGUAGE_IRI = "http://id.loc.gov/vocabulary/iso639-1/"  # DCAT's recommended language IRIs


def label_counts(db: ox.Store) -> dict[str, int]:
    """``skos:prefLabel`` triples per language tag in the data graphs (the dataset's triples; the
    ontology's own labels, in the ontology graph, are the vocabulary's, not the dataset's)."""
    rows = _rows(db, f"""SELECT ?lang (COUNT(*) AS ?n) WHERE {{
        GRAPH ?g {{ ?s <{SKOS}prefLabel> ?l }} {_DATA} }} GROUP BY (LANG(?l) AS ?lang)""")
    return {row["lang"].value: int(row["n"].value) for row in rows if row["lang"].value}


@dataclass
class Figures:
    """The computed figures of the description: what ``render`` turns into triples (an incremental
    build updates these instead of recounting a large graph, ``ccpcj_kg.incremental``)."""

    triples: int
    entities: int
    vocabularies: list[str]
    classes: dict[str, int]  # class IRI -> instances
    linksets: dict[tuple[str, str], tuple[int, list[str]]]  # (target, link predicate) -> (links, sources); links > 0
    labels: dict[str, int] = field(default_factory=dict)  # language tag -> skos:prefLabel triples


def linksets(db: ox.Store) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """Every (target dataset, link predicate) with at least one link, with its count and sources."""
    out = {}
    for target, space in sorted(targets(db).items()):
        for predicate in LINK_PREDICATES:
            n, sources = link_counts(db, space, predicate)
            if n:
                out[(target, predicate)] = (n, sources)
    return out


def figures(db: ox.Store) -> Figures:
    """Count everything the description states, over the whole graph."""
    return Figures(triple_count(db), entity_count(db), vocabularies(db), class_counts(db), linksets(db),
                   label_counts(db))


def describe(db: ox.Store) -> Iterator[ox.Quad]:
    """The computed part of the description (the fixed part must already be in the dataset graph)."""
    return render(header(db), figures(db))


def render(head: dict[str, ox.Literal], fig: Figures) -> Iterator[ox.Quad]:
    """The description's computed triples for these header values and figures."""
    if OWL + "versionInfo" in head:
        version = head[OWL + "versionInfo"]
        yield _q(DATASET, OWL + "versionInfo", version)
        yield _q(DATASET, DCAT + "version", ox.Literal(version.value))
        yield _q(DATASET, OWL + "versionIRI", ox.NamedNode(f"{DATASET}/{version.value}"))
    if DCTERMS + "modified" in head:
        yield _q(DATASET, DCTERMS + "modified", head[DCTERMS + "modified"])
    yield _q(DATASET, VOID + "triples", _int(fig.triples))
    yield _q(DATASET, VOID + "entities", _int(fig.entities))
    for vocabulary in fig.vocabularies:
        yield _q(DATASET, VOID + "vocabulary", ox.NamedNode(vocabulary))
    labels = fig.labels
    for lang in sorted(labels):  # the languages its names are in (dcterms:language, as DCAT says)
        yield _q(DATASET, DCTERMS + "language", ox.NamedNode(LANGUAGE_IRI + lang.split("-")[0]))
    if labels:  # how many preferred labels, all languages together (VoID has no per-language figure)
        part = f"{DATASET}/property/{key(SKOS + 'prefLabel')}"
        yield _q(DATASET, VOID + "propertyPartition", ox.NamedNode(part))
        yield _q(part, VOID + "property", ox.NamedNode(SKOS + "prefLabel"))
        yield _q(part, VOID + "triples", _int(sum(labels.values())))
    for cls, n in sorted(fig.classes.items()):
        part = f"{DATASET}/class/{key(cls)}"
        yield _q(DATASET, VOID + "classPartition", ox.NamedNode(part))
        yield _q(part, VOID + "class", ox.NamedNode(cls))
        yield _q(part, VOID + "entities", _int(n))
    for (target, predicate), (n, sources) in sorted(fig.linksets.items()):
        linkset = f"{DATASET}/linkset/{key(predicate)}-{target.rsplit('/', 1)[-1]}"
        yield _q(DATASET, VOID + "subset", ox.NamedNode(linkset))
        yield _q(linkset, RDF + "type", ox.NamedNode(VOID + "Linkset"))
        yield _q(linkset, VOID + "subjectsTarget", ox.NamedNode(DATASET))
        yield _q(linkset, VOID + "objectsTarget", ox.NamedNode(target))
        yield _q(linkset, VOID + "linkPredicate", ox.NamedNode(predicate))
        yield _q(linkset, VOID + "triples", _int(n))
        for source in sources:
            yield _q(linkset, DCTERMS + "source", ox.NamedNode(source))
