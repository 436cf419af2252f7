"""data/kyoto/thematic-discussions.ttl: the CCPCJ thematic discussions on the implementation of the
Kyoto Declaration, 2021–2024 (seed 004, the Chair's summaries dated 16 January 2025).

Every expected value below is read from the source text: the introductory note (chairs), paras 3–7
(dates, pillars, clusters), para 10 (participants per year), the session paragraphs 17, 28, 37, 58,
69, 76, 93, 104, 115, 131, 142 (panels and presentations) and footnotes 1–4 (symbols).
"""

from __future__ import annotations

import pytest

ID = "https://w3id.org/ccpcj-kg/id/"
SRC = ID + "source/chairs-summaries-thematic-discussions-2021-2024"
DATA = "https://w3id.org/ccpcj-kg/graph/data/"
GRAPH = DATA + "kyoto/thematic-discussions"
TD = ID + "thematic-discussion/"
ORG = ID + "organization/"


def td(year: int) -> str:
    return f"<{TD}{year}>"


def session(year: int, k: int) -> str:
    return f"<{TD}{year}/session/{k}>"


# --- the four discussions: pillar, dates, chair and the State the chair represented ----------------

@pytest.mark.parametrize(
    ("year", "pillar", "start", "end", "chair", "chair_label", "state"),
    [
        (2021, 1, "2021-11-10", "2021-11-12", "alessandro-cortese", "Alessandro Cortese", "ITA"),
        (2022, 2, "2022-12-05", "2022-12-07", "takeshi-hikihara", "Takeshi Hikihara", "JPN"),
        (2023, 3, "2023-09-21", "2023-09-22", "mary-mugwanja", "Mary Mugwanja", "KEN"),
        (2024, 4, "2024-12-02", "2024-12-04", "ivo-sramek", "Ivo Sramek", "CZE"),
    ],
)
def test_discussion_pillar_dates_and_chair(select, year, pillar, start, end, chair, chair_label, state):
    rows = select(f"""
        SELECT DISTINCT ?pillar ?start ?end ?chair ?label WHERE {{
          {td(year)} a ccpcj:ThematicDiscussion ; ccpcj:kyotoPillar ?pillar ;
              schema:startDate ?start ; schema:endDate ?end ; ccpcj:chair ?chair .
          ?chair rdfs:label ?label .
        }}""")
    assert rows == [{"pillar": f"{ID}kyoto-pillar/{pillar}", "start": start, "end": end,
                     "chair": f"{ID}person/{chair}", "label": chair_label}]
    rows = select(f"""
        SELECT DISTINCT ?p ?state WHERE {{
          ?p a ccpcj:Participation ; ccpcj:participationIn {td(year)} ;
             ccpcj:participationRole <{ID}role/chair> ; ccpcj:participant person:{chair} ;
             ccpcj:representingState ?state .
        }}""")
    assert rows == [{"p": f"{TD}{year}/participant/{chair}", "state": f"{ID}state/{state}"}]


def test_2023_discussion_promoting_the_rule_of_law_chaired_by_mary_mugwanja_of_kenya(select):
    rows = select(f"""
        SELECT DISTINCT ?label ?theme ?start ?end ?chairLabel ?nationality ?represented WHERE {{
          {td(2023)} rdfs:label ?label ; ccpcj:theme ?theme ; schema:startDate ?start ; schema:endDate ?end ;
              ccpcj:kyotoPillar <{ID}kyoto-pillar/3> ; ccpcj:chair ?chair .
          ?chair rdfs:label ?chairLabel ; ccpcj:nationalityState ?nationality .
          ?p ccpcj:participationIn {td(2023)} ; ccpcj:participant ?chair ;
             ccpcj:participationRole <{ID}role/chair> ; ccpcj:representingState ?represented .
        }}""")
    assert rows == [{
        "label": "2023 CCPCJ thematic discussion on the implementation of the Kyoto Declaration",
        "theme": "Pillar III: Promoting the Rule of Law",
        "start": "2023-09-21", "end": "2023-09-22",
        "chairLabel": "Mary Mugwanja",
        "nationality": ID + "state/KEN", "represented": ID + "state/KEN",
    }]


