"""Parsing the lists of names a report prints: "A (in person), B (online), the C² and D (pre-recorded video)".

Lists of speakers and sponsors are the heart of a report and the hardest part to read: names
contain commas and "and" ("Bosnia and Herzegovina", "the Global Fund to Fight AIDS, Tuberculosis
and Malaria", "the European Union and its member States"), footnote markers are glued to them,
capacities change in the middle ("the observer for Azerbaijan (in person), the representative
of Armenia (in person)"), and one speaker may have several modes ("(in person and pre-recorded
videos)"). The parser therefore:

1. cuts the list after each mode in parentheses (a mode ends an item);
2. cuts each piece again where a capacity starts ("the representatives of", "the observers for");
3. splits what remains at ", " and " and " outside parentheses, and joins adjacent parts again
   whenever the longer span is a known name (``is_name``); unknown parts stay apart in a list of
   names, and in a list of descriptions ("the Chief of the … Branch") they run on until a part
   that opens with an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ccpcj_kg.ingest.text import footnote_markers
from ccpcj_kg.ingest.vocabulary import lexicon
from ccpcj_kg.model.printed import strip_markers

_CAPACITY = re.compile(r"(?:^|,\s*|\s+and\s+)(?:by\s+)?(?:the\s+)?(representatives?)\s+of\s+|"
                       r"(?:^|,\s*|\s+and\s+)(?:by\s+)?(?:the\s+)?(observers?)\s+for\s+", re.IGNORECASE)
_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_LEADING = re.compile(r"^(?:\s*(?:,|;|\band\b|\bby\b))+\s*")
_TRAILING = re.compile(r"(?:\s*(?:,|;|\band\b))+\s*$")
_ON_BEHALF = re.compile(r"\s*\(on behalf of ([^()]*(?:\([^()]*\)[^()]*)*)\)")
_ARTICLE = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One entry of a list: the name (or description) as printed, and what the list says about it."""

    text: str
    modes: tuple[str, ...] = ()
    markers: tuple[int, ...] = ()
    on_behalf: str | None = None
    capacity: str | None = None
    known: bool = False


def parse_modes(inner: str) -> tuple[str, ...] | None:
    """``"in person and pre-recorded videos"`` → ("in-person", "pre-recorded-video"); not a mode → None.

    Each wording is looked up in the modes of the controlled vocabulary (``data/vocab``)."""
    words = [w.strip() for w in re.split(r",\s*|\s+and\s+", inner.strip()) if w.strip()]
    keys = [lexicon().key("mode", w) for w in words]
    if not keys or any(k is None for k in keys):
        return None
    out: list[str] = []
    for k in keys:
        if k is not None and k not in out:
            out.append(k)
    return tuple(out)


