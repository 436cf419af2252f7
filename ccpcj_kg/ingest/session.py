"""The session a report is about: its number, the report's symbol, parts, meetings, theme, attendance.

- number: the report's title ("Report on the thirty-first session"), unless ``--session`` says;
- symbol: the report's own addendum in the Note ("E/2022/30/Add.1" → E/2022/30), or, for the
  Commission's reports, Supplement No. 10 of the year's Official Records (E/{year}/30);
- parts: the Bureau-election meeting ("at the end of its reconvened thirtieth session, on
  10 December 2021, opened its thirty-first session"), the regular part ("held the regular part
  of its thirty-first session in Vienna from 16 to 20 May 2022") and a reconvened part announced
  in the Note ("to be held on 8 and 9 December 2022");
- meetings: every "At its 9th meeting, on 18 May 2022" (not those of the Committee of the Whole
  or of the extended Bureau), "At its 1st, 2nd, 3rd and 4th meetings, on 16 May 2022";
- attendance: the figures of the Attendance section ("representatives of 37 States members …").
"""

from __future__ import annotations

import datetime as dt
import re

from ccpcj_kg.ingest.paragraphs import Paragraph, Structure
from ccpcj_kg.ingest.records import Attendance, Meeting, Session, SessionPart
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.text import cardinal, ordinal, parse_date
from ccpcj_kg.model.names import Resolver

_TITLE = re.compile(r"Report on the ([a-z]+(?:-[a-z]+)?) session", re.IGNORECASE)
_ADDENDUM = re.compile(r"\b(E/\d{4}/\d+)/Add\.\d+")
_SUPPLEMENT = re.compile(r"Official Records,\s*(\d{4}),?\s*Supplement No\.\s*10\b")
_ORDINALS = r"\d+(?:st|nd|rd|th)"
MEETING = re.compile(
    rf"\b(?:[Aa]t|[Dd]uring) (?:its|the) (?P<n>(?:{_ORDINALS})(?:(?:, | and ){_ORDINALS})*) meetings?"
    rf"(?P<of> of the [^,]+)?, (?:held )?on (?P<date>\d{{1,2}} [A-Z][a-z]+(?: \d{{4}})?)"
    rf"|\band its (?P<n2>{_ORDINALS}) meeting, (?:held )?on (?P<date2>\d{{1,2}} [A-Z][a-z]+(?: \d{{4}})?)"
)
SAME_MEETING = re.compile(r"\b[Aa]t the same meeting\b")
_REGULAR = re.compile(r"held the regular part of its [\w-]+ session in ([A-Z][\w ]+?) from (\d{1,2})(?: ([A-Z][a-z]+))?"
                      r"(?: (\d{4}))? to (\d{1,2} [A-Z][a-z]+ \d{4})")
_BUREAU = re.compile(r"on (\d{1,2} [A-Z][a-z]+ \d{4}), opened its [\w-]+ session for the sole purpose of "
                     r"electing its Bureau")
_RECONVENED = re.compile(r"reconvened [\w-]+ session, (to be )?held on (\d{1,2})(?: and | to |–)"
                         r"(\d{1,2} [A-Z][a-z]+ \d{4})")
_HOST = re.compile(r"host country, ([A-Z][\w' ]+?)(?:,|\.)")
_THEME = re.compile(r"prominent theme for the [\w-]+ session of the Commission was [“\"](.+?)[”\"]")
_ATTENDANCE = [
    ("commission-member-states", r"(\w+(?:-\w+)?) (States members of the Commission)"),
    ("other-member-states", r"(\w+(?:-\w+)?) (other States Members of the United Nations)"),
    ("non-member-states", r"(\w+(?:-\w+)?) (non-member States)"),
    ("un-entities", r"(\w+(?:-\w+)?) (entities of the United Nations system)"),
    ("programme-network-institutes", r"(\w+(?:-\w+)?) (institutes of the United Nations crime prevention and "
                                     r"criminal justice programme network)"),
    ("intergovernmental-organizations", r"(\w+(?:-\w+)?) (intergovernmental organizations)"),
    ("non-governmental-organizations", r"(\w+(?:-\w+)?) (non-governmental organizations(?: in consultative "
                                       r"status with the Economic and Social Council)?)"),
]


def session_number(s: Structure, override: int | None) -> int | None:
    """The session's number: ``--session`` if given, else the ordinal of the title."""
    if override is not None:
        return override
    for text in (s.front.get("title-page", ""), s.front.get("note", ""), *(p.text for p in s.paragraphs[:3])):
        m = _TITLE.search(text)
        if m and ordinal(m.group(1)):
            return ordinal(m.group(1))
    return None


def report_symbol(s: Structure) -> str | None:
    """The report's symbol (E/2022/30), from its addendum's symbol or its Official Records supplement."""
    for key in ("note", "title-page"):
        m = _ADDENDUM.search(s.front.get(key, ""))
        if m:
            return m.group(1)
    m = _SUPPLEMENT.search(s.front.get("title-page", "").replace("\n", " "))
    if m:
        return f"E/{m.group(1)}/30"
    return None


def meeting_mentions(text: str, default_year: int | None) -> list[tuple[int, dt.date | None]]:
    """Commission meetings named in a text with their date ("At its 9th meeting, on 18 May 2022")."""
    found: list[tuple[int, dt.date | None]] = []
    for m in MEETING.finditer(text):
        if m.group("of") and re.search(r"Committee|Bureau|Whole|working group", m.group("of"), re.IGNORECASE):
            continue
        numbers = m.group("n") or m.group("n2")
        date = parse_date(m.group("date") or m.group("date2") or "", default_year)
        for n in re.findall(r"\d+", numbers):
            found.append((int(n), date))
    return found


