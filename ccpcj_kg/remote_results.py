"""Decoding what a SPARQL store answers: SPARQL JSON results and RDF bodies into pyoxigraph terms.

Apart from the transport (``remote``) so that anything holding a results document (a test, the
web endpoint's client) can read it without an HTTP connection.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from ccpcj_kg.model.terms import Term


def parse_rdf(body: bytes, media_type: str) -> list[ox.Triple]:
    """The triples of an RDF body in the media type the server declared (Turtle when unknown)."""
    fmt = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.TURTLE
    return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)]


class TermReader:
    """Reads SPARQL JSON result terms; blank node labels become valid local labels, one per label."""

    def __init__(self) -> None:
        self.blanks: dict[str, ox.BlankNode] = {}

    def term(self, cell: dict[str, Any]) -> Term:
        kind, value = cell.get("type"), cell.get("value", "")
        if kind == "uri":
            return ox.NamedNode(value)
        if kind == "bnode":  # Virtuoso writes "nodeID://b10003", not a valid blank node label
            return self.blanks.setdefault(str(value), ox.BlankNode())
        if kind in ("literal", "typed-literal"):  # "typed-literal": the pre-2013 form Virtuoso still sends
            if cell.get("xml:lang"):
                return ox.Literal(value, language=cell["xml:lang"])
            if cell.get("datatype"):
                return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
            return ox.Literal(value)
        if kind == "triple":
            v = value or {}
            return ox.Triple(self.term(v["subject"]), self.term(v["predicate"]), self.term(v["object"]))  # type: ignore[arg-type]
        raise ValueError(f"unknown term type {kind!r}")


class MalformedResults(ValueError):
    """A results document that is JSON but not SPARQL results (a store's bug, or not a store)."""


def rows(results: dict[str, Any]) -> tuple[list[str], list[list[Term | None]]]:
    """Variables and rows (terms, None when unbound) of SPARQL JSON SELECT results.

    Anything that is not the documented shape (a binding that is not an object, an IRI that is
    not one, a variable that is not a string) is a MalformedResults naming what was wrong."""
    try:
        variables = [str(v) for v in results.get("head", {}).get("vars", [])]
        reader = TermReader()
        out = [[reader.term(b[v]) if v in b else None for v in variables]
               for b in results.get("results", {}).get("bindings", [])]
    except (AttributeError, TypeError, KeyError, ValueError) as exc:
        raise MalformedResults(f"{type(exc).__name__}: {exc}") from None
    return variables, out
