"""The text of a Word report (.docx), through python-docx (the optional extra ``docx``).

A Word file has no layout noise to guess: its headers and footers (the symbol, page numbers, the
job number) live apart from the body and are not read. The body is read in order: each paragraph
is a block, a line break inside it a new line, a table a block of rows with its cells separated
by tabs. Superscript runs are footnote markers (``¹``); italic runs are kept as ``*…*``. Word's
own footnotes (``word/footnotes.xml``) are numbered in the order of their references and each is
put after the paragraph that refers to it, as ``¹ text``, as are paragraphs in a "Footnote Text"
style where they stand.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from ccpcj_kg.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TO_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _run_text(run: Any, notes: dict[str, str], order: list[str]) -> str:
    """A ``w:r`` element's text: tabs, breaks, superscript digits, footnote references."""
    props = run.find(f"{_W}rPr")
    superscript = props is not None and any(
        v.get(f"{_W}val") == "superscript" for v in props.findall(f"{_W}vertAlign"))
    italic = props is not None and props.find(f"{_W}i") is not None and \
        props.find(f"{_W}i").get(f"{_W}val") not in ("0", "false")
    out: list[str] = []
    for child in run:
        tag = child.tag
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}footnoteReference":
            ref = child.get(f"{_W}id") or ""
            if ref in notes and ref not in order:
                order.append(ref)
            out.append(str(order.index(ref) + 1 if ref in order else ref).translate(_TO_SUPER))
    text = "".join(out)
    if superscript and text.strip().isdigit():
        return text.strip().translate(_TO_SUPER)
    if italic and text.strip():
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        return f"{lead}*{text.strip()}*{trail}"
    return text


def _paragraph_text(p: Any, notes: dict[str, str], order: list[str]) -> str:
    parts = [_run_text(r, notes, order) for r in p.iter(f"{_W}r")]
    text = "".join(parts).replace("**", "")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _footnotes(path: Path) -> dict[str, str]:
    """Word's footnotes by id (separators left out), or none."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as z:
            if "word/footnotes.xml" not in z.namelist():
                return {}
            root = etree.fromstring(z.read("word/footnotes.xml"))
    except (zipfile.BadZipFile, etree.XMLSyntaxError):
        return {}
    out: dict[str, str] = {}
    for note in root.findall(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(_paragraph_text(p, {}, []) for p in note.findall(f"{_W}p")).strip()
        out[note.get(f"{_W}id") or ""] = text
    return out


def read_docx(path: Path) -> str:
    """The report's text from a Word file, or InputError (not a Word file, or empty)."""
    try:
        import docx
    except ImportError:
        raise InputError("reading a Word file needs the optional extra 'docx': pip install 'ccpcj-kg[docx]'") \
            from None
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a .docx
        raise InputError(f"{path}: not a readable Word file ({type(exc).__name__})") from None
    notes = _footnotes(path)
    order: list[str] = []
    blocks: list[str] = []
    for element in document.element.body:
        if element.tag == f"{_W}p":
            before = len(order)
            text = _paragraph_text(element, notes, order)
            if text:
                blocks.append(text)
            for ref in order[before:]:
                marker = str(order.index(ref) + 1).translate(_TO_SUPER)
                blocks.append(f"{marker} {notes[ref]}")
        elif element.tag == f"{_W}tbl":
            rows = []
            for tr in element.iter(f"{_W}tr"):
                cells = [" ".join(_paragraph_text(p, notes, order) for p in tc.findall(f"{_W}p")).strip()
                         for tc in tr.findall(f"{_W}tc")]
                rows.append("\t".join(cells))
            if rows:
                blocks.append("\n".join(rows))
    if not blocks:
        raise InputError(f"{path}: the Word file has no text")
    return "\n\n".join(blocks) + "\n"
