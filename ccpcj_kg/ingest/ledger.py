"""The paragraph ledger: every numbered paragraph and every list of a report, and what became of it.

An ingest that skips a sentence it does not understand loses facts without a word. The ledger
makes every paragraph answer for itself, from the triples the ingest wrote (each node cites the
paragraphs it was read from) and the report's text:

- **understood**: facts were taken from it, every State it names is in one of them, and every
  item of its list is used by one;
- **partly understood**: facts were taken, but a name was not resolved or was ambiguous, a State
  it names is in no fact, or an item of its list is used by none;
- **not understood**: no fact was taken; the reason is the warning the ingest gave for it (a name
  not resolved, an ambiguous symbol) or "no pattern matched";
- **missing**: a paragraph number that was never found (lost in conversion, or a missing section).

It also says what a paragraph *looks like* it carries, by its wording (a list of speakers, a list
of sponsors, an election, an action on a draft): ``--strict`` fails when a paragraph that looks
like one of those was not fully understood. Deliberations ("Many speakers …") look like none and
are expected to give no facts.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple
from ccpcj_kg.ingest.paragraphs import Structure
from ccpcj_kg.ingest.report import Warning
from ccpcj_kg.model.names import GENERIC, Resolver
from ccpcj_kg.model.namespaces import CCPCJ, ID, PROV, RDF
from ccpcj_kg.model.printed import clean_inline, fold_accents, strip_markers

UNDERSTOOD = "understood"
PARTLY = "partly understood"
NOT_UNDERSTOOD = "not understood"
MISSING = "missing"

# What a paragraph looks like it carries, by its wording. The first four are the kinds --strict checks.
CUES: dict[str, re.Pattern[str]] = {
    "a list of speakers": re.compile(
        r"\bstatements?\b(?! by the Chair\b)|\baddressed (?:by|the Commission)\b|\bpanellists?\b"
        r"|\b(?:took the floor|made remarks|delivered remarks)\b", re.IGNORECASE),
    "a list of sponsors": re.compile(r"\b(?:co-?)?sponsor(?:s|ed|ship)?\b", re.IGNORECASE),
    "an election": re.compile(r"\b(?:elect(?:ed|ing)|election of|nominated|nomination)\b", re.IGNORECASE),
    "an action on a draft": re.compile(r"\b(?:adopted|approved|recommended)\b[^.]*\bdraft (?:resolution|decision)\b"
                                       r"|\bE/CN\.15/\d{4}/L\.\d+", re.IGNORECASE),
    "documents before the Commission": re.compile(r"\bhad before it\b", re.IGNORECASE),
    "an agenda": re.compile(r"\bagenda (?:was|read) as follows\b", re.IGNORECASE),
    "attendance": re.compile(r"\battended by\b|\bAlso attending\b", re.IGNORECASE),
}
STRICT_KINDS = ("a list of speakers", "a list of sponsors", "an election", "an action on a draft")
_LIST_LINE = re.compile(r"^(?:[-•]\s+)?(?:\(\w{1,3}\)|\d{1,4}\.)\s|\t")
_SPLIT_WORDS = re.compile(r"\s+")
_MAX_NAME_WORDS = 8
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z“])")
_MEETINGS = re.compile(r"\b((?:\d+(?:st|nd|rd|th)(?:,| and|, and)?\s+)+)meetings?\b")
_OFFICE = re.compile(r"(?<![\w-])((?:First |Second |Third )?Vice-Chair|Chair|Rapporteur)\b(?! of the (?!Commission))")
_QUOTED = re.compile(r"“[^”]*”")
_CITED = re.compile(r"\b(?:the )?(?:Economic and Social Council|General Assembly|Security Council|Commission)"
                    r"(?: resolutions?| decisions?)\b[^,;]*")
_NAMING_KINDS = ("a list of speakers", "a list of sponsors", "an election")
_FUNCTION_WORDS = {"The", "And", "Of", "By", "For", "To", "In", "On", "At", "With"}
_FRONT = {"title-page": "title page", "note": "Note", "executive-summary": "Executive summary"}


@dataclass
class ListItem:
    text: str
    used: bool


@dataclass
class Entry:
    """One paragraph (or front-matter section) of the report and what the ingest made of it."""

    ref: str  # "para. 84", "Note"
    para: int | None
    chapter: str | None
    section: str | None
    status: str
    facts: dict[str, int] = field(default_factory=dict)  # nodes taken from it, by class
    looks_like: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)  # its list, when it has one
    excerpt: str = ""

    @property
    def strict_failure(self) -> bool:
        """A paragraph that carries a kind of fact the parser knows, not (fully) understood."""
        return self.status != UNDERSTOOD and any(k in STRICT_KINDS for k in self.looks_like)


@dataclass
class Ledger:
    """Every entry, in the report's order, and the structural problems (missing paragraphs, sections)."""

    report: str
    entries: list[Entry]
    structure: list[str]

    @property
    def paragraphs(self) -> list[Entry]:
        return [e for e in self.entries if e.para is not None]

    def share_understood(self) -> float:
        found = [e for e in self.paragraphs if e.status != MISSING]
        return sum(e.status == UNDERSTOOD for e in found) / len(found) if found else 0.0

    def counts(self) -> Counter[str]:
        return Counter(e.status for e in self.paragraphs)

    def strict_failures(self) -> list[Entry]:
        return [e for e in self.entries if e.strict_failure]

    def flagged(self) -> set[int]:
        """Paragraph numbers the ledger reports (anything but understood)."""
        return {e.para for e in self.paragraphs if e.para is not None and e.status != UNDERSTOOD}

    def summary_line(self) -> str:
        c = self.counts()
        lists = sum(1 for e in self.entries if e.items)
        return (f"paragraphs: {len(self.paragraphs) - c[MISSING]} found, {c[UNDERSTOOD]} understood "
                f"({self.share_understood():.0%}), {c[PARTLY]} partly, {c[NOT_UNDERSTOOD]} not understood, "
                f"{c[MISSING]} missing; lists: {lists}; to check under --strict: {len(self.strict_failures())}")

    def render(self) -> str:
        lines = [f"ledger of {self.report}", self.summary_line()]
        lines += [f"structure: {s}" for s in self.structure]
        for e in self.entries:
            facts = ", ".join(f"{n} {k}" for k, n in sorted(e.facts.items())) or "no facts"
            looks = f" [looks like {', '.join(e.looks_like)}]" if e.looks_like else ""
            mark = " !" if e.strict_failure else ""
            lines.append(f"{e.ref}: {e.status}{mark}: {facts}{looks}")
            lines += [f"    - {r}" for r in e.reasons]
            unused = [i.text for i in e.items if not i.used]
            if e.items:
                lines.append(f"    list of {len(e.items)} items, {len(e.items) - len(unused)} used")
            lines += [f"    unused item: {t}" for t in unused]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        data = {"report": self.report, "summary": {"share_understood": round(self.share_understood(), 4),
                                                   **dict(sorted(self.counts().items())),
                                                   "strict_failures": len(self.strict_failures())},
                "structure": self.structure, "entries": [asdict(e) for e in self.entries]}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# -- names mentioned in a text -----------------------------------------------------------------

