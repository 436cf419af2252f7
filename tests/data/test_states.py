"""data/reference/states.ttl: the 195 States, their ISO codes, labels, spellings and provenance.

Expected values are taken from the sources: the DGACM list (reference CSV; row n = nth data row),
ISO 3166-1, the reference README (former names) and the seed documents (spellings).
"""

from __future__ import annotations

import pytest

ID = "https://w3id.org/ccpcj-kg/id/"
DGACM = ID + "source/reference-un-regional-groups-dgacm-2024-02-02"
README = ID + "source/reference-readme"
ISO = ID + "source/iso-3166-1"


def test_193_member_states_and_2_observer_states(select):
    rows = select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ccpcj:MemberState }")
    assert rows == [{"n": "193"}]
    rows = select("SELECT ?s WHERE { ?s a ccpcj:ObserverState } ORDER BY ?s")
    assert [r["s"] for r in rows] == [ID + "state/PSE", ID + "state/VAT"]
    assert not select("SELECT ?s WHERE { ?s a ccpcj:MemberState , ccpcj:ObserverState }")


@pytest.mark.parametrize(
    ("alpha3", "label", "alpha2", "numeric"),
    [
        ("KEN", "Kenya", "KE", "404"),
        ("TUR", "Türkiye", "TR", "792"),
        ("CZE", "Czechia", "CZ", "203"),
        ("USA", "United States of America", "US", "840"),
        ("PSE", "State of Palestine", "PS", "275"),
        ("VAT", "Holy See", "VA", "336"),
        ("IRN", "Iran (Islamic Republic of)", "IR", "364"),
        ("COD", "Democratic Republic of the Congo", "CD", "180"),
        ("COG", "Congo", "CG", "178"),
        ("PRK", "Democratic People's Republic of Korea", "KP", "408"),
        ("KOR", "Republic of Korea", "KR", "410"),
        ("CIV", "Côte d'Ivoire", "CI", "384"),
        ("BOL", "Bolivia (Plurinational State of)", "BO", "068"),
        ("FSM", "Micronesia (Federated States of)", "FM", "583"),
        ("TZA", "United Republic of Tanzania", "TZ", "834"),
        ("MDA", "Republic of Moldova", "MD", "498"),
        ("GBR", "United Kingdom of Great Britain and Northern Ireland", "GB", "826"),
        ("AFG", "Afghanistan", "AF", "004"),
    ],
)
def test_label_and_codes(select, alpha3, label, alpha2, numeric):
    rows = select(f"""
        SELECT ?label ?a2 ?a3 ?num (LANG(?label) AS ?lang) (DATATYPE(?num) AS ?dt) WHERE {{
          state:{alpha3} rdfs:label ?label ; ccpcj:iso3166Alpha2 ?a2 ;
                         ccpcj:iso3166Alpha3 ?a3 ; ccpcj:iso3166Numeric ?num .
        }}""")
    assert rows == [{"label": label, "a2": alpha2, "a3": alpha3, "num": numeric, "lang": "en",
                     "dt": "http://www.w3.org/2001/XMLSchema#string"}]


def test_every_state_has_one_label_and_three_well_formed_codes(select):
    rows = select("""
        SELECT ?s (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?a2) AS ?n2)
               (COUNT(DISTINCT ?a3) AS ?n3) (COUNT(DISTINCT ?num) AS ?nn) (SAMPLE(?a3) AS ?code)
               (SAMPLE(?a2) AS ?two) (SAMPLE(?num) AS ?three) WHERE {
          { ?s a ccpcj:MemberState } UNION { ?s a ccpcj:ObserverState }
          OPTIONAL { ?s rdfs:label ?l } OPTIONAL { ?s ccpcj:iso3166Alpha2 ?a2 }
          OPTIONAL { ?s ccpcj:iso3166Alpha3 ?a3 } OPTIONAL { ?s ccpcj:iso3166Numeric ?num }
        } GROUP BY ?s""")
    assert len(rows) == 195
    bad = [r for r in rows if (r["labels"], r["n2"], r["n3"], r["nn"]) != ("1", "1", "1", "1")
           or r["s"] != ID + "state/" + r["code"]
           or len(r["two"]) != 2 or not r["two"].isupper()
           or len(r["three"]) != 3 or not r["three"].isdigit()]
    assert not bad