def test_takeshi_hikihara_is_one_person_chair_in_2022_and_opening_speaker_in_2021(select):
    rows = select(f"""
        SELECT DISTINCT ?event ?role WHERE {{
          ?p ccpcj:participant person:takeshi-hikihara ; ccpcj:participationIn ?event ;
             ccpcj:participationRole ?role .
          FILTER(STRSTARTS(STR(?event), "{TD}"))
        }} ORDER BY ?event""")
    assert rows == [
        {"event": f"{TD}2021", "role": f"{ID}role/participant"},
        {"event": f"{TD}2022", "role": f"{ID}role/chair"},
    ]
    rows = select("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { person:takeshi-hikihara rdfs:label ?l }")
    assert rows == [{"n": "1"}]


# --- thematic sessions ------------------------------------------------------------------------------

def test_number_of_thematic_sessions_per_year(select):
    rows = select(f"""
        SELECT DISTINCT ?d (COUNT(DISTINCT ?s) AS ?n) WHERE {{
          ?s a ccpcj:ThematicSession ; schema:superEvent ?d .
          FILTER(STRSTARTS(STR(?d), "{TD}"))
        }} GROUP BY ?d ORDER BY ?d""")
    assert rows == [
        {"d": f"{TD}2021", "n": "3"},
        {"d": f"{TD}2022", "n": "3"},
        {"d": f"{TD}2023", "n": "2"},
        {"d": f"{TD}2024", "n": "3"},
    ]


@pytest.mark.parametrize(
    ("year", "k", "date", "title"),
    [
        (2021, 2, "2021-11-11", "Addressing the economic dimension of crime"),
        (2022, 2, "2022-12-06",
         "Improving prison conditions; Reducing reoffending through rehabilitation and reintegration"),
        (2023, 1, "2023-09-21",
         "Access to justice and equal treatment before the law; access to legal aid; "
         "national sentencing policies"),
        (2024, 2, "2024-12-03", "Terrorism in all its forms and manifestations"),
        (2024, 3, "2024-12-04", "New, emerging and evolving forms of crime"),
    ],
)
def test_thematic_session_date_and_title(select, year, k, date, title):
    rows = select(f"""
        SELECT DISTINCT ?start ?end ?title WHERE {{
          {session(year, k)} schema:startDate ?start ; schema:endDate ?end ; dcterms:title ?title ;
              schema:superEvent {td(year)} .
        }}""")
    assert rows == [{"start": date, "end": date, "title": title}]


def test_thematic_session_topics(select):
    def topics(year: int, k: int) -> set[str]:
        rows = select(f"SELECT DISTINCT ?t WHERE {{ {session(year, k)} dcterms:subject ?t }}")
        return {r["t"].removeprefix(ID + "topic/") for r in rows}

    assert topics(2022, 2) == {"criminal-justice-systems", "prison-conditions", "reoffending"}
    assert topics(2023, 2) == {"rule-of-law", "corruption"}
    assert topics(2024, 2) == {"terrorism"}


# --- panellists and presenters ------------------------------------------------------------------------

def _participants(select, event: str, role: str, kind: str) -> set[str]:
    prefix = ID + kind + "/"
    rows = select(f"""
        SELECT DISTINCT ?who WHERE {{
          ?p a ccpcj:Participation ; ccpcj:participationIn {event} ;
             ccpcj:participationRole <{ID}role/{role}> ; ccpcj:participant ?who .
          FILTER(STRSTARTS(STR(?who), "{prefix}"))
        }}""")
    return {r["who"].removeprefix(prefix) for r in rows}


