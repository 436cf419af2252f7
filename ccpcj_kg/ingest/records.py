"""The facts an ingest extracts, before they become triples (``model.py``).

Each record keeps where it was read (``Where``: paragraph numbers and front-matter sections), so
that every node can cite its passages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ccpcj_kg.model.names import Entity


@dataclass
class Where:
    """The passages a fact comes from: numbered paragraphs and named sections (title-page, note, …)."""

    paras: set[int] = field(default_factory=set)
    sections: set[str] = field(default_factory=set)

    def add(self, para: int | None = None, section: str | None = None) -> Where:
        if para is not None:
            self.paras.add(para)
        if section is not None:
            self.sections.add(section)
        return self

    def merge(self, other: Where) -> Where:
        self.paras |= other.paras
        self.sections |= other.sections
        return self

    def __bool__(self) -> bool:
        return bool(self.paras or self.sections)


def at(para: int | None = None, section: str | None = None) -> Where:
    return Where().add(para, section)


@dataclass
class Meeting:
    number: int
    date: dt.date | None
    where: Where = field(default_factory=Where)


@dataclass
class SessionPart:
    kind: str  # bureau-election, regular-part, reconvened-part
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    host_state: Entity | None = None
    scheduled: bool = False
    hybrid: bool = False
    where: Where = field(default_factory=Where)


@dataclass
class Session:
    number: int
    report_symbol: str
    report_title: str | None = None
    theme: str | None = None
    parts: dict[str, SessionPart] = field(default_factory=dict)
    meetings: dict[int, Meeting] = field(default_factory=dict)
    where: Where = field(default_factory=Where)
    thematic_where: Where = field(default_factory=Where)
    thematic_meetings: set[int] = field(default_factory=set)
    thematic_chaired: bool = False


@dataclass
class AgendaItem:
    session: int
    number: str  # "6", "6 (a)"
    title: str
    parent: str | None = None  # number of the item it is a sub-item of
    meetings: set[int] = field(default_factory=set)
    where: Where = field(default_factory=Where)

    @property
    def key(self) -> str:
        return self.number.replace(" (", "").replace(")", "")


@dataclass
class Officer:
    role: str  # chair, first-vice-chair, …
    role_label: str
    person_name: str
    person: Entity | None
    state: Entity | None
    group: Entity | None
    elected_at_bureau_election: bool = False
    nominated_by: Entity | None = None
    nomination_date: dt.date | None = None
    where: Where = field(default_factory=Where)


@dataclass
class Sponsorship:
    document: str  # IRI of the draft
    symbol: str
    sponsor: Entity
    printed: str
    on_behalf: Entity | None = None
    on_behalf_printed: str | None = None
    where: Where = field(default_factory=Where)


@dataclass
class Document:
    """A document of the report: a draft, a printed or adopted text, a cited resolution, a paper."""

    iri: str
    cls: str  # local name of the ccpcj class
    label: str
    symbol: str | None = None
    title: str | None = None
    adoption_date: dt.date | None = None  # the date the text was adopted (ccpcj:adoptionDate)
    alt_labels: set[str] = field(default_factory=set)
    action: str | None = None
    action_meeting: int | None = None
    action_date: dt.date | None = None
    acting_body: str | None = None  # organization slug
    recommended_to: str | None = None
    final_destination: str | None = None
    revision_of: str | None = None  # IRI
    orally_revised: bool = False
    orally_amended: bool = False
    agenda_item: str | None = None  # key, "6" or "6a"
    adopted_as: str | None = None
    reproduced_as: str | None = None
    report_label: str | None = None
    part_of_report: bool = False
    at_session: bool = False
    references: set[str] = field(default_factory=set)
    where: Where = field(default_factory=Where)


@dataclass
class Statement:
    para: int
    speaker: Entity | None
    printed: str
    description: str | None = None
    capacity: str | None = None
    modes: tuple[str, ...] = ()
    kind: str = "general"
    on_behalf: list[Entity] = field(default_factory=list)
    on_behalf_printed: str | None = None
    agenda_item: str | None = None
    meeting: int | None = None


@dataclass
class Panellist:
    para: int
    person_name: str
    person: Entity | None
    affiliation: str | None
    state: Entity | None
    modes: tuple[str, ...] = ()
    where: Where = field(default_factory=Where)
    panel: str | None = None  # "morning", "afternoon": the panel of the discussion the paragraph names


@dataclass
class Attendance:
    category: str
    phrase: str
    count: int
    para: int
