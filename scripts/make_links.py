#!/usr/bin/env python3
"""Make the link and label files from the vendored reference tables (``reference/links/``).

    .venv/bin/python scripts/make_links.py           # (re)write the files below
    .venv/bin/python scripts/make_links.py --check   # exit 1 if any file differs from what it would write

Writes, each file its own named graph (docs/linking.md):

- ``data/links/wikidata.ttl``: ``skos:exactMatch`` from States and organizations to Wikidata items;
- ``data/links/state-codes.ttl``: every State's M49 and ISO 3166-1 codes as typed ``skos:notation``s;
- ``data/labels/states.ttl``: every State's ``skos:prefLabel`` in the six UN languages;
- ``data/links/topics.ttl``: ``skos:exactMatch``/``skos:closeMatch`` from topics to UNBIS Thesaurus
  concepts and SDG targets, as the curated table ``topic-matches.csv`` judges them;
- ``data/links/document-symbols.ttl``: every UN document's symbol as a typed ``skos:notation``
  (``ccpcj:UNDocumentSymbol``) and its ``rdfs:seeAlso`` link to the UN's symbol resolver (undocs.org).

Inputs (read-only; where each comes from is in ``reference/links/README.md``): the curated files of
``data/`` (IRIs, codes, names, identifiers), the vendored tables and the curated ``topic-matches.csv``.
A passage is a row of a table (``source/{table}/row/{n}``): the nth row of the original where the
table keeps them all, else the position its ``row`` column gives (the UNBIS concepts, the SDG
targets), or the nth row of our own table (the ROR records it names by file).

Rules (why: docs/linking.md):

- A State's Wikidata item comes from the country-codes table (``wikidata_id``) and is checked
  against Our World in Data's table; the two must agree or the script stops. Where only one
  gives an item (Namibia: the country-codes table leaves it blank), the one is used and cited alone.
- A State's M49 code comes from the country-codes table and must equal its ISO 3166-1 numeric code
  (M49 uses the ISO numeric code for countries); its ISO codes come from ``states.ttl``, checked
  against the table.
- Labels: the UN Statistics Division's M49 names in Arabic, Chinese, French, Russian and Spanish
  (the table's ``official_name_*``); the English ``skos:prefLabel`` is the State's ``rdfs:label``
  (the DGACM name), so English keeps one preferred name.
- An organization is linked when one of its names (label or altLabel) equals the English name of
  exactly one body of the supraverden list, or one entry of OpenSanctions' registry of international
  bodies, that has a Wikidata item (or a curator's match names the body), or when a curator matched
  it to a ROR record (by name, country and website) that gives one; where several give an item they
  must agree or the script stops, and the link cites every row.
- A topic is linked to the concepts ``topic-matches.csv`` names (our judgement, one row per link,
  with the words that justify it); each concept must be a row of the vendored UNBIS or SDG table,
  which the link cites together with the judgement's row; an SDG target's text must read the same
  in Open SDG's table, whose row the link cites too.
- A document's symbol is its ``dcterms:identifier`` when that has the form of a UN symbol.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generated import write_or_check  # noqa: E402  (scripts/ is on sys.path when a script runs)

from ccpcj_kg.canonical import to_turtle  # noqa: E402
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, PROV, RDF, RDFS, SKOS  # noqa: E402

TABLES = ROOT / "reference" / "links"
WIKIDATA = "http://www.wikidata.org/entity/"
QID = re.compile(r"^Q[1-9][0-9]*$")

# Table file → (source slug, label of its passages).
COUNTRY_CODES = ("datasets-country-codes.csv", "datasets-country-codes", "country-codes table")
OWID = ("owid-countries-regions.csv", "owid-countries-regions", "Our World in Data countries table")
SUPRAVERDEN = ("supraverden-bodies.csv", "supraverden-bodies", "supraverden list of supranational bodies")
ROR = ("ror-records.csv", "ror-records", "ROR records")
IGO = ("opensanctions-igo.csv", "opensanctions-igo", "OpenSanctions registry of international bodies")
UNBIS = ("unbis-concepts.csv", "unbis-concepts", "UNBIS Thesaurus concepts (scrape)")
SDG = ("sdg-targets.csv", "sdg-kos-targets", "SDG KOS targets")
OPEN_SDG = ("open-sdg-targets.csv", "open-sdg-targets", "Open SDG texts of the global targets")
MATCHES = ("topic-matches.csv", "topic-matches", "curated topic matches")

# The six UN languages: our tag → the country-codes column holding that language's name.
LANGUAGES = {"ar": "official_name_ar", "zh": "official_name_cn", "fr": "official_name_fr",
             "ru": "official_name_ru", "es": "official_name_es"}

OUTPUTS = ("data/links/wikidata.ttl", "data/links/state-codes.ttl", "data/labels/states.ttl",
           "data/links/topics.ttl", "data/links/document-symbols.ttl")

CODE_TYPES = {  # datatype of the notation → where the value comes from
    "M49Code": "M49",
    "ISO3166Alpha2Code": "ccpcj:iso3166Alpha2",
    "ISO3166Alpha3Code": "ccpcj:iso3166Alpha3",
    "ISO3166NumericCode": "ccpcj:iso3166Numeric",
}


@dataclass
class Graph:
    """Triples of one output file, plus the passages it cites (declared in the same file)."""

    triples: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = field(default_factory=set)

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.add((ox.NamedNode(s), ox.NamedNode(p), o))

    def cite(self, thing: str, table: tuple[str, str, str], row: int) -> None:
        """``thing prov:wasDerivedFrom`` row ``row`` of ``table``, declaring the passage."""
        _, slug, label = table
        passage = f"{ID}source/{slug}/row/{row}"
        self.add(thing, PROV + "wasDerivedFrom", ox.NamedNode(passage))
        self.add(passage, RDF + "type", ox.NamedNode(CCPCJ + "Passage"))
        self.add(passage, RDFS + "label", ox.Literal(f"{label}, row {row}", language="en"))
        self.add(passage, DCTERMS + "isPartOf", ox.NamedNode(f"{ID}source/{slug}"))
        self.add(passage, CCPCJ + "locator", ox.Literal(f"row {row}"))

    def turtle(self) -> str:
        return to_turtle(sorted(self.triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))))  # type: ignore[arg-type]


def read_table(table: tuple[str, str, str]) -> list[tuple[int, dict[str, str]]]:
    """(row number from 1, row) for every data row of a vendored table."""
    with (TABLES / table[0]).open(encoding="utf-8", newline="") as fh:
        return list(enumerate(csv.DictReader(fh), start=1))


def qid(value: str) -> str | None:
    """``https://www.wikidata.org/wiki/Q889``, ``http://www.wikidata.org/entity/Q889`` or ``Q889`` → ``Q889``."""
    value = value.strip().rstrip("/")
    if not value:
        return None
    last = value.rsplit("/", 1)[-1]
    if not QID.match(last):
        raise SystemExit(f"not a Wikidata item: {value!r}")
    return last