@pytest.mark.parametrize(
    ("year", "k", "panel", "presenters"),
    [
        # para 17: "experts from Nigeria, China, Czech Republic, USA, ... Experts from Austria and Hungary"
        (2021, 1, {"NGA", "CHN", "CZE", "USA"}, {"AUT", "HUN"}),
        # para 37: "Japan, the United Kingdom, Venezuela, Nigeria ... Australia, Spain, Canada and Argentina"
        (2021, 3, {"JPN", "GBR", "VEN", "NGA"}, {"AUS", "ESP", "CAN", "ARG"}),
        # para 58: "Czechia, Pakistan, Panama, the United States of America ... An expert from Austria"
        (2022, 1, {"CZE", "PAK", "PAN", "USA"}, {"AUT"}),
        # para 93: "Brazil, Canada, Czechia, Namibia, Thailand ... Experts from India and Peru"
        (2023, 1, {"BRA", "CAN", "CZE", "NAM", "THA"}, {"IND", "PER"}),
        # para 104: "Australia, Colombia, Japan, Romania, South Africa ... Brazil, Thailand and the
        # United States"
        (2023, 2, {"AUS", "COL", "JPN", "ROU", "ZAF"}, {"BRA", "THA", "USA"}),
        # para 142: "Colombia, Iran, Sudan, the United States of America"
        (2024, 3, {"COL", "IRN", "SDN", "USA"}, set()),
    ],
)
def test_state_panellists_and_presenters_of_a_session(select, year, k, panel, presenters):
    assert _participants(select, session(year, k), "panellist", "state") == panel
    assert _participants(select, session(year, k), "presenter", "state") == presenters


@pytest.mark.parametrize(
    ("year", "government_panellists", "additional_presenters"),
    [
        # para 10, 2021: China, the Czech Republic, Nigeria, Italy, Japan, Mexico, the United States,
        # the United Kingdom, Venezuela; additional presentations: Argentina, Australia, Austria, Canada,
        # Hungary, New Zealand, Spain
        (2021, {"CHN", "CZE", "NGA", "ITA", "JPN", "MEX", "USA", "GBR", "VEN"},
         {"ARG", "AUS", "AUT", "CAN", "HUN", "NZL", "ESP"}),
        # para 10, 2022: Brazil, Canada, Colombia, Czechia, Japan, Pakistan, Panama, Slovenia, South Africa,
        # the United States of America; additional presentations: Austria, Thailand
        (2022, {"BRA", "CAN", "COL", "CZE", "JPN", "PAK", "PAN", "SVN", "ZAF", "USA"}, {"AUT", "THA"}),
        # para 10, 2024: Canada, Colombia, Iran, Japan, Morocco, Sweden, Sudan, the United States of America
        (2024, {"CAN", "COL", "IRN", "JPN", "MAR", "SWE", "SDN", "USA"}, set()),
    ],
)
def test_session_panels_add_up_to_the_yearly_list_of_para_10(select, year, government_panellists,
                                                              additional_presenters):
    panel: set[str] = set()
    presenters: set[str] = set()
    for k in (1, 2, 3):
        panel |= _participants(select, session(year, k), "panellist", "state")
        presenters |= _participants(select, session(year, k), "presenter", "state")
    assert panel == government_panellists
    assert presenters == additional_presenters


def test_2023_states_on_panels_or_presenting_are_the_13_government_panellists_of_para_10(select):
    # para 10 counts India, Peru and the United States among the 2023 Government panellists, while
    # paras 93 and 104 have them present or make statements after the panel.
    every = set()
    for k in (1, 2):
        for role in ("panellist", "presenter"):
            every |= _participants(select, session(2023, k), role, "state")
    assert every == {"AUS", "BRA", "CAN", "COL", "CZE", "IND", "JPN", "NAM", "PER", "ROU", "ZAF", "THA",
                     "USA"}


def test_organizations_in_the_2024_terrorism_session(select):
    # para 131: "The panel included experts from Morocco, Sweden, the ICCLR and Victim Support Europe.
    # Experts from the World Bank, UNOCT, UNCTED and the United Nations Analytical Support and
    # Sanctions Monitoring Team also made presentations."
    assert _participants(select, session(2024, 2), "panellist", "organization") == {
        "icclr", "victim-support-europe"}
    assert _participants(select, session(2024, 2), "presenter", "organization") == {
        "world-bank", "unoct", "cted", "analytical-support-and-sanctions-monitoring-team", "unodc"}


