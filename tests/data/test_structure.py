"""Facts the sources state in passing, as structure (issue 13): the regular part of a session,
statements upon a text, figures, review mechanisms, appointments, participants one way.

Each expectation is read off the source paragraph cited beside it (E/2022/30 = seed 003; the
GI-TOC analyses = seeds 000 and 001; the UNIS release = seed 002; the Chair's summaries = seed 004)
and is answered with the ontology's properties only — no text matching over notes or claims.
"""

from __future__ import annotations

from collections.abc import Callable

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]

ID = "https://w3id.org/ccpcj-kg/id/"


def test_when_and_where_the_31st_session_met_in_one_path(select: Select) -> None:
    # title page and para. 135: 16-20 May 2022, Vienna (the session also spans the Bureau
    # election of 10 December 2021, para. 139, which is why the session's own start differs)
    rows = select("""SELECT ?start ?end ?place WHERE {
        session:31 ccpcj:regularPart ?p .
        ?p schema:startDate ?start ; schema:endDate ?end ; schema:location ?place }""")
    assert rows == [{"start": "2022-05-16", "end": "2022-05-20", "place": ID + "place/vienna"}]


def test_the_commission_has_40_members_per_gitoc_2024(select: Select) -> None:
    # seed 001, para. 10: "voted off the 40-member CCPCJ earlier this year"
    rows = select("""SELECT ?count ?asOf ?src WHERE {
        ?f ccpcj:figureOf organization:ccpcj ; ccpcj:measure <https://w3id.org/ccpcj-kg/id/measure/members> ;
           ccpcj:count ?count ; ccpcj:asOf ?asOf ; prov:wasDerivedFrom ?src }""")
    assert rows == [{"count": "40", "asOf": "2024", "src": ID + "source/gitoc-2024-ccpcj33/para/10"}]


def test_untoc_review_figures_are_numbers_with_their_date(select: Select) -> None:
    # seed 000, para. 12: "[a]s of end-April 2022, out of the 62 Reviews of group one, only 31
    # reviews are currently advancing"
    rows = select("""SELECT ?measure ?count ?asOf ?instrument WHERE {
        ?f ccpcj:figureOf ?m ; ccpcj:measure ?measure ; ccpcj:count ?count ; ccpcj:asOf ?asOf .
        ?m a ccpcj:ReviewMechanism ; ccpcj:reviewsInstrument ?instrument }""")
    got = {(r["measure"].rsplit("/", 1)[1], int(r["count"]), r["asOf"], r["instrument"]) for r in rows}
    assert got == {("reviews", 62, "2022-04", ID + "instrument/untoc"),
                   ("reviews-advancing", 31, "2022-04", ID + "instrument/untoc")}


def test_over_80_side_events_is_a_lower_bound(select: Select) -> None:
    # seed 002, para. 11: "will feature over 80 side events"
    rows = select("""SELECT ?count ?lower WHERE {
        ?f ccpcj:figureOf session:31 ; ccpcj:measure <https://w3id.org/ccpcj-kg/id/measure/side-events> ;
           ccpcj:count ?count ; ccpcj:lowerBound ?lower }""")
    assert rows == [{"count": "80", "lower": "true"}]


def test_agenda_items_consider_the_review_mechanisms(select: Select) -> None:
    # paras. 61 (UNTOC Mechanism, under 6 (a)) and 62-63 (UNCAC Mechanism, under 6 (b))
    rows = select("""SELECT ?number ?instrument WHERE {
        ?item ccpcj:agendaOf session:31 ; ccpcj:itemNumber ?number ; ccpcj:concernsReviewMechanism ?m .
        ?m ccpcj:reviewsInstrument ?instrument }""")
    assert {(r["number"], r["instrument"]) for r in rows} == {
        ("6 (a)", ID + "instrument/untoc"), ("6 (b)", ID + "instrument/uncac")}


def test_unicri_trustees_appointed_by_draft_decision_i(select: Select) -> None:
    # chap. I, sect. B, draft decision I: "endorse the appointment of Jonathan Lucas (Seychelles)
    # and Omar Rifai (Jordan) as members of the Board of Trustees"; para. 83
    rows = select("""SELECT ?person ?nationality ?org ?text WHERE {
        ?a a ccpcj:Appointment ; org:member ?person ; org:organization ?org ; ccpcj:appointedBy ?text .
        OPTIONAL { ?person ccpcj:nationalityState ?nationality } }""")
    dd = ID + "document/E_2022_30/draft-decision-i"
    assert {(r["person"], r.get("nationality"), r["org"], r["text"]) for r in rows} == {
        (ID + "person/jonathan-lucas", ID + "state/SYC", ID + "organization/unicri", dd),
        (ID + "person/omar-rifai", ID + "state/JOR", ID + "organization/unicri", dd),
    }


