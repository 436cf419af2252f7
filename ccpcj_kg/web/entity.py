"""The model behind an entity page: labels, kinds, facts grouped by property, incoming links,
and the passages each fact comes from — plain data, so templates and the static site share it.

Provenance: a fact about a resource comes from the passages the resource itself cites
(``prov:wasDerivedFrom``); an incoming link (a sponsorship naming this State) comes from the
passages its subject cites — for reified nodes that is the exact paragraph. Facts only in the
``inferred`` graph are marked as inferred.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from ccpcj_kg.results import compact
from ccpcj_kg.web.graph import WebGraph

LABEL, ALT, TYPE, DERIVED = RDFS + "label", SKOS + "altLabel", RDF + "type", PROV + "wasDerivedFrom"
SHOWN_APART = {LABEL, ALT, TYPE, DERIVED}  # shown in the page's header and sources, not as facts
LINK_PREDICATES = (SCHEMA + "url", FOAF + "page", RDFS + "seeAlso")  # a source's own web address
# Headings for incoming links whose property has no inverse in the ontology and reads badly as "… of".
INCOMING_HEADINGS = {DERIVED: "source of", DCTERMS + "isPartOf": "has part"}
MAX_INCOMING = 200  # per property; a regional group has fewer members than this


@dataclass
class Value:
    """One object (or subject, for incoming links): a link, a literal, or a blank node's summary."""

    text: str
    iri: str | None = None
    note: str = ""  # language or datatype of a literal
    inferred: bool = False
    sources: list[Value] = field(default_factory=list)
    parts: list[tuple[str, Value]] = field(default_factory=list)  # a blank node's own facts


@dataclass
class Group:
    """The values of one property, under a person-readable heading."""

    predicate: str
    heading: str
    values: list[Value]
    more: int = 0  # values left out (an incoming property with more than MAX_INCOMING)


@dataclass
class Passage:
    """A passage the resource comes from, with the document or source it belongs to."""

    passage: Value
    part_of: list[Value]
    links: list[str]


@dataclass
class EntityPage:
    iri: str
    label: str
    alt_labels: list[str]
    kinds: list[Value]
    facts: list[Group]
    incoming: list[Group]
    sources: list[Passage]
    links: list[str]  # outside web addresses of this resource (schema:url, foaf:page, rdfs:seeAlso)
    deprecated: bool = False  # owl:deprecated true: an IRI of an earlier release, kept so it resolves
    replaced_by: list[Value] = field(default_factory=list)  # its dcterms:isReplacedBy


def _literal(lit: ox.Literal) -> Value:
    if lit.language:
        note = lit.language
    elif lit.datatype.value in (XSD + "string", RDF + "langString"):
        note = ""
    else:
        note = compact(lit.datatype.value)
    return Value(lit.value, note=note)


