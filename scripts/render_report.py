"""Render a report's text (as tests/ingest/data/e_2022_30.txt) as a UN-style PDF and as a Word file.

The ingest's test corpus is made by this script, so that it can be regenerated:

    .venv/bin/python scripts/render_report.py            # tests/ingest/data/e_2022_30.{pdf,docx}

The PDF is laid out like an official report: A4, Times 10 pt, the symbol as a running header
(right on odd pages, left on even ones), the page number and the job number in the footer,
footnotes at the foot of the page where their marker is (8 pt, under a short rule), superscript
markers, lines filled greedily and long words hyphenated at the line end, lists and tables broken
across pages wherever the page ends. The Word file has one paragraph per block of the text, line
breaks inside a block, tables for the tab-separated rows, superscript markers, real headers and
footers, and the footnotes as paragraphs in the "Footnote Text" style after the paragraph that
carries their marker.

Markup of the text: ``**bold**``, ``*italic*``, ``<i>italic</i>``, link residue ``[46/152](#)``
(the link text is kept), superscript footnote markers (``¹``) and footnote lines (``¹ text``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = {ord(c): str(i) for i, c in enumerate(SUPERSCRIPTS)}
_FOOTNOTE = re.compile(f"^([{SUPERSCRIPTS}]+)\\s+(.*)$")
_TOKEN = re.compile(r"\*\*|\*|</?i>|\[([^\]\n]*)\]\([^)\n]*\)|[" + SUPERSCRIPTS + r"]+|\t")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "ingest" / "data"


# -- the text as blocks of runs ----------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    text: str
    style: str = "regular"  # regular, italic, bold, super, tab


@dataclass
class Block:
    lines: list[list[Run]]
    footnote: str | None = None  # the marker's digits, for a footnote block


def runs_of(line: str) -> list[Run]:
    """A line's runs: emphasis, superscript markers and tabs as their own runs; link residue dropped."""
    out: list[Run] = []
    bold = italic = False
    pos = 0

    def add(text: str, style: str | None = None) -> None:
        if text:
            out.append(Run(text, style or ("bold" if bold else "italic" if italic else "regular")))

    for m in _TOKEN.finditer(line):
        add(line[pos:m.start()])
        token = m.group(0)
        if token == "**":
            bold = not bold
        elif token == "*" or token in ("<i>", "</i>"):
            italic = token != "</i>" and (token == "<i>" or not italic)
        elif token == "\t":
            out.append(Run("\t", "tab"))
        elif token[0] in SUPERSCRIPTS:
            out.append(Run(token.translate(_TO_DIGIT), "super"))
        else:
            add(m.group(1))
        pos = m.end()
    add(line[pos:])
    return out


def blocks_of(text: str) -> list[Block]:
    """The text's blocks (separated by blank lines); footnote lines are blocks of their own."""
    out: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = [x.strip(" ") for x in chunk.split("\n") if x.strip()]
        if not lines:
            continue
        m = _FOOTNOTE.match(lines[0])
        if m:
            out.append(Block([runs_of(" ".join([m.group(2), *lines[1:]]))], m.group(1).translate(_TO_DIGIT)))
        else:
            out.append(Block([runs_of(x) for x in lines]))
    return out


def markers_of(block: Block) -> list[str]:
    return [r.text for line in block.lines for r in line if r.style == "super"]


# -- PDF -----------------------------------------------------------------------------------------

PAGE_W, PAGE_H = 595.27, 841.89  # A4 in points
LEFT, RIGHT = 72.0, PAGE_W - 72.0
TOP, BOTTOM = PAGE_H - 80.0, 70.0
SIZE, LEADING, PARA_GAP = 10.0, 12.0, 6.0
NOTE_SIZE, NOTE_LEADING = 8.0, 9.5
SUPER_SIZE, SUPER_RISE = 6.0, 3.5
TAB = 24.0
FONTS = {"regular": "Times-Roman", "italic": "Times-Italic", "bold": "Times-Bold", "super": "Times-Roman",
         "tab": "Times-Roman"}


@dataclass
class Piece:
    """A word (or part of one) placed on a line: runs drawn one after the other."""

    runs: list[Run]
    space_before: bool


