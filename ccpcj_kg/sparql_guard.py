"""What the embedded store will not run for a user: ``SERVICE`` calls to other endpoints.

Why: a federated call from a local query reaches out to the network (or hangs on it) and its
failure surfaced as an internal error. A query for the embedded store has all it needs locally;
one that wants another endpoint is sent there with ``--endpoint``.
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


def refuse_service(text: str, origin: str) -> None:
    """An InputError when the query calls ``SERVICE`` (outside strings, IRIs and comments)."""
    bare = _INERT.sub(lambda m: " " * len(m.group(0)), text)
    match = _SERVICE.search(bare)
    if match:
        line = bare.count("\n", 0, match.start()) + 1
        raise InputError(f"{origin}: line {line}: SERVICE (a call to another endpoint) is not run against the "
                         "embedded store; send the query to that store with --endpoint")
