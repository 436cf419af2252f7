"""Typed query parameters, turned into RDF terms and bound (never pasted) into saved queries.

``check`` validates a value against its declared type without touching the store (so a typo is
reported before anything is built); ``resolve`` turns it into a term, looking names up in the
store: a State by ISO alpha-2/alpha-3/numeric code or any ``rdfs:label``/``skos:altLabel``
(case-insensitive: ``KEN``, ``ke``, ``Kenya``, ``Czech Republic``), a document by symbol or IRI,
a session or Congress by number, a group, instrument, topic or source by slug or name.

A well-formed value that names nothing in the graph is not an error: it is bound as a plain
literal that matches nothing, the answer is empty, and a note (with close names) goes to stderr.
The terms are handed to pyoxigraph as ``substitutions``, so a value such as
``x" } ; DROP ALL ; #`` is only ever a string literal.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox

from ccpcj_kg.catalog import Param, SavedQuery
from ccpcj_kg.errors import InputError
from ccpcj_kg.model import iris, terms
from ccpcj_kg.model.names import Resolver as NameResolver
from ccpcj_kg.model.names import kind_of
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, PREFIXES, RDFS, SKOS
from ccpcj_kg.model.printed import normalise_name

ParamTerm = ox.NamedNode | ox.Literal  # what a parameter binds: an IRI or a literal

# What each type accepts, for error messages and `ccpcj-kg queries`.
EXPECTED: dict[str, str] = {
    "string": "any text",
    "integer": "a whole number such as 31",
    "date": "a date as YYYY-MM-DD",
    "boolean": "true or false",
    "iri": "an IRI (https://…), a prefixed name such as state:KEN, or a path under id/ such as session/31",
    "state": "a State: ISO code (KEN, KE) or any of its names (Kenya), or its IRI",
    "group": "a group of States: slug (african-states) or name (African States), or its IRI",
    "document": "a UN document symbol such as E/CN.15/2022/L.2, or its IRI",
    "session": "a session number such as 31, or its IRI",
    "congress": "a Congress number such as 14, or its IRI",
    "instrument": "an instrument: slug (untoc) or name (UNTOC), or its IRI",
    "topic": "a topic: slug (cybercrime) or name, or its IRI",
    "source": "a source: slug (gitoc-2022-ccpcj31), title, or document symbol, or its IRI",
}

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_NUMBER = re.compile(r"^([0-9]+)(st|nd|rd|th)?$", re.IGNORECASE)
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([^\s]*)$")
_ID_PATH = re.compile(r"^[a-z][a-z0-9-]*/\S+$")
_LABELS = (RDFS + "label", SKOS + "altLabel", SKOS + "prefLabel")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


@dataclass
class Binding:
    """The substitutions for one run, and notes for the user (names that matched nothing)."""

    substitutions: dict[ox.Variable, ParamTerm] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """``["state=KEN", "session=31"]`` → ``{"state": "KEN", "session": "31"}``."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InputError(f"--param {item!r}: write NAME=VALUE")
        if key in out:
            raise InputError(f"--param {key!r} given twice")
        out[key] = value
    return out


def _fail(param: Param, value: str) -> InputError:
    return InputError(
        f"parameter {param.name!r} ({param.type}) expects {EXPECTED[param.type]}; got {value!r}"
    )


def check(param: Param, value: str) -> str:
    """The value, stripped, if it has the form the type needs; an InputError saying what is expected."""
    value = value.strip()
    if param.type != "string" and not value:
        raise _fail(param, value)
    kind = param.type
    if kind == "integer" and not _INTEGER.match(value):
        raise _fail(param, value)
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _fail(param, value) from None
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise _fail(param, value)
    if kind == "boolean" and value.lower() not in _TRUE | _FALSE:
        raise _fail(param, value)
    if kind in ("session", "congress") and not (_NUMBER.match(value) or _as_iri(value) or _id_path(value)):
        raise _fail(param, value)
    if kind == "iri" and _as_iri(value) is None and _id_path(value) is None:
        raise _fail(param, value)
    return value