class _Mentions:
    """The States a text names, found by looking up runs of up to eight words (linear in the text).

    Every name of the graph is looked up, longest first, so that a State inside a longer name
    ("the Group of 77 and China", "the Thailand Institute of Justice") is not taken for the State;
    a State name glued to other capitalised words ("the Cyprus Parliamentary Delegation", "Fundación
    Abba Colombia") is part of a name too.
    """

    def __init__(self, resolver: Resolver) -> None:
        self.keys: dict[str, str | None] = {}  # name → the node it means, or None when ambiguous or generic
        for key, iris in resolver.index.items():
            if len(key) <= 3:
                continue
            self.keys[key] = next(iter(iris)) if len(iris) == 1 and not iris & GENERIC else None
        self.longest = min(_MAX_NAME_WORDS, max((k.count(" ") + 1 for k in self.keys), default=1))

    def find(self, text: str) -> dict[str, str]:
        """Printed name → IRI, for every node of the graph named in the text (longest match first)."""
        raw = [w for w in _SPLIT_WORDS.split(strip_markers(text).replace("’", "'")) if w]
        words = [w.strip(",;:.“”\"") for w in raw]
        lowered = [w.casefold() for w in words]
        found: dict[str, str] = {}
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = " ".join(lowered[i:i + n])
                if key not in self.keys:
                    if key.isascii():
                        continue
                    key = fold_accents(key)
                    if key not in self.keys:
                        continue
                if n == 1 and not words[i][:1].isupper():
                    continue
                iri = self.keys[key]
                if iri and not self._inside_a_name(raw, words, i, n):
                    found[" ".join(words[i:i + n])] = iri
                i += n - 1
                break
            i += 1
        return found

    @staticmethod
    def _inside_a_name(raw: list[str], words: list[str], i: int, n: int) -> bool:
        after = words[i + n] if i + n < len(words) and raw[i + n - 1] == words[i + n - 1] else ""
        before = raw[i - 1] if i > 0 else ""
        glued_after = after[:1].isupper()
        glued_before = before[:1].isupper() and before.isalpha() and before not in _FUNCTION_WORDS
        return glued_after or glued_before


