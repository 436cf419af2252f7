"""The structure of a report: front matter, chapters, sections, numbered paragraphs, printed texts, footnotes.

The report's own paragraphs are numbered 1, 2, 3, … through the whole document. Other numbered
lines look the same and must not be taken for them: the operative paragraphs of the texts
printed in chapter I (``1. *Takes note* …``), agenda lists (``1. Election of officers.``, one per
line) and sub-headings (``1. Ratification and implementation of …``). A numbered line starts a
report paragraph only when its number is the next one expected (a gap of up to five numbers is
accepted with a warning, so one lost paragraph does not swallow the rest), it is not inside a
printed text after its preamble (``The General Assembly,``), its text does not open with
emphasis, and it does not directly follow another list line.

Footnote lines (``²² Also on behalf of …``), wherever a page ended, are collected apart; a text
cut by a page break is joined again (with a space when the first part ends mid-sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.text import FOOTNOTE_LINE, footnote_markers, starts_emphasised, superscript_number
from ccpcj_kg.model.printed import clean_inline, strip_markers

MAX_GAP = 5

_CHAPTER = re.compile(r"^Chapter\s+([IVXLC]+)$")
_SECTION = re.compile(r"^([A-H])\.\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")
_TEXT_HEADING = re.compile(r"^(Draft resolution|Draft decision|Resolution|Decision)\s+([IVXL]+|\d+/\d+)$")
_PREAMBLE = re.compile(r"^The (General Assembly|Economic and Social Council|Commission on Crime Prevention and "
                       r"Criminal Justice)(?:\s*[,:]$|\s+decides\b)")
_HEADING_WORDS = {"Chapter", "Draft", "Draft resolution", "Draft decision", "Resolution", "Decision"}
_CONTENTS_CHAPTER = re.compile(r"^([IVXLC]+)\.\s+(.+?)\s+\d+$")
_LIST_ITEM = re.compile(r"^(?:[-•]\s+)?(?:\(\w{1,3}\)|\d{1,3}\.)\s")
_PAGE_RESIDUE = re.compile(r"^(?:\d{1,3}|[A-Z]?\.?\d{2}-\d{5}(?:\s*\(E\))?|\d{2}-\d{5}|Page \d+)$")
_FRONT_HEADINGS = {"note": "note", "contents": "contents", "executive summary": "executive-summary"}
_ENDS_OPEN = re.compile(r"[\w,–\-]$")
_TERMINAL = re.compile(r"[.;:!?)\]”\"’']$")


@dataclass
class Paragraph:
    """A numbered paragraph of the report, with its place in the chapters."""

    number: int
    text: str
    line: int
    chapter: str | None = None
    chapter_title: str | None = None
    section: str | None = None
    subsection: str | None = None
    markers: list[int] = field(default_factory=list)


@dataclass
class PrintedText:
    """A text printed in the report (chapter I): a draft resolution or decision, a resolution or decision."""

    kind: str  # "draft resolution", "draft decision", "resolution", "decision"
    label: str  # "I", "II", "31/1"
    para: int | None
    line: int
    section: str | None = None
    title: str = ""
    author: str | None = None
    body: str = ""
    markers: list[int] = field(default_factory=list)


@dataclass
class Footnote:
    number: int
    text: str
    para: int | None
    section: str | None


@dataclass
class Structure:
    """Everything ``split`` finds in a report."""

    front: dict[str, str] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    texts: list[PrintedText] = field(default_factory=list)
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    chapters: dict[str, str] = field(default_factory=dict)
    contents: list[tuple[str, str]] = field(default_factory=list)
    warnings: Warnings = field(default_factory=Warnings)

    def paragraph(self, n: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.number == n:
                return p
        return None


def roman_value(roman: str) -> int:
    """``"XIII"`` → 13."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(roman):
        v = values[ch]
        total += -v if i + 1 < len(roman) and values[roman[i + 1]] > v else v
    return total


def _separator(tail: str, block: str) -> str:
    """What goes between text ending in ``tail`` and ``block``: a space when cut mid-sentence, else a new line."""
    if _LIST_ITEM.match(block):
        return "\n"
    tail = strip_markers(tail[-40:]).rstrip()
    if tail.endswith(",") and block[:1].isupper():
        return "\n"  # a clause of a preamble ("…,⁵" / "Recalling …")
    if _ENDS_OPEN.search(tail) or block[:1].islower() or block[:1] == "(":
        return " "
    return "\n"