def test_one_query_finds_the_states_of_participants_in_both_models(select: Select) -> None:
    # para. 30 (a person representing Pakistan, 31st session) and seed 004 para. 17 (China itself
    # a panellist, 2021): both answer through ccpcj:representingState
    rows = select("""SELECT DISTINCT ?event WHERE {
        ?p ccpcj:representingState state:PAK ; ccpcj:participationIn ?event }""")
    # Pakistan: a person at the 31st session's morning panel (para. 30) and the State itself among
    # the government panellists of the 2022 Kyoto discussions (seed 004, para. 10 and the session's paragraph)
    assert {r["event"] for r in rows} == {ID + "session/31/thematic-discussion/panel/morning",
                                          ID + "thematic-discussion/2022/session/1"}
    rows = select("""SELECT DISTINCT ?event WHERE {
        ?p ccpcj:representingState state:CHN ; ccpcj:participationIn ?event }""")
    assert ID + "thematic-discussion/2021/session/1" in {r["event"] for r in rows}


def test_no_participation_names_a_state_only_as_participant(select: Select) -> None:
    rows = select("""SELECT ?p WHERE { ?p ccpcj:participant ?s . ?s ccpcj:iso3166Alpha3 [] .
                                       FILTER NOT EXISTS { ?p ccpcj:representingState ?s } }""")
    assert rows == []


def test_statements_upon_the_report_before_and_after(select: Select) -> None:
    # para. 131: before the adoption of the report, the Chair and Paraguay; para. 132: after it, nine
    rows = select("""SELECT ?occasion (COUNT(?s) AS ?n) WHERE {
        ?s ccpcj:madeUpon doc:E_2022_30 ; ccpcj:occasion ?occasion } GROUP BY ?occasion""")
    assert {r["occasion"].rsplit("/", 1)[1]: int(r["n"]) for r in rows} == {"before-action": 2, "after-action": 9}


def test_the_workshop_of_the_programme_network(select: Select) -> None:
    # para. 48: organized by the programme network, 1st meeting of the Committee of the Whole,
    # 16 May 2022, "chaired by the First Vice-Chair" (Azzeddine Farhane, para. 141), "moderated by
    # the observer for the Australian Institute of Criminology"; para. 49: panellists from seven bodies
    rows = select("""SELECT ?title ?organizer ?date ?chair ?item WHERE {
        ?w a ccpcj:Workshop ; dcterms:title ?title ; schema:organizer ?organizer ; schema:startDate ?date ;
           ccpcj:chair ?chair ; ccpcj:underAgendaItem ?item }""")
    assert rows == [{
        "title": "Improving criminal justice responses to Internet-related crimes against children",
        "organizer": ID + "organization/united-nations-crime-prevention-and-criminal-justice-programme-network",
        "date": "2022-05-16", "chair": ID + "person/azzeddine-farhane", "item": ID + "session/31/agenda-item/5"}]
    rows = select("""SELECT ?who ?role WHERE { ?w a ccpcj:Workshop . ?p ccpcj:participationIn ?w ;
                                               ccpcj:participant ?who ; ccpcj:participationRole ?role }""")
    got = {(r["who"].rsplit("/", 1)[1], r["role"].rsplit("/", 1)[1]) for r in rows}
    assert got == {
        ("azzeddine-farhane", "chair"), ("australian-institute-of-criminology", "moderator"),
        *((o, "panellist") for o in ("karolinska-institutet", "unodc", "unicri", "australian-institute-of-criminology",
                                      "european-institute-for-crime-prevention-and-control-affiliated-with-the-united-nations",
                                      "san-jose-state-university", "university-of-adelaide")),
    }
    # the statements of para. 49 were made at the workshop
    rows = select("""SELECT (COUNT(?s) AS ?n) WHERE { ?w a ccpcj:Workshop . ?s ccpcj:duringEvent ?w }""")
    assert rows == [{"n": "7"}]


