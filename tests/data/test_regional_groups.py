"""data/reference/regional-groups.ttl: the five regional groups, the memberships of the DGACM list
(2 February 2024) and the special cases of the reference README (Ask DAG FAQ 14521).

Expected values come from those sources: group sizes are the row counts of the DGACM list per group
(54, 55, 23, 33, 29; Türkiye is in two); special cases as the README states them.
"""

from __future__ import annotations

import pytest

ID = "https://w3id.org/ccpcj-kg/id/"
DGACM = ID + "source/reference-un-regional-groups-dgacm-2024-02-02"
FAQ = ID + "source/ask-dag-faq-14521"
README_SPECIAL = ID + "source/reference-readme/section/special-cases-of-regional-groups"
MEMBER = ID + "role/member"
OBSERVER = ID + "role/observer"
XSD = "http://www.w3.org/2001/XMLSchema#"

GROUPS = {
    "african-states": "African States",
    "asia-pacific-states": "Asia-Pacific States",
    "eastern-european-states": "Eastern European States",
    "latin-american-and-caribbean-states": "Latin American and Caribbean States",
    "western-european-and-other-states": "Western European and other States",
}


def test_five_groups_with_their_labels(select):
    rows = select("SELECT ?g ?l WHERE { ?g a ccpcj:RegionalGroup ; rdfs:label ?l }")
    assert {r["g"]: r["l"] for r in rows} == {ID + "regional-group/" + k: v for k, v in GROUPS.items()}


@pytest.mark.parametrize(
    ("slug", "spelling"),
    [
        ("african-states", "Group of African States"),  # E/2022/30, para. 6
        ("asia-pacific-states", "Group of Asia-Pacific States"),  # E/2022/30, para. 6
        ("eastern-european-states", "Eastern European Group"),  # E/2022/30, para. 140
        ("western-european-and-other-states", "Western European and other States Group"),  # para. 140
        ("western-european-and-other-states", "WEOG"),  # reference README
        ("asia-pacific-states", "Asia-Pacific Group"),  # reference README
        ("african-states", "African states"),  # DGACM list column
    ],
)
def test_group_alt_labels(ask, slug, spelling):
    assert ask(f'ASK {{ group:{slug} skos:altLabel "{spelling}"@en ; prov:wasDerivedFrom ?p . '
               f'?p a ccpcj:Passage }}')


@pytest.mark.parametrize(
    ("slug", "rows"),
    [("african-states", 54), ("asia-pacific-states", 55), ("eastern-european-states", 23),
     ("latin-american-and-caribbean-states", 33), ("western-european-and-other-states", 29)],
)
def test_one_membership_per_dgacm_row(select, slug, rows):
    found = select(f"""
        SELECT (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?p) AS ?rows) WHERE {{
          ?m a ccpcj:RegionalGroupMembership ; org:organization group:{slug} ;
             prov:wasDerivedFrom ?p .
          ?p dcterms:isPartOf <{DGACM}> .
        }}""")
    assert found == [{"n": str(rows), "rows": str(rows)}]


def test_every_member_state_is_in_a_regional_group(select):
    rows = select("""
        SELECT ?s WHERE {
          ?s a ccpcj:MemberState .
          FILTER NOT EXISTS { ?m org:member ?s ; org:organization ?g . ?g a ccpcj:RegionalGroup }
        }""")
    assert rows == []


def test_memberships_are_well_formed(select):
    rows = select("""
        SELECT ?m (COUNT(DISTINCT ?s) AS ?members) (COUNT(DISTINCT ?g) AS ?groups)
               (COUNT(DISTINCT ?r) AS ?roles) (COUNT(DISTINCT ?p) AS ?passages) WHERE {
          ?m a ccpcj:RegionalGroupMembership .
          OPTIONAL { ?m org:member ?s . ?s a ?k . VALUES ?k { ccpcj:MemberState ccpcj:ObserverState } }
          OPTIONAL { ?m org:organization ?g . ?g a ccpcj:RegionalGroup }
          OPTIONAL { ?m org:role ?r }
          OPTIONAL { ?m prov:wasDerivedFrom ?p . ?p a ccpcj:Passage }
        } GROUP BY ?m""")
    # 194 DGACM rows, Israel's temporary membership, the State of Palestine, the Holy See.
    assert len(rows) == 197
    bad = [r for r in rows if (r["members"], r["groups"], r["roles"]) != ("1", "1", "1")
           or r["passages"] == "0"]
    assert not bad