# -- what data/ already says -----------------------------------------------------------------------
def load_data() -> ox.Store:
    """Every curated file of ``data/`` but the ones this script writes."""
    store = ox.Store()
    for path in sorted((ROOT / "data").rglob("*.ttl")):
        if str(path.relative_to(ROOT)) not in OUTPUTS:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def states(store: ox.Store) -> dict[str, dict[str, str]]:
    """alpha-3 → {iri, label, alpha2, numeric} for every State of states.ttl."""
    query = f"""SELECT ?s ?label ?a2 ?a3 ?num WHERE {{
        ?s <{CCPCJ}iso3166Alpha3> ?a3 ; <{CCPCJ}iso3166Alpha2> ?a2 ; <{CCPCJ}iso3166Numeric> ?num ;
           <{RDFS}label> ?label }}"""
    out = {}
    for row in store.query(query):  # type: ignore[union-attr]
        out[row["a3"].value] = {"iri": row["s"].value, "label": row["label"].value,
                                "alpha2": row["a2"].value, "numeric": row["num"].value}
    return out


def organization_names(store: ox.Store) -> dict[str, set[str]]:
    """organization IRI → its label and altLabels."""
    query = f"""SELECT ?s ?name WHERE {{
        ?s a ?kind . BIND(STRAFTER(STR(?s), "{ID}organization/") AS ?slug)
        FILTER(?slug != "" && !CONTAINS(?slug, "/"))
        {{ ?s <{RDFS}label> ?name }} UNION {{ ?s <{SKOS}altLabel> ?name }} }}"""
    out: dict[str, set[str]] = {}
    for row in store.query(query):  # type: ignore[union-attr]
        out.setdefault(row["s"].value, set()).add(row["name"].value)
    return out