def _as_iri(value: str) -> ox.NamedNode | None:
    """An IRI written in full (optionally in <>), as a known prefixed name, or as a path under id/."""
    text = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    candidate: str | None = None
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE) or text.startswith("urn:"):
        candidate = text
    else:
        match = _PREFIXED.match(text)
        if match and match.group(1) in PREFIXES:
            candidate = PREFIXES[match.group(1)] + match.group(2)
    if candidate is None:
        return None
    try:
        return ox.NamedNode(candidate)
    except ValueError:
        return None


def _id_path(value: str) -> ox.NamedNode | None:
    if _ID_PATH.match(value):
        try:
            return ox.NamedNode(ID + value)
        except ValueError:
            return None
    return None


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


def _exists(store: ox.Store, node: ox.NamedNode) -> bool:
    return next(iter(store.quads_for_pattern(node, None, None, None)), None) is not None


def document_iri(symbol: str) -> ox.NamedNode | None:
    """The IRI rule of the modelling contract: ``/`` and space → ``_``, parentheses dropped
    (None when the result is no IRI, e.g. for a value with a quote in it)."""
    try:
        return ox.NamedNode(iris.document(symbol))
    except ValueError:
        return None


class GraphLookup:
    """Index lookups of labels, identifiers and slugs in one store (instruments, topics, sources,
    documents); the names of States and groups go through the one name resolver, ``model.names``."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def _subjects(self, predicate: str, literal_value: str) -> set[str]:
        found: set[str] = set()
        for lit in (ox.Literal(literal_value), ox.Literal(literal_value, language="en")):
            for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), lit, None):
                if isinstance(q.subject, ox.NamedNode):
                    found.add(q.subject.value)
        return found

    def names_under(
        self, namespaces: tuple[str, ...], predicates: Iterable[str] = _LABELS
    ) -> dict[str, set[str]]:
        """Normalised name → subjects, for subjects under the given IRI namespaces."""
        out: dict[str, set[str]] = {}
        for pred in predicates:
            for q in self.store.quads_for_pattern(None, ox.NamedNode(pred), None, None):
                s = q.subject
                if (
                    isinstance(s, ox.NamedNode)
                    and s.value.startswith(namespaces)
                    and isinstance(q.object, ox.Literal)
                ):
                    out.setdefault(_norm(q.object.value), set()).add(s.value)
        return out

    def by_name(
        self, value: str, namespaces: tuple[str, ...], what: str, predicates: tuple[str, ...] = _LABELS
    ) -> tuple[ox.NamedNode | None, list[str]]:
        """A subject under ``namespaces`` one of whose names equals ``value`` (case-insensitive)."""
        exact: set[str] = set()
        for pred in predicates:
            exact |= {s for s in self._subjects(pred, value) if s.startswith(namespaces)}
        if len(exact) == 1:
            return ox.NamedNode(exact.pop()), []
        table = self.names_under(namespaces, predicates)
        hits = table.get(_norm(value), set()) | exact
        if len(hits) > 1:
            shown = ", ".join(sorted(h.removeprefix(ID) for h in hits))
            raise InputError(f"{value!r} names more than one {what}: {shown}; give the IRI instead")
        if hits:
            return ox.NamedNode(hits.pop()), []
        return None, difflib.get_close_matches(_norm(value), list(table), n=3, cutoff=0.7)

    def slug(self, value: str, namespaces: tuple[str, ...]) -> ox.NamedNode | None:
        key = value.strip().lower().replace(" ", "-")
        for ns in namespaces:
            try:
                node = ox.NamedNode(ns + key)
            except ValueError:
                return None
            if _exists(self.store, node):
                return node
        return None


def resolve(param: Param, value: str, store: ox.Store) -> tuple[ParamTerm, str | None]:
    """The RDF term for a checked value, and a note when a name matched nothing in the graph."""
    kind = param.type
    if kind == "string":
        return ox.Literal(value), None
    if kind == "integer":
        return terms.integer(value), None
    if kind == "date":
        return terms.date(value), None
    if kind == "boolean":
        return terms.boolean(value.lower() in _TRUE), None
    if kind == "iri":
        node = _as_iri(value) or _id_path(value)
        assert node is not None  # check() made sure
        return node, None
    return _resolve_named(param, value, store)


_NAMESPACES: dict[str, tuple[str, ...]] = {
    "state": (ID + "state/",),
    "group": (ID + "regional-group/", ID + "group/"),
    "instrument": (ID + "instrument/",),
    "topic": (ID + "topic/",),
    "source": (ID + "source/",),
    "document": (ID + "document/",),
    "session": (ID + "session/",),
    "congress": (ID + "congress/",),
}
_WHAT = {
    "state": "State",
    "group": "group",
    "instrument": "instrument",
    "topic": "topic",
    "source": "source",
    "document": "document",
    "session": "session",
    "congress": "Congress",
}


def _resolve_named(param: Param, value: str, store: ox.Store) -> tuple[ParamTerm, str | None]:
    kind, what = param.type, _WHAT[param.type]
    r = GraphLookup(store)
    namespaces = _NAMESPACES[kind]
    empty = "in the graph; the answer is empty"
    node = _as_iri(value)
    if node is not None:
        return node, None if _exists(store, node) else f"no {what} {node.value} {empty}"
    node = _id_path(value)  # session/31, document/E_2022_30/draft-resolution-ii: only if it exists
    if node is not None and _exists(store, node):
        return node, None
    close: list[str] = []
    if kind in ("session", "congress"):
        number = _NUMBER.match(value)
        if number is None:
            return ox.Literal(value), f"no {what} {value!r} {empty}"
        node = ox.NamedNode(namespaces[0] + str(int(number.group(1))))
        return node, None if _exists(store, node) else f"no {what} {int(number.group(1))} {empty}"
    if kind in _NAME_KINDS:
        node = _state_code(r, value) if kind == "state" else r.slug(value, namespaces)
        if node is None:
            node, close = _by_name(store, r, value, kind)
    elif kind == "document":
        numbered = _numbered_text(store, value)
        if numbered is not None:
            return numbered
        node = _document(r, value)
        if node is None:
            note = f"no document {value!r} in the graph; the answer is empty"
            return document_iri(value) or ox.Literal(value), note
    elif kind == "source":
        node = r.slug(value, namespaces)
        if node is None:
            node, close = r.by_name(
                value,
                (*namespaces, ID + "document/"),
                what,
                (RDFS + "label", SKOS + "altLabel", DCTERMS + "title", DCTERMS + "identifier"),
            )
    else:
        node = r.slug(value, namespaces)
        if node is None:
            node, close = r.by_name(value, namespaces, what)
    if node is not None:
        return node, None
    hint = f" (close: {', '.join(close)})" if close else ""
    return ox.Literal(value), f"no {what} matches {value!r}{hint}; the answer is empty"


_NAME_KINDS = {"state": ("state",), "group": ("regional-group", "group")}


def _by_name(store: ox.Store, r: GraphLookup, value: str, kind: str) -> tuple[ox.NamedNode | None, list[str]]:
    """A State or group by any of its names, through the one name resolver (``model.names``).

    An exact label or alternative name is an index lookup; anything else (other case, a leading
    "the", "Group of …", no diacritics) reads the graph's names once.
    """
    namespaces = _NAMESPACES[kind]
    exact = {s for pred in _LABELS for s in r._subjects(pred, value.strip()) if s.startswith(namespaces)}
    if len(exact) == 1:
        return ox.NamedNode(exact.pop()), []
    names = NameResolver.from_store(store)
    found = {iri for iri in names.candidates(value) if kind_of(iri) in _NAME_KINDS[kind]}
    if len(found) > 1:
        shown = ", ".join(sorted(h.removeprefix(ID) for h in found))
        raise InputError(f"{value!r} names more than one {_WHAT[kind]}: {shown}; give the IRI instead")
    if found:
        return ox.NamedNode(found.pop()), []
    return None, difflib.get_close_matches(normalise_name(value), names.names_of_kinds(_NAME_KINDS[kind]), n=3,
                                           cutoff=0.7)


def _state_code(r: GraphLookup, value: str) -> ox.NamedNode | None:
    text = value.strip()
    if re.match(r"^[A-Za-z]{3}$", text):
        hits = r._subjects(CCPCJ + "iso3166Alpha3", text.upper())
    elif re.match(r"^[A-Za-z]{2}$", text):
        hits = r._subjects(CCPCJ + "iso3166Alpha2", text.upper())
    elif re.match(r"^[0-9]{3}$", text):
        hits = r._subjects(CCPCJ + "iso3166Numeric", text)
    else:
        return None
    return ox.NamedNode(sorted(hits)[0]) if len(hits) == 1 else None


# A Commission resolution or decision by number: 31/1, resolution 31/1, E/CN.15/RES/31/1, decision 31/1.
_NUMBERED = re.compile(
    r"^\s*(?:E/CN\.15/(?P<sym>RES|DEC)/|(?:CCPCJ\s+)?(?P<word>resolution|decision)\s+)?"
    r"(?P<session>\d{1,3})/(?P<number>\d{1,4})\s*$",
    re.IGNORECASE,
)


def _numbered_text(store: ox.Store, value: str) -> tuple[ParamTerm, str | None] | None:
    """A resolution (or decision) of the Commission by its number; None when the value is not one.

    ``31/1`` alone means the resolution; when a decision has the same number the note says how
    to ask for it."""
    match = _NUMBERED.match(value)
    if match is None:
        return None
    kind = (match.group("word") or match.group("sym") or "resolution").lower()
    kind = "decision" if kind in ("dec", "decision") else "resolution"
    session, number = int(match.group("session")), int(match.group("number"))
    node = ox.NamedNode(f"{ID}{kind}/ccpcj-{session}-{number}")
    other = "decision" if kind == "resolution" else "resolution"
    twin = ox.NamedNode(f"{ID}{other}/ccpcj-{session}-{number}")
    explicit = match.group("word") or match.group("sym")
    if not _exists(store, node):
        hint = f"; {other} {session}/{number} exists: give '{other} {session}/{number}'" if _exists(store, twin) else ""
        return node, f"no Commission {kind} {session}/{number} in the graph{hint}; the answer is empty"
    note = None
    if not explicit and _exists(store, twin):
        note = f"{session}/{number} taken as the resolution; give 'decision {session}/{number}' for the decision"
    return node, note


def _document(r: GraphLookup, value: str) -> ox.NamedNode | None:
    computed = document_iri(value)  # the contract's rule first: one index lookup
    if computed is not None and _exists(r.store, computed):
        return computed
    hits = {s for s in r._subjects(DCTERMS + "identifier", value.strip()) if s.startswith(ID + "document/")}
    if len(hits) == 1:
        return ox.NamedNode(hits.pop())
    found, _ = r.by_name(
        value, (ID + "document/",), "document", (DCTERMS + "identifier", RDFS + "label", SKOS + "altLabel")
    )
    return found


def check_all(query: SavedQuery, given: dict[str, str]) -> dict[str, str]:
    """Every declared parameter's value (given or default), checked; unknown names are errors."""
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        declared = ", ".join(p.name for p in query.params) or "none"
        close = difflib.get_close_matches(unknown[0], [p.name for p in query.params], n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise InputError(f"{query.name}: unknown parameter {unknown[0]!r}{hint}; it takes: {declared}")
    return {p.name: check(p, given.get(p.name, p.default)) for p in query.params}


def bind(query: SavedQuery, given: dict[str, str], store: ox.Store, *, reasoning: str | None = None) -> Binding:
    """Check and resolve every parameter of ``query`` into pyoxigraph substitutions.

    The notes also say which parameters were not given (the answer is for the default value,
    which a user may not expect) and, when ``reasoning`` (the store's build mode) is ``none``,
    that a query tagged ``reasoning`` reads inferred triples the store does not have.
    """
    values = check_all(query, given)
    out = Binding()
    for p in query.params:
        term, note = resolve(p, values[p.name], store)
        out.substitutions[ox.Variable(p.name)] = term
        if p.name not in given:
            out.notes.append(f"{p.name}: not given; using the default {p.default!r} (--param {p.name}=VALUE)")
        if note:
            out.notes.append(f"{p.name}: {note}")
    if reasoning == "none" and "reasoning" in query.tags:
        out.notes.append(f"{query.name} reads inferred triples, and the store was built with --reason none: "
                         "its answer will be missing rows (run `ccpcj-kg build --reason owlrl`)")
    return out
