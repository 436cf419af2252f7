"""Links, codes and six-language labels (data/links/, data/labels/; docs/linking.md).

The hand-checked values below were read by a person in the vendored tables (reference/links/),
row by row, and agree with the public repositories named in reference/links/README.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ID = "https://w3id.org/ccpcj-kg/id/"
WD = "http://www.wikidata.org/entity/"
Rows = list[dict[str, str]]
Select = Callable[[str], Rows]


def test_the_files_are_what_the_script_makes_from_the_vendored_tables() -> None:
    """A fresh clone regenerates data/links/*.ttl and data/labels/states.ttl byte for byte."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_links.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_every_state_has_exactly_one_wikidata_item_and_no_item_is_shared(select: Select) -> None:
    rows = select("""SELECT ?s (COUNT(?item) AS ?n) WHERE {
        ?s a ccpcj:State . OPTIONAL { ?s skos:exactMatch ?item FILTER(STRSTARTS(STR(?item), str(wd:))) }
    } GROUP BY ?s""")
    assert len(rows) == 195
    assert {r["n"] for r in rows} == {"1"}
    items = select("SELECT DISTINCT ?item WHERE { ?s a ccpcj:State ; skos:exactMatch ?item }")
    assert len(items) == 195


@pytest.mark.parametrize(
    ("alpha3", "item", "passages"),
    [  # (State, item, the rows it was read from: country-codes row, OWID row)
        ("FRA", "Q142", {"datasets-country-codes/row/80", "owid-countries-regions/row/84"}),
        ("KEN", "Q114", {"datasets-country-codes/row/120", "owid-countries-regions/row/126"}),
        ("TUR", "Q43", {"datasets-country-codes/row/228", "owid-countries-regions/row/249"}),
        ("CZE", "Q213", {"datasets-country-codes/row/61", "owid-countries-regions/row/64"}),
        ("PSE", "Q219060", {"datasets-country-codes/row/212", "owid-countries-regions/row/185"}),
        ("VAT", "Q237", {"datasets-country-codes/row/102", "owid-countries-regions/row/265"}),
        ("NAM", "Q1030", {"owid-countries-regions/row/165"}),  # country-codes leaves it blank
    ],
)
def test_state_links_checked_by_hand(select: Select, alpha3: str, item: str, passages: set[str]) -> None:
    rows = select(f"""SELECT ?item ?p WHERE {{ GRAPH ?g {{ state:{alpha3} skos:exactMatch ?item ;
        prov:wasDerivedFrom ?p }} FILTER(STRENDS(STR(?g), "data/links/wikidata")) }}""")
    assert {r["item"] for r in rows} == {WD + item}
    assert {r["p"].removeprefix(ID + "source/") for r in rows} == passages


@pytest.mark.parametrize(
    ("org", "item"),
    [("european-union", "Q458"), ("ccpcj", "Q104842946"), ("interpol", "Q8475"), ("unicef", "Q740308")],
)
def test_organization_links_checked_by_hand(select: Select, org: str, item: str) -> None:
    rows = select(f"SELECT ?item WHERE {{ organization:{org} skos:exactMatch ?item }}")
    assert rows == [{"item": WD + item}]


@pytest.mark.parametrize(
    ("org", "item", "passages"),
    [  # read by hand: igo.py's INTL_ORGS entry 7 is "Q656812": "Office of the High Commissioner for
       # Human Rights"; entry 5 "Q170075" ECOSOC, which supraverden's row 465 also gives
        ("ohchr", "Q656812", {"opensanctions-igo/row/7"}),
        ("ecosoc", "Q170075", {"opensanctions-igo/row/5", "supraverden-bodies/row/465"}),
        ("united-nations", "Q1065", {"opensanctions-igo/row/1", "supraverden-bodies/row/463", "ror-records/row/2"}),
        # ROR v2.8/056d84691.json: Karolinska Institutet, Sweden, ki.se, wikidata Q219564;
        # v1.10/0109p9r67.json: Joint United Nations Programme on HIV/AIDS, unaids.org, Q588982
        ("karolinska-institutet", "Q219564", {"ror-records/row/17"}),
        ("unaids", "Q588982", {"ror-records/row/6"}),
    ],
)
def test_organization_links_and_their_two_sources(select: Select, org: str, item: str, passages: set[str]) -> None:
    rows = select(f"""SELECT ?item ?p WHERE {{ GRAPH ?g {{ organization:{org} skos:exactMatch ?item ;
        prov:wasDerivedFrom ?p }} FILTER(STRENDS(STR(?g), "data/links/wikidata")) }}""")
    assert {r["item"] for r in rows} == {WD + item}
    assert {r["p"].removeprefix(ID + "source/") for r in rows} == passages


@pytest.mark.parametrize(
    ("alpha3", "m49"), [("AFG", "004"), ("FRA", "250"), ("PSE", "275"), ("VAT", "336"), ("KEN", "404")]
)
def test_m49_and_iso_codes_are_typed_notations(select: Select, alpha3: str, m49: str) -> None:
    rows = select(f"SELECT ?code (STR(DATATYPE(?code)) AS ?type) WHERE {{ state:{alpha3} skos:notation ?code }}")
    got = {r["type"].removeprefix("https://w3id.org/ccpcj-kg/ontology#"): r["code"] for r in rows}
    plain = select(f"SELECT ?a2 ?num WHERE {{ state:{alpha3} ccpcj:iso3166Alpha2 ?a2 ; ccpcj:iso3166Numeric ?num }}")
    assert got == {"M49Code": m49, "ISO3166NumericCode": m49, "ISO3166Alpha3Code": alpha3,
                   "ISO3166Alpha2Code": plain[0]["a2"]}
    assert plain[0]["num"] == m49


@pytest.mark.parametrize(
    ("alpha3", "labels"),
    [
        ("FRA", {"en": "France", "fr": "France", "es": "Francia", "ru": "Франция", "ar": "فرنسا", "zh": "法国"}),
        ("CZE", {"en": "Czechia", "fr": "Tchéquie", "es": "Chequia", "ru": "Чехия", "ar": "تشيكيا", "zh": "捷克"}),
        ("PSE", {"en": "State of Palestine", "fr": "État de Palestine", "es": "Estado de Palestina",
                 "ru": "Государство Палестина", "ar": "دولة فلسطين", "zh": "巴勒斯坦国"}),
        ("VAT", {"en": "Holy See", "fr": "Saint-Siège", "es": "Santa Sede", "ru": "Святой Престол",
                 "ar": "الكرسي الرسولي", "zh": "教廷"}),
    ],
)
def test_six_language_labels_checked_by_hand(select: Select, alpha3: str, labels: dict[str, str]) -> None:
    rows = select(f"SELECT ?l (LANG(?l) AS ?lang) WHERE {{ state:{alpha3} skos:prefLabel ?l }}")
    assert {r["lang"]: r["l"] for r in rows} == labels


def test_every_state_has_one_preferred_label_per_language_and_english_is_its_label(select: Select) -> None:
    rows = select("""SELECT ?s ?lang (COUNT(?l) AS ?n) WHERE { ?s a ccpcj:State ; skos:prefLabel ?l
        BIND(LANG(?l) AS ?lang) } GROUP BY ?s ?lang""")
    assert len(rows) == 195 * 6
    assert {r["n"] for r in rows} == {"1"}
    assert {r["lang"] for r in rows} == {"ar", "zh", "en", "fr", "ru", "es"}
    assert not select("""SELECT ?s WHERE { ?s a ccpcj:State ; rdfs:label ?en ; skos:prefLabel ?p
        FILTER(LANG(?p) = "en" && STR(?p) != STR(?en)) }""")


def test_no_two_states_share_a_preferred_label_in_a_language(select: Select) -> None:
    assert not select("""SELECT ?a ?b ?l WHERE { ?a a ccpcj:State ; skos:prefLabel ?l . ?b a ccpcj:State ;
        skos:prefLabel ?l . FILTER(STR(?a) < STR(?b)) }""")


# -- topics → UNBIS Thesaurus and SDG targets; documents → symbols (read by hand in the sources:
# the UNBIS scrape's all_topics.json at the position given, the SDG KOS Turtle at the line given) --
@pytest.mark.parametrize(
    ("topic", "predicate", "concept", "rows"),
    [  # UNBIS: all_topics.json position 1349 is 1001328 CORRUPTION; SDG: line 3192 is 16.5's English
       # label, and the 71st key of Open SDG's global_targets.yml, "16-5-title", has the same text
        ("corruption", "exactMatch", "thesaurus/1001328", {"unbis-concepts/row/1349", "topic-matches/row/4"}),
        ("trafficking-in-persons", "exactMatch", "thesaurus/1006622",
         {"unbis-concepts/row/6783", "topic-matches/row/23"}),
        ("access-to-justice", "closeMatch", "thesaurus/1003669", {"unbis-concepts/row/3760", "topic-matches/row/1"}),
        ("corruption", "closeMatch", "sdg/16.5", {"sdg-kos-targets/row/71", "open-sdg-targets/row/71",
                                                   "topic-matches/row/31"}),
        ("organized-crime", "closeMatch", "sdg/16.4", {"sdg-kos-targets/row/70", "topic-matches/row/30"}),
        ("wildlife-trafficking", "closeMatch", "sdg/15.7", {"sdg-kos-targets/row/60", "topic-matches/row/35"}),
    ],
)
def test_topic_links_checked_by_hand(select: Select, topic: str, predicate: str, concept: str,
                                     rows: set[str]) -> None:
    found = select(f"""SELECT ?c WHERE {{ topic:{topic} skos:{predicate} ?c
        FILTER(STRSTARTS(STR(?c), "http://metadata.un.org/")) }}""")
    assert "http://metadata.un.org/" + concept in {r["c"] for r in found}
    cited = select(f"SELECT ?p WHERE {{ topic:{topic} prov:wasDerivedFrom ?p }}")
    assert rows <= {r["p"].removeprefix(ID + "source/") for r in cited}


def test_topic_links_are_exact_only_into_the_thesaurus_and_never_twice_in_one_scheme(select: Select) -> None:
    assert not select("""SELECT ?t WHERE { ?t skos:exactMatch ?c
        FILTER(STRSTARTS(STR(?c), "http://metadata.un.org/sdg/")) }""")
    counts = select("""SELECT ?scheme (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t skos:exactMatch|skos:closeMatch ?c
        FILTER(STRSTARTS(STR(?t), str(topic:)))
        BIND(IF(CONTAINS(STR(?c), "/thesaurus/"), "unbis", "sdg") AS ?scheme) } GROUP BY ?scheme""")
    assert {r["scheme"]: r["n"] for r in counts} == {"unbis": "23", "sdg": "10"}


@pytest.mark.parametrize(
    ("doc", "symbol", "link"),
    [
        ("E_CN.15_2022_L.4_Rev.1", "E/CN.15/2022/L.4/Rev.1", "https://undocs.org/E/CN.15/2022/L.4/Rev.1"),
        ("A_RES_415_V", "A/RES/415 (V)", "https://undocs.org/A/RES/415%20(V)"),
        ("E_RES_155_C_VII", "E/RES/155 C (VII)", "https://undocs.org/E/RES/155%20C%20(VII)"),
        ("E_2022_30", "E/2022/30", "https://undocs.org/E/2022/30"),
    ],
)
def test_document_symbols_checked_by_hand(select: Select, doc: str, symbol: str, link: str) -> None:
    rows = select(f"""SELECT ?n (STR(DATATYPE(?n)) AS ?type) ?see WHERE {{
        <{ID}document/{doc}> skos:notation ?n ; rdfs:seeAlso ?see }}""")
    assert rows == [{"n": symbol, "type": "https://w3id.org/ccpcj-kg/ontology#UNDocumentSymbol", "see": link}]


def test_a_symbol_rests_on_its_documents_record(select: Select) -> None:
    """The symbol equals the document's identifier, whose record cites where it was read."""
    rows = select(f"""SELECT ?id ?p WHERE {{ <{ID}document/A_RES_45_110> dcterms:identifier ?id ;
        skos:notation ?n ; prov:wasDerivedFrom ?p FILTER(STR(?n) = ?id) }}""")
    assert rows == [{"id": "A/RES/45/110", "p": ID + "document/E_2022_30/para/1"}]


def test_a_malformed_symbol_or_topic_link_is_a_violation(tmp_path: Path) -> None:
    """The shapes refuse a symbol that is not the document's identifier and a topic link outside the two schemes."""
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
<https://w3id.org/ccpcj-kg/id/document/E_2022_30> skos:notation "E/2022/31"^^ccpcj:UNDocumentSymbol .
<https://w3id.org/ccpcj-kg/id/topic/fraud> skos:closeMatch <http://metadata.un.org/thesaurus/fraud> .
""", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "ccpcj_kg", "validate", str(bad), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    shapes = {r.get("shape", "") for r in json.loads(done.stdout)}
    assert any("DocumentNotationShape" in s for s in shapes) and any("TopicMatchShape" in s for s in shapes), shapes
