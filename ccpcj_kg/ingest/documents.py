"""Drafts, printed texts, adopted texts, sponsors and actions; the documents before the Commission.

An action paragraph reads "At its 13th meeting, on 20 May 2022, the Commission recommended to
the Economic and Social Council the approval of a revised draft resolution for adoption by the
General Assembly (E/CN.15/2022/L.4/Rev.1), entitled “…”, sponsored by …. (For the text of the
draft resolution, see chap. I, sect. A, draft resolution II.)". From it come the draft (its own
node, by symbol), the original it revises (``/Rev.1`` → ``revisionOf``; "as revised" is an oral
revision, ``orallyRevised``, not a new symbol), the action, meeting, date, recipient and final
destination, the agenda item of the chapter, the text printed in chapter I (``reproducedAs``, by
the "see chap. I" pointer or else by the same title) and one sponsorship per sponsoring State,
"France (on behalf of the States Members of the United Nations that are members of the European
Union)" being one sponsorship by France on behalf of that group.

Actions: "adopted" → ``action/adopted``; "recommended … the approval of … for adoption by the
General Assembly" → ``action/recommended-for-approval-by-ecosoc-for-adoption-by-ga``;
"recommended … the adoption of a draft decision" or "… that it approve …" →
``action/recommended-for-adoption-by-ecosoc``; the Commission's own decision to transmit a report
is its decision printed in section C.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ccpcj_kg.ingest.lists import parse_list
from ccpcj_kg.ingest.paragraphs import Paragraph, PrintedText, Structure
from ccpcj_kg.ingest.records import Document, Sponsorship, at
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.symbols import (
    SYMBOL,
    document_class,
    revision_base,
    secondary_symbols,
    split_joint,
    symbols_in,
)
from ccpcj_kg.ingest.text import parse_date
from ccpcj_kg.model import iris
from ccpcj_kg.model.names import Resolver
from ccpcj_kg.model.printed import normalise_name

ADOPTED = "adopted"
REC_GA = "recommended-for-approval-by-ecosoc-for-adoption-by-ga"
REC_ECOSOC = "recommended-for-adoption-by-ecosoc"

_ACTION = re.compile(
    r"(?:At (?:its|the) (?P<m>\d+)(?:st|nd|rd|th) meeting, (?:held )?on (?P<date>\d{1,2} [A-Z][a-z]+(?: \d{4})?)|"
    r"At the same meeting), the Commission (?P<verb>adopted|recommended to the Economic and Social Council|"
    r"decided to transmit to the Economic and Social Council)"
)
_SEE = re.compile(r"see chap\. ([IVXL]+), sect\. ([A-Z]), (draft resolution|draft decision|resolution|decision) "
                  r"([IVXL]+|\d+/\d+)")
_TITLE = re.compile(r"entitled [“\"](.+?)[”\"]")
_SPONSORS = re.compile(r"sponsored by (.+?)\.(?=\s+\(For\b|\s+[A-Z]|\s*$)", re.DOTALL)
_ROMAN = re.compile(r"^[IVXL]+$")
_BEFORE_IT = re.compile(r"had before it (?:the following(?: documents)?:|(?:the |a )?(.+?) \(((?:" + SYMBOL.pattern
                        + r")(?:-(?:" + SYMBOL.pattern + r"))?)\))")
_LISTED = re.compile(r"^\(([a-z])\)\s+(.+?)\s*\(((?:" + SYMBOL.pattern + r")(?:-(?:" + SYMBOL.pattern
                     + r"))?)\)\s*[;.]?\s*(?:and)?$")


@dataclass
class Documents:
    """The documents found, by IRI, and the sponsorships."""

    by_iri: dict[str, Document] = field(default_factory=dict)
    sponsorships: list[Sponsorship] = field(default_factory=list)

    def get(self, iri: str, make: Document) -> Document:
        if iri not in self.by_iri:
            self.by_iri[iri] = make
        return self.by_iri[iri]


def printed_iri(report: str, text: PrintedText) -> str:
    """The IRI of a text printed in the report: document/{report}/draft-resolution-i, resolution/ccpcj-31-1, …"""
    if _ROMAN.match(text.label):
        return iris.printed_text(report, f"{text.kind.replace(' ', '-')}-{text.label.lower()}")
    return iris.commission_text(text.kind, text.label)


def _printed(report: str, t: PrintedText, session: int) -> Document:
    iri = printed_iri(report, t)
    if _ROMAN.match(t.label):
        cls = "DraftResolution" if t.kind == "draft resolution" else "DraftDecision"
        label = f"{report}, {t.kind} {t.label}"
        alt: set[str] = set()
    else:
        cls = "Resolution" if t.kind == "resolution" else "Decision"
        label = f"CCPCJ {t.kind} {t.label}"
        alt = {f"{t.kind.capitalize()} {t.label}"}
    doc = Document(iri, cls, label, title=t.title or None, alt_labels=alt, report_label=f"{t.kind} {t.label}",
                   part_of_report=True, at_session=True, where=at(t.para))
    if not _ROMAN.match(t.label):
        doc.acting_body = "ccpcj"
    return doc


def extract_documents(s: Structure, report: str, session: int, resolver: Resolver, chapter_items: dict[str, str],
                      warnings: Warnings) -> Documents:
    """Printed texts, acted-on drafts with sponsors, and documents before the Commission."""
    docs = Documents()
    year = _year(report)
    printed = {(t.kind, t.label): t for t in s.texts}
    for t in s.texts:
        docs.get(printed_iri(report, t), _printed(report, t, session))
    last_meeting: tuple[int | None, dt.date | None] = (None, None)
    for p in s.paragraphs:
        flat = p.text.replace("\n", " ")
        matches = list(_ACTION.finditer(flat))
        for k, m in enumerate(matches):
            rest = flat[m.end(): matches[k + 1].start() if k + 1 < len(matches) else len(flat)]
            if m.group("m"):
                last_meeting = (int(m.group("m")), parse_date(m.group("date"), year))
            _action(docs, p, m.group("verb"), rest, last_meeting, report, session, resolver, chapter_items,
                    printed, warnings)
    _decisions_printed(docs, s, report, year, chapter_items)
    _link_by_title(docs, s, report)
    _before_commission(docs, s, report, year, warnings)
    return docs


def _action(docs: Documents, p: Paragraph, verb: str, rest: str, meeting: tuple[int | None, dt.date | None],
            report: str, session: int, resolver: Resolver, chapter_items: dict[str, str],
            printed: dict[tuple[str, str], PrintedText], warnings: Warnings) -> None:
    if verb.startswith("decided to transmit"):
        return  # the Commission's decision, printed in chapter I (see _decisions_printed)
    see = _SEE.search(rest)
    target_text = printed.get((see.group(3), see.group(4))) if see else None
    first_sentence = re.split(r"\.\s+(?=[A-Z(])", rest, maxsplit=1)[0]
    head = first_sentence.split("entitled", 1)[0].split("sponsored by", 1)[0]
    syms = symbols_in(head)
    if target_text is None and not re.search(r"draft (?:resolution|decision)|\breport\b", head):
        return  # e.g. "adopted the provisional agenda (E/CN.15/2022/1)": the agenda, not a text acted on
    if "that it approve" in rest[:40] or (not syms and target_text is not None):
        if target_text is None:
            warnings.add("an action on a text without a symbol, and no pointer to chapter I", p.number)
            return
        doc = docs.by_iri[printed_iri(report, target_text)]
        doc.references |= {iris.document(x) for x in syms}
    elif syms:
        symbol = syms[0]
        doc = docs.get(iris.document(symbol), Document(iris.document(symbol), "Document", symbol, symbol=symbol))
        doc.symbol = symbol
        if re.search(r"draft resolution", head):
            doc.cls = "DraftResolution"
        elif re.search(r"draft decision", head):
            doc.cls = "DraftDecision"
        base = revision_base(symbol)
        if base:
            doc.revision_of = iris.document(base)
            original = docs.get(doc.revision_of, Document(doc.revision_of, doc.cls, base, symbol=base))
            original.at_session = True
            original.agenda_item = chapter_items.get(p.chapter or "")
            original.where.add(p.number)
        if target_text is not None and target_text.kind.startswith("draft"):
            doc.reproduced_as = printed_iri(report, target_text)
    else:
        warnings.add("an action paragraph without a document symbol", p.number)
        return
    doc.at_session = True
    doc.where.add(p.number)
    doc.acting_body = "ccpcj"
    doc.action_meeting, doc.action_date = meeting
    doc.agenda_item = chapter_items.get(p.chapter or "") or doc.agenda_item
    if verb == "adopted":
        doc.action = ADOPTED
        if doc.cls in ("DraftResolution", "DraftDecision"):
            doc.final_destination = "ccpcj"  # a text the Commission adopts as its own resolution or decision
    elif "for adoption by the General Assembly" in rest:
        doc.action, doc.recommended_to, doc.final_destination = REC_GA, "ecosoc", "general-assembly"
    else:
        doc.action, doc.recommended_to, doc.final_destination = REC_ECOSOC, "ecosoc", "ecosoc"
    if doc.symbol and re.match(r"\s*\)?,? as revised\b", rest[rest.find(doc.symbol) + len(doc.symbol):]):
        doc.orally_revised = True
    if re.search(r"\bas orally (?:amended|revised)\b", rest):
        doc.orally_amended = True
    title = _TITLE.search(rest)
    if title:
        doc.title = title.group(1)
    elif target_text is not None and doc.title is None:
        doc.title = target_text.title or None
    if see and see.group(3) in ("resolution", "decision") and target_text is not None:
        adopted = docs.by_iri[printed_iri(report, target_text)]
        doc.adopted_as = adopted.iri
        adopted.adoption_date, adopted.agenda_item = doc.action_date, doc.agenda_item
        adopted.where.add(p.number)
    sponsors = _SPONSORS.search(rest)
    if sponsors and doc.symbol:
        _sponsors(docs, doc, sponsors.group(1), p.number, resolver, warnings)


def _sponsors(docs: Documents, doc: Document, text: str, para: int, resolver: Resolver, warnings: Warnings) -> None:
    for item in parse_list(text, lambda n: resolver.name(n, kinds=("state",)) is not None, names_only=True):
        state = resolver.name(item.text, kinds=("state",))
        if state is None:
            other = resolver.name(item.text)
            why = f"{other.label} is not a State" if other else "unknown name"
            warnings.add(f"sponsor {item.text!r} of {doc.symbol} not resolved ({why}); no sponsorship written", para)
            continue
        group = None
        if item.on_behalf:
            group = resolver.name(item.on_behalf, kinds=("group", "regional-group"))
            if group is None:
                warnings.add(f"the group {item.on_behalf!r} on whose behalf {state.label} sponsored {doc.symbol} "
                             "is not in the graph; the sponsorship is written without it", para)
        docs.sponsorships.append(Sponsorship(doc.iri, doc.symbol or "", state, item.text, group, item.on_behalf,
                                             at(para)))


def _decisions_printed(docs: Documents, s: Structure, report: str, year: int | None,
                       chapter_items: dict[str, str]) -> None:
    """A decision printed in section C as the paragraph that follows it ("4. At its 9th meeting, …")."""
    for t in s.texts:
        if t.kind != "decision" or t.body.strip() or t.para is None:
            continue
        body = s.paragraph(t.para + 1)
        if body is None:
            continue
        doc = docs.by_iri[printed_iri(report, t)]
        m = _ACTION.search(body.text)
        if m and m.group("m"):
            doc.action, doc.action_meeting = ADOPTED, int(m.group("m"))
            doc.action_date = doc.adoption_date = parse_date(m.group("date"), year)
        refs = symbols_in(body.text)
        doc.references |= {iris.document(x) for x in refs}
        doc.where.add(body.number)
        for p in s.paragraphs:
            if p.number != body.number and "decided to transmit" in p.text and set(refs) & set(symbols_in(p.text)):
                doc.agenda_item = chapter_items.get(p.chapter or "")
                doc.where.add(p.number)


def _link_by_title(docs: Documents, s: Structure, report: str) -> None:
    """Drafts acted on without a "see chap. I" pointer: the printed text with the same title."""
    printed = {normalise_name(t.title): printed_iri(report, t) for t in s.texts if t.title and _ROMAN.match(t.label)}
    for doc in list(docs.by_iri.values()):
        if doc.symbol and doc.action in (REC_GA, REC_ECOSOC) and not doc.reproduced_as and doc.title:
            doc.reproduced_as = printed.get(normalise_name(doc.title))


def _before_commission(docs: Documents, s: Structure, report: str, year: int | None, warnings: Warnings) -> None:
    """Documents the Commission had before it, and other documents the report's paragraphs name."""
    for p in s.paragraphs:
        flat = p.text.replace("\n", " ")
        found: list[tuple[str, str]] = []
        m = _BEFORE_IT.search(flat)
        if m and m.group(1):
            found.append((m.group(1), m.group(2)))
        if m and not m.group(1):
            for line in p.text.split("\n")[1:]:
                lm = _LISTED.match(line.strip())
                if lm:
                    found.append((lm.group(2), lm.group(3)))
        for title, symbol_text in found:
            _paper(docs, p.number, title[:1].upper() + title[1:], symbol_text, report, year)
        skip = secondary_symbols(flat)
        for symbol in symbols_in(flat):
            iri = iris.document(symbol)
            if symbol == report or symbol in skip:
                continue
            if iri in docs.by_iri:
                docs.by_iri[iri].where.add(p.number)
                continue
            named = "Provisional agenda" if re.search(rf"provisional agenda \({re.escape(symbol)}\)", flat) else None
            _paper(docs, p.number, named, symbol, report, year)
    note = s.front.get("note", "")
    for symbol in symbols_in(note):
        if symbol != report:
            doc = _paper(docs, None, None, symbol, report, year)
            doc.where.add(section="note")
    for f in s.footnotes.values():
        for symbol in symbols_in(f.text):
            doc = _paper(docs, f.para, None, symbol, report, year)
            if f.para is None:
                doc.where.add(section=f.section)


def _paper(docs: Documents, para: int | None, title: str | None, symbol_text: str, report: str,
           year: int | None) -> Document:
    joint = split_joint(symbol_text)
    symbol, alts = (joint if joint else (symbol_text, []))
    iri = iris.document(symbol)
    doc = docs.get(iri, Document(iri, document_class(symbol, title), symbol, symbol=symbol))
    if title and not doc.title:
        doc.title = title
        if doc.cls == "Document":
            doc.cls = document_class(symbol, title)
    doc.alt_labels |= set(alts)
    doc.where.add(para)
    if year and (symbol.startswith(f"E/CN.15/{year}/") or symbol.startswith(f"{report}/")):
        doc.at_session = True
    return doc


def _year(report: str) -> int | None:
    m = re.search(r"/(\d{4})/", report)
    return int(m.group(1)) if m else None
