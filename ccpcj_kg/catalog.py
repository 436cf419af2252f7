"""The catalogue of saved queries: ``queries/NAME.rq`` files and their ``#+`` headers.

A saved query is a SPARQL file whose leading comment lines starting with ``#+`` carry a small,
strictly read YAML subset (grlc's convention), so the file stays valid SPARQL::

    #+ summary: Sponsors of a document
    #+ description: Every sponsorship of the document, with the State, the group it
    #+   acted for, and the paragraph that records it.
    #+ tags: [documents, sponsorship]
    #+ params:
    #+   - name: document
    #+     type: document
    #+     default: E/CN.15/2022/L.2
    #+     description: the document's symbol or IRI
    #+ example: ccpcj-kg query sponsors-of-document --param document=E/CN.15/2022/L.4/Rev.1

Keys: ``summary``, ``description``, ``tags``, ``example`` (all required), ``params`` (a list;
each item has exactly ``name``, ``type``, ``default``, ``description``) and ``order`` (the order of
the rows, see ``OrderKey``: an inline list such as ``[-shared, partner, passage#]``). A value may continue on
the following ``#+`` lines indented deeper than its key; ``tags`` is an inline ``[a, b]`` list or
``- item`` lines. Anything else is an error naming the file and line. Each parameter is a plain
variable of the query (``?document``), bound at run time as an RDF term (see ``params.py``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.rdfio import utf8_text

PARAM_TYPES = (
    "string",
    "integer",
    "date",
    "boolean",
    "iri",
    "state",
    "group",
    "document",
    "session",
    "congress",
    "instrument",
    "topic",
    "source",
)
TOP_KEYS = ("summary", "description", "tags", "params", "example", "order")
REQUIRED_TOP_KEYS = ("summary", "description", "tags", "example")
PARAM_KEYS = ("name", "type", "default", "description")

_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PARAM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_KEY_LINE = re.compile(r"^([a-z_]+):(?:\s(.*))?$")
_ORDER_KEY = re.compile(r"^(-?)([a-zA-Z][a-zA-Z0-9_]*)(?:\|([a-zA-Z][a-zA-Z0-9_]*))?(#?)$")
_SPARQL_KEYWORD = re.compile(
    r"^\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class Param:
    """A declared parameter: its name (the query variable), type, default and description."""

    name: str
    type: str
    default: str
    description: str


@dataclass(frozen=True)
class OrderKey:
    """One key of a query's documented row order (the ``order:`` header), most significant first.

    ``name`` is a result column; ``-name`` sorts it descending; ``a|b`` sorts by ``a``, or ``b``
    where ``a`` is unbound (a day, else a month). A column holding IRIs sorts by the English
    ``rdfs:label`` a reader sees, then by the IRI (so equal labels still sort the same way every
    time); a literal sorts by its value (numbers as numbers). ``name#`` is natural order: by the
    text before the label's last number, then that number (para. 84 before para. 141, the 9th
    session before the 31st). Unbound values come first, as in SPARQL.
    """

    column: str
    descending: bool = False
    fallback: str | None = None
    natural: bool = False

    def __str__(self) -> str:
        text = self.column + (f" (else {self.fallback})" if self.fallback else "")
        if self.natural:
            text += " (natural order)"
        return text + (" (descending)" if self.descending else "")


@dataclass(frozen=True)
class SavedQuery:
    """One ``.rq`` file: its name, header fields and full text (header included)."""

    name: str
    path: Path
    summary: str
    description: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    example: str
    text: str
    order: tuple[OrderKey, ...] = ()

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


class _HeaderReader:
    """Reads the ``#+`` lines of one file into a dict, failing on anything unexpected."""

    def __init__(self, path: Path, lines: list[tuple[int, str]]) -> None:
        self.path = path
        self.lines = lines
        self.pos = 0

    def fail(self, lineno: int, message: str) -> InputError:
        return InputError(f"{self.path}:{lineno}: {message}")

    def continuation(self, indent: int) -> list[str]:
        """Following lines indented deeper than ``indent`` that are not list items."""
        parts = []
        while self.pos < len(self.lines):
            _, text = self.lines[self.pos]
            stripped = text.lstrip(" ")
            if not stripped or len(text) - len(stripped) <= indent or stripped.startswith("- "):
                break
            parts.append(stripped.strip())
            self.pos += 1
        return parts

    def read(self) -> dict[str, object]:
        fields: dict[str, object] = {}
        while self.pos < len(self.lines):
            lineno, text = self.lines[self.pos]
            self.pos += 1
            if not text.strip():
                continue
            if text.startswith(" "):
                raise self.fail(lineno, f"unexpected indented line {text.strip()!r}")
            match = _KEY_LINE.match(text)
            if not match:
                raise self.fail(lineno, f"expected 'key: value', got {text!r}")
            key, value = match.group(1), (match.group(2) or "").strip()
            if key not in TOP_KEYS:
                raise self.fail(lineno, f"unknown header key {key!r} (expected one of {', '.join(TOP_KEYS)})")
            if key in fields:
                raise self.fail(lineno, f"header key {key!r} given twice")
            if key == "tags":
                fields[key] = self.tags(lineno, value)
            elif key == "order":
                fields[key] = self.order(lineno, value)
            elif key == "params":
                if value not in ("", "[]"):
                    raise self.fail(lineno, "'params:' takes a list of '- name: …' items on the next lines")
                fields[key] = [] if value == "[]" else self.params(lineno)
            else:
                text_value = " ".join([value, *self.continuation(0)]).strip()
                if not text_value:
                    raise self.fail(lineno, f"header key {key!r} is empty")
                fields[key] = _unquote(text_value)
        return fields

    def tags(self, lineno: int, value: str) -> list[str]:
        if value:
            if not (value.startswith("[") and value.endswith("]")):
                raise self.fail(lineno, "tags must be an inline list like [documents, sponsorship]")
            items = [t.strip() for t in value[1:-1].split(",")]
        else:
            items = []
            while self.pos < len(self.lines) and self.lines[self.pos][1].lstrip().startswith("- "):
                items.append(self.lines[self.pos][1].lstrip()[2:].strip())
                self.pos += 1
        for tag in items:
            if not _NAME.match(tag):
                raise self.fail(lineno, f"tag {tag!r} is not lower-case kebab-case")
        if not items:
            raise self.fail(lineno, "tags: give at least one tag")
        return items

    def order(self, lineno: int, value: str) -> list[OrderKey]:
        if not (value.startswith("[") and value.endswith("]")):
            raise self.fail(lineno, "order must be an inline list like [-shared, partner, passage#]")
        keys = []
        for item in (t.strip() for t in value[1:-1].split(",")):
            match = _ORDER_KEY.match(item)
            if not match:
                raise self.fail(lineno, f"order key {item!r}: write a column name, -name (descending), "
                                        "a|b (b where a is unbound) or name# (natural order)")
            minus, column, fallback, natural = match.groups()
            keys.append(OrderKey(column, minus == "-", fallback, natural == "#"))
        if not keys:
            raise self.fail(lineno, "order: give at least one column")
        return keys

    def params(self, lineno: int) -> list[dict[str, str]]:
        items: list[dict[str, str]] = []
        item_indent = -1
        while self.pos < len(self.lines):
            num, text = self.lines[self.pos]
            stripped = text.lstrip(" ")
            indent = len(text) - len(stripped)
            if not stripped:
                self.pos += 1
                continue
            if indent == 0:
                break
            if stripped.startswith("- "):
                if item_indent not in (-1, indent):
                    raise self.fail(num, "parameter items must line up")
                item_indent = indent
                items.append({})
                stripped = stripped[2:]
                key_indent = indent + 2
            else:
                if not items:
                    raise self.fail(num, "expected '- name: …' to start a parameter")
                key_indent = indent
            self.pos += 1
            match = _KEY_LINE.match(stripped)
            if not match:
                raise self.fail(num, f"expected 'key: value' in a parameter, got {stripped!r}")
            key, value = match.group(1), (match.group(2) or "").strip()
            if key not in PARAM_KEYS:
                raise self.fail(num, f"unknown parameter key {key!r} (expected {', '.join(PARAM_KEYS)})")
            if key in items[-1]:
                raise self.fail(num, f"parameter key {key!r} given twice")
            items[-1][key] = _unquote(" ".join([value, *self.continuation(key_indent)]).strip())
        if not items:
            raise self.fail(lineno, "'params:' has no items (write 'params: []' or leave it out)")
        return items