def _memberships(select, alpha3):
    return select(f"""
        SELECT DISTINCT ?m ?g ?role ?counts (DATATYPE(?counts) AS ?dt) WHERE {{
          ?m org:member state:{alpha3} ; org:organization ?g ; org:role ?role .
          OPTIONAL {{ ?m ccpcj:countsForElectoralPurposes ?counts }}
        }} ORDER BY ?m""")


def _sources(select, membership):
    rows = select(f"""
        SELECT DISTINCT ?d ?loc WHERE {{
          <{membership}> prov:wasDerivedFrom ?d .
          OPTIONAL {{ ?d ccpcj:locator ?loc }}
        }}""")
    return {r["d"]: r.get("loc") for r in rows}


def test_turkiye_in_weog_and_asia_pacific_counting_for_weog_only(select):
    rows = _memberships(select, "TUR")
    assert rows == [
        {"m": ID + "membership/tur-asia-pacific-states", "g": ID + "regional-group/asia-pacific-states",
         "role": MEMBER, "counts": "false", "dt": XSD + "boolean"},
        {"m": ID + "membership/tur-western-european-and-other-states",
         "g": ID + "regional-group/western-european-and-other-states",
         "role": MEMBER, "counts": "true", "dt": XSD + "boolean"},
    ]
    ap = _sources(select, ID + "membership/tur-asia-pacific-states")
    weog = _sources(select, ID + "membership/tur-western-european-and-other-states")
    assert ap[DGACM + "/row/102"] == "row 102"
    assert weog[DGACM + "/row/192"] == "row 192"
    for sources in (ap, weog):
        assert README_SPECIAL in sources and FAQ not in sources


def test_united_states_observes_weog_and_counts_for_it(select):
    rows = _memberships(select, "USA")
    assert rows == [
        {"m": ID + "membership/usa-western-european-and-other-states",
         "g": ID + "regional-group/western-european-and-other-states",
         "role": OBSERVER, "counts": "true", "dt": XSD + "boolean"},
    ]
    sources = _sources(select, ID + "membership/usa-western-european-and-other-states")
    assert sources[DGACM + "/row/194"] == "row 194"
    assert README_SPECIAL in sources and FAQ not in sources


def test_israel_temporary_from_may_2000_permanent_from_2004(select):
    rows = select("""
        SELECT ?m ?role ?begin (DATATYPE(?begin) AS ?bt) ?end (DATATYPE(?end) AS ?et) WHERE {
          ?m org:member state:ISR ; org:organization group:western-european-and-other-states ;
             org:role ?role ; org:memberDuring ?i .
          ?i a time:Interval ; time:hasBeginning ?b .
          ?b a time:Instant ; time:inXSDgYearMonth|time:inXSDgYear ?begin .
          OPTIONAL { ?i time:hasEnd ?e . ?e a time:Instant ; time:inXSDgYear ?end }
        } ORDER BY ?m""")
    assert rows == [
        {"m": ID + "membership/isr-western-european-and-other-states", "role": MEMBER,
         "begin": "2004", "bt": XSD + "gYear"},
        {"m": ID + "membership/isr-western-european-and-other-states-temporary", "role": MEMBER,
         "begin": "2000-05", "bt": XSD + "gYearMonth", "end": "2004", "et": XSD + "gYear"},
    ]
    temporary = _sources(select, ID + "membership/isr-western-european-and-other-states-temporary")
    assert README_SPECIAL in temporary and FAQ not in temporary
    permanent = _sources(select, ID + "membership/isr-western-european-and-other-states")
    assert permanent[DGACM + "/row/178"] == "row 178"


