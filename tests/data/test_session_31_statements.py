"""Statements at the 31st session, checked against the text of the report E/2022/30.

Every expected value below was read off the report (the paragraph is named in each test), not
taken from the data. The tests use IRIs rather than labels, so that they hold on
``data/session-31/statements.ttl`` and ``data/organizations.ttl`` alone, whatever else is built.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]

ID = "https://w3id.org/ccpcj-kg/id/"
REP, OBS, SEC = "representative", "observer", "secretariat"
IP, ON, PV = "in-person", "online", "pre-recorded-video"


LOCAL_PREFIXES = (
    f"PREFIX stmt: <{ID}session/31/statement/>\n"
    f"PREFIX s31item: <{ID}session/31/agenda-item/>\n"
    f"PREFIX para: <{ID}document/E_2022_30/para/>\n"
    f"PREFIX kind: <{ID}statement-kind/>\n"
)


@pytest.fixture
def select(select: Select) -> Select:
    """The shared ``select`` with this module's prefixes (stmt:, s31item:, para:, kind:) declared."""
    return lambda query: select(LOCAL_PREFIXES + query)


def short(iri: str) -> str:
    """`https://w3id.org/ccpcj-kg/id/state/USA` → `state/USA`."""
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def para(n: int) -> str:
    return f"<{ID}document/E_2022_30/para/{n}>"


def speakers_of(select: Select, n: int) -> set[tuple[str, str | None, frozenset[str]]]:
    """(speaker, capacity, modes) of every statement derived from paragraph n."""
    rows = select(f"""
        SELECT ?st ?speaker ?capacity ?mode WHERE {{
          ?st a ccpcj:Statement ; prov:wasDerivedFrom {para(n)} .
          OPTIONAL {{ ?st ccpcj:speaker ?speaker }}
          OPTIONAL {{ ?st ccpcj:capacity ?capacity }}
          OPTIONAL {{ ?st ccpcj:mode ?mode }}
        }}""")
    by_statement: dict[str, dict[str, object]] = {}
    for r in rows:
        entry = by_statement.setdefault(r["st"], {"speaker": r.get("speaker"), "capacity": r.get("capacity"),
                                                  "modes": set()})
        if "mode" in r:
            entry["modes"].add(short(r["mode"]).removeprefix("mode/"))  # type: ignore[union-attr]
    out = set()
    for e in by_statement.values():
        cap = e["capacity"]
        out.add((short(str(e["speaker"])) if e["speaker"] else None,
                 short(str(cap)).removeprefix("capacity/") if cap else None,
                 frozenset(e["modes"])))  # type: ignore[arg-type]
    return out


def count_in(select: Select, n: int) -> int:
    rows = select(f"""SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{
        ?st a ccpcj:Statement ; prov:wasDerivedFrom {para(n)} }}""")
    return int(rows[0]["n"])


def s(code: str, capacity: str | None, *modes: str) -> tuple[str, str | None, frozenset[str]]:
    return (f"state/{code}", capacity, frozenset(modes))


def o(slug: str, capacity: str | None, *modes: str) -> tuple[str, str | None, frozenset[str]]:
    return (f"organization/{slug}", capacity, frozenset(modes))


# --- agenda item 4 (chapter III) ------------------------------------------------------------------

def test_para_18_speakers_capacities_and_modes(select: Select) -> None:
    # "Statements were made by the representatives of the United States (in person), Japan (in person),
    # Canada (in person), Pakistan (in person) and China (online). The observers for the European Union
    # (in person), South Africa (in person), Burkina Faso (in person) and the Islamic Republic of Iran
    # (in person) also made statements."
    assert speakers_of(select, 18) == {
        s("USA", REP, IP), s("JPN", REP, IP), s("CAN", REP, IP), s("PAK", REP, IP), s("CHN", REP, ON),
        o("european-union", OBS, IP), s("ZAF", OBS, IP), s("BFA", OBS, IP), s("IRN", OBS, IP),
    }


