"""Resolutions and decisions a report cites: of the General Assembly, the Economic and Social Council, the Commission.

"General Assembly resolution 72/305", "Economic and Social Council resolutions 2004/27 of
21 July 2004 …, 2005/20 of 22 July 2005 … and 2011/33 of 28 July 2011", "its decision 74/550 A of
13 April 2020", "resolutions 75/290 A and B", "resolution 415 (V)", "Commission decision 21/1".
"its" is the body the sentence named last ("approved by the Economic and Social Council in its
decision 2021/253"), or the body a following clause names ("in its resolution 69/314, the General
Assembly"), or else the author of the text it is printed in ("The General Assembly, … Recalling
its resolution 46/152"). Resolutions of other bodies (the Security Council, a Conference of the
Parties) are not extracted. Each cited text is a document node with its symbol (``A/RES/72/305``)
and, where the report gives it, its date; the citing text (a printed draft, or the report itself)
``dcterms:references`` it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccpcj_kg.ingest.paragraphs import Structure
from ccpcj_kg.ingest.records import Document, Where, at
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.text import parse_date
from ccpcj_kg.model import iris

_BODY = (r"General Assembly|Economic and Social Council|Commission on Crime Prevention and Criminal Justice|"
         r"Security Council|Conference of the Parties to the [A-Z][\w ]+?|Assembly|Council|Commission")
_CITE = re.compile(rf"(?P<issuer>{_BODY}|\bits) (?P<kind>resolutions?|decisions?)\s+(?=\d)")
_NUM = re.compile(r"(?P<num>\d{1,4}/\d{1,4}(?: [A-Z](?: and [A-Z])?(?![\w/]))?|\d{1,4} (?:[A-Z] )?\([IVXL]+\))"
                  r"(?: of (?P<date>\d{1,2} [A-Z][a-z]+ \d{4}))?")
_MENTION = re.compile(r"\b(General Assembly|Economic and Social Council|Commission on Crime Prevention and Criminal "
                      r"Justice|Assembly|Council|Commission)\b")
_FOLLOWING = re.compile(r"^, the (General Assembly|Economic and Social Council|Assembly|Council|Commission)\b")
_QUALIFIERS = {"Security", "Rights", "Statistical", "Parliamentary", "Trusteeship", "Economic", "Regional",
               "Ministerial", "European", "Arab", "Human", "Executive", "Governing"}
_AUTHORS = {"General Assembly": "ga", "Assembly": "ga", "Economic and Social Council": "ecosoc", "Council": "ecosoc",
            "Commission on Crime Prevention and Criminal Justice": "ccpcj", "Commission": "ccpcj"}


@dataclass
class Citations:
    documents: dict[str, Document] = field(default_factory=dict)
    references: dict[str, set[str]] = field(default_factory=dict)  # citing IRI → cited IRIs


def _node(body: str, kind: str, number: str, where: Where) -> Document | None:
    singular = "resolution" if kind.startswith("resolution") else "decision"
    if body == "ccpcj":
        m = re.fullmatch(r"(\d+)/(\d+)", number)
        if not m:
            return None
        iri = iris.commission_text(singular, number)
        return Document(iri, singular.capitalize(), f"CCPCJ {singular} {number}", acting_body="ccpcj",
                        alt_labels={f"Commission on Crime Prevention and Criminal Justice {singular} {number}"},
                        where=where)
    if body == "ecosoc" and not re.fullmatch(r"\d{4}/\d+|\d+ (?:[A-Z] )?\([IVXL]+\)", number):
        return None
    prefix = "A" if body == "ga" else "E"
    tag = "RES" if singular == "resolution" else "DEC"
    symbol = f"{prefix}/{tag}/{number}"
    cls = {("ga", "RES"): "GeneralAssemblyResolution", ("ga", "DEC"): "GeneralAssemblyDecision",
           ("ecosoc", "RES"): "EcosocResolution", ("ecosoc", "DEC"): "EcosocDecision"}[(body, tag)]
    name = "General Assembly" if body == "ga" else "Economic and Social Council"
    return Document(iris.document(symbol), cls, symbol, symbol=symbol, alt_labels={f"{name} {singular} {number}"},
                    where=where)


def _qualified(before: str) -> bool:
    """True when the word before "Commission"/"Council"/"Assembly" names another body ("Security Council")."""
    m = re.search(r"([A-Z][a-z]+) $", before)
    if not m:
        return False
    word = m.group(1)
    return word in _QUALIFIERS or not re.search(r"(?:s|ing|ed)$", word)


def _numbers(text: str) -> list[tuple[str, str | None]]:
    """The list of numbers that opens ``text`` ("72/195 of 19 December 2017 on …, 73/148 … and 73/154")."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    while True:
        m = _NUM.match(text, pos)
        if not m:
            break
        num = m.group("num")
        ab = re.fullmatch(r"(\d+/\d+) ([A-Z]) and ([A-Z])", num)
        if ab:
            date = m.group("date")
            out += [(f"{ab.group(1)} {ab.group(2)}", date), (f"{ab.group(1)} {ab.group(3)}", date)]
        else:
            out.append((num, m.group("date")))
        nxt = re.compile(r"(?:[^.;“”\d]|“[^”]*”)*?(?:,\s+and\s+|,\s+|\s+and\s+)(?=\d{1,4}/\d)").match(text, m.end())
        if not nxt:
            break
        pos = nxt.end()
    return out


