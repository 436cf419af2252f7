"""The ontology's documentation as data for ``templates/ontology.html``: every ``ccpcj:`` class and
property from ``ontology/ccpcj.ttl`` (as loaded into the store's ontology graph) with its label,
definition, comments, super- and sub-terms, domain and range, inverse, characteristics, and the
SHACL shapes of ``ontology/shapes.ttl`` that constrain it (targeting the class, or having the
property as a path or target)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.labels import UN_LANGUAGES
from ccpcj_kg.model.namespaces import (
    CCPCJ,
    GRAPH_ONTOLOGY,
    GRAPH_SHAPES,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    RDF,
    RDFS,
    SH,
    SKOS,
)
from ccpcj_kg.results import compact
from ccpcj_kg.web.graph import WebGraph

KINDS = {
    OWL + "Class": "class",
    OWL + "ObjectProperty": "object property",
    OWL + "DatatypeProperty": "datatype property",
    OWL + "AnnotationProperty": "annotation property",
    RDFS + "Datatype": "datatype",  # the typed codes of skos:notation (ccpcj:M49Code …)
}
CHARACTERISTICS = ("FunctionalProperty", "InverseFunctionalProperty", "TransitiveProperty", "SymmetricProperty",
                   "AsymmetricProperty", "IrreflexiveProperty", "ReflexiveProperty")
_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))

SHAPES_OF_CLASS = _PREFIXES + f"""SELECT DISTINCT ?term ?shape ?label ?message WHERE {{ GRAPH <{GRAPH_SHAPES}> {{
  ?shape sh:targetClass ?term .
  OPTIONAL {{ ?shape rdfs:label ?label }} OPTIONAL {{ ?shape sh:message ?message }}
}} }} ORDER BY ?term ?shape"""

@dataclass
class Ref:
    iri: str
    text: str


@dataclass
class Shape:
    name: str
    label: str
    message: str


@dataclass
class TermDoc:
    iri: str
    local: str
    kind: str
    label: str
    definitions: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    supers: list[Ref] = field(default_factory=list)
    subs: list[Ref] = field(default_factory=list)
    domains: list[Ref] = field(default_factory=list)
    ranges: list[Ref] = field(default_factory=list)
    inverses: list[Ref] = field(default_factory=list)
    characteristics: list[str] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)  # (language, skos:prefLabel), UN order


@dataclass
class OntologyDoc:
    iri: str
    title: str
    version: str
    description: list[str]
    classes: list[TermDoc]
    properties: list[TermDoc]
    datatypes: list[TermDoc] = field(default_factory=list)


class OntologyReader:
    """Reads the ontology and shapes graphs of the store through the web adapter."""

    def __init__(self, graph: WebGraph) -> None:
        self.store = graph.store
        self.onto = ox.NamedNode(GRAPH_ONTOLOGY)
        self.labels = graph.labels
        self._class_shapes: dict[str, list[Shape]] = {}
        self._property_shapes: dict[str, list[Shape]] = {}

    def _objects(self, s: str, p: str) -> list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
        found = self.store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, self.onto)
        return sorted({q.object for q in found}, key=str)

    def _subjects(self, p: str, o: str) -> list[str]:
        found = self.store.quads_for_pattern(None, ox.NamedNode(p), ox.NamedNode(o), self.onto)
        return sorted({q.subject.value for q in found if isinstance(q.subject, ox.NamedNode)})

    def _texts(self, s: str, p: str) -> list[str]:
        return [o.value for o in self._objects(s, p) if isinstance(o, ox.Literal)]

    def _refs(self, iris: list[str]) -> list[Ref]:
        labels = self.labels(iris)
        return [Ref(i, labels.get(i) or compact(i)) for i in iris]

    def _iris(self, s: str, p: str) -> list[str]:
        return [o.value for o in self._objects(s, p) if isinstance(o, ox.NamedNode)]

    def _shape_index(self, text: str) -> dict[str, list[Shape]]:
        """Each class's shapes, from one query over the shapes graph (not one per term)."""
        result = self.store.query(text)
        assert isinstance(result, ox.QuerySolutions)
        out: dict[str, dict[str, Shape]] = {}
        for row in result:
            term, shape = row["term"], row["shape"]
            if not isinstance(shape, ox.NamedNode) or not isinstance(term, ox.NamedNode):
                continue
            label, message = row["label"], row["message"]
            found = Shape(compact(shape.value), label.value if label else "", message.value if message else "")
            out.setdefault(term.value, {}).setdefault(shape.value, found)
        return {term: list(shapes.values()) for term, shapes in out.items()}

    def _property_shape_index(self) -> dict[str, list[Shape]]:
        """Each property's node shapes: those targeting its subjects or objects, or that use it as
        a path anywhere in their (blank-node) property shapes, ``sh:or`` lists and so on.

        Walked in Python over the small shapes graph: the same as a SPARQL property path, 100x faster."""
        shapes_graph = ox.NamedNode(GRAPH_SHAPES)
        edges: dict[str, list[ox.Quad]] = {}
        for q in self.store.quads_for_pattern(None, None, None, shapes_graph):
            edges.setdefault(str(q.subject), []).append(q)
        node_shapes = sorted({q.subject.value for q in self.store.quads_for_pattern(
            None, ox.NamedNode(RDF + "type"), ox.NamedNode(SH + "NodeShape"), shapes_graph)
            if isinstance(q.subject, ox.NamedNode)})
        targets = (SH + "targetSubjectsOf", SH + "targetObjectsOf", SH + "path")
        inside = {SH + k for k in ("property", "or", "and", "xone", "not")} | {RDF + "first", RDF + "rest"}

        def texts(node: str) -> dict[str, str]:
            return {q.predicate.value: q.object.value for q in edges.get(node, []) if isinstance(q.object, ox.Literal)}

        out: dict[str, dict[str, Shape]] = {}
        for shape in node_shapes:
            own = texts(f"<{shape}>")
            todo, seen = [f"<{shape}>"], set()
            while todo:  # the shape and every property shape or list it holds (blank or named)
                node = todo.pop()
                if node in seen:
                    continue
                seen.add(node)
                message = texts(node).get(SH + "message") or own.get(SH + "message", "")
                for q in edges.get(node, []):
                    if q.predicate.value in targets and isinstance(q.object, ox.NamedNode):
                        found = Shape(compact(shape), own.get(RDFS + "label", ""), message)
                        out.setdefault(q.object.value, {}).setdefault(f"{shape} {message}", found)
                    if q.predicate.value in inside and not isinstance(q.object, ox.Literal):
                        todo.append(str(q.object))
        return {term: list(found.values()) for term, found in out.items()}

    def term(self, iri: str, kind: str) -> TermDoc:
        is_class = kind in ("class", "datatype")
        sup, label = (RDFS + "subClassOf", RDFS + "label") if is_class else (RDFS + "subPropertyOf", RDFS + "label")
        doc = TermDoc(iri, iri[len(CCPCJ):], kind, (self._texts(iri, label) or [iri[len(CCPCJ):]])[0])
        doc.definitions = self._texts(iri, SKOS + "definition")
        doc.comments = self._texts(iri, RDFS + "comment")
        doc.supers = self._refs(self._iris(iri, sup))
        doc.subs = self._refs(self._subjects(sup, iri))
        if not is_class:
            doc.domains = self._refs(self._iris(iri, RDFS + "domain"))
            doc.ranges = self._refs(self._iris(iri, RDFS + "range"))
            doc.inverses = self._refs(sorted(set(self._iris(iri, OWL + "inverseOf"))
                                             | set(self._subjects(OWL + "inverseOf", iri))))
            types = {t for t in self._iris(iri, RDF + "type")}
            doc.characteristics = [c for c in CHARACTERISTICS if OWL + c in types]
        doc.shapes = (self._class_shapes if is_class else self._property_shapes).get(iri, [])
        names = {o.language: o.value for o in self._objects(iri, SKOS + "prefLabel")
                 if isinstance(o, ox.Literal) and o.language}
        doc.names = [(lang, names[lang]) for lang in UN_LANGUAGES if lang in names]
        return doc

    def document(self) -> OntologyDoc:
        self._class_shapes = self._shape_index(SHAPES_OF_CLASS)
        self._property_shapes = self._property_shape_index()
        terms: dict[str, TermDoc] = {}
        for type_iri, kind in KINDS.items():
            for iri in self._subjects(RDF + "type", type_iri):
                if iri.startswith(CCPCJ) and len(iri) > len(CCPCJ) and iri not in terms:
                    terms[iri] = self.term(iri, kind)
        ordered = sorted(terms.values(), key=lambda t: t.local.casefold())
        title = (self._texts(ONTOLOGY_IRI, RDFS + "label") or ["CCPCJ ontology"])[0]
        version = (self._texts(ONTOLOGY_IRI, OWL + "versionInfo") or [""])[0]
        description = (self._texts(ONTOLOGY_IRI, "http://purl.org/dc/terms/description")
                       + self._texts(ONTOLOGY_IRI, RDFS + "comment"))
        return OntologyDoc(ONTOLOGY_IRI, title, version, description,
                           [t for t in ordered if t.kind == "class"],
                           [t for t in ordered if t.kind not in ("class", "datatype")],
                           [t for t in ordered if t.kind == "datatype"])
