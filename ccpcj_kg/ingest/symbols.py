"""UN document symbols in running text, and the IRIs the modelling contract gives them."""

from __future__ import annotations

import re

__all__ = ["SYMBOL", "split_joint", "symbols_in"]

SYMBOL = re.compile(r"(?<![\w/])(?:A|E)/(?:[A-Z]+(?:\.\d+)?/)*\d{1,4}(?:/(?:[A-Z][A-Za-z]*\.\d+|INF/\d+|\d+))*")
_JOINT = re.compile(rf"({SYMBOL.pattern})-({SYMBOL.pattern})")




def symbols_in(text: str) -> list[str]:
    """Every symbol written in the text, in order (joint symbols and ranges give both ends)."""
    return [m.group(0) for m in SYMBOL.finditer(text)]


def split_joint(text: str) -> tuple[str, list[str]] | None:
    """``E/CN.7/2022/2-E/CN.15/2022/2`` → ("E/CN.15/2022/2", [the other symbol, the joint symbol]).

    The Commission's symbol (E/CN.15) identifies a joint document; a range of addenda
    (``…/Add.1-…/Add.8``) is not a joint symbol and gives None.
    """
    m = _JOINT.fullmatch(text.strip())
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    if a.rsplit("/", 1)[0] == b.rsplit("/", 1)[0]:
        return None
    primary = b if b.startswith("E/CN.15/") else a
    other = a if primary == b else b
    return primary, [other, m.group(0)]


def revision_base(symbol: str) -> str | None:
    """``…/L.4/Rev.1`` → ``…/L.4``; None when the symbol is not a revision."""
    m = re.fullmatch(r"(.+)/Rev\.\d+", symbol)
    return m.group(1) if m else None


def document_class(symbol: str, title: str | None = None) -> str:
    """The ccpcj class a symbol (and title) suggest: ConferenceRoomPaper, Report, Note, … or Document."""
    t = (title or "").lower()
    if "/CRP." in symbol:
        return "ConferenceRoomPaper"
    if t.startswith("report"):
        return "Report"
    if t.startswith("note"):
        return "Note"
    if re.search(r"/Add\.\d+$", symbol) and re.fullmatch(r"E/\d{4}/\d+/Add\.\d+", symbol):
        return "Report"
    return "Document"


def secondary_symbols(text: str) -> set[str]:
    """Symbols that do not name a document of their own: the other half of a joint symbol, range ends."""
    skip: set[str] = set()
    for m in _JOINT.finditer(text):
        a, b = m.group(1), m.group(2)
        joint = split_joint(m.group(0))
        if joint is None:
            skip |= {a, b}  # a range of addenda ("…/Add.1-…/Add.8")
        else:
            skip.add(joint[1][0])
    return skip
