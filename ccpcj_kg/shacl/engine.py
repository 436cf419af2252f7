"""Whole-graph validation run by the store: compiled shapes over an in-memory copy of the data graphs.

``ccpcj-kg validate --all`` used to turn every data graph into one rdflib graph for pySHACL, which
took 19 s on the shipped 18k triples and did not finish on 100k. Here the data graphs (plus the
two ontology slices the shapes rely on, as for pySHACL) are copied into an in-memory pyoxigraph
store, where the union of the files is one default graph — a set, as an rdflib graph is — and
each compiled check (``shacl.compile``) is one SPARQL query over it. Only the results, the few
triples that describe their focus nodes, and the files they are written in come back to Python.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as time_of_day
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ccpcj_kg import inputs
from ccpcj_kg.hierarchy import strict_closure
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, RDFS, XSD
from ccpcj_kg.model.terms import Triple
from ccpcj_kg.paths import Home
from ccpcj_kg.rdflib_bridge import to_rdflib
from ccpcj_kg.shacl.compile import SH, Check, Compiler
from ccpcj_kg.validation_context import inferred_types, ontology_slices
from ccpcj_kg.validation_outcome import Finding, Outcome

Node = rdflib.term.Node
_SUBCLASS_OF = ox.NamedNode(RDFS + "subClassOf")
_CLONE_DEPTH = 10  # pySHACL copies blank nodes into the report down to this depth
# Datatypes whose lexical forms cannot be ill-typed for rdflib (any string is fine).
_ANY_LEXICAL = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", RDFS + "Literal"}
_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    XSD + "integer": int, XSD + "float": float, XSD + "decimal": Decimal, XSD + "boolean": bool,
    XSD + "date": date, XSD + "time": time_of_day, XSD + "dateTime": datetime,
}


@dataclass
class Dataset:
    """The data graphs of a store, merged into one in-memory default graph with the ontology slices."""

    store: ox.Store
    graphs: list[ox.NamedNode]
    triples: int


def data_graphs(store: ox.Store) -> list[ox.NamedNode]:
    return sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_DATA_PREFIX)),
        key=lambda g: g.value,
    )


def load(store: ox.Store) -> Dataset:
    """Copy the data graphs (blank nodes keep their identifiers), the inferred types and the ontology slices.

    Each graph is dumped by pyoxigraph and bulk-loaded into the copy without passing its terms
    through Python (3.5x faster than copying quad objects, docs/performance.md); only the few lines
    with blank nodes are parsed in Python, because a bulk load would rename their nodes.
    """
    mem = ox.Store()
    graphs = data_graphs(store)
    count = 0
    for g in graphs:
        buf = io.BytesIO()
        store.dump(buf, format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        data = buf.getvalue()
        count += data.count(b"\n")  # one line per triple: N-Triples escapes newlines in literals
        plain, blank = _split_blank_lines(data)
        mem.bulk_load(input=plain, format=ox.RdfFormat.N_TRIPLES)
        if blank:
            mem.extend(ox.parse(blank, format=ox.RdfFormat.N_TRIPLES))
    mem.extend(ox.Quad(s, p, o) for s, p, o in inferred_types(store))  # members of a class by inference
    mem.extend(ox.Quad(s, p, o) for s, p, o in ontology_slices(store))
    return Dataset(mem, graphs, count)


# A dumped line whose subject or object is a blank node (IRIs hold no ">" or space, so this is exact).
_BLANK_LINE = re.compile(rb"_:|<[^>]*> <[^>]*> _:")


def _split_blank_lines(data: bytes) -> tuple[bytes, bytes]:
    """N-Triples ``data`` as (lines without blank nodes, lines with them); "_:" is searched for in
    C, so only the few lines that hold it are looked at in Python."""
    plain: list[bytes] = []
    blank: list[bytes] = []
    kept = pos = 0
    while (pos := data.find(b"_:", pos)) != -1:
        start = data.rfind(b"\n", 0, pos) + 1
        end = data.find(b"\n", pos) + 1 or len(data)
        if _BLANK_LINE.match(data, start):
            plain.append(data[kept:start])
            blank.append(data[start:end])
            kept = end
        pos = end
    plain.append(data[kept:])
    return b"".join(plain), b"".join(blank)


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return result


def subclass_closure(store: ox.Store) -> dict[Node, set[Node]]:
    """For each class, every class below it (``rdfs:subClassOf*``, itself excluded) in the data graph."""
    below: dict[Node, set[Node]] = {}
    for q in store.quads_for_pattern(None, _SUBCLASS_OF, None, ox.DefaultGraph()):
        below.setdefault(to_rdflib(q.object), set()).add(to_rdflib(q.subject))  # type: ignore[arg-type]
    return strict_closure(below)


def well_typed(lit: rdflib.Literal) -> bool:
    """rdflib's verdict on a literal's lexical form, as pySHACL's sh:datatype applies it."""
    if lit.ill_typed:
        return False
    expected = _PYTHON_TYPES.get(str(lit.datatype))
    return expected is None or isinstance(lit.value, expected)


