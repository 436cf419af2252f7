"""Claims and reported support of the GI-TOC analyses (seeds 000, 001) and the UNIS release (seed 002).

Expected values were read off the articles; ``para. n`` counts an article's non-empty lines from 1.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"
G22 = "gitoc-2022-ccpcj31"
G24 = "gitoc-2024-ccpcj33"
UNIS = "unis-2022-05-16-ccpcj31"


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def support(select: Select, text: str, source: str) -> dict[str, set[str]]:
    """role → set of supporter keys, for one text as reported by one source."""
    rows = select(f"""
        SELECT ?who ?role WHERE {{
          ?s a ccpcj:ReportedSupport ; ccpcj:supportOf <{ID}{text}> ;
             ccpcj:supporter ?who ; ccpcj:supportRole ?role .
          FILTER(STRSTARTS(STR(?s), "{ID}{text}/support/{source}-"))
        }}""")
    out: dict[str, set[str]] = {}
    for r in rows:
        role = short(r["role"]).removeprefix("role/")
        out.setdefault(role, set()).add(short(r["who"]).removeprefix("state/"))
    return out


# --- sources ------------------------------------------------------------------------------------

def test_sources(select: Select) -> None:
    rows = select(f"""
        SELECT ?s ?date ?publisher WHERE {{
          VALUES ?s {{ source:{G22} source:{G24} source:{UNIS} }}
          ?s a ccpcj:Source ; dcterms:date ?date ; dcterms:publisher ?p . ?p skos:altLabel ?publisher .
        }}""")
    assert {short(r["s"]): (r["date"], r["publisher"]) for r in rows} == {
        f"source/{G22}": ("2022", "GI-TOC"),
        f"source/{G24}": ("2024", "GI-TOC"),
        f"source/{UNIS}": ("2022-05-16", "UN Information Service"),
    }


def test_the_2022_analysis_is_by_ian_tennant(select: Select) -> None:
    rows = select(f"SELECT ?name WHERE {{ source:{G22} dcterms:creator ?c . "
                  "?c a ccpcj:Person ; rdfs:label ?name }")
    assert rows == [{"name": "Ian Tennant"}]   # seed 000, paras. 1-2: "Author(s) / Ian Tennant"


def test_unis_release_title(select: Select) -> None:
    rows = select(f"SELECT ?t WHERE {{ source:{UNIS} dcterms:title ?t }}")
    assert rows == [{"t": "130 countries meet to advance policies and commitments on cybercrime, "
                          "criminal justice, and crime prevention at 31st Crime Commission"}]


# --- reported support, 31st session (seed 000) -------------------------------------------------

def test_tablers_of_the_wildlife_draft_per_gitoc_2022(select: Select) -> None:
    # para. 7: "Angola, Kenya and Peru tabled a resolution ..."
    assert support(select, "document/E_CN.15_2022_L.2", G22) == {"tabler": {"AGO", "KEN", "PER"}}


def test_tabler_of_the_child_sexual_exploitation_draft_per_gitoc_2022(select: Select) -> None:
    # para. 16: "The UK tabled a resolution aimed at improving responses to sexual exploitation and abuse
    # of minors"
    assert support(select, "document/E_CN.15_2022_L.5", G22) == {"tabler": {"GBR"}}


def test_reported_support_is_not_sponsorship(select: Select, ask: Ask) -> None:
    assert not ask("ASK { ?x a ccpcj:ReportedSupport , ccpcj:Sponsorship }")
    assert not ask("ASK { ?x a ccpcj:ReportedSupport ; ccpcj:sponsorshipOf ?d }")
    sponsors = {short(r["s"]) for r in select(
        "SELECT ?s WHERE { ?x a ccpcj:Sponsorship ; ccpcj:sponsorshipOf "
        f"<{ID}document/E_CN.15_2022_L.2> ; ccpcj:sponsor ?s }}")}
    # E/2022/30, para. 84 lists 14 sponsors, among them Angola, Kenya and Peru, but also e.g. Colombia
    assert {"state/AGO", "state/KEN", "state/PER"} < sponsors
    assert "state/COL" in sponsors


def test_reported_support_cites_its_paragraph(select: Select) -> None:
    rows = select(f"""SELECT ?s ?p WHERE {{ ?s a ccpcj:ReportedSupport ; prov:wasDerivedFrom ?p .
                                           FILTER(CONTAINS(STR(?s), "/support/{G22}-")) }}""")
    assert {short(r["s"]).split("/support/")[1]: short(r["p"]) for r in rows} == {
        f"{G22}-ago": f"source/{G22}/para/7", f"{G22}-ken": f"source/{G22}/para/7",
        f"{G22}-per": f"source/{G22}/para/7", f"{G22}-gbr": f"source/{G22}/para/16",
    }


# --- reported support, 33rd session (seed 001) -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # para. 4: "tabled by the chair of the meeting (the ambassador of the Czech Republic), Japan and the UAE"
    # (the chair is recorded as the office, see the next test; the States are Japan and the UAE)
    ("text/33-crime-congress-follow-up", {"tabler": {"JPN", "ARE"}}),
    # para. 8: "tabled by Colombia, Japan, South Africa, Thailand and Vietnam"
    ("text/33-rehabilitation-and-reintegration", {"tabler": {"COL", "JPN", "ZAF", "THA", "VNM"}}),
    # para. 9: "Belarus (supported by Nicaragua and Syria) tabled a resolution on trafficking in persons"
    ("text/33-trafficking-in-persons", {"tabler": {"BLR"}, "supporter": {"NIC", "SYR"}}),
    # para. 9: "Australia and Indonesia led negotiations ... supported by Austria, Bulgaria, Croatia,
    # the Dominican Republic, France, Germany, Italy, Malta, Morocco, the Philippines, Romania and Slovenia"
    ("text/33-children-associated-with-terrorist-groups", {
        "lead": {"AUS", "IDN"},
        "supporter": {"AUT", "BGR", "HRV", "DOM", "FRA", "DEU", "ITA", "MLT", "MAR", "PHL", "ROU", "SVN"}}),
    # para. 9: "Italy introduced a resolution ... supported by Andorra, Austria, Ecuador, France, Germany,
    # Indonesia, Italy, Malta and Slovenia"
    ("text/33-violence-against-children", {
        "introducer": {"ITA"},
        "supporter": {"AND", "AUT", "ECU", "FRA", "DEU", "IDN", "ITA", "MLT", "SVN"}}),
])
def test_support_sets_of_the_33rd_session_exactly_as_printed(select: Select, text: str,
                                                              expected: dict[str, set[str]]) -> None:
    assert support(select, text, G24) == expected


def test_the_chair_of_the_33rd_session_tabled_as_an_office_not_as_a_state(select: Select) -> None:
    """Para. 4: "tabled by the chair of the meeting (the ambassador of the Czech Republic)": the
    office session/33/officer/chair, which carries Czechia as the State represented."""
    rows = select(f"""SELECT ?office ?state ?role WHERE {{
        ?x ccpcj:supportOf <{ID}text/33-crime-congress-follow-up> ; ccpcj:supportingOffice ?office ;
           ccpcj:supportRole ?role .
        FILTER NOT EXISTS {{ ?x ccpcj:supporter ?any }}
        OPTIONAL {{ ?office ccpcj:representingState ?state }} }}""")
    assert [(short(r["office"]), short(r["state"]), short(r["role"])) for r in rows] == [
        ("session/33/officer/chair", "state/CZE", "role/tabler")]


def test_the_33rd_session_texts(select: Select) -> None:
    rows = select("""SELECT ?t WHERE { ?t a ccpcj:Resolution ; ccpcj:atSession session:33 ; rdfs:label ?l ;
                                          dcterms:description ?d }""")
    assert {short(r["t"]) for r in rows} == {
        "text/33-crime-congress-follow-up", "text/33-rehabilitation-and-reintegration",
        "text/33-trafficking-in-persons", "text/33-children-associated-with-terrorist-groups",
        "text/33-violence-against-children",
    }


def test_the_chair_tabler_carries_the_articles_wording(select: Select) -> None:
    rows = select(f"""SELECT ?note WHERE {{
        <{ID}text/33-crime-congress-follow-up/support/{G24}-chair> ccpcj:supportingOffice ?office ;
            skos:note ?note }}""")
    assert len(rows) == 1 and "the ambassador of the Czech Republic" in rows[0]["note"]


# --- claims -------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [G22, G24, UNIS])
def test_every_claim_carries_its_source_and_a_passage_of_it(select: Select, source: str) -> None:
    rows = select(f"""
        SELECT ?c ?by ?doc WHERE {{
          ?c a ccpcj:Claim ; ccpcj:claimText ?t ; ccpcj:about ?a .
          FILTER(STRSTARTS(STR(?c), "{ID}claim/{source}-"))
          OPTIONAL {{ ?c ccpcj:claimedBy ?by }}
          OPTIONAL {{ ?c prov:wasDerivedFrom ?p . ?p a ccpcj:Passage ; dcterms:isPartOf ?doc }}
        }}""")
    assert len({r["c"] for r in rows}) >= 12
    assert {(r.get("by"), r.get("doc")) for r in rows} == {(f"{ID}source/{source}", f"{ID}source/{source}")}


def claim(select: Select, source: str, about: str, needle: str) -> set[str]:
    """The passages of the claims of one source about one resource whose text contains ``needle``."""
    rows = select(f"""
        SELECT ?p WHERE {{
          ?c a ccpcj:Claim ; ccpcj:claimedBy source:{source} ; ccpcj:about <{ID}{about}> ;
             ccpcj:claimText ?t ; prov:wasDerivedFrom ?p .
          FILTER(CONTAINS(?t, "{needle}"))
        }}""")
    return {short(r["p"]) for r in rows}


def test_claim_belarus_voted_off_the_40_member_ccpcj(select: Select) -> None:
    assert claim(select, G24, "state/BLR", "voted off the 40-member CCPCJ") == {f"source/{G24}/para/10"}


def test_claim_all_resolutions_adopted_by_consensus(select: Select) -> None:
    assert claim(select, G24, "session/33", "all resolutions being adopted by consensus") == {
        f"source/{G24}/para/1"}


def test_claim_fifteenth_congress_in_abu_dhabi_in_april_2026_and_its_theme(select: Select) -> None:
    assert claim(select, G24, "congress/15", "Abu Dhabi in April 2026") == {f"source/{G24}/para/4"}
    assert claim(select, G24, "congress/15", "protecting people and planet") == {f"source/{G24}/para/5"}


def test_claim_130_countries_55_ngos_over_80_side_events(select: Select) -> None:
    assert claim(select, UNIS, "session/31", "over 80 side events") == {f"source/{UNIS}/para/3",
                                                                        f"source/{UNIS}/para/11"}
    assert claim(select, UNIS, "session/31", "130 countries and 55 non-governmental organizations")
    # para. 11 prints "bring together over representatives from 130 countries" and the headline
    # (para. 3) "130 countries meet": the release never says "over 130 countries".
    rows = select(f"""SELECT ?t ?l WHERE {{ ?c ccpcj:claimedBy source:{UNIS} ; ccpcj:claimText ?t ;
                                          rdfs:label ?l }}""")
    assert not [r for r in rows if "over 130" in r["t"] or "over 130" in r["l"]]
    assert claim(select, UNIS, "session/31", "representatives from 130 countries") == {
        f"source/{UNIS}/para/3", f"source/{UNIS}/para/11"}


def test_claim_hikihara_moderated_the_special_event(select: Select) -> None:
    assert claim(select, UNIS, "person/takeshi-hikihara", "moderated by Ambassador Takeshi Hikihara") == {
        f"source/{UNIS}/para/6"}


def test_claim_un_women_executive_director_addressed_the_commission_first_time(select: Select) -> None:
    assert claim(select, UNIS, "person/sima-sami-bahous", "For the first time") == {f"source/{UNIS}/para/8"}
    assert claim(select, UNIS, "organization/un-women", "Sima Sami Bahous")


def test_claim_ghada_waly_opening_remarks(select: Select) -> None:
    assert claim(select, UNIS, "person/ghada-waly", "in her opening remarks") == {f"source/{UNIS}/para/7"}


def test_claim_no_host_yet_for_the_2026_congress(select: Select) -> None:
    assert claim(select, G22, "congress/15", "not a host country") == {f"source/{G22}/para/18",
                                                                       f"source/{G22}/para/19"}


def test_claim_the_31st_session_theme_per_gitoc(select: Select) -> None:
    assert claim(select, G22, "session/31", "Strengthening the use of digital evidence") == {
        f"source/{G22}/para/15"}
