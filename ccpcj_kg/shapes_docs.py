"""The table of shapes in ``docs/validation.md``, generated from ``ontology/shapes.ttl``.

The shapes file is the one source: its banner comments give the sections, its shapes (in file
order) the rows. ``python -m ccpcj_kg.shapes_docs`` rewrites the table; ``--check`` exits 1 when it
is out of date (``tests/test_shapes_docs.py`` does the same), so a new or changed shape cannot
leave the documentation behind.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import RDF, RDFS, SH
from ccpcj_kg.model.terms import compact

DOC_START = "<!-- shapes table: generated from ontology/shapes.ttl by `python -m ccpcj_kg.shapes_docs`; do not edit -->"
DOC_END = "<!-- end of shapes table -->"

_BANNER = re.compile(r"^# ={20,}\n((?:# .*\n)+)# ={20,}$", re.MULTILINE)
_DEFINITION = re.compile(r"^ccpcjsh:([A-Za-z0-9_-]+) a sh:(NodeShape|PropertyShape)\b", re.MULTILINE)
_Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
_SHAPES_NS = "https://w3id.org/ccpcj-kg/shapes#"
_HEADER = "| shape | kind | applies to | severity | message |"
_MANY_CLASSES = 9  # from this many target classes on, the cell gives their number


@dataclass(frozen=True)
class Section:
    """A banner of shapes.ttl and the shapes defined under it, in file order."""

    title: str
    shapes: tuple[str, ...]


def sections(text: str) -> list[Section]:
    """The banners of the shapes file with the shape names under each; a name defined twice is an error."""
    banners = [(m.start(), " ".join(line[2:].strip() for line in m.group(1).splitlines()))
               for m in _BANNER.finditer(text)]
    seen: set[str] = set()
    out: list[tuple[str, list[str]]] = [("Shapes", [])]
    positions = iter([*banners, (len(text) + 1, "")])
    next_start, next_title = next(positions)
    for m in _DEFINITION.finditer(text):
        while m.start() > next_start:
            out.append((next_title, []))
            next_start, next_title = next(positions)
        if m.group(1) in seen:
            raise ValueError(f"shape ccpcjsh:{m.group(1)} is defined twice in the shapes file")
        seen.add(m.group(1))
        out[-1][1].append(m.group(1))
    return [Section(title, tuple(names)) for title, names in out if names]


def _one(store: ox.Store, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> _Term | None:
    for quad in store.quads_for_pattern(subject, ox.NamedNode(predicate), None):
        return quad.object
    return None


def _all(store: ox.Store, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[_Term]:
    return sorted((q.object for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None)), key=str)


def _name(term: _Term) -> str:
    return compact(term.value) if isinstance(term, ox.NamedNode) else str(term)


def _path(store: ox.Store, path: _Term) -> str:
    """A property path as SPARQL writes it (the shapes use IRIs and inverse paths)."""
    if isinstance(path, ox.BlankNode):
        inverse = _one(store, path, SH + "inversePath")
        if inverse is not None:
            return f"^{_path(store, inverse)}"
    return _name(path)


def _applies_to(store: ox.Store, shape: ox.NamedNode, kind: str) -> str:
    if kind == "property":
        path = _one(store, shape, SH + "path")
        return f"values of {_path(store, path)}" if path is not None else "(no path)"
    parts = []
    classes = _all(store, shape, SH + "targetClass")
    if len(classes) >= _MANY_CLASSES:
        parts.append(f"{len(classes)} classes of curated things")
    elif classes:
        parts.append(", ".join(sorted(_name(c) for c in classes)))
    for predicate, words in (("targetSubjectsOf", "subjects of"), ("targetObjectsOf", "objects of")):
        targets = _all(store, shape, SH + predicate)
        if targets:
            parts.append(f"{words} {', '.join(sorted(_name(t) for t in targets))}")
    nodes = _all(store, shape, SH + "targetNode")
    if nodes:
        parts.append(", ".join(sorted(_name(n) for n in nodes)))
    return "; ".join(parts) or "(used by other shapes)"


def _messages(store: ox.Store, shape: ox.NamedNode) -> list[str]:
    own = [m.value for m in _all(store, shape, SH + "message") if isinstance(m, ox.Literal)]
    constraints = []  # sorted by text: the constraints are blank nodes, whose ids change per parse
    for constraint in _all(store, shape, SH + "sparql"):
        if isinstance(constraint, ox.NamedNode | ox.BlankNode):
            constraints += [m.value for m in _all(store, constraint, SH + "message") if isinstance(m, ox.Literal)]
    return own + sorted(constraints)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def row(store: ox.Store, name: str) -> str:
    """One table row: shape, kind, what it applies to, severity, message(s)."""
    shape = ox.NamedNode(_SHAPES_NS + name)
    types = {q.object for q in store.quads_for_pattern(shape, ox.NamedNode(RDF + "type"), None)}
    node = ox.NamedNode(SH + "NodeShape") in types
    has_sparql = _one(store, shape, SH + "sparql") is not None
    kind = "SPARQL" if has_sparql else ("node" if node else "property")
    severity = _one(store, shape, SH + "severity")
    messages = _messages(store, shape)
    only_properties = node and not has_sparql and severity is None
    level = severity.value.removeprefix(SH) if isinstance(severity, ox.NamedNode) else "Violation"
    shown = "(its properties)" if only_properties else level
    if not messages:
        comment = _one(store, shape, RDFS + "comment")
        messages = [comment.value] if isinstance(comment, ox.Literal) else []
    return f"| `{name}` | {kind} | {_cell(_applies_to(store, shape, kind))} | {shown} | {_cell(' / '.join(messages))} |"


def markdown(shapes_file: Path) -> str:
    """The generated section: a table per banner of the shapes file."""
    text = shapes_file.read_text(encoding="utf-8")
    store = ox.Store()
    store.load(path=str(shapes_file), format=ox.RdfFormat.TURTLE)
    out = [DOC_START]
    for section in sections(text):
        out += ["", f"### {section.title}", "", _HEADER, "|---|---|---|---|---|"]
        out += [row(store, name) for name in section.shapes]
    out += ["", DOC_END]
    return "\n".join(out) + "\n"


def with_table(document: str, table: str) -> str:
    """``document`` with the text between the markers (markers included) replaced by ``table``."""
    start, end = document.find(DOC_START), document.find(DOC_END)
    if start < 0 or end < start:
        raise ValueError(f"the document has no shapes-table markers ({DOC_START} … {DOC_END})")
    return document[:start] + table + document[end + len(DOC_END) + 1 :]


def main(argv: list[str] | None = None) -> int:
    """``python -m ccpcj_kg.shapes_docs [--check]``: regenerate (or check) the table of docs/validation.md."""
    from ccpcj_kg.paths import find_home

    args = sys.argv[1:] if argv is None else argv
    home = find_home()
    doc = home.docs_dir / "validation.md"
    current = doc.read_text(encoding="utf-8")
    new = with_table(current, markdown(home.shapes_file))
    if new == current:
        return 0
    if "--check" in args:
        print(f"{doc}: the shapes table is out of date (python -m ccpcj_kg.shapes_docs)", file=sys.stderr)
        return 1
    doc.write_text(new, encoding="utf-8")
    print(f"{doc}: shapes table rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