def test_paras_16_17_introduction_and_working_group_report(select: Select) -> None:
    rows = select("""SELECT ?kind ?speaker ?capacity ?item WHERE {
        VALUES ?st { stmt:16-unodc stmt:17-bgd }
        ?st ccpcj:statementKind ?kind ; ccpcj:speaker ?speaker ; ccpcj:capacity ?capacity ;
            ccpcj:underAgendaItem ?item .
    } ORDER BY ?speaker""")
    got = [(short(r["speaker"]), short(r["kind"]), short(r["capacity"]), short(r["item"])) for r in rows]
    assert got == [
        ("organization/unodc", "statement-kind/introductory", "capacity/secretariat",
         "session/31/agenda-item/4"),
        ("state/BGD", "statement-kind/report", "capacity/observer", "session/31/agenda-item/4"),
    ]


# --- agenda item 5 (chapter IV) -------------------------------------------------------------------

def test_para_32_representatives_in_the_thematic_discussion(select: Select) -> None:
    assert speakers_of(select, 32) == {
        s("ITA", REP, ON), s("SAU", REP, IP), s("THA", REP, PV), s("RUS", REP, IP), s("MAR", REP, IP),
        s("BRA", REP, IP), s("CAN", REP, IP), s("CHN", REP, ON), s("ARM", REP, ON), s("COL", REP, ON),
        s("PRY", REP, IP), s("USA", REP, IP), s("CMR", REP, IP), s("CHL", REP, IP), s("SLV", REP, IP),
    }


def test_para_33_observers_across_the_page_break(select: Select) -> None:
    # The list runs over a page break after "the Bolivarian"; footnote 24 sits in between.
    assert speakers_of(select, 33) == {
        s("SGP", OBS, ON), s("DZA", OBS, IP), s("IRN", OBS, IP), s("KGZ", OBS, ON),
        o("european-union", OBS, IP), s("IDN", OBS, IP), s("BEL", OBS, IP), s("BFA", OBS, IP),
        s("ISR", OBS, IP), s("FIN", OBS, IP), s("VEN", OBS, IP), s("AUS", OBS, IP), s("MEX", OBS, IP),
        s("PRT", OBS, ON),
    }


def test_para_34_organizations(select: Select) -> None:
    assert speakers_of(select, 34) == {
        o("interpol", OBS, ON), o("council-of-arab-ministers-of-the-interior", OBS, IP),
        o("international-association-for-the-advancement-of-innovative-approaches-to-global-challenges",
          OBS, IP),
        o("friends-world-committee-for-consultation", OBS, ON),
    }


def test_para_30_panellists_are_persons(select: Select) -> None:
    assert speakers_of(select, 30) == {
        ("person/usama-malik", "panellist", frozenset({ON})),
        ("person/rodrigo-acevedo", "panellist", frozenset({ON})),
        ("person/karina-m-k-malapane", "panellist", frozenset({ON})),
        ("person/jane-lee", "panellist", frozenset({IP})),
    }


# --- agenda item 6 (chapter V) --------------------------------------------------------------------

def test_para_53_thailand_in_person_and_pre_recorded(select: Select) -> None:
    # "Thailand (in person and pre-recorded videos), the United States (in person), Canada (in person),
    # China [page break] (online), Morocco (in person), the Russian Federation (online) and Armenia
    # (in person)"
    assert speakers_of(select, 53) == {
        s("THA", REP, IP, PV), s("USA", REP, IP), s("CAN", REP, IP), s("CHN", REP, ON), s("MAR", REP, IP),
        s("RUS", REP, ON), s("ARM", REP, IP),
    }


def test_para_54_observers(select: Select) -> None:
    assert speakers_of(select, 54) == {
        s("IRN", OBS, IP), s("VEN", OBS, IP), s("KAZ", OBS, PV), s("DZA", OBS, IP), s("IDN", OBS, IP),
        s("ZAF", OBS, ON), s("FIN", OBS, IP),
    }