# -- the ledger ----------------------------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(text.replace("\n", " ")) if x]


def _unused(text: str, mentions: _Mentions, used: set[str], cue_text: str) -> list[str]:
    """What a paragraph that gave facts names but no fact uses: States anywhere; any node, meeting
    or office in a sentence that looks like it carries a fact the parser knows (a list's items
    take their look from the line that introduces them, ``cue_text``)."""
    list_cue = any(CUES[k].search(cue_text) for k in _NAMING_KINDS) if cue_text != text else None
    names: set[str] = set()
    meetings: set[str] = set()
    offices: set[str] = set()
    used_tails = {iri.rsplit("/", 2)[-2] + "/" + iri.rsplit("/", 1)[-1] for iri in used if iri.count("/") > 2}
    after_election = False
    for sentence in _sentences(text):
        known = list_cue if list_cue is not None else any(CUES[k].search(sentence) for k in _NAMING_KINDS)
        plain = _CITED.sub("", _QUOTED.sub("", sentence))  # titles and citations name no participant
        for name, iri in mentions.find(plain).items():
            if iri not in used and (known or iri.startswith(ID + "state/")):
                names.add(name)
        for m in _MEETINGS.finditer(sentence):
            if not sentence[m.end():].startswith(" of the"):  # of the Committee of the Whole, the extended Bureau
                meetings.update(n for n in re.findall(r"\d+", m.group(1)) if f"meeting/{n}" not in used_tails)
        election = bool(CUES["an election"].search(sentence))
        if election or after_election:  # "… electing its Bureau. At that meeting, it chose the Chair, …"
            offices.update(m.group(1) for m in _OFFICE.finditer(sentence)
                           if f"role/{m.group(1).lower().replace(' ', '-')}" not in used_tails)
        after_election = election
    out = []
    if names:
        out.append(f"named but in no fact: {', '.join(sorted(names))}")
    if meetings:
        out.append(f"meeting(s) named but in no fact: {', '.join(sorted(meetings, key=int))}")
    if offices:
        out.append(f"office(s) named but in no fact: {', '.join(sorted(offices))}")
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", strip_markers(clean_inline(text)).replace("’", "'")).casefold()


def _list_items(text: str) -> list[str]:
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 2:
        return []
    if lines[0].rstrip().endswith((":", "below.")) or any(_LIST_LINE.search(x) for x in lines[1:]):
        return lines[1:]
    return []


