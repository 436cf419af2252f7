"""RDF terms as the package handles them (pyoxigraph), and the few helpers every writer needs.

One set of type aliases (``Term``, ``Subject``, ``Object``, ``Triple``), the literal constructors
of the modelling contract (English text, plain strings, ``xsd:date``, ``xsd:integer``,
``xsd:boolean``) and the prefixed-name shortening of IRIs for people.
"""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import PREFIXES, XSD

Subject = ox.NamedNode | ox.BlankNode
Object = ox.NamedNode | ox.BlankNode | ox.Literal
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple  # anything a query can bind (RDF-star included)
Triple = tuple[Subject, ox.NamedNode, Object]

_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def en(text: str) -> ox.Literal:
    """English text (labels, titles, definitions)."""
    return ox.Literal(text, language="en")


def string(text: str) -> ox.Literal:
    """A plain string (codes, symbols, locators)."""
    return ox.Literal(text)


def date(value: dt.date | str) -> ox.Literal:
    """An ``xsd:date`` from a date or its ISO form."""
    text = value.isoformat() if isinstance(value, dt.date) else value
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))


def integer(value: int | str) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))


def compact(value: str) -> str:
    """``https://w3id.org/ccpcj-kg/id/state/KEN`` → ``state:KEN`` (the full IRI if no prefix fits)."""
    for prefix, ns in _NAMESPACES:
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value