def test_organizations_on_the_2022_first_session_panel_and_presenting(select):
    # para 58: panel "the Basel Institute on Governance, and Victim Support EU"; presentations by
    # "the IOM, OSCE, UNDP, WHO, the Special Rapporteur on Torture, the Special Rapporteur on
    # Trafficking in Persons and the Chair of SPT"; UNODC gave the introductory presentations.
    assert _participants(select, session(2022, 1), "panellist", "organization") == {
        "basel-institute-on-governance", "victim-support-europe"}
    assert _participants(select, session(2022, 1), "presenter", "organization") == {
        "iom", "osce", "undp", "who",
        "special-rapporteur-on-torture-and-other-cruel-inhuman-or-degrading-treatment-or-punishment",
        "special-rapporteur-on-trafficking-in-persons-especially-women-and-children", "spt", "unodc"}


def test_organizations_reuse_nodes_declared_elsewhere(select):
    # HEUNI (para 28) and UNAFEI (para 69) are the programme network institutes other files declare.
    heuni = ORG + "european-institute-for-crime-prevention-and-control-affiliated-with-the-united-nations"
    unafei = ORG + "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders"
    assert "european-institute-for-crime-prevention-and-control-affiliated-with-the-united-nations" in \
        _participants(select, session(2021, 2), "panellist", "organization")
    assert "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders" in \
        _participants(select, session(2022, 2), "panellist", "organization")
    assert "heuni" not in _participants(select, session(2021, 2), "panellist", "organization")
    rows = select(f"""
        SELECT DISTINCT ?o ?alt WHERE {{ VALUES ?o {{ <{heuni}> <{unafei}> }} ?o skos:altLabel ?alt .
                               FILTER(?alt IN ("HEUNI"@en, "UNAFEI"@en)) }} ORDER BY ?alt""")
    assert rows == [{"o": heuni, "alt": "HEUNI"}, {"o": unafei, "alt": "UNAFEI"}]


@pytest.mark.parametrize(
    ("slug", "kind", "label"),
    [
        ("basel-institute-on-governance", "NonGovernmentalOrganization", "Basel Institute on Governance"),
        ("victim-support-europe", "NonGovernmentalOrganization", "Victim Support Europe"),
        ("unafri", "ProgrammeNetworkInstitute",
         "United Nations African Institute for the Prevention of Crime and the Treatment of Offenders"),
        ("icclr", "ProgrammeNetworkInstitute", "International Centre for Criminal Law Reform"),
        ("fatf", "IntergovernmentalOrganization", "Financial Action Task Force"),
        ("cted", "UNEntity", "Counter-Terrorism Committee Executive Directorate"),
    ],
)
def test_organization_kind_and_label(select, slug, kind, label):
    rows = select(f"""
        SELECT DISTINCT ?kind ?label WHERE {{
          GRAPH <{DATA}organizations> {{ <{ORG}{slug}> a ?kind ; rdfs:label ?label }} }}""")
    assert rows == [{"kind": "https://w3id.org/ccpcj-kg/ontology#" + kind, "label": label}]


def test_names_printed_for_one_organization_are_altlabels_of_one_node(select):
    # "Victim Support EU" (para 10, 58) and "Victim Support Europe" (para 10, 131); "UNCTED" (para 131)
    # and "CTED" (para 10); "Financial Organization Task Force (FATF)" (para 10, a misprint).
    for slug, alt in [("victim-support-europe", "Victim Support EU"), ("cted", "UNCTED"),
                      ("fatf", "Financial Organization Task Force"), ("basel-institute-on-governance",
                                                                      "Basel Institute for Governance")]:
        rows = select(f'SELECT DISTINCT ?o WHERE {{ ?o skos:altLabel "{alt}"@en }}')
        assert rows == [{"o": ORG + slug}], alt


# --- opening-session speakers in a stated office -------------------------------------------------------

