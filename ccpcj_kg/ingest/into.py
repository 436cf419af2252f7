"""The files a curator commits for a session: the ingest's triples split as ``data/session-31/`` is.

``statements.ttl`` holds the statements; ``documents.ttl`` the documents, drafts, texts, their
sponsorships and the report's passages; ``session.ttl`` everything else (the session, its parts,
meetings, agenda, officers, thematic discussion, attendance, new persons). Each file is canonical
Turtle (``canonical.to_turtle``), written atomically; a directory that already has one of these
files is refused, so nothing curated is overwritten.
"""

from __future__ import annotations

from pathlib import Path

from ccpcj_kg.canonical import Triple, to_turtle
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import ID
from ccpcj_kg.safe_write import write_atomic

FILES = ("session.ttl", "documents.ttl", "statements.ttl")


def file_of(subject: str) -> str:
    """Which of ``FILES`` a subject's triples go to."""
    tail = subject[len(ID):] if subject.startswith(ID) else subject
    if "/statement/" in tail:
        return "statements.ttl"
    if tail.startswith(("document/", "resolution/", "decision/")):
        return "documents.ttl"
    return "session.ttl"


def split(triples: list[Triple]) -> dict[str, list[Triple]]:
    out: dict[str, list[Triple]] = {name: [] for name in FILES}
    for t in triples:
        out[file_of(t[0].value)].append(t)
    return {name: ts for name, ts in out.items() if ts}


def write_into(directory: Path, triples: list[Triple]) -> list[Path]:
    """Write the session's files into ``directory`` (made if missing); InputError if any exists already."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    taken = [name for name in FILES if (directory / name).exists()]
    if taken:
        raise InputError(f"{directory}: already has {', '.join(taken)}; nothing written (review the ingest against "
                         "the graph with --diff, or write into a new directory)")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for name, part in split(triples).items():
            write_atomic(directory / name, to_turtle(part))
            written.append(directory / name)
    except OSError as exc:
        raise InputError(f"{directory}: cannot write ({exc.strerror or exc})") from None
    return written
