"""Drafts, sponsorships, actions and cited documents of the 31st session against E/2022/30.

Every expected value below was read off the report (the paragraph is named in each test), not
taken from the data. Sponsor names as printed ("the Philippines", "the United States", "France (on
behalf of the States Members of the United Nations that are members of the European Union)") are
mapped here by hand to ISO 3166-1 alpha-3 codes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"
EU_GROUP = f"{ID}group/eu-member-states"


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def doc(key: str) -> str:
    return f"<{ID}document/{key}>"


def para(n: int) -> str:
    return f"<{ID}document/E_2022_30/para/{n}>"


# The sponsor lists as printed, in the report's order.
SPONSORS = {
    # para. 84: Angola, Colombia, Ecuador, Egypt, Ghana, Honduras, Kenya, Malawi, Morocco, Mozambique,
    # Paraguay, Peru, the Philippines and the United States
    "E_CN.15_2022_L.2": (84, ["AGO", "COL", "ECU", "EGY", "GHA", "HND", "KEN", "MWI", "MAR", "MOZ", "PRY",
                              "PER", "PHL", "USA"]),
    # para. 119: Australia, Bangladesh, Brazil, Burkina Faso, Canada, Chile, Colombia, the Dominican Republic,
    # El Salvador, France (on behalf of ...), Guatemala, Honduras, Indonesia, Israel, Japan, Mexico, Morocco,
    # Mozambique, Norway, Paraguay, Peru, the Philippines, Saudi Arabia, South Africa, Switzerland, Thailand,
    # the United Kingdom and the United States
    "E_CN.15_2022_L.3_Rev.1": (119, ["AUS", "BGD", "BRA", "BFA", "CAN", "CHL", "COL", "DOM", "SLV", "FRA",
                                     "GTM", "HND", "IDN", "ISR", "JPN", "MEX", "MAR", "MOZ", "NOR", "PRY",
                                     "PER", "PHL", "SAU", "ZAF", "CHE", "THA", "GBR", "USA"]),
    # para. 98: Burkina Faso, Canada, the Dominican Republic, France (on behalf of ...), Honduras, Indonesia,
    # Japan, Mexico, Morocco, Mozambique, Norway, Paraguay, Peru, South Africa, Switzerland, Thailand,
    # the United Kingdom and the United States
    "E_CN.15_2022_L.4_Rev.1": (98, ["BFA", "CAN", "DOM", "FRA", "HND", "IDN", "JPN", "MEX", "MAR", "MOZ",
                                    "NOR", "PRY", "PER", "ZAF", "CHE", "THA", "GBR", "USA"]),
    # para. 109: Albania, Andorra, Australia, Brazil, Canada, the Dominican Republic, Ecuador, Egypt,
    # El Salvador, France (on behalf of ...), Ghana, Honduras, Israel, Japan, Kenya, Mexico, Morocco,
    # Mozambique, Norway, Peru, Qatar, Saudi Arabia, Switzerland, Thailand, the United Kingdom,
    # the United States and Yemen
    "E_CN.15_2022_L.5": (109, ["ALB", "AND", "AUS", "BRA", "CAN", "DOM", "ECU", "EGY", "SLV", "FRA", "GHA",
                               "HND", "ISR", "JPN", "KEN", "MEX", "MAR", "MOZ", "NOR", "PER", "QAT", "SAU",
                               "CHE", "THA", "GBR", "USA", "YEM"]),
}
EU_MEMBERS = {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
              "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
              "SWE"}


def sponsorships(select: Select, key: str) -> Rows:
    return select(f"""
        SELECT ?sp ?sponsor ?behalf ?source WHERE {{
          ?sp a ccpcj:Sponsorship ; ccpcj:sponsorshipOf {doc(key)} ; ccpcj:sponsor ?sponsor ;
              prov:wasDerivedFrom ?source .
          OPTIONAL {{ ?sp ccpcj:onBehalfOf ?behalf }}
        }}""")


@pytest.mark.parametrize("key", sorted(SPONSORS))
def test_exact_sponsor_set(select: Select, key: str) -> None:
    n, printed = SPONSORS[key]
    rows = sponsorships(select, key)
    assert {short(r["sponsor"]).removeprefix("state/") for r in rows} == set(printed)
    assert len({r["sp"] for r in rows}) == len(printed)
    assert {r["source"] for r in rows} == {para(n)[1:-1]}


@pytest.mark.parametrize("key", ["E_CN.15_2022_L.3_Rev.1", "E_CN.15_2022_L.4_Rev.1", "E_CN.15_2022_L.5"])
def test_france_on_behalf_of_the_eu_member_states_is_one_sponsorship(select: Select, key: str) -> None:
    rows = sponsorships(select, key)
    on_behalf = [r for r in rows if "behalf" in r]
    assert [(short(r["sponsor"]), r["behalf"]) for r in on_behalf] == [("state/FRA", EU_GROUP)]
    assert on_behalf[0]["sp"] == f"{ID}document/{key}/sponsorship/fra"
    # no EU member State sponsors in its own name: the only one printed is France, acting for the group
    assert {short(r["sponsor"]).removeprefix("state/") for r in rows} & EU_MEMBERS == {"FRA"}


def test_l2_has_no_eu_sponsor_and_nothing_is_sponsored_by_the_eu_itself(select: Select, ask: Ask) -> None:
    rows = sponsorships(select, "E_CN.15_2022_L.2")
    assert {short(r["sponsor"]).removeprefix("state/") for r in rows} & EU_MEMBERS == set()
    assert not any("behalf" in r for r in rows)
    assert not ask(f"ASK {{ ?sp ccpcj:sponsor <{ID}organization/european-union> }}")
    assert not ask(f"ASK {{ ?sp ccpcj:sponsor <{ID}group/eu-member-states> }}")


def test_eu_member_states_group(select: Select) -> None:
    rows = select(f"SELECT ?alt WHERE {{ <{EU_GROUP}> a ccpcj:StateGroup ; skos:altLabel ?alt }}")
    assert {r["alt"] for r in rows} == {
        "States Members of the United Nations that are members of the European Union"}


# --- action on each draft --------------------------------------------------------------------------------

ACTIONS = {
    # key: (action, meeting, date, recommended to, final destination, agenda item)
    "E_CN.15_2022_L.1": ("adopted", 13, "2022-05-20", None, "ccpcj", "13"),                  # para. 130
    "E_CN.15_2022_L.2": ("adopted", 13, "2022-05-20", None, "ccpcj", "6"),                   # para. 84
    "E_CN.15_2022_L.3_Rev.1": ("recommended-for-approval-by-ecosoc-for-adoption-by-ga", 13, "2022-05-20",
                               "ecosoc", "general-assembly", "9"),                          # para. 119
    "E_CN.15_2022_L.4_Rev.1": ("recommended-for-approval-by-ecosoc-for-adoption-by-ga", 13, "2022-05-20",
                               "ecosoc", "general-assembly", "7"),                          # para. 98
    "E_CN.15_2022_L.5": ("recommended-for-approval-by-ecosoc-for-adoption-by-ga", 13, "2022-05-20",
                         "ecosoc", "general-assembly", "8"),                                # para. 109
    # para. 128
    "E_CN.15_2022_L.6": ("recommended-for-adoption-by-ecosoc", 12, "2022-05-20", "ecosoc", "ecosoc", "11"),
    "E_2022_30/draft-decision-i": ("recommended-for-adoption-by-ecosoc", 9, "2022-05-18", "ecosoc", "ecosoc",
                                   "6"),                                                    # para. 83
    # para. 144: "At its 1st meeting, on 16 May 2022, the Commission adopted the provisional agenda
    # (E/CN.15/2022/1)" -- agenda item 2, "Adoption of the agenda and other organizational matters"
    "E_CN.15_2022_1": ("adopted", 1, "2022-05-16", None, "ccpcj", "2"),
}


@pytest.mark.parametrize("key", sorted(ACTIONS))
def test_action_on_draft(select: Select, key: str) -> None:
    action, meeting, date, to, final, item = ACTIONS[key]
    rows = select(f"""
        SELECT ?action ?meeting ?date ?to ?final ?item ?body WHERE {{
          {doc(key)} ccpcj:action ?action ; ccpcj:actionMeeting ?meeting ; ccpcj:actionDate ?date ;
              ccpcj:finalDestination ?final ; ccpcj:underAgendaItem ?item ; ccpcj:actingBody ?body .
          OPTIONAL {{ {doc(key)} ccpcj:recommendedTo ?to }}
        }}""")
    assert len(rows) == 1, rows
    r = rows[0]
    assert short(r["action"]) == f"action/{action}"
    assert short(r["meeting"]) == f"session/31/meeting/{meeting}"
    assert r["date"] == date
    assert (short(r["to"]) if "to" in r else None) == (f"organization/{to}" if to else None)
    assert short(r["final"]) == f"organization/{final}"
    assert short(r["item"]) == f"session/31/agenda-item/{item}"
    assert short(r["body"]) == "organization/ccpcj"


def test_titles_of_the_drafts(select: Select) -> None:
    rows = select("""SELECT ?d ?t WHERE {
                       ?d a ccpcj:DraftResolution ; dcterms:identifier ?id ; dcterms:title ?t }""")
    assert {short(r["d"]).removeprefix("document/"): r["t"] for r in rows} == {
        "E_CN.15_2022_L.2": "Strengthening the international legal framework for international cooperation "
                            "to prevent and combat illicit trafficking in wildlife",
        "E_CN.15_2022_L.3_Rev.1": "Follow-up to the Fourteenth United Nations Congress on Crime Prevention "
                                  "and Criminal Justice and preparations for the Fifteenth United Nations "
                                  "Congress on Crime Prevention and Criminal Justice",
        "E_CN.15_2022_L.4_Rev.1": "Reducing reoffending through rehabilitation and reintegration",
        "E_CN.15_2022_L.5": "Strengthening national and international efforts, including with the private "
                            "sector, to protect children from sexual exploitation and abuse",
    }


# --- revisions: "/Rev.1" is its own document; "as revised" is an oral revision ---------------------------

def test_revision_links(select: Select, ask: Ask) -> None:
    rows = select("SELECT ?rev ?orig WHERE { ?rev ccpcj:revisionOf ?orig }")
    assert {(short(r["rev"]), short(r["orig"])) for r in rows if "E_CN.15_2022" in r["rev"]} == {
        ("document/E_CN.15_2022_L.3_Rev.1", "document/E_CN.15_2022_L.3"),   # para. 119
        ("document/E_CN.15_2022_L.4_Rev.1", "document/E_CN.15_2022_L.4"),   # para. 98
    }
    rows = select("SELECT ?d WHERE { ?d ccpcj:orallyRevised true }")
    # paras. 84, 109
    assert {short(r["d"]) for r in rows} == {"document/E_CN.15_2022_L.2", "document/E_CN.15_2022_L.5"}
    # the report names no Rev.1 of L.2 or L.5
    for key in ("E_CN.15_2022_L.2_Rev.1", "E_CN.15_2022_L.5_Rev.1"):
        assert not ask(f"ASK {{ {{ {doc(key)} ?p ?o }} UNION {{ ?s ?p {doc(key)} }} }}")
    assert ask(f"ASK {{ {doc('E_CN.15_2022_L.1')} ccpcj:orallyAmended true }}")  # para. 130


def test_texts_printed_in_chapter_one(select: Select) -> None:
    rows = select("""SELECT ?draft ?text ?label WHERE { ?draft ccpcj:reproducedAs ?text .
                     ?text ccpcj:reportLabel ?label ; dcterms:isPartOf doc:E_2022_30 }""")
    assert {(short(r["draft"]), short(r["text"]), r["label"]) for r in rows} == {
        ("document/E_CN.15_2022_L.3_Rev.1", "document/E_2022_30/draft-resolution-i", "draft resolution I"),
        ("document/E_CN.15_2022_L.4_Rev.1", "document/E_2022_30/draft-resolution-ii", "draft resolution II"),
        ("document/E_CN.15_2022_L.5", "document/E_2022_30/draft-resolution-iii", "draft resolution III"),
        ("document/E_CN.15_2022_L.6", "document/E_2022_30/draft-decision-ii", "draft decision II"),
    }


def test_commission_resolution_and_decision(select: Select) -> None:
    rows = select(f"SELECT ?d WHERE {{ {doc('E_CN.15_2022_L.2')} ccpcj:adoptedAs ?d }}")
    assert [short(r["d"]) for r in rows] == ["resolution/ccpcj-31-1"]
    rows = select(f"""SELECT ?x ?date ?label WHERE {{
                      VALUES ?x {{ <{ID}resolution/ccpcj-31-1> <{ID}decision/ccpcj-31-1> }}
                      ?x ccpcj:adoptionDate ?date ; rdfs:label ?label ; dcterms:isPartOf doc:E_2022_30 }}""")
    assert {(short(r["x"]), r["date"], r["label"]) for r in rows} == {
        ("resolution/ccpcj-31-1", "2022-05-20", "CCPCJ resolution 31/1"),   # para. 84
        ("decision/ccpcj-31-1", "2022-05-18", "CCPCJ decision 31/1"),       # para. 4
    }


def test_unicri_report_transmitted_by_decision_31_1(select: Select) -> None:
    rows = select(f"""SELECT ?m WHERE {{ <{ID}decision/ccpcj-31-1> ccpcj:actionMeeting ?m ;
                      dcterms:references {doc('E_CN.15_2022_8')} }}""")
    assert [short(r["m"]) for r in rows] == ["session/31/meeting/9"]


# --- documents before the Commission and documents cited ----------------------------------------------------

def test_documents_before_the_commission(select: Select) -> None:
    rows = select("""SELECT ?d ?t WHERE { VALUES ?t { ccpcj:Note ccpcj:Report ccpcj:ConferenceRoomPaper }
                     ?d a ?t ; ccpcj:atSession session:31 }""")
    kinds = {short(r["d"]).removeprefix("document/"): r["t"].split("#")[1] for r in rows}
    assert kinds["E_CN.15_2022_6"] == "Note"            # para. 28: note by the Secretariat, discussion guide
    assert kinds["E_CN.15_2022_8"] == "Note"            # para. 51 (e)
    assert kinds["E_CN.15_2022_9"] == "Report"          # para. 86
    assert kinds["E_CN.15_2022_10"] == "Note"           # para. 99 (b)
    assert kinds["E_CN.15_2022_11"] == "Report"         # para. 111 (a)
    assert kinds["E_CN.15_2022_13"] == "Note"           # para. 51 (f)
    assert kinds["E_CN.15_2022_CRP.5"] == "ConferenceRoomPaper"  # para. 81
    assert kinds["E_CN.15_2022_CRP.8"] == "ConferenceRoomPaper"  # para. 145


@pytest.mark.parametrize("n", [2, 3, 12])
def test_joint_symbol_documents_keep_the_printed_symbol(select: Select, n: int) -> None:
    # paras. 15, 51, 99: "E/CN.7/2022/2-E/CN.15/2022/2" etc.; one node, identified by its E/CN.15 symbol
    rows = select(f"""SELECT ?id ?alt WHERE {{
                      {doc(f'E_CN.15_2022_{n}')} dcterms:identifier ?id ; skos:altLabel ?alt }}""")
    assert {r["id"] for r in rows} == {f"E/CN.15/2022/{n}"}
    assert {r["alt"] for r in rows} == {f"E/CN.7/2022/{n}-E/CN.15/2022/{n}", f"E/CN.7/2022/{n}"}


CITED_DATES = {
    "A_RES_76_181": "2021-12-16", "A_RES_76_182": "2021-12-16", "A_RES_76_185": "2021-12-16",
    "A_RES_46_152": "1991-12-18", "A_RES_57_270_B": "2003-06-23", "A_RES_415_V": "1950-12-01",
    "A_DEC_74_550_A": "2020-04-13", "A_DEC_74_550_B": "2020-08-12",
    "A_RES_69_314": "2015-07-30", "A_RES_70_301": "2016-09-09", "A_RES_71_326": "2017-09-11",
    "A_RES_73_343": "2019-09-16", "A_RES_75_311": "2021-07-23",
    "A_RES_69_194": "2014-12-18", "A_RES_74_174": "2019-12-18", "A_RES_72_195": "2017-12-19",
    "A_RES_73_148": "2018-12-17", "A_RES_73_154": "2018-12-17",
    "E_RES_155_C_VII": "1948-08-13", "E_RES_1992_22": "1992-07-30", "E_RES_2004_27": "2004-07-21",
    "E_RES_2005_20": "2005-07-22", "E_RES_2011_33": "2011-07-28", "E_RES_2013_40": "2013-07-25",
}


@pytest.mark.parametrize("key", sorted(CITED_DATES))
def test_dates_of_cited_resolutions(select: Select, key: str) -> None:
    rows = select(f"SELECT ?date WHERE {{ {doc(key)} ccpcj:adoptionDate ?date }}")
    assert [r["date"] for r in rows] == [CITED_DATES[key]]


def test_commission_texts_cited_with_dates(select: Select) -> None:
    rows = select(f"""SELECT ?x ?date WHERE {{
                      VALUES ?x {{ <{ID}decision/ccpcj-21-1> <{ID}resolution/ccpcj-26-3>
                      <{ID}resolution/ccpcj-16-2> <{ID}resolution/ccpcj-28-3> }} ?x ccpcj:adoptionDate ?date }}""")
    assert {short(r["x"]): r["date"] for r in rows} == {
        "decision/ccpcj-21-1": "2012-04-27",     # draft decision II (b)
        "resolution/ccpcj-26-3": "2017-05-26",   # draft resolution III
        "resolution/ccpcj-16-2": "2007-04-27",   # draft resolution III
        "resolution/ccpcj-28-3": "2019-05-24",   # resolution 31/1
    }


@pytest.mark.parametrize("key", ["A_RES_68_1", "A_RES_61_16", "A_RES_72_305", "A_RES_74_247",
                                 "A_RES_75_290_A", "A_RES_75_290_B", "E_RES_2003_31", "E_RES_1989_56",
                                 "E_DEC_2022_317", "E_DEC_2021_253"])
def test_cited_without_a_date_have_none(select: Select, key: str) -> None:
    assert select(f"SELECT ?d WHERE {{ {doc(key)} ccpcj:adoptionDate|dcterms:date ?d }}") == []
    assert len(select(f"SELECT ?id WHERE {{ {doc(key)} dcterms:identifier ?id }}")) == 1


def test_who_cites_what(ask: Ask) -> None:
    assert ask(f"ASK {{ <{ID}document/E_2022_30/draft-resolution-i> dcterms:references "
               f"{doc('A_RES_76_181')}, {doc('E_RES_155_C_VII')}, {doc('A_DEC_74_550_B')} }}")
    assert ask(f"ASK {{ <{ID}resolution/ccpcj-31-1> dcterms:references "
               f"{doc('A_RES_69_314')}, {doc('A_RES_75_311')} }}")
    assert ask(f"ASK {{ <{ID}document/E_2022_30/draft-decision-ii> dcterms:references "
               f"<{ID}decision/ccpcj-21-1> }}")


def test_one_property_per_date_meaning(select: Select) -> None:
    """Adopted texts carry ccpcj:adoptionDate, never dcterms:date (ontology 1.1.0, issue 13 item 4)."""
    rows = select("""SELECT ?x WHERE { ?x dcterms:date ?d .
                     VALUES ?c { ccpcj:Resolution ccpcj:Decision ccpcj:GeneralAssemblyResolution
                                 ccpcj:GeneralAssemblyDecision ccpcj:EcosocResolution ccpcj:EcosocDecision }
                     ?x a ?c }""")
    assert rows == []
    # the draft's action date and the adopted text's adoption date agree (E/2022/30 para. 84)
    rows = select(f"""SELECT ?acted ?adopted WHERE {{ {doc('E_CN.15_2022_L.2')} ccpcj:actionDate ?acted ;
                      ccpcj:adoptedAs ?text . ?text ccpcj:adoptionDate ?adopted }}""")
    assert rows == [{"acted": "2022-05-20", "adopted": "2022-05-20"}]
