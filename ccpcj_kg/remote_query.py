"""Saved and ad hoc queries against a remote store, answered in the same shape as the embedded path.

``ccpcj-kg query NAME --endpoint URL`` and ``ccpcj-kg sparql … --endpoint URL`` come here:

- **Dataset**: the embedded store answers over the union of its named graphs. Remotely the same
  union is asked for explicitly: the store's graphs under ``https://w3id.org/ccpcj-kg/graph/``
  become the protocol's ``default-graph-uri`` and ``named-graph-uri`` (so Virtuoso's own system
  graphs stay out). A store holding none of them (say, everything pushed with ``--graph``) is
  asked with its own default dataset; a query with ``FROM`` keeps its own.
- **Parameters** are resolved to terms as locally (``params.bind``), against a small in-memory
  index of the remote store's names (labels, codes, symbols, titles), then bound as a VALUES block
  (``bindings.bind_values``).
- **Labels** for the table and Markdown formats are fetched for the answer's IRIs in one query and
  kept in the same in-memory store, which the caller hands to ``results.render``/``emit``.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg import remote
from ccpcj_kg.bindings import bind_values, declares_dataset
from ccpcj_kg.catalog import SavedQuery
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, GRAPH, ID, RDFS, SKOS
from ccpcj_kg.model.terms import Term
from ccpcj_kg.results import Answer

# The predicates params.GraphLookup reads to turn a name, code or symbol into an IRI.
NAME_PREDICATES = (
    RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", DCTERMS + "identifier", DCTERMS + "title",
    CCPCJ + "iso3166Alpha2", CCPCJ + "iso3166Alpha3", CCPCJ + "iso3166Numeric",
)
LABEL_PREDICATES = (RDFS + "label", SKOS + "prefLabel")
NAMED_TYPES = ("state", "group", "document", "session", "congress", "instrument", "topic", "source")
LABEL_BATCH = 400


@dataclass
class RemoteAnswer:
    """An answer, the notes for the user, and an in-memory store of names and labels for rendering."""

    answer: Answer
    notes: list[str] = field(default_factory=list)
    store: ox.Store = field(default_factory=ox.Store)
    text: str = ""  # the query as sent (parameters bound)


def project_dataset(ep: remote.Endpoint) -> remote.Dataset | None:
    """Our named graphs on the store as the query dataset (None when it holds none of them)."""
    found = tuple(remote.graphs(ep, GRAPH))
    return remote.Dataset(default=found, named=found) if found else None


def answer_of(ep: remote.Endpoint, text: str, dataset: remote.Dataset | None) -> Answer:
    """Run ``text`` and read the result into an :class:`Answer` like the embedded store's."""
    form = remote.query_form(text)
    result = remote.query(ep, text, dataset=dataset)
    if form in ("CONSTRUCT", "DESCRIBE"):
        return Answer("graph", triples=result)
    if "boolean" in result:
        return Answer("ask", boolean=bool(result["boolean"]))
    variables, table = remote.table(ep, result)
    return Answer("select", variables=variables, rows=table)


def name_index(ep: remote.Endpoint, dataset: remote.Dataset | None) -> ox.Store:
    """An in-memory store of the remote store's names of things under ``id/`` (for ``params.bind``)."""
    preds = " ".join(str(ox.NamedNode(p)) for p in NAME_PREDICATES)
    text = (f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {preds} }} ?s ?p ?o "
            f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {ox.Literal(ID)}) && isLiteral(?o)) }}")
    store = ox.Store()
    store.extend(_quads(remote.select(ep, text, dataset=dataset)))
    return store


