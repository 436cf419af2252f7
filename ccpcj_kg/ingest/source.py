"""A report file as text, whatever form the curator downloaded: PDF, Word (.docx) or plain text.

The form is told by the file's first bytes (``%PDF-``; a zip holding ``word/document.xml``), not
only by its name, so a PDF saved as ``report.txt`` is still read as a PDF. PDF and Word need the
optional extras ``pdf`` and ``docx``; without them the error says which to install.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.ingest.text import MAX_REPORT_BYTES, read_report


def kind_of(path: Path) -> str:
    """``pdf``, ``docx`` or ``text`` (a missing file or a directory is ``text``: read_report says why)."""
    if not path.is_file():
        return "text"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return "text"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        raise InputError(f"{path}: a zip archive that is not a Word (.docx) file")
    if path.suffix.lower() == ".doc" and head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{path}: an old binary Word file (.doc); save it as .docx (or PDF) first")
    return "text"


def read_any(path: Path) -> str:
    """The report's text (see the module docstring); InputError with a one-line reason otherwise."""
    kind = kind_of(path)
    if kind == "text":
        return read_report(path)
    if path.stat().st_size > 10 * MAX_REPORT_BYTES:
        raise InputError(f"{path}: {path.stat().st_size // (1024 * 1024)} MB is over the "
                         f"{10 * MAX_REPORT_BYTES // (1024 * 1024)} MB limit for a report")
    if kind == "pdf":
        from ccpcj_kg.ingest.extract_pdf import read_pdf

        return read_pdf(path)
    from ccpcj_kg.ingest.extract_docx import read_docx

    return read_docx(path)