def _header_lines(path: Path, text: str) -> list[tuple[int, str]]:
    """The ``#+`` lines before the query proper, with ``#+ `` removed; ``#+`` later is an error."""
    lines: list[tuple[int, str]] = []
    in_header = True
    for lineno, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if stripped.startswith("#+"):
            if not in_header:
                raise InputError(f"{path}:{lineno}: '#+' header lines must come before the query")
            body = raw.lstrip()[2:]
            if body and not body.startswith(" "):
                raise InputError(f"{path}:{lineno}: write '#+ ' (with a space) to start a header line")
            lines.append((lineno, body[1:]))
        elif stripped and not stripped.startswith("#"):
            in_header = False
    return lines


def parse(path: Path, text: str | None = None) -> SavedQuery:
    """Read one saved query, checking its header strictly."""
    name = path.stem
    if not _NAME.match(name):
        raise InputError(f"{path}: a saved query's file name must be kebab-case (got {name!r})")
    if text is None:
        try:
            text = utf8_text(path, path.read_bytes()).removeprefix("\ufeff")  # an editor's BOM is not SPARQL
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    lines = _header_lines(path, text)
    if not lines:
        raise InputError(f"{path}: no '#+' header (summary, description, tags, params, example)")
    fields = _HeaderReader(path, lines).read()
    missing = [k for k in REQUIRED_TOP_KEYS if k not in fields]
    if missing:
        raise InputError(f"{path}: header is missing {', '.join(missing)}")
    if not _SPARQL_KEYWORD.search(_body(text)):
        raise InputError(f"{path}: no SPARQL query after the header")
    params = tuple(_param(path, raw, text) for raw in fields.get("params", []))  # type: ignore[attr-defined]
    order: tuple[OrderKey, ...] = tuple(fields.get("order", []))  # type: ignore[arg-type]
    for key in order:
        for column in filter(None, (key.column, key.fallback)):
            if not re.search(rf"[?$]{column}\b", _body(text)):
                raise InputError(f"{path}: order key {column!r} is not a variable ?{column} of the query")
    seen: set[str] = set()
    for p in params:
        if p.name in seen:
            raise InputError(f"{path}: parameter {p.name!r} declared twice")
        seen.add(p.name)
    return SavedQuery(
        name=name,
        path=path,
        summary=str(fields["summary"]),
        description=str(fields["description"]),
        tags=tuple(fields["tags"]),  # type: ignore[arg-type]
        params=params,
        example=str(fields["example"]),
        text=text,
        order=order,
    )