def test_chairs_of_other_commissions_who_spoke(select):
    rows = select("""
        SELECT DISTINCT ?year ?person ?aff ?desc WHERE {
          ?p ccpcj:participationIn ?d ; ccpcj:participant ?who ; ccpcj:affiliation ?aff ;
             ccpcj:affiliationDescription ?desc .
          ?d ccpcj:year ?year .
          ?who rdfs:label ?person .
          FILTER(STRSTARTS(STR(?desc), "Chair of the Commission")
                 || STRSTARTS(STR(?desc), "Chair of the 68th"))
        } ORDER BY ?year ?person""")
    assert rows == [
        {"year": "2022", "person": "Alya Ahmed Saif Al-Thani",
         "aff": ORG + "commission-for-social-development",
         "desc": "Chair of the Commission for Social Development at its sixty-first session"},
        {"year": "2022", "person": "Mathu Joyini", "aff": ORG + "commission-on-the-status-of-women",
         "desc": "Chair of the Commission on the Status of Women at its sixty-seventh session"},
        {"year": "2023", "person": "Antonio Manuel Revilla Lagdameo",
         "aff": ORG + "commission-on-the-status-of-women",
         "desc": "Chair of the 68th session of the Commission on the Status of Women"},
    ]


def test_ghada_waly_spoke_in_2022_and_2023_and_a_statement_was_delivered_on_her_behalf_in_2024(select):
    rows = select("""
        SELECT DISTINCT ?d WHERE { ?p ccpcj:participant person:ghada-waly ; ccpcj:participationIn ?d }
        ORDER BY ?d""")
    assert [r["d"] for r in rows] == [f"{TD}2022", f"{TD}2023"]
    rows = select(f"""
        SELECT DISTINCT ?desc WHERE {{
          ?p ccpcj:participant person:john-brandolino ; ccpcj:participationIn {td(2024)} ;
                              ccpcj:affiliation organization:unodc ; ccpcj:affiliationDescription ?desc }}""")
    assert rows == [{"desc": "Director of the Division for Treaty Affairs"}]


# --- provenance -------------------------------------------------------------------------------------

