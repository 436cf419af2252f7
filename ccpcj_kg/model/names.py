"""The one name resolver: the names sources and users write → the graph's States, groups, organizations, persons.

Used by the ingest (names a report prints) and by query parameters (a State or group by name).

Every State, group, organization and person of the graph is indexed under its ``rdfs:label``
and each ``skos:altLabel``. A name is looked up case-insensitively, without footnote markers,
typographic apostrophes or a leading "the"; then without a trailing abbreviation in parentheses
("International Criminal Police Organization (INTERPOL)"), by the abbreviation alone, and with
"Group of …"/"… Group" dropped ("the Group of African States", "the Eastern European Group");
last, without diacritics. A name that matches nothing, or more than one node, is not resolved:
the caller reports it, and nothing is invented.

``find_in`` reads a speaker's description ("Minister of Justice of Namibia", "Chief of the
Research and Trend Analysis Branch of UNODC"): a State counts only where the text says "of
(the) <State>" and the State is not used as an adjective ("the Cyprus Parliamentary
Delegation"); otherwise the first organization named (acronyms matched case-sensitively).
"United Nations" alone never identifies a speaker.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import CCPCJ, ID, RDFS, SKOS
from ccpcj_kg.model.printed import fold_accents, normalise_name

KINDS = {"state": "state", "regional-group": "regional-group", "group": "group",
         "organization": "organization", "person": "person"}
GENERIC = {ID + "organization/united-nations"}
UNODC = ID + "organization/unodc"
_PAREN_TAIL = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


@dataclass(frozen=True)
class Entity:
    """A node of the graph a name resolved to."""

    iri: str
    kind: str  # state, regional-group, group, organization, person
    label: str

    @property
    def key(self) -> str:
        """The key used inside other IRIs: alpha-3 in lower case for a State, else the slug."""
        tail = self.iri.rsplit("/", 1)[-1]
        return tail.lower() if self.kind == "state" else tail


def select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    """The solutions of a SELECT over the union of the store's graphs."""
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def value(solution: ox.QuerySolution, var: str) -> str:
    term = solution[var]
    assert term is not None
    return term.value


def kind_of(iri: str) -> str | None:
    if not iri.startswith(ID):
        return None
    return KINDS.get(iri[len(ID):].split("/", 1)[0])