def extract_citations(s: Structure, report_iri: str, printed: dict[str, str], warnings: Warnings) -> Citations:
    """Cited resolutions and decisions; ``printed`` maps a printed text's (kind label) to its IRI."""
    out = Citations()
    texts: list[tuple[str, str, str | None, Where]] = []  # (text, citing IRI, author, where)
    for p in s.paragraphs:
        texts.append((p.text, report_iri, None, at(p.number)))
    for t in s.texts:
        iri = printed.get(f"{t.kind} {t.label}", report_iri)
        author = _AUTHORS.get(t.author or "", "ccpcj" if t.kind in ("resolution", "decision") else None)
        texts.append((t.body, iri, author, at(t.para)))
        for n in t.markers:
            if n in s.footnotes:
                texts.append((s.footnotes[n].text, iri, author, at(t.para)))
    for f in s.footnotes.values():
        if not any(f.number in t.markers for t in s.texts):
            texts.append((f.text, report_iri, None, at(f.para, None if f.para is not None else f.section)))
    summary = s.front.get("executive-summary")
    if summary:
        texts.append((summary, report_iri, None, at(section="executive-summary")))
    for text, citing, author, where in texts:
        _scan(text.replace("\n", " \n "), citing, author, where, out, warnings)
    return out


def _scan(text: str, citing: str, author: str | None, where: Where, out: Citations, warnings: Warnings) -> None:
    matches = list(_CITE.finditer(text))
    for k, m in enumerate(matches):
        issuer = m.group("issuer")
        before = text[: m.start()]
        if issuer in ("Commission", "Council", "Assembly") and _qualified(before):
            continue  # "Statistical Commission", "Security Council", "Parliamentary Assembly"
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        region = text[m.end(): end].split("\n", 1)[0]
        if issuer == "its":
            first = _NUM.match(region)
            follows = _FOLLOWING.match(region[first.end():]) if first else None
            sentence = re.split(r"[.;\n]", before)[-1]
            mentions = _MENTION.findall(sentence)
            body = _AUTHORS[follows.group(1)] if follows else (_AUTHORS[mentions[-1]] if mentions else author)
        else:
            body = _AUTHORS.get(issuer)
        if body is None:
            continue
        for number, date_text in _numbers(region):
            node = _node(body, m.group("kind"), number, Where(set(where.paras), set(where.sections)))
            if node is None:
                continue
            date = parse_date(date_text or "")
            known = out.documents.get(node.iri)
            if known is None:
                out.documents[node.iri] = node
                known = node
            else:
                known.where.merge(where)
            if date is not None:
                if known.adoption_date is not None and known.adoption_date != date:
                    warnings.add(f"{known.label} is dated both {known.adoption_date} and {date}; the first is kept",
                                 min(where.paras) if where.paras else None)
                known.adoption_date = known.adoption_date or date
            if known.iri != citing:
                out.references.setdefault(citing, set()).add(known.iri)