def _top_level(text: str) -> list[tuple[str, str]]:
    """The text cut into ("text", …) and ("paren", inner) pieces at top-level parentheses."""
    pieces: list[tuple[str, str]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                if i > start:
                    pieces.append(("text", text[start:i]))
                start = i + 1
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                pieces.append(("paren", text[start:i]))
                start = i + 1
    if start < len(text):
        pieces.append(("text", text[start:]) if depth == 0 else ("text", text[start - 1:]))
    return pieces


def _chunks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Pieces of the list that end with a mode (the last one may have none)."""
    chunks: list[tuple[str, tuple[str, ...]]] = []
    current = ""
    modes: list[str] = []
    for kind, value in _top_level(text):
        if kind == "paren":
            found = parse_modes(value)
            if found is not None:
                modes += [m for m in found if m not in modes]
                continue
            if modes:
                chunks.append((current, tuple(modes)))
                current, modes = "", []
            current += f"({value})"
            continue
        if modes:
            lead = re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+", value)
            if lead:
                current += lead.group(0)
                value = value[lead.end():]
            if not value.strip(" ,;."):
                continue
            chunks.append((current, tuple(modes)))
            current, modes = "", []
        current += value
    if current.strip(" ,;.") or modes:
        chunks.append((current, tuple(modes)))
    return chunks


def _split_parts(text: str) -> tuple[list[str], list[str]]:
    """Parts at top-level separators, and the separators between them (to rejoin spans exactly)."""
    parts, seps = [], []
    depth, last, i = 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            m = _SEPARATOR.match(text, i)
            if m:
                parts.append(text[last:i])
                seps.append(m.group(0))
                i = last = m.end()
                continue
        i += 1
    parts.append(text[last:])
    return parts, seps


def core_name(text: str) -> tuple[str, str | None, tuple[int, ...]]:
    """The name without footnote markers and "(on behalf of …)", that group, and the markers."""
    markers = tuple(footnote_markers(text))
    clean = strip_markers(text)
    on_behalf = None
    m = _ON_BEHALF.search(clean)
    if m:
        on_behalf = m.group(1).strip()
        clean = clean[: m.start()] + clean[m.end():]
    return " ".join(clean.split()).strip(" ,;."), on_behalf, markers


def _segment_items(text: str, capacity: str | None, is_name: Callable[[str], bool],
                   names_only: bool) -> list[Item]:
    parts, seps = _split_parts(text)

    def span(i: int, j: int) -> str:
        out = parts[i]
        for k in range(i + 1, j):
            out += seps[k - 1] + parts[k]
        return out

    def known(i: int, j: int) -> bool:
        return is_name(core_name(span(i, j))[0])

    items: list[Item] = []
    n, i = len(parts), 0
    whole = core_name(text)
    if whole[0] and is_name(whole[0]):
        return [Item(whole[0], (), whole[2], whole[1], capacity, True)]
    while i < n:
        for j in range(n, i, -1):
            if known(i, j):
                name, on_behalf, markers = core_name(span(i, j))
                items.append(Item(name, (), markers, on_behalf, capacity, True))
                i = j
                break
        else:
            j = i + 1
            if not names_only:
                while j < n and not _ARTICLE.match(parts[j]) and not any(known(j, k) for k in range(j + 1, n + 1)):
                    j += 1
            name, on_behalf, markers = core_name(span(i, j))
            if name:
                items.append(Item(name, (), markers, on_behalf, capacity, False))
            i = j
    return items


def parse_list(text: str, is_name: Callable[[str], bool], *, names_only: bool = False,
               capacity: str | None = None) -> list[Item]:
    """The items of a printed list (see the module docstring); ``capacity`` is the one in force at its start."""
    items: list[Item] = []
    for chunk, modes in _chunks(" ".join(text.split())):
        found: list[Item] = []
        pos = 0
        segments: list[tuple[str, str | None]] = []
        for m in _CAPACITY.finditer(chunk):
            if m.start() > pos or (m.start() == pos and pos > 0):
                segments.append((chunk[pos:m.start()], capacity))
            capacity = lexicon().key("capacity", m.group(1) or m.group(2))
            pos = m.end()
        segments.append((chunk[pos:], capacity))
        for seg, cap in segments:
            seg = _TRAILING.sub("", _LEADING.sub("", seg))
            if not seg.strip():
                continue
            found += _segment_items(seg, cap, is_name, names_only or cap is not None)
        if found and modes:
            last = found[-1]
            found[-1] = Item(last.text, modes, last.markers, last.on_behalf, last.capacity, last.known)
        items += found
    return items


def parse_entry(text: str) -> Item:
    """One entry on its own (a line of the general debate, a panellist): modes and "(on behalf of …)" taken off."""
    body = ""
    modes: list[str] = []
    on_behalf = None
    for kind, value in _top_level(" ".join(text.split())):
        if kind == "paren":
            found = parse_modes(value)
            if found is not None:
                modes += [m for m in found if m not in modes]
                continue
            ob = re.match(r"^on behalf of (.+)$", value.strip())
            if ob:
                on_behalf = ob.group(1).strip()
                continue
            body += f"({value})"
        else:
            body += value
    markers = tuple(footnote_markers(body))
    clean = " ".join(strip_markers(body).split()).strip(" ,;.")
    return Item(clean, tuple(modes), markers, on_behalf)
