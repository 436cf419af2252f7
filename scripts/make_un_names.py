#!/usr/bin/env python3
"""Make the labels file of the UN's own things' official names from the table of quoted names.

    .venv/bin/python scripts/make_un_names.py           # (re)write data/labels/un-names.ttl
    .venv/bin/python scripts/make_un_names.py --check   # exit 1 if the file differs from what it would write

Input: ``reference/labels/un-official-names.tsv``, one row per name read in a United Nations
web page (un.org, news.un.org, press.un.org, unodc.org and its portals): the thing (``id:…``), the
language (ar, zh, fr, ru or es), the name, the page's source node (``source/{slug}`` in
``data/sources.ttl``, whose ``dcterms:identifier`` is the page's address), that address, the date
it was read, the words of the page that contain the name, quoted exactly, and a note on how the
name was cut from them.

Writes ``data/labels/un-names.ttl``: each name as the thing's ``skos:prefLabel`` in its language,
the thing ``prov:wasDerivedFrom`` a passage ``source/{slug}/section/{thing}-{language}`` of the
page, and that passage, whose ``ccpcj:locator`` is the quoted words (docs/linking.md, "Official
names of the UN's own things").

The script stops when a name is not, character for character, inside its quote (the only cuts
allowed are a leading article and Chinese title marks 《》, which leave the name a substring); when
the thing has no English label in ``data/``; when the page has no source node or the node gives
another address or language; when a language is listed twice for a thing, or is at the same time
a gap in ``reference/labels/un-name-gaps.tsv``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generated import write_or_check  # noqa: E402  (scripts/ is on sys.path when a script runs)

from ccpcj_kg.canonical import to_turtle  # noqa: E402
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, PROV, RDF, RDFS, SKOS  # noqa: E402

TABLE = ROOT / "reference" / "labels" / "un-official-names.tsv"
GAPS = ROOT / "reference" / "labels" / "un-name-gaps.tsv"
OUT = "data/labels/un-names.ttl"
LANGUAGES = {"ar": "Arabic", "zh": "Chinese", "fr": "French", "ru": "Russian", "es": "Spanish"}
COLUMNS = ["thing", "lang", "name", "source", "url", "read", "quote", "note"]

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def read_rows(path: Path = TABLE) -> list[dict[str, str]]:
    """The table's rows; a malformed header or an empty cell (the note may be empty) stops the script."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            raise SystemExit(f"{path.name}: the columns must be {', '.join(COLUMNS)}")
        rows = list(reader)
    for n, row in enumerate(rows, start=1):
        empty = [c for c in COLUMNS[:-1] if not (row.get(c) or "").strip()]
        if empty:
            raise SystemExit(f"{path.name} row {n}: empty {', '.join(empty)}")
    return rows


def documented_gaps(path: Path = GAPS) -> set[tuple[str, str]]:
    """(thing, language) pairs that the gap table says have no official name at hand."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {(row["thing"], lang) for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                for lang in row["missing"].split()}


def load_data() -> ox.Store:
    """Every data file except the one this script writes."""
    store = ox.Store()
    for path in sorted((ROOT / "data").rglob("*.ttl")):
        if path.relative_to(ROOT).as_posix() != OUT:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _objects(store: ox.Store, subject: str, predicate: str) -> list[ox.NamedNode | ox.Literal]:
    return [q.object for q in store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)]  # type: ignore[misc]


def english_label(store: ox.Store, iri: str) -> str | None:
    labels = [o.value for o in _objects(store, iri, RDFS + "label") if isinstance(o, ox.Literal) and o.language == "en"]
    return labels[0] if len(labels) == 1 else None


def render() -> str:
    rows = read_rows()
    gaps = documented_gaps()
    store = load_data()
    triples: set[Triple] = set()
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(rows, start=1):
        thing, lang, name, slug, url, _read, quote = (row[c] for c in COLUMNS[:-1])
        where = f"{TABLE.name} row {n} ({thing} {lang})"
        if lang not in LANGUAGES:
            raise SystemExit(f"{where}: the language must be one of {', '.join(LANGUAGES)}")
        if (thing, lang) in seen:
            raise SystemExit(f"{where}: this thing has a name in this language already")
        seen.add((thing, lang))
        if (thing, lang) in gaps:
            raise SystemExit(f"{where}: {GAPS.name} lists it as a gap: remove {lang} from the row's 'missing'")
        if " ".join(name.split()) != name or name not in quote:
            raise SystemExit(f"{where}: the name is not, character for character, in the quoted words")
        if not thing.startswith("id:"):
            raise SystemExit(f"{where}: the thing must be an id:… IRI")
        iri = ID + thing[3:]
        english = english_label(store, iri)
        if english is None:
            raise SystemExit(f"{where}: {iri} has no (single) English rdfs:label in data/")
        others = [o for o in _objects(store, iri, SKOS + "prefLabel")
                  if isinstance(o, ox.Literal) and o.language == lang]
        if others:
            raise SystemExit(f"{where}: data/ gives it a {lang} skos:prefLabel already")
        source = ID + "source/" + slug
        if ox.NamedNode(CCPCJ + "Source") not in _objects(store, source, RDF + "type"):
            raise SystemExit(f"{where}: no ccpcj:Source source/{slug} in data/sources.ttl")
        if [o.value for o in _objects(store, source, DCTERMS + "identifier")] != [url]:
            raise SystemExit(f"{where}: source/{slug} gives another address than {url} (dcterms:identifier)")
        if [o.value for o in _objects(store, source, DCTERMS + "language")] != [lang]:
            raise SystemExit(f"{where}: source/{slug} is not a page in {lang} (dcterms:language)")
        passage = ox.NamedNode(f"{source}/section/{thing[3:].replace('/', '-')}-{lang}")
        node = ox.NamedNode(iri)
        triples |= {
            (node, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(name, language=lang)),
            (node, ox.NamedNode(PROV + "wasDerivedFrom"), passage),
            (passage, ox.NamedNode(RDF + "type"), ox.NamedNode(CCPCJ + "Passage")),
            (passage, ox.NamedNode(RDFS + "label"),
             ox.Literal(f"the name in {LANGUAGES[lang]} of {english}", language="en")),
            (passage, ox.NamedNode(DCTERMS + "isPartOf"), ox.NamedNode(source)),
            (passage, ox.NamedNode(CCPCJ + "locator"), ox.Literal(f"the words: {quote}")),
        }
    return to_turtle(sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))))


def main() -> None:
    write_or_check({OUT: render()}, "scripts/make_un_names.py", __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
