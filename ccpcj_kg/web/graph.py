"""The web side's one door to the graph: an adapter over the public API's ``KnowledgeGraph``.

Everything the pages need (a resource's quads, labels, the label index for search, the saved
queries and their parameter binding) goes through :class:`WebGraph`, so that the rest of
``ccpcj_kg.web`` never touches pyoxigraph's store or the catalogue directly. Saved queries are
bound here but run on the web's query pool (time and size limits), not by ``KnowledgeGraph.query``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg import params
from ccpcj_kg.api import KnowledgeGraph
from ccpcj_kg.catalog import SavedQuery
from ccpcj_kg.labels import DEFAULT_LANGUAGE, UN_LANGUAGES
from ccpcj_kg.model.namespaces import DCTERMS, GRAPH_INFERRED, ID, OWL, PREFIXES, RDFS, SKOS
from ccpcj_kg.store import db_path

NAME_PREDICATES = (RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", DCTERMS + "identifier")


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for search (``Türkiye`` → ``turkiye``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class Name:
    """One name of a resource in the search index: the name, the resource, its main label."""

    folded: str
    text: str
    iri: str
    label: str
    primary: bool


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    matched: str  # the name that matched (an alternative name when it differs from the label)


class WebGraph:
    """A read-only view of ``kg``'s store (built first when stale)."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.store = kg.db
        self._tables: dict[str, dict[str, str]] = {}

    @property
    def db(self) -> Path:
        """The database folder, for the query workers that open it themselves."""
        return db_path(self.kg.store_path)

    # -- resources ---------------------------------------------------------------------------------
    def outgoing(self, iri: str) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(ox.NamedNode(iri), None, None, None))

    def incoming(self, iri: str) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(None, None, ox.NamedNode(iri), None))

    def about_blank(self, node: ox.BlankNode) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(node, None, None, None))

    def objects(self, iri: str, predicate: str) -> list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
        quads = self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(predicate), None, None)
        return sorted({q.object for q in quads}, key=str)

    def resources(self) -> list[str]:
        """Every IRI under ``/id/`` that is the subject of a triple, sorted."""
        found = {q.subject.value for q in self.store.quads_for_pattern(None, None, None, None)
                 if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ID)}
        return sorted(found)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def description(self, iri: str) -> list[ox.Triple]:
        """The triples a machine gets for ``iri``: its own (with its blank nodes), deduplicated."""
        out: dict[str, ox.Triple] = {}
        todo: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(iri)]
        seen: set[str] = set()
        while todo:
            node = todo.pop()
            if str(node) in seen:
                continue
            seen.add(str(node))
            for q in self.store.quads_for_pattern(node, None, None, None):
                triple = ox.Triple(q.subject, q.predicate, q.object)
                out[str(triple)] = triple
                if isinstance(q.object, ox.BlankNode):
                    todo.append(q.object)
        return [out[k] for k in sorted(out)]

    @staticmethod
    def is_inferred(quad: ox.Quad) -> bool:
        return isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == GRAPH_INFERRED

    # -- labels ------------------------------------------------------------------------------------
    def labels(self, iris: Iterable[str], lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
        """Labels of ``iris`` (those that have one) in ``lang``, English where missing. For the six
        UN languages from a table read once per language (the store is read-only); another tag is
        looked up for these IRIs only, so a stranger's tag cannot grow the server's memory."""
        if lang not in UN_LANGUAGES:
            return self.kg.labeler(lang)(set(iris))
        table = self.label_table_in(lang)
        return {i: table[i] for i in iris if i in table}

    @cached_property
    def label_table(self) -> dict[str, str]:
        """Every labelled IRI's English label (the search index's names)."""
        return self.label_table_in(DEFAULT_LANGUAGE)

    def label_table_in(self, lang: str) -> dict[str, str]:
        """Every labelled IRI's label in ``lang``, chosen by the API's labeler (one rule:
        ``ccpcj_kg.labels``) — one pass per language instead of look-ups on every page."""
        table = self._tables.get(lang)
        if table is None:
            preds = (ox.NamedNode(RDFS + "label"), ox.NamedNode(SKOS + "prefLabel"))
            labelled = {q.subject.value for p in preds for q in self.store.quads_for_pattern(None, p, None, None)
                        if isinstance(q.subject, ox.NamedNode)}
            table = self.kg.labeler(lang)(labelled)
            self._tables[lang] = table  # two threads may both compute it: the same table
        return table

    def inverse_of(self, predicate: str) -> str | None:
        """A property declared ``owl:inverseOf`` ``predicate`` (either way round), if any."""
        node, inverse = ox.NamedNode(predicate), ox.NamedNode(OWL + "inverseOf")
        for q in self.store.quads_for_pattern(node, inverse, None, None):
            if isinstance(q.object, ox.NamedNode):
                return q.object.value
        for q in self.store.quads_for_pattern(None, inverse, node, None):
            if isinstance(q.subject, ox.NamedNode):
                return q.subject.value
        return None

    @cached_property
    def names(self) -> list[Name]:
        """Every name of every ``/id/`` resource, for the search box (built once)."""
        rows: dict[tuple[str, str], Name] = {}
        table = self.label_table  # the label pages show (English first), not any language's
        for pred in NAME_PREDICATES:
            for q in self.store.quads_for_pattern(None, ox.NamedNode(pred), None, None):
                s, o = q.subject, q.object
                if isinstance(s, ox.NamedNode) and s.value.startswith(ID) and isinstance(o, ox.Literal):
                    label = table.get(s.value, o.value)
                    rows.setdefault((s.value, o.value), Name(fold(o.value), o.value, s.value, label, label == o.value))
        return sorted(rows.values(), key=lambda n: (n.iri, n.text))

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        """Resources whose label or alternative name contains ``text`` (folded); best matches first.

        Exact names rank before names that start with the text, before the rest; a label before an
        alternative name; then alphabetical. One hit per resource."""
        wanted = fold(text)
        if not wanted:
            return []
        ranked: dict[str, tuple[tuple[int, int, str], Hit]] = {}
        for name in self.names:
            if wanted not in name.folded:
                continue
            rank = 0 if name.folded == wanted else 1 if name.folded.startswith(wanted) else 2
            key = (rank, 0 if name.primary else 1, name.label.casefold())
            hit = Hit(name.iri, name.label, name.text)
            if name.iri not in ranked or key < ranked[name.iri][0]:
                ranked[name.iri] = (key, hit)
        return [hit for _, hit in sorted(ranked.values(), key=lambda kv: (kv[0], kv[1].iri))][:limit]

    # -- saved queries -----------------------------------------------------------------------------
    def saved_queries(self) -> list[SavedQuery]:
        return self.kg.queries()

    def saved_query(self, name: str) -> SavedQuery:
        return self.kg.saved_query(name)

    def bind(self, query: SavedQuery, given: dict[str, str]) -> params.Binding:
        """Check and resolve parameter values into RDF terms (InputError on a malformed value)."""
        return params.bind(query, given, self.store)

    @staticmethod
    def prefixes() -> dict[str, str]:
        return dict(PREFIXES)
