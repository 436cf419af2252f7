"""Perturbed copies of the seed report: next year's report may say the same things in other words.

Each perturbation returns the changed text; none renumbers the paragraphs, so a fact of the seed's
ingest and the paragraph it came from can be looked for in the perturbed ingest and its ledger.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def _sub(text: str, old: str, new: str, count: int = 0) -> str:
    assert old in text, old
    return text.replace(old, new, count) if count else text.replace(old, new)


def reworded_statements(text: str) -> str:
    """"Statements were made by" → "Statements were delivered by" (every paragraph that says it)."""
    return _sub(text, "Statements were made by", "Statements were delivered by")


def reworded_also_made(text: str) -> str:
    """"… also made statements" → "… also took the floor"."""
    return _sub(text, "also made statements", "also took the floor")


def reworded_persons(text: str) -> str:
    """"the following persons made statements:" → "the following persons spoke:"."""
    return _sub(text, "the following persons made statements:", "the following persons spoke:")


def reworded_sponsors(text: str) -> str:
    """"sponsored by" → "put forward by"."""
    return _sub(text, "sponsored by", "put forward by")


def reworded_meetings(text: str) -> str:
    """"At its 9th meeting, on 18 May 2022," → "At the 9th meeting, held on 18 May 2022,"."""
    return re.sub(r"\bAt its (\d+(?:st|nd|rd|th)) meeting, on ", r"At the \1 meeting, held on ", text)


def reworded_election(text: str) -> str:
    """"the Commission elected the Chair" → "the Commission chose the Chair"."""
    return _sub(text, "elected", "chose", 1) if "the Commission elected" in text else text


def semicolon_sponsors(text: str) -> str:
    """The lists of sponsors separated by semicolons instead of commas."""
    def one(m: re.Match[str]) -> str:
        return m.group(1) + m.group(2).replace(", ", "; ")
    return re.sub(r"(sponsored by )([^.]*?)(?=\. |\.\n|\.$)", one, text)


def oxford_comma(text: str) -> str:
    """"A, B and C" → "A, B, and C" in the lists of sponsors and of speakers."""
    def one(line: str) -> str:
        if "sponsored by" not in line and "Statements were made by" not in line:
            return line
        return re.sub(r"(\w\)?)( and )(?=(?:the )?[A-Z])", r"\1,\2", line)
    return "\n".join(one(line) for line in text.split("\n"))


def missing_section(text: str) -> str:
    """Section D ("Election of officers") of chapter XIII left out, heading and paragraphs."""
    start = text.index("D. Election of officers\n")
    end = text.index("E. Adoption of the agenda and organization of work")
    return text[:start] + text[end:]


def extra_section(text: str) -> str:
    """An unknown section at the end, with a paragraph of side events naming States."""
    return text.rstrip("\n") + ("\n\nH. Side events\n\n147. Side events were organized by Japan, Kenya and Mexico "
                                "on the margins of the session.\n")


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "reworded statements": reworded_statements,
    "reworded also-made": reworded_also_made,
    "reworded persons' list": reworded_persons,
    "reworded sponsors": reworded_sponsors,
    "reworded meetings": reworded_meetings,
    "reworded election": reworded_election,
    "semicolon sponsors": semicolon_sponsors,
    "oxford comma": oxford_comma,
    "missing section": missing_section,
    "extra section": extra_section,
}
