"""The 31st session (parts, meetings, agenda, officers, attendance, thematic discussion) against E/2022/30.

Every expected value below was read off the report (the paragraph is named in each test), not
taken from the data. The tests use IRIs, so they hold on ``data/session-31/session.ttl`` whatever
else is built.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"
S31 = f"<{ID}session/31>"
GRAPHS = ("<https://w3id.org/ccpcj-kg/graph/data/session-31/session>",
          "<https://w3id.org/ccpcj-kg/graph/data/session-31/documents>")


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def para(n: int) -> str:
    return f"<{ID}document/E_2022_30/para/{n}>"


# --- session and parts (title page, Note, paras. 135, 137, 139) ----------------------------------

def test_parts_and_their_dates(select: Select) -> None:
    rows = select(f"""
        SELECT ?part ?start ?end WHERE {{
          ?part a ccpcj:SessionPart ; schema:superEvent {S31} ;
                schema:startDate ?start ; schema:endDate ?end .
        }}""")
    assert {short(r["part"]): (r["start"], r["end"]) for r in rows} == {
        "session/31/bureau-election": ("2021-12-10", "2021-12-10"),      # para. 139
        "session/31/regular-part": ("2022-05-16", "2022-05-20"),         # paras. 135, 137
        # the Note: "to be held on 8 and 9 December 2022"
        "session/31/reconvened-part": ("2022-12-08", "2022-12-09"),
    }


def test_session_is_the_31st_and_opened_on_10_december_2021(select: Select) -> None:
    rows = select(f"SELECT ?n ?start ?chair WHERE {{ {S31} a ccpcj:Session ; ccpcj:sessionNumber ?n ; "
                  f"schema:startDate ?start ; ccpcj:chair ?chair }}")
    assert rows == [{"n": "31", "start": "2021-12-10", "chair": f"{ID}person/takeshi-hikihara"}]


def test_session_has_no_end_date_because_the_reconvened_part_was_only_announced(ask: Ask) -> None:
    assert not ask(f"ASK {{ {S31} schema:endDate ?d }}")
    assert ask(f"ASK {{ <{ID}session/31/reconvened-part> schema:eventStatus schema:EventScheduled }}")


def test_regular_part_in_vienna_hybrid_hosted_by_austria(select: Select) -> None:
    rows = select(f"""
        SELECT ?place ?format ?host WHERE {{
          <{ID}session/31/regular-part> schema:location ?place ; ccpcj:format ?format ;
              ccpcj:hostState ?host .
        }}""")
    assert rows == [{"place": f"{ID}place/vienna", "format": "hybrid", "host": f"{ID}state/AUT"}]


def test_theme_of_the_session(select: Select) -> None:
    rows = select(f"SELECT ?theme WHERE {{ {S31} ccpcj:theme ?theme }}")
    assert [r["theme"] for r in rows] == [
        "Strengthening the use of digital evidence in criminal justice and countering cybercrime, including "
        "the abuse and exploitation of minors in illegal activities with the use of the Internet"]


# --- meetings --------------------------------------------------------------------------------------

MEETING_DATES = {
    1: "2022-05-16", 2: "2022-05-16", 3: "2022-05-16", 4: "2022-05-16",   # para. 5
    5: "2022-05-17", 6: "2022-05-17",                                       # para. 27
    # para. 50: "At its 7th, 8th and 9th meetings, on 18 May 2022"
    7: "2022-05-18", 8: "2022-05-18", 9: "2022-05-18",
    10: "2022-05-19", 11: "2022-05-19",                                     # paras. 85, 120
    12: "2022-05-20", 13: "2022-05-20",                                     # paras. 125, 130
}


def test_thirteen_meetings_with_their_dates(select: Select) -> None:
    rows = select("""
        SELECT ?m ?n ?date ?part WHERE {
          ?m a ccpcj:Meeting ; ccpcj:meetingNumber ?n ; schema:startDate ?date ; schema:endDate ?date ;
             schema:superEvent ?part .
          FILTER(STRSTARTS(STR(?m), "https://w3id.org/ccpcj-kg/id/session/31/"))
        }""")
    assert {int(r["n"]): r["date"] for r in rows} == MEETING_DATES
    assert {short(r["m"]) for r in rows} == {f"session/31/meeting/{n}" for n in range(1, 14)}
    assert {short(r["part"]) for r in rows} == {"session/31/regular-part"}


def test_eighth_meeting_date_comes_from_para_50(ask: Ask) -> None:
    assert ask(f"ASK {{ <{ID}session/31/meeting/8> prov:wasDerivedFrom {para(50)} }}")


# --- agenda (para. 144) and the provisional agenda of the 32nd session (para. 2) --------------------

ITEMS = {"1", "2", "3", "4", "4a", "4b", "4c", "4d", "5", "6", "6a", "6b", "6c", "6d", "6e",
         "7", "8", "9", "10", "11", "12", "13"}


@pytest.mark.parametrize("session", [31, 32])
def test_agenda_items_and_sub_items(select: Select, session: int) -> None:
    rows = select(f"""
        SELECT ?item ?number ?parent WHERE {{
          ?item a ccpcj:AgendaItem ; ccpcj:agendaOf <{ID}session/{session}> ; ccpcj:itemNumber ?number .
          OPTIONAL {{ ?item ccpcj:subItemOf ?parent }}
        }}""")
    prefix = f"session/{session}/agenda-item/"
    assert {short(r["item"]).removeprefix(prefix) for r in rows} == ITEMS
    assert len(rows) == 22
    subs = {short(r["item"]).removeprefix(prefix): short(r["parent"]).removeprefix(prefix)
            for r in rows if "parent" in r}
    assert subs == {"4a": "4", "4b": "4", "4c": "4", "4d": "4",
                    "6a": "6", "6b": "6", "6c": "6", "6d": "6", "6e": "6"}
    numbers = {short(r["item"]).removeprefix(prefix): r["number"] for r in rows}
    assert numbers["6e"] == "6 (e)" and numbers["10"] == "10"


def titles(select: Select, session: int) -> dict[str, str]:
    rows = select(f"""SELECT ?item ?title WHERE {{
        ?item ccpcj:agendaOf <{ID}session/{session}> ; dcterms:title ?title }}""")
    return {short(r["item"]).split("/")[-1]: r["title"] for r in rows}


def test_agenda_titles_of_the_31st_session(select: Select) -> None:
    t = titles(select, 31)
    assert t["3"] == "General debate"
    assert t["4c"] == "Working methods of the Commission"
    assert t["5"] == ("Thematic discussion on strengthening the use of digital evidence in criminal justice "
                      "and countering cybercrime, including the abuse and exploitation of minors in illegal "
                      "activities with the use of the Internet")
    assert t["10"] == ("Contributions by the Commission to the work of the Economic and Social Council, "
                       "in line with General Assembly resolution 72/305, including follow-up to and review "
                       "and implementation of the 2030 Agenda for Sustainable Development")
    assert t["13"] == "Adoption of the report of the Commission on its thirty-first session"


def test_provisional_agenda_of_the_32nd_session(select: Select, ask: Ask) -> None:
    t = titles(select, 32)
    assert t["5"] == ("Thematic discussion on enhancing the functioning of the criminal justice system to "
                      "ensure access to justice and to realize a safe and secure society")
    assert "General Assembly resolutions 75/290 A and B" in t["10"]
    assert t["11"] == "Provisional agenda for the thirty-third session of the Commission"
    assert t["13"] == "Adoption of the report of the Commission on its thirty-second session"
    assert not ask(f"""ASK {{ ?i ccpcj:agendaOf <{ID}session/32> .
                            FILTER NOT EXISTS {{ ?i prov:wasDerivedFrom {para(2)} }} }}""")


CONSIDERED = {
    "2": {1},                      # para. 144: agenda adopted at the 1st meeting
    "3": {1, 2, 3, 4, 6, 7},       # para. 5, and paras. 11-12 of the chapter on the general debate
    "4": {7}, "4a": {7}, "4b": {7}, "4c": {7}, "4d": {7},                       # para. 14
    "5": {5, 6},                                                                  # para. 27
    # para. 50
    "6": {7, 8, 9}, "6a": {7, 8, 9}, "6b": {7, 8, 9}, "6c": {7, 8, 9}, "6d": {7, 8, 9}, "6e": {7, 8, 9},
    "7": {9, 10},                  # para. 85
    "8": {10},                     # para. 99
    "9": {10},                     # para. 110
    "10": {11},                    # para. 120
    "11": {12},                    # para. 125
    "12": {12},                    # para. 129
    "13": {13},                    # paras. 130-131
}


def test_items_considered_at_meetings(select: Select) -> None:
    rows = select(f"""SELECT ?item ?n WHERE {{
        ?item ccpcj:agendaOf {S31} ; ccpcj:consideredAt ?m . ?m ccpcj:meetingNumber ?n }}""")
    got: dict[str, set[int]] = {}
    for r in rows:
        got.setdefault(short(r["item"]).split("/")[-1], set()).add(int(r["n"]))
    assert got == CONSIDERED  # item 1 (election of officers) has no numbered meeting in the report


# --- officers (paras. 139-141) ----------------------------------------------------------------------

def test_the_five_officers(select: Select) -> None:
    rows = select(f"""
        SELECT ?role ?person ?state ?group WHERE {{
          ?h a ccpcj:OfficeHolding ; ccpcj:forSession {S31} ; org:organization organization:ccpcj ;
             org:role ?role ; org:member ?person ; ccpcj:representingState ?state ;
             ccpcj:officeRegionalGroup ?group .
        }}""")
    assert {(short(r["role"]), short(r["person"]), short(r["state"]), short(r["group"])) for r in rows} == {
        ("role/chair", "person/takeshi-hikihara", "state/JPN", "regional-group/asia-pacific-states"),
        ("role/first-vice-chair", "person/azzeddine-farhane", "state/MAR", "regional-group/african-states"),
        ("role/second-vice-chair", "person/emilia-kraleva", "state/BGR",
         "regional-group/eastern-european-states"),
        ("role/third-vice-chair", "person/laura-faxas-de-jorgensen", "state/DOM",
         "regional-group/latin-american-and-caribbean-states"),
        ("role/rapporteur", "person/antonino-tedesco", "state/ITA",
         "regional-group/western-european-and-other-states"),
    }
    assert len(rows) == 5


def test_elected_at_the_bureau_election_only_chair_first_and_third_vice_chair(select: Select) -> None:
    rows = select(f"""SELECT ?role WHERE {{ ?h ccpcj:forSession {S31} ; org:role ?role ;
                                              ccpcj:electedAt <{ID}session/31/bureau-election> }}""")
    assert {short(r["role"]) for r in rows} == {"role/chair", "role/first-vice-chair",
                                                "role/third-vice-chair"}


def test_second_vice_chair_nominated_by_eastern_european_group_on_26_january_2022(select: Select) -> None:
    rows = select(f"""SELECT ?group ?date WHERE {{ <{ID}session/31/officer/second-vice-chair>
                      ccpcj:nominatedBy ?group ; ccpcj:nominationDate ?date ;
                      prov:wasDerivedFrom {para(140)} }}""")
    assert rows == [{"group": f"{ID}regional-group/eastern-european-states", "date": "2022-01-26"}]


def test_chair_person_names(select: Select) -> None:
    rows = select("SELECT ?l ?alt WHERE { person:takeshi-hikihara rdfs:label ?l ; skos:altLabel ?alt }")
    assert {(r["l"], r["alt"]) for r in rows} == {("Takeshi Hikihara", "Hikihara Takeshi")}


# --- attendance (para. 138) -------------------------------------------------------------------------

def test_attendance_figures(select: Select) -> None:
    rows = select(f"""SELECT ?cat ?n WHERE {{ ?a a ccpcj:AttendanceFigure ; ccpcj:attendanceAt {S31} ;
                      ccpcj:participantCategory ?cat ; ccpcj:count ?n ; prov:wasDerivedFrom {para(138)} }}""")
    assert {short(r["cat"]).removeprefix("participant-category/"): int(r["n"]) for r in rows} == {
        "commission-member-states": 37,
        "other-member-states": 96,
        "non-member-states": 2,
        "un-entities": 7,
        "programme-network-institutes": 9,
        "intergovernmental-organizations": 13,
        "non-governmental-organizations": 55,
    }


# --- thematic discussion (paras. 27-31) -----------------------------------------------------------------

def test_panellists_of_the_thematic_discussion(select: Select) -> None:
    rows = select(f"""
        SELECT ?p ?person ?state ?mode WHERE {{
          ?p a ccpcj:Participation ; ccpcj:participationIn ?panel ;
             ccpcj:participationRole <{ID}role/panellist> ; ccpcj:participant ?person ;
             ccpcj:representingState ?state ; ccpcj:mode ?mode .
          ?panel a ccpcj:PanelDiscussion ; schema:superEvent <{ID}session/31/thematic-discussion> .
        }}""")
    assert {(short(r["person"]), short(r["state"]), short(r["mode"])) for r in rows} == {
        ("person/usama-malik", "state/PAK", "mode/online"),                 # para. 30
        ("person/rodrigo-acevedo", "state/COL", "mode/online"),
        ("person/karina-m-k-malapane", "state/ZAF", "mode/online"),         # paras. 30 and 31: one per panel
        ("person/jane-lee", "state/USA", "mode/in-person"),
        ("person/julie-inman-grant", "state/AUS", "mode/online"),           # para. 31
        ("person/tomas-foldyna", "state/CZE", "mode/in-person"),
        ("person/esther-agelan-casasnovas", "state/DOM", "mode/in-person"),
    }
    assert len({r["p"] for r in rows}) == 8  # four panellists in each of the two panels


def test_thematic_discussion_chaired_by_the_chair_on_17_may(select: Select) -> None:
    rows = select(f"""SELECT ?chair ?date WHERE {{
                      <{ID}session/31/thematic-discussion> a ccpcj:ThematicDiscussion ;
                      ccpcj:chair ?chair ; schema:startDate ?date }}""")
    assert rows == [{"chair": f"{ID}person/takeshi-hikihara", "date": "2022-05-17"}]


# --- hygiene of the transcription --------------------------------------------------------------------------

def test_no_link_or_footnote_residue_in_literals(select: Select) -> None:
    residue = "\\\\]\\\\(#\\\\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]"  # "[E/CN.15/2022/L.2](#)" links, superscript footnote markers
    rows = select(f"""SELECT ?s ?o WHERE {{ VALUES ?g {{ {' '.join(GRAPHS)} }}
                      GRAPH ?g {{ ?s ?p ?o FILTER(ISLITERAL(?o) && REGEX(STR(?o), "{residue}")) }} }}""")
    assert rows == []