@pytest.mark.parametrize("prop", ["iso3166Alpha2", "iso3166Alpha3", "iso3166Numeric"])
def test_no_two_states_share_a_code(select, prop):
    rows = select(f"""
        SELECT ?code (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ccpcj:{prop} ?code }}
        GROUP BY ?code HAVING (COUNT(DISTINCT ?s) > 1)""")
    assert rows == []


def test_no_two_states_share_a_name(select):
    rows = select("""
        SELECT ?name (GROUP_CONCAT(STR(?s); separator=" ") AS ?states) WHERE {
          { ?s a ccpcj:MemberState } UNION { ?s a ccpcj:ObserverState }
          { ?s rdfs:label ?name } UNION { ?s skos:altLabel ?name }
        } GROUP BY ?name HAVING (COUNT(DISTINCT ?s) > 1)""")
    assert rows == []


def test_dgacm_names_are_cleaned(select):
    """The CSV pads names with U+00A0 and joins two with U+202F; none of that reaches a label."""
    rows = select(r"""
        SELECT ?s ?name WHERE {
          ?s a ?kind ; rdfs:label|skos:altLabel ?name .
          VALUES ?kind { ccpcj:MemberState ccpcj:ObserverState }
          FILTER(REGEX(?name, "^\\s|\\s$|\\s\\s|[\u00a0\u202f\ufeff]"))
        }""")
    assert rows == []
    # Rows 14 and 63 of the CSV have a narrow no-break space inside the name.
    assert select("SELECT ?s WHERE { ?s rdfs:label \"Democratic Republic of the Congo\"@en }") == [
        {"s": ID + "state/COD"}]
    assert select("SELECT ?s WHERE { ?s rdfs:label \"Democratic People's Republic of Korea\"@en }") == [
        {"s": ID + "state/PRK"}]


@pytest.mark.parametrize(
    ("alpha3", "spellings"),
    [
        # former names (reference README)
        ("CZE", ["Czech Republic"]),
        ("TUR", ["Turkey", "Republic of Türkiye"]),
        ("SWZ", ["Swaziland", "Kingdom of Eswatini"]),
        ("MKD", ["The former Yugoslav Republic of Macedonia"]),
        # seeds and ISO 3166-1
        ("IRN", ["Islamic Republic of Iran", "Iran", "Iran, Islamic Republic of"]),
        ("USA", ["United States", "USA", "US"]),
        ("GBR", ["United Kingdom", "UK"]),
        ("RUS", ["Russia"]),
        ("VNM", ["Vietnam", "Socialist Republic of Viet Nam"]),
        ("SYR", ["Syria"]),
        ("ARE", ["UAE"]),
        ("TZA", ["Tanzania", "Tanzania, United Republic of"]),
        ("VEN", ["Venezuela", "Bolivarian Republic of Venezuela"]),
        ("CMR", ["Cameroun"]),
        ("PSE", ["Palestine, State of"]),
        ("VAT", ["Holy See (Vatican City State)"]),
        ("KOR", ["Korea, Republic of"]),
    ],
)
def test_alt_labels(select, alpha3, spellings):
    rows = select(f"SELECT ?l WHERE {{ state:{alpha3} skos:altLabel ?l FILTER(LANG(?l) = 'en') }}")
    assert set(spellings) <= {r["l"] for r in rows}


def test_a_leading_article_is_not_kept(select):
    """"the Islamic Republic of Iran" in running text is stored as "Islamic Republic of Iran"."""
    rows = select("""SELECT ?s ?l WHERE { ?s skos:altLabel ?l FILTER(STRSTARTS(?l, "the ")) }""")
    assert rows == []
    # "the Philippines", "the Republic of Moldova": nothing left to add beyond the label.
    assert not select("SELECT ?l WHERE { state:PHL skos:altLabel \"Philippines\"@en }")


