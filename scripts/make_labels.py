#!/usr/bin/env python3
"""Make the six-language label files of the project's own terms from the translation table.

    .venv/bin/python scripts/make_labels.py           # (re)write the files below
    .venv/bin/python scripts/make_labels.py --check   # exit 1 if any file differs from what it would write

Input: ``reference/labels/project-translations.tsv``, one row per term (an ontology class or
property ``ccpcj:…``, a concept or concept scheme of ``data/vocab/`` ``id:…``): its English label
and the project's translations into Arabic, Chinese, French, Russian and Spanish. Row n is
``source/ccpcj-kg-translations/row/{n}``, the nth data row after the header: new terms are
appended, never sorted in, so that a row's IRI does not change.

Writes (docs/linking.md, "Labels in other languages"):

- ``ontology/labels.ttl`` (loaded into the ontology graph): each ontology term's
  ``skos:prefLabel`` in the six languages, the English one its ``rdfs:label``, and
  ``dcterms:source`` the row it comes from;
- ``data/labels/project-terms.ttl``: each concept's and scheme's ``skos:prefLabel`` in the five
  other languages (the English one is in ``data/vocab/``), ``prov:wasDerivedFrom`` its row, and
  the source and its row passages (the ones ``ontology/labels.ttl`` cites too).

These are the project's translations, not the United Nations' terminology: the source node says
so, and so does every page that shows them. The English column must equal the term's current
``rdfs:label`` (a translation is of one English wording: when that changes, the script stops and
the row must be translated again); every term must have exactly one row, every cell filled.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generated import write_or_check  # noqa: E402  (scripts/ is on sys.path when a script runs)

from ccpcj_kg.canonical import to_turtle  # noqa: E402
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, OWL, PROV, RDF, RDFS, SKOS  # noqa: E402

TABLE = ROOT / "reference" / "labels" / "project-translations.tsv"
SOURCE = ID + "source/ccpcj-kg-translations"
OTHER_LANGUAGES = ("ar", "zh", "fr", "ru", "es")  # the UN languages besides English, as the table's columns
ONTOLOGY_OUT = "ontology/labels.ttl"
DATA_OUT = "data/labels/project-terms.ttl"
VOCAB_FILES = ("data/vocab/controlled.ttl", "data/vocab/topics.ttl")
PREFIXED = {"ccpcj:": CCPCJ, "id:": ID}

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def expand(term: str) -> str:
    for prefix, ns in PREFIXED.items():
        if term.startswith(prefix):
            return ns + term[len(prefix):]
    raise SystemExit(f"{TABLE.name}: {term!r} is neither ccpcj:… nor id:…")


def english_labels(paths: Iterable[str], subjects_of: Iterable[str]) -> dict[str, str]:
    """IRI → English rdfs:label of every subject typed with one of ``subjects_of`` in ``paths``."""
    store = ox.Store()
    for rel in paths:
        store.bulk_load(path=str(ROOT / rel), format=ox.RdfFormat.TURTLE)
    types = " ".join(f"<{t}>" for t in subjects_of)
    query = f"""SELECT DISTINCT ?s ?label WHERE {{ VALUES ?type {{ {types} }} ?s a ?type .
        OPTIONAL {{ ?s <{RDFS}label> ?label FILTER(LANG(?label) = "en") }} }}"""
    out: dict[str, str] = {}
    for row in store.query(query):  # type: ignore[union-attr]
        iri = row["s"].value
        if not iri.startswith((CCPCJ, ID)) or iri == CCPCJ:
            continue
        if row["label"] is None:
            raise SystemExit(f"{iri}: no English rdfs:label to translate")
        out[iri] = row["label"].value
    return out


def read_table() -> list[tuple[int, dict[str, str]]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1))


def render() -> dict[str, str]:
    ontology_terms = english_labels(["ontology/ccpcj.ttl"], [
        OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty",
        RDFS + "Datatype"])
    vocab_terms = english_labels(VOCAB_FILES, [SKOS + "Concept", SKOS + "ConceptScheme"])
    onto: set[Triple] = set()
    data: set[Triple] = set()
    seen: set[str] = set()

    def lit(text: str, lang: str) -> ox.Literal:
        return ox.Literal(" ".join(text.split()), language=lang)

    for n, row in read_table():
        iri = expand(row["term"])
        if iri in seen:
            raise SystemExit(f"{TABLE.name} row {n}: {row['term']} has a row already")
        seen.add(iri)
        english = ontology_terms.get(iri, vocab_terms.get(iri))
        if english is None:
            raise SystemExit(f"{TABLE.name} row {n}: {row['term']} is not a term of the ontology or data/vocab/")
        if row["en"] != english:
            raise SystemExit(f"{TABLE.name} row {n}: {row['term']} reads {english!r} now, the table translates "
                             f"{row['en']!r}: translate the new wording")
        missing = [lang for lang in OTHER_LANGUAGES if not (row.get(lang) or "").strip()]
        if missing:
            raise SystemExit(f"{TABLE.name} row {n}: {row['term']} has no {', '.join(missing)}")
        passage = ox.NamedNode(f"{SOURCE}/row/{n}")
        data |= {
            (passage, ox.NamedNode(RDF + "type"), ox.NamedNode(CCPCJ + "Passage")),
            (passage, ox.NamedNode(RDFS + "label"), ox.Literal(f"project translations table, row {n}", language="en")),
            (passage, ox.NamedNode(DCTERMS + "isPartOf"), ox.NamedNode(SOURCE)),
            (passage, ox.NamedNode(CCPCJ + "locator"), ox.Literal(f"row {n}")),
        }
        node = ox.NamedNode(iri)
        labels = {(node, ox.NamedNode(SKOS + "prefLabel"), lit(row[lang], lang)) for lang in OTHER_LANGUAGES}
        if iri in ontology_terms:
            onto |= labels | {(node, ox.NamedNode(SKOS + "prefLabel"), lit(english, "en")),
                              (node, ox.NamedNode(DCTERMS + "source"), passage)}
        else:
            data |= labels | {(node, ox.NamedNode(PROV + "wasDerivedFrom"), passage)}
    unlisted = sorted((set(ontology_terms) | set(vocab_terms)) - seen)
    if unlisted:
        raise SystemExit(f"{TABLE.name}: no row for {', '.join(unlisted)}: append one per term (its English "
                         "label and the five translations; appended, so that existing row numbers stay) and "
                         "run scripts/make_labels.py")
    source = ox.NamedNode(SOURCE)
    data |= {
        (source, ox.NamedNode(RDF + "type"), ox.NamedNode(CCPCJ + "Source")),
        (source, ox.NamedNode(RDFS + "label"), ox.Literal("ccpcj-kg project translations", language="en")),
        (source, ox.NamedNode(DCTERMS + "title"), ox.Literal(
            "Translations of the ccpcj-kg ontology's terms and controlled vocabularies into Arabic, Chinese, "
            "French, Russian and Spanish", language="en")),
        (source, ox.NamedNode(DCTERMS + "identifier"), ox.Literal("reference/labels/project-translations.tsv")),
        (source, ox.NamedNode(SKOS + "note"), ox.Literal(
            "Written by the project for its own terms (ontology classes and properties, concepts and concept "
            "schemes), which no official text names in those languages. They are the project's translations, "
            "not the terminology of the United Nations (UNTERM) and not official names: where a label quotes a "
            "UN text (the Kyoto Declaration's pillars, the Commission's name), the official wording in that "
            "language may differ. Row n is the nth data row after the header of "
            "reference/labels/project-translations.tsv; its English column is the rdfs:label translated.",
            language="en")),
    }
    # dcterms:source must be an annotation property for the ontology to stay in OWL 2 DL.
    declared = ox.NamedNode(DCTERMS + "source")
    onto |= {
        (declared, ox.NamedNode(RDF + "type"), ox.NamedNode(OWL + "AnnotationProperty")),
        (declared, ox.NamedNode(RDFS + "label"), ox.Literal("source", language="en")),
        (declared, ox.NamedNode(SKOS + "scopeNote"), ox.Literal(
            "The row of the project's translation table a term's labels in other languages come from.",
            language="en")),
        (declared, ox.NamedNode(RDFS + "isDefinedBy"), ox.NamedNode("http://purl.org/dc/terms/")),
    }
    return {ONTOLOGY_OUT: _turtle(onto), DATA_OUT: _turtle(data)}


def _turtle(triples: set[Triple]) -> str:
    return to_turtle(sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))))  # type: ignore[arg-type]


def main() -> None:
    write_or_check(render(), "scripts/make_labels.py", __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
