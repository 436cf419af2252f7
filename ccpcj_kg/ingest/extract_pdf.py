"""The text layer of a PDF report, through pdfminer.six (the optional extra ``pdf``).

Only the glyphs are read (no layout analysis: pdfminer's is slow and guesses what ``layout.py``
decides by stated rules): each character with its position, baseline, size and font. A PDF with
no text on any page is a scan: an error that says so (exit 2), since the ingest does no OCR.
"""

from __future__ import annotations

from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.ingest.layout import Glyph, Page, lines_of, to_text


def _modules():  # type: ignore[no-untyped-def]
    try:
        from pdfminer.pdfdevice import PDFTextDevice
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
    except ImportError:
        raise InputError("reading a PDF needs the optional extra 'pdf': pip install 'ccpcj-kg[pdf]'") from None
    return PDFTextDevice, PDFPageInterpreter, PDFResourceManager, PDFPage


def read_pages(path: Path) -> list[Page]:
    """Every page's printed lines (see ``layout.lines_of``)."""
    device_cls, interpreter_cls, manager_cls, pdf_page = _modules()

    class _Collector(device_cls):  # type: ignore[misc, valid-type]
        """Keeps each character's text, origin, advance and size; nothing else is computed."""

        def __init__(self, manager: object) -> None:
            super().__init__(manager)
            self.glyphs: list[Glyph] = []
            self.fonts: dict[tuple[int, int], tuple[str, float, bool]] = {}

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):  # type: ignore[no-untyped-def]
            key = (id(font), cid)
            known = self.fonts.get(key)
            if known is None:
                try:
                    text = font.to_unichr(cid)
                except Exception:  # no Unicode for the glyph: it prints as nothing readable
                    text = ""
                name = str(getattr(font, "fontname", "")).lower()
                known = self.fonts[key] = (text, font.char_width(cid), "italic" in name or "oblique" in name)
            text, width, italic = known
            advance = width * fontsize * scaling
            a, _, _, d, e, f = matrix
            if text:
                self.glyphs.append(Glyph(text, e, e + advance * a, f + rise * d, fontsize * abs(d), italic))
            return advance

    manager = manager_cls(caching=True)
    device = _Collector(manager)
    interpreter = interpreter_cls(manager, device)
    pages: list[Page] = []
    try:
        with path.open("rb") as handle:
            for number, page in enumerate(pdf_page.get_pages(handle), start=1):
                device.glyphs = []
                interpreter.process_page(page)
                x0, y0, x1, y1 = page.mediabox
                pages.append(Page(number, x1 - x0, y1 - y0, lines_of(device.glyphs)))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for damaged or encrypted files
        raise InputError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    return pages


def read_pdf(path: Path) -> str:
    """The report's text from a PDF, or InputError (unreadable, encrypted, or a scan without text)."""
    pages = read_pages(path)
    if not pages:
        raise InputError(f"{path}: a PDF without pages")
    if not any(page.lines for page in pages):
        raise InputError(f"{path}: a scanned PDF without a text layer (no text on any of its {len(pages)} "
                         "pages); the ingest does no OCR: use the report's Word or text version, or OCR it first")
    return to_text(pages)
