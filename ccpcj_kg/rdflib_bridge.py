"""Between pyoxigraph and rdflib terms, for the one tool that needs rdflib graphs (pySHACL).

Data and shapes are both parsed by pyoxigraph and converted here by the same function, so
literals compare equal (mixing parsers gave false ``sh:in`` violations; docs/validation.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import pyoxigraph as ox
import rdflib
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from ccpcj_kg.model.namespaces import XSD
from ccpcj_kg.model.terms import Triple

_XSD_STRING = XSD + "string"

def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    """The rdflib term for a pyoxigraph term (plain strings stay plain, as rdflib parses them)."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value
    if dt == _XSD_STRING:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(dt))


def to_oxigraph(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term (for the canonical writer)."""
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, rdflib.Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


class QueryCachingGraph(rdflib.Graph):
    """An in-memory rdflib graph that parses each SPARQL text once.

    pySHACL runs a SPARQL-based constraint once per focus node with the same text; rdflib would
    parse it every time (about 10 ms), which made SPARQL constraints 12× slower than evaluating
    them (docs/performance.md).
    """

    _prepared: ClassVar[dict[str, Any]] = {}

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Result:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            prepared = self._prepared.get(query_object)
            if prepared is None:
                prepared = self._prepared[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def rdflib_graph(triples: Iterable[Triple], graph: rdflib.Graph | None = None) -> rdflib.Graph:
    g = graph if graph is not None else QueryCachingGraph()
    for s, p, o in triples:
        g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    return g