def test_para_55_institutes_and_the_global_fund(select: Select) -> None:
    assert speakers_of(select, 55) == {
        o("asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders", OBS, ON),
        o("thailand-institute-of-justice", OBS, PV),
        o("global-fund-to-fight-aids-tuberculosis-and-malaria", OBS, PV),
    }


def test_para_52_five_introductory_statements(select: Select) -> None:
    rows = select("""SELECT ?st ?speaker WHERE {
        ?st ccpcj:statementKind kind:introductory ;
            prov:wasDerivedFrom para:52 ;
            ccpcj:underAgendaItem s31item:6 ; ccpcj:speaker ?speaker }""")
    assert sorted(short(r["speaker"]) for r in rows) == ["organization/unicri"] + ["organization/unodc"] * 4
    assert sorted(short(r["st"]) for r in rows) == [
        "session/31/statement/52-unicri", "session/31/statement/52-unodc", "session/31/statement/52-unodc-2",
        "session/31/statement/52-unodc-3", "session/31/statement/52-unodc-4",
    ]


# --- agenda items 7, 8 and 9 ----------------------------------------------------------------------

def test_paras_88_to_90_standards_and_norms(select: Select) -> None:
    assert speakers_of(select, 88) == {
        s("THA", REP, PV), s("JPN", REP, IP), s("USA", REP, IP), s("BRA", REP, IP), s("CHN", REP, ON),
        s("MAR", REP, IP), s("CAN", REP, IP),
    }
    assert speakers_of(select, 89) == {s("ZAF", OBS, ON), s("BFA", OBS, IP), s("DZA", OBS, IP)}
    assert speakers_of(select, 90) == {
        o("international-legal-foundation", OBS, PV), o("wildlife-justice-commission", OBS, PV),
        o("fundacion-abba-colombia", OBS, ON),
    }


def test_paras_101_to_103_world_crime_trends(select: Select) -> None:
    assert speakers_of(select, 101) == {
        s("THA", REP, PV), s("USA", REP, IP), s("CHN", REP, ON), s("CAN", REP, IP), s("RUS", REP, ON),
        s("BRA", REP, IP), s("GBR", REP, IP), s("CMR", REP, IP),
    }
    assert speakers_of(select, 102) == {
        s("ZAF", OBS, IP), s("ECU", OBS, IP), s("VEN", OBS, IP), s("IRN", OBS, IP),
    }
    # "(pre-recorded video and online)": both modes on the one statement.
    assert speakers_of(select, 103) == {
        o("alliance-of-ngos-on-crime-prevention-and-criminal-justice", OBS, PV, ON),
        o("maat-for-peace-development-and-human-rights-association", OBS, PV),
    }


def test_paras_113_to_115_congress_follow_up(select: Select) -> None:
    assert speakers_of(select, 113) == {
        s("THA", REP, PV), s("JPN", REP, IP), s("USA", REP, IP), s("CAN", REP, IP), s("SAU", REP, IP),
        s("CHL", REP, IP), s("LBY", REP, IP),
    }
    assert speakers_of(select, 114) == {o("european-union", OBS, IP), s("IRN", OBS, IP), s("VEN", OBS, IP)}
    assert speakers_of(select, 115) == {
        o("asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders", OBS, ON),
    }


def test_para_132_after_the_adoption_of_the_report(select: Select) -> None:
    assert speakers_of(select, 132) == {
        s("PSE", OBS, IP), s("SAU", REP, IP), s("QAT", REP, IP), s("LBY", REP, IP),
        s("ISR", OBS, IP), s("IRN", OBS, IP), s("YEM", OBS, IP), s("SYR", OBS, IP), s("TUN", OBS, IP),
    }


# --- right of reply (chapter II) ------------------------------------------------------------------

def right_of_reply(select: Select, n: int) -> set[tuple[str, str | None, frozenset[str]]]:
    rows = select(f"""SELECT ?st WHERE {{ ?st prov:wasDerivedFrom {para(n)} ;
        ccpcj:statementKind kind:right-of-reply }}""")
    keys = {r["st"] for r in rows}
    return {x for x in speakers_of_statements(select, keys)}


