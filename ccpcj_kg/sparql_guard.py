"""What the embedded store will not run for a user: ``SERVICE`` calls, updates, and queries
too large or too deeply nested to parse safely.

Why: a federated call from a local query reaches out to the network (or hangs on it) and its
failure surfaced as an internal error. A query for the embedded store has all it needs locally;
one that wants another endpoint is sent there with ``--endpoint``. The store is opened for
reading: an update (``INSERT``, ``LOAD``, …) is named as such instead of failing as a syntax error.
pyoxigraph's parser and planner recurse once per nesting level and per pattern: thousands of
nested brackets, or a query of tens of thousands of patterns, overflowed the thread's stack and
killed the process (a segmentation fault, no message). Queries run on a thread with a large
stack (``querying.bounded``), and these limits keep far below what it holds.
"""

from __future__ import annotations

import re

from ccpcj_kg.errors import InputError

# Strings (long and short), IRIs and comments: where the word SERVICE means nothing.
_INERT = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_UPDATE = re.compile(
    r"^(?:\s|#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
MAX_QUERY_BYTES = 1_000_000  # the saved queries are under 5 kB; a long VALUES list fits easily
MAX_NESTING = 300  # brackets inside brackets; the saved queries use fewer than 10


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL update (its first keyword, after prologue and comments)."""
    return _UPDATE.match(text) is not None


def refuse_update(text: str, origin: str) -> None:
    """An InputError when the text is a SPARQL update: the store is only read."""
    match = _UPDATE.match(text)
    if match:
        raise InputError(f"{origin}: {match.group(1).upper()} is a SPARQL update; ccpcj-kg runs read-only "
                         "queries (SELECT, ASK, CONSTRUCT, DESCRIBE): change the data in data/ and run build")


def refuse_oversized(text: str, origin: str) -> None:
    """An InputError when the query is larger or more deeply nested than the parser safely handles."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_QUERY_BYTES:
        raise InputError(f"{origin}: the query is {size:,} bytes, over the limit of {MAX_QUERY_BYTES:,} "
                         "(put long lists of values in data, or split the query)")
    bare = _INERT.sub(lambda m: " " * len(m.group(0)), text)
    depth = deepest = where = 0
    for i, char in enumerate(bare):
        if char in "({[":
            depth += 1
            if depth > deepest:
                deepest, where = depth, i
        elif char in ")}]":
            depth -= 1
    if deepest > MAX_NESTING:
        line = bare.count("\n", 0, where) + 1
        raise InputError(f"{origin}: line {line}: brackets nested {deepest} deep, over the limit of {MAX_NESTING}")


def refuse_unsafe(text: str, origin: str) -> None:
    """Everything the embedded store refuses to run: updates, oversized queries, SERVICE."""
    refuse_update(text, origin)
    refuse_oversized(text, origin)
    refuse_service(text, origin)


def refuse_service(text: str, origin: str) -> None:
    """An InputError when the query calls ``SERVICE`` (outside strings, IRIs and comments)."""
    bare = _INERT.sub(lambda m: " " * len(m.group(0)), text)
    match = _SERVICE.search(bare)
    if match:
        line = bare.count("\n", 0, match.start()) + 1
        raise InputError(f"{origin}: line {line}: SERVICE (a call to another endpoint) is not run against the "
                         "embedded store; send the query to that store with --endpoint")
