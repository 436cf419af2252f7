"""SHACL validation of new data in the context of the graph, and of the whole shipped graph.

The data graph handed to pySHACL is an rdflib in-memory graph (docs/design.md) holding
  - the new data (or, with ``--all``, every data graph of the store and the inferred types),
  - for new data, the few triples of the store it needs (``validation_context.context_for``),
  - the ontology's subclass links and a marker per declared term (``ontology_slices``),
and never the ontology itself. Data and shapes are both parsed by pyoxigraph and converted to
rdflib terms by the same function, so literals compare equal (docs/design.md: mixed parsers gave false
``sh:in`` violations). Only results whose focus node is a subject of the data being checked are
kept: the context is there to be read, not judged.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ccpcj_kg import inputs
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import (
    GRAPH_DATA_PREFIX,
    GRAPH_SHAPES,
    SH,
    data_graph_iri,
)
from ccpcj_kg.model.terms import Triple
from ccpcj_kg.paths import Home, find_home
from ccpcj_kg.rdfio import parse_file
from ccpcj_kg.rdflib_bridge import rdflib_graph, to_rdflib
from ccpcj_kg.validation_context import context_for, inferred_types, ontology_slices
from ccpcj_kg.validation_outcome import Finding, Outcome
from ccpcj_kg.validation_report import annotate

MAX_VALIDATE_BYTES = 10 * 1024 * 1024  # new data is a session's worth (< 1 MB); beyond this, split it

SH_NS = rdflib.Namespace(SH)
_PROBE = ox.NamedNode("urn:x-literal:as-stored")
_KEPT_AS_WRITTEN = {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


# -- inputs ------------------------------------------------------------------------------------


@dataclass
class NewData:
    """Parsed files to validate: their triples, and which file first writes each subject."""

    files: list[Path]
    triples: list[Triple] = field(default_factory=list)
    subject_files: dict[ox.NamedNode | ox.BlankNode, list[Path]] = field(default_factory=dict)
    replaces_graphs: list[str] = field(default_factory=list)


def _graph_of(path: Path, home: Home) -> str | None:
    """The store graph a file under data/ is loaded into (its old version, to leave out of context)."""
    try:
        rel = path.resolve().relative_to(home.root)
    except ValueError:
        return None
    if rel.parts[:1] != ("data",) or path.suffix != ".ttl":
        return None
    return data_graph_iri(rel.as_posix())


def read_new_data(files: Sequence[Path], home: Home | None = None) -> NewData:
    """Parse every file (InputError with file:line:col on the first problem)."""
    home = home or find_home()
    unique: list[Path] = []  # a file named twice (or by a link) is read once: its triples are not counted twice
    for path in files:
        if not any(_same(path, seen) for seen in unique):
            unique.append(path)
    new = NewData(unique)
    for path in unique:
        if path.is_file() and path.stat().st_size > MAX_VALIDATE_BYTES:
            size = path.stat().st_size / (1024 * 1024)
            raise InputError(
                f"{path}: {size:.0f} MB is over the {MAX_VALIDATE_BYTES // (1024 * 1024)} MB limit for new data "
                "(split it, or add it to data/ and run `ccpcj-kg validate --all`)"
            )
        quads = parse_file(path, allow_empty=False)
        if not quads:
            raise InputError(f"{path}: no triples to validate")
        for q in quads:
            new.triples.append((q.subject, q.predicate, q.object))  # type: ignore[arg-type]
            files_of = new.subject_files.setdefault(q.subject, [])  # type: ignore[arg-type]
            if path not in files_of:
                files_of.append(path)
        graph = _graph_of(path, home)
        if graph:
            new.replaces_graphs.append(graph)
    return new


def _same(a: Path, b: Path) -> bool:
    try:
        return a == b or os.path.samefile(a, b)
    except OSError:
        return False


# -- running pySHACL ---------------------------------------------------------------------------


def load_shapes(store: ox.Store, home: Home | None = None) -> rdflib.Graph:
    """The shapes graph from the store (built from ontology/shapes.ttl), as an rdflib graph."""
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_SHAPES))
    shapes = rdflib_graph(((q.subject, q.predicate, q.object) for q in quads), rdflib.Graph())  # type: ignore[misc]
    if len(shapes) == 0:
        shapes_file = (home or find_home()).shapes_file
        quads_from_file = parse_file(shapes_file)
        shapes = rdflib_graph(((q.subject, q.predicate, q.object) for q in quads_from_file), rdflib.Graph())  # type: ignore[misc]
    return shapes


def run_pyshacl(data: rdflib.Graph, shapes: rdflib.Graph) -> rdflib.Graph:
    """pySHACL without inference (docs/design.md), SHACL Core and SPARQL, in place (no copy of the data).

    Every node is validated, context included, and the results are filtered afterwards: pySHACL's
    ``focus_nodes`` option would save that work, but it also filters the value nodes that
    ``sh:or``/``sh:node`` pass to nested shapes, so those constraints silently passed (a date
    typed ``xsd:dateTime`` went through ``Document-date``).
    """
    import pyshacl  # 200 ms to import: only here

    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        inplace=True,
        allow_warnings=True,
        abort_on_first=False,
        meta_shacl=False,
    )
    if not isinstance(report, rdflib.Graph):  # pySHACL returns its exception when the shapes are unusable
        raise RuntimeError(f"pySHACL could not run the shapes: {report}")
    return report


# -- outcome -----------------------------------------------------------------------------------



def _local(node: rdflib.term.Node | None) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _results(report: rdflib.Graph) -> Iterable[rdflib.term.Node]:
    for rep in report.subjects(rdflib.RDF.type, SH_NS.ValidationReport):
        yield from report.objects(rep, SH_NS.result)


def _findings(report: rdflib.Graph, keep: set[rdflib.term.Node]) -> tuple[list[Finding], list[rdflib.term.Node]]:
    findings: list[Finding] = []
    kept: list[rdflib.term.Node] = []
    for r in _results(report):
        focus = report.value(r, SH_NS.focusNode)
        if focus not in keep:
            continue
        messages = sorted(str(m) for m in report.objects(r, SH_NS.resultMessage))
        shape = report.value(r, SH_NS.sourceShape)
        findings.append(
            Finding(
                severity=_local(report.value(r, SH_NS.resultSeverity)),
                shape=_local(shape) if isinstance(shape, rdflib.URIRef) else "(anonymous shape)",
                focus=focus,
                path=report.value(r, SH_NS.resultPath),
                value=report.value(r, SH_NS.value),
                message=messages[0] if messages else "",
                component=_local(report.value(r, SH_NS.sourceConstraintComponent)),
            )
        )
        kept.append(r)
    return findings, kept


def _filtered_report(report: rdflib.Graph, kept: list[rdflib.term.Node], conforms: bool) -> rdflib.Graph:
    """A SHACL validation report with only the kept results (and their nested details)."""
    out = rdflib.Graph()
    out.bind("sh", SH_NS)
    root = rdflib.BNode()
    out.add((root, rdflib.RDF.type, SH_NS.ValidationReport))
    out.add((root, SH_NS.conforms, rdflib.Literal(conforms)))
    seen: set[rdflib.term.Node] = set()
    stack = list(kept)
    for r in kept:
        out.add((root, SH_NS.result, r))
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in report.predicate_objects(node):
            if p == SH_NS.sourceShape and isinstance(o, rdflib.BNode):
                continue  # an anonymous shape's structure belongs to the shapes graph
            out.add((node, p, o))
            if isinstance(o, rdflib.BNode):
                stack.append(o)
    return out


def _outcome(
    data: rdflib.Graph,
    shapes: rdflib.Graph,
    keep: set[rdflib.term.Node],
    checked: int,
    context: int,
    start: float,
    files: list[str],
) -> Outcome:
    report = run_pyshacl(data, shapes)
    findings, kept = _findings(report, keep)
    conforms = not any(f.severity == "Violation" for f in findings)
    return Outcome(
        conforms,
        findings,
        _filtered_report(report, kept, conforms),
        data,
        checked,
        context,
        time.perf_counter() - start,
        files,
    )


def _compiled(triples: list[Triple], shapes: rdflib.Graph, keep: set[rdflib.term.Node],
              slices: list[Triple]) -> Outcome | None:
    """The compiled engine (``ccpcj_kg.shacl``) on new data with its context: one SPARQL query per
    check over an in-memory store, so the work grows with the data, not with findings × data as
    pySHACL's did (docs/performance.md). Results on nodes of the context are not kept. None when
    the shapes use something the compiler does not translate."""
    from ccpcj_kg.shacl import engine
    from ccpcj_kg.shacl.compile import Unsupported

    data = ox.Store()
    data.bulk_extend(ox.Quad(s, p, o) for s, p, o in triples)
    try:
        found = engine.run_checks(data, shapes)
    except Unsupported:
        return None
    written = _as_written(triples)
    kept = [dataclasses.replace(r, value=written.get(r.value, r.value) if r.value is not None else None)
            for r in found if r.focus in keep]
    return engine.judge(data, shapes, kept, lambda: slices)


def _as_written(triples: list[Triple]) -> dict[rdflib.term.Node, rdflib.term.Node]:
    """The file's spelling of each literal that the store keeps in canonical form (``141.0`` is
    stored as the decimal ``141``): a finding shows the value as the curator wrote it, as pySHACL
    on the parsed file did."""
    typed = sorted({o for _, _, o in triples if isinstance(o, ox.Literal) and not o.language
                    and o.datatype.value not in _KEPT_AS_WRITTEN}, key=str)
    probe = ox.Store()
    probe.bulk_extend(ox.Quad(ox.NamedNode(f"urn:x-literal:{i}"), _PROBE, o) for i, o in enumerate(typed))
    out: dict[rdflib.term.Node, rdflib.term.Node] = {}
    for q in probe.quads_for_pattern(None, _PROBE, None):
        assert isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)
        original = typed[int(q.subject.value.rsplit(":", 1)[1])]
        if q.object != original:
            out.setdefault(to_rdflib(q.object), to_rdflib(original))
    return out


def validate_new(store: ox.Store, new: NewData, home: Home | None = None, *, started: float | None = None,
                 engine: str = "sparql") -> Outcome:
    """Validate new data against the shapes, with just the context it needs from the store.

    ``started`` (a ``time.perf_counter()`` reading taken before the files were read) makes the
    reported time cover reading them too. ``engine`` as for ``validate_all``: the compiled shapes
    (pySHACL when they use something the compiler does not translate), or ``"pyshacl"``, the
    oracle the tests compare it with."""
    start = started if started is not None else time.perf_counter()
    context = context_for(store, new.triples, new.replaces_graphs)
    slices = ontology_slices(store)
    keep = {to_rdflib(s) for s in new.subject_files}
    shapes = load_shapes(store, home)
    files = [str(p) for p in new.files]
    outcome = _compiled(new.triples + context + slices, shapes, keep, slices) if engine == "sparql" else None
    if outcome is None:  # shapes the compiler does not translate: pySHACL, on the same triples
        data = rdflib_graph(new.triples)
        rdflib_graph(context, data)
        rdflib_graph(slices, data)
        outcome = _outcome(data, shapes, keep, 0, 0, start, files)
    outcome.checked_triples, outcome.context_triples, outcome.files = len(new.triples), len(context), files
    annotate(outcome, {to_rdflib(s): paths for s, paths in new.subject_files.items()}, (home or find_home()).root)
    outcome.seconds = time.perf_counter() - start  # the time it really took, placing findings included
    return outcome


def data_triples(
    store: ox.Store, home: Home | None = None
) -> tuple[list[Triple], dict[ox.NamedNode | ox.BlankNode, list[Path]]]:
    """Every triple of the store's data graphs, and the file(s) each subject is written in."""
    files = {f.graph: f.path for f in inputs.input_files(home or find_home())}
    triples: list[Triple] = []
    subject_files: dict[ox.NamedNode | ox.BlankNode, list[Path]] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        graph = q.graph_name
        if not isinstance(graph, ox.NamedNode) or not graph.value.startswith(GRAPH_DATA_PREFIX):
            continue
        triples.append((q.subject, q.predicate, q.object))  # type: ignore[arg-type]
        path = files.get(graph.value, Path(graph.value.removeprefix(GRAPH_DATA_PREFIX) + ".ttl"))
        where = subject_files.setdefault(q.subject, [])  # type: ignore[arg-type]
        if path not in where:
            where.append(path)
    return triples, subject_files