class Resolver:
    """Name → node lookups over the labels of the graph (or of a given list, for tests)."""

    def __init__(self, names: Iterable[tuple[str, str, bool]], types: dict[str, set[str]] | None = None) -> None:
        """``names``: (IRI, name, is the rdfs:label) triples; ``types``: IRI → local names of its ccpcj classes."""
        self.types: dict[str, set[str]] = types or {}
        self.labels: dict[str, str] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.folded: dict[str, set[str]] = defaultdict(set)
        all_names: list[tuple[str, str]] = []
        for iri, name, is_label in names:
            if kind_of(iri) is None or not name.strip():
                continue
            if is_label:
                self.labels[iri] = name
            key = normalise_name(name)
            self.index[key].add(iri)
            self.folded[fold_accents(key)].add(iri)
            all_names.append((iri, name))
        for iri, name in all_names:
            self.labels.setdefault(iri, name)
        self._all_names = all_names
        self._searchable = False  # the description search is built on first use (find_in)

    @classmethod
    def from_store(cls, store: ox.Store) -> Resolver:
        """Index every labelled State, group, organization and person of the store."""
        query = f"""SELECT DISTINCT ?s ?p ?name WHERE {{
            VALUES ?p {{ <{RDFS}label> <{SKOS}altLabel> }}
            ?s ?p ?name .
            FILTER(isIRI(?s) && (STRSTARTS(STR(?s), "{ID}state/") || STRSTARTS(STR(?s), "{ID}regional-group/")
              || STRSTARTS(STR(?s), "{ID}group/") || STRSTARTS(STR(?s), "{ID}organization/")
              || STRSTARTS(STR(?s), "{ID}person/")))
        }}"""
        names = [(value(r, "s"), value(r, "name"), value(r, "p") == RDFS + "label") for r in select(store, query)]
        types: dict[str, set[str]] = defaultdict(set)
        for r in select(store, f"""SELECT DISTINCT ?s ?t WHERE {{ ?s a ?t .
                FILTER(STRSTARTS(STR(?s), "{ID}organization/") && STRSTARTS(STR(?t), "{CCPCJ}")) }}"""):
            types[value(r, "s")].add(value(r, "t")[len(CCPCJ):])
        return cls(names, dict(types))

    def is_a(self, iri: str, cls: str) -> bool:
        """True when the graph types the node with this ccpcj class (asserted or inferred)."""
        return cls in self.types.get(iri, set())

    # -- exact names ---------------------------------------------------------------------------
    def entity(self, iri: str) -> Entity:
        """The node of an IRI, with its label in the graph."""
        return self._entity(iri)

    def _entity(self, iri: str) -> Entity:
        return Entity(iri, kind_of(iri) or "", self.labels.get(iri, iri.rsplit("/", 1)[-1]))

    def candidates(self, text: str) -> set[str]:
        """The IRIs a name could mean (empty: unknown; several: ambiguous)."""
        for variant in _variants(text):
            found = self.index.get(variant)
            if found:
                return set(found)
        for variant in _variants(text):
            found = self.folded.get(fold_accents(variant))
            if found:
                return set(found)
        return set()

    def name(self, text: str, kinds: Iterable[str] | None = None) -> Entity | None:
        """The one node this name means (optionally of the given kinds), or None."""
        found = self.candidates(text)
        if kinds is not None:
            wanted = set(kinds)
            found = {iri for iri in found if kind_of(iri) in wanted}
        if len(found) != 1:
            return None
        return self._entity(next(iter(found)))

    def is_name(self, text: str) -> bool:
        return len(self.candidates(text)) == 1

    def names_of_kinds(self, kinds: Iterable[str]) -> list[str]:
        """Every normalised name of a node of these kinds (for "did you mean" hints)."""
        wanted = set(kinds)
        return sorted(name for name, found in self.index.items() if any(kind_of(i) in wanted for i in found))

    # -- descriptions --------------------------------------------------------------------------
    def _build_search(self) -> None:
        if self._searchable:
            return
        self._searchable = True
        names = self._all_names
        words: dict[str, set[str]] = defaultdict(set)
        acronyms: dict[str, set[str]] = defaultdict(set)
        for iri, name in names:
            if iri in GENERIC or kind_of(iri) == "person":
                continue
            clean = name.replace("’", "'").strip()
            if re.fullmatch(r"[A-Z][A-Z0-9\-]{1,9}", clean):
                acronyms[clean].add(iri)
            elif len(clean) > 3:
                words[clean.lower()].add(iri)
        self._words = words
        self._acronyms = acronyms
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self._word_re = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if words else None
        acr = "|".join(re.escape(w) for w in sorted(acronyms, key=len, reverse=True))
        self._acr_re = re.compile(rf"(?<![\w-])(?:{acr})(?![\w-])") if acronyms else None

    def find_in(self, description: str) -> Entity | None:
        """The State or organization a speaker's description names (see the module docstring)."""
        self._build_search()
        text = description.replace("’", "'")
        lowered = text.lower()
        hits: list[tuple[int, int, str]] = []
        if self._word_re:
            for m in self._word_re.finditer(lowered):
                iris = self._words[m.group(0)]
                if len(iris) == 1:
                    hits.append((m.start(), m.end(), next(iter(iris))))
        if self._acr_re:
            for m in self._acr_re.finditer(text):
                iris = self._acronyms[m.group(0)]
                if len(iris) == 1:
                    hits.append((m.start(), m.end(), next(iter(iris))))
        hits.sort()
        for start, end, iri in hits:
            if kind_of(iri) != "state":
                continue
            if re.search(r"\bof (?:the )?$", lowered[:start]) and not re.match(r"^ [A-Z]", text[end:]):
                return self._entity(iri)
        for _, _, iri in hits:
            if kind_of(iri) in ("organization", "group", "regional-group"):
                return self._entity(iri)
        return None


def _variants(text: str) -> list[str]:
    """The lookup keys tried for a printed name, in order."""
    out: list[str] = []

    def add(value: str) -> None:
        key = normalise_name(value)
        if key and key not in out:
            out.append(key)

    add(text)
    base = normalise_name(text)
    m = _PAREN_TAIL.match(base)
    if m and not m.group(2).startswith("on behalf of"):
        add(m.group(1))
        add(m.group(2))
    for value in list(out):
        g = re.match(r"^group of (.+)$", value)
        if g:
            add(g.group(1))
        g = re.match(r"^(.+?) group$", value)
        if g:
            add(g.group(1))
            add(g.group(1) + " states")
    return out
