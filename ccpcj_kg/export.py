"""Deterministic exports of the store: the same store gives byte-identical files.

Order is fixed (graphs by IRI, triples sorted); blank nodes get labels from their position in the
sorted output (Turtle, TriG) or from RDFC-1.0 canonicalisation (the line formats, JSON-LD and
RDF/XML), never the store's random ones. Turtle and TriG are written block by block and
line formats are pyoxigraph's dumps sorted by `sort`, so a large export is never held in memory.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple, write_turtle
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import (
    GRAPH_DATA_PREFIX,
    GRAPH_DATASET,
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
    GRAPH_SHAPES,
    PREFIXES,
)

FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "xml")
GRAPH_SETS = ("asserted", "inferred", "ontology", "shapes", "dataset", "all")
# What another triple store needs for every saved query to answer as the local store does: the
# curated data, the reasoner's shortcuts the queries rely on, and the ontology (labels of terms,
# subclass links). Only the shapes are left out: no query reads them.
DEFAULT_GRAPHS = ("asserted", "inferred", "ontology", "dataset")
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
            else "dataset" if name == GRAPH_DATASET
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


@contextlib.contextmanager
def _temporary(path: Path) -> Iterator[None]:
    """Writing the sort's temporary file: a full disk there is named as such, not taken for stdout."""
    try:
        yield
    except OSError as exc:
        raise InputError(f"{path.parent}: cannot write the export's temporary file "
                         f"({exc.strerror or exc}; set TMPDIR to a folder with room)") from None


def _canonical_blank_lines(blank_files: list[tuple[str, Path]]) -> dict[str, list[str]]:
    """The dumped lines that hold blank nodes, relabelled by RDFC-1.0, by graph ("" for triples).

    ``blank_files`` are (graph, file of that graph's dumped blank-node lines); the store's own
    blank node ids are the same in every dump of one store, so a node shared by two graphs stays
    one node. RDFC-1.0 labels a blank node from the quads that mention blank nodes only, so
    canonicalising these few gives the labels a canonicalisation of the whole dataset gives.
    """
    dataset = ox.Dataset()
    for graph, path in blank_files:
        name: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph[1:-1]) if graph else ox.DefaultGraph()
        for t in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
            dataset.add(ox.Quad(t.subject, t.predicate, t.object, name))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    out: dict[str, list[str]] = {}
    for q in dataset:
        graph = str(q.graph_name) if isinstance(q.graph_name, ox.NamedNode) else ""
        out.setdefault(graph, []).append(f"{q.subject} {q.predicate} {q.object} .\n")
    return out


# A line whose subject or object is a blank node (IRIs hold no ">", so this is exact).
_BLANK_LINE = r"^_:|^<[^>]*> <[^>]*> _:"
_ENV = {**os.environ, "LC_ALL": "C"}