def test_kiribati_keeps_the_2010_claim_and_the_2024_membership(select):
    claim = select(f"""
        SELECT DISTINCT ?text ?date (DATATYPE(?date) AS ?dt) ?by ?byDate WHERE {{
          <{ID}claim/ask-dag-faq-14521-kiribati> a ccpcj:Claim ; ccpcj:about state:KIR ;
              ccpcj:claimText ?text ; ccpcj:claimedBy ?by ; dcterms:date ?date ;
              prov:wasDerivedFrom <{README_SPECIAL}> .
          ?by a ccpcj:Source ; dcterms:date ?byDate .
        }}""")
    assert claim == [{"text": "Kiribati belonged to no regional group.", "date": "2010",
                      "dt": XSD + "gYear", "by": FAQ, "byDate": "2010"}]
    membership = select(f"""
        SELECT DISTINCT ?g ?role ?date WHERE {{
          <{ID}membership/kir-asia-pacific-states> org:member state:KIR ; org:organization ?g ;
              org:role ?role ; prov:wasDerivedFrom <{DGACM}/row/72> .
          <{DGACM}/row/72> dcterms:isPartOf ?src .
          ?src dcterms:date ?date .
        }}""")
    assert membership == [{"g": ID + "regional-group/asia-pacific-states", "role": MEMBER,
                           "date": "2024-02-02"}]


def test_observer_states(select):
    assert _memberships(select, "PSE") == [
        {"m": ID + "membership/pse-asia-pacific-states", "g": ID + "regional-group/asia-pacific-states",
         "role": MEMBER}]
    assert _memberships(select, "VAT") == [
        {"m": ID + "membership/vat-western-european-and-other-states",
         "g": ID + "regional-group/western-european-and-other-states", "role": OBSERVER}]
    for m in ("pse-asia-pacific-states", "vat-western-european-and-other-states"):
        assert README_SPECIAL in _sources(select, ID + "membership/" + m)


def test_electoral_flag_only_where_a_source_states_it(select):
    rows = select("""
        SELECT ?m ?v WHERE { ?m ccpcj:countsForElectoralPurposes ?v } ORDER BY ?m""")
    assert [(r["m"].rsplit("/", 1)[1], r["v"]) for r in rows] == [
        ("tur-asia-pacific-states", "false"),
        ("tur-western-european-and-other-states", "true"),
        ("usa-western-european-and-other-states", "true"),
    ]


def test_sources_are_declared(select):
    rows = select(f"""
        SELECT DISTINCT ?s ?label WHERE {{
          VALUES ?s {{ <{DGACM}> <{FAQ}> source:iso-3166-1 source:reference-readme }}
          ?s a ccpcj:Source ; rdfs:label ?label .
        }}""")
    assert len(rows) == 4
    assert select(f"SELECT DISTINCT ?d WHERE {{ <{DGACM}> dcterms:date ?d }}") == [{"d": "2024-02-02"}]


def test_every_membership_names_its_group_twice(select):
    """docs/modelling.md: org:organization and ccpcj:ofRegionalGroup, the same group, on every one."""
    rows = select("""
        SELECT DISTINCT ?m WHERE {
          ?m a ccpcj:RegionalGroupMembership .
          FILTER NOT EXISTS { ?m org:organization ?g ; ccpcj:ofRegionalGroup ?g }
        }""")
    assert rows == []
    rows = select("""
        SELECT DISTINCT ?m WHERE {
          ?m ccpcj:ofRegionalGroup ?g1 , ?g2 . FILTER(?g1 != ?g2)
        }""")
    assert rows == []
    written = select("""
        SELECT ?s WHERE {
          GRAPH ?graph { ?s ccpcj:inRegionalGroup ?g }
          FILTER(STRSTARTS(STR(?graph), "https://w3id.org/ccpcj-kg/graph/data/"))
        }""")
    assert written == []  # the shortcut is inferred, never written in data/


def test_the_readme_special_cases_passage_references_the_faq(select):
    """The special cases come from the README's summary, which names Ask DAG FAQ 14521 as its origin."""
    rows = select(f"SELECT ?faq WHERE {{ <{README_SPECIAL}> dcterms:references ?faq }}")
    assert rows == [{"faq": FAQ}]