def speakers_of_statements(select: Select, iris: set[str]) -> set[tuple[str, str | None, frozenset[str]]]:
    values = " ".join(f"<{i}>" for i in iris)
    rows = select(f"""SELECT ?st ?speaker ?capacity ?mode WHERE {{
        VALUES ?st {{ {values} }}
        ?st ccpcj:speaker ?speaker ; ccpcj:capacity ?capacity ; ccpcj:mode ?mode }}""")
    acc: dict[str, tuple[str, str, set[str]]] = {}
    for r in rows:
        entry = acc.setdefault(
            r["st"], (short(r["speaker"]), short(r["capacity"]).removeprefix("capacity/"), set()))
        entry[2].add(short(r["mode"]).removeprefix("mode/"))
    return {(sp, cap, frozenset(m)) for sp, cap, m in acc.values()}


def test_right_of_reply_para_9(select: Select) -> None:
    assert right_of_reply(select, 9) == {
        s("RUS", REP, IP), s("AZE", OBS, IP), s("UKR", OBS, IP), s("ARM", REP, IP),
    }
    assert count_in(select, 9) == 4


def test_right_of_reply_para_10(select: Select) -> None:
    assert right_of_reply(select, 10) == {
        o("european-union", OBS, ON), s("AZE", OBS, IP), s("RUS", REP, IP), s("ARM", REP, IP),
    }


def test_right_of_reply_para_13(select: Select) -> None:
    # "the representatives of the Russian Federation (online and in person)"
    assert right_of_reply(select, 13) == {
        o("european-union", OBS, IP), s("USA", REP, IP), s("UKR", OBS, IP), s("RUS", REP, ON, IP),
        o("council-of-europe", OBS, IP),
    }
    assert count_in(select, 13) == 5


def test_right_of_reply_meetings(select: Select) -> None:
    rows = select("""SELECT ?st ?meeting WHERE {
        ?st ccpcj:statementKind kind:right-of-reply .
        OPTIONAL { ?st ccpcj:atMeeting ?meeting } }""")
    got = {short(r["st"]): short(r["meeting"]) if "meeting" in r else None for r in rows}
    # Paras 9 and 13 name no meeting; para 10 is the 4th meeting, para 11 the 6th.
    assert got == {
        "session/31/statement/9-rus": None, "session/31/statement/9-aze": None,
        "session/31/statement/9-ukr": None, "session/31/statement/9-arm": None,
        "session/31/statement/10-european-union": "session/31/meeting/4",
        "session/31/statement/10-aze": "session/31/meeting/4",
        "session/31/statement/10-rus": "session/31/meeting/4",
        "session/31/statement/10-arm": "session/31/meeting/4",
        "session/31/statement/11-rus": "session/31/meeting/6",
        "session/31/statement/13-european-union": None, "session/31/statement/13-usa": None,
        "session/31/statement/13-ukr": None, "session/31/statement/13-rus": None,
        "session/31/statement/13-council-of-europe": None,
    }


# --- general debate (chapter II) ------------------------------------------------------------------

def test_general_debate_on_behalf_of(select: Select) -> None:
    rows = select("""SELECT ?st ?speaker ?group WHERE {
        ?st ccpcj:underAgendaItem s31item:3 ; ccpcj:speaker ?speaker ; ccpcj:onBehalfOf ?group .
        FILTER(!STRSTARTS(STR(?group), "https://w3id.org/ccpcj-kg/id/state/")) }""")
    assert {(short(r["st"]), short(r["speaker"]), short(r["group"])) for r in rows} == {
        ("session/31/statement/6-mar", "state/MAR", "group/group-of-77-and-china"),
        ("session/31/statement/6-tun", "state/TUN", "regional-group/african-states"),
        ("session/31/statement/6-ind", "state/IND", "regional-group/asia-pacific-states"),
        ("session/31/statement/6-european-union", "organization/european-union",
         "group/european-union-and-its-member-states"),
    }


