# ruff: noqa: E501 -- a table of SPARQL queries, kept one triple pattern to a line for reading
"""Questions a knowledge-graph engineer asks of the sources, with the answer each source gives.

Every question is answered by a SPARQL query that uses the ontology's properties only: no REGEX,
CONTAINS or other text matching over notes, claim texts or labels (``test_questions.py`` checks
the query text too). Each expected answer is written from the paragraph cited in ``source``
(E/2022/30 = seed 003; GI-TOC 2022 = seed 000; GI-TOC 2024 = seed 001; UNIS release = seed 002;
the Chair's summaries = seed 004), not from the graph. IRIs are written after
``https://w3id.org/ccpcj-kg/id/``; a row is a tuple of the query's variables in order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    key: str
    question: str
    source: str
    query: str
    answer: frozenset[tuple[str, ...]]


def q(key: str, question: str, source: str, query: str, *rows: tuple[str, ...]) -> Question:
    return Question(key, question, source, query, frozenset(rows))


TD = "thematic-discussion/"
QUESTIONS: tuple[Question, ...] = (
    # --- initiatives, frameworks, networks, tools (seed 004) --------------------------------------
    q("joint-unodc-world-bank", "Which initiative do UNODC and the World Bank run jointly?",
      "seed 004 para. 111: 'the joint UNODC-World Bank Stolen Asset Recovery (StAR) Initiative'",
      """SELECT ?i WHERE { ?i a ccpcj:Initiative ; ccpcj:developedBy organization:unodc , organization:world-bank }""",
      ("initiative/star-initiative",)),
    q("framework-launched-where", "At which meeting was the Statistical Framework to Measure Corruption launched, "
      "which session of which body was it, and in which month?",
      "seed 004 para. 105: 'launched at the 10th session of the Conference of the States Parties to the United "
      "Nations Convention against Corruption (UNCAC) in December 2023'",
      """SELECT ?event ?body ?n ?month WHERE {
           ?f a ccpcj:Framework ; rdfs:label "Statistical Framework to Measure Corruption"@en ; ccpcj:launchedAt ?event .
           ?event schema:organizer ?body ; ccpcj:ordinalNumber ?n ; ccpcj:yearMonth ?month }""",
      ("event/uncac-cosp-10", "organization/uncac-cosp", "10", "2023-12")),
    q("globe-institutions", "How many institutions does the GlobE Network bring together, and who said so when?",
      "seed 004 para. 117 (2 December 2024): 'the GlobE network, a global community of practitioners from 215 "
      "institutions', mentioned by the representative of the UNODC Corruption and Economic Crime Branch",
      """SELECT ?count ?asOf ?presenter WHERE {
           ?f ccpcj:figureOf initiative:globe-network ; ccpcj:measure ?m ; ccpcj:count ?count ; ccpcj:asOf ?asOf .
           initiative:globe-network ccpcj:presentedBy ?presenter }""",
      ("215", "2024-12-02", "organization/unodc")),
    q("unodc-tools-2-december-2024", "Which tools prepared by UNODC were named at the thematic session of 2 December 2024?",
      "seed 004 paras. 114, 121: 'the MLA Request Writer Tool, the revised Model Law on MLA (2022), the Manual on "
      "MLA and Extradition, the SHERLOC platform, the Electronic Evidence Hub, the Electronic Evidence Fiches'",
      """SELECT ?tool WHERE { ?s schema:startDate "2024-12-02"^^xsd:date ; schema:superEvent ?td .
           ?td a ccpcj:ThematicDiscussion .
           ?tool a ccpcj:Tool ; ccpcj:developedBy organization:unodc ; ccpcj:mentionedAt ?s }""",
      ("initiative/mla-request-writer-tool",), ("initiative/model-law-on-mla",),
      ("initiative/manual-on-mla-and-extradition",), ("initiative/sherloc",), ("initiative/electronic-evidence-hub",),
      ("initiative/electronic-evidence-fiches",)),
    q("unodc-programmes-2021-gender", "Which initiatives did UNODC present at the 2021 thematic session on gender, "
      "children and youth?",
      "seed 004 paras. 37-38: the representative of the Justice Section on RESPECT, the joint UN Programme on "
      "Essential Services, the Spotlight Initiative and the Global Programme to End Violence Against Children",
      """SELECT ?i WHERE { ?i ccpcj:presentedBy organization:unodc ; ccpcj:mentionedAt <https://w3id.org/ccpcj-kg/id/thematic-discussion/2021/session/3> }""",
      ("initiative/respect-framework",), ("initiative/essential-services-for-women-and-girls-subject-to-violence",),
      ("initiative/spotlight-initiative",), ("initiative/global-programme-to-end-violence-against-children",)),
    q("respect-launch", "When was RESPECT launched, by how many agencies, to scale up how many strategies?",
      "seed 004 para. 38: 'in 2019, eleven United Nations, bilateral and multilateral agencies joined forces to launch "
      "RESPECT, a framework to facilitate scaling up of 7 evidence-informed strategies'",
      """SELECT ?year ?agencies ?strategies WHERE {
           initiative:respect-framework ccpcj:launchYear ?year .
           ?a ccpcj:figureOf initiative:respect-framework ; ccpcj:measure measure:launching-agencies ; ccpcj:count ?agencies .
           ?s ccpcj:figureOf initiative:respect-framework ; ccpcj:measure measure:evidence-informed-strategies ; ccpcj:count ?strategies }""",
      ("2019", "11", "7")),
    q("unodc-publications-4-december-2024", "Which UNODC publications were presented at the thematic session of "
      "4 December 2024?",
      "seed 004 paras. 141, 143-144: the Global Report on Trafficking in Persons, the Observatory on Smuggling of "
      "Migrants, the Global Analysis on Crimes that Affect the Environment, the World Wildlife Crime Reports, the "
      "issue paper on organized fraud",
      """SELECT ?p WHERE { ?s schema:startDate "2024-12-04"^^xsd:date ; schema:superEvent/a ccpcj:ThematicDiscussion .
           ?p a ccpcj:Publication ; ccpcj:developedBy organization:unodc ; ccpcj:mentionedAt ?s }""",
      ("initiative/global-report-on-trafficking-in-persons",), ("initiative/observatory-on-smuggling-of-migrants",),
      ("initiative/global-analysis-on-crimes-that-affect-the-environment",), ("initiative/world-wildlife-crime-reports",),
      ("initiative/unodc-issue-paper-on-organized-fraud",)),
    q("self-rescue-share", "What share of trafficking victims relied on self-rescue, and what share turned to law "
      "enforcement, to exit exploitation?",
      "seed 004 para. 94: 'mainly relied on \"self-rescue\" (41%), rather than turning to law enforcement (28%)'",
      """SELECT ?selfRescue ?lawEnforcement WHERE {
           ?a ccpcj:measure measure:trafficking-victims-exiting-by-self-rescue ; ccpcj:percentage ?selfRescue .
           ?b ccpcj:measure measure:trafficking-victims-turning-to-law-enforcement ; ccpcj:percentage ?lawEnforcement }""",
      ("41", "28")),
    # --- forums and special events -----------------------------------------------------------------
    q("second-youth-forum", "Who chaired the Second Global Youth Forum for a Culture of Lawfulness, when was it held "
      "and where?",
      "seed 004 para. 56: 'Ms. Heeyeon Cho had served as the Chair of the Second Global Youth Forum for a Culture of "
      "Lawfulness, held on 3 and 4 December 2022 in Japan'",
      """SELECT ?chair ?start ?end ?where WHERE {
           ?f a ccpcj:Forum ; dcterms:title "Second Global Youth Forum for a Culture of Lawfulness"@en ;
              ccpcj:chair ?chair ; schema:startDate ?start ; schema:endDate ?end ; schema:location ?where }""",
      ("person/heeyeon-cho", "2022-12-03", "2022-12-04", "state/JPN")),
    q("forums-in-tokyo", "Which forums were held in Tokyo, and when did each begin?",
      "seed 004 para. 15: First Global Youth Forum, '9 and 10 October 2021 in Tokyo'; para. 91: ASEAN-Japan Special "
      "Youth Forum, 'held in Tokyo on 5th and 6th July 2023'",
      """SELECT ?forum ?start WHERE { ?forum a ccpcj:Forum ; schema:location place:tokyo ; schema:startDate ?start }""",
      ("event/first-global-youth-forum-for-a-culture-of-lawfulness", "2021-10-09"),
      ("event/asean-japan-special-youth-forum-for-promoting-the-rule-of-law", "2023-07-05")),
    q("youth-forum-people", "Who spoke for the ASEAN-Japan Special Youth Forum before the Commission?",
      "seed 004 para. 91: 'Mr. Tomohito Yasui and Ms. Rethida Tek represented the participants'",
      """SELECT ?person WHERE { ?p ccpcj:participationIn event:asean-japan-special-youth-forum-for-promoting-the-rule-of-law ;
           ccpcj:participant ?person }""",
      ("person/tomohito-yasui",), ("person/rethida-tek",)),
    q("special-event-31", "Which special event was held during the 31st session, on which day, and who moderated it?",
      "seed 002 para. 6: 'A special event on its opening day, moderated by Ambassador Takeshi Hikihara of Japan, Chair "
      "of the 31st Commission'; E/2022/30 para. 118: 'the Chair's high-level special event ... held on the first day'",
      """SELECT ?event ?day ?moderator WHERE {
           ?event a ccpcj:SpecialEvent ; schema:superEvent/schema:superEvent? session:31 ; schema:startDate ?day ;
                  ccpcj:concernsInstrument instrument:kyoto-declaration .
           ?p ccpcj:participationIn ?event ; ccpcj:participationRole role:moderator ; ccpcj:participant ?moderator }""",
      ("session/31/special-event/kyoto-declaration-implementation", "2022-05-16", "person/takeshi-hikihara")),
    # --- documents citing documents ------------------------------------------------------------------
    q("summaries-cite-ga", "Which General Assembly resolutions does the compilation of the Chair's summaries cite?",
      "seed 004 para. 2 (76/181, 77/231, 78/223) and footnotes 14-16 (70/175, 65/229, 45/110)",
      """SELECT ?r WHERE { source:chairs-summaries-thematic-discussions-2021-2024 dcterms:references ?r .
           ?r a ccpcj:GeneralAssemblyResolution }""",
      ("document/A_RES_76_181",), ("document/A_RES_77_231",), ("document/A_RES_78_223",),
      ("document/A_RES_70_175",), ("document/A_RES_65_229",), ("document/A_RES_45_110",)),
    q("cop-resolutions-2024-summary", "Which resolutions of the Conference of the Parties to UNTOC does the 2024 "
      "Chair's summary cite?",
      "seed 004 para. 144 (UNTOC/COP resolution 12/2) and para. 146 ('UNTOC/COP resolutions 10/6, 11/3 and 12/4')",
      """SELECT ?r WHERE { ?crp dcterms:identifier "E/CN.15/2025/CRP.1" ; dcterms:references ?r .
           ?r ccpcj:actingBody organization:untoc-cop }""",
      ("resolution/untoc-cop-10-6",), ("resolution/untoc-cop-11-3",), ("resolution/untoc-cop-12-2",),
      ("resolution/untoc-cop-12-4",)),
    q("resolution-31-1-first-citation", "What does resolution 31/1 cite first, and with which word?",
      "E/2022/30, chap. I, sect. C, resolution 31/1, first preambular paragraph: 'Recalling General Assembly "
      "resolutions 69/314 of 30 July 2015, 70/301 ...' (69/314 is the first)",
      """SELECT ?cited ?verb WHERE { ?c ccpcj:citingText resolution:ccpcj-31-1 ; ccpcj:citationOrder 1 ;
           ccpcj:citedText ?cited ; ccpcj:citationVerb ?verb }""",
      ("document/A_RES_69_314", "Recalling")),
    q("when-31-1-adopted", "When was CCPCJ resolution 31/1 adopted, and from which draft?",
      "E/2022/30 para. 84: at its 13th meeting, on 20 May 2022, the Commission adopted draft resolution "
      "E/CN.15/2022/L.2 as revised",
      """SELECT ?date ?draft WHERE { resolution:ccpcj-31-1 ccpcj:adoptionDate ?date . ?d ccpcj:adoptedAs resolution:ccpcj-31-1 ;
           dcterms:identifier ?draft }""",
      ("2022-05-20", "E/CN.15/2022/L.2")),
    q("when-untoc-adopted", "When was UNTOC adopted, and by which resolution?",
      "reference/instruments.csv (UNTOC row): adopted by General Assembly resolution 55/25 of 15 November 2000",
      """SELECT ?date ?symbol WHERE { instrument:untoc ccpcj:adoptionDate ?date ; ccpcj:adoptedByResolution ?r .
           ?r dcterms:identifier ?symbol ; ccpcj:adoptionDate ?date }""",
      ("2000-11-15", "A/RES/55/25")),
    # --- statements upon texts -------------------------------------------------------------------------
    q("statements-upon-l2", "Who spoke upon the adoption of E/CN.15/2022/L.2, after the action?",
      "E/2022/30 para. 84: 'statements were made by the representatives of Angola, Kenya and Peru and by the observers "
      "for Ecuador and Honduras'",
      """SELECT ?speaker WHERE { ?s ccpcj:madeUpon ?text ; ccpcj:occasion occasion:after-action ;
           ccpcj:speaker ?speaker . ?text dcterms:identifier "E/CN.15/2022/L.2" }""",
      ("state/AGO",), ("state/KEN",), ("state/PER",), ("state/ECU",), ("state/HND",)),
    # --- people and offices ----------------------------------------------------------------------------
    q("chairs-of-both", "Which persons chaired both a session of the Commission and a round of the Kyoto thematic "
      "discussions, and at which session?",
      "seed 004 introductory note: 2021 chaired by Alessandro Cortese, 'Chair of the CCPCJ at its thirtieth session', "
      "2022 by Takeshi Hikihara, 'Chair of the CCPCJ at its thirty-first session'",
      """SELECT DISTINCT ?person ?n WHERE {
           ?h a ccpcj:OfficeHolding ; org:role role:chair ; org:member ?person ; ccpcj:forSession ?s .
           ?s ccpcj:sessionNumber ?n .
           ?p ccpcj:participant ?person ; ccpcj:participationRole role:chair ; ccpcj:participationIn ?td .
           ?td a ccpcj:ThematicDiscussion ; ccpcj:kyotoPillar ?pillar }""",
      ("person/alessandro-cortese", "30"), ("person/takeshi-hikihara", "31")),
    q("td-chair-2024", "Who chaired the 2024 thematic discussions, and which State did they represent?",
      "seed 004 introductory note: 'in 2024 by H.E. Ambassador Ivo Sramek (Czechia)'",
      """SELECT ?person ?state WHERE { ?p ccpcj:participationIn <https://w3id.org/ccpcj-kg/id/thematic-discussion/2024> ;
           ccpcj:participationRole role:chair ; ccpcj:participant ?person ; ccpcj:representingState ?state }""",
      ("person/ivo-sramek", "state/CZE")),
    q("unicri-appointments", "Whom did draft decision I of the 31st session appoint, and to which body?",
      "E/2022/30 chap. I sect. B, draft decision I: Jonathan Lucas and Omar Rifai, Board of Trustees of UNICRI",
      """SELECT ?person ?org WHERE { ?a a ccpcj:Appointment ; ccpcj:appointedBy <https://w3id.org/ccpcj-kg/id/document/E_2022_30/draft-decision-i> ;
           org:member ?person ; org:organization ?org }""",
      ("person/jonathan-lucas", "organization/unicri"), ("person/omar-rifai", "organization/unicri")),
    q("sonya-yee", "What post does Sonya Yee hold, and in which organization?",
      "seed 002 paras. 15-16: 'Sonya Yee / Speechwriter and Spokesperson, UNODC'",
      """SELECT ?title ?org WHERE { ?h a ccpcj:PositionHolding ; org:member person:sonya-yee ; ccpcj:positionTitle ?title ;
           org:organization ?org }""",
      ("Speechwriter and Spokesperson", "organization/unodc")),
    q("chair-31", "Who chaired the 31st session, for which State, and which regional group's seat was it?",
      "E/2022/30 para. 141: 'Chair / Asia-Pacific States / Hikihara Takeshi (Japan)'",
      """SELECT ?person ?state ?group WHERE { session:31 ^ccpcj:forSession ?h . ?h org:role role:chair ;
           org:member ?person ; ccpcj:representingState ?state ; ccpcj:officeRegionalGroup ?group }""",
      ("person/takeshi-hikihara", "state/JPN", "regional-group/asia-pacific-states")),
    # --- across sessions and years ----------------------------------------------------------------------
    q("panellists-2022-and-2024", "Which States had panellists in the thematic discussions of both 2022 and 2024?",
      "seed 004 paras. 58, 69, 76 (2022 panels) and 115, 131, 142 (2024 panels): Canada, Colombia, Japan, the "
      "United States of America in both",
      """SELECT DISTINCT ?state WHERE {
           ?a ccpcj:participationRole role:panellist ; ccpcj:representingState ?state ; ccpcj:participationIn/schema:superEvent <https://w3id.org/ccpcj-kg/id/thematic-discussion/2022> .
           ?b ccpcj:participationRole role:panellist ; ccpcj:representingState ?state ; ccpcj:participationIn/schema:superEvent <https://w3id.org/ccpcj-kg/id/thematic-discussion/2024> }""",
      ("state/CAN",), ("state/COL",), ("state/JPN",), ("state/USA",)),
    q("sessions-dated", "When did the 31st and the 33rd sessions begin and end?",
      "E/2022/30 title page: '10 December 2021 and 16-20 May 2022', with a reconvened part only announced for "
      "December 2022 (so no end is known); seed 001 para. 1: 'its 33rd session from 13 to 17 May'",
      """SELECT ?n ?start ?end WHERE { ?s a ccpcj:Session ; ccpcj:sessionNumber ?n ; schema:startDate ?start .
           OPTIONAL { ?s schema:endDate ?end } FILTER(?n IN (31, 33)) }""",
      ("31", "2021-12-10"), ("33", "2024-05-13", "2024-05-17")),
    # --- other bodies -------------------------------------------------------------------------------
    q("uncac-conferences", "Which sessions of the Conference of the States Parties to UNCAC do the sources mention, "
      "with their number and month where given?",
      "E/2022/30 para. 68 (ninth session, no date); seed 000 para. 5 ('in December 2021', no number); seed 004 "
      "para. 105 (10th session, December 2023)",
      """SELECT ?e ?n ?month WHERE { ?e a ccpcj:MeetingOfOtherBody ; schema:organizer organization:uncac-cosp .
           OPTIONAL { ?e ccpcj:ordinalNumber ?n } OPTIONAL { ?e ccpcj:yearMonth ?month } }""",
      ("event/uncac-cosp-9", "9"), ("event/uncac-cosp-2021", "2021-12"), ("event/uncac-cosp-10", "10", "2023-12")),
    q("other-bodies-in-vienna", "Which meetings of other bodies were held in Vienna?",
      "E/2022/30 para. 40: the Ad Hoc Committee's 'second session in Vienna from 30 May to 10 June 2022'; seed 001 "
      "para. 16: 'their 12th Conference of Parties in Vienna in October'",
      """SELECT ?e WHERE { ?e a ccpcj:MeetingOfOtherBody ; schema:location place:vienna }""",
      ("event/ahc-cybercrime-2",), ("event/untoc-cop-12",)),
    q("item-on-uncac-review", "Which agenda item of the 31st session concerns the review mechanism of UNCAC?",
      "E/2022/30 agenda item 6 (b), 'Ratification and implementation of the United Nations Convention against "
      "Corruption'",
      """SELECT ?item ?number WHERE { ?item ccpcj:agendaOf session:31 ; ccpcj:itemNumber ?number ;
           ccpcj:concernsReviewMechanism/ccpcj:reviewsInstrument instrument:uncac }""",
      ("session/31/agenda-item/6b", "6 (b)")),
    # --- figures ------------------------------------------------------------------------------------------
    q("side-events-31", "How many side events did the 31st session feature, and is the number exact?",
      "seed 002 para. 11: 'will feature over 80 side events'",
      """SELECT ?count ?atLeast WHERE { ?f ccpcj:figureOf session:31 ; ccpcj:measure measure:side-events ;
           ccpcj:count ?count ; ccpcj:lowerBound ?atLeast }""",
      ("80", "true")),
    q("terrorism-instruments", "How many international legal instruments against terrorism did speakers refer to "
      "in 2024?",
      "seed 004 para. 136: 'the 19 international legal instruments against terrorism'",
      """SELECT ?count WHERE { ?f ccpcj:measure measure:international-legal-instruments-against-terrorism ; ccpcj:count ?count }""",
      ("19",)),
    q("tablers-congress-follow-up-33", "Who tabled the 33rd session's resolution on the follow-up to the Crime "
      "Congress: which States, and which office?",
      "seed 001 para. 4: 'A resolution tabled by the chair of the meeting (the ambassador of the Czech Republic), "
      "Japan and the United Arab Emirates (UAE)'",
      """SELECT ?who WHERE { ?s ccpcj:supportOf <https://w3id.org/ccpcj-kg/id/text/33-crime-congress-follow-up> ;
           ccpcj:supportRole role:tabler . ?s ccpcj:supporter|ccpcj:supportingOffice ?who }""",
      ("state/JPN",), ("state/ARE",), ("session/33/officer/chair",)),
    q("un-women-head", "Who heads UN-Women according to the press release, with which title?",
      "seed 002 para. 8: 'the Executive Director of UN Women, Sima Sami Bahous, addressed the Crime Commission'",
      """SELECT ?person ?title WHERE { ?h a ccpcj:PositionHolding ; org:organization organization:un-women ;
           org:member ?person ; ccpcj:positionTitle ?title }""",
      ("person/sima-sami-bahous", "Executive Director")),
    q("commission-members", "How many members does the Commission have, according to which passage?",
      "seed 001 para. 10: 'voted off the 40-member CCPCJ earlier this year'",
      """SELECT ?count ?passage WHERE { ?f ccpcj:figureOf organization:ccpcj ; ccpcj:measure measure:members ;
           ccpcj:count ?count ; prov:wasDerivedFrom ?passage }""",
      ("40", "source/gitoc-2024-ccpcj33/para/10")),
    q("td-2023-pillar-dates", "Which pillar of the Kyoto Declaration did the 2023 thematic discussions address, "
      "and on which days?",
      "seed 004 para. 3: 'The third round of Thematic Discussions was held from 21 to 22 September 2023, focusing on "
      "Pillar III: Promoting the Rule of Law'",
      """SELECT ?pillar ?start ?end WHERE { <https://w3id.org/ccpcj-kg/id/thematic-discussion/2023> ccpcj:kyotoPillar ?pillar ;
           schema:startDate ?start ; schema:endDate ?end }""",
      ("kyoto-pillar/3", "2023-09-21", "2023-09-22")),
    q("congress-15-agenda", "What are the numbers of the agenda items of the 15th Crime Congress, and which of the "
      "summaries' novel topics fall under item 3?",
      "seed 004 paras. 160-163: items 1 to 4; para. 162 lists under item 3 crimes that affect the environment, fraud, "
      "crypto currency, artificial intelligence and central authorities / asset recovery (claims 15-19)",
      """SELECT ?n ?claim WHERE { ?item ccpcj:agendaOf congress:15 ; ccpcj:itemNumber ?n .
           OPTIONAL { ?claim ccpcj:about ?item . FILTER(?n = "3") } }""",
      ("1",), ("2",), ("4",),
      *(("3", f"claim/chairs-summaries-thematic-discussions-2021-2024-{k}") for k in (15, 16, 17, 18, 19))),
    q("parts-of-council-of-europe", "Which bodies of the Council of Europe do the Chair's summaries name?",
      "seed 004 para. 104: 'the Council of Europe (Venice Commission, GRECO)'; para. 111: 'the Council of Europe Venice "
      "Commission'",
      """SELECT ?body WHERE { ?body org:subOrganizationOf organization:council-of-europe }""",
      ("organization/venice-commission",), ("organization/greco",)),
)
