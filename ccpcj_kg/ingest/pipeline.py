"""The ingest from text to triples: structure, extraction, model, labels kept from the graph, summary."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple
from ccpcj_kg.errors import InputError
from ccpcj_kg.ingest import model
from ccpcj_kg.ingest.agenda import extract_agenda
from ccpcj_kg.ingest.citations import extract_citations
from ccpcj_kg.ingest.documents import extract_documents, printed_iri
from ccpcj_kg.ingest.ledger import Ledger
from ccpcj_kg.ingest.ledger import build as build_ledger
from ccpcj_kg.ingest.officers import extract_officers
from ccpcj_kg.ingest.paragraphs import split
from ccpcj_kg.ingest.records import Where
from ccpcj_kg.ingest.report import Summary, Warnings
from ccpcj_kg.ingest.session import (
    extract_attendance,
    extract_session,
    paragraph_meetings,
    report_symbol,
    session_number,
)
from ccpcj_kg.ingest.statements import extract_statements
from ccpcj_kg.model import iris
from ccpcj_kg.model.names import Entity, Resolver, select, value
from ccpcj_kg.model.namespaces import RDFS

LabelLookup = Callable[[Iterable[str]], dict[str, str]]


@dataclass
class Result:
    """The triples of an ingest and what it found."""

    triples: list[Triple]
    summary: Summary
    warnings: Warnings
    ledger: Ledger


def _no_labels(_: Iterable[str]) -> dict[str, str]:
    return {}


def store_labels(store: ox.Store) -> LabelLookup:
    """A lookup of the graph's ``rdfs:label`` for a set of IRIs (one query per 400 IRIs)."""

    def lookup(iris: Iterable[str]) -> dict[str, str]:
        items = sorted(set(iris))
        out: dict[str, str] = {}
        for i in range(0, len(items), 400):
            values = " ".join(f"<{x}>" for x in items[i : i + 400])
            for row in select(store, f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s <{RDFS}label> ?l }}"):
                out.setdefault(value(row, "s"), value(row, "l"))
        return out

    return lookup


# A symbol given by hand: it becomes part of IRIs, so only the characters symbols are made of.
GIVEN_SYMBOL = re.compile(r"[A-Z]+(?:/[A-Za-z0-9.()-]+)+")


def ingest_text(text: str, resolver: Resolver, *, name: str = "report", session: int | None = None,
                symbol: str | None = None, labels: LabelLookup = _no_labels) -> Result:
    """Read a report's text into triples; InputError when it is not a CCPCJ session report."""
    s = split(text)
    warnings = Warnings()
    warnings.extend(s.warnings)
    titled = bool(re.search(r"Report on the [\w-]+ session", s.front.get("title-page", "")))
    commission = "Commission on Crime Prevention and Criminal Justice" in text or "the Commission" in text
    if not s.paragraphs and not titled:
        raise InputError(f"{name}: not a CCPCJ session report (no title \"Report on the … session\" and no "
                         "numbered paragraphs)")
    if not commission:
        raise InputError(f"{name}: not a CCPCJ session report (the Commission is never named)")
    number = session_number(s, session)
    if number is None:
        raise InputError(f"{name}: cannot tell which session the report is about (no title \"Report on the … "
                         "session\"); give --session N")
    if symbol is not None and not GIVEN_SYMBOL.fullmatch(symbol):
        raise InputError(f"--symbol {symbol!r}: not a UN document symbol (letters, digits and . - ( ) between "
                         "slashes, e.g. E/2022/30)")
    symbol = symbol or report_symbol(s)
    if symbol is None:
        raise InputError(f"{name}: cannot tell the report's symbol (no \"E/YYYY/30/Add.1\" in its Note and no "
                         "\"Official Records, YYYY, Supplement No. 10\"); give --symbol")
    if not s.paragraphs:
        warnings.add("no numbered paragraphs: only the title page was read", section="report")

    year_match = re.search(r"/(\d{4})/", symbol)
    year = int(year_match.group(1)) if year_match else None
    para_meetings = paragraph_meetings(s.paragraphs, year)
    sess = extract_session(s, number, symbol, resolver, warnings)
    items, chapter_items = extract_agenda(s, number, para_meetings, warnings)
    officers = extract_officers(s, number, resolver, warnings)
    docs = extract_documents(s, symbol, number, resolver, chapter_items, warnings)
    printed = {f"{t.kind} {t.label}": printed_iri(symbol, t) for t in s.texts}
    citations = extract_citations(s, iris.document(symbol), printed, warnings)
    speakers = extract_statements(s, number, resolver, officers, chapter_items, items, para_meetings, warnings)
    attendance = extract_attendance(s, warnings)

    chair = next((model.person_of(o) for o in officers if o.role == "chair"), None)
    title_words = re.search(r"Report on the ([a-z]+(?:-[a-z]+)?) session", s.front.get("title-page", ""))
    g = model.Graph(symbol)
    model.add_session(g, sess, chair, title_words.group(1) if title_words and number == session_number(s, None)
                      else None)
    model.add_thematic(g, sess, chair, speakers.panellists)
    model.add_agenda(g, items, number)
    model.add_officers(g, officers, number)
    model.add_documents(g, docs, citations.documents, citations.references, number, sess.report_title)
    model.add_statements(g, speakers.statements, number)
    model.add_attendance(g, attendance, number)
    persons: list[tuple[Entity, Where]] = [(model.person_of(o), o.where) for o in officers]
    persons += [(p.person, p.where) for p in speakers.panellists if p.person is not None]
    persons += [(st.speaker, Where({st.para})) for st in speakers.statements
                if st.speaker is not None and st.speaker.kind == "person"]
    model.add_persons(g, persons, lambda iri: iri in resolver.labels)
    g.declare_passages()

    triples = list(dict.fromkeys(g.triples))
    subjects = {t[0].value for t in triples if isinstance(t[0], ox.NamedNode)}
    graph_labels = labels(subjects)
    triples, existing = model.keep_graph_labels(triples, graph_labels)
    unresolved = [w for w in warnings if "resolve" in w.message or "not a State" in w.message]
    ledger = build_ledger(s, triples, warnings, resolver, iris.document(symbol), symbol)
    summary = Summary(symbol, number, g.counts, unresolved, list(warnings), len(triples), existing,
                      ledger.summary_line())
    return Result(triples, summary, warnings, ledger)
