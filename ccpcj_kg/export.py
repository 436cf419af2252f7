"""Deterministic exports of the store: the same store gives byte-identical files.

Order is fixed (graphs by IRI, triples sorted); blank nodes get labels from their position in the
sorted output (Turtle, TriG) or from RDFC-1.0 canonicalisation (the line formats, JSON-LD and
RDF/XML), never the store's random ones. Turtle and TriG are written block by block and
bnode-free line formats are streamed from an ordered query, so a large export is not held twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple, write_turtle
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import (
    GRAPH_DATA_PREFIX,
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
    GRAPH_SHAPES,
    PREFIXES,
)
from ccpcj_kg.querying import solutions

FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "xml")
GRAPH_SETS = ("asserted", "inferred", "ontology", "shapes", "all")
DATASET_FORMATS = {"nquads", "trig", "jsonld"}


def selected_graphs(store: ox.Store, which: tuple[str, ...]) -> list[ox.NamedNode]:
    """The named graphs a ``--graphs`` choice stands for, sorted by IRI."""
    unknown = set(which) - set(GRAPH_SETS)
    if unknown:
        raise InputError(f"unknown graph set {sorted(unknown)[0]!r} (choose from {', '.join(GRAPH_SETS)})")
    names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    wanted = set(which)
    out = []
    for name in names:
        kind = (
            "asserted" if name.startswith(GRAPH_DATA_PREFIX)
            else "inferred" if name == GRAPH_INFERRED
            else "ontology" if name == GRAPH_ONTOLOGY
            else "shapes" if name == GRAPH_SHAPES
            else None
        )
        if kind and ("all" in wanted or kind in wanted):
            out.append(ox.NamedNode(name))
    return out


def _triple(quad: ox.Quad) -> Triple:
    """A store quad as the writer's triple (RDF-star terms never occur in this graph)."""
    s, o = quad.subject, quad.object
    if isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
        raise InputError("RDF-star triples cannot be exported")
    return (s, quad.predicate, o)


def _has_blank_nodes(store: ox.Store, graphs: list[ox.NamedNode]) -> bool:
    values = " ".join(str(g) for g in graphs)
    return bool(store.query(
        f"ASK {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} FILTER(ISBLANK(?s) || ISBLANK(?o)) }}"
    ))


def _quads(store: ox.Store, graphs: list[ox.NamedNode]) -> Iterator[ox.Quad]:
    for g in graphs:
        yield from store.quads_for_pattern(None, None, None, g)


def _canonical_quads(store: ox.Store, graphs: list[ox.NamedNode], keep_graphs: bool) -> list[ox.Quad]:
    """Sorted quads with RDFC-1.0 blank node labels (graph names dropped for triple formats)."""
    default = ox.DefaultGraph()
    dataset = ox.Dataset(
        q if keep_graphs else ox.Quad(q.subject, q.predicate, q.object, default) for q in _quads(store, graphs)
    )
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(dataset, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _write_lines(store: ox.Store, graphs: list[ox.NamedNode], out: TextIO, with_graph: bool) -> None:
    if not graphs:
        return
    if _has_blank_nodes(store, graphs):
        for q in _canonical_quads(store, graphs, keep_graphs=with_graph):
            graph = f" {q.graph_name}" if with_graph else ""
            out.write(f"{q.subject} {q.predicate} {q.object}{graph} .\n")
        return
    values = " ".join(str(g) for g in graphs)
    if with_graph:
        query = f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} ORDER BY ?g ?s ?p ?o"
    else:
        query = (f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} "
                 "ORDER BY ?s ?p ?o")
    for row in solutions(store.query(query)):
        graph = f" {row['g']}" if with_graph else ""
        out.write(f"{row['s']} {row['p']} {row['o']}{graph} .\n")


def write_export(store: ox.Store, fmt: str, which: tuple[str, ...], out: TextIO) -> int:
    """Write the chosen graphs in ``fmt`` to ``out``; return the number of graphs written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    graphs = selected_graphs(store, which)
    if fmt == "ntriples":
        _write_lines(store, graphs, out, with_graph=False)
    elif fmt == "nquads":
        _write_lines(store, graphs, out, with_graph=True)
    elif fmt == "turtle":
        write_turtle({_triple(q) for q in _quads(store, graphs)}, out)
    elif fmt == "trig":
        for n, g in enumerate(graphs):
            if n:
                out.write("\n")
            write_turtle([_triple(q) for q in store.quads_for_pattern(None, None, None, g)], out,
                         graph=g.value, header=(n == 0))
        if not graphs:
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())))
    else:
        quads = _canonical_quads(store, graphs, keep_graphs=(fmt == "jsonld"))
        if fmt == "jsonld":
            data = ox.serialize(quads, format=ox.RdfFormat.JSON_LD)
        else:
            data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
        out.write(data.decode("utf-8") if data else "")
        if data and not data.endswith(b"\n"):
            out.write("\n")
    return len(graphs)
