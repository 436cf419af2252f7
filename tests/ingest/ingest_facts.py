"""The facts of an ingest's triples, in the shapes of ``expected_e_2022_30`` (one set per kind)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, ORG, RDF, SCHEMA

DRAFT_CLASSES = {"DraftResolution", "DraftDecision", "Resolution", "Decision"}
PAPER_CLASSES = {"Report", "Note", "ConferenceRoomPaper"}
CITED_CLASSES = {"GeneralAssemblyResolution", "GeneralAssemblyDecision", "EcosocResolution", "EcosocDecision"}

Index = dict[str, dict[str, list[str]]]


def index(triples: Iterable[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, object]]) -> Index:
    """subject IRI → predicate IRI → object values (IRIs and literal lexical forms)."""
    out: Index = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        out[s.value][p.value].append(o.value)  # type: ignore[attr-defined]
    return out


def _tail(iri: str, prefix: str = "") -> str:
    return iri[len(ID + prefix):] if iri.startswith(ID + prefix) else iri


def _one(node: dict[str, list[str]], prop: str) -> str | None:
    values = node.get(prop, [])
    return values[0] if values else None


def _types(node: dict[str, list[str]]) -> set[str]:
    return {t[len(CCPCJ):] for t in node.get(RDF + "type", []) if t.startswith(CCPCJ)}


def of_type(g: Index, cls: str) -> list[tuple[str, dict[str, list[str]]]]:
    return [(s, n) for s, n in g.items() if cls in _types(n)]


def session_facts(g: Index, session: int) -> set[tuple[str, ...]]:
    base = f"{ID}session/{session}"
    out: set[tuple[str, ...]] = set()
    for value in g.get(base, {}).get(SCHEMA + "startDate", []):
        out.add(("session", str(session), "startDate", value))
    for s, n in of_type(g, "SessionPart"):
        part = s.rsplit("/", 1)[-1]
        for prop in ("startDate", "endDate"):
            for value in n.get(SCHEMA + prop, []):
                out.add(("part", part, prop, value))
        for value in n.get(SCHEMA + "location", []):
            out.add(("part", part, "location", _tail(value, "place/")))
        for value in n.get(CCPCJ + "hostState", []):
            out.add(("part", part, "hostState", _tail(value, "state/")))
        for value in n.get(CCPCJ + "format", []):
            out.add(("part", part, "format", value))
    for s, n in of_type(g, "Meeting"):
        for value in n.get(SCHEMA + "startDate", []):
            out.add(("meeting", s.rsplit("/", 1)[-1], "date", value))
    return out


def officers(g: Index) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for _, n in of_type(g, "OfficeHolding"):
        out.add((_tail(_one(n, ORG + "role") or "", "role/"), _tail(_one(n, ORG + "member") or "", "person/"),
                 _tail(_one(n, CCPCJ + "representingState") or "", "state/"),
                 _tail(_one(n, CCPCJ + "officeRegionalGroup") or "", "regional-group/")))
    return out


def officer_events(g: Index) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for _, n in of_type(g, "OfficeHolding"):
        role = _tail(_one(n, ORG + "role") or "", "role/")
        for v in n.get(CCPCJ + "electedAt", []):
            out.add((role, "electedAt", v.rsplit("/", 1)[-1]))
        for v in n.get(CCPCJ + "nominatedBy", []):
            out.add((role, "nominatedBy", _tail(v, "regional-group/")))
        for v in n.get(CCPCJ + "nominationDate", []):
            out.add((role, "nominationDate", v))
    return out


def agenda(g: Index) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for _, n in of_type(g, "AgendaItem"):
        session = _tail(_one(n, CCPCJ + "agendaOf") or "", "session/")
        out.add((session, _one(n, CCPCJ + "itemNumber") or "", _one(n, DCTERMS + "title") or ""))
    return out


def agenda_meetings(g: Index, session: int) -> set[tuple[str, str]]:
    out = set()
    for s, n in of_type(g, "AgendaItem"):
        if not s.startswith(f"{ID}session/{session}/"):
            continue
        for m in n.get(CCPCJ + "consideredAt", []):
            out.add((s.rsplit("/", 1)[-1], m.rsplit("/", 1)[-1]))
    return out


def attendance(g: Index) -> set[tuple[str, int]]:
    return {(_tail(_one(n, CCPCJ + "participantCategory") or "", "participant-category/"),
             int(_one(n, CCPCJ + "count") or -1)) for _, n in of_type(g, "AttendanceFigure")}


def _symbol(g: Index, iri: str) -> str:
    return _one(g.get(iri, {}), DCTERMS + "identifier") or _tail(iri, "document/")


def sponsors(g: Index) -> set[tuple[str, str, str | None]]:
    out = set()
    for _, n in of_type(g, "Sponsorship"):
        ob = _one(n, CCPCJ + "onBehalfOf")
        out.add((_symbol(g, _one(n, CCPCJ + "sponsorshipOf") or ""), _tail(_one(n, CCPCJ + "sponsor") or "", "state/"),
                 _tail(ob, "group/") if ob else None))
    return out


def _doc_key(g: Index, iri: str) -> str:
    ident = _one(g.get(iri, {}), DCTERMS + "identifier")
    if ident:
        return ident
    return _tail(iri, "document/") if iri.startswith(ID + "document/") else _tail(iri)


def drafts(g: Index, session: int) -> set[tuple[str, str, str]]:
    out = set()
    at = f"{ID}session/{session}"
    fields = {"title": DCTERMS + "title", "date": CCPCJ + "adoptionDate", "actionDate": CCPCJ + "actionDate",
              "orallyRevised": CCPCJ + "orallyRevised", "orallyAmended": CCPCJ + "orallyAmended"}
    links = {"action": ("action/", CCPCJ + "action"), "recommendedTo": ("organization/", CCPCJ + "recommendedTo"),
             "finalDestination": ("organization/", CCPCJ + "finalDestination"),
             "revisionOf": ("document/", CCPCJ + "revisionOf"), "reproducedAs": ("document/", CCPCJ + "reproducedAs"),
             "adoptedAs": ("", CCPCJ + "adoptedAs")}
    for s, n in g.items():
        types = _types(n)
        drafty = types & DRAFT_CLASSES and at in n.get(CCPCJ + "atSession", [])
        if not drafty and CCPCJ + "action" not in n:
            continue
        key = _doc_key(g, s)
        for cls in types & DRAFT_CLASSES:
            out.add((key, "class", cls))
        for name, prop in fields.items():
            for v in n.get(prop, []):
                out.add((key, name, v))
        for name, (prefix, prop) in links.items():
            for v in n.get(prop, []):
                out.add((key, name, _tail(v, prefix)))
        for v in n.get(CCPCJ + "actionMeeting", []):
            out.add((key, "actionMeeting", v.rsplit("/", 1)[-1]))
        for v in n.get(CCPCJ + "underAgendaItem", []):
            out.add((key, "underAgendaItem", v.rsplit("/", 1)[-1]))
    return out


def papers(g: Index, session: int) -> set[tuple[str, str, str]]:
    out = set()
    for s, n in g.items():
        types = _types(n) & PAPER_CLASSES
        title = _one(n, DCTERMS + "title")
        if types and title and f"{ID}session/{session}" in n.get(CCPCJ + "atSession", []) \
                and s.startswith(ID + "document/") and "/" not in _tail(s, "document/") \
                and not any(x.startswith(s + "/para/") for x in g):  # not the report itself
            for cls in types:
                out.add((_doc_key(g, s), cls, title))
    return out


def cited(g: Index, session: int) -> set[tuple[str, str | None]]:
    out = set()
    at = f"{ID}session/{session}"
    for s, n in g.items():
        types = _types(n)
        commission = types & {"Resolution", "Decision"} and at not in n.get(CCPCJ + "atSession", [])
        if types & CITED_CLASSES or commission:
            out.add((_doc_key(g, s), _one(n, CCPCJ + "adoptionDate")))
    return out


def statements(g: Index) -> set[tuple[str, str | None, tuple[str, ...], str, str | None]]:
    out = set()
    for s, n in of_type(g, "Statement"):
        capacity = _one(n, CCPCJ + "capacity")
        item = _one(n, CCPCJ + "underAgendaItem")
        out.add((s.rsplit("/", 1)[-1], _tail(capacity, "capacity/") if capacity else None,
                 tuple(sorted(_tail(m, "mode/") for m in n.get(CCPCJ + "mode", []))),
                 _tail(_one(n, CCPCJ + "statementKind") or "", "statement-kind/"),
                 item.rsplit("/", 1)[-1] if item else None))
    return out


def statement_meetings(g: Index) -> set[tuple[str, str]]:
    return {(s.rsplit("/", 1)[-1], m.rsplit("/", 1)[-1])
            for s, n in of_type(g, "Statement") for m in n.get(CCPCJ + "atMeeting", [])}


def on_behalf(g: Index) -> set[tuple[str, str]]:
    return {(s.rsplit("/", 1)[-1], _tail(o))
            for s, n in of_type(g, "Statement") for o in n.get(CCPCJ + "onBehalfOf", [])}


def precision_recall(actual: set[Any], expected: set[Any]) -> tuple[float, float]:
    """Precision and recall of ``actual`` against ``expected`` (1.0 for empty sets)."""
    hits = len(actual & expected)
    precision = hits / len(actual) if actual else 1.0
    recall = hits / len(expected) if expected else 1.0
    return precision, recall


def all_kinds(triples: Iterable[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, object]],
              session: int) -> dict[str, set[Any]]:
    """Every kind of fact of an ingest's triples, by the names the precision/recall table uses."""
    g = index(triples)
    return {
        "session, parts, meetings": session_facts(g, session),
        "officers": officers(g),
        "officer elections and nominations": officer_events(g),
        "agenda items": agenda(g),
        "agenda items considered at": agenda_meetings(g, session),
        "attendance": attendance(g),
        "sponsors": sponsors(g),
        "drafts and adopted texts": drafts(g, session),
        "documents before the Commission": papers(g, session),
        "cited resolutions and decisions": cited(g, session),
        "statements": statements(g),
        "statement meetings": statement_meetings(g),
        "statements on behalf of": on_behalf(g),
    }
