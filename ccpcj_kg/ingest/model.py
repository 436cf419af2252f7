"""Triples for the extracted facts, in the graph's model (docs/modelling.md).

IRIs, labels, classes and properties follow the modelling contract, so that ingesting a report
the graph already holds yields the same nodes. Every node cites the passages it was read from
(``…/document/E_2022_30/para/84``, ``…/section/note``), and those passages are declared here.
A node the graph already labels keeps the graph's label (``keep_graph_labels``): one label per
node, whoever wrote it first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple
from ccpcj_kg.ingest.documents import Documents
from ccpcj_kg.ingest.records import (
    AgendaItem,
    Attendance,
    Document,
    Officer,
    Panellist,
    Session,
    Statement,
    Where,
)
from ccpcj_kg.ingest.text import ordinal_suffix
from ccpcj_kg.ingest.vocabulary import lexicon
from ccpcj_kg.model import iris, terms
from ccpcj_kg.model.iris import slug
from ccpcj_kg.model.names import Entity
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ORG, PROV, RDF, RDFS, SCHEMA, SKOS

SECTION_NAMES = {"title-page": "title page", "note": "Note", "executive-summary": "Executive summary",
                 "contents": "Contents"}
KIND_PHRASES = {"general": "Statement", "right-of-reply": "Right-of-reply statement",
                "introductory": "Introductory statement", "opening": "Opening statement",
                "closing": "Closing statement", "report": "Report"}

def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


A = _n(RDF + "type")
LABEL = _n(RDFS + "label")


@dataclass
class Graph:
    """The triples being built, with the passages cited and a count of nodes by kind."""

    report: str  # the report's symbol
    triples: list[Triple] = field(default_factory=list)
    passages: set[tuple[str, str]] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def report_iri(self) -> str:
        return iris.document(self.report)

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.append((_n(s), _n(p), o))

    def node(self, iri: str, cls: str, label: str, where: Where, kind: str | None = None) -> None:
        self.add(iri, RDF + "type", _n(cls if "://" in cls else CCPCJ + cls))
        self.add(iri, RDFS + "label", terms.en(label))
        self.cite(iri, where)
        if kind:
            self.counts[kind] += 1

    def cite(self, iri: str, where: Where) -> None:
        for para in sorted(where.paras):
            self.add(iri, PROV + "wasDerivedFrom", _n(self.passage("para", str(para))))
        for section in sorted(where.sections):
            self.add(iri, PROV + "wasDerivedFrom", _n(self.passage("section", section)))

    def passage(self, kind: str, key: str) -> str:
        self.passages.add((kind, key))
        return iris.passage(self.report_iri, kind, key)

    def declare_passages(self) -> None:
        for kind, key in sorted(self.passages):
            iri = iris.passage(self.report_iri, kind, key)
            name = f"para. {key}" if kind == "para" else SECTION_NAMES.get(key, key.replace("-", " "))
            self.add(iri, RDF + "type", _n(CCPCJ + "Passage"))
            self.add(iri, RDFS + "label", terms.en(f"{self.report}, {name}"))
            self.add(iri, DCTERMS + "isPartOf", _n(self.report_iri))
            self.add(iri, CCPCJ + "locator", terms.string(name))
        self.counts["passages"] = len(self.passages)


def session_iri(n: int) -> str:
    return iris.session(n)


def session_label(n: int) -> str:
    return f"{ordinal_suffix(n)} session of the CCPCJ"


def add_session(g: Graph, s: Session, chair: Entity | None, ordinal_words: str | None) -> None:
    iri = session_iri(s.number)
    g.node(iri, "Session", session_label(s.number), s.where or Where(sections={"title-page"}), "sessions")
    if ordinal_words:
        g.add(iri, SKOS + "altLabel",
              terms.en(f"{ordinal_words} session of the Commission on Crime Prevention and Criminal Justice"))
    g.add(iri, CCPCJ + "sessionNumber", terms.integer(s.number))
    g.add(iri, SCHEMA + "organizer", _n(iris.thing("organization", "ccpcj")))
    starts = [p.start for p in s.parts.values() if p.start and not p.scheduled]
    if starts:
        g.add(iri, SCHEMA + "startDate", terms.date(min(starts)))
    if chair is not None:
        g.add(iri, CCPCJ + "chair", _n(chair.iri))
    if s.theme:
        g.add(iri, CCPCJ + "theme", terms.en(s.theme))
    names = {"bureau-election": "Bureau election", "regular-part": "regular part", "reconvened-part": "reconvened part"}
    for kind, part in sorted(s.parts.items()):
        piri = iris.session_part(s.number, kind)
        g.node(piri, "SessionPart", f"{session_label(s.number)}, {names[kind]}", part.where, "session parts")
        g.add(piri, SCHEMA + "superEvent", _n(iri))
        if part.start:
            g.add(piri, SCHEMA + "startDate", terms.date(part.start))
        if part.end:
            g.add(piri, SCHEMA + "endDate", terms.date(part.end))
        if part.scheduled:
            g.add(piri, SCHEMA + "eventStatus", _n(SCHEMA + "EventScheduled"))
        if part.hybrid:
            g.add(piri, CCPCJ + "format", terms.string("hybrid"))
        if part.host_state:
            g.add(piri, CCPCJ + "hostState", _n(part.host_state.iri))
        if part.place:
            place = iris.thing("place", iris.slug(part.place))
            g.add(piri, SCHEMA + "location", _n(place))
            g.node(place, "Place", part.place, part.where, "places")
            if part.host_state:
                g.add(place, CCPCJ + "inState", _n(part.host_state.iri))
    regular = s.parts.get("regular-part")
    bureau = s.parts.get("bureau-election")
    for number, meeting in sorted(s.meetings.items()):
        miri = iris.meeting(s.number, number)
        label = f"{session_label(s.number)}, {ordinal_suffix(number)} meeting"
        g.node(miri, "Meeting", label, meeting.where, "meetings")
        g.add(miri, CCPCJ + "meetingNumber", terms.integer(number))
        if meeting.date:
            g.add(miri, SCHEMA + "startDate", terms.date(meeting.date))
            g.add(miri, SCHEMA + "endDate", terms.date(meeting.date))
        parent = iri
        if bureau and meeting.date and bureau.start == meeting.date:
            parent = iris.session_part(s.number, "bureau-election")
        elif regular and (meeting.date is None or (regular.start and regular.end
                                                    and regular.start <= meeting.date <= regular.end)):
            parent = iris.session_part(s.number, "regular-part")
        g.add(miri, SCHEMA + "superEvent", _n(parent))


def add_thematic(g: Graph, s: Session, chair: Entity | None, panellists: list[Panellist]) -> None:
    if not s.thematic_where:
        return
    iri = f"{session_iri(s.number)}/thematic-discussion"
    g.node(iri, "ThematicDiscussion", f"Thematic discussion of the {session_label(s.number)}", s.thematic_where,
           "thematic discussions")
    if "regular-part" in s.parts:
        g.add(iri, SCHEMA + "superEvent", _n(f"{session_iri(s.number)}/regular-part"))
    dates = sorted(m.date for n in s.thematic_meetings if (m := s.meetings.get(n)) is not None and m.date)
    if dates:
        g.add(iri, SCHEMA + "startDate", terms.date(dates[0]))
        g.add(iri, SCHEMA + "endDate", terms.date(dates[-1]))
    if s.theme:
        g.add(iri, CCPCJ + "theme", terms.en(s.theme))
    if chair is not None and s.thematic_chaired:
        g.add(iri, CCPCJ + "chair", _n(chair.iri))
    merged: dict[tuple[str | None, str], Panellist] = {}
    for p in panellists:
        key = (p.panel, p.person.key if p.person else slug(p.person_name))
        if key in merged:
            first = merged[key]
            first.where.merge(p.where)
            first.modes = tuple(dict.fromkeys(first.modes + p.modes))
            first.affiliation = first.affiliation or p.affiliation
            first.state = first.state or p.state
        else:
            merged[key] = Panellist(p.para, p.person_name, p.person, p.affiliation, p.state, p.modes,
                                    Where(set(p.where.paras), set(p.where.sections)), p.panel)
    for (panel, person_key), p in sorted(merged.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        event = f"{iri}/panel/{panel}" if panel else iri  # the panel the paragraph names, as the graph has it
        piri = iris.participant(event, person_key)
        name = p.person.label if p.person else p.person_name
        where = f"the {panel} panel of the thematic discussion" if panel else "the thematic discussion"
        g.node(piri, "Participation", f"{name} as panellist in {where} of the {session_label(s.number)}", p.where,
               "panellists")
        g.add(piri, CCPCJ + "participant", _n(p.person.iri if p.person else iris.thing("person", person_key)))
        g.add(piri, CCPCJ + "participationIn", _n(event))
        g.add(piri, CCPCJ + "participationRole", _n(iris.thing("role", "panellist")))
        if p.affiliation:
            g.add(piri, CCPCJ + "affiliationDescription", terms.en(p.affiliation))
        for mode in p.modes:
            g.add(piri, CCPCJ + "mode", _n(iris.thing("mode", mode)))
        if p.state:
            g.add(piri, CCPCJ + "representingState", _n(p.state.iri))


def add_persons(g: Graph, persons: Iterable[tuple[Entity, Where]], known: Callable[[str], bool]) -> None:
    """Person nodes for the persons the graph does not have yet."""
    seen: dict[str, tuple[Entity, Where]] = {}
    for person, where in persons:
        if known(person.iri):
            continue
        if person.iri in seen:
            seen[person.iri][1].merge(where)
        else:
            seen[person.iri] = (person, Where(set(where.paras), set(where.sections)))
    for iri, (person, where) in sorted(seen.items()):
        g.node(iri, "Person", person.label, where, "new persons")


def add_agenda(g: Graph, items: list[AgendaItem], current: int) -> None:
    sessions = sorted({i.session for i in items if i.session != current})
    for n in sessions:
        where = Where()
        for i in items:
            if i.session == n:
                where.merge(i.where)
        g.node(session_iri(n), "Session", session_label(n), where, "sessions")
        g.add(session_iri(n), CCPCJ + "sessionNumber", terms.integer(n))
    for i in items:
        iri = iris.agenda_item(i.session, i.key)
        g.node(iri, "AgendaItem", f"{session_label(i.session)}, agenda item {i.number}", i.where, "agenda items")
        g.add(iri, DCTERMS + "title", terms.en(i.title))
        g.add(iri, CCPCJ + "agendaOf", _n(session_iri(i.session)))
        g.add(iri, CCPCJ + "itemNumber", terms.string(i.number))
        if i.parent:
            g.add(iri, CCPCJ + "subItemOf", _n(iris.agenda_item(i.session, i.parent)))
        for m in sorted(i.meetings):
            g.add(iri, CCPCJ + "consideredAt", _n(iris.meeting(i.session, m)))


def person_of(o: Officer) -> Entity:
    return o.person or Entity(iris.person(o.person_name), "person", o.person_name)


def add_officers(g: Graph, officers: list[Officer], session: int) -> None:
    used: Counter[str] = Counter()
    for o in officers:
        used[o.role] += 1
        key = o.role if used[o.role] == 1 else f"{o.role}-{used[o.role]}"
        iri = iris.officer(session, key)
        person = person_of(o)
        g.node(iri, "OfficeHolding", f"{lexicon().label('role', o.role) or o.role_label} of the CCPCJ at its "
                                     f"{ordinal_suffix(session)} session ({person.label})", o.where, "officers")
        g.add(iri, ORG + "member", _n(person.iri))
        g.add(iri, ORG + "organization", _n(iris.thing("organization", "ccpcj")))
        g.add(iri, ORG + "role", _n(iris.thing("role", o.role)))
        g.add(iri, CCPCJ + "forSession", _n(session_iri(session)))
        if o.state:
            g.add(iri, CCPCJ + "representingState", _n(o.state.iri))
        if o.group:
            g.add(iri, CCPCJ + "officeRegionalGroup", _n(o.group.iri))
        if o.elected_at_bureau_election:
            g.add(iri, CCPCJ + "electedAt", _n(f"{session_iri(session)}/bureau-election"))
        if o.nominated_by:
            g.add(iri, CCPCJ + "nominatedBy", _n(o.nominated_by.iri))
        if o.nomination_date:
            g.add(iri, CCPCJ + "nominationDate", terms.date(o.nomination_date))


def add_documents(g: Graph, docs: Documents, cited: dict[str, Document], references: dict[str, set[str]],
                  session: int, report_title: str | None) -> None:
    report = g.report_iri
    g.add(report, RDF + "type", _n(CCPCJ + "Report"))
    g.add(report, RDFS + "label", terms.en(g.report))
    g.add(report, DCTERMS + "identifier", terms.string(g.report))
    if report_title:
        g.add(report, DCTERMS + "title",
              terms.en(f"Commission on Crime Prevention and Criminal Justice: {report_title}"))
    g.add(report, DCTERMS + "creator", _n(iris.thing("organization", "ccpcj")))
    g.add(report, CCPCJ + "atSession", _n(session_iri(session)))
    everything = dict(cited)
    everything.update(docs.by_iri)
    for iri, cited_doc in cited.items():
        if iri in docs.by_iri:
            mine = docs.by_iri[iri]
            mine.where.merge(cited_doc.where)
            mine.adoption_date = mine.adoption_date or cited_doc.adoption_date
            mine.alt_labels |= cited_doc.alt_labels
    for iri, doc in sorted(everything.items()):
        kind = "cited resolutions and decisions" if iri in cited and iri not in docs.by_iri else "documents"
        if doc.action or doc.reproduced_as or doc.cls in ("DraftResolution", "DraftDecision"):
            kind = "drafts and adopted texts"
        if doc.cls in ("Resolution", "Decision") and doc.at_session:
            kind = "drafts and adopted texts"
        g.node(iri, doc.cls, doc.label, doc.where or Where(sections={"title-page"}), kind)
        if doc.symbol:
            g.add(iri, DCTERMS + "identifier", terms.string(doc.symbol))
        if doc.title:
            g.add(iri, DCTERMS + "title", terms.en(doc.title))
        if doc.adoption_date:
            g.add(iri, CCPCJ + "adoptionDate", terms.date(doc.adoption_date))
        for alt in sorted(doc.alt_labels):
            g.add(iri, SKOS + "altLabel", terms.en(alt))
        if doc.action:
            g.add(iri, CCPCJ + "action", _n(iris.thing("action", doc.action)))
        if doc.action_meeting:
            g.add(iri, CCPCJ + "actionMeeting", _n(iris.meeting(session, doc.action_meeting)))
        if doc.action_date:
            g.add(iri, CCPCJ + "actionDate", terms.date(doc.action_date))
        for prop, value in (("actingBody", doc.acting_body), ("recommendedTo", doc.recommended_to),
                            ("finalDestination", doc.final_destination)):
            if value:
                g.add(iri, CCPCJ + prop, _n(iris.thing("organization", value)))
        if doc.revision_of:
            g.add(iri, CCPCJ + "revisionOf", _n(doc.revision_of))
        if doc.orally_revised:
            g.add(iri, CCPCJ + "orallyRevised", terms.boolean(True))
        if doc.orally_amended:
            g.add(iri, CCPCJ + "orallyAmended", terms.boolean(True))
        if doc.agenda_item:
            g.add(iri, CCPCJ + "underAgendaItem", _n(iris.agenda_item(session, doc.agenda_item)))
        if doc.adopted_as:
            g.add(iri, CCPCJ + "adoptedAs", _n(doc.adopted_as))
        if doc.reproduced_as:
            g.add(iri, CCPCJ + "reproducedAs", _n(doc.reproduced_as))
        if doc.report_label:
            g.add(iri, CCPCJ + "reportLabel", terms.string(doc.report_label))
        if doc.part_of_report:
            g.add(iri, DCTERMS + "isPartOf", _n(report))
        if doc.at_session:
            g.add(iri, CCPCJ + "atSession", _n(session_iri(session)))
        for ref in sorted(doc.references):
            g.add(iri, DCTERMS + "references", _n(ref))
    for citing, refs in sorted(references.items()):
        for ref in sorted(refs):
            g.add(citing, DCTERMS + "references", _n(ref))
    for sp in docs.sponsorships:
        iri = iris.sponsorship(sp.document, sp.sponsor.key)
        by = sp.printed + (f" on behalf of {sp.on_behalf_printed}" if sp.on_behalf_printed and sp.on_behalf else "")
        g.node(iri, "Sponsorship", f"Sponsorship of {sp.symbol} by {by}", sp.where, "sponsorships")
        g.add(iri, CCPCJ + "sponsor", _n(sp.sponsor.iri))
        g.add(iri, CCPCJ + "sponsorshipOf", _n(sp.document))
        if sp.on_behalf:
            g.add(iri, CCPCJ + "onBehalfOf", _n(sp.on_behalf.iri))


def add_statements(g: Graph, statements: list[Statement], session: int) -> None:
    used: Counter[str] = Counter()
    for st in statements:
        assert st.speaker is not None
        base = f"{st.para}-{st.speaker.key}"
        used[base] += 1
        key = base if used[base] == 1 else f"{base}-{used[base]}"
        iri = iris.statement(session, key)
        on_behalf = f" on behalf of {st.on_behalf[0].label}" if st.on_behalf else ""
        label = f"{KIND_PHRASES[st.kind]} by {st.speaker.label}{on_behalf}, {g.report} para. {st.para}"
        g.node(iri, "Statement", label, Where({st.para}), "statements")
        g.add(iri, CCPCJ + "speaker", _n(st.speaker.iri))
        if st.description:
            g.add(iri, CCPCJ + "speakerDescription", terms.en(st.description))
        if st.capacity:
            g.add(iri, CCPCJ + "capacity", _n(iris.thing("capacity", st.capacity)))
        for mode in st.modes:
            g.add(iri, CCPCJ + "mode", _n(iris.thing("mode", mode)))
        g.add(iri, CCPCJ + "statementKind", _n(iris.thing("statement-kind", st.kind)))
        for e in st.on_behalf:
            g.add(iri, CCPCJ + "onBehalfOf", _n(e.iri))
        if st.agenda_item:
            g.add(iri, CCPCJ + "underAgendaItem", _n(iris.agenda_item(session, st.agenda_item)))
        if st.meeting:
            g.add(iri, CCPCJ + "atMeeting", _n(iris.meeting(session, st.meeting)))
        g.add(iri, CCPCJ + "atSession", _n(session_iri(session)))


def add_attendance(g: Graph, figures: list[Attendance], session: int) -> None:
    for a in figures:
        iri = iris.attendance(session, a.category)
        g.node(iri, "AttendanceFigure", f"Attendance at the {session_label(session)}: {a.phrase}", Where({a.para}),
               "attendance figures")
        g.add(iri, CCPCJ + "attendanceAt", _n(session_iri(session)))
        g.add(iri, CCPCJ + "participantCategory", _n(iris.thing("participant-category", a.category)))
        g.add(iri, CCPCJ + "count", terms.integer(a.count))


def keep_graph_labels(triples: list[Triple], labels: dict[str, str]) -> tuple[list[Triple], int]:
    """Replace the label of every node the graph already labels with the graph's label; count them."""
    out: list[Triple] = []
    replaced: set[str] = set()
    for t in triples:
        s, p, _ = t
        if p == LABEL and isinstance(s, ox.NamedNode) and s.value in labels:
            if s.value in replaced:
                continue
            replaced.add(s.value)
            out.append((s, p, terms.en(labels[s.value])))
            continue
        out.append(t)
    return out, len(replaced)
