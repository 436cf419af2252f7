"""The agenda: items and sub-items, the meetings that considered them, and the chapter reporting on each item.

The adopted agenda is the numbered list after "The agenda was as follows:" (sub-items "(a) …"
under their item); the provisional agenda of the next session, printed in a draft decision
("Provisional agenda for the thirty-second session …"), is read the same way. A chapter reports
on the item whose title it repeats, or on the item its first paragraph names ("considered agenda
item 3"). An item was considered at the meetings named in the paragraphs of its chapter before
its "Deliberations" and "Action taken" sections (the general debate also at the meetings of its
later statements), and item 2 at the meeting that adopted the agenda.
"""

from __future__ import annotations

import re

from ccpcj_kg.ingest.paragraphs import Paragraph, Structure
from ccpcj_kg.ingest.records import AgendaItem
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.text import ordinal
from ccpcj_kg.model.printed import normalise_name

_ITEM = re.compile(r"^(\d{1,2})\.\s+(.+?)\s*$")
_SUB = re.compile(r"^\(([a-z])\)\s+(.+?)\s*$")
_PROVISIONAL = re.compile(r"Provisional agenda for the ([a-z]+(?:-[a-z]+)?) session", re.IGNORECASE)
_CONSIDERED = re.compile(r"\b(?:considered|addressed) agenda item (\d{1,2})\b")


def _title(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[.;:,]\s*(?:and)?$", "", text).strip()
    return text


def parse_agenda_list(lines: list[str], session: int) -> list[AgendaItem]:
    """Items and sub-items from the lines of a printed agenda (other lines are ignored)."""
    items: list[AgendaItem] = []
    current: AgendaItem | None = None
    expected = 1
    for line in lines:
        line = line.strip()
        m = _ITEM.match(line)
        if m and int(m.group(1)) == expected:
            current = AgendaItem(session, m.group(1), _title(m.group(2)))
            items.append(current)
            expected += 1
            continue
        s = _SUB.match(line)
        if s and current is not None and current.parent is None:
            items.append(AgendaItem(session, f"{current.number} ({s.group(1)})", _title(s.group(2)), current.number))
    return items


def extract_agenda(s: Structure, session: int, para_meetings: dict[int, list[int]],
                   warnings: Warnings) -> tuple[list[AgendaItem], dict[str, str]]:
    """The session's agenda (and the next session's provisional agenda), and chapter → item key."""
    items: list[AgendaItem] = []
    for p in s.paragraphs:
        first_line = p.text.split("\n")[0]
        if re.search(r"\bagenda was as follows:", p.text) or re.search(
                r"\badopted the (?:provisional )?agenda\b.*:\s*$", first_line):
            found = parse_agenda_list(p.text.split("\n")[1:], session)
            for item in found:
                item.where.add(p.number)
            if found:
                items = found
                meetings = para_meetings.get(p.number, [])
                if re.search(r"\badopted the (?:provisional )?agenda\b", p.text) and meetings:
                    for item in items:
                        if item.number == "2":
                            item.meetings.add(meetings[0])
                break
    if not items:
        warnings.add("no adopted agenda found (\"The agenda was as follows:\"); agenda items are not extracted",
                     section="report")
    for text in s.texts:
        m = _PROVISIONAL.search(text.body)
        if not m or ordinal(m.group(1)) is None:
            continue
        body_lines = text.body[m.end():].split("\n")
        nxt = parse_agenda_list(body_lines, ordinal(m.group(1)) or session + 1)
        for item in nxt:
            item.where.add(text.para)
        items += nxt
    chapter_items = _chapters(s, [i for i in items if i.session == session and i.parent is None], warnings)
    _considered(s, session, items, chapter_items, para_meetings)
    return items, chapter_items


def _chapters(s: Structure, items: list[AgendaItem], warnings: Warnings) -> dict[str, str]:
    by_title = {normalise_name(i.title): i for i in items}
    out: dict[str, str] = {}
    for roman, title in s.chapters.items():
        item = by_title.get(normalise_name(title))
        if item is None:
            first = next((p for p in s.paragraphs if p.chapter == roman), None)
            m = _CONSIDERED.search(first.text) if first else None
            item = next((i for i in items if m and i.number == m.group(1)), None)
        if item is not None:
            out[roman] = item.key
    for p in s.paragraphs:
        m = _CONSIDERED.search(p.text)
        if m and p.chapter in out and out[p.chapter] != m.group(1):
            warnings.add(f"the chapter reports on agenda item {out[p.chapter]} but this paragraph names item "
                         f"{m.group(1)}", p.number)
    return out


def _opening(p: Paragraph) -> bool:
    """True for the paragraphs of a chapter before its Deliberations and Action sections."""
    return p.section is None


def _considered(s: Structure, session: int, items: list[AgendaItem], chapter_items: dict[str, str],
                para_meetings: dict[int, list[int]]) -> None:
    by_key = {i.key: i for i in items if i.session == session}
    for p in s.paragraphs:
        item = by_key.get(chapter_items.get(p.chapter or "", ""))
        if item is None or not _opening(p):
            continue
        item.meetings |= set(para_meetings.get(p.number, []))
        if _CONSIDERED.search(p.text):
            item.where.add(p.number)
    for item in items:
        parent = by_key.get(item.parent or "") if item.session == session else None
        if parent is not None:
            item.meetings |= parent.meetings
            item.where.paras |= parent.where.paras