@pytest.mark.parametrize(("statement", "expected"), [
    # footnote 22: "Also on behalf of Albania, Bosnia and Herzegovina, Iceland, Montenegro, North Macedonia,
    # Norway, the Republic of Moldova, San Marino and Ukraine."
    ("6-european-union", {"group/european-union-and-its-member-states", "state/ALB", "state/BIH", "state/ISL",
                          "state/MNE", "state/MKD", "state/NOR", "state/MDA", "state/SMR", "state/UKR"}),
    # footnote 24: "Also on behalf of Albania, Armenia, Bosnia and Herzegovina, Georgia, Iceland, Montenegro,
    # North Macedonia, Norway, the Republic of Moldova, Serbia and Ukraine."
    ("33-european-union", {"group/european-union-and-its-member-states", "state/ALB", "state/ARM",
                           "state/BIH", "state/GEO", "state/ISL", "state/MNE", "state/MKD", "state/NOR",
                           "state/MDA", "state/SRB", "state/UKR"}),
    # footnote 23: "On behalf of Estonia, Latvia and Lithuania."
    ("8-ltu", {"state/EST", "state/LVA", "state/LTU"}),
])
def test_footnoted_on_behalf_of(select: Select, statement: str, expected: set[str]) -> None:
    rows = select(f"SELECT ?x WHERE {{ stmt:{statement} ccpcj:onBehalfOf ?x }}")
    assert {short(r["x"]) for r in rows} == expected


def test_morocco_speaks_twice_in_para_6(select: Select) -> None:
    rows = select("""SELECT ?st ?group WHERE { ?st ccpcj:speaker state:MAR ;
        prov:wasDerivedFrom para:6 .
        OPTIONAL { ?st ccpcj:onBehalfOf ?group } }""")
    assert {(short(r["st"]), short(r["group"]) if "group" in r else None) for r in rows} == {
        ("session/31/statement/6-mar", "group/group-of-77-and-china"),
        ("session/31/statement/6-mar-2", None),
    }


@pytest.mark.parametrize(("n", "expected"), [
    (6, 17), (7, 24), (8, 26), (10, 25), (11, 1), (12, 3), (32, 15), (33, 14), (52, 5), (56, 8), (132, 9),
])
def test_statements_per_paragraph(select: Select, n: int, expected: int) -> None:
    assert count_in(select, n) == expected


def test_general_debate_descriptions_as_printed(select: Select) -> None:
    rows = select("""SELECT ?st ?d WHERE { VALUES ?st {
        stmt:6-nam stmt:6-gbr stmt:8-ltu
        stmt:8-kaz stmt:7-tur } ?st ccpcj:speakerDescription ?d }""")
    assert {short(r["st"]): r["d"] for r in rows} == {
        "session/31/statement/6-nam": "Minister of Justice of Namibia",
        "session/31/statement/6-gbr": "Minister of State (Minister for Crime and Policing), Home Office of "
                                      "the United Kingdom of Great Britain and Northern Ireland",
        # footnote marker ²³ stripped
        "session/31/statement/8-ltu": "Ambassador and Permanent Representative of Lithuania to the United "
                                      "Nations (Vienna)",
        # the entry after the page break and footnote 23
        "session/31/statement/8-kaz": "Counsellor, Alternate Permanent Representative of Kazakhstan to the "
                                      "United Nations (Vienna)",
        # "Turkey" as printed; the State is state/TUR
        "session/31/statement/7-tur": "Ambassador and Permanent Representative of Turkey to the United "
                                      "Nations (Vienna)",
    }