def _sort_into(dumped: Path, blank: list[str], out: TextIO, unique: bool, suffix: str | None, tmp: Path) -> None:
    """Lines of ``dumped`` without blank nodes, plus ``blank``, in code point order, to ``out``.

    ``grep`` and ``sort`` (``LC_ALL=C``: UTF-8 byte order is code point order, Python's) keep
    memory flat; ``suffix`` replaces each line's final " .\\n" (a graph name for N-Quads).
    """
    extra = tmp / "blank.nt"
    extra.write_text("".join(blank), encoding="utf-8")
    write = _byte_writer(out)
    end = suffix.encode("utf-8") if suffix else None
    with subprocess.Popen(["grep", "-v", "-E", _BLANK_LINE, str(dumped)], stdout=subprocess.PIPE, env=_ENV) as grep, \
            subprocess.Popen(["sort", "-S", "64M", "-T", str(tmp), *(["-u"] if unique else []), "-", str(extra)],
                             stdin=grep.stdout, stdout=subprocess.PIPE, env=_ENV) as sort:
        assert grep.stdout is not None and sort.stdout is not None
        grep.stdout.close()
        rest = b""
        for chunk in iter(lambda: sort.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
            if end is not None:  # whole lines only: a literal never holds a raw newline
                data = rest + chunk
                cut = data.rfind(b"\n") + 1
                rest, chunk = data[cut:], data[:cut].replace(b" .\n", end)
            write(chunk)
        write(rest)
    if grep.returncode not in (0, 1) or sort.returncode:
        raise RuntimeError(f"grep/sort failed (exit {grep.returncode}/{sort.returncode})")


def _byte_writer(out: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 bytes to ``out``: straight to its binary buffer when it has one (a file, stdout),
    sparing a decode and re-encode of the whole export; write errors read as the text layer's."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        decode = codecs.getincrementaldecoder("utf-8")().decode
        return lambda data: out.write(decode(data))
    out.flush()
    label = getattr(out, "label", "")

    def write(data: bytes) -> None:
        try:
            buffer.write(data)
        except OSError as exc:  # a safe_write file names itself; stdout's errors are the CLI's to report
            if not label or isinstance(exc, BrokenPipeError):
                raise
            raise InputError(f"{label}: cannot write ({exc.strerror or exc})") from None
    return write


def _dump_graphs(store: ox.Store, graphs: list[ox.NamedNode], tmp: Path, with_graph: bool
                 ) -> list[tuple[str, Path, Path]]:
    """Each graph (or, for triples, all of them) dumped by pyoxigraph as N-Triples into ``tmp``:
    (graph, dump, its blank-node lines). The blank-node lines are picked by a ``grep`` that runs
    on the other core while the next graph is dumped."""
    parts = [(str(g), [g]) for g in sorted(graphs, key=str)] if with_graph else [("", graphs)]
    out: list[tuple[str, Path, Path]] = []
    greps: list[subprocess.Popen[bytes]] = []
    try:
        for n, (name, members) in enumerate(parts):
            dumped, blank = tmp / f"dump-{n}.nt", tmp / f"blank-{n}.nt"
            with _temporary(dumped), dumped.open("wb") as fh:
                for g in members:
                    store.dump(fh, format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            with blank.open("wb") as sink:
                greps.append(subprocess.Popen(["grep", "-E", _BLANK_LINE, str(dumped)], stdout=sink, env=_ENV))
            out.append((name, dumped, blank))
    finally:
        codes = [p.wait() for p in greps]
    if any(c not in (0, 1) for c in codes):
        raise RuntimeError(f"grep failed (exit {max(codes)})")
    return out


def _write_lines(store: ox.Store, graphs: list[ox.NamedNode], out: TextIO, with_graph: bool) -> None:
    """What ``_canonical_quads`` writes, byte for byte, without canonicalising what has no blank node.

    pyoxigraph dumps each graph as N-Triples (its lines are the quads' own renderings); lines sort
    like the quads' ``(graph, subject, predicate, object)`` strings: graph by graph, and within
    one the whole line, since a space sorts before anything that can follow a term. Only the
    blank-node lines, found by ``grep`` in the dumps, are read into Python (docs/performance.md).
    """
    if not graphs:
        return
    with tempfile.TemporaryDirectory(prefix="ccpcj-kg-export-") as name:
        tmp = Path(name)
        dumps = _dump_graphs(store, graphs, tmp, with_graph)
        blank = _canonical_blank_lines([(g, b) for g, _, b in dumps])
        for graph, dumped, _ in dumps:
            _sort_into(dumped, blank.get(graph, []), out, unique=not with_graph,
                       suffix=f" {graph} .\n" if with_graph else None, tmp=tmp)
            dumped.unlink()


def write_export(store: ox.Store, fmt: str, which: tuple[str, ...], out: TextIO) -> int:
    """Write the chosen graphs in ``fmt`` to ``out``; return the number of graphs written.

    ``which`` empty means ``DEFAULT_GRAPHS``.
    """
    which = which or DEFAULT_GRAPHS
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