# -- States ----------------------------------------------------------------------------------------
def state_links(known: dict[str, dict[str, str]], links: Graph, codes: Graph, labels: Graph) -> None:
    cc = {row["ISO3166-1-Alpha-3"]: (n, row) for n, row in read_table(COUNTRY_CODES)}
    owid = {row["iso_alpha3"]: (n, row) for n, row in read_table(OWID) if row["iso_alpha3"]}
    for alpha3, state in sorted(known.items()):
        iri = state["iri"]
        if alpha3 not in cc:
            raise SystemExit(f"{alpha3}: not in {COUNTRY_CODES[0]}")
        n, row = cc[alpha3]
        # Wikidata: both tables, which must agree.
        first = qid(row["wikidata_id"])
        second_row = owid.get(alpha3)
        second = qid(second_row[1]["wikidata_uri"]) if second_row else None
        if first and second and first != second:
            raise SystemExit(f"{alpha3}: {COUNTRY_CODES[0]} says {first}, {OWID[0]} says {second}")
        item = first or second
        if not item:
            raise SystemExit(f"{alpha3}: no Wikidata item in either table")
        links.add(iri, SKOS + "exactMatch", ox.NamedNode(WIKIDATA + item))
        if first:
            links.cite(iri, COUNTRY_CODES, n)
        if second and second_row:
            links.cite(iri, OWID, second_row[0])
        # Codes: ISO from states.ttl, checked against the table; M49 from the table.
        if (row["ISO3166-1-Alpha-2"], row["ISO3166-1-numeric"].zfill(3)) != (state["alpha2"], state["numeric"]):
            raise SystemExit(f"{alpha3}: ISO codes differ between states.ttl and {COUNTRY_CODES[0]}")
        m49 = row["M49"].zfill(3)
        if m49 != state["numeric"]:
            raise SystemExit(f"{alpha3}: M49 {m49} is not the ISO numeric code {state['numeric']}")
        values = {"M49Code": m49, "ISO3166Alpha2Code": state["alpha2"], "ISO3166Alpha3Code": alpha3,
                  "ISO3166NumericCode": state["numeric"]}
        for datatype, value in values.items():
            codes.add(iri, SKOS + "notation", ox.Literal(value, datatype=ox.NamedNode(CCPCJ + datatype)))
        codes.cite(iri, COUNTRY_CODES, n)
        # Labels in the six languages.
        labels.add(iri, SKOS + "prefLabel", ox.Literal(state["label"], language="en"))
        for lang, column in LANGUAGES.items():
            name = " ".join(row[column].split())
            if not name:
                raise SystemExit(f"{alpha3}: no {lang} name in {COUNTRY_CODES[0]}")
            labels.add(iri, SKOS + "prefLabel", ox.Literal(name, language=lang))
        labels.cite(iri, COUNTRY_CODES, n)


# -- organizations ---------------------------------------------------------------------------------
# Matches a curator made where the names differ only in a way the exact rule cannot see: our slug →
# the body's key in the list (its English name there). Checked: the body exists and has an item.
CURATED_MATCHES = {
    "fao": "Food and Agriculture Organization",  # ours adds "of the United Nations"
}


# The same for the OpenSanctions registry, whose names are sometimes short ("UNICEF") or lack or add
# "United Nations": our slug → the entry's name there. Checked: the entry exists.
CURATED_IGO = {
    "ecosoc": "United Nations Economic and Social Council",  # ours omits "United Nations"
    "fao": "Food and Agriculture Organization",  # ours adds "of the United Nations"
    "ohchr": "Office of the High Commissioner for Human Rights",  # ours adds "United Nations"
    "un-women": "UN Women",  # ours writes "UN-Women"
}


# ROR records a curator matched to our organizations (ROR names are generic: "Economic and Social
# Council" there is Spain's): our slug → the record's ROR ID, read with its name, country and website.
CURATED_ROR = {
    "united-nations": "006kxhp52", "iso": "004s85t07", "university-of-adelaide": "00892tw58",
    "world-bank": "00ae7jd04", "fao": "00pe0tf51", "unaids": "0109p9r67", "unep": "015z29x25",
    "who": "01f80g185", "wildlife-conservation-society": "01xnsst08", "interpol": "02cyaqf66",
    "unicef": "02dg0pv02", "iadb": "02gjn4306", "oecd": "0438wbg98", "unesco": "04h4z8k05",
    "san-jose-state-university": "04qyvz380", "undp": "051777d98", "karolinska-institutet": "056d84691",
    "council-of-europe": "05n4e2707",
}


