"""Deterministic exports of the store: the same store gives byte-identical files.

Order is fixed (graphs by IRI, triples sorted); blank nodes get labels from their position in the
sorted output (Turtle, TriG) or from RDFC-1.0 canonicalisation (the line formats, JSON-LD and
RDF/XML), never the store's random ones. Turtle and TriG are written block by block and
bnode-free line formats are streamed from an ordered query, so a large export is not held twice.
"""

from __future__ import annotations

import codecs
import itertools
import os
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
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


def _has_blank(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def _canonical_blank_lines(store: ox.Store, graphs: list[ox.NamedNode], with_graph: bool) -> dict[str, list[str]]:
    """The lines of the quads that hold blank nodes, with RDFC-1.0 labels, by graph ("" for triples).

    RDFC-1.0 labels a blank node from the quads that mention blank nodes only, so canonicalising
    these few gives the labels a canonicalisation of the whole dataset gives.
    """
    default = ox.DefaultGraph()
    dataset = ox.Dataset(
        q if with_graph else ox.Quad(q.subject, q.predicate, q.object, default)
        for q in _quads(store, graphs) if _has_blank(q)
    )
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    out: dict[str, list[str]] = {}
    for q in dataset:
        graph = f" {q.graph_name}" if with_graph else ""
        out.setdefault(str(q.graph_name) if with_graph else "", []).append(
            f"{q.subject} {q.predicate} {q.object}{graph} .\n")
    return out


def _sorted_into(lines: Iterable[str], out: TextIO, unique: bool) -> None:
    """``lines`` to ``out`` in code point order (a stable external sort: memory stays flat)."""
    with tempfile.TemporaryDirectory(prefix="ccpcj-kg-export-") as tmp:
        unsorted = Path(tmp) / "lines"
        with unsorted.open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)
        cmd = ["sort", "-S", "64M", "-T", tmp, *(["-u"] if unique else []), str(unsorted)]
        with subprocess.Popen(cmd, stdout=subprocess.PIPE, env={**os.environ, "LC_ALL": "C"}) as proc:
            assert proc.stdout is not None
            decode = codecs.getincrementaldecoder("utf-8")().decode
            for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
                out.write(decode(chunk))
            out.write(decode(b"", final=True))
        if proc.returncode:
            raise RuntimeError(f"sort failed with exit code {proc.returncode}")


def _write_sorted_lines(store: ox.Store, graphs: list[ox.NamedNode], out: TextIO, with_graph: bool) -> None:
    """What ``_canonical_quads`` writes, byte for byte, without canonicalising what has no blank node.

    Lines sort like the quads' ``(graph, subject, predicate, object)`` strings: each graph on its
    own, and within it the whole line, since a space sorts before anything that can follow a
    term. UTF-8 byte order (``LC_ALL=C sort``) is code point order, which is Python's.
    """
    blank = _canonical_blank_lines(store, graphs, with_graph)

    def plain(gs: list[ox.NamedNode]) -> Iterator[str]:
        for g in gs:
            graph = f" {g}" if with_graph else ""
            for q in store.quads_for_pattern(None, None, None, g):
                if not _has_blank(q):
                    yield f"{q.subject} {q.predicate} {q.object}{graph} .\n"

    if not with_graph:
        _sorted_into(itertools.chain(plain(graphs), blank.get("", [])), out, unique=True)
        return
    for g in sorted(graphs, key=str):
        _sorted_into(itertools.chain(plain([g]), blank.get(str(g), [])), out, unique=False)


def _write_lines(store: ox.Store, graphs: list[ox.NamedNode], out: TextIO, with_graph: bool) -> None:
    if not graphs:
        return
    if _has_blank_nodes(store, graphs):
        _write_sorted_lines(store, graphs, out, with_graph)
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
