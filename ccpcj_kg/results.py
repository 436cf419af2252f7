"""Query results as text: table, csv, tsv, json, xml, md for SELECT; yes/no for ASK; Turtle for graphs.

- ``json`` is SPARQL 1.1 Query Results JSON, ``xml`` SPARQL Query Results XML (what many
  SPARQL tools read, e.g. rdflib, Jena, SPARQLWrapper); ``csv`` and ``tsv`` follow SPARQL 1.1
  Query Results CSV/TSV (a header row; TSV writes terms in Turtle syntax).
- ``table`` (the terminal) and ``md`` show labels instead of IRIs (with ``--iris``: prefixed names
  such as ``state:KEN``); ``csv`` and ``tsv`` show full IRIs.
  ``show_iris`` overrides either way (``--iris`` / ``--labels``); ``json`` and ``xml`` always carry
  the terms.
- ASK prints ``yes`` or ``no`` (json: ``{"head": {}, "boolean": …}``, xml: ``<boolean>``); the
  caller exits 1 on no.
- CONSTRUCT and DESCRIBE print canonical Turtle (``canonical.to_turtle``) for ``table`` or ``ttl``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import XSD
from ccpcj_kg.model.terms import Term, compact

FORMATS = ("table", "csv", "tsv", "json", "xml", "md", "ttl")
LABELLED_BY_DEFAULT = {"table": True, "md": True, "csv": False, "tsv": False, "json": False, "xml": False,
                       "ttl": False}
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
MAX_CELL = 60  # terminal table cells are cut here; md, csv, tsv and json are never cut

Labeler = Callable[[set[str]], dict[str, str]]


@dataclass
class Answer:
    """A query's answer, materialised: kind is "select", "ask" or "graph"."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)


def collect(result: object) -> Answer:
    """Read a pyoxigraph result (QuerySolutions, QueryBoolean or QueryTriples) into an Answer."""
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[solution[i] for i in range(len(names))] for solution in result]
        return Answer("select", variables=names, rows=rows)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return Answer("graph", triples=list(result))
    raise TypeError(f"unexpected query result {type(result).__name__}")


def store_labeler(store: ox.Store, lang: str = "en") -> Labeler:
    """Labels for IRIs from the store in ``lang``, falling back to English (``ccpcj_kg.labels``)."""
    from ccpcj_kg import labels

    return labels.store_labeler(store, lang)


# -- one cell --------------------------------------------------------------------------------------
def plain(term: Term | None, labels: dict[str, str] | None, *, short: bool = False) -> str:
    """A term as a person reads it: its label (when labels are given), else the IRI (``short``:
    as a prefixed name); a literal's lexical form."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if labels is not None:
            return labels.get(term.value) or compact(term.value)
        return compact(term.value) if short else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {k: _json_term(v) for k, v in zip(("subject", "predicate", "object"), term, strict=False)},
    }


# -- whole answers ---------------------------------------------------------------------------------
def render(answer: Answer, fmt: str, *, labeler: Labeler | None = None, show_iris: bool | None = None) -> str:
    """The answer as text in ``fmt``; graph answers only as Turtle (``table`` or ``ttl``)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if answer.kind == "graph":
        if fmt not in ("table", "ttl"):
            raise InputError(
                f"a CONSTRUCT or DESCRIBE query answers with a graph: use --format ttl, not {fmt}"
            )
        from ccpcj_kg.canonical import to_turtle

        return to_turtle((t.subject, t.predicate, t.object) for t in answer.triples)  # type: ignore[misc]
    if fmt == "ttl":
        raise InputError(
            "--format ttl is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv, json, xml or md"
        )
    if answer.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer.boolean}) + "\n"
        if fmt == "xml":
            return _xml_document("<head/>", f"<boolean>{'true' if answer.boolean else 'false'}</boolean>")
        return ("yes" if answer.boolean else "no") + "\n"
    if fmt == "json":
        return _json(answer)
    if fmt == "xml":
        return _xml(answer)
    use_labels = LABELLED_BY_DEFAULT[fmt] if show_iris is None else not show_iris
    labels: dict[str, str] | None = None
    if use_labels:
        iris = {t.value for row in answer.rows for t in row if isinstance(t, ox.NamedNode)}
        labels = labeler(iris) if labeler else {}
    if fmt == "csv":
        return _csv(answer, labels)
    if fmt == "tsv":
        return _tsv(answer, labels)
    if fmt == "md":
        return _markdown(answer, labels)
    return _table(answer, labels)


