"""Labels in a chosen language, falling back to English: one rule for the CLI, the API and web pages.

Every thing has one English ``rdfs:label``; States (and whatever else a source gives names for)
also carry ``skos:prefLabel`` in the six UN languages (docs/linking.md). Asking for a language
picks, per IRI, the first of:

1. a label in that language (``zh`` also takes ``zh-Hans``/``zh-CN``; ``rdfs:label`` before ``skos:prefLabel``);
2. the English label (the fallback: every thing has one);
3. a label with no language tag, then any other, alphabetically (so the choice is deterministic).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import RDFS, SKOS

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")  # the six official languages of the United Nations
DEFAULT_LANGUAGE = "en"
LABEL_PREDICATES = (RDFS + "label", SKOS + "prefLabel")  # in order of preference within a language

Labeler = Callable[[set[str]], dict[str, str]]
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def language(tag: str | None) -> str:
    """A language tag as given on the command line or in a URL, checked and lower-cased.

    ``None`` or empty → English. Not a BCP 47-shaped tag → :class:`InputError` (exit 2)."""
    if not tag:
        return DEFAULT_LANGUAGE
    tag = tag.strip()
    if not _TAG.match(tag):
        raise InputError(
            f"--lang {tag!r}: not a language tag (use one of {', '.join(UN_LANGUAGES)}, or another BCP 47 tag)"
        )
    return tag.lower()


def matches(literal_language: str, wanted: str) -> bool:
    """``zh-hans`` matches ``zh``; ``en`` matches ``en`` (SPARQL's langMatches, case-insensitive)."""
    have = literal_language.lower()
    return have == wanted or have.startswith(wanted + "-")


def pick(candidates: Iterable[tuple[int, ox.Literal]], wanted: str = DEFAULT_LANGUAGE) -> ox.Literal | None:
    """The best label for ``wanted`` among (predicate rank, literal) pairs, or None."""

    def rank(item: tuple[int, ox.Literal]) -> tuple[int, int, str]:
        pred_rank, lit = item
        lang = lit.language or ""
        if lang and matches(lang, wanted):
            tier = 0
        elif lang and matches(lang, DEFAULT_LANGUAGE):
            tier = 1
        elif not lang:
            tier = 2
        else:
            tier = 3
        return tier, pred_rank, lit.value

    best = min(candidates, key=rank, default=None)
    return best[1] if best else None


def label_of(store: ox.Store, iri: str, wanted: str = DEFAULT_LANGUAGE) -> str | None:
    """The label of one IRI in ``wanted`` (English if it has none in that language)."""
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    candidates = [
        (rank, q.object)
        for rank, pred in enumerate(LABEL_PREDICATES)
        for q in store.quads_for_pattern(node, ox.NamedNode(pred), None, None)
        if isinstance(q.object, ox.Literal)
    ]
    found = pick(candidates, wanted)
    return found.value if found else None


def store_labeler(store: ox.Store, wanted: str = DEFAULT_LANGUAGE) -> Labeler:
    """A function from a set of IRIs to their labels in ``wanted`` (IRIs without any label left out)."""

    def labels(iris: set[str]) -> dict[str, str]:
        out = {}
        for iri in iris:
            found = label_of(store, iri, wanted)
            if found is not None:
                out[iri] = found
        return out

    return labels