def ror_matches(org: str) -> set[tuple[int, str]]:
    """The (row, item) of the ROR record a curator matched to this organization, if any."""
    ror_id = CURATED_ROR.get(org.rsplit("/", 1)[-1])
    if ror_id is None:
        return set()
    for n, row in read_table(ROR):
        if row["ror_id"] == f"https://ror.org/{ror_id}":
            items = row["wikidata"].split()
            if len(items) != 1:
                raise SystemExit(f"{org}: ROR record {ror_id} gives {len(items)} Wikidata items")
            return {(n, qid(items[0]) or "")}
    raise SystemExit(f"{org}: curated ROR record {ror_id} is not in {ROR[0]}")


def fold(name: str) -> str:
    """Case-folded, typographic apostrophes as ASCII ("Children’s" = "Children's"), spaces collapsed."""
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def name_index(table: tuple[str, str, str], item_column: str,
               name_columns: tuple[str, ...]) -> tuple[dict[str, set[tuple[int, str]]], dict[str, tuple[int, str]]]:
    """Folded name → {(row, item)}, and the first name column's value → (row, item), for rows with an item."""
    index: dict[str, set[tuple[int, str]]] = {}
    by_key: dict[str, tuple[int, str]] = {}
    for n, row in read_table(table):
        item = qid(row[item_column]) if QID.match(row[item_column].strip()) else None
        if not item:
            continue
        by_key[row[name_columns[0]]] = (n, item)
        for column in name_columns:
            if row[column].strip():
                index.setdefault(fold(row[column]), set()).add((n, item))
    return index, by_key


def matches(org: str, spelled: set[str], table: tuple[str, str, str], index: dict[str, set[tuple[int, str]]],
            by_key: dict[str, tuple[int, str]], curated: dict[str, str]) -> set[tuple[int, str]]:
    """The (row, item) pairs of a table that name this organization: its curated entry, else its names."""
    key = curated.get(org.rsplit("/", 1)[-1])
    if key is not None:
        if key not in by_key:
            raise SystemExit(f"{org}: curated match {key!r} is not an entry with an item in {table[0]}")
        return {by_key[key]}
    return set().union(*(index.get(fold(name), set()) for name in spelled))


def organization_links(names: dict[str, set[str]], links: Graph) -> list[str]:
    """Link each organization whose names give exactly one item, in the supraverden list or the
    OpenSanctions registry, or whose curated ROR record gives one; where several give one it must be
    the same. Return the unlinked."""
    supra = name_index(SUPRAVERDEN, "Wikidata_code", ("key", "Name_en", "Name_other_en", "Name_other_2_en"))
    igo = name_index(IGO, "qid", ("name",))
    unlinked = []
    for org, spelled in sorted(names.items()):
        found = {SUPRAVERDEN: matches(org, spelled, SUPRAVERDEN, *supra, CURATED_MATCHES),
                 IGO: matches(org, spelled, IGO, *igo, CURATED_IGO), ROR: ror_matches(org)}
        items = {table: {item for _, item in rows} for table, rows in found.items()}
        if any(len(i) > 1 for i in items.values()):
            unlinked.append(f"{org} (ambiguous: {sorted(set().union(*items.values()))})")
            continue
        given = set().union(*items.values())
        if len(given) > 1:
            raise SystemExit(f"{org}: the tables give different items {sorted(given)}")
        if not given:
            unlinked.append(org)
            continue
        links.add(org, SKOS + "exactMatch", ox.NamedNode(WIKIDATA + given.pop()))
        for table, rows in found.items():
            for n, _ in sorted(rows):
                links.cite(org, table, n)
    return unlinked


# -- topics → UNBIS Thesaurus and SDG targets -------------------------------------------------------
THESAURUS = "http://metadata.un.org/thesaurus/"
SDG_SPACE = "http://metadata.un.org/sdg/"
MATCH_PREDICATES = {"exact": SKOS + "exactMatch", "close": SKOS + "closeMatch"}