def _json(answer: Answer) -> str:
    bindings = [
        {var: _json_term(term) for var, term in zip(answer.variables, row, strict=False) if term is not None}
        for row in answer.rows
    ]
    doc = {"head": {"vars": answer.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _xml_text(text: str) -> str:
    """Escaped for XML content or attributes; a carriage return as a reference, so parsers keep it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#13;"))


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{_xml_text(term.language)}">{_xml_text(term.value)}</literal>'
        if term.datatype.value != XSD + "string":
            return f'<literal datatype="{_xml_text(term.datatype.value)}">{_xml_text(term.value)}</literal>'
        return f"<literal>{_xml_text(term.value)}</literal>"
    parts = zip(("subject", "predicate", "object"), term, strict=False)  # RDF-star: a quoted triple
    return "<triple>" + "".join(f"<{k}>{_xml_term(v)}</{k}>" for k, v in parts) + "</triple>"


def _xml_document(head: str, body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">\n'
            f"  {head}\n  {body}\n</sparql>\n")


def _xml(answer: Answer) -> str:
    head = "<head>" + "".join(f'<variable name="{_xml_text(v)}"/>' for v in answer.variables) + "</head>"
    results = ["<results>"]
    for row in answer.rows:
        bindings = "".join(
            f'<binding name="{_xml_text(var)}">{_xml_term(term)}</binding>'
            for var, term in zip(answer.variables, row, strict=False)
            if term is not None
        )
        results.append(f"    <result>{bindings}</result>")
    results.append("  </results>")
    return _xml_document(head, "\n".join(results))


def _csv(answer: Answer, labels: dict[str, str] | None) -> str:
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(answer.variables)
    for row in answer.rows:
        writer.writerow([plain(t, labels) for t in row])
    return buf.getvalue()


def _tsv_cell(term: Term | None, labels: dict[str, str] | None) -> str:
    if term is None:
        return ""
    if labels is not None and isinstance(term, ox.NamedNode):
        return _tsv_escape(plain(term, labels))
    if isinstance(term, ox.Literal) and labels is not None:
        return _tsv_escape(term.value)
    return str(term)  # N-Triples/Turtle syntax, as SPARQL TSV asks


def _tsv_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv(answer: Answer, labels: dict[str, str] | None) -> str:
    lines = ["\t".join(f"?{v}" for v in answer.variables)]
    lines += ["\t".join(_tsv_cell(t, labels) for t in row) for row in answer.rows]
    return "\n".join(lines) + "\n"


def _cells(answer: Answer, labels: dict[str, str] | None) -> list[list[str]]:
    """Cells for a person's eyes (table, md): labels, or IRIs as prefixed names; one line each."""
    return [[" ".join(plain(t, labels, short=True).split()) for t in row] for row in answer.rows]


def _markdown(answer: Answer, labels: dict[str, str] | None) -> str:
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|")

    out = ["| " + " | ".join(answer.variables) + " |", "|" + "---|" * len(answer.variables)]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in _cells(answer, labels)]
    return "\n".join(out) + "\n"


def width(text: str) -> int:
    """Columns a terminal gives ``text``: wide (CJK) characters take two, combining marks none."""
    import unicodedata

    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        for ch in text
    )


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(answer: Answer, labels: dict[str, str] | None) -> str:
    if not answer.variables:
        return f"({len(answer.rows)} rows)\n"
    rows = [[_cut(c) for c in row] for row in _cells(answer, labels)]
    widths = [max([width(v), *(width(r[i]) for r in rows)]) for i, v in enumerate(answer.variables)]
    line = "  ".join
    out = [line(_pad(v, w) for v, w in zip(answer.variables, widths, strict=False)).rstrip()]
    out.append(line("-" * w for w in widths))
    out += [line(_pad(c, w) for c, w in zip(row, widths, strict=False)).rstrip() for row in rows]
    n = len(rows)
    out.append("(no rows)" if n == 0 else f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out) + "\n"


def values(answer: Answer) -> list[dict[str, str]]:
    """Rows as {variable: lexical value} (unbound variables left out): handy for tests and tools."""
    return [
        {
            v: t.value
            for v, t in zip(answer.variables, row, strict=False)
            if t is not None and not isinstance(t, ox.Triple)
        }
        for row in answer.rows
    ]
