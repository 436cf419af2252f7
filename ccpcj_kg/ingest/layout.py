"""From the printed lines of a report's pages to its text: the layout noise removed by readable rules.

A PDF gives glyphs at positions, page by page. ``extract_pdf.py`` groups them into lines; this
module turns the lines into the text the parser reads (blocks separated by blank lines, footnote
markers as superscript digits, footnote lines ``¹ text``), by these rules:

1. **Running headers and footers.** A line in the top or bottom eighth of a page is dropped when
   it is a page number (``14``, ``iv``, ``Page 14``), a job number (``22-07531``, ``V.22-07531 (E)``),
   a document symbol alone (``E/2022/30``) — or only such cells, separated by tabs — or when its
   text (digits ignored) recurs in that band on at least a third of the pages.
2. **Footnotes.** The lines at the foot of a page printed smaller than the body (at most 85% of
   the body size), from the first one that opens with a marker, are footnotes: ``¹ text`` and its
   continuation lines. Each is moved to just after the block that carries its marker (the same
   page or a later one), else it stays at the end of its page's text.
3. **Paragraphs and line breaks.** Between two lines of a page, a vertical gap of more than 1.15
   times the usual line spacing starts a new block. Otherwise the second line continues the first:
   on the same line of text (a space) when the first line was full — the second line's first
   word would not have fitted after it — and the second does not open a block (see rule 4); on a
   new line otherwise (a list item, a table row, a line of the title).
4. **Page breaks.** The first line of a page continues the last line of the page before when that
   line was full and the new one does not open a block (a numbered paragraph ``12.``, a list item
   ``(a)``, a section ``A.``, a chapter); otherwise it starts a block. Lists and tables cut by a
   page break are thereby joined again.
5. **Hyphenation.** A line ending in a letter and ``-`` joined to a line starting with a lower-case
   letter is one word: the hyphen is kept when the hyphenated word occurs elsewhere in the report
   (``thirty-first``), and dropped otherwise (``reha-`` + ``bilitation``). Before an upper-case
   letter the hyphen is kept (``Vice-`` + ``Chair``).
6. **Tabs and spaces.** A horizontal gap wider than 1.5 times the font size is a tab (table
   cells, contents); a gap of more than 0.15 times it is a space.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPTS)

BAND = 1 / 8  # the top and bottom bands where running headers and footers live
NOTE_RATIO = 0.85  # footnotes are printed at most this size relative to the body
PARAGRAPH_GAP = 1.15  # a vertical gap this many times the line spacing starts a block
TAB_GAP = 1.5  # a horizontal gap this many times the font size is a tab
SPACE_GAP = 0.15  # and this many times, a space

_PAGE_NUMBER = re.compile(r"^(?:Page\s+)?(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^[A-Z]?\.?\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\*\d+\*)?$")
_SYMBOL = re.compile(r"^[A-Z]{1,3}(?:/[A-Z0-9.]+){2,}$")
_BLOCK_START = re.compile(r"^(?:\d{1,4}\.\s|\(\w{1,3}\)\s|[A-H]\.\s|Chapter\s|[IVXL]+\.\s|[-•]\s)")
_HYPHENATED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_SUPER_MARKER = re.compile(f"^([{SUPERSCRIPTS}]+)\\s*")


@dataclass
class Glyph:
    """One character as printed: text, horizontal extent, baseline, size, and whether italic."""

    text: str
    x0: float
    x1: float
    baseline: float  # distance from the page's bottom
    size: float
    italic: bool = False
    superscript: bool = False


@dataclass
class Line:
    """A printed line: its glyphs left to right (superscripts included) and where it stands."""

    glyphs: list[Glyph]
    baseline: float
    size: float = 0.0
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    first_word: float = 0.0  # the width of its first word

    def __post_init__(self) -> None:
        body = [g for g in self.glyphs if not g.superscript and g.text.strip()] or self.glyphs
        self.size = Counter(round(g.size, 1) for g in body).most_common(1)[0][0]
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)
        self.text = _line_text(self.glyphs)
        first = self.glyphs[0]
        end = first.x1
        for g in self.glyphs:
            if (g.text.isspace() and g.text != "\u00a0") or g.x0 - end > SPACE_GAP * g.size:
                break  # a no-break space does not end the word: the line could not break there
            end = g.x1
        self.first_word = end - first.x0  # up to the first breakable space


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def _line_text(glyphs: list[Glyph]) -> str:
    """The line's text: spaces and tabs from the gaps, superscripts as superscript digits, italics in ``*``."""
    out: list[str] = []
    italic = False
    prev: Glyph | None = None
    for g in glyphs:
        if prev is not None:
            gap = g.x0 - prev.x1
            if gap > TAB_GAP * max(g.size, prev.size) and not g.superscript:
                out.append("\t")
            elif gap > SPACE_GAP * g.size and not g.text.isspace() and not prev.text.isspace():
                out.append(" ")
        if g.text.strip() and not g.superscript and g.italic != italic:
            if italic:  # the run closes before the spaces that end it
                spaces = len(out) - len("".join(out).rstrip())
                out.insert(len(out) - spaces if spaces else len(out), "*")
            else:
                out.append("*")
            italic = g.italic
        out.append(g.text.translate(_TO_SUPER) if g.superscript else g.text)
        prev = g
    text = "".join(out)
    if italic:
        text = text.rstrip() + "*"
    return re.sub(r"[ \u00a0]{2,}", " ", text).strip(" ")