def paragraph_meetings(paragraphs: list[Paragraph], default_year: int | None) -> dict[int, list[int]]:
    """Meeting numbers per paragraph; "At the same meeting" takes the last meeting named before."""
    out: dict[int, list[int]] = {}
    last: list[int] = []
    for p in paragraphs:
        numbers = [n for n, _ in meeting_mentions(p.text, default_year)]
        if not numbers and SAME_MEETING.search(p.text) and last:
            numbers = last[-1:]
        if numbers:
            out[p.number] = numbers
            last = numbers
    return out


def extract_session(s: Structure, number: int, symbol: str, resolver: Resolver, warnings: Warnings) -> Session:
    """The session, its parts and meetings."""
    session = Session(number, symbol)
    title = s.front.get("title-page", "")
    m = re.search(r"(Report on the [\w-]+ session\s*\([^)]*\))", title.replace("\n", " "))
    session.report_title = m.group(1) if m else None
    if session.report_title:
        session.where.add(section="title-page")
    year = _year_of(symbol)

    for p in s.paragraphs:
        flat = p.text.replace("\n", " ")
        for n, date in meeting_mentions(flat, year):
            meeting = session.meetings.setdefault(n, Meeting(n, date))
            if meeting.date is None:
                meeting.date = date
            elif date is not None and date != meeting.date:
                warnings.add(f"the {n}th meeting is dated both {meeting.date} and {date}; the first is kept", p.number)
            meeting.where.add(p.number)
        r = _REGULAR.search(flat)
        if r:
            end = parse_date(r.group(5))
            if end:
                month = r.group(3) or r.group(5).split()[1]
                start = parse_date(f"{r.group(2)} {month} {r.group(4) or end.year}")
                part = session.parts.setdefault("regular-part", SessionPart("regular-part"))
                part.start, part.end, part.place = start, end, r.group(1).strip()
                part.where.add(p.number)
        h = _HOST.search(flat)
        if h:
            state = resolver.name(h.group(1), kinds=("state",))
            if state:
                part = session.parts.setdefault("regular-part", SessionPart("regular-part"))
                part.host_state = state
                part.where.add(p.number)
        if re.search(r"\bsession was (?:conducted|held) in a hybrid format\b", flat):
            part = session.parts.setdefault("regular-part", SessionPart("regular-part"))
            part.hybrid = True
            part.where.add(p.number)
        b = _BUREAU.search(flat)
        if b:
            date = parse_date(b.group(1))
            part = session.parts.setdefault("bureau-election", SessionPart("bureau-election"))
            part.start = part.end = date
            part.where.add(p.number)
    note = s.front.get("note", "").replace("\n", " ")
    r2 = _RECONVENED.search(note)
    if r2:
        end = parse_date(r2.group(3))
        start = parse_date(f"{r2.group(2)} {r2.group(3).split(' ', 1)[1]}")
        part = SessionPart("reconvened-part", start, end, scheduled=bool(r2.group(1)))
        part.where.add(section="note")
        session.parts["reconvened-part"] = part
    if "regular-part" not in session.parts and session.meetings:
        dates = [m.date for m in session.meetings.values() if m.date]
        if dates:
            part = SessionPart("regular-part", min(dates), max(dates))
            for meeting in session.meetings.values():
                part.where.merge(meeting.where)
            session.parts["regular-part"] = part
            warnings.add("no sentence gives the dates of the regular part; they are taken from its meetings",
                         section="report")
    summary = s.front.get("executive-summary", "").replace("\n", " ")
    t = _THEME.search(summary)
    if t:
        session.theme = t.group(1)
        session.where.add(section="executive-summary")
    for part in session.parts.values():
        session.where.merge(part.where)
    _thematic(s, session, year)
    return session


def _thematic(s: Structure, session: Session, year: int | None) -> None:
    """The session's thematic discussion: its chapter, meetings and chair."""
    chapter = next((roman for roman, title in s.chapters.items()
                    if title.lower().startswith("thematic discussion")), None)
    if chapter is None:
        return
    for p in s.paragraphs:
        if p.chapter != chapter or p.section is not None:
            continue
        if re.search(r"\b(?:addressed|considered) agenda item", p.text):
            session.thematic_where.add(p.number)
            session.thematic_meetings |= {n for n, _ in meeting_mentions(p.text, year)}
        if "presided over by the Chair" in p.text:
            session.thematic_where.add(p.number)
            session.thematic_chaired = True


def _year_of(symbol: str) -> int | None:
    m = re.search(r"/(\d{4})/", symbol)
    return int(m.group(1)) if m else None


def extract_attendance(s: Structure, warnings: Warnings) -> list[Attendance]:
    """The attendance figures ("attended by representatives of 37 States members of the Commission …")."""
    out: list[Attendance] = []
    for p in s.paragraphs:
        flat = p.text.replace("\n", " ")
        if not re.search(r"\b(?:was attended by|Also attending were)\b", flat):
            continue
        for category, pattern in _ATTENDANCE:
            m = re.search(pattern, flat)
            if not m:
                continue
            count = cardinal(m.group(1))
            if count is None:
                warnings.add(f"cannot read the number {m.group(1)!r} of {m.group(2)}", p.number)
                continue
            out.append(Attendance(category, m.group(2), count, p.number))
    return out
