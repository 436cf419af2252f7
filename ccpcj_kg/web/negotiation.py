"""Content negotiation: which media type to answer with, from an ``Accept`` header or a suffix.

One table of the formats the web side speaks, so that the endpoint, the entity pages and the
static site agree on names, media types and file suffixes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ccpcj_kg import labels


@dataclass(frozen=True)
class Format:
    """A serialisation: its media type, the suffix a URL may carry, and pyoxigraph's name for it."""

    media_type: str
    suffix: str
    oxigraph: ox.RdfFormat | ox.QueryResultsFormat | None


HTML = Format("text/html", ".html", None)
TURTLE = Format("text/turtle", ".ttl", ox.RdfFormat.TURTLE)
JSON_LD = Format("application/ld+json", ".jsonld", ox.RdfFormat.JSON_LD)
N_TRIPLES = Format("application/n-triples", ".nt", ox.RdfFormat.N_TRIPLES)
RDF_XML = Format("application/rdf+xml", ".rdf", ox.RdfFormat.RDF_XML)
RESULTS_JSON = Format("application/sparql-results+json", ".srj", ox.QueryResultsFormat.JSON)
RESULTS_XML = Format("application/sparql-results+xml", ".srx", ox.QueryResultsFormat.XML)
RESULTS_CSV = Format("text/csv", ".csv", ox.QueryResultsFormat.CSV)
RESULTS_TSV = Format("text/tab-separated-values", ".tsv", ox.QueryResultsFormat.TSV)

GRAPH_FORMATS = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML)  # CONSTRUCT / DESCRIBE answers, entity data
RESULT_FORMATS = (RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV)  # SELECT / ASK answers
ENTITY_FORMATS = (HTML, *GRAPH_FORMATS)
BY_SUFFIX = {f.suffix: f for f in ENTITY_FORMATS}

# Media types clients send for the same thing (application/json for SPARQL JSON, and so on).
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/xhtml+xml": "text/html",
    "application/json+ld": "application/ld+json",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``text/html;q=0.9, */*;q=0.1`` → ``[("text/html", 0.9), ("*/*", 0.1)]`` (malformed q is 0)."""
    ranges: list[tuple[str, float]] = []
    for part in (header or "").split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((ALIASES.get(media, media), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range that matches ``media_type`` (0 when none does)."""
    best_specificity, best_q = -1, 0.0
    major = media_type.split("/")[0]
    for media, q in ranges:
        if media == media_type:
            specificity = 2
        elif media == f"{major}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, best_q = specificity, q
    return best_q


def choose(header: str | None, offered: Sequence[Format]) -> Format | None:
    """The offered format the client prefers; the first offered when it has no preference.

    ``None`` when the client accepts none of them (the caller answers 406)."""
    ranges = parse_accept(header)
    if not ranges:
        return offered[0]
    best: Format | None = None
    best_q = 0.0
    for fmt in offered:  # ties go to the earlier offer
        q = _quality(fmt.media_type, ranges)
        if q > best_q:
            best, best_q = fmt, q
    return best


def language(asked: str | None, accept_language: str | None) -> str:
    """The language of a page's labels: ``?lang=`` when given (checked: a malformed tag is
    :class:`~ccpcj_kg.errors.InputError`, a 400), else the first of the six UN languages the
    ``Accept-Language`` header ranks highest (``zh-CN`` counts as ``zh``), else English."""
    if asked is not None:
        return labels.language(asked)
    best, best_q = labels.DEFAULT_LANGUAGE, 0.0
    for tag, q in parse_accept(accept_language):  # ties go to the earlier tag
        primary = tag.split("-")[0]
        if primary in labels.UN_LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def serialize_triples(triples: Sequence[ox.Triple], fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples as bytes in a graph format (``fmt`` must be one of ``GRAPH_FORMATS``)."""
    if not isinstance(fmt.oxigraph, ox.RdfFormat):
        raise ValueError(f"{fmt.media_type} is not an RDF graph format")
    out = ox.serialize(triples, format=fmt.oxigraph, prefixes=prefixes)
    return out if out is not None else b""