def add_labels(ep: remote.Endpoint, dataset: remote.Dataset | None, store: ox.Store, answer: Answer) -> None:
    """Fetch rdfs:label and skos:prefLabel of the answer's IRIs into ``store``."""
    iris = sorted({t.value for row in answer.rows for t in row if isinstance(t, ox.NamedNode)})
    preds = " ".join(str(ox.NamedNode(p)) for p in LABEL_PREDICATES)
    for batch in remote.chunks(iris, LABEL_BATCH):
        subjects = " ".join(str(ox.NamedNode(i)) for i in batch)
        text = (f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {subjects} }} VALUES ?p {{ {preds} }} ?s ?p ?o "
                "FILTER(isLiteral(?o)) }")
        store.extend(_quads(remote.select(ep, text, dataset=dataset)))


def _quads(found: list[dict[str, Term]]) -> list[ox.Quad]:
    out = []
    for row in found:
        s, p, o = row.get("s"), row.get("p"), row.get("o")
        if isinstance(s, ox.NamedNode) and isinstance(p, ox.NamedNode) and isinstance(o, ox.Literal):
            out.append(ox.Quad(s, p, o, ox.DefaultGraph()))
    return out


def run_saved(ep: remote.Endpoint, saved: SavedQuery, given: Mapping[str, str], *, labels: bool = True,
              execute: bool = True) -> RemoteAnswer:
    """Run a saved query remotely with ``given`` parameters (defaults for the rest)."""
    from ccpcj_kg import params as typed

    typed.check_all(saved, dict(given))  # type errors before any request
    dataset = project_dataset(ep)
    index = name_index(ep, dataset) if any(p.type in NAMED_TYPES for p in saved.params) else ox.Store()
    binding = typed.bind(saved, dict(given), index)
    text = bind_values(saved.text, binding.substitutions, subqueries=ep.kind != "virtuoso")
    out = RemoteAnswer(Answer("select"), binding.notes, index, text)
    if execute:
        out.answer = answer_of(ep, text, dataset)
        if labels:
            add_labels(ep, dataset, index, out.answer)
    return out


def _check_syntax(text: str, prefixes: Mapping[str, str] | None, origin: str, timeout: float | None = None) -> None:
    """Raise the embedded parser's syntax error for ``text``, if it has one."""
    from ccpcj_kg.querying import bounded, syntax_message
    from ccpcj_kg.sparql_guard import refuse_oversized

    refuse_oversized(text, origin)
    try:
        bounded(lambda: ox.Store().query(text, prefixes=dict(prefixes or {})), timeout, f"{origin}: the syntax check")
    except SyntaxError as exc:
        if "Prefix not found" in str(exc):  # stores predeclare their own (Virtuoso's bif:, sql:)
            return
        raise InputError(syntax_message(exc, origin)) from None
    except Exception:  # a well-formed query the empty store cannot answer: let the store's error stand
        return


def run_text(ep: remote.Endpoint, text: str, prefixes: Mapping[str, str] | None = None, *,
             labels: bool = True, origin: str = "<query>") -> RemoteAnswer:
    """Run any query remotely; ``prefixes`` are declared unless the query declares them itself.

    When the store rejects the query and the embedded parser does too, its message (with the
    user's line and column) is the one shown; a store's own extensions still reach the store.
    """
    from ccpcj_kg.bindings import tokens

    remote.query_form(text)  # updates are refused before anything is sent
    original = text
    if prefixes:
        pairs = itertools.pairwise(tokens(text))
        declared = {b.text.split(":")[0] for a, b in pairs if a.text.upper() == "PREFIX"}
        # On the query's first line, so that a store's error message has the user's line numbers.
        header = "".join(f"PREFIX {p}: {ox.NamedNode(ns)} " for p, ns in sorted(prefixes.items())
                         if p not in declared)
        text = header + text
    dataset = None if declares_dataset(text) else project_dataset(ep)
    try:
        out = RemoteAnswer(answer_of(ep, text, dataset), text=text)
    except InputError:
        _check_syntax(original, prefixes, origin, ep.timeout)  # past the limit: the store's own message stands
        raise
    if labels:
        add_labels(ep, dataset, out.store, out.answer)
    return out
