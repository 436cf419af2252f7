"""How sources print names and inline text: layout residue, footnote markers, quotes, diacritics.

The official reports arrive as text conversions with residue of their layout (Markdown emphasis,
HTML italics, empty link targets, superscript footnote markers glued to names). A name is looked
up in its normalised form (``normalise_name``), the same for the ingest and for query parameters.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_TABS = re.compile(r"\s*\t[\t ]*")
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]+")
_EMPHASIS = re.compile(r"(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1")
_HTML = re.compile(r"</?(?:i|b|em|strong|sup|sub|u|span)\b[^>]*>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MARKERS = re.compile(f"[{SUPERSCRIPTS}]+")


def strip_markers(text: str) -> str:
    """The string without superscript footnote markers."""
    return MARKERS.sub("", text)


def clean_inline(text: str) -> str:
    """Plain text: link residue, HTML and Markdown emphasis removed; spaces collapsed."""
    text = _LINK.sub(r"\1", text)
    text = _HTML.sub("", text)
    text = text.replace("**", "")
    text = _EMPHASIS.sub(r"\2", text)
    return _TABS.sub("\t", _SPACES.sub(" ", text)).strip()


def normalise_name(text: str) -> str:
    """The lookup key of a name: markers dropped, quotes unified, case folded, a leading "the" dropped."""
    text = strip_markers(clean_inline(text)).translate(_APOSTROPHES)
    text = text.strip(" \t\n,;:.")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"\s+", " ", text).casefold()


def fold_accents(text: str) -> str:
    """The string without diacritics (a fallback key: "Türkiye" ~ "Turkiye")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
