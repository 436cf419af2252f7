"""Statements: who spoke, in what capacity and mode, on whose behalf, under which agenda item, at which meeting.

Sentences read (after an opening clause such as "Following the recommendation …, " is dropped):
- "Statements were (also) made by the representatives of A (in person), B (online) …" and
  "An introductory statement was made by …", "closing statements were made by …";
- "The observers for A (…) and B (…) (also) made statements (in exercise of the right of reply)",
  "The Chief of the … Branch of UNODC (in person) made an introductory statement";
- "The observer for Bangladesh (in person), in his capacity as Vice-Chair of …, reported on …";
- "The President of the Economic and Social Council addressed the Commission in a video message",
  "The Commission was then addressed by the Executive Director of UN-Women";
- the lines after "the following persons made statements:" (one speaker described per line:
  "Minister of Justice of Namibia (pre-recorded video)");
- the panellists after "led by the following panellists:" ("Usama Malik, Deputy Legislative
  Adviser, Ministry of Law and Justice of Pakistan (online); …").

Capacity: "the representative(s) of" → ``capacity/representative`` (a member of the Commission),
"the observer(s) for" → ``capacity/observer``; an official of UNODC or its secretariat →
``capacity/secretariat``; an official or body of another United Nations entity invited to speak
→ ``capacity/invited-speaker``; a panellist → ``capacity/panellist``; otherwise none is written.
"the European Union and its member States" speaking is the European Union on behalf of that
group; a footnote "Also on behalf of A, B and C" adds those States. The agenda item is the one
the chapter reports on; the meeting is the one the paragraph names, or the only meeting at which
the item was considered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccpcj_kg.ingest.lists import Item, parse_entry, parse_list
from ccpcj_kg.ingest.paragraphs import Paragraph, Structure
from ccpcj_kg.ingest.records import AgendaItem, Officer, Panellist, Statement, at
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.model import iris
from ccpcj_kg.model.names import UNODC, Entity, Resolver

_PREFIX = re.compile(r"^(?:(?:Following|Upon|After|Before|During|At|On|In the (?:morning|afternoon) session)\b[^,]*"
                     r"(?:, on \d{1,2} [A-Z][a-z]+(?: \d{4})?)?,\s*|(?:In addition|Further|Furthermore|Moreover),\s*)")
_PASSIVE = re.compile(r"^(?:(?:Further|Other|Several) )?(?:(?P<adj>introductory|opening|closing) )?"
                      r"(?:statements|remarks) were (?:also )?made by (?P<list>.+?)\.?$", re.IGNORECASE)
_PASSIVE_ONE = re.compile(r"^(?:an? )?(?:(?P<adj>introductory|opening|closing) )?statement(?: on behalf of "
                          r"(?P<ob>.+?))? was (?:also )?made by (?P<list>.+?)\.?$", re.IGNORECASE)
_ACTIVE = re.compile(r"^(?P<list>.+?) (?:also |then )?made (?:a |an )?(?:(?P<adj>introductory|opening|closing) )?"
                     r"statements?\b(?P<rest>.*)$")
_REPORTED = re.compile(r"^(?P<list>.+?), in (?:his|her|their) capacity as (?P<cap>.+?), reported on\b")
_ADDRESSED = re.compile(r"^(?P<list>.+?) addressed the Commission\b(?P<rest>.*)$")
_ADDRESSED_BY = re.compile(r"^The Commission was (?:then |also )?addressed by (?P<list>.+?)\.?$")
_FOLLOWING = re.compile(r"the following persons made statements:", re.IGNORECASE)
_PANEL = re.compile(r"\b(morning|afternoon)(?= panel discussion\b)|\bpanel discussion in the (morning|afternoon) "
                    r"session\b", re.IGNORECASE)
_PANELLISTS = re.compile(r"following panellists:\s*(?P<list>.+?\))\.(?:\s|$)")
_CHAIR = re.compile(r"^(?:the )?(Chair|First Vice-Chair|Second Vice-Chair|Third Vice-Chair|Rapporteur)"
                    r"(?: of the Commission)?$", re.IGNORECASE)
_SECRETARIAT = re.compile(r"\b(?:Branch|Division|Section|Secretariat|Secretary of the Commission|Executive Director)\b")
_ABBREV = re.compile(r"(?:\b[A-Z]|\ba\.i|\bchap|\bsect|\bparas?|\bNo|\bvol|\bMr|\bMs|\bDr|\beds?|\bart)$")


@dataclass
class Speakers:
    """Statements and panellists found."""

    statements: list[Statement] = field(default_factory=list)
    panellists: list[Panellist] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (not split after "a.i.", "chap.", "M.K." and the like)."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"\.\)?\s+(?=[A-Z(“\"])", text):
        before = text[start: m.start()]
        if _ABBREV.search(before):
            continue
        out.append(text[start: m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


class _Reader:
    def __init__(self, s: Structure, session: int, resolver: Resolver, officers: list[Officer],
                 chapter_items: dict[str, str], items: list[AgendaItem], para_meetings: dict[int, list[int]],
                 warnings: Warnings) -> None:
        self.s, self.session, self.resolver = s, session, resolver
        self.officers = {o.role: o for o in officers}
        self.chapter_items = chapter_items
        self.item_meetings = {i.key: i.meetings for i in items if i.session == session}
        self.para_meetings = para_meetings
        self.warnings = warnings
        self.out = Speakers()

    # -- entities ------------------------------------------------------------------------------
    def officer_entity(self, role: str) -> Entity | None:
        o = self.officers.get(role)
        if o is None:
            return None
        if o.person is not None:
            return o.person
        return Entity(iris.person(o.person_name), "person", o.person_name)

    def by_name(self, text: str) -> Entity | None:
        return self.resolver.name(text)

    def by_description(self, text: str) -> Entity | None:
        chair = _CHAIR.match(text.strip())
        if chair:
            return self.officer_entity("-".join(chair.group(1).lower().replace("-", " ").split()))
        if re.search(r"\bSecretary of the Commission\b", text):
            return self.resolver.entity(UNODC) if UNODC in self.resolver.labels else None
        found = self.resolver.find_in(text)
        if found is not None:
            return found
        if _SECRETARIAT.search(text) and UNODC in self.resolver.labels:
            return self.resolver.entity(UNODC)
        return None

    def on_behalf(self, printed: str | None, markers: tuple[int, ...], para: int) -> list[Entity]:
        out: list[Entity] = []
        if printed:
            group = self.resolver.name(printed)
            if group is None:
                self.warnings.add(f"cannot resolve the group {printed!r} spoken for", para)
            else:
                out.append(group)
        for n in markers:
            note = self.s.footnotes.get(n)
            if note is None:
                continue
            m = re.match(r"^(?:Also )?[Oo]n behalf of (.+?)\.?$", note.text)
            if not m:
                continue
            for item in parse_list(m.group(1), self.resolver.is_name, names_only=True):
                state = self.resolver.name(item.text, kinds=("state", "group", "regional-group"))
                if state is None:
                    self.warnings.add(f"footnote {n}: cannot resolve {item.text!r}", para)
                elif state not in out:
                    out.append(state)
        return out

    # -- statements ----------------------------------------------------------------------------
    def add(self, p: Paragraph, item: Item, kind: str, *, description: bool, in_list: bool = False,
            extra_modes: tuple[str, ...] = (), on_behalf_printed: str | None = None,
            capacity_text: str | None = None) -> None:
        text = item.text
        speaker = self.by_name(text) if item.known or not description else None
        desc: str | None = None
        if speaker is None:
            speaker = self.by_description(text)
            desc = re.sub(r"^[Tt]he ", "", text)  # "the Chief of …" → "Chief of …" (an office, as a title)
        if speaker is None:
            self.warnings.add(f"cannot resolve the speaker {text!r}; no statement written", p.number)
            return
        on_behalf = self.on_behalf(item.on_behalf or on_behalf_printed, item.markers, p.number)
        grouped = re.match(r"^(.+) and its member States$", speaker.label)
        if speaker.kind == "group" and grouped:
            head = self.resolver.name(grouped.group(1), kinds=("organization",))
            if head is not None:
                on_behalf.insert(0, speaker)
                speaker = head
        capacity = item.capacity
        if capacity is None and not in_list:
            capacity = self.capacity_of(speaker, desc)
        if capacity_text:
            desc = capacity_text
        modes = item.modes or extra_modes
        key = (p.chapter or "")
        agenda = self.chapter_items.get(key)
        self.out.statements.append(Statement(
            p.number, speaker, text, desc, capacity, modes, kind, on_behalf,
            item.on_behalf or on_behalf_printed, agenda, self.meeting(p, agenda)))

    def capacity_of(self, speaker: Entity, description: str | None) -> str | None:
        if speaker.iri == UNODC:
            return "secretariat"
        if speaker.kind == "organization" and self.resolver.is_a(speaker.iri, "UNEntity"):
            return "invited-speaker"
        return None

    def meeting(self, p: Paragraph, agenda: str | None) -> int | None:
        named = self.para_meetings.get(p.number, [])
        if len(named) == 1:
            return named[0]
        if named:
            return None
        if p.section and re.match(r"^B\. Workshop", p.section):
            return None
        meetings = self.item_meetings.get(agenda or "", set())
        return next(iter(meetings)) if len(meetings) == 1 else None

    # -- paragraphs ----------------------------------------------------------------------------
    def paragraph(self, p: Paragraph) -> None:
        text = p.text
        lines: list[str] = []
        m = _FOLLOWING.search(text)
        if m:
            lines = [x for x in text[m.end():].split("\n") if x.strip()]
            text = text[: m.start()]
        flat = " ".join(text.split())
        panel = _PANELLISTS.search(flat)
        if panel:
            named = _PANEL.search(flat[: panel.start()])
            self.panellists(p, panel.group("list"), (named.group(1) or named.group(2)).lower() if named else None)
            flat = flat[: panel.start()] + "panellists." + flat[panel.end():]
        for sentence in sentences(flat):
            self.sentence(p, sentence)
        for line in lines:
            item = parse_entry(line)
            self.add(p, item, "general", description=True, in_list=True)

    def sentence(self, p: Paragraph, sentence: str) -> None:
        while True:
            m = _PREFIX.match(sentence)
            if not m or m.end() == 0:
                break
            sentence = sentence[m.end():]
        opening = bool(p.section and "opening" in p.section.lower())
        m = _PASSIVE.match(sentence)
        if m:
            self.listed(p, m.group("list"), self.kind(m.group("adj")))
            return
        m = _PASSIVE_ONE.match(sentence)
        if m:
            kind = self.kind(m.group("adj"))
            if m.group("ob"):
                item = parse_entry(m.group("list"))
                self.add(p, item, kind, description=True, on_behalf_printed=m.group("ob"))
            else:
                self.listed(p, m.group("list"), kind)
            return
        m = _REPORTED.match(sentence)
        if m:
            self.listed(p, m.group("list"), "report", capacity_text=m.group("cap"))
            return
        m = _ADDRESSED_BY.match(sentence)
        if m:
            self.listed(p, m.group("list"), "opening" if opening else "general")
            return
        m = _ADDRESSED.match(sentence)
        if m and not m.group("list").lower().startswith("the commission"):
            video = ("pre-recorded-video",) if "video message" in m.group("rest") else ()
            self.listed(p, m.group("list"), "opening" if opening else "general", extra_modes=video)
            return
        m = _ACTIVE.match(sentence)
        if m and not re.match(r"^(?:the )?(?:speakers?|delegations?)\b", m.group("list"), re.IGNORECASE):
            kind = self.kind(m.group("adj"))
            rest = m.group("rest")
            if "right of reply" in rest:
                kind = "right-of-reply"
            trailing = re.search(r"\((in person|online|pre-recorded [a-z ]+)\)", rest)
            extra = parse_list(f"x ({trailing.group(1)})", lambda _: True)[0].modes if trailing else ()
            self.listed(p, m.group("list"), kind, extra_modes=extra)

    @staticmethod
    def kind(adjective: str | None) -> str:
        return adjective.lower() if adjective else "general"

    def listed(self, p: Paragraph, text: str, kind: str, *, extra_modes: tuple[str, ...] = (),
               capacity_text: str | None = None) -> None:
        items = parse_list(text, self.resolver.is_name)
        for item in items:
            self.add(p, item, kind, description=not item.known and item.capacity is None,
                     extra_modes=extra_modes if len(items) == 1 else (), capacity_text=capacity_text)

    def panellists(self, p: Paragraph, text: str, panel: str | None = None) -> None:
        for entry in re.split(r";\s*(?:and\s+)?", text):
            item = parse_entry(entry)
            name, _, affiliation = item.text.partition(", ")
            person = self.resolver.name(name, kinds=("person",))
            if person is None:
                person = Entity(iris.person(name), "person", name)
                self.warnings.add(f"panellist {name} is not in the graph: a new person node is written", p.number)
            state = self.resolver.find_in(affiliation) if affiliation else None
            if state is not None and state.kind != "state":
                state = None
            self.out.panellists.append(Panellist(p.number, name, person, affiliation or None, state, item.modes,
                                                 at(p.number), panel))
            agenda = self.chapter_items.get(p.chapter or "")
            self.out.statements.append(Statement(p.number, person, name, affiliation or None, "panellist",
                                                 item.modes, "general", [], None, agenda, self.meeting(p, agenda)))


def extract_statements(s: Structure, session: int, resolver: Resolver, officers: list[Officer],
                       chapter_items: dict[str, str], items: list[AgendaItem], para_meetings: dict[int, list[int]],
                       warnings: Warnings) -> Speakers:
    """Every statement of the report's paragraphs (chapter I holds texts, not statements)."""
    reader = _Reader(s, session, resolver, officers, chapter_items, items, para_meetings, warnings)
    for p in s.paragraphs:
        if p.chapter == "I":
            continue
        reader.paragraph(p)
    return reader.out