def validate_all(store: ox.Store, home: Home | None = None, engine: str = "sparql") -> Outcome:
    """Validate every data graph of the store together (the shipped graph).

    ``engine="sparql"`` runs the shapes compiled to SPARQL in pyoxigraph (``ccpcj_kg.shacl``),
    falling back to pySHACL when the shapes use something the compiler does not translate;
    ``engine="pyshacl"`` is the oracle the tests compare it with. Either way the data holds the
    inferred class memberships too (``validation_context.inferred_types``), so that a shape
    targeting a class sees every member of it, as a SHACL engine run on the store's (asserted +
    inferred + ontology) does (docs/validation.md).
    """
    home = home or find_home()
    if engine == "sparql":
        from ccpcj_kg.shacl.compile import Unsupported
        from ccpcj_kg.shacl.engine import validate as run_compiled

        try:
            compiled, files_of = run_compiled(store, load_shapes(store, home), home)
        except Unsupported:
            pass
        else:
            annotate(compiled, files_of, home.root)
            return compiled
    start = time.perf_counter()
    triples, subject_files = data_triples(store, home)
    data = rdflib_graph(triples)
    rdflib_graph(inferred_types(store), data)
    rdflib_graph(ontology_slices(store), data)
    keep = {to_rdflib(s) for s in subject_files}
    files = sorted({str(p) for ps in subject_files.values() for p in ps})
    outcome = _outcome(data, load_shapes(store, home), keep, len(triples), 0, start, files)
    annotate(outcome, {to_rdflib(s): fs for s, fs in subject_files.items()}, home.root)
    outcome.seconds = time.perf_counter() - start
    return outcome