@pytest.mark.parametrize(
    ("alpha3", "former", "year"),
    [("CZE", "Czech Republic", "2016"), ("TUR", "Turkey", "2022"), ("SWZ", "Swaziland", "2018"),
     ("MKD", "The former Yugoslav Republic of Macedonia", "2019")],
)
def test_former_names_have_a_dated_note_from_the_readme(select, alpha3, former, year):
    rows = select(f"""
        SELECT ?note WHERE {{
          state:{alpha3} skos:note ?note ; skos:altLabel "{former}"@en ;
                         prov:wasDerivedFrom ?p .
          ?p a ccpcj:Passage ; dcterms:isPartOf <{README}> .
        }}""")
    assert any(former in r["note"] and year in r["note"] for r in rows), rows


@pytest.mark.parametrize(
    ("alpha3", "rows"),
    [("KEN", ["26"]), ("TUR", ["102", "192"]), ("KIR", ["72"]), ("ISR", ["178"]), ("USA", ["194"]),
     ("DZA", ["1"]), ("GBR", ["193"])],
)
def test_state_derives_from_its_dgacm_rows(select, alpha3, rows):
    found = select(f"""
        SELECT DISTINCT ?loc WHERE {{
          state:{alpha3} prov:wasDerivedFrom ?p .
          ?p a ccpcj:Passage ; dcterms:isPartOf <{DGACM}> ; ccpcj:locator ?loc .
        }} ORDER BY ?loc""")
    assert sorted(r["loc"] for r in found) == sorted(f"row {n}" for n in rows)


def test_every_member_state_derives_from_a_dgacm_row_and_every_state_from_iso(select):
    rows = select(f"""
        SELECT ?s WHERE {{
          ?s a ccpcj:MemberState .
          FILTER NOT EXISTS {{ ?s prov:wasDerivedFrom ?p . ?p dcterms:isPartOf <{DGACM}> }}
        }}""")
    assert rows == []
    rows = select(f"""
        SELECT ?s WHERE {{
          {{ ?s a ccpcj:MemberState }} UNION {{ ?s a ccpcj:ObserverState }}
          FILTER NOT EXISTS {{ ?s prov:wasDerivedFrom ?p . ?p a ccpcj:Passage ; dcterms:isPartOf <{ISO}> }}
        }}""")
    assert rows == []
    # 194 rows, one passage each.
    rows = select(f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dcterms:isPartOf <{DGACM}> }}")
    assert rows == [{"n": "194"}]


@pytest.mark.parametrize(
    ("alpha3", "passage"),
    [
        ("TUR", "document/E_2022_30/para/7"),  # "Permanent Representative of Turkey"
        ("CMR", "source/chairs-summaries-thematic-discussions-2021-2024/para/10"),  # "Cameroun"
        ("USA", "source/chairs-summaries-thematic-discussions-2021-2024/para/17"),  # "USA"
        ("USA", "source/gitoc-2024-ccpcj33/para/11"),  # "the US"
        ("GBR", "source/gitoc-2022-ccpcj31/para/16"),  # "The UK tabled"
        ("CZE", "source/gitoc-2024-ccpcj33/para/4"),  # "the Czech Republic"
        ("VNM", "source/gitoc-2024-ccpcj33/para/8"),  # "Vietnam"
        ("PSE", "document/E_2022_30/para/132"),  # "the observer for the State of Palestine"
    ],
)
def test_seed_spellings_are_traced_to_their_passage(select, alpha3, passage):
    rows = select(f"""
        SELECT DISTINCT ?label WHERE {{
          state:{alpha3} prov:wasDerivedFrom <{ID}{passage}> .
          <{ID}{passage}> a ccpcj:Passage ; rdfs:label ?label ; dcterms:isPartOf ?doc .
        }}""")
    assert len(rows) == 1