def test_general_debate_modes(select: Select) -> None:
    assert speakers_of(select, 12) >= {s("CIV", None, IP), s("CMR", None, IP)}
    rows = select("""SELECT ?st ?mode WHERE { VALUES ?st {
        stmt:6-european-union stmt:6-nam stmt:6-moz
        stmt:7-pry stmt:8-blr } ?st ccpcj:mode ?mode }""")
    assert {(short(r["st"]), short(r["mode"])) for r in rows} == {
        ("session/31/statement/6-european-union", "mode/online"),
        ("session/31/statement/6-nam", "mode/pre-recorded-video"),
        ("session/31/statement/6-moz", "mode/in-person"),
        ("session/31/statement/7-pry", "mode/online"),
        ("session/31/statement/8-blr", "mode/pre-recorded-video"),
    }


def test_general_debate_lists_carry_no_guessed_capacity(select: Select) -> None:
    # The lists of paras 6-8, 10 and 12 print titles, not "representative of" / "observer for".
    assert select("""SELECT ?st WHERE { ?st ccpcj:capacity ?c ; ccpcj:statementKind ?k ;
        prov:wasDerivedFrom ?p .
        VALUES ?p { para:6
                    para:7
                    para:8
                    para:12 }
    }""") == []


def test_organizations_in_the_para_10_list(select: Select) -> None:
    rows = select("""SELECT ?speaker WHERE { ?st prov:wasDerivedFrom
        para:10 ; ccpcj:speaker ?speaker .
        FILTER(STRSTARTS(STR(?speaker), "https://w3id.org/ccpcj-kg/id/organization/")) }""")
    assert sorted(short(r["speaker"]) for r in rows) == sorted([
        "organization/european-union",  # right of reply
        "organization/department-of-peace-operations", "organization/unaids",
        "organization/international-independent-expert-mechanism-to-advance-racial-justice-and-equality-in-law-"
        "enforcement",
        "organization/international-anti-corruption-academy", "organization/european-public-law-organization",
        "organization/parliamentary-assembly-of-the-mediterranean",
        "organization/alliance-of-ngos-on-crime-prevention-and-criminal-justice",
        "organization/transparency-international",
    ])
    # "Member of the Cyprus Parliamentary Delegation to ..." is not a statement by Cyprus.
    assert select("""SELECT ?st WHERE { ?st ccpcj:speaker state:CYP }""") == []


# --- the European Union ---------------------------------------------------------------------------

EU_MEMBERS = [  # the 27 member States of the European Union in 2022
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
    "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
]


def test_no_eu_member_state_speaks_from_the_eu_lines(select: Select) -> None:
    values = " ".join(f"state:{c}" for c in EU_MEMBERS)
    rows = select(f"""SELECT ?st ?speaker ?p WHERE {{ VALUES ?speaker {{ {values} }}
        ?st ccpcj:speaker ?speaker ; prov:wasDerivedFrom ?p .
        VALUES ?p {{ <{ID}document/E_2022_30/para/6> <{ID}document/E_2022_30/para/33> }} }}""")
    # Para 6 has no EU member State; in para 33 Belgium, Finland and Portugal speak on lines of their own.
    assert {short(r["st"]) for r in rows} == {
        "session/31/statement/33-bel", "session/31/statement/33-fin", "session/31/statement/33-prt",
    }
    # Nor do the States of footnotes 22 and 24 ("also on behalf of ...") get statements from those lines.
    aligned = ["ALB", "ARM", "BIH", "GEO", "ISL", "MNE", "MKD", "NOR", "MDA", "SMR", "SRB", "UKR"]
    values = " ".join(f"state:{c}" for c in aligned)
    assert select(f"""SELECT ?st WHERE {{ VALUES ?speaker {{ {values} }}
        ?st ccpcj:speaker ?speaker ; prov:wasDerivedFrom ?p .
        VALUES ?p {{ <{ID}document/E_2022_30/para/6> <{ID}document/E_2022_30/para/33> }} }}""") == []