def _body(text: str) -> str:
    """The query without its whole-line comments (the header among them)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _param(path: Path, raw: dict[str, str], text: str) -> Param:
    missing = [k for k in PARAM_KEYS if k not in raw]
    if missing:
        raise InputError(f"{path}: parameter {raw.get('name', '?')!r} is missing {', '.join(missing)}")
    name, kind = raw["name"], raw["type"]
    if not _PARAM_NAME.match(name):
        raise InputError(f"{path}: parameter name {name!r} must be lower case letters, digits and '_'")
    if kind not in PARAM_TYPES:
        raise InputError(
            f"{path}: parameter {name!r} has unknown type {kind!r} (one of {', '.join(PARAM_TYPES)})"
        )
    if not re.search(rf"[?$]{name}\b", _body(text)):
        raise InputError(f"{path}: parameter {name!r} is not used as ?{name} in the query")
    return Param(name=name, type=kind, default=raw["default"], description=raw["description"])


def query_files(folder: Path) -> list[Path]:
    """The saved query files, sorted by name (``qc/`` and other sub-folders are not saved queries)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.rq") if p.is_file())


def names(folder: Path) -> list[str]:
    return [p.stem for p in query_files(folder)]


def load_all(folder: Path) -> list[SavedQuery]:
    return [parse(p) for p in query_files(folder)]


def get(name: str, folder: Path) -> SavedQuery:
    """The saved query called ``name``; an unknown name suggests the closest ones."""
    path = folder / f"{name}.rq"
    if _NAME.match(name) and path.is_file():
        return parse(path)
    close = difflib.get_close_matches(name, names(folder), n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; run 'ccpcj-kg queries' for the list"
    raise InputError(f"no saved query called {name!r}{hint}")
