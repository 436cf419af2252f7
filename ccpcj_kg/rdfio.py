"""Reading RDF files with errors a person can act on (file, line, column).

Writing goes through ``ccpcj_kg.safe_write`` (re-exported here for older imports)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.safe_write import atomic_text, regular_file, write_atomic

__all__ = ["atomic_text", "check_readable", "format_for", "load_whole", "parse_file", "stream_quads", "utf8_text",
           "write_atomic"]

MAX_INPUT_BYTES = 200 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"

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
    st = regular_file(path, "expected an RDF file")
    size = st.st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path}: {size // (1024 * 1024)} MB is over the {MAX_INPUT_BYTES // (1024 * 1024)} MB limit")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    utf8_text(path, raw)
    # A byte-order mark (some Windows editors add one) is no part of the text: accepted, dropped.
    return raw[len(_BOM):] if raw.startswith(_BOM) else raw


def utf8_text(path: Path, raw: bytes) -> str:
    """``raw`` as text, or an InputError at the first byte that is not UTF-8 (file:line:column)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise InputError(f"{path}: UTF-16 text (a UTF-16 byte-order mark); save it as UTF-8") from None
        raise InputError(f"{path}:{line}:{col}: not UTF-8 (byte 0x{raw[exc.start]:02x})") from None


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
    return list(_parsed(path, raw))


def stream_quads(path: Path, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The file's triples as quads in ``graph``, parsed as they are consumed (InputError as
    ``parse_file``): a build streams them into one bulk load instead of holding a million quads."""
    for q in _parsed(path, check_readable(path)):
        yield ox.Quad(q.subject, q.predicate, q.object, graph)


def load_whole(store: ox.Store, path: Path, graph: ox.NamedNode) -> None:
    """Bulk-load the file into ``graph`` of ``store`` in Rust (InputError as ``parse_file``)."""
    raw = check_readable(path)
    try:
        store.bulk_load(input=raw, format=format_for(path), base_iri=path.resolve().as_uri(), to_graph=graph)
    except SyntaxError as exc:
        raise _located(path, exc) from None


def _parsed(path: Path, raw: bytes) -> Iterator[ox.Quad]:
    try:
        yield from ox.parse(raw, format=format_for(path), base_iri=path.resolve().as_uri())
    except SyntaxError as exc:
        raise _located(path, exc) from None


def _located(path: Path, exc: SyntaxError) -> InputError:
    where = f"{path}:{exc.lineno}:{exc.offset}" if exc.lineno else str(path)
    reason = str(exc.msg).split(": ", 1)[-1] if exc.msg else "syntax error"
    return InputError(f"{where}: {reason}")
