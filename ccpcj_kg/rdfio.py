"""Reading RDF files with errors a person can act on (file, line, column), and writing atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from ccpcj_kg.errors import InputError

MAX_INPUT_BYTES = 200 * 1024 * 1024

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def check_readable(path: Path) -> bytes:
    """The file's bytes, or an InputError saying why it cannot be used."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected an RDF file")
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path}: {size // (1024 * 1024)} MB is over the {MAX_INPUT_BYTES // (1024 * 1024)} MB limit")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"{path}:{line}:{col}: not UTF-8 (byte 0x{raw[exc.start]:02x})") from None
    return raw


def format_for(path: Path) -> ox.RdfFormat:
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(_FORMATS))
        raise InputError(f"{path}: unknown RDF file extension {path.suffix!r} (known: {known})") from None


def parse_file(path: Path, *, allow_empty: bool = True) -> list[ox.Quad]:
    """Parse a whole RDF file into quads, or raise InputError naming file, line and column."""
    raw = check_readable(path)
    if not allow_empty and not raw.strip():
        raise InputError(f"{path}: the file is empty")
    fmt = format_for(path)
    try:
        return list(ox.parse(raw, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        where = f"{path}:{exc.lineno}:{exc.offset}" if exc.lineno else str(path)
        reason = str(exc.msg).split(": ", 1)[-1] if exc.msg else "syntax error"
        raise InputError(f"{where}: {reason}") from None


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only when fully written (temporary file in the same
    folder, then rename), so readers never see half a file and a failure leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_text(path) as fh:
        fh.write(text)