def join(previous: str, block: str) -> str:
    """Append ``block`` to ``previous``: a space when the text was cut mid-sentence, else a new line."""
    if not previous:
        return block
    return previous + _separator(previous, block) + block


class _Growing:
    """A text built line by line: the pieces are kept and joined once, so a long text costs linear time."""

    def __init__(self, first: str = "") -> None:
        self.parts: list[str] = [first] if first else []
        self.size = len(first)

    def add(self, block: str) -> None:
        if self.parts:
            sep = _separator(self.tail(), block)
            self.parts.append(sep)
            self.size += len(sep)
        self.parts.append(block)
        self.size += len(block)

    def tail(self, n: int = 40) -> str:
        """The last ``n`` characters (or fewer)."""
        out: list[str] = []
        length = 0
        for part in reversed(self.parts):
            out.append(part)
            length += len(part)
            if length >= n:
                break
        return "".join(reversed(out))[-n:]

    def head(self, n: int = 400) -> str:
        """The first ``n`` characters (or fewer)."""
        out: list[str] = []
        length = 0
        for part in self.parts:
            out.append(part)
            length += len(part)
            if length >= n:
                break
        return "".join(out)[:n]

    def value(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""

    def __bool__(self) -> bool:
        return self.size > 0


class _Splitter:
    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.s = Structure()
        self.front_key = "title-page"
        self.para: Paragraph | None = None
        self.expected = 1
        self.chapter: str | None = None
        self.chapter_title: str | None = None
        self.want_chapter_title = False
        self.section: str | None = None
        self.subsection: str | None = None
        self.printed: PrintedText | None = None
        self.want_text_title = False
        self.preamble = False
        self.prev_list_line = False
        self.open_footnote: int | None = None  # a footnote whose text a page break may have cut
        self.open_heading: str | None = None  # a heading a page break may have cut (chapter, section, …)
        self.pending_heading: str | None = None  # "Chapter" (or "Draft resolution", …) read, its number not yet
        self.list_last = 0  # the number of the last item of a list inside the current paragraph
        self.list_blank = False  # whether that list's items are separated by blank lines
        self.contents_sub = 0
        # texts being built (linear time); written to their paragraph, printed text or section at the end
        self.front_text: dict[str, _Growing] = {}
        self.para_text = _Growing()
        self.printed_body = _Growing()
        self.growing: list[tuple[Paragraph | PrintedText, str, _Growing]] = []
        self.listed_sections: list[tuple[str, str, str]] = []  # (chapter, letter, title) from the contents
        self.seen_sections: set[tuple[str | None, str]] = set()

    # -- helpers -------------------------------------------------------------------------------
    def _append_front(self, text: str) -> None:
        self.front_text.setdefault(self.front_key, _Growing()).add(text)

    def _end_printed(self) -> None:
        self.list_last, self.list_blank = 0, False
        self.printed = None
        self.preamble = False
        self.want_text_title = False

    def _is_candidate(self, n: int, raw: str, body: str) -> bool:
        if self.printed is not None and self.preamble:
            return False
        if starts_emphasised(raw) or self.prev_list_line:
            return False
        if self.list_blank and n == self.list_last + 1:
            return False  # the next item of a list whose items are separated by blank lines
        if n == self.expected:
            return True
        return self.expected < n <= self.expected + MAX_GAP and body[:1].isupper()

    def _start_paragraph(self, n: int, body: str, line_no: int, raw: str) -> None:
        if n != self.expected:
            missing = f"{self.expected}" if n == self.expected + 1 else f"{self.expected}–{n - 1}"
            self.s.warnings.add(f"paragraph(s) {missing} not found before para. {n} (lost in conversion?)", n)
        self._end_printed()
        self.para = Paragraph(n, body, line_no, self.chapter, self.chapter_title, self.section, self.subsection,
                              footnote_markers(raw))
        self.para_text = _Growing(body)
        self.growing.append((self.para, "text", self.para_text))
        self.s.paragraphs.append(self.para)
        self.expected = n + 1

    def _content(self, text: str, raw: str) -> None:
        if self.printed is not None:
            if self.want_text_title:
                self.printed.title = text
                self.want_text_title = False
                self.open_heading = "title"
                return
            self.printed_body.add(text)
            first = self.printed_body.head().split("\n", 1)[0] if self.printed.author is None else ""
            m = _PREAMBLE.match(first)
            if m and self.printed.author is None:  # "The General Assembly," (perhaps cut by a page break)
                self.printed.author = m.group(1)
                self.preamble = first.rstrip().endswith((",", ":"))
            self.printed.markers += footnote_markers(raw)
            return
        if self.para is not None:
            self.para_text.add(text)
            self.para.markers += footnote_markers(raw)
            return
        self._append_front(text)

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> Structure:
        blank_before = True
        for index, raw_line in enumerate(self.lines, start=1):
            raw = raw_line.strip()
            if not raw:
                blank_before = True
                continue
            self._line(raw, index, blank_before)
            blank_before = False
        self._finish()
        return self.s

    def _line(self, raw: str, line_no: int, blank_before: bool) -> None:
        fm = FOOTNOTE_LINE.match(raw)
        if fm:
            number = superscript_number(fm.group(1))
            self._footnote(number, clean_inline(fm.group(2)))
            note = self.s.footnotes.get(number)
            self.open_footnote = number if note and not _TERMINAL.search(note.text) else None
            return
        text = clean_inline(raw)
        text = re.sub(r"^[-•]\s+", "", text)
        if not text or _PAGE_RESIDUE.match(text):
            return
        if self._footnote_goes_on(text):
            return
        was_list = self.prev_list_line and not blank_before
        self.prev_list_line = False
        if self._heading_goes_on(text):
            return
        if self.pending_heading:
            joined = f"{self.pending_heading} {text}"
            if _CHAPTER.match(joined) or _TEXT_HEADING.match(joined):
                text = joined  # "Chapter" | "IV", "Draft" | "resolution II": a heading cut by a page break
            else:
                self._content(self.pending_heading, self.pending_heading)
            self.pending_heading = None
        if text in _HEADING_WORDS:
            self.pending_heading = text  # the rest of the heading may follow a page break
            return
        if self.para is None and self.chapter is None:
            key = _FRONT_HEADINGS.get(text.lower())
            if key:
                self.front_key = key
                return
            if self.front_key == "contents":
                self._contents_line(text)
        m = _CHAPTER.match(text)
        if m:
            self.chapter, self.chapter_title = m.group(1), None
            self.want_chapter_title = True
            self.section = self.subsection = None
            self._end_printed()
            return
        m = _NUMBERED.match(text)
        if m and (self.para is not None or self.chapter is not None):
            self.prev_list_line = was_list
            if self._is_candidate(int(m.group(1)), raw, m.group(2)):
                self.want_chapter_title = False
                self._start_paragraph(int(m.group(1)), m.group(2), line_no, raw)
                self.prev_list_line = False
                self.list_last, self.list_blank = 0, False
                return
            n = int(m.group(1))
            in_list = bool(self.list_last) and n == self.list_last + 1
            if in_list:
                self.list_blank = blank_before  # items separated by blank lines: the list may go on
            else:
                self.list_blank = False
            self.list_last = n
            self.prev_list_line = True
            if self.printed is None and not _TERMINAL.search(text) and blank_before and not was_list \
                    and not in_list:
                self.subsection = text  # a numbered sub-heading ("1. Ratification and implementation of …")
                self.open_heading = "subsection"
                return
            self._content(text, raw)
            return
        if self.want_chapter_title:
            self.chapter_title = text
            self.s.chapters[self.chapter or ""] = text
            self.want_chapter_title = False
            self.open_heading = "chapter"
            return
        m = _SECTION.match(text)
        if m and (self.chapter is not None) and not _TERMINAL.search(text.rstrip("”")):
            self.section, self.subsection = text, None
            self.seen_sections.add((self.chapter, text[0]))
            self._end_printed()
            self.open_heading = "section"
            return
        if text == "Deliberations" and self.chapter is not None:
            self.section, self.subsection = text, None
            return
        m = _TEXT_HEADING.match(text)
        if m and self.chapter is not None:
            para = self.para.number if self.para else None
            self.printed = PrintedText(m.group(1).lower(), m.group(2), para, line_no, self.section)
            self.printed_body = _Growing()
            self.growing.append((self.printed, "body", self.printed_body))
            self.s.texts.append(self.printed)
            self.want_text_title = True
            self.preamble = False
            return
        if _LIST_ITEM.match(text):
            self.prev_list_line = True
        self._content(text, raw)

    def _footnote_goes_on(self, text: str) -> bool:
        """Append a plain line to a footnote cut by a page break, when the body text it follows is complete."""
        number, self.open_footnote = self.open_footnote, None
        if number is None or _NUMBERED.match(text) or _CHAPTER.match(text) or _SECTION.match(text) \
                or _TEXT_HEADING.match(text):
            return False
        body = self.printed_body.tail() if self.printed is not None else (self.para_text.tail() if self.para else "")
        if body and not _TERMINAL.search(strip_markers(body).rstrip()):
            return False  # the body text was cut too: the line more likely continues it
        note = self.s.footnotes[number]
        note.text = f"{note.text} {text}"
        if not _TERMINAL.search(text):
            self.open_footnote = number
        return True

    def _heading_goes_on(self, text: str) -> bool:
        """Append a plain line to the heading just read when a page break cut that heading in two."""
        kind, self.open_heading = self.open_heading, None
        if kind is None or not text[:1].isalpha() or re.match(r"(?:The|A|An)\b", text) \
                or _CHAPTER.match(text) or _NUMBERED.match(text) \
                or _SECTION.match(text) or _TEXT_HEADING.match(text) or _LIST_ITEM.match(text) \
                or _PREAMBLE.match(text) or text in ("Chapter", "Deliberations"):
            return False
        if kind == "chapter" and self.chapter_title and not _TERMINAL.search(self.chapter_title):
            self.chapter_title = f"{self.chapter_title} {text}"
            self.s.chapters[self.chapter or ""] = self.chapter_title
        elif kind == "section" and self.section and not _TERMINAL.search(self.section):
            self.section = f"{self.section} {text}"
        elif kind == "subsection" and self.subsection and not _TERMINAL.search(self.subsection):
            self.subsection = f"{self.subsection} {text}"
        elif kind == "title" and self.printed is not None and not _TERMINAL.search(self.printed.title):
            self.printed.title = f"{self.printed.title} {text}"
        else:
            return False
        self.open_heading = kind
        return True

    def _contents_line(self, text: str) -> None:
        """Chapters listed in the contents: romans in sequence; the drafts under a section restart at I."""
        flat = text.replace("\t", " ")
        if re.match(r"^[A-H]\.\s", flat) and not re.match(r"^[CL]\.\s+\S+\s+\d+$", flat):
            self.contents_sub = 1
            if self.s.contents:
                title = re.sub(r"\s+\d+$", "", flat[2:].strip())
                self.listed_sections.append((self.s.contents[-1][0], flat[0], title))
            return
        m = _CONTENTS_CHAPTER.match(flat)
        if not m:
            return
        value = roman_value(m.group(1))
        if self.contents_sub and value == self.contents_sub:
            self.contents_sub += 1
        elif value == len(self.s.contents) + 1:
            self.s.contents.append((m.group(1), m.group(2)))
            self.contents_sub = 0

    def _footnote(self, number: int, text: str) -> None:
        para = self.para.number if self.para else None
        section = None if para is not None else self.front_key
        if number in self.s.footnotes:
            first = self.s.footnotes[number]
            if first.text == text:
                self.s.warnings.add(f"footnote {number} is printed twice; the repetition is ignored", para, section)
            else:
                self.s.warnings.add(f"footnote {number} is defined twice with different texts; the first "
                                    f"(para. {first.para}) is used", para, section)
            return
        self.s.footnotes[number] = Footnote(number, text, para, section)

    def _finish(self) -> None:
        s = self.s
        for key, growing in self.front_text.items():
            s.front[key] = growing.value()
        for owner, attr, growing in self.growing:
            setattr(owner, attr, growing.value())
        if s.paragraphs:
            last = s.paragraphs[-1]
            if not _TERMINAL.search(last.text.rstrip()):
                s.warnings.add("the paragraph ends mid-sentence: the text looks truncated", last.number)
        missing = [roman for roman, _ in s.contents if roman not in s.chapters]
        if s.contents and missing:
            s.warnings.add(f"chapter(s) {', '.join(missing)} listed in the contents are missing: "
                           "the text looks truncated or damaged", section="contents")
        gone = [f"{chapter} {letter} ({title})" for chapter, letter, title in self.listed_sections
                if chapter in s.chapters and (chapter, letter) not in self.seen_sections]
        if gone:
            s.warnings.add(f"section(s) {'; '.join(gone)} listed in the contents are missing", section="contents")
        markers = {n for p in s.paragraphs for n in p.markers}
        for n in sorted(markers - set(s.footnotes)):
            paras = [p.number for p in s.paragraphs if n in p.markers]
            s.warnings.add(f"footnote marker {n} has no footnote text", paras[0] if paras else None)


def split(text: str) -> Structure:
    """The structure of a report's text (see the module docstring)."""
    return _Splitter(text).run()