def ill_typed(store: ox.Store, datatypes: Iterable[Node]) -> dict[Node, list[rdflib.Literal]]:
    """The literals of the data whose lexical form rdflib rejects, for the datatypes the shapes check."""
    wanted = sorted({str(d) for d in datatypes} - _ANY_LEXICAL)
    if not wanted:
        return {}
    values = ", ".join(f"<{d}>" for d in wanted)
    bad: dict[Node, list[rdflib.Literal]] = {}
    query = f"SELECT DISTINCT ?o WHERE {{ ?s ?p ?o FILTER(isLiteral(?o) && DATATYPE(?o) IN ({values})) }}"
    for row in _select(store, query):
        lit = to_rdflib(row["o"])
        assert isinstance(lit, rdflib.Literal)
        if not well_typed(lit):
            bad.setdefault(lit.datatype, []).append(lit)  # type: ignore[arg-type]
    return bad


def compile_shapes(shapes: rdflib.Graph, data: ox.Store) -> list[Check]:
    """Every check of every targeted shape, in a fixed order (shape IRIs sorted)."""
    closure = subclass_closure(data)
    compiler = Compiler(shapes, lambda c: closure.get(c, set()), ill_typed(data, shapes.objects(None, SH.datatype)))
    targeted = {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                for s in shapes.subjects(p, None)}
    checks: list[Check] = []
    for shape in sorted(targeted, key=str):
        checks += compiler.node_shape(shape)
    return checks


# -- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One validation result, as pySHACL would write it."""

    check: Check
    focus: Node
    value: Node | None
    path: Node | None
    messages: tuple[Node, ...]


def _lte_fails(value: Node, other: Node) -> bool:
    """pySHACL's sh:lessThanOrEquals test of one pair (rdflib's ordering)."""
    def norm(n: Node) -> tuple[bool, object]:
        if isinstance(n, rdflib.URIRef):
            return True, str(n)
        if isinstance(n, rdflib.Literal) and isinstance(n.value, str):
            return True, n.value
        return False, n
    (vs, v), (os_, o) = norm(value), norm(other)
    if vs != os_:
        return True
    try:
        return not v <= o  # type: ignore[operator]
    except TypeError:
        return True


def _message(template: Node, bound: dict[str, Node]) -> rdflib.Literal:
    """pySHACL's substitution of ``{?var}`` / ``{$var}`` in a SPARQL constraint's message."""
    msg = str(template)
    for var, val in bound.items():
        msg = re.sub(f"{{[?$]{var}}}", str(val), msg)
    return rdflib.Literal(msg)


