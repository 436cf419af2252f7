"""The controlled vocabularies of ``data/vocab/`` as a lexicon: word → concept, concept → label.

Roles, modes, capacities, actions, statement kinds and participant categories are SKOS concepts
in ``data/vocab/controlled.ttl``, each with its ``skos:prefLabel`` and an ``skos:altLabel`` for
every other wording a source uses. The ingest reads a report's words through this lexicon, so a
new wording is added once, as data, not as a table in code. A word is matched case-insensitively,
with runs of spaces and hyphens alike, and a plural ("pre-recorded videos", "representatives")
falls back to its singular.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import ID, RDF, RDFS, SKOS

_LABELS = (SKOS + "prefLabel", RDFS + "label", SKOS + "altLabel")


@dataclass(frozen=True)
class Concept:
    """One controlled value: its IRI, kind (``mode``), key (``pre-recorded-video``) and English label."""

    iri: str
    kind: str
    key: str
    label: str
    names: frozenset[str] = field(default=frozenset(), compare=False)


def normalise(words: str) -> str:
    """The lookup form of a wording: lower case, hyphens and runs of spaces as one space."""
    return " ".join(re.split(r"[\s\u2010-\u2014-]+", words.strip().casefold())).strip()


def _singular(words: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words.split())


class Lexicon:
    """Concepts by kind and by every name; built from the vocabulary's triples."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {}
        self._by_name: dict[tuple[str, str], set[str]] = {}
        for c in concepts:
            self.concepts[c.iri] = c
            for name in c.names | {normalise(c.key.replace("-", " "))}:
                self._by_name.setdefault((c.kind, name), set()).add(c.iri)

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad | ox.Triple]) -> Lexicon:
        """The lexicon of every ``skos:Concept`` under ``/id/{kind}/{key}`` among the triples."""
        concepts: set[str] = set()
        labels: dict[str, dict[str, list[str]]] = {}
        for q in quads:
            s, p, o = q.subject, q.predicate, q.object
            if not isinstance(s, ox.NamedNode) or not s.value.startswith(ID):
                continue
            if p.value == RDF + "type" and isinstance(o, ox.NamedNode) and o.value == SKOS + "Concept":
                concepts.add(s.value)
            elif p.value in _LABELS and isinstance(o, ox.Literal) and o.language in (None, "en"):
                labels.setdefault(s.value, {}).setdefault(p.value, []).append(o.value)
        out = []
        for iri in sorted(concepts):
            path = iri[len(ID):]
            if path.count("/") != 1:
                continue
            kind, key = path.split("/")
            found = labels.get(iri, {})
            shown = sorted(found.get(SKOS + "prefLabel") or found.get(RDFS + "label") or [key])[0]
            names = frozenset(normalise(n) for values in found.values() for n in values)
            out.append(Concept(iri, kind, key, shown, names))
        return cls(out)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Lexicon:
        """The lexicon of Turtle files (``data/vocab/*.ttl``)."""
        quads: list[ox.Quad] = []
        for path in paths:
            quads.extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        return cls.from_quads(quads)

    def find(self, kind: str, words: str) -> Concept | None:
        """The one concept of ``kind`` a wording names (its singular tried next), else None."""
        key = normalise(words)
        for candidate in (key, _singular(key)):
            hits = self._by_name.get((kind, candidate), set())
            if len(hits) == 1:
                return self.concepts[next(iter(hits))]
        return None

    def key(self, kind: str, words: str) -> str | None:
        """The key of the concept a wording names (``"video message"`` → ``pre-recorded-video``)."""
        found = self.find(kind, words)
        return found.key if found else None

    def label(self, kind: str, key: str) -> str | None:
        """The English label of a concept by key (``("role", "first-vice-chair")`` → ``First Vice-Chair``)."""
        found = self.concepts.get(f"{ID}{kind}/{key}")
        return found.label if found else None

    def keys(self, kind: str) -> list[str]:
        return sorted(c.key for c in self.concepts.values() if c.kind == kind)
