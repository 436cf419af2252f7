"""Reading a report file and cleaning its text: markup, link residue, footnote markers, words.

The official reports arrive as text conversions with residue of their layout: Markdown emphasis
(``*Takes note*``, ``**Report**``), HTML italics from tables (``<i>Chair</i>``), empty link
targets (``([E/CN.15/2022/L.2](#))``), superscript footnote markers glued to names
(``member States)²²``) and footnote lines (``²² Also on behalf of …``) wherever a page ended.
This module turns such text into plain strings and small facts (numbers, dates, ordinals);
``paragraphs.py`` does the structure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.printed import MARKERS, SUPERSCRIPTS
from ccpcj_kg.safe_write import regular_file

MAX_REPORT_BYTES = 20 * 1024 * 1024

_SUPER_TO_DIGIT = {ord(c): str(i) for i, c in enumerate(SUPERSCRIPTS)}
FOOTNOTE_LINE = re.compile(f"^\\s*([{SUPERSCRIPTS}]+)\\s+(.*\\S)\\s*$")

MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"],
        start=1,
    )
}
DATE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)(?: (\d{4}))?\b")

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                 "eightieth", "ninetieth"]


def read_report(path: Path) -> str:
    """The file's text, or an InputError with a one-line reason (missing, empty, binary, not UTF-8)."""
    regular_file(path, "expected a report in text form")  # missing, a folder, a FIFO, a device, -
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_REPORT_BYTES:
        raise InputError(f"{path}: {len(raw) // (1024 * 1024)} MB is over the "
                         f"{MAX_REPORT_BYTES // (1024 * 1024)} MB limit for a report")
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{path}: UTF-16 text; save the report as UTF-8")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{path}: a binary file (NUL bytes), expected a report in text form")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                         "expected a report in text form") from None
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError(f"{path}: a binary file ({controls} control characters), expected a report in text form")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")


def superscript_number(marker: str) -> int:
    """``"²²"`` → 22."""
    return int(marker.translate(_SUPER_TO_DIGIT))


def footnote_markers(text: str) -> list[int]:
    """The footnote numbers glued into a string, in order."""
    return [superscript_number(m) for m in MARKERS.findall(text)]








def starts_emphasised(line: str) -> bool:
    """True when the line's text (after a paragraph number) opens with Markdown emphasis (``*Requests*``)."""
    body = re.sub(r"^\s*\d+\.\s+", "", line)
    return body.startswith("*") or body.startswith("_")











def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date written like ``16 May 2022`` (or ``19 May`` with a default year)."""
    m = DATE.search(text)
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else default_year
    if year is None:
        return None
    try:
        return dt.date(year, MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None


def cardinal(word: str) -> int | None:
    """``"37"``, ``"two"``, ``"fifty-five"`` → the number; anything else → None."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS.index(word)
    if word in _TENS and word:
        return _TENS.index(word) * 10
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in _TENS and tens and unit in _UNITS[1:10]:
            return _TENS.index(tens) * 10 + _UNITS.index(unit)
    if word == "hundred":
        return 100
    return None


def ordinal(word: str) -> int | None:
    """``"thirty-first"`` → 31, ``"thirtieth"`` → 30, ``"31st"`` → 31; anything else → None."""
    word = word.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    if word in _ORDINAL_UNITS:
        return _ORDINAL_UNITS.index(word)
    if word in _ORDINAL_TENS and word:
        return _ORDINAL_TENS.index(word) * 10
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in _TENS and tens and unit in _ORDINAL_UNITS[1:10]:
            return _TENS.index(tens) * 10 + _ORDINAL_UNITS.index(unit)
    return None


def ordinal_suffix(n: int) -> str:
    """31 → ``"31st"``, 32 → ``"32nd"``, 13 → ``"13th"``."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