def _width(runs: list[Run], size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = 0.0
    for r in runs:
        if r.style == "tab":
            total += TAB
        else:
            total += stringWidth(r.text, FONTS[r.style], SUPER_SIZE if r.style == "super" else size)
    return total


def _words(line: list[Run]) -> Iterator[Piece]:
    """The words of a line as pieces (a word may span runs: "criminal justice;¹" is one word)."""
    current: list[Run] = []
    space = False
    for run in line:
        if run.style == "tab":
            if current:
                yield Piece(current, space)
            yield Piece([run], False)
            current, space = [], False
            continue
        parts = re.split(r"( +)", run.text)
        for part in parts:
            if not part:
                continue
            if part.startswith(" "):
                if current:
                    yield Piece(current, space)
                current, space = [], True
            else:
                current.append(Run(part, run.style))
    if current:
        yield Piece(current, space)


def _hyphenate(piece: Piece, room: float, size: float) -> tuple[Piece, Piece] | None:
    """Split a word at the line's end: after a hyphen it has, or (a plain lower-case word of 10 letters
    or more) anywhere leaving three letters each side, with a hyphen added; None when nothing fits."""
    if len(piece.runs) != 1 or piece.runs[0].style not in ("regular", "italic"):
        return None
    word, style = piece.runs[0].text, piece.runs[0].style
    best = None
    for i in range(len(word) - 1, 0, -1):
        if word[i - 1] == "-" and word[i:i + 1].isalpha():
            head = word[:i]
        elif re.fullmatch(r"[a-z]{10,}[,;.:]?", word) and 3 <= i <= len(word.rstrip(",;.:")) - 3:
            head = word[:i] + "-"
        else:
            continue
        if _width([Run(head, style)], size) <= room:
            best = (Piece([Run(head, style)], piece.space_before), Piece([Run(word[i:], style)], False))
            break
    return best


def _lay_out(line: list[Run], size: float, width: float) -> list[list[Piece]]:
    """Greedy line filling: as many words as fit, then a hyphenated part of the next if one fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", "Times-Roman", size)
    rows: list[list[Piece]] = [[]]
    used = 0.0
    pending = list(_words(line))
    while pending:
        piece = pending.pop(0)
        gap = space if piece.space_before and rows[-1] else 0.0
        w = _width(piece.runs, size)
        if used + gap + w <= width or not rows[-1]:
            rows[-1].append(piece)
            used += gap + w
            continue
        split = _hyphenate(piece, width - used - gap, size)
        if split:
            rows[-1].append(split[0])
            pending.insert(0, split[1])
        else:
            pending.insert(0, Piece(piece.runs, False))
        rows.append([])
        used = 0.0
    return rows


class _Pdf:
    def __init__(self, path: Path, symbol: str, job: str) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True, pageCompression=1)
        self.c.setTitle(symbol)
        self.symbol, self.job = symbol, job
        self.page = 0
        self.notes: list[Block] = []
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self._finish_page()
        self.page += 1
        self.y = TOP
        self.notes = []
        c = self.c
        c.setFont("Times-Bold", 9)
        if self.page % 2:
            c.drawRightString(RIGHT, PAGE_H - 50, self.symbol)
        else:
            c.drawString(LEFT, PAGE_H - 50, self.symbol)
        c.setLineWidth(0.5)
        c.line(LEFT, PAGE_H - 56, RIGHT, PAGE_H - 56)

    def _notes_height(self, notes: list[Block]) -> float:
        if not notes:
            return 0.0
        rows = sum(len(_lay_out(self._note_line(n), NOTE_SIZE, RIGHT - LEFT - 12)) for n in notes)
        return 10.0 + rows * NOTE_LEADING

    @staticmethod
    def _note_line(note: Block) -> list[Run]:
        return note.lines[0]

    def _finish_page(self) -> None:
        c = self.c
        if self.notes:
            y = BOTTOM + self._notes_height(self.notes) - 4
            c.setLineWidth(0.5)
            c.line(LEFT, y + 2, LEFT + 120, y + 2)
            y -= 8
            for note in self.notes:
                self._draw_super(LEFT, y, note.footnote or "")
                for row in _lay_out(self._note_line(note), NOTE_SIZE, RIGHT - LEFT - 12):
                    self._draw_row(LEFT + 12, y, row, NOTE_SIZE)
                    y -= NOTE_LEADING
        c.setFont("Times-Roman", 9)
        c.drawString(LEFT, 40, f"{self.job} (E)" if self.page == 1 else self.job)
        c.drawRightString(RIGHT, 40, str(self.page))
        c.showPage()

    def _draw_super(self, x: float, y: float, digits: str) -> float:
        self.c.setFont(FONTS["super"], SUPER_SIZE)
        self.c.drawString(x, y + SUPER_RISE, digits)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(digits, FONTS["super"], SUPER_SIZE)

    def _draw_row(self, x: float, y: float, row: list[Piece], size: float) -> None:
        """One string per run of the same style (as a word processor writes a line), tabs as gaps."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        segments: list[Run] = []
        for i, piece in enumerate(row):
            runs = ([Run(" ")] if piece.space_before and i else []) + piece.runs
            for run in runs:
                if segments and segments[-1].style == run.style and run.style not in ("tab", "super"):
                    segments[-1] = Run(segments[-1].text + run.text, run.style)
                else:
                    segments.append(run)
        for run in segments:
            if run.style == "tab":
                x += TAB
            elif run.style == "super":
                x += self._draw_super(x, y, run.text)
            else:
                self.c.setFont(FONTS[run.style], size)
                self.c.drawString(x, y, run.text)
                x += stringWidth(run.text, FONTS[run.style], size)

    def block(self, block: Block, notes: list[Block]) -> None:
        """Draw a block; its footnotes go to the foot of the page where each row with a marker is drawn."""
        waiting = list(notes)
        for line in block.lines:
            for row in _lay_out(line, SIZE, RIGHT - LEFT):
                marked = {r.text for p in row for r in p.runs if r.style == "super"}
                here = [n for n in waiting if n.footnote in marked]
                needed = LEADING + self._notes_height(self.notes + here) - self._notes_height(self.notes)
                if self.y - needed < BOTTOM + self._notes_height(self.notes):
                    self._new_page()
                    needed = LEADING + self._notes_height(here)
                self._draw_row(LEFT, self.y, row, SIZE)
                self.y -= LEADING
                self.notes += here
                waiting = [n for n in waiting if n not in here]
        self.notes += waiting
        self.y -= PARA_GAP

    def close(self) -> None:
        self._finish_page()
        self.c.save()


def _footnotes_by_block(blocks: list[Block]) -> list[tuple[Block, list[Block]]]:
    """Each body block with the footnotes whose marker it carries (a footnote without one: where it was)."""
    notes = {b.footnote: b for b in blocks if b.footnote is not None}
    placed: set[str] = set()
    out: list[tuple[Block, list[Block]]] = []
    for b in blocks:
        if b.footnote is not None:
            if b.footnote not in placed and not any(b.footnote in markers_of(x) for x in blocks):
                out.append((b, []))
            continue
        mine = [notes[m] for m in markers_of(b) if m in notes and m not in placed]
        placed.update(n.footnote or "" for n in mine)
        out.append((b, mine))
    return out


def render_pdf(text: str, path: Path, symbol: str = "E/2022/30", job: str = "22-07531") -> None:
    """The text as an A4 PDF laid out like a UN report (see the module docstring)."""
    pdf = _Pdf(path, symbol, job)
    for block, notes in _footnotes_by_block(blocks_of(text)):
        if block.footnote is not None:  # a footnote nobody marks: printed as body text
            block = Block([[Run(block.footnote, "super"), Run(" "), *block.lines[0]]])
        pdf.block(block, notes)
    pdf.close()


# -- Word ------------------------------------------------------------------------------------------

def render_docx(text: str, path: Path, symbol: str = "E/2022/30", job: str = "22-07531") -> None:
    """The text as a Word file: paragraphs, line breaks, tables, superscripts, header and footer."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = symbol
    section = doc.sections[0]
    section.header.paragraphs[0].text = symbol
    section.footer.paragraphs[0].text = f"{job}\t\tpage"
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    try:
        note_style = doc.styles["Footnote Text"]
    except KeyError:
        from docx.enum.style import WD_STYLE_TYPE

        note_style = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        note_style.font.size = Pt(8)

    def add_runs(paragraph, runs: list[Run]) -> None:  # type: ignore[no-untyped-def]
        for r in runs:
            run = paragraph.add_run(r.text if r.style != "tab" else "\t")
            run.italic = r.style == "italic" or None
            run.bold = r.style == "bold" or None
            run.font.superscript = r.style == "super" or None

    for block, notes in _footnotes_by_block(blocks_of(text)):
        if block.footnote is not None:
            p = doc.add_paragraph(style=note_style)
            add_runs(p, [Run(block.footnote, "super"), Run(" "), *block.lines[0]])
            continue
        tabbed = [x for x in block.lines if any(r.style == "tab" for r in x)]
        if tabbed and len(tabbed) == len(block.lines) and len(block.lines) > 1:
            cells = [_cells(x) for x in block.lines]
            table = doc.add_table(rows=len(cells), cols=max(len(c) for c in cells))
            for i, row in enumerate(cells):
                for j, cell in enumerate(row):
                    add_runs(table.cell(i, j).paragraphs[0], cell)
        else:
            p = doc.add_paragraph()
            for i, line in enumerate(block.lines):
                if i:
                    p.add_run().add_break()
                add_runs(p, line)
        for note in notes:
            p = doc.add_paragraph(style=note_style)
            add_runs(p, [Run(note.footnote or "", "super"), Run(" "), *note.lines[0]])
    doc.save(str(path))


def _cells(line: list[Run]) -> list[list[Run]]:
    cells: list[list[Run]] = [[]]
    for r in line:
        if r.style == "tab":
            cells.append([])
        else:
            cells[-1].append(r)
    return cells


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DATA / "e_2022_30.txt"
    text = source.read_text(encoding="utf-8")
    render_pdf(text, source.with_suffix(".pdf"))
    render_docx(text, source.with_suffix(".docx"))
    print(f"wrote {source.with_suffix('.pdf')} and {source.with_suffix('.docx')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