def topic_links(store: ox.Store, links: Graph) -> None:
    """One link per row of the curated table; the concept must be in the vendored table of its scheme."""
    topics = {row["s"].value.rsplit("/", 1)[-1] for row in store.query(  # type: ignore[union-attr]
        f'SELECT ?s WHERE {{ ?s a <{SKOS}Concept> FILTER(STRSTARTS(STR(?s), "{ID}topic/")) }}')}
    concepts = {("unbis", row["identifier"]): (UNBIS, int(row["row"]), row["url"]) for _, row in read_table(UNBIS)}
    concepts |= {("sdg", row["code"]): (SDG, int(row["row"]), row["iri"]) for _, row in read_table(SDG)}
    kos_text = {row["code"]: " ".join(row["en"].split()) for _, row in read_table(SDG)}
    open_sdg = {row["code"]: (int(row["row"]), row["en"]) for _, row in read_table(OPEN_SDG)}
    seen: set[tuple[str, str]] = set()
    for n, row in read_table(MATCHES):
        where = f"{MATCHES[0]}, row {n}"
        if row["topic"] not in topics:
            raise SystemExit(f"{where}: no topic {row['topic']!r} in data/vocab/topics.ttl")
        if (row["scheme"], row["concept"]) not in concepts:
            raise SystemExit(f"{where}: {row['scheme']} concept {row['concept']!r} is not in the vendored table")
        if row["match"] not in MATCH_PREDICATES or not row["evidence"].strip():
            raise SystemExit(f"{where}: match must be exact or close, with its evidence")
        if (row["topic"], row["concept"]) in seen:
            raise SystemExit(f"{where}: the same link twice")
        seen.add((row["topic"], row["concept"]))
        table, source_row, iri = concepts[(row["scheme"], row["concept"])]
        if not iri.startswith(THESAURUS if row["scheme"] == "unbis" else SDG_SPACE):
            raise SystemExit(f"{where}: {iri} is not in the scheme's namespace")
        topic = f"{ID}topic/{row['topic']}"
        links.add(topic, MATCH_PREDICATES[row["match"]], ox.NamedNode(iri))
        links.cite(topic, table, source_row)
        links.cite(topic, MATCHES, n)
        if row["scheme"] == "sdg":  # the second source must give the target the same text
            second = open_sdg.get(row["concept"])
            if not second or second[1] != kos_text[row["concept"]]:
                raise SystemExit(f"{where}: target {row['concept']} reads differently in {OPEN_SDG[0]}")
            links.cite(topic, OPEN_SDG, second[0])


# -- UN documents → their symbols ------------------------------------------------------------------
# A UN document symbol as printed on the document: series components separated by "/", each of
# capitals, digits and dots (E/CN.15/2022/L.4/Rev.1), optionally followed by a part letter and a
# session in roman numerals (A/RES/57/270 B, A/RES/415 (V), E/RES/155 C (VII)).
SYMBOL = re.compile(r"^[A-Z]+(/[A-Za-z0-9.]+)+( [A-Z])?( \([IVXLC]+\))?$")
UNDOCS = "https://undocs.org/"


def document_symbols(store: ox.Store, symbols: Graph) -> None:
    """The symbol of every document under ``/id/document/`` whose identifier has the form of one.
    Its provenance is the document's own record (the passages that record cites, in the file that
    defines it); the links file does not repeat them, so a curator's edit of a document's sources
    does not make it stale."""
    query = f"""SELECT DISTINCT ?d ?id WHERE {{ ?d <{DCTERMS}identifier> ?id
        FILTER(STRSTARTS(STR(?d), "{ID}document/")) }}"""
    for row in store.query(query):  # type: ignore[union-attr]
        doc, symbol = row["d"].value, row["id"].value
        if not SYMBOL.match(symbol):
            continue
        symbols.add(doc, SKOS + "notation", ox.Literal(symbol, datatype=ox.NamedNode(CCPCJ + "UNDocumentSymbol")))
        symbols.add(doc, RDFS + "seeAlso", ox.NamedNode(UNDOCS + quote(symbol, safe="/.()")))


# -- driver ----------------------------------------------------------------------------------------
def render() -> tuple[dict[str, str], list[str]]:
    """The text of every output file, and the organizations left without a link."""
    store = load_data()
    links, codes, labels = Graph(), Graph(), Graph()
    state_links(states(store), links, codes, labels)
    unlinked = organization_links(organization_names(store), links)
    topics, symbols = Graph(), Graph()
    topic_links(store, topics)
    document_symbols(store, symbols)
    graphs = (links, codes, labels, topics, symbols)
    texts = dict(zip(OUTPUTS, (g.turtle() for g in graphs), strict=True))
    return texts, unlinked


def main() -> None:
    texts, unlinked = render()
    write_or_check(texts, "scripts/make_links.py", __doc__.split("\n")[0])
    print(f"organizations without a Wikidata link: {len(unlinked)}", file=sys.stderr)
    for org in unlinked:
        print(f"  {org}", file=sys.stderr)


if __name__ == "__main__":
    main()
