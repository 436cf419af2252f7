"""Sessions 30, 32 and 33 (data/sessions/other-sessions.ttl) against the seeds.

Expected values were read off the passages named in each test: E/2022/30 (seed 003), the Chair's
summaries (seed 004) and the GI-TOC analysis of the 33rd session (seed 001).
"""

from __future__ import annotations

from collections.abc import Callable

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"
GRAPH = "<https://w3id.org/ccpcj-kg/graph/data/sessions/other-sessions>"


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def test_session_labels_and_numbers(select: Select) -> None:
    rows = select(f"SELECT ?s ?n ?l WHERE {{ GRAPH {GRAPH} {{ "
                  "?s a ccpcj:Session ; ccpcj:sessionNumber ?n ; rdfs:label ?l } }")
    assert {short(r["s"]): (r["n"], r["l"]) for r in rows} == {
        "session/30": ("30", "30th session of the CCPCJ"),
        "session/32": ("32", "32nd session of the CCPCJ"),
        "session/33": ("33", "33rd session of the CCPCJ"),
    }


# --- 30th session -------------------------------------------------------------------------------

def test_reconvened_thirtieth_session_8_to_10_december_2021(select: Select) -> None:
    rows = select("""SELECT ?part ?s ?e ?l WHERE {
                       ?part a ccpcj:SessionPart ; schema:superEvent session:30 ;
                             rdfs:label ?l ; schema:startDate ?s ; schema:endDate ?e }""")
    # E/2022/30, para. 133: "At its reconvened thirtieth session, held from 8 to 10 December 2021"
    assert rows == [{"part": f"{ID}session/30/reconvened-part", "s": "2021-12-08", "e": "2021-12-10",
                     "l": "30th session of the CCPCJ, reconvened part"}]


def test_officers_of_the_thirtieth_session(select: Select) -> None:
    rows = select("""
        SELECT ?h ?person ?role ?state WHERE {
          ?h a ccpcj:OfficeHolding ; ccpcj:forSession session:30 ; org:member ?person ; org:role ?role ;
             org:organization organization:ccpcj ; ccpcj:representingState ?state .
        }""")
    assert {short(r["h"]): (short(r["person"]), short(r["role"]), short(r["state"])) for r in rows} == {
        # Chair's summaries, introductory note:
        # "Alessandro Cortese (Italy), Chair of the CCPCJ at its thirtieth session"
        "session/30/officer/chair": ("person/alessandro-cortese", "role/chair", "state/ITA"),
        # Chair's summaries, para. 14:
        # "Takeshi Hikihara, First Vice-Chair of the Commission at its 30th session"
        "session/30/officer/first-vice-chair":
            ("person/takeshi-hikihara", "role/first-vice-chair", "state/JPN"),
    }


def test_thirtieth_session_chair_shortcut(select: Select) -> None:
    rows = select("SELECT ?p WHERE { session:30 ccpcj:chair ?p }")
    assert rows == [{"p": f"{ID}person/alessandro-cortese"}]


# --- 32nd session -------------------------------------------------------------------------------

def test_thirty_second_session_theme_from_the_provisional_agenda(select: Select) -> None:
    rows = select("SELECT ?t ?src WHERE { session:32 ccpcj:theme ?t ; prov:wasDerivedFrom ?src }")
    # E/2022/30, chap. I, sect. B, draft decision II, provisional agenda item 5 (printed under para. 2)
    assert rows == [{"t": "enhancing the functioning of the criminal justice system to ensure access to "
                          "justice and to realize a safe and secure society",
                     "src": f"{ID}document/E_2022_30/para/2"}]


# --- 33rd session -------------------------------------------------------------------------------

def test_thirty_third_session_dates_year_and_theme(select: Select) -> None:
    rows = select("""SELECT ?s ?e ?y ?t WHERE { session:33 schema:startDate ?s ; schema:endDate ?e ;
                                                         ccpcj:year ?y ; ccpcj:theme ?t }""")
    # GI-TOC 2024, para. 1: "held its 33rd session from 13 to 17 May"; para. 2: the theme
    assert rows == [{"s": "2024-05-13", "e": "2024-05-17", "y": "2024",
                     "t": "promoting international cooperation and technical assistance"}]


def test_thirty_third_session_chair_is_the_czech_ambassador_unnamed(select: Select, ask: Ask) -> None:
    rows = select("""SELECT ?h ?state ?src WHERE {
                       ?h a ccpcj:OfficeHolding ; ccpcj:forSession session:33 ;
                          org:role <https://w3id.org/ccpcj-kg/id/role/chair> ;
                          ccpcj:representingState ?state ; prov:wasDerivedFrom ?src }""")
    # GI-TOC 2024, para. 4: "the chair of the meeting (the ambassador of the Czech Republic)"
    assert rows == [{"h": f"{ID}session/33/officer/chair", "state": f"{ID}state/CZE",
                     "src": f"{ID}source/gitoc-2024-ccpcj33/para/4"}]
    # no source names the person: not equated with the 2024 thematic-discussion chair (Ivo Sramek)
    assert not ask("ASK { <https://w3id.org/ccpcj-kg/id/session/33/officer/chair> org:member ?p }")
    assert not ask("ASK { session:33 ccpcj:chair ?p }")


def test_no_place_given_for_the_other_sessions(ask: Ask) -> None:
    assert not ask("ASK { VALUES ?s { session:30 session:32 session:33 } ?s schema:location ?p }")