class EntityBuilder:
    """Builds :class:`EntityPage` objects from a :class:`WebGraph`, labels in ``lang`` (English
    where a thing has none in it: ``ccpcj_kg.labels``). Cheap to make: one per language asked for."""

    def __init__(self, graph: WebGraph, lang: str = "en") -> None:
        self.graph = graph
        self.lang = lang

    def _labels(self, iris: Iterable[str]) -> dict[str, str]:
        return self.graph.labels(iris, self.lang)

    def build(self, iri: str) -> EntityPage | None:
        """The page of ``iri``, or None when the graph says nothing about it."""
        out = self.graph.outgoing(iri)
        incoming = self.graph.incoming(iri)
        if not out and not incoming:
            return None
        iris = {iri} | {q.predicate.value for q in out + incoming}
        iris |= {q.object.value for q in out if isinstance(q.object, ox.NamedNode)}
        iris |= {q.subject.value for q in incoming if isinstance(q.subject, ox.NamedNode)}
        labels = self._labels(iris)
        label = labels.get(iri) or compact(iri)
        alts = sorted({q.object.value for q in out if q.predicate.value == ALT and isinstance(q.object, ox.Literal)})
        kinds = self._values([q for q in out if q.predicate.value == TYPE], labels, subject_side=False)
        sources = [self._passage(p) for p in sorted({q.object.value for q in out if q.predicate.value == DERIVED
                                                     and isinstance(q.object, ox.NamedNode)})]
        links = sorted({q.object.value for q in out
                        if q.predicate.value in LINK_PREDICATES and not isinstance(q.object, ox.Triple)})
        facts = self._groups([q for q in out if q.predicate.value not in SHOWN_APART], labels, incoming=False)
        back = self._groups([q for q in incoming if q.predicate.value != TYPE], labels, incoming=True)
        deprecated = any(q.predicate.value == OWL + "deprecated" and isinstance(q.object, ox.Literal)
                         and q.object.value == "true" for q in out)
        replaced = [self._link(q.object.value) for q in out
                    if q.predicate.value == DCTERMS + "isReplacedBy" and isinstance(q.object, ox.NamedNode)]
        return EntityPage(iri, label, alts, kinds, facts, back, sources, links, deprecated,
                          sorted(replaced, key=lambda v: v.text.casefold()))

    def _heading(self, predicate: str, labels: dict[str, str], incoming: bool) -> str:
        if not incoming:
            return labels.get(predicate) or compact(predicate)
        if predicate in INCOMING_HEADINGS:
            return INCOMING_HEADINGS[predicate]
        inverse = self.graph.inverse_of(predicate)
        if inverse:
            return self._labels([inverse]).get(inverse) or compact(inverse)
        label = labels.get(predicate) or compact(predicate)
        # "sponsor" seen from the State: "sponsor of"; "reportedly supported by": "reportedly supported"
        return label[: -len(" by")] if label.endswith(" by") else f"{label} of"

    def _groups(self, quads: list[ox.Quad], labels: dict[str, str], *, incoming: bool) -> list[Group]:
        by_predicate: dict[str, list[ox.Quad]] = {}
        for q in quads:
            by_predicate.setdefault(q.predicate.value, []).append(q)
        groups = []
        for p, qs in by_predicate.items():
            # what a passage is the source of needs no "from" of its own: it is this passage
            values = self._values(qs, labels, subject_side=incoming, sources=incoming and p != DERIVED)
            shown = values[:MAX_INCOMING] if incoming else values
            groups.append(Group(p, self._heading(p, labels, incoming), shown, len(values) - len(shown)))
        return sorted(groups, key=lambda g: (g.heading.casefold(), g.predicate))

    def _values(self, quads: list[ox.Quad], labels: dict[str, str], *, subject_side: bool,
                sources: bool = False) -> list[Value]:
        """One value per distinct term (subjects of incoming links, objects otherwise); inferred
        only when every quad stating it is inferred; with ``sources``, the passages of the first
        MAX_INCOMING."""
        merged: dict[str, tuple[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, bool]] = {}
        for q in quads:
            term = q.subject if subject_side else q.object
            key = str(term)
            inferred = self.graph.is_inferred(q)
            merged[key] = (term, merged[key][1] and inferred if key in merged else inferred)
        values = []
        for term, inferred in merged.values():
            value = self._value(term, labels)
            value.inferred = inferred
            values.append(value)
        values.sort(key=lambda v: (v.text.casefold(), v.iri or ""))
        if sources:  # the passages of the links shown (not of those left out)
            for value in values[:MAX_INCOMING]:
                if value.iri:
                    value.sources = [self._link(p) for p in self._derived(value.iri)]
        return values

    def _value(self, term: object, labels: dict[str, str], depth: int = 0) -> Value:
        if isinstance(term, ox.NamedNode):
            return Value(labels.get(term.value) or compact(term.value), iri=term.value)
        if isinstance(term, ox.Literal):
            return _literal(term)
        if isinstance(term, ox.BlankNode) and depth < 3:
            quads = self.graph.about_blank(term)
            inner = self._labels({q.predicate.value for q in quads}
                                      | {q.object.value for q in quads if isinstance(q.object, ox.NamedNode)})
            ordered = sorted(quads, key=lambda q: (str(q.predicate), str(q.object)))
            parts = [(inner.get(q.predicate.value) or compact(q.predicate.value),
                      self._value(q.object, inner, depth + 1)) for q in ordered]
            return Value("", parts=parts)
        return Value(str(term))

    def _derived(self, iri: str) -> list[str]:
        return [o.value for o in self.graph.objects(iri, DERIVED) if isinstance(o, ox.NamedNode)]

    def _link(self, iri: str) -> Value:
        return Value(self._labels([iri]).get(iri) or compact(iri), iri=iri)

    def _passage(self, iri: str) -> Passage:
        part_of = [self._link(o.value) for o in self.graph.objects(iri, DCTERMS + "isPartOf")
                   if isinstance(o, ox.NamedNode)]
        links = [o.value for p in LINK_PREDICATES for o in self.graph.objects(iri, p) if not isinstance(o, ox.Triple)]
        for whole in part_of:
            assert whole.iri is not None
            links += [o.value for p in LINK_PREDICATES for o in self.graph.objects(whole.iri, p)
                      if not isinstance(o, ox.Triple)]
        return Passage(self._link(iri), part_of, sorted(set(links)))