def test_every_participation_points_to_a_declared_passage_of_the_source(select):
    rows = select(f"""
        SELECT DISTINCT ?p WHERE {{
          ?p a ccpcj:Participation . FILTER(STRSTARTS(STR(?p), "{TD}"))
          FILTER NOT EXISTS {{
            ?p prov:wasDerivedFrom ?passage .
            ?passage a ccpcj:Passage ; dcterms:isPartOf <{SRC}> ; ccpcj:locator ?loc ; rdfs:label ?l .
          }}
        }}""")
    assert rows == []
    counted = select(f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a ccpcj:Participation .
                             FILTER(STRSTARTS(STR(?p), "{TD}")) }}""")
    assert int(counted[0]["n"]) > 150


def test_session_participations_cite_the_session_paragraph(select):
    rows = select(f"""
        SELECT DISTINCT ?loc WHERE {{
          <{TD}2024/session/2/participant/swe> prov:wasDerivedFrom ?passage .
          ?passage ccpcj:locator ?loc }}""")
    assert rows == [{"loc": "para. 131"}]


def test_every_resource_of_the_file_is_derived_from_the_source(select):
    rows = select(f"""
        SELECT DISTINCT ?s WHERE {{
          GRAPH <{GRAPH}> {{ ?s a ?type }}
          FILTER(?type != ccpcj:Passage)
          FILTER NOT EXISTS {{ GRAPH <{GRAPH}> {{ ?s prov:wasDerivedFrom ?passage }} }}
        }}""")
    assert rows == []


def test_paragraph_numbers_do_not_restart_so_para_locators_are_unique(select):
    # The source numbers its paragraphs 1–163 across all three parts: one passage per number.
    rows = select(f"""
        SELECT DISTINCT ?loc (COUNT(DISTINCT ?p) AS ?n) WHERE {{
          ?p a ccpcj:Passage ; dcterms:isPartOf <{SRC}> ; ccpcj:locator ?loc }}
        GROUP BY ?loc HAVING (COUNT(DISTINCT ?p) > 1)""")
    assert rows == []


# --- the Chair's summaries as conference room papers ---------------------------------------------------

@pytest.mark.parametrize(
    ("year", "symbol", "printed", "footnote"),
    [
        (2021, "E/CN.15/2022/CRP.1", "E/CN/15/2022/CRP.1", "footnote 1"),
        (2022, "E/CN.15/2023/CRP.1", "E/CN/15/2023/CRP1", "footnote 2"),
        (2023, "E/CN.15/2024/CRP.2", "E/CN/15/2024/CRP.2", "footnote 3"),
        (2024, "E/CN.15/2025/CRP.1", "E/CN/15/2025/CRP.1", "footnote 4"),
    ],
)
def test_chairs_summary_symbol(select, year, symbol, printed, footnote):
    doc = ID + "document/" + symbol.replace("/", "_")
    rows = select(f"""
        SELECT DISTINCT ?label ?printed ?loc WHERE {{
          <{doc}> a ccpcj:ConferenceRoomPaper ; rdfs:label ?label ; dcterms:identifier "{symbol}" ;
              skos:altLabel ?printed ; schema:about {td(year)} ; prov:wasDerivedFrom ?passage .
          ?passage ccpcj:locator ?loc . FILTER(STRSTARTS(?loc, "footnote"))
          FILTER(STRSTARTS(?printed, "E/CN"))
        }}""")
    assert rows == [{"label": symbol, "printed": printed, "loc": footnote}]


def test_the_2021_summary_has_one_title_and_the_seed_wording_as_a_name(select):
    """E/2022/30 para. 111 gives the document's title; seed 004's footnote 1 wording is another name."""
    rows = select("""SELECT ?t WHERE { <https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_CRP.1> dcterms:title ?t }""")
    assert [r["t"] for r in rows] == [
        "Chair’s summary on the thematic discussions of the Commission on Crime Prevention and Criminal Justice"
        " on the implementation of the Kyoto Declaration (10–12 November 2021)"]
    assert select("""SELECT ?n WHERE { <https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_CRP.1> skos:altLabel ?n
                     FILTER(STRSTARTS(?n, "Chair's Summary of the 2021")) }""")


# --- background facts and Part III as claims -------------------------------------------------------------

def test_background_claims_about_the_kyoto_declaration(select):
    rows = select(f"""
        SELECT DISTINCT ?loc WHERE {{
          ?c a ccpcj:Claim ; ccpcj:claimedBy <{SRC}> ;
             ccpcj:about instrument:kyoto-declaration, doc:A_RES_76_181 ;
             prov:wasDerivedFrom ?passage . ?passage ccpcj:locator ?loc }}""")
    assert rows == [{"loc": "para. 2"}]
    rows = select(f"""
        SELECT DISTINCT ?text WHERE {{
          ?c a ccpcj:Claim ; ccpcj:claimedBy <{SRC}> ; ccpcj:about instrument:kyoto-declaration ;
             ccpcj:claimText ?text ; prov:wasDerivedFrom <{SRC}/para/1> }}""")
    assert len(rows) == 1
    assert rows[0]["text"].startswith(
        "On 7 March 2021, the Congress adopted by consensus the Kyoto Declaration")
    assert "operative para 96" in rows[0]["text"]


def test_part_iii_innovative_topics_are_claims_per_congress_agenda_item(select):
    # paras 160–163: 4 + 3 + 5 + 3 bullets; the second bullet of para 161 reads as two sentences
    # about youth and is kept as one claim.
    rows = select(f"""
        SELECT DISTINCT ?loc (COUNT(DISTINCT ?c) AS ?n) WHERE {{
          ?c a ccpcj:Claim ; ccpcj:claimedBy <{SRC}> ; ccpcj:about congress:15 ;
             prov:wasDerivedFrom ?passage . ?passage ccpcj:locator ?loc .
          FILTER(?loc IN ("para. 160", "para. 161", "para. 162", "para. 163"))
        }} GROUP BY ?loc ORDER BY ?loc""")
    assert rows == [{"loc": "para. 160", "n": "4"}, {"loc": "para. 161", "n": "3"},
                    {"loc": "para. 162", "n": "5"}, {"loc": "para. 163", "n": "3"}]
    rows = select(f"""
        SELECT DISTINCT ?d WHERE {{ ?c ccpcj:about topic:fraud , ?d ; ccpcj:claimedBy <{SRC}> .
                          ?d a ccpcj:ThematicDiscussion }}""")
    assert rows == [{"d": f"{TD}2024"}]