def test_resolution_31_1_cites_in_the_order_of_its_preamble(select: Select) -> None:
    # chap. I, sect. C: "Recalling General Assembly resolutions 69/314 ..., 70/301 ..., 71/326 ...,
    # 73/343 ... and 75/311 ...", "Reaffirming that the United Nations Convention against
    # Transnational Organized Crime ...", ..., "Taking note of Conference of the Parties ...
    # resolution 10/6", "Taking note of paragraph 38 of General Assembly resolution 75/311",
    # "Recognizing ... the Convention on International Trade in Endangered Species ..."
    rows = select("""SELECT ?n ?cited ?verb WHERE {
        ?c ccpcj:citingText <https://w3id.org/ccpcj-kg/id/resolution/ccpcj-31-1> ; ccpcj:citationOrder ?n ;
           ccpcj:citedText ?cited ; ccpcj:citationVerb ?verb } ORDER BY ?n""")
    got = [(int(r["n"]), r["cited"].removeprefix(ID), r["verb"]) for r in rows]
    five = ("69_314", "70_301", "71_326", "73_343", "75_311")
    assert [g[1] for g in got[:5]] == [f"document/A_RES_{n}" for n in five]
    assert got[5:8] == [(6, "instrument/untoc", "Reaffirming"), (7, "instrument/untoc", "Reaffirming also"),
                        (8, "document/A_RES_69_314", "Recalling")]
    assert (13, "resolution/untoc-cop-10-6", "Taking note of") in got
    assert (14, "document/A_RES_75_311", "Taking note of") in got
    assert got[14] == (15, "instrument/cites", "Recognizing")
    assert len(got) == 19
    rows = select("""SELECT ?date ?body WHERE { <https://w3id.org/ccpcj-kg/id/resolution/untoc-cop-10-6>
                     ccpcj:adoptionDate ?date ; ccpcj:actingBody ?body }""")
    assert rows == [{"date": "2020-10-16", "body": ID + "organization/untoc-cop"}]  # "of 16 October 2020"


def test_agenda_items_reference_the_texts_their_titles_name(select: Select) -> None:
    # item 10 of the 31st session: "in line with General Assembly resolution 72/305"; of the 32nd
    # (chap. I, sect. B, draft decision II): "in line with General Assembly resolutions 75/290 A and B"
    rows = select("""SELECT ?item ?doc WHERE { ?item a ccpcj:AgendaItem ; dcterms:references ?doc }""")
    assert {(r["item"].removeprefix(ID), r["doc"].removeprefix(ID)) for r in rows} == {
        ("session/31/agenda-item/10", "document/A_RES_72_305"),
        ("session/32/agenda-item/10", "document/A_RES_75_290_A"),
        ("session/32/agenda-item/10", "document/A_RES_75_290_B"),
    }


def test_the_press_release_names_persons_with_their_posts(select: Select) -> None:
    # seed 002: "said Ghada Waly, Executive Director of the UN Office on Drugs and Crime" (para. 7);
    # "the Executive Director of UN Women, Sima Sami Bahous" (para. 8); "Sonya Yee / Speechwriter
    # and Spokesperson, UNODC" (paras. 15-16)
    rows = select("""SELECT ?person ?org ?title WHERE {
        ?h a ccpcj:PositionHolding ; org:member ?person ; org:organization ?org ; ccpcj:positionTitle ?title .
        FILTER EXISTS { ?h prov:wasDerivedFrom/dcterms:isPartOf source:unis-2022-05-16-ccpcj31 } }""")
    assert {(r["person"].removeprefix(ID + "person/"), r["org"].removeprefix(ID + "organization/"), r["title"])
            for r in rows} == {
        ("ghada-waly", "unodc", "Executive Director"),
        ("sima-sami-bahous", "un-women", "Executive Director"),
        ("sonya-yee", "unodc", "Speechwriter and Spokesperson"),
    }


def test_the_chair_s_summaries_cite_texts_as_nodes(select: Select) -> None:
    # seed 004 para. 95 (2023): "the adoption of resolution A/78/227"; para. 128 (2024):
    # "RES/A/78/265 entitled 'Seizing the opportunities of safe, secure and trustworthy artificial
    # intelligence systems ...'"; para. 144: "UNTOC/COP resolution 12/2"; para. 146: "CCPCJ resolution
    # 31/1 and UNTOC/COP resolutions 10/6, 11/3 and 12/4"
    rows = select("""SELECT ?summary ?doc WHERE {
        ?summary a ccpcj:ConferenceRoomPaper ; dcterms:references ?doc }""")
    got = {(r["summary"].removeprefix(ID + "document/"), r["doc"].removeprefix(ID)) for r in rows}
    assert got >= {
        ("E_CN.15_2024_CRP.2", "document/A_78_227"),
        ("E_CN.15_2025_CRP.1", "document/A_RES_78_265"),
        ("E_CN.15_2025_CRP.1", "resolution/untoc-cop-12-2"),
        ("E_CN.15_2025_CRP.1", "resolution/untoc-cop-10-6"),
        ("E_CN.15_2025_CRP.1", "resolution/untoc-cop-11-3"),
        ("E_CN.15_2025_CRP.1", "resolution/untoc-cop-12-4"),
        ("E_CN.15_2025_CRP.1", "resolution/ccpcj-31-1"),
    }
    rows = select("""SELECT ?title WHERE { doc:A_RES_78_265 dcterms:title ?title }""")
    assert rows == [{"title": "Seizing the opportunities of safe, secure and trustworthy artificial intelligence "
                              "systems for sustainable development"}]
