# ruff: noqa: E501 -- tables of facts with their SPARQL patterns, one fact to a line
"""The audit of the seeds' user-relevant facts (issue 13): one table per seed, paragraph → fact → where.

A *user-relevant fact* is a who / what / when / where / how-many statement a source makes: an
event and its date, place, parts and participants; a person and their post or office; an
organization taking part; a document with its symbol, title, date, action, sponsors or citations;
a statement with its speaker; a figure; a named initiative, instrument or body and how it relates
to the others; what a text says happened, where the source says it (as a claim). Views that a
summary attributes to unnamed "many speakers" are discourse, not facts of this kind, and are
outside the audit (the graph keeps a few as claims).

Seeds 000, 001 and 002 are audited paragraph by paragraph, all of them. Seeds 003 (E/2022/30) and
004 (the Chair's summaries) are audited on 50 paragraphs each drawn at random in two rounds
(``random.Random(13).sample(range(1, 147), 25)`` then ``sample(range(1, 164), 25)``; then
``random.Random(1313)`` drawing 25 more of each from the paragraphs the first round left out), every
fact of those paragraphs enumerated. Each fact has ``where``: a SPARQL graph pattern that holds when the
graph carries the fact with the paragraph as provenance (``?src`` is bound to the passage in the
pattern where the paragraph matters), or ``None`` and the reason it is a gap.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    seed: str
    para: int
    fact: str
    where: str | None  # a SPARQL group graph pattern (no braces), or None for a gap
    gap: str = ""


G22 = "<https://w3id.org/ccpcj-kg/id/source/gitoc-2022-ccpcj31/para/{}>"
G24 = "<https://w3id.org/ccpcj-kg/id/source/gitoc-2024-ccpcj33/para/{}>"
UN = "<https://w3id.org/ccpcj-kg/id/source/unis-2022-05-16-ccpcj31/para/{}>"
E = "<https://w3id.org/ccpcj-kg/id/document/E_2022_30/para/{}>"
CS = "<https://w3id.org/ccpcj-kg/id/source/chairs-summaries-thematic-discussions-2021-2024/para/{}>"
TD = "<https://w3id.org/ccpcj-kg/id/thematic-discussion/{}>"


def f(seed: str, para: int, fact: str, where: str | None, gap: str = "") -> Fact:
    return Fact(seed, para, fact, where, gap)


def claim(src: str, *about: str) -> str:
    """A claim derived from the passage, about each of the given nodes."""
    return "?c a ccpcj:Claim ; prov:wasDerivedFrom " + src + "".join(f" ; ccpcj:about {a}" for a in about) + " ."


def support(text: str, role: str, *states: str, src: str) -> str:
    return " ".join(f"?{role}{i} ccpcj:supportOf {text} ; ccpcj:supportRole role:{role} ; ccpcj:supporter state:{s} ; prov:wasDerivedFrom {src} ."
                    for i, s in enumerate(states))


def panel(event: str, role: str, *keys: str) -> str:
    """Participations in the event with that role, one per key (State alpha-3 lower or organization slug)."""
    return " ".join(f"<https://w3id.org/ccpcj-kg/id/{event}/participant/{k}> ccpcj:participationRole role:{role} ." for k in keys)


def stmt(n: int, *keys: str) -> str:
    """Statements of paragraph n of E/2022/30 by these speaker keys."""
    return " ".join(f"<https://w3id.org/ccpcj-kg/id/session/31/statement/{n}-{k}> ccpcj:speaker ?sp{n}{i} ; prov:wasDerivedFrom {E.format(n)} ."
                    for i, k in enumerate(keys))


T33 = "<https://w3id.org/ccpcj-kg/id/text/33-{}>"

SEED_000 = [  # GI-TOC 2022 analysis of the 31st session (Ian Tennant)
    f("000", 2, "the article's author is Ian Tennant", "source:gitoc-2022-ccpcj31 dcterms:creator person:ian-tennant ."),
    f("000", 3, "tensions around Russia and concerns about civil society access at the 31st session", claim(G22.format(3), "session:31")),
    f("000", 4, "the 31st session met in Vienna from 16 to 20 May (2022)", "session:31 ccpcj:regularPart ?p . ?p schema:startDate \"2022-05-16\"^^xsd:date ; schema:endDate \"2022-05-20\"^^xsd:date ; schema:location place:vienna . " + claim(G22.format(4), "session:31")),
    f("000", 4, "the first session with in-person participation since COVID-19, the first since the Russian invasion of Ukraine and the start of the cybercrime negotiations", claim(G22.format(4), "session:31")),
    f("000", 5, "the 2021 CCPCJ was marred by the Armenia–Azerbaijan dispute", claim(G22.format(5), "state:ARM", "state:AZE")),
    f("000", 5, "the CND in March (2022) saw wrangles and disruption", "event:cnd-2022 ccpcj:yearMonth \"2022-03\"^^xsd:gYearMonth ; schema:organizer organization:cnd . " + claim(G22.format(5), "event:cnd-2022")),
    f("000", 5, "the UNCAC Conference of Parties in December 2021 faced clashes over civil society participation", "event:uncac-cosp-2021 ccpcj:yearMonth \"2021-12\"^^xsd:gYearMonth . " + claim(G22.format(5), "event:uncac-cosp-2021")),
    f("000", 5, "the 31st session proceeded in a more consensual fashion", claim(G22.format(5), "session:31")),
    f("000", 7, "Angola, Kenya and Peru tabled the wildlife resolution (L.2)", support("<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.2>", "tabler", "AGO", "KEN", "PER", src=G22.format(7))),
    f("000", 7, "the resolution starts a process towards a possible new protocol to UNTOC on wildlife trafficking", claim(G22.format(7), "instrument:untoc")),
    f("000", 7, "the Global Initiative to End Wildlife Crime is led by former CITES Secretary General John Scanlon", "person:john-scanlon prov:wasDerivedFrom " + G22.format(7) + " . " + claim(G22.format(7), "person:john-scanlon", "organization:global-initiative-to-end-wildlife-crime")),
    f("000", 8, "delegates settled on 'wildlife' rather than 'wild fauna and flora'", claim(G22.format(8))),
    f("000", 9, "no consensus on whether a fourth UNTOC protocol is the right response", claim(G22.format(9))),
    f("000", 10, "at a side event the Stop Ecocide Foundation advocated criminalizing ecocide through the ICC", claim(G22.format(10))),
    f("000", 12, "the UNTOC review mechanism: 62 reviews of group one, 31 advancing, as of end-April 2022", "?a ccpcj:figureOf review-mechanism:untoc ; ccpcj:count 62 ; ccpcj:asOf ?d . ?b ccpcj:figureOf review-mechanism:untoc ; ccpcj:count 31 ."),
    f("000", 12, "the review mechanism was officially started almost two years before; UNTOC adopted 22 years before", "instrument:untoc ccpcj:adoptionDate \"2000-11-15\"^^xsd:date . " + claim(G22.format(12))),
    f("000", 13, "a Russian delegate claimed that Slovakia was refusing to review Russia", claim(G22.format(13), "state:RUS", "state:SVK")),
    f("000", 13, "the UNTOC Conference of Parties of October 2022", "event:untoc-cop-2022 ccpcj:yearMonth \"2022-10\"^^xsd:gYearMonth ; prov:wasDerivedFrom " + G22.format(13) + " ."),
    f("000", 15, "the theme of the 31st session (digital evidence and cybercrime)", "session:31 ccpcj:theme ?t . " + claim(G22.format(15), "session:31")),
    f("000", 16, "the United Kingdom tabled the resolution on sexual exploitation and abuse of minors (L.5)", support("<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.5>", "tabler", "GBR", src=G22.format(16))),
    f("000", 16, "what the resolution encourages", claim(G22.format(16))),
    f("000", 16, "the next session of the Ad Hoc Committee, 30 May to 10 June (2022)", "event:ahc-cybercrime-2 schema:startDate \"2022-05-30\"^^xsd:date ; schema:endDate \"2022-06-10\"^^xsd:date ."),
    f("000", 18, "the CCPCJ agreed a date for the next Crime Congress (2026) but no host", "congress:15 ccpcj:year ?y . " + claim(G22.format(18), "congress:15")),
    f("000", 21, "the GI-TOC contributed events and statements at the session", claim(G22.format(21), "organization:gi-toc")),
]

SEED_001 = [  # GI-TOC 2024 analysis of the 33rd session
    f("001", 1, "the 33rd session was held from 13 to 17 May (2024)", "session:33 schema:startDate \"2024-05-13\"^^xsd:date ; schema:endDate \"2024-05-17\"^^xsd:date ; prov:wasDerivedFrom " + G24.format(1) + " ."),
    f("001", 1, "a vote on harm reduction at the 67th CND in March broke with consensus", "event:cnd-67 ccpcj:ordinalNumber 67 ; ccpcj:yearMonth \"2024-03\"^^xsd:gYearMonth . " + claim(G24.format(1), "event:cnd-67")),
    f("001", 1, "all resolutions adopted by consensus", claim(G24.format(1), "session:33")),
    f("001", 2, "the theme: promoting international cooperation and technical assistance", "session:33 ccpcj:theme \"promoting international cooperation and technical assistance\"@en ."),
    f("001", 2, "the resolutions paid little attention to the theme", claim(G24.format(2), "session:33")),
    f("001", 4, "the Congress follow-up resolution was tabled by the Chair (ambassador of the Czech Republic), Japan and the UAE", support(T33.format("crime-congress-follow-up"), "tabler", "JPN", "ARE", src=G24.format(4)) + " ?o ccpcj:supportOf " + T33.format("crime-congress-follow-up") + " ; ccpcj:supportingOffice <https://w3id.org/ccpcj-kg/id/session/33/officer/chair> . <https://w3id.org/ccpcj-kg/id/session/33/officer/chair> ccpcj:representingState state:CZE ."),
    f("001", 4, "the 14th Congress was hosted by Japan in 2021", "congress:14 ccpcj:hostState state:JPN ; ccpcj:year \"2021\"^^xsd:gYear ."),
    f("001", 4, "the 15th Congress is to be held in Abu Dhabi in April 2026", "congress:15 schema:location place:abu-dhabi . " + claim(G24.format(4), "congress:15")),
    f("001", 4, "the approach of Kyoto 2021 and Qatar 2015 (declarations negotiated ahead)", claim(G24.format(4))),
    f("001", 5, "the theme of the Abu Dhabi Congress is 'protecting people and planet'", "congress:15 ccpcj:theme ?t . " + claim(G24.format(5), "congress:15")),
    f("001", 6, "Sudan argued that the UAE's hosting is controversial", claim(G24.format(6), "state:SDN", "state:ARE")),
    f("001", 8, "the rehabilitation resolution was tabled by Colombia, Japan, South Africa, Thailand and Viet Nam and adopted", support(T33.format("rehabilitation-and-reintegration"), "tabler", "COL", "JPN", "ZAF", "THA", "VNM", src=G24.format(8))),
    f("001", 9, "Belarus tabled the trafficking resolution, supported by Nicaragua and Syria", support(T33.format("trafficking-in-persons"), "tabler", "BLR", src=G24.format(9)) + " " + support(T33.format("trafficking-in-persons"), "supporter", "NIC", "SYR", src=G24.format(9))),
    f("001", 9, "Australia and Indonesia led the resolution on children associated with terrorist groups, supported by twelve States", support(T33.format("children-associated-with-terrorist-groups"), "lead", "AUS", "IDN", src=G24.format(9)) + " " + support(T33.format("children-associated-with-terrorist-groups"), "supporter", "AUT", "BGR", "HRV", "DOM", "FRA", "DEU", "ITA", "MLT", "MAR", "PHL", "ROU", "SVN", src=G24.format(9))),
    f("001", 9, "Italy introduced the resolution on violence against children, with its supporters", support(T33.format("violence-against-children"), "introducer", "ITA", src=G24.format(9)) + " " + support(T33.format("violence-against-children"), "supporter", "AND", "AUT", "ECU", "FRA", "DEU", "IDN", "MLT", "SVN", src=G24.format(9))),
    f("001", 10, "Belarus was voted off the 40-member CCPCJ", "?m ccpcj:figureOf organization:ccpcj ; ccpcj:count 40 ; prov:wasDerivedFrom " + G24.format(10) + " . " + claim(G24.format(10), "state:BLR")),
    f("001", 10, "the Belarusian resolution faced initial political resistance", claim(G24.format(10))),
    f("001", 11, "'online trafficking' rather than 'criminal misuse of ICTs'; 'survivors' contested", claim(G24.format(11))),
    f("001", 12, "a footnote leaves 'associated with terrorist groups' to domestic law; an expert group planned", claim(G24.format(12))),
    f("001", 13, "Iranian efforts to insert language on sanctions were unsuccessful", claim(G24.format(13), "state:IRN")),
    f("001", 15, "Russia raised procedural complaints in the plenary", claim(G24.format(15), "state:RUS")),
    f("001", 16, "regional preparatory meetings for the 15th Congress in early 2025", claim(G24.format(16), "congress:15")),
    f("001", 16, "the 12th UNTOC Conference of Parties in Vienna in October (2024)", "event:untoc-cop-12 ccpcj:ordinalNumber 12 ; schema:location place:vienna ; ccpcj:yearMonth \"2024-10\"^^xsd:gYearMonth ."),
    f("001", 17, "the Ad Hoc Committee's reconvened concluding session, 29 July to 9 August, New York", "event:ahc-cybercrime-reconvened-concluding-session schema:startDate \"2024-07-29\"^^xsd:date ; schema:endDate \"2024-08-09\"^^xsd:date ; schema:location place:new-york ."),
]

SEED_002 = [  # UNIS release of 16 May 2022
    f("002", 2, "the release is dated 16 May 2022", "source:unis-2022-05-16-ccpcj31 dcterms:date \"2022-05-16\"^^xsd:date ."),
    f("002", 3, "130 countries meet at the 31st session", "session:31 ^ccpcj:attendanceAt ?a . ?a ccpcj:count 130 ; prov:wasDerivedFrom " + UN.format(3) + " ."),
    f("002", 4, "the 31st session opened on 16 May (2022), in Vienna, with a focus on digital evidence and cybercrime", claim(UN.format(4), "session:31")),
    f("002", 5, "the Commission is the main UN policymaking body on crime prevention and criminal justice", claim(UN.format(5), "organization:ccpcj")),
    f("002", 6, "a special event on the opening day, moderated by Takeshi Hikihara (Japan), Chair of the 31st Commission", "?e a ccpcj:SpecialEvent ; schema:startDate \"2022-05-16\"^^xsd:date ; prov:wasDerivedFrom " + UN.format(6) + " . ?p ccpcj:participationIn ?e ; ccpcj:participant person:takeshi-hikihara ; ccpcj:participationRole role:moderator ; ccpcj:representingState state:JPN ."),
    f("002", 7, "Ghada Waly, Executive Director of UNODC, in her opening remarks", "?h a ccpcj:PositionHolding ; org:member person:ghada-waly ; org:organization organization:unodc ; ccpcj:positionTitle \"Executive Director\"@en . " + claim(UN.format(7), "person:ghada-waly")),
    f("002", 8, "Sima Sami Bahous, Executive Director of UN Women, addressed the Commission for the first time", "?h a ccpcj:PositionHolding ; org:member person:sima-sami-bahous ; org:organization organization:un-women . " + claim(UN.format(8), "person:sima-sami-bahous")),
    f("002", 9, "resolutions under consideration: Kyoto follow-up, wildlife, reoffending, children", claim(UN.format(9))),
    f("002", 10, "a thematic discussion on digital evidence and cybercrime", "?td a ccpcj:ThematicDiscussion ; schema:superEvent/schema:superEvent? session:31 ; ccpcj:theme ?t . " + claim(UN.format(10))),
    f("002", 11, "the session held virtually and in person", "session:31 ccpcj:regularPart/ccpcj:format ?fmt ."),
    f("002", 11, "over 80 side events", "?f ccpcj:figureOf session:31 ; ccpcj:count 80 ; ccpcj:lowerBound true ."),
    f("002", 11, "representatives from 130 countries and 55 non-governmental organizations", "?a ccpcj:count 130 ; prov:wasDerivedFrom " + UN.format(11) + " . " + claim(UN.format(11))),
    f("002", 12, "Ghada Waly urged Governments to reaffirm their commitment", claim(UN.format(12), "person:ghada-waly")),
    f("002", 15, "Sonya Yee, Speechwriter and Spokesperson, UNODC", "?h org:member person:sonya-yee ; ccpcj:positionTitle \"Speechwriter and Spokesperson\"@en ; org:organization organization:unodc ."),
]

S31 = "<https://w3id.org/ccpcj-kg/id/session/31/{}>"

SEED_003 = [  # E/2022/30, 25 paragraphs drawn at random
    f("003", 4, "decision 31/1: at its 9th meeting, on 18 May 2022, the Commission decided to transmit the UNICRI report (E/CN.15/2022/8) to ECOSOC", "decision:ccpcj-31-1 ccpcj:actionMeeting " + S31.format("meeting/9") + " ; ccpcj:adoptionDate \"2022-05-18\"^^xsd:date ; dcterms:references <https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_8> ; prov:wasDerivedFrom " + E.format(4) + " ."),
    f("003", 4, "the report was approved by the UNICRI Board of Trustees at its online meeting of 22 and 23 October 2021", "event:unicri-board-of-trustees-2021-10 schema:startDate \"2021-10-22\"^^xsd:date ; schema:endDate \"2021-10-23\"^^xsd:date ; schema:organizer organization:unicri . " + claim(E.format(4), "event:unicri-board-of-trustees-2021-10")),
    f("003", 8, "the 3rd meeting, on 16 May 2022", S31.format("meeting/3") + " schema:startDate \"2022-05-16\"^^xsd:date ."),
    f("003", 8, "26 statements by persons at the 3rd meeting, each with the State and the mode as printed", "{ SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ccpcj:Statement ; prov:wasDerivedFrom " + E.format(8) + " ; ccpcj:mode ?m ; ccpcj:speakerDescription ?d } } FILTER(?n = 26)"),
    f("003", 8, "Lithuania spoke on behalf of Estonia, Latvia and Lithuania (footnote 23)", S31.format("statement/8-ltu") + " ccpcj:onBehalfOf ?g ."),
    f("003", 33, "14 statements by observers under agenda item 5 (Singapore … Portugal) with their modes", "{ SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ccpcj:Statement ; prov:wasDerivedFrom " + E.format(33) + " ; ccpcj:mode ?m } } FILTER(?n = 14)"),
    f("003", 33, "the EU and its member States, also on behalf of eleven other States (footnote 24)", S31.format("statement/33-european-union") + " ccpcj:onBehalfOf ?g ."),
    f("003", 34, "statements by INTERPOL (online), the Council of Arab Ministers of the Interior, the International Association for the Advancement of Innovative Approaches to Global Challenges and the Friends World Committee for Consultation", stmt(34, "interpol", "council-of-arab-ministers-of-the-interior", "international-association-for-the-advancement-of-innovative-approaches-to-global-challenges", "friends-world-committee-for-consultation") + " " + S31.format("statement/34-interpol") + " ccpcj:mode mode:online ."),
    f("003", 48, "the programme network's workshop at the 1st meeting of the Committee of the Whole, 16 May 2022, its title, chair and moderator", S31.format("workshop/internet-related-crimes-against-children") + " schema:startDate \"2022-05-16\"^^xsd:date ; dcterms:title ?t ; ccpcj:chair person:azzeddine-farhane ; schema:organizer organization:united-nations-crime-prevention-and-criminal-justice-programme-network . ?m ccpcj:participationIn " + S31.format("workshop/internet-related-crimes-against-children") + " ; ccpcj:participationRole role:moderator ."),
    f("003", 55, "statements by UNAFEI (online), the Thailand Institute of Justice and the Global Fund (pre-recorded video)", stmt(55, "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders", "thailand-institute-of-justice", "global-fund-to-fight-aids-tuberculosis-and-malaria") + " " + S31.format("statement/55-thailand-institute-of-justice") + " ccpcj:mode mode:pre-recorded-video ."),
    f("003", 71, "the new UNODC programme on terrorism prevention was welcomed", "initiative:unodc-programme-on-terrorism-prevention ccpcj:developedBy organization:unodc ; ccpcj:mentionedAt session:31 ; prov:wasDerivedFrom " + E.format(71) + " ."),
    f("003", 102, "statements by South Africa, Ecuador, Venezuela and Iran (in person)", stmt(102, "zaf", "ecu", "ven", "irn")),
    f("003", 104, "the document on world crime trends (E/CN.15/2022/10)", "<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_10> dcterms:title ?t ."),
    f("003", 104, "UNODC works with the Statistical Commission on the International Classification of Crime for Statistical Purposes", "initiative:iccs rdfs:label \"International Classification of Crime for Statistical Purposes\"@en ; skos:altLabel \"ICCS\"@en ; ccpcj:mentionedAt session:31 ; prov:wasDerivedFrom " + E.format(104) + " ."),
    f("003", 111, "documents before the Commission under agenda item 7: E/CN.15/2022/11, CRP.1, CRP.2, CRP.3", " ".join(f"<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_{k}> dcterms:title ?t{i} ." for i, k in enumerate(("11", "CRP.1", "CRP.2", "CRP.3")))),
    f("003", 111, "the expert discussions on crimes that affect the environment, 14–16 February 2022", "?e a ccpcj:Forum ; schema:startDate \"2022-02-14\"^^xsd:date ; schema:endDate \"2022-02-16\"^^xsd:date ; schema:organizer organization:ccpcj ; prov:wasDerivedFrom " + E.format(111) + " ."),
    f("003", 112, "an introductory statement by the Secretary of the Commission (in person)", S31.format("statement/112-unodc") + " ccpcj:mode mode:in-person ; ccpcj:statementKind statement-kind:introductory ."),
    f("003", 114, "statements by the EU, Iran and Venezuela (in person)", stmt(114, "european-union", "irn", "ven")),
    f("003", 125, "agenda item 11 considered at the 12th meeting, on 20 May 2022", S31.format("agenda-item/11") + " ccpcj:consideredAt " + S31.format("meeting/12") + " . " + S31.format("meeting/12") + " schema:startDate \"2022-05-20\"^^xsd:date ."),
    f("003", 137, "arrangements finalized on 10 May 2022; hybrid format from 16 to 20 May 2022; host country Austria", S31.format("regular-part") + " ccpcj:format ?fmt ; schema:startDate \"2022-05-16\"^^xsd:date ; schema:endDate \"2022-05-20\"^^xsd:date . " + claim(E.format(137), S31.format("regular-part"))),
    f("003", 139, "the Bureau election of 10 December 2021, at the end of the reconvened 30th session; Chair, First and Third Vice-Chairs elected there", S31.format("bureau-election") + " schema:startDate \"2021-12-10\"^^xsd:date . " + S31.format("officer/chair") + " ccpcj:electedAt " + S31.format("bureau-election") + " . " + S31.format("officer/first-vice-chair") + " ccpcj:electedAt " + S31.format("bureau-election") + " . " + S31.format("officer/third-vice-chair") + " ccpcj:electedAt " + S31.format("bureau-election") + " ."),
    f("003", 142, "the extended Bureau: the Chairs of the five regional groups, of the Group of 77 and China, the EU presidency and the elected officers", claim(E.format(142))),
    f("003", 144, "the provisional agenda E/CN.15/2022/1 adopted at the 1st meeting, 16 May 2022, approved by ECOSOC decision 2021/253", "<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_1> ccpcj:action action:adopted ; ccpcj:actionMeeting " + S31.format("meeting/1") + " ; ccpcj:actionDate \"2022-05-16\"^^xsd:date . <https://w3id.org/ccpcj-kg/id/document/E_DEC_2021_253> dcterms:identifier ?id ."),
    f("003", 144, "the agenda: items 1–13 with their titles", "{ SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ccpcj:agendaOf session:31 ; dcterms:title ?t . FILTER NOT EXISTS { ?i ccpcj:subItemOf ?up } } } FILTER(?n = 13)"),
]

TS = "<https://w3id.org/ccpcj-kg/id/thematic-discussion/{}/participant/{}>"

SEED_004 = [  # the Chair's summaries, 25 paragraphs drawn at random
    f("004", 31, "FATF recommendation 30 referred to (footnote 13)", "initiative:fatf-recommendations ccpcj:mentionedAt " + TD.format("2021/session/2") + " ; prov:wasDerivedFrom " + CS.format(31) + " ."),
    f("004", 35, "reference to the work of CAMERA", "initiative:camera ccpcj:mentionedAt " + TD.format("2021/session/2") + " ."),
    f("004", 52, "Lachezara Stoeva, President of ECOSOC, spoke at the 2022 opening", TS.format("2022", "lachezara-stoeva") + " ccpcj:participant person:lachezara-stoeva ; ccpcj:affiliation organization:ecosoc ."),
    f("004", 52, "the SDG Summit planned for September 2023", "event:sdg-summit-2023 ccpcj:yearMonth \"2023-09\"^^xsd:gYearMonth ."),
    f("004", 66, "the Mendez Principles on investigative interviewing", "initiative:mendez-principles ccpcj:mentionedAt " + TD.format("2022/session/1") + " ."),
    f("004", 76, "the 2022 thematic session 3 on 7 December 2022 on gender and children and youth", TD.format("2022/session/3") + " schema:startDate \"2022-12-07\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 76, "introduced by UNODC; panel: South Africa, Slovenia, Canada, Colombia, HEUNI, the International Sociological Association", panel("thematic-discussion/2022/session/3", "panellist", "zaf", "svn", "can", "col", "european-institute-for-crime-prevention-and-control-affiliated-with-the-united-nations", "international-sociological-association") + " " + panel("thematic-discussion/2022/session/3", "presenter", "unodc")),
    f("004", 76, "presentations by OHCHR, the SADC Parliamentary Forum, COMJIB, UN-Women, UNDP, the SRSG on violence against children, UNICEF", panel("thematic-discussion/2022/session/3", "presenter", "ohchr", "sadc-parliamentary-forum", "conference-of-ministers-of-justice-of-the-ibero-american-countries", "un-women", "undp", "special-representative-of-the-secretary-general-on-violence-against-children", "unicef")),
    f("004", 89, "Ghada Waly, UNODC Executive Director, spoke at the 2023 opening", TS.format("2023", "ghada-waly") + " ccpcj:participant person:ghada-waly ."),
    f("004", 92, "the 2023 thematic session 1 on 21 September 2023", TD.format("2023/session/1") + " schema:startDate \"2023-09-21\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 94, "UNODC research: 41% of trafficking victims relied on self-rescue, 28% on law enforcement", "?a ccpcj:figureOf " + TD.format("2023/session/1") + " ; ccpcj:percentage 41.0 . ?b ccpcj:figureOf " + TD.format("2023/session/1") + " ; ccpcj:percentage 28.0 ."),
    f("004", 94, "the detection of trafficking victims decreased during the pandemic", claim(CS.format(94), TD.format("2023/session/1"))),
    f("004", 111, "cooperation forums and networks: GlobE, StAR (UNODC–World Bank), the Africa Association of Anti-Corruption Authorities, the Commonwealth Anti-Corruption Training Centre, the G-7 meeting of Ministers of Justice and task force for Ukraine, the criminal justice forum of Asia and the Pacific", " ".join(f"initiative:{k} ccpcj:mentionedAt " + TD.format("2023/session/2") + " ; prov:wasDerivedFrom " + CS.format(111) + " ." for k in ("globe-network", "star-initiative", "africa-association-of-anti-corruption-authorities", "commonwealth-anti-corruption-training-centre", "g7-meeting-of-ministers-of-justice", "g7-anti-corruption-task-force-for-ukraine", "crim-ap")) + " initiative:star-initiative ccpcj:developedBy organization:unodc , organization:world-bank ."),
    f("004", 111, "the Council of Europe Venice Commission named among the forums", "organization:venice-commission org:subOrganizationOf organization:council-of-europe ; prov:wasDerivedFrom " + CS.format(111) + " ."),
    f("004", 112, "the Statistical Commission, FATF and UNCTAD as partners of the Commission and UNODC", "organization:statistical-commission rdfs:label ?a . organization:fatf rdfs:label ?b . organization:unctad prov:wasDerivedFrom " + CS.format(112) + " ."),
    f("004", 113, "John Brandolino, Director of the Division for Treaty Affairs, delivered a statement on behalf of Ghada Waly at the 2024 opening", TS.format("2024", "john-brandolino") + " ccpcj:participant person:john-brandolino ; ccpcj:onBehalfOf person:ghada-waly ."),
    f("004", 114, "the 2024 thematic session 1 on 2 December 2024", TD.format("2024/session/1") + " schema:startDate \"2024-12-02\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 115, "panel: Canada, Japan, Morocco, the Basel Institute on Governance, the Wildlife Conservation Society", panel("thematic-discussion/2024/session/1", "panellist", "can", "jpn", "mar", "basel-institute-on-governance", "wildlife-conservation-society")),
    f("004", 115, "presentations by OSCE, INTERPOL, the World Bank, FATF, the IMF and the UNSGSA", panel("thematic-discussion/2024/session/1", "presenter", "osce", "interpol", "world-bank", "fatf", "imf", "unsgsa", "unodc")),
    f("004", 116, "strengthened FATF recommendations: 21 categories of designated offences", "?f ccpcj:figureOf initiative:fatf-recommendations ; ccpcj:count 21 ."),
    f("004", 116, "UNTOC as a legal basis; paragraph 62 of the Kyoto Declaration; the UNTOC review mechanism's coming work", claim(CS.format(116), "review-mechanism:untoc", "instrument:kyoto-declaration", "instrument:untoc")),
    f("004", 141, "the 2024 thematic session 3 on 4 December 2024", TD.format("2024/session/3") + " schema:startDate \"2024-12-04\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 142, "panel: Colombia, Iran, Sudan, the United States, UNAFRI, the Global Initiative to End Wildlife Crime", panel("thematic-discussion/2024/session/3", "panellist", "col", "irn", "sdn", "usa", "unafri", "global-initiative-to-end-wildlife-crime")),
    f("004", 142, "presentations by INTERPOL, EUROPOL, UNEP, FAO, OSCE, CTED and UNOCT", panel("thematic-discussion/2024/session/3", "presenter", "interpol", "europol", "unep", "fao", "osce", "cted", "unoct", "unodc")),
    f("004", 145, "UNCLOS (article 73) named in the discussion on maritime crime", "instrument:unclos prov:wasDerivedFrom " + CS.format(145) + " . " + claim(CS.format(145), "instrument:unclos", TD.format("2024/session/3"))),
]

SEED_003_SECOND = [  # E/2022/30, a second draw of 25 paragraphs
    f("003", 14, "agenda item 4 considered at the 7th meeting, on 18 May 2022, with sub-items (a)-(d)", S31.format("agenda-item/4") + " ccpcj:consideredAt " + S31.format("meeting/7") + " . " + S31.format("meeting/7") + " schema:startDate \"2022-05-18\"^^xsd:date . " + " ".join(S31.format(f"agenda-item/4{x}") + f" ccpcj:subItemOf {S31.format('agenda-item/4')} ; dcterms:title ?t{x} ." for x in "abcd")),
    f("003", 29, "introductory remarks by the Chair, a representative of the Organized Crime and Illicit Trafficking Branch and the Head of the Global Programme on Cybercrime", stmt(29, "takeshi-hikihara", "unodc", "unodc-2")),
    f("003", 31, "Rick Brown spoke for the programme network; the afternoon panel (Malapane, Inman Grant, Foldyna, Agelán Casasnovas) presided over by the Chair", S31.format("statement/31-australian-institute-of-criminology") + " ccpcj:onBehalfOf organization:united-nations-crime-prevention-and-criminal-justice-programme-network . " + " ".join(S31.format(f"thematic-discussion/panel/afternoon/participant/{k}") + " ccpcj:participationRole role:panellist ." for k in ("karina-m-k-malapane", "julie-inman-grant", "tomas-foldyna", "esther-agelan-casasnovas"))),
    f("003", 40, "the Ad Hoc Committee, established under GA resolution 74/247, would hold its second session in Vienna, 30 May-10 June 2022", "organization:ad-hoc-committee-on-cybercrime dcterms:references <https://w3id.org/ccpcj-kg/id/document/A_RES_74_247> . event:ahc-cybercrime-2 schema:location place:vienna ; schema:startDate \"2022-05-30\"^^xsd:date ; prov:wasDerivedFrom " + E.format(40) + " ."),
    f("003", 40, "the Council of Europe Convention on Cybercrime and its Second Additional Protocol", "instrument:council-of-europe-convention-on-cybercrime prov:wasDerivedFrom " + E.format(40) + " . instrument:council-of-europe-cybercrime-second-additional-protocol ccpcj:supplements instrument:council-of-europe-convention-on-cybercrime ."),
    f("003", 40, "the Second Additional Protocol opened for signature on 12 May 2022", None, "the opening for signature is in the instrument's note only (an event the graph does not model; allow-listed in the prose QC)"),
    f("003", 45, "the Convention on the Rights of the Child and its Optional Protocol on the sale of children, child prostitution and child pornography", "instrument:convention-on-the-rights-of-the-child prov:wasDerivedFrom " + E.format(45) + " . instrument:crc-optional-protocol-on-the-sale-of-children prov:wasDerivedFrom " + E.format(45) + " ."),
    f("003", 52, "introductory statements by four UNODC officials and the Director of UNICRI", stmt(52, "unodc", "unodc-2", "unodc-3", "unodc-4", "unicri")),
    f("003", 56, "statements by eight non-governmental organizations with their modes", "{ SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ccpcj:Statement ; prov:wasDerivedFrom " + E.format(56) + " ; ccpcj:mode ?m ; ccpcj:speaker ?o . ?o a ccpcj:NonGovernmentalOrganization } } FILTER(?n = 8)"),
    f("003", 61, "the Mechanism for the Review of the Implementation of UNTOC and the Protocols", "review-mechanism:untoc ccpcj:reviewsInstrument instrument:untoc ; prov:wasDerivedFrom " + E.format(61) + " ."),
    f("003", 74, "the Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism were welcomed", "initiative:model-legislative-provisions-victims-of-terrorism ccpcj:mentionedAt session:31 ; prov:wasDerivedFrom " + E.format(74) + " ."),
    f("003", 82, "at its 9th meeting, on 18 May 2022, the Commission decided to transmit the UNICRI report (statute: ECOSOC resolution 1989/56)", "decision:ccpcj-31-1 ccpcj:actionMeeting " + S31.format("meeting/9") + " ; dcterms:references <https://w3id.org/ccpcj-kg/id/document/E_RES_1989_56> ; prov:wasDerivedFrom " + E.format(82) + " ."),
    f("003", 87, "an introductory statement by UNODC; statements by the Special Rapporteur on violence against women, the SRSG on violence against children and the Chair of the Committee on the Rights of the Child (pre-recorded video)", stmt(87, "unodc", "special-rapporteur-on-violence-against-women-its-causes-and-consequences", "special-representative-of-the-secretary-general-on-violence-against-children", "committee-on-the-rights-of-the-child") + " " + S31.format("statement/87-committee-on-the-rights-of-the-child") + " ccpcj:mode mode:pre-recorded-video ."),
    f("003", 94, "the expert group meeting on reducing reoffending convened by UNODC, 6-8 April 2022", "?e a ccpcj:Forum ; schema:organizer organization:unodc ; schema:startDate \"2022-04-06\"^^xsd:date ; schema:endDate \"2022-04-08\"^^xsd:date ; prov:wasDerivedFrom " + E.format(94) + " ."),
    f("003", 94, "the forthcoming intergovernmental consultations towards model strategies on reducing reoffending", "initiative:model-strategies-on-reducing-reoffending ccpcj:mentionedAt session:31 ; prov:wasDerivedFrom " + E.format(94) + " ."),
    f("003", 101, "statements by Thailand, the United States, China, Canada, the Russian Federation, Brazil, the United Kingdom and Cameroon", stmt(101, "tha", "usa", "chn", "can", "rus", "bra", "gbr", "cmr")),
    f("003", 103, "statements by the Alliance of NGOs (pre-recorded video and online) and the Maat for Peace association", stmt(103, "alliance-of-ngos-on-crime-prevention-and-criminal-justice", "maat-for-peace-development-and-human-rights-association") + " " + S31.format("statement/103-alliance-of-ngos-on-crime-prevention-and-criminal-justice") + " ccpcj:mode mode:online , mode:pre-recorded-video ."),
    f("003", 128, "draft decision L.6 recommended to ECOSOC at the 12th meeting, on 20 May 2022 (draft decision II)", "<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.6> ccpcj:actionMeeting " + S31.format("meeting/12") + " ; ccpcj:actionDate \"2022-05-20\"^^xsd:date ; ccpcj:recommendedTo organization:ecosoc ; ccpcj:reproducedAs <https://w3id.org/ccpcj-kg/id/document/E_2022_30/draft-decision-ii> ."),
    f("003", 134, "the informal pre-session consultations on 13 May 2022, chaired by the First Vice-Chair, Azzeddine Farhane (Morocco)", claim(E.format(134), "person:azzeddine-farhane")),
    f("003", 135, "the regular part held in Vienna, 16-20 May 2022", S31.format("regular-part") + " schema:location place:vienna ; schema:startDate \"2022-05-16\"^^xsd:date ; schema:endDate \"2022-05-20\"^^xsd:date ."),
    f("003", 135, "the President of ECOSOC (video message), the Executive Director of UNODC and the Executive Director of UN-Women addressed the Commission", stmt(135, "ecosoc", "unodc", "un-women") + " " + S31.format("statement/135-ecosoc") + " ccpcj:mode mode:pre-recorded-video ."),
    f("003", 143, "the extended Bureau met on 17 and 19 May 2022", claim(E.format(143))),
    f("003", 146, "closing statements by the Executive Director of UNODC and the Chair at the 13th meeting, 20 May 2022", stmt(146, "unodc", "takeshi-hikihara") + " " + S31.format("statement/146-unodc") + " ccpcj:atMeeting " + S31.format("meeting/13") + " ; ccpcj:statementKind statement-kind:closing ."),
]

SEED_004_SECOND = [  # the Chair's summaries, a second draw of 25 paragraphs
    f("004", 7, "the 2024 topics in three thematic sessions (Pillar IV)", " ".join(TD.format(f"2024/session/{k}") + f" schema:superEvent {TD.format('2024')} ; dcterms:title ?t{k} ." for k in (1, 2, 3)) + " " + TD.format("2024") + " ccpcj:kyotoPillar <https://w3id.org/ccpcj-kg/id/kyoto-pillar/4> ."),
    f("004", 14, "Takeshi Hikihara, First Vice-Chair at the 30th session and Permanent Representative of Japan, spoke at the 2021 opening", TS.format("2021", "takeshi-hikihara") + " ccpcj:participant person:takeshi-hikihara ; ccpcj:representingState state:JPN . <https://w3id.org/ccpcj-kg/id/session/30/officer/first-vice-chair> org:member person:takeshi-hikihara ."),
    f("004", 16, "the 2021 thematic session 1 on 10 November 2021", TD.format("2021/session/1") + " schema:startDate \"2021-11-10\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 29, "the UNCTAD-UNODC Conceptual framework for the statistical measurement of illicit financial flows, presented by UNODC", "initiative:unctad-unodc-conceptual-framework-for-the-statistical-measurement-of-illicit-financial-flows ccpcj:developedBy organization:unctad , organization:unodc ; ccpcj:presentedBy organization:unodc ; ccpcj:mentionedAt " + TD.format("2021/session/2") + " ."),
    f("004", 49, "the First Global Youth Forum for a Culture of Lawfulness, October 2021, Tokyo", "event:first-global-youth-forum-for-a-culture-of-lawfulness schema:location place:tokyo ; prov:wasDerivedFrom " + CS.format(49) + " ."),
    f("004", 55, "Alya Ahmed Saif Al-Thani, Chair of the Commission for Social Development at its 61st session, spoke at the 2022 opening", TS.format("2022", "alya-ahmed-saif-al-thani") + " ccpcj:participant person:alya-ahmed-saif-al-thani ; ccpcj:affiliation organization:commission-for-social-development ."),
    f("004", 69, "the 2022 thematic session 2 on 6 December 2022", TD.format("2022/session/2") + " schema:startDate \"2022-12-06\"^^xsd:date ; dcterms:title ?t ."),
    f("004", 69, "panel: South Africa, Japan, the United States, Brazil, UNAFEI, Penal Reform International", panel("thematic-discussion/2022/session/2", "panellist", "zaf", "jpn", "usa", "bra", "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders", "pri")),
    f("004", 69, "presentations by Thailand, the HRC, the ICRC, the Council of Europe, OSCE, DPO, UNDP, CTED, CICAD-OAS and UNOPS", panel("thematic-discussion/2022/session/2", "presenter", "tha", "human-rights-committee", "icrc", "council-of-europe", "osce", "department-of-peace-operations", "undp", "cted", "cicad-oas", "unops", "unodc")),
    f("004", 70, "the Nelson Mandela Rules (GA resolution 70/175), the Bangkok Rules (65/229) and the Tokyo Rules (45/110)", "instrument:nelson-mandela-rules ccpcj:adoptedByResolution <https://w3id.org/ccpcj-kg/id/document/A_RES_70_175> . instrument:bangkok-rules ccpcj:adoptedByResolution <https://w3id.org/ccpcj-kg/id/document/A_RES_65_229> . instrument:tokyo-rules ccpcj:adoptedByResolution <https://w3id.org/ccpcj-kg/id/document/A_RES_45_110> ; prov:wasDerivedFrom " + CS.format(70) + " ."),
    f("004", 70, "the United Nations Common Position on Incarceration (2021)", "initiative:un-common-position-on-incarceration ccpcj:launchYear \"2021\"^^xsd:gYear ; ccpcj:mentionedAt " + TD.format("2022/session/2") + " ."),
    f("004", 90, "Antonio Manuel Revilla Lagdameo, Chair of the 68th session of the Commission on the Status of Women, spoke at the 2023 opening", TS.format("2023", "antonio-manuel-revilla-lagdameo") + " ccpcj:participant person:antonio-manuel-revilla-lagdameo ; ccpcj:affiliation organization:commission-on-the-status-of-women ."),
    f("004", 91, "the ASEAN-Japan Special Youth Forum for Promoting the Rule of Law, Tokyo, 5-6 July 2023, its theme, represented by Tomohito Yasui and Rethida Tek", "event:asean-japan-special-youth-forum-for-promoting-the-rule-of-law schema:startDate \"2023-07-05\"^^xsd:date ; schema:endDate \"2023-07-06\"^^xsd:date ; ccpcj:theme ?t . ?a ccpcj:participationIn event:asean-japan-special-youth-forum-for-promoting-the-rule-of-law ; ccpcj:participant person:tomohito-yasui . ?b ccpcj:participationIn event:asean-japan-special-youth-forum-for-promoting-the-rule-of-law ; ccpcj:participant person:rethida-tek ."),
    f("004", 144, "UNTOC/COP resolution 12/2 on fraud; the UNODC issue paper on organized fraud", "<https://w3id.org/ccpcj-kg/id/resolution/untoc-cop-12-2> ccpcj:actingBody organization:untoc-cop . initiative:unodc-issue-paper-on-organized-fraud ccpcj:mentionedAt " + TD.format("2024/session/3") + " ."),
    f("004", 158, "the 15th Crime Congress to be held in Abu Dhabi in 2026", "congress:15 schema:location place:abu-dhabi ; ccpcj:year \"2026\"^^xsd:gYear . " + claim(CS.format(158), "congress:15")),
    f("004", 160, "agenda item 1 of the 15th Congress and its title", "<https://w3id.org/ccpcj-kg/id/congress/15/agenda-item/1> ccpcj:agendaOf congress:15 ; ccpcj:itemNumber \"1\" ; dcterms:title ?t ; prov:wasDerivedFrom " + CS.format(160) + " ."),
    f("004", 160, "the trends the thematic discussions showed for agenda item 1 (methodological tools, data, violence against women, youth)", claim(CS.format(160), "<https://w3id.org/ccpcj-kg/id/congress/15/agenda-item/1>")),
    f("004", 163, "agenda item 4 of the 15th Congress and its title", "<https://w3id.org/ccpcj-kg/id/congress/15/agenda-item/4> ccpcj:agendaOf congress:15 ; ccpcj:itemNumber \"4\" ; dcterms:title ?t ; prov:wasDerivedFrom " + CS.format(163) + " ."),
    f("004", 163, "what may be considered under agenda item 4 (SDG 16 targets, technical assistance, electronic evidence)", claim(CS.format(163), "<https://w3id.org/ccpcj-kg/id/congress/15/agenda-item/4>")),
]

ALL = SEED_000 + SEED_001 + SEED_002 + SEED_003 + SEED_004 + SEED_003_SECOND + SEED_004_SECOND
SAMPLED_PARAGRAPHS = {
    "003": [4, 8, 19, 22, 33, 34, 38, 48, 55, 58, 60, 67, 71, 75, 76, 102, 104, 111, 112, 114, 125, 137, 139, 142, 144],
    "004": [31, 35, 36, 46, 52, 60, 66, 68, 76, 81, 89, 92, 94, 110, 111, 112, 113, 114, 115, 116, 125, 138, 141, 142, 145],
}
# the second draw: random.Random(1313) over the paragraphs the first left out, 003 then 004
SECOND_DRAW = {
    "003": [14, 25, 29, 31, 40, 41, 45, 52, 56, 57, 61, 66, 74, 82, 87, 94, 95, 101, 103, 127, 128, 134, 135, 143, 146],
    "004": [7, 14, 16, 29, 32, 34, 42, 43, 49, 55, 69, 70, 88, 90, 91, 97, 126, 137, 139, 144, 155, 156, 158, 160, 163],
}
# Sampled paragraphs with no user-relevant fact as defined above (only views of unnamed speakers):
DISCOURSE_ONLY = {
    "003": [19, 22, 38, 58, 60, 67, 75, 76, 25, 41, 57, 66, 95, 127],
    "004": [36, 46, 60, 68, 81, 110, 125, 138, 32, 34, 42, 43, 88, 97, 126, 137, 139, 155, 156],
}
