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

@dataclass(frozen=True)
class Style:
    """A page layout: the UN one (A4, Times) by default; others test the ingest on held-out layouts."""

    page: tuple[float, float] = (595.27, 841.89)  # A4 in points
    margin: float = 72.0
    top: float = 80.0
    bottom: float = 70.0
    size: float = 10.0
    leading: float = 12.0
    para_gap: float = 6.0
    note_size: float = 8.0
    note_leading: float = 9.5
    super_size: float = 6.0
    super_rise: float = 3.5
    tab: float = 24.0
    family: str = "Times"  # a standard PDF font family: Times or Helvetica
    alternate_header: bool = True  # the symbol right on odd pages, left on even ones

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.page[0] - self.margin

    def font(self, style: str) -> str:
        if self.family == "Times":
            return {"italic": "Times-Italic", "bold": "Times-Bold"}.get(style, "Times-Roman")
        return {"italic": f"{self.family}-Oblique", "bold": f"{self.family}-Bold"}.get(style, self.family)


UN_A4 = Style()
# Another producer's layout: US Letter, Helvetica 11 pt, wide margins, tighter paragraphs, fixed header.
OTHER_LETTER = Style(page=(612.0, 792.0), margin=90.0, top=90.0, bottom=80.0, size=11.0, leading=13.5, para_gap=4.0,
                     note_size=9.0, note_leading=10.5, super_size=7.0, super_rise=4.0, tab=30.0, family="Helvetica",
                     alternate_header=False)


@dataclass
class Piece:
    """A word (or part of one) placed on a line: runs drawn one after the other."""

    runs: list[Run]
    space_before: bool


def _width(runs: list[Run], size: float, st: Style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = 0.0
    for r in runs:
        if r.style == "tab":
            total += st.tab
        else:
            total += stringWidth(r.text, st.font(r.style), st.super_size if r.style == "super" else size)
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


def _hyphenate(piece: Piece, room: float, size: float, st: Style) -> tuple[Piece, Piece] | None:
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
        if _width([Run(head, style)], size, st) <= room:
            best = (Piece([Run(head, style)], piece.space_before), Piece([Run(word[i:], style)], False))
            break
    return best


def _lay_out(line: list[Run], size: float, width: float, st: Style) -> list[list[Piece]]:
    """Greedy line filling: as many words as fit, then a hyphenated part of the next if one fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", st.font("regular"), size)
    rows: list[list[Piece]] = [[]]
    used = 0.0
    pending = list(_words(line))
    while pending:
        piece = pending.pop(0)
        gap = space if piece.space_before and rows[-1] else 0.0
        w = _width(piece.runs, size, st)
        if used + gap + w <= width or not rows[-1]:
            rows[-1].append(piece)
            used += gap + w
            continue
        split = _hyphenate(piece, width - used - gap, size, st)
        if split:
            rows[-1].append(split[0])
            pending.insert(0, split[1])
        else:
            pending.insert(0, Piece(piece.runs, False))
        rows.append([])
        used = 0.0
    return rows


class _Pdf:
    def __init__(self, path: Path, symbol: str, job: str, style: Style) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.st = style
        self.c = Canvas(str(path), pagesize=style.page, invariant=True, pageCompression=1)
        self.c.setTitle(symbol)
        self.symbol, self.job = symbol, job
        self.page = 0
        self.notes: list[Block] = []
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self._finish_page()
        self.page += 1
        st = self.st
        self.y = st.page[1] - st.top
        self.notes = []
        c = self.c
        c.setFont(st.font("bold"), 9)
        if self.page % 2 or not st.alternate_header:
            c.drawRightString(st.right, st.page[1] - 50, self.symbol)
        else:
            c.drawString(st.left, st.page[1] - 50, self.symbol)
        c.setLineWidth(0.5)
        c.line(st.left, st.page[1] - 56, st.right, st.page[1] - 56)

    def _notes_height(self, notes: list[Block]) -> float:
        if not notes:
            return 0.0
        st = self.st
        rows = sum(len(_lay_out(self._note_line(n), st.note_size, st.right - st.left - 12, st)) for n in notes)
        return 10.0 + rows * st.note_leading

    @staticmethod
    def _note_line(note: Block) -> list[Run]:
        return note.lines[0]

    def _finish_page(self) -> None:
        c, st = self.c, self.st
        if self.notes:
            y = st.bottom + self._notes_height(self.notes) - 4
            c.setLineWidth(0.5)
            c.line(st.left, y + 2, st.left + 120, y + 2)
            y -= 8
            for note in self.notes:
                self._draw_super(st.left, y, note.footnote or "")
                for row in _lay_out(self._note_line(note), st.note_size, st.right - st.left - 12, st):
                    self._draw_row(st.left + 12, y, row, st.note_size)
                    y -= st.note_leading
        c.setFont(st.font("regular"), 9)
        c.drawString(st.left, 40, f"{self.job} (E)" if self.page == 1 else self.job)
        c.drawRightString(st.right, 40, str(self.page))
        c.showPage()

    def _draw_super(self, x: float, y: float, digits: str) -> float:
        st = self.st
        self.c.setFont(st.font("super"), st.super_size)
        self.c.drawString(x, y + st.super_rise, digits)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(digits, st.font("super"), st.super_size)

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
                x += self.st.tab
            elif run.style == "super":
                x += self._draw_super(x, y, run.text)
            else:
                self.c.setFont(self.st.font(run.style), size)
                self.c.drawString(x, y, run.text)
                x += stringWidth(run.text, self.st.font(run.style), size)

    def block(self, block: Block, notes: list[Block]) -> None:
        """Draw a block; its footnotes go to the foot of the page where each row with a marker is drawn."""
        st = self.st
        waiting = list(notes)
        for line in block.lines:
            for row in _lay_out(line, st.size, st.right - st.left, st):
                marked = {r.text for p in row for r in p.runs if r.style == "super"}
                here = [n for n in waiting if n.footnote in marked]
                needed = st.leading + self._notes_height(self.notes + here) - self._notes_height(self.notes)
                if self.y - needed < st.bottom + self._notes_height(self.notes):
                    self._new_page()
                self._draw_row(st.left, self.y, row, st.size)
                self.y -= st.leading
                self.notes += here
                waiting = [n for n in waiting if n not in here]
        self.notes += waiting
        self.y -= st.para_gap

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


def render_pdf(text: str, path: Path, symbol: str = "E/2022/30", job: str = "22-07531",
               style: Style = UN_A4) -> None:
    """The text as a PDF laid out like a UN report (see the module docstring), or in another ``style``."""
    pdf = _Pdf(path, symbol, job, style)
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
