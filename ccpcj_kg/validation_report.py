"""Reports a curator can act on: where each offending node is written, and what is wrong with it.

Three formats: ``text`` (grouped by focus node, with file:line and label), ``json`` (a list of
results) and ``turtle`` (the SHACL validation report graph itself, in canonical form).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib

from ccpcj_kg.model.namespaces import CCPCJ, PREFIXES

if TYPE_CHECKING:
    from ccpcj_kg.validation_outcome import Finding, Outcome

_PREFIX_LINE = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_BASE_LINE = re.compile(r"^\s*(?:@base|BASE)\s+<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")
# A term as written: an IRI in angle brackets, or a run of name characters (prefixed names, with
# inner dots) that does not continue another name or sit right after a quote or '<'.
_TERM = re.compile(r"<[^<>\s\"{}|^`\\]*>|(?<![A-Za-z0-9_\-:%.<\"'])[A-Za-z0-9_\-:%][A-Za-z0-9_\-:%.]*")
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


# -- display -----------------------------------------------------------------------------------


def _namespaces() -> list[tuple[str, str]]:
    return sorted(PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def show(node: rdflib.term.Node | None) -> str:
    """A short, unambiguous rendering: a prefixed name where valid Turtle, else <IRI> or a literal."""
    if node is None:
        return ""
    if isinstance(node, rdflib.URIRef):
        iri = str(node)
        for prefix, ns in _namespaces():
            local = iri[len(ns) :]
            if iri.startswith(ns) and _PN_LOCAL.match(local):
                return f"{prefix}:{local}"
        return f"<{iri}>"
    if isinstance(node, rdflib.BNode):
        return "[blank node]"
    assert isinstance(node, rdflib.Literal)
    text = json.dumps(str(node), ensure_ascii=False)
    if node.language:
        return f"{text}@{node.language}"
    if node.datatype is not None:
        return f"{text}^^{show(rdflib.URIRef(node.datatype))}"
    return text


# -- where a node is written -------------------------------------------------------------------


class FileIndex:
    """Where each term is first written in a Turtle file: read and indexed once per file, so that
    placing any number of findings costs one pass over the file plus a lookup each."""

    def __init__(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        self.prefixes = {(m.group(1) or ""): m.group(2) for m in _PREFIX_LINE.finditer(text)}
        self.bases = [m.group(1) for m in _BASE_LINE.finditer(text)]
        self._as_subject: dict[str, int] = {}  # term -> first line where it starts the line
        self._anywhere: dict[str, int] = {}  # term -> first line that mentions it
        for number, line in enumerate(text.splitlines(), start=1):
            for match in _TERM.finditer(line):
                term = match.group(0)
                if not term.startswith("<"):
                    term = term.rstrip(".")  # a statement's final dot is not part of the name
                    if ":" not in term:
                        continue
                self._anywhere.setdefault(term, number)
                if match.start() == 0:
                    self._as_subject.setdefault(term, number)

    def spellings(self, iri: str) -> list[str]:
        found = [f"<{iri}>"]
        found += [f"<{iri[len(base) :]}>" for base in self.bases if base and iri.startswith(base) and iri != base]
        for prefix, ns in self.prefixes.items():
            local = iri[len(ns) :]
            if ns and iri.startswith(ns) and (local == "" or _PN_LOCAL.match(local)):
                found.append(f"{prefix}:{local}")
        return found

    def first_line(self, iri: str) -> int | None:
        """The first line that mentions the IRI (full or prefixed), 1-based; preferring a subject position."""
        spellings = self.spellings(iri)
        subject = [self._as_subject[s] for s in spellings if s in self._as_subject]
        if subject:
            return min(subject)  # written as a subject: this is where the node "is"
        anywhere = [self._anywhere[s] for s in spellings if s in self._anywhere]
        return min(anywhere) if anywhere else None


def _parent_iri(data: rdflib.Graph, node: rdflib.term.Node, depth: int = 0) -> rdflib.URIRef | None:
    """The IRI subject that holds an inline blank node (following up to three levels)."""
    if isinstance(node, rdflib.URIRef):
        return node
    if depth > 3:
        return None
    for parent in data.subjects(None, node):
        found = _parent_iri(data, parent, depth + 1)
        if found is not None:
            return found
    return None


def _label(data: rdflib.Graph, node: rdflib.term.Node) -> str | None:
    labels = sorted(str(o) for o in data.objects(node, rdflib.RDFS.label))
    return labels[0] if labels else None


def annotate(outcome: Outcome, subject_files: dict[rdflib.term.Node, list[Path]], root: Path) -> None:
    """Fill in label, file and line (and a hint for misspelt terms) on every finding."""
    indexes: dict[Path, FileIndex] = {}
    declared: list[str] | None = None
    for f in outcome.findings:
        anchor = _parent_iri(outcome.data, f.focus)
        label = _label(outcome.data, f.focus)
        if isinstance(f.focus, rdflib.BNode):
            kinds = ", ".join(sorted(show(t) for t in outcome.data.objects(f.focus, rdflib.RDF.type)))
            owner = show(anchor) if anchor is not None else "?"
            label = f"{kinds or 'blank node'} inside {owner}"
        f.label = label
        files = subject_files.get(f.focus) or (subject_files.get(anchor, []) if anchor is not None else [])
        if files:
            path = files[0]
            f.file = _display(path, root)
            if anchor is not None:
                index = indexes.get(path)
                if index is None:  # one read and one index per file, whatever the number of findings
                    index = indexes[path] = FileIndex(path)
                f.line = index.first_line(str(anchor))
        if f.shape == "DeclaredTermShape" and isinstance(f.value, rdflib.URIRef):
            if declared is None:
                declared = _declared_locals(outcome.data)
            close = difflib.get_close_matches(str(f.value).removeprefix(CCPCJ), declared, n=1, cutoff=0.6)
            if close:
                f.hint = f"did you mean ccpcj:{close[0]}?"


def _display(path: Path, root: Path) -> str:
    """A file as the report names it: relative to the home (``root``) when it lies inside it."""
    if path.is_absolute():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return str(path)
    return str(path)


def _declared_locals(data: rdflib.Graph) -> list[str]:
    marker = rdflib.URIRef(CCPCJ.rstrip("#"))
    return sorted(str(s).removeprefix(CCPCJ) for s in data.subjects(rdflib.RDFS.isDefinedBy, marker))


# -- formats -----------------------------------------------------------------------------------


def _sort_key(f: Finding) -> tuple[str, int, str, int, str, str, str, str]:
    """File, line, node, severity, shape, then path, value and message: the same order whichever
    engine found them (two values of one property on one node are two findings)."""
    return (f.file or "~", f.line or 0, show(f.focus), _SEVERITY_ORDER.get(f.severity, 3), f.shape,
            "" if f.path is None else str(f.path), "" if f.value is None else str(f.value), f.message)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def summary(outcome: Outcome) -> str:
    """One line: the verdict and the counts."""
    nodes = len({f.focus for f in outcome.findings if f.severity == "Violation"})
    counts = ", ".join(
        [_count(outcome.violations, "violation"), _count(outcome.warnings, "warning"), _count(outcome.infos, "note")]
    )
    if outcome.conforms:
        if not outcome.findings:
            return "conforms"
        return f"conforms ({counts}; only violations fail validation)"
    return f"does not conform: {counts}; violations on {_count(nodes, 'node')}"


SHOW = {"violation": 0, "warning": 1, "info": 2}


def as_text(outcome: Outcome, show_level: str = "warning") -> str:
    """The person-readable report, grouped by focus node (results below ``show_level`` only counted)."""
    limit = SHOW[show_level]
    shown = [f for f in outcome.findings if _SEVERITY_ORDER.get(f.severity, 2) <= limit]
    groups: dict[rdflib.term.Node, list[Finding]] = defaultdict(list)
    for f in sorted(shown, key=_sort_key):
        groups[f.focus].append(f)
    out: list[str] = []
    for focus, items in groups.items():
        first = items[0]
        where = f"{first.file}:{first.line}" if first.file and first.line else (first.file or "(context)")
        label = f'  "{first.label}"' if first.label else ""
        out.append(f"{where}: {show(focus) if not isinstance(focus, rdflib.BNode) else '[blank node]'}{label}")
        for f in items:
            what = show(f.path) or "(the node itself)"
            value = f" = {show(f.value)}" if f.value is not None and f.value != f.focus else ""
            out.append(f"  {f.severity:<9} {f.shape}  {what}{value}")
            out.append(f"            {f.message}")
            if f.hint:
                out.append(f"            hint: {f.hint}")
        out.append("")
    hidden = len(outcome.findings) - len(shown)
    if hidden:
        out.append(f"({hidden} result{'s' * (hidden != 1)} of lower severity not shown: use --show info)")
    checked = f"checked {outcome.checked_triples} triples"
    if outcome.context_triples:
        checked += f" with {outcome.context_triples} triples of context from the store"
    out.append(f"{summary(outcome)} ({checked}, {outcome.seconds:.2f} s)")
    return "\n".join(out) + "\n"


def as_records(outcome: Outcome) -> list[dict[str, object]]:
    """The results as plain records (the ``json`` format)."""
    return [
        {
            "severity": f.severity,
            "shape": f.shape,
            "focus": str(f.focus) if not isinstance(f.focus, rdflib.BNode) else None,
            "label": f.label,
            "path": str(f.path) if f.path is not None else None,
            "value": str(f.value) if f.value is not None else None,
            "message": f.message,
            "component": f.component,
            "file": f.file,
            "line": f.line,
            **({"hint": f.hint} if f.hint else {}),
        }
        for f in sorted(outcome.findings, key=_sort_key)
    ]


def as_json(outcome: Outcome) -> str:
    return json.dumps(as_records(outcome), indent=2, ensure_ascii=False) + "\n"


def as_turtle(outcome: Outcome) -> str:
    """The SHACL validation report graph, in the project's canonical Turtle."""
    from ccpcj_kg.canonical import to_turtle
    from ccpcj_kg.rdflib_bridge import to_oxigraph

    triples = [(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in outcome.report]
    return to_turtle(triples)  # type: ignore[arg-type]


def render(outcome: Outcome, fmt: str, show_level: str = "warning") -> str:
    """The report in one of the formats: text, json, turtle (json and turtle hold every result)."""
    if fmt == "text":
        return as_text(outcome, show_level)
    if fmt == "json":
        return as_json(outcome)
    if fmt == "turtle":
        return as_turtle(outcome)
    raise ValueError(fmt)