def lines_of(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs grouped into lines by baseline, top to bottom; small raised digits join the line below them."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (-g.baseline, g.x0)):
        if rows and abs(rows[-1][0].baseline - g.baseline) <= 1.0:
            rows[-1].append(g)
        else:
            rows.append([g])
    merged: list[list[Glyph]] = []
    for i, row in enumerate(rows):
        size = max(g.size for g in row)
        below = rows[i + 1] if i + 1 < len(rows) else None
        below_size = max(g.size for g in below) if below else 0.0
        rise = row[0].baseline - below[0].baseline if below else 0.0
        if below is not None and all(g.text.isdigit() or g.text.isspace() for g in row) \
                and size < 0.9 * below_size and 0 < rise <= 0.6 * size + 0.5 * below_size:
            for g in row:
                g.superscript = True
            below.extend(row)
            continue
        merged.append(row)
    return [Line(sorted(row, key=lambda g: g.x0), row[0].baseline) for row in merged if "".join(
        g.text for g in row).strip()]


# -- the rules -----------------------------------------------------------------------------------

def _noise(pages: list[Page]) -> set[tuple[int, int]]:
    """(page, line index) of running headers, footers, page and job numbers (rule 1)."""
    def banded(page: Page, line: Line) -> bool:
        return line.baseline > page.height * (1 - BAND) or line.baseline < page.height * BAND

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", text.strip())

    recurring = Counter(key(line.text) for page in pages for line in page.lines if banded(page, line))
    need = max(2, len(pages) // 3)
    out: set[tuple[int, int]] = set()
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if not banded(page, line):
                continue
            text = line.text.strip()
            cells = [c.strip() for c in text.split("\t") if c.strip()]
            if all(_PAGE_NUMBER.match(c) or _JOB_NUMBER.match(c) or _SYMBOL.match(c) for c in cells) \
                    or (recurring[key(text)] >= need and len(pages) > 1):
                out.add((p, i))
    return out


@dataclass
class _Block:
    text: str
    page: int
    last: Line
    notes: list[str] = field(default_factory=list)


def to_text(pages: list[Page]) -> str:
    """The report's text from its pages (see the module docstring for the rules)."""
    noise = _noise(pages)
    sizes = Counter(round(line.size, 1) for p, page in enumerate(pages) for i, line in enumerate(page.lines)
                    if (p, i) not in noise)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    pairs = [(a, b) for page in pages for a, b in zip(page.lines, page.lines[1:], strict=False)]
    gaps = Counter(round(a.baseline - b.baseline, 1) for a, b in pairs
                   if abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5 and a.baseline > b.baseline)
    leading = gaps.most_common(1)[0][0] if gaps else body_size * 1.2
    ends = sorted(line.x1 for page in pages for line in page.lines if abs(line.size - body_size) < 0.5)
    # the right margin: past a few overlong lines when there are many
    right = (ends[int(0.98 * (len(ends) - 1))] if len(ends) >= 50 else ends[-1]) if ends else 0.0
    vocabulary = {w.lower() for page in pages for line in page.lines for w in _HYPHENATED.findall(line.text)}

    blocks: list[_Block] = []
    notes: list[tuple[int, str]] = []  # (page, "¹ text")
    for p, page in enumerate(pages):
        body: list[Line] = []
        foot: list[Line] = []
        kept = [line for i, line in enumerate(page.lines) if (p, i) not in noise]
        for line in kept:
            small = line.size <= NOTE_RATIO * body_size
            if foot or (small and _SUPER_MARKER.match(line.text) and body
                        and not any(x.size > NOTE_RATIO * body_size for x in kept[kept.index(line):])):
                foot.append(line)
            else:
                body.append(line)
        for line in foot:
            if _SUPER_MARKER.match(line.text) or not notes or notes[-1][0] != p:
                notes.append((p, _SUPER_MARKER.sub(lambda m: m.group(1) + " ", line.text, count=1)))
            else:
                notes[-1] = (p, _join_words(notes[-1][1], line.text, " ", vocabulary))
        prev: Line | None = None
        for line in body:
            if prev is None:
                last = blocks[-1] if blocks else None
                if last is not None and _full(last.last, line, right) and not _BLOCK_START.match(line.text):
                    last.text = _join_words(last.text, line.text, " ", vocabulary)
                    last.last = line
                else:
                    blocks.append(_Block(line.text, p, line))
            elif prev.baseline - line.baseline > PARAGRAPH_GAP * leading:
                blocks.append(_Block(line.text, p, line))
            else:
                sep = " " if _full(prev, line, right) and not _BLOCK_START.match(line.text) else "\n"
                blocks[-1].text = _join_words(blocks[-1].text, line.text, sep, vocabulary)
                blocks[-1].last = line
            prev = line
        if blocks:
            blocks[-1].page = p
    _place_notes(blocks, notes)
    out: list[str] = []
    for b in blocks:
        out.append(b.text)
        out.extend(b.notes)
    return "\n\n".join(out) + "\n"


def _full(prev: Line, line: Line, right: float) -> bool:
    """True when ``line``'s first word would not have fitted at the end of ``prev`` (a wrapped line)."""
    return prev.x1 + 0.3 * prev.size + line.first_word > right + 0.5


def _join_words(text: str, more: str, sep: str, vocabulary: set[str]) -> str:
    """Join a line to the text before it, mending a word hyphenated at the line's end (rule 5)."""
    m = re.search(r"([A-Za-z]+)-$", text)
    if m and sep == " " and more[:1].isalpha():
        if more[:1].isupper():
            return text + more
        head = m.group(1)
        tail = re.match(r"[A-Za-z]+", more)
        word = f"{head}-{tail.group(0) if tail else ''}".lower()
        return text + more if word in vocabulary else text[:-1] + more
    return text + sep + more


def _place_notes(blocks: list[_Block], notes: list[tuple[int, str]]) -> None:
    """Move each footnote to just after the block that carries its marker (rule 2)."""
    for page, note in notes:
        marker = _SUPER_MARKER.match(note)
        home = None
        if marker:
            digits = marker.group(1)
            pattern = re.compile(f"(?<![{SUPERSCRIPTS}]){digits}(?![{SUPERSCRIPTS}])")
            for b in blocks:
                if b.page >= page - 1 and pattern.search(b.text):
                    home = b
                    break
        if home is None:
            candidates = [b for b in blocks if b.page <= page]
            home = candidates[-1] if candidates else (blocks[0] if blocks else None)
        if home is None:
            blocks.append(_Block(note, page, Line([Glyph(note, 0, 0, 0, 1)], 0)))
        else:
            home.notes.append(note)