def test_only_the_eu_speaks_for_the_eu_and_its_member_states(select: Select) -> None:
    rows = select("""SELECT ?st ?speaker WHERE {
        ?st ccpcj:onBehalfOf <https://w3id.org/ccpcj-kg/id/group/european-union-and-its-member-states> ;
            ccpcj:speaker ?speaker }""")
    assert {(short(r["st"]), short(r["speaker"])) for r in rows} == {
        ("session/31/statement/6-european-union", "organization/european-union"),
        ("session/31/statement/33-european-union", "organization/european-union"),
    }


def test_the_eu_is_an_organization_never_a_state(select: Select, ask: Callable[[str], bool]) -> None:
    assert ask("ASK { organization:european-union a ccpcj:IntergovernmentalOrganization }")
    assert not ask("""ASK { organization:european-union a ?t .
        ?t rdfs:subClassOf* ccpcj:State }""")
    assert not ask("ASK { organization:european-union a ccpcj:State }")
    assert not ask("ASK { ?s ccpcj:speaker state:EU }")


# --- organizations -------------------------------------------------------------------------------

def test_organization_kinds_and_acronyms(select: Select) -> None:
    rows = select("""SELECT ?org ?kind WHERE { VALUES ?org {
        organization:interpol organization:council-of-europe organization:unodc organization:un-women
        organization:asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders
        organization:thailand-institute-of-justice organization:transparency-international
        organization:club-ohada-thies } ?org a ?kind .
        FILTER(STRSTARTS(STR(?kind), "https://w3id.org/ccpcj-kg/ontology#")) }""")
    kinds = {"UNEntity", "ProgrammeNetworkInstitute", "IntergovernmentalOrganization",
             "NonGovernmentalOrganization"}  # superclasses a reasoner may add are left out
    assert {(short(r["org"]), k) for r in rows if (k := r["kind"].split("#")[1]) in kinds} == {
        ("organization/interpol", "IntergovernmentalOrganization"),
        ("organization/council-of-europe", "IntergovernmentalOrganization"),
        ("organization/unodc", "UNEntity"),
        ("organization/un-women", "UNEntity"),
        ("organization/asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders",
         "ProgrammeNetworkInstitute"),
        ("organization/thailand-institute-of-justice", "ProgrammeNetworkInstitute"),
        ("organization/transparency-international", "NonGovernmentalOrganization"),
        ("organization/club-ohada-thies", "NonGovernmentalOrganization"),
    }
    rows = select("""SELECT ?org ?alt WHERE { VALUES ?org { organization:interpol organization:unodc
        organization:unaids organization:un-women } ?org skos:altLabel ?alt }""")
    # the acronyms E/2022/30 prints (other sources may add spellings of their own)
    assert {(short(r["org"]), r["alt"]) for r in rows} >= {
        ("organization/interpol", "INTERPOL"), ("organization/unodc", "UNODC"),
        ("organization/unaids", "UNAIDS"), ("organization/un-women", "UN-Women"),
    }


# --- every statement ----------------------------------------------------------------------------

def test_every_statement_has_its_paragraph_passage(select: Select) -> None:
    rows = select("""SELECT ?st ?p WHERE {
        ?st a ccpcj:Statement .
        FILTER(STRSTARTS(STR(?st), "https://w3id.org/ccpcj-kg/id/session/31/statement/"))
        OPTIONAL { ?st prov:wasDerivedFrom ?p . ?p a ccpcj:Passage ;
                   dcterms:isPartOf <https://w3id.org/ccpcj-kg/id/document/E_2022_30> } }""")
    assert len({r["st"] for r in rows}) == 275
    missing = [r["st"] for r in rows if "p" not in r]
    assert missing == []
    for r in rows:  # the paragraph in the statement's IRI is the paragraph it derives from
        n = short(r["st"]).split("/")[-1].split("-")[0]
        assert r["p"].endswith(f"/para/{n}"), (r["st"], r["p"])


def test_every_statement_is_complete(select: Select) -> None:
    rows = select("""SELECT ?st WHERE { ?st a ccpcj:Statement .
        FILTER(STRSTARTS(STR(?st), "https://w3id.org/ccpcj-kg/id/session/31/statement/"))
        FILTER NOT EXISTS { ?st ccpcj:atSession session:31 ; ccpcj:statementKind ?k ; rdfs:label ?l } }""")
    assert rows == []