def results(data: ox.Store, check: Check) -> Iterator[Result]:
    """Run one check and yield its results."""
    solutions = _select(data, check.query)
    names = [v.value for v in solutions.variables]
    for row in solutions:
        cols = {name: to_rdflib(row[name]) for name in names if row[name] is not None}
        focus = cols.pop("this")
        if check.constraint is not None:
            path = cols.pop("path", None)
            value = cols.pop("value", focus)
            bound = {**cols, "this": focus, **({"path": path} if path is not None else {}), "value": value}
            yield Result(check, focus, value, path, tuple(_message(m, bound) for m in check.messages))
            continue
        if check.compare == "lte" and not _lte_fails(cols["value"], cols["other"]):
            continue
        shown = focus if check.value == "focus" else cols.get("value") if check.value == "row" else None
        yield Result(check, focus, shown, check.path, check.messages)


# -- the report --------------------------------------------------------------------------------


def _local(node: Node | None) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class ReportBuilder:
    """The SHACL validation report graph, shaped as ``validation._filtered_report`` leaves pySHACL's."""

    def __init__(self, data: ox.Store, shapes: rdflib.Graph) -> None:
        self.data, self.shapes = data, shapes
        self.graph = rdflib.Graph()
        self.graph.bind("sh", SH)
        self.root = rdflib.BNode()
        self.graph.add((self.root, rdflib.RDF.type, SH.ValidationReport))
        self._copied: set[Node] = set()

    def _copy_shapes_node(self, node: Node, depth: int = 0) -> None:
        if not isinstance(node, rdflib.BNode) or node in self._copied or depth >= _CLONE_DEPTH:
            return
        self._copied.add(node)
        for p, o in self.shapes.predicate_objects(node):
            self.graph.add((node, p, o))
            self._copy_shapes_node(o, depth + 1)

    def _copy_data_node(self, node: Node, depth: int = 0) -> None:
        if not isinstance(node, rdflib.BNode) or node in self._copied or depth >= _CLONE_DEPTH:
            return
        self._copied.add(node)
        for q in self.data.quads_for_pattern(ox.BlankNode(str(node)), None, None, ox.DefaultGraph()):
            o = to_rdflib(q.object)  # type: ignore[arg-type]
            self.graph.add((node, to_rdflib(q.predicate), o))
            self._copy_data_node(o, depth + 1)

    def add(self, result: Result) -> None:
        r = rdflib.BNode()
        c = result.check
        triples: list[tuple[Node, Node]] = [
            (rdflib.RDF.type, SH.ValidationResult),
            (SH.sourceConstraintComponent, c.component),
            (SH.resultSeverity, c.severity),
            (SH.focusNode, result.focus),
            *((SH.resultMessage, m) for m in result.messages),
        ]
        if isinstance(c.shape, rdflib.URIRef):  # an anonymous shape belongs to the shapes graph
            triples.append((SH.sourceShape, c.shape))
        if result.value is not None:
            triples.append((SH.value, result.value))
            self._copy_data_node(result.value)
        if result.path is not None:
            triples.append((SH.resultPath, result.path))
            self._copy_shapes_node(result.path)
        if c.constraint is not None:
            triples.append((SH.sourceConstraint, c.constraint))
            self._copy_shapes_node(c.constraint)
        self._copy_data_node(result.focus)
        self.graph.add((self.root, SH.result, r))
        for p, o in triples:
            self.graph.add((r, p, o))

    def finish(self, conforms: bool) -> rdflib.Graph:
        self.graph.add((self.root, SH.conforms, rdflib.Literal(conforms)))
        return self.graph


def finding(result: Result) -> Finding:
    messages = sorted(str(m) for m in result.messages)
    c = result.check
    return Finding(
        severity=_local(c.severity),
        shape=_local(c.shape) if isinstance(c.shape, rdflib.URIRef) else "(anonymous shape)",
        focus=result.focus,
        path=result.path,
        value=result.value,
        message=messages[0] if messages else "",
        component=_local(c.component),
    )


# -- where the findings are ----------------------------------------------------------------------


def _values(nodes: Iterable[Node]) -> str:
    return " ".join(f"<{n}>" if isinstance(n, rdflib.URIRef) else f"_:{n}" for n in nodes)


