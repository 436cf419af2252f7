"""Damaged variants of the seed report, made at test time (see data/README.md)."""

from __future__ import annotations

PAGE_BREAK = "\n\n22-07531\n\n14\n\n⁹⁹ A footnote printed at the foot of the page.\n\n"


def truncated(text: str, marker: str = "sponsored by Albania, Andorra, Australia") -> str:
    """The report cut in the middle of a paragraph (para. 109, inside its list of sponsors)."""
    return text[: text.index(marker) + len(marker)]


def split_by_page_break(text: str, before: str) -> str:
    """A page break (job number, page number, a footnote) inserted mid-sentence, just before ``before``."""
    i = text.index(before)
    return text[:i].rstrip(" ") + PAGE_BREAK + text[i:]


def duplicated_footnote(text: str, line_start: str = "²² Also on behalf of") -> str:
    """A footnote line printed twice (as when a page's foot is repeated by the conversion)."""
    start = text.index(line_start)
    end = text.index("\n", start)
    line = text[start:end]
    return text[:end] + "\n\n" + line + text[end:]


def unknown_state(text: str, state: str = "Malawi", replacement: str = "Atlantis",
                  within: str = "sponsored by Angola") -> str:
    """A State's name replaced by one no graph knows, inside one paragraph only."""
    start = text.index(within)
    end = text.index("\n", start)
    return text[:start] + text[start:end].replace(state, replacement, 1) + text[end:]


NOT_A_REPORT = """# Minutes of the garden committee

The committee met on Tuesday. Tomatoes were planted; the compost bin was moved.

1. Next meeting: in two weeks.
2. Bring gloves.
"""

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