def test_state_speaker_keys_match_the_alpha3(select: Select) -> None:
    rows = select("""SELECT ?st ?speaker WHERE { ?st a ccpcj:Statement ; ccpcj:speaker ?speaker .
        FILTER(STRSTARTS(STR(?speaker), "https://w3id.org/ccpcj-kg/id/state/")) }""")
    assert len(rows) > 200
    for r in rows:
        key = short(r["st"]).split("/")[-1].split("-")[1]
        assert key == short(r["speaker"]).removeprefix("state/").lower(), r


def test_no_footnote_markers_in_descriptions_or_labels(select: Select) -> None:
    rows = select("""SELECT ?st ?text WHERE { ?st a ccpcj:Statement .
        { ?st ccpcj:speakerDescription ?text } UNION { ?st rdfs:label ?text }
        FILTER(REGEX(?text, "[⁰¹²³⁴⁵⁶⁷⁸⁹]")) }""")
    assert rows == []


def test_agenda_items_and_meetings_by_paragraph(select: Select) -> None:
    rows = select("""SELECT DISTINCT ?p ?item ?meeting WHERE {
        ?st a ccpcj:Statement ; prov:wasDerivedFrom ?p .
        OPTIONAL { ?st ccpcj:underAgendaItem ?item } OPTIONAL { ?st ccpcj:atMeeting ?meeting } }""")
    def last(r: dict[str, str], key: str) -> str | None:
        return r[key].rsplit("/", 1)[1] if key in r else None

    got = {int(str(last(r, "p"))): (last(r, "item"), int(m) if (m := last(r, "meeting")) else None)
           for r in rows}
    assert got == {
        6: ("3", 1), 7: ("3", 2), 8: ("3", 3), 9: ("3", None), 10: ("3", 4), 11: ("3", 6), 12: ("3", 7),
        13: ("3", None),
        16: ("4", 7), 17: ("4", 7), 18: ("4", 7),
        29: ("5", None), 30: ("5", None), 31: ("5", None), 32: ("5", None), 33: ("5", None), 34: ("5", None),
        49: ("5", None),
        52: ("6", None), 53: ("6", None), 54: ("6", None), 55: ("6", None), 56: ("6", None), 84: ("6", 13),
        87: ("7", None), 88: ("7", None), 89: ("7", None), 90: ("7", None), 98: ("7", 13),
        100: ("8", 10), 101: ("8", 10), 102: ("8", 10), 103: ("8", 10), 109: ("8", 13),
        112: ("9", 10), 113: ("9", 10), 114: ("9", 10), 115: ("9", 10), 119: ("9", 13),
        121: ("10", 11), 122: ("10", 11), 126: ("11", 12), 131: ("13", 13), 132: ("13", 13),
        135: (None, None), 146: (None, 13),
    }


def test_opening_and_closing(select: Select) -> None:
    rows = select("""SELECT ?st ?speaker ?kind WHERE {
        ?st ccpcj:speaker ?speaker ; ccpcj:statementKind ?kind .
        VALUES ?kind { kind:opening kind:closing } }""")
    assert {(short(r["st"]), short(r["speaker"]), short(r["kind"])) for r in rows} == {
        # para 135: the President of ECOSOC (video message), the Executive Director of UNODC, UN-Women
        ("session/31/statement/135-ecosoc", "organization/ecosoc", "statement-kind/opening"),
        ("session/31/statement/135-unodc", "organization/unodc", "statement-kind/opening"),
        ("session/31/statement/135-un-women", "organization/un-women", "statement-kind/opening"),
        # para 146: the Executive Director of UNODC and the Chair of the Commission
        ("session/31/statement/146-unodc", "organization/unodc", "statement-kind/closing"),
        ("session/31/statement/146-takeshi-hikihara", "person/takeshi-hikihara", "statement-kind/closing"),
    }