def _files_of(store: ox.Store, nodes: set[Node], home: Home) -> dict[Node, list[Path]]:
    """The file(s) each node is a subject in (its data graphs), for file:line in the report."""
    by_graph = {f.graph: f.path for f in inputs.input_files(home)}
    out: dict[Node, list[Path]] = {}
    for node in sorted(nodes, key=str):
        subject = ox.NamedNode(str(node)) if isinstance(node, rdflib.URIRef) else ox.BlankNode(str(node))
        seen: list[str] = []
        for q in store.quads_for_pattern(subject, None, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_DATA_PREFIX) and g.value not in seen:
                seen.append(g.value)
        if seen:
            out[node] = [by_graph.get(g, Path(g.removeprefix(GRAPH_DATA_PREFIX) + ".ttl")) for g in sorted(seen)]
    return out


def _neighbourhood(data: ox.Store, nodes: set[Node]) -> rdflib.Graph:
    """What the report needs about the focus nodes: their triples and the holders of blank ones."""
    out = rdflib.Graph()
    todo = [(n, 0) for n in nodes]
    seen: set[Node] = set()
    while todo:
        node, depth = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        subject = ox.NamedNode(str(node)) if isinstance(node, rdflib.URIRef) else ox.BlankNode(str(node))
        for q in data.quads_for_pattern(subject, None, None, ox.DefaultGraph()):
            out.add((node, to_rdflib(q.predicate), to_rdflib(q.object)))  # type: ignore[arg-type]
        if isinstance(node, rdflib.BNode) and depth <= 3:
            for q in data.quads_for_pattern(None, None, subject, ox.DefaultGraph()):
                parent = to_rdflib(q.subject)  # type: ignore[arg-type]
                out.add((parent, to_rdflib(q.predicate), node))
                todo.append((parent, depth + 1))
    return out


def validate(store: ox.Store, shapes: rdflib.Graph, home: Home) -> tuple[Outcome, dict[Node, list[Path]]]:
    """Validate every data graph of ``store`` together; the outcome and the files of its focus nodes.

    Raises ``compile.Unsupported`` when the shapes need something the compiler does not translate.
    """
    start = time.perf_counter()
    dataset = load(store)
    found = run_checks(dataset.store, shapes)
    files = _files_of(store, {r.focus for r in found}, home)
    kept = [r for r in found if r.focus in files]  # a focus only in the ontology slices is not data
    graphs = {g.value for g in dataset.graphs}
    sources = sorted({str(f.path) for f in inputs.input_files(home) if f.graph in graphs})
    outcome = judge(dataset.store, shapes, kept, lambda: ontology_slices(store))
    outcome.checked_triples, outcome.files = dataset.triples, sources
    outcome.seconds = time.perf_counter() - start
    return outcome, files


def run_checks(data: ox.Store, shapes: rdflib.Graph) -> list[Result]:
    """Every result of every compiled check of ``shapes`` over ``data``'s default graph.

    Raises ``compile.Unsupported`` when the shapes need something the compiler does not translate.
    """
    found: list[Result] = []
    for check in compile_shapes(shapes, data):
        found += results(data, check)
    return found


def judge(data: ox.Store, shapes: rdflib.Graph, kept: list[Result], slices: Callable[[], list[Triple]]) -> Outcome:
    """The outcome of the kept results: findings, verdict, report graph and the data it needs.

    The data is only the neighbourhood of the focus nodes (plus the ontology slices when a
    declared-term finding needs them), which is all the report reads. The caller sets what was
    checked and the time."""
    findings = [finding(r) for r in kept]
    conforms = not any(f.severity == "Violation" for f in findings)
    builder = ReportBuilder(data, shapes)
    for r in kept:
        builder.add(r)
    described = _neighbourhood(data, {r.focus for r in kept})
    if any(f.shape == "DeclaredTermShape" for f in findings):
        described += ((to_rdflib(s), to_rdflib(p), to_rdflib(o)) for s, p, o in slices())
    return Outcome(conforms, findings, builder.finish(conforms), described, 0, 0, 0.0, [])