def build(structure: Structure, triples: Iterable[Triple], warnings: Iterable[Warning], resolver: Resolver,
          report_iri: str, symbol: str) -> Ledger:
    """The ledger of an ingest: its structure, the triples it wrote, its warnings."""
    passage = report_iri + "/para/"
    section_passage = report_iri + "/section/"
    by_section: Counter[str] = Counter()
    node_paras: dict[str, set[int]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    objects: dict[str, list[ox.NamedNode | ox.Literal]] = defaultdict(list)
    for s, p, o in triples:
        if not isinstance(s, ox.NamedNode):
            continue
        if p.value == PROV + "wasDerivedFrom" and o.value.startswith(passage):
            node_paras[s.value].add(int(o.value[len(passage):]))
        elif p.value == PROV + "wasDerivedFrom" and o.value.startswith(section_passage):
            by_section[o.value[len(section_passage):]] += 1
        elif p.value == RDF + "type" and o.value.startswith(CCPCJ):
            types[s.value].add(o.value[len(CCPCJ):])
        elif isinstance(o, (ox.NamedNode, ox.Literal)):
            objects[s.value].append(o)
    by_para: dict[int, list[str]] = defaultdict(list)
    for node, paras in node_paras.items():
        for number in paras:
            by_para[number].append(node)
    names_of: dict[str, list[str]] = defaultdict(list)
    for key, iris in resolver.index.items():
        for iri in iris:
            names_of[iri].append(key)
    reasons: dict[int | None, list[str]] = defaultdict(list)
    for w in warnings:
        reasons[w.para].append(w.message)
    mentions = _Mentions(resolver)

    entries: list[Entry] = []
    for key in ("title-page", "note", "executive-summary"):
        if key in structure.front:
            status = UNDERSTOOD if by_section[key] else NOT_UNDERSTOOD
            entries.append(Entry(_FRONT[key], None, None, None, status, {"nodes": by_section[key]},
                                 reasons=[] if by_section[key] else ["no pattern matched"],
                                 excerpt=clean_inline(structure.front[key])[:120]))
    expected = 1
    for para in structure.paragraphs:
        for missing in range(expected, para.number):
            entries.append(Entry(f"para. {missing}", missing, para.chapter, para.section, MISSING,
                                 reasons=["the paragraph number was not found (lost in conversion, or a section "
                                          "is missing)"]))
        expected = para.number + 1
        nodes = by_para.get(para.number, [])
        facts = Counter(sorted(types[n])[0] if types[n] else "node" for n in nodes)
        used_iris = set(nodes)
        strings: set[str] = set()
        for node in nodes:
            for o in objects[node]:
                if isinstance(o, ox.NamedNode):
                    used_iris.add(o.value)
                elif len(o.value) > 3:
                    strings.add(_norm(o.value))
        for iri in used_iris:
            strings.update(k for k in names_of.get(iri, ()) if len(k) > 3)
        text = para.text
        why = list(reasons.get(para.number, []))
        first_line = text.split("\n", 1)[0]
        items = []
        for line in _list_items(text):
            normed = _norm(line)
            items.append(ListItem(clean_inline(line), any(s in normed for s in strings)))
        if nodes:
            why += _unused(text, mentions, used_iris, first_line if items else text)
        if nodes and any(not i.used for i in items):
            why.append(f"{sum(not i.used for i in items)} of {len(items)} list items used by no fact")
        looks = [kind for kind, cue in CUES.items() if cue.search(first_line if items else text)]
        if not nodes:
            status = NOT_UNDERSTOOD
            if not why:
                why.append("no pattern matched")
        else:
            status = PARTLY if why else UNDERSTOOD
        entries.append(Entry(f"para. {para.number}", para.number, para.chapter, para.section, status,
                             dict(sorted(facts.items())), looks, why, items, clean_inline(first_line)[:120]))
    structure_notes = [str(w) for w in structure.warnings
                       if w.para is None or "not found" in w.message or "missing" in w.message]
    return Ledger(symbol, entries, structure_notes)
