# ruff: noqa: E501  (a data file: titles and lists stay on one line each, as the report prints them)
"""Expected facts of seed 003, the report E/2022/30, written by hand from the report's text.

Keys follow the modelling contract (State alpha-3 codes, organization and person slugs,
statement keys ``{paragraph}-{speaker}[-k]``). Each constant is one kind of fact; the test
compares the ingest's output with them and reports precision and recall per kind.

Read from the text, not from data/session-31/*.ttl nor from the parser's output. Where the
report leaves a value implicit, the reading written here is the one this file stands for:
- a statement's meeting is the meeting its paragraph names, or the only meeting at which the
  agenda item of its chapter was considered (item 4: 7th meeting only; items 8 and 9: 10th only;
  item 10: 11th; item 11: 12th; item 13: 13th);
- the agenda item of a statement is the item its chapter reports on (chapter II → item 3, …);
- an official of UNODC (or of its "Branch", "Division", "Secretariat to the Governing Bodies",
  the Secretary of the Commission) speaks for UNODC in the secretariat capacity; the head of
  another United Nations body invited to speak (Statistical Commission, Committee on the Rights of
  the Child, Special Rapporteur, ECOSOC, UN-Women) is an invited speaker; speakers listed in the
  general debate by title only, the Chair of the Commission, panellists' institutes and NGOs
  named without "observer for" have no capacity stated (panellists: capacity panellist);
- "(pre-recorded statement)" (Belarus) and "in a video message" are the pre-recorded-video mode.
"""

from __future__ import annotations

from typing import Any

SESSION = 31

# -- session: parts, meetings, place ----------------------------------------------------------
SESSION_FACTS = {
    ("session", "31", "startDate", "2021-12-10"),
    ("part", "bureau-election", "startDate", "2021-12-10"),
    ("part", "bureau-election", "endDate", "2021-12-10"),
    ("part", "regular-part", "startDate", "2022-05-16"),
    ("part", "regular-part", "endDate", "2022-05-20"),
    ("part", "regular-part", "location", "vienna"),
    ("part", "regular-part", "hostState", "AUT"),
    ("part", "regular-part", "format", "hybrid"),
    ("part", "reconvened-part", "startDate", "2022-12-08"),
    ("part", "reconvened-part", "endDate", "2022-12-09"),
    ("meeting", "1", "date", "2022-05-16"),
    ("meeting", "2", "date", "2022-05-16"),
    ("meeting", "3", "date", "2022-05-16"),
    ("meeting", "4", "date", "2022-05-16"),
    ("meeting", "5", "date", "2022-05-17"),
    ("meeting", "6", "date", "2022-05-17"),
    ("meeting", "7", "date", "2022-05-18"),
    ("meeting", "8", "date", "2022-05-18"),
    ("meeting", "9", "date", "2022-05-18"),
    ("meeting", "10", "date", "2022-05-19"),
    ("meeting", "11", "date", "2022-05-19"),
    ("meeting", "12", "date", "2022-05-20"),
    ("meeting", "13", "date", "2022-05-20"),
}

# -- officers (para. 141, with 139-140) --------------------------------------------------------
OFFICERS = {
    ("chair", "takeshi-hikihara", "JPN", "asia-pacific-states"),
    ("first-vice-chair", "azzeddine-farhane", "MAR", "african-states"),
    ("second-vice-chair", "emilia-kraleva", "BGR", "eastern-european-states"),
    ("third-vice-chair", "laura-faxas-de-jorgensen", "DOM", "latin-american-and-caribbean-states"),
    ("rapporteur", "antonino-tedesco", "ITA", "western-european-and-other-states"),
}
OFFICER_EVENTS = {
    ("chair", "electedAt", "bureau-election"),
    ("first-vice-chair", "electedAt", "bureau-election"),
    ("third-vice-chair", "electedAt", "bureau-election"),
    ("second-vice-chair", "nominatedBy", "eastern-european-states"),
    ("second-vice-chair", "nominationDate", "2022-01-26"),
}

# -- agenda (para. 144; the next session's provisional agenda in draft decision II) ------------
_AGENDA_31 = """
1|Election of officers
2|Adoption of the agenda and other organizational matters
3|General debate
4|Strategic management, budgetary and administrative questions
4 (a)|Work of the standing open-ended intergovernmental working group on improving the governance and financial situation of the United Nations Office on Drugs and Crime
4 (b)|Directives on policy and budgetary issues for the United Nations crime prevention and criminal justice programme
4 (c)|Working methods of the Commission
4 (d)|Staff composition of the United Nations Office on Drugs and Crime and other related matters
5|Thematic discussion on strengthening the use of digital evidence in criminal justice and countering cybercrime, including the abuse and exploitation of minors in illegal activities with the use of the Internet
6|Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member States in the field of crime prevention and criminal justice
6 (a)|Ratification and implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto
6 (b)|Ratification and implementation of the United Nations Convention against Corruption
6 (c)|Ratification and implementation of the international instruments to prevent and combat terrorism
6 (d)|Other crime prevention and criminal justice matters
6 (e)|Other activities in support of the work of the United Nations Office on Drugs and Crime, in particular activities of the United Nations crime prevention and criminal justice programme network, non-governmental organizations and other bodies
7|Use and application of United Nations standards and norms in crime prevention and criminal justice
8|World crime trends and emerging issues and responses in the field of crime prevention and criminal justice
9|Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice
10|Contributions by the Commission to the work of the Economic and Social Council, in line with General Assembly resolution 72/305, including follow-up to and review and implementation of the 2030 Agenda for Sustainable Development
11|Provisional agenda for the thirty-second session of the Commission
12|Other business
13|Adoption of the report of the Commission on its thirty-first session
"""
_AGENDA_32_CHANGES = {
    "5": "Thematic discussion on enhancing the functioning of the criminal justice system to ensure access to "
         "justice and to realize a safe and secure society",
    "10": "Contributions by the Commission to the work of the Economic and Social Council, in line with General "
          "Assembly resolutions 75/290 A and B, including follow-up to and review and implementation of the 2030 "
          "Agenda for Sustainable Development",
    "11": "Provisional agenda for the thirty-third session of the Commission",
    "13": "Adoption of the report of the Commission on its thirty-second session",
}


def _agenda() -> set[tuple[str, str, str]]:
    out = set()
    for line in _AGENDA_31.strip().splitlines():
        number, title = line.split("|")
        out.add(("31", number, title))
        out.add(("32", number, _AGENDA_32_CHANGES.get(number, title)))
    return out


AGENDA = _agenda()
_CONSIDERED = {"2": "1", "3": "1 2 3 4 6 7", "4": "7", "4a": "7", "4b": "7", "4c": "7", "4d": "7", "5": "5 6",
               "6": "7 8 9", "6a": "7 8 9", "6b": "7 8 9", "6c": "7 8 9", "6d": "7 8 9", "6e": "7 8 9", "7": "9 10",
               "8": "10", "9": "10", "10": "11", "11": "12", "12": "12", "13": "13"}
AGENDA_MEETINGS = {(item, m) for item, ms in _CONSIDERED.items() for m in ms.split()}

# -- attendance (para. 138) --------------------------------------------------------------------
ATTENDANCE = {
    ("commission-member-states", 37),
    ("other-member-states", 96),
    ("non-member-states", 2),
    ("un-entities", 7),
    ("programme-network-institutes", 9),
    ("intergovernmental-organizations", 13),
    ("non-governmental-organizations", 55),
}

# -- sponsors (paras. 84, 98, 109, 119) --------------------------------------------------------
_EU = "eu-member-states"
_SPONSORS = {
    "E/CN.15/2022/L.2": "AGO COL ECU EGY GHA HND KEN MWI MAR MOZ PRY PER PHL USA",
    "E/CN.15/2022/L.4/Rev.1": "BFA CAN DOM FRA HND IDN JPN MEX MAR MOZ NOR PRY PER ZAF CHE THA GBR USA",
    "E/CN.15/2022/L.5": "ALB AND AUS BRA CAN DOM ECU EGY SLV FRA GHA HND ISR JPN KEN MEX MAR MOZ NOR PER QAT SAU "
                        "CHE THA GBR USA YEM",
    "E/CN.15/2022/L.3/Rev.1": "AUS BGD BRA BFA CAN CHL COL DOM SLV FRA GTM HND IDN ISR JPN MEX MAR MOZ NOR PRY PER "
                              "PHL SAU ZAF CHE THA GBR USA",
}
SPONSORS = {(doc, code, _EU if code == "FRA" else None) for doc, codes in _SPONSORS.items() for code in codes.split()}

# -- drafts and adopted texts (chap. I and the "Action taken" sections) ------------------------
_T_WILDLIFE = ("Strengthening the international legal framework for international cooperation to prevent and combat "
               "illicit trafficking in wildlife")
_T_REOFFENDING = "Reducing reoffending through rehabilitation and reintegration"
_T_CHILDREN = ("Strengthening national and international efforts, including with the private sector, to protect "
               "children from sexual exploitation and abuse")
_T_CONGRESS = ("Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and "
               "preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice")
_T_UNICRI_BOARD = ("Appointment of two members of the Board of Trustees of the United Nations Interregional Crime and "
                   "Justice Research Institute")
_T_REPORT = ("Report of the Commission on Crime Prevention and Criminal Justice on its thirty-first session and "
             "provisional agenda for its thirty-second session")
_T_UNICRI_REPORT = "Report of the Board of Trustees of the United Nations Interregional Crime and Justice Research Institute"
_GA = "recommended-for-approval-by-ecosoc-for-adoption-by-ga"
_ECOSOC = "recommended-for-adoption-by-ecosoc"

DRAFTS = {
    # E/CN.15/2022/L.2, as revised → resolution 31/1 (para. 84)
    ("E/CN.15/2022/L.2", "class", "DraftResolution"),
    ("E/CN.15/2022/L.2", "title", _T_WILDLIFE),
    ("E/CN.15/2022/L.2", "action", "adopted"),
    ("E/CN.15/2022/L.2", "actionMeeting", "13"),
    ("E/CN.15/2022/L.2", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.2", "finalDestination", "ccpcj"),
    ("E/CN.15/2022/L.2", "underAgendaItem", "6"),
    ("E/CN.15/2022/L.2", "orallyRevised", "true"),
    ("E/CN.15/2022/L.2", "adoptedAs", "resolution/ccpcj-31-1"),
    # E/CN.15/2022/L.4/Rev.1 (para. 98)
    ("E/CN.15/2022/L.4/Rev.1", "class", "DraftResolution"),
    ("E/CN.15/2022/L.4/Rev.1", "title", _T_REOFFENDING),
    ("E/CN.15/2022/L.4/Rev.1", "action", _GA),
    ("E/CN.15/2022/L.4/Rev.1", "actionMeeting", "13"),
    ("E/CN.15/2022/L.4/Rev.1", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.4/Rev.1", "recommendedTo", "ecosoc"),
    ("E/CN.15/2022/L.4/Rev.1", "finalDestination", "general-assembly"),
    ("E/CN.15/2022/L.4/Rev.1", "underAgendaItem", "7"),
    ("E/CN.15/2022/L.4/Rev.1", "revisionOf", "E_CN.15_2022_L.4"),
    ("E/CN.15/2022/L.4/Rev.1", "reproducedAs", "E_2022_30/draft-resolution-ii"),
    # E/CN.15/2022/L.5, as revised (para. 109)
    ("E/CN.15/2022/L.5", "class", "DraftResolution"),
    ("E/CN.15/2022/L.5", "title", _T_CHILDREN),
    ("E/CN.15/2022/L.5", "action", _GA),
    ("E/CN.15/2022/L.5", "actionMeeting", "13"),
    ("E/CN.15/2022/L.5", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.5", "recommendedTo", "ecosoc"),
    ("E/CN.15/2022/L.5", "finalDestination", "general-assembly"),
    ("E/CN.15/2022/L.5", "underAgendaItem", "8"),
    ("E/CN.15/2022/L.5", "orallyRevised", "true"),
    ("E/CN.15/2022/L.5", "reproducedAs", "E_2022_30/draft-resolution-iii"),
    # E/CN.15/2022/L.3/Rev.1 (para. 119; its text is draft resolution I, by title)
    ("E/CN.15/2022/L.3/Rev.1", "class", "DraftResolution"),
    ("E/CN.15/2022/L.3/Rev.1", "title", _T_CONGRESS),
    ("E/CN.15/2022/L.3/Rev.1", "action", _GA),
    ("E/CN.15/2022/L.3/Rev.1", "actionMeeting", "13"),
    ("E/CN.15/2022/L.3/Rev.1", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.3/Rev.1", "recommendedTo", "ecosoc"),
    ("E/CN.15/2022/L.3/Rev.1", "finalDestination", "general-assembly"),
    ("E/CN.15/2022/L.3/Rev.1", "underAgendaItem", "9"),
    ("E/CN.15/2022/L.3/Rev.1", "revisionOf", "E_CN.15_2022_L.3"),
    ("E/CN.15/2022/L.3/Rev.1", "reproducedAs", "E_2022_30/draft-resolution-i"),
    # E/CN.15/2022/L.6 (para. 128)
    ("E/CN.15/2022/L.6", "class", "DraftDecision"),
    ("E/CN.15/2022/L.6", "title", _T_REPORT),
    ("E/CN.15/2022/L.6", "action", _ECOSOC),
    ("E/CN.15/2022/L.6", "actionMeeting", "12"),
    ("E/CN.15/2022/L.6", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.6", "recommendedTo", "ecosoc"),
    ("E/CN.15/2022/L.6", "finalDestination", "ecosoc"),
    ("E/CN.15/2022/L.6", "underAgendaItem", "11"),
    ("E/CN.15/2022/L.6", "reproducedAs", "E_2022_30/draft-decision-ii"),
    # the report itself, E/CN.15/2022/L.1 and addenda, as orally amended (para. 130)
    ("E/CN.15/2022/L.1", "action", "adopted"),
    ("E/CN.15/2022/L.1", "actionMeeting", "13"),
    ("E/CN.15/2022/L.1", "actionDate", "2022-05-20"),
    ("E/CN.15/2022/L.1", "underAgendaItem", "13"),
    ("E/CN.15/2022/L.1", "orallyAmended", "true"),
    # draft decision I: no symbol of its own, recommended at the 9th meeting (para. 83)
    ("E_2022_30/draft-decision-i", "class", "DraftDecision"),
    ("E_2022_30/draft-decision-i", "title", _T_UNICRI_BOARD),
    ("E_2022_30/draft-decision-i", "action", _ECOSOC),
    ("E_2022_30/draft-decision-i", "actionMeeting", "9"),
    ("E_2022_30/draft-decision-i", "actionDate", "2022-05-18"),
    ("E_2022_30/draft-decision-i", "recommendedTo", "ecosoc"),
    ("E_2022_30/draft-decision-i", "finalDestination", "ecosoc"),
    ("E_2022_30/draft-decision-i", "underAgendaItem", "6"),
    # the originals of the revised drafts: draft resolutions under the same items
    ("E/CN.15/2022/L.4", "class", "DraftResolution"),
    ("E/CN.15/2022/L.4", "underAgendaItem", "7"),
    ("E/CN.15/2022/L.3", "class", "DraftResolution"),
    ("E/CN.15/2022/L.3", "underAgendaItem", "9"),
    # the other texts printed in chapter I
    ("E_2022_30/draft-resolution-i", "class", "DraftResolution"),
    ("E_2022_30/draft-resolution-i", "title", _T_CONGRESS),
    ("E_2022_30/draft-resolution-ii", "class", "DraftResolution"),
    ("E_2022_30/draft-resolution-ii", "title", _T_REOFFENDING),
    ("E_2022_30/draft-resolution-iii", "class", "DraftResolution"),
    ("E_2022_30/draft-resolution-iii", "title", _T_CHILDREN),
    ("E_2022_30/draft-decision-ii", "class", "DraftDecision"),
    ("E_2022_30/draft-decision-ii", "title", _T_REPORT),
    ("resolution/ccpcj-31-1", "class", "Resolution"),
    ("resolution/ccpcj-31-1", "title", _T_WILDLIFE),
    ("resolution/ccpcj-31-1", "date", "2022-05-20"),
    ("resolution/ccpcj-31-1", "underAgendaItem", "6"),
    ("decision/ccpcj-31-1", "class", "Decision"),
    ("decision/ccpcj-31-1", "title", _T_UNICRI_REPORT),
    ("decision/ccpcj-31-1", "action", "adopted"),
    ("decision/ccpcj-31-1", "actionMeeting", "9"),
    ("decision/ccpcj-31-1", "actionDate", "2022-05-18"),
    ("decision/ccpcj-31-1", "date", "2022-05-18"),
    ("decision/ccpcj-31-1", "underAgendaItem", "6"),
}

# -- documents before the Commission (paras. 15, 28, 51, 86, 99, 111) --------------------------
PAPERS = {
    ("E/CN.15/2022/2", "Report", "Report of the Executive Director on the activities of the United Nations Office on Drugs and Crime"),
    ("E/CN.15/2022/3", "Note", "Note by the Secretariat on the work of the standing open-ended intergovernmental working group on improving the governance and financial situation of the United Nations Office on Drugs and Crime"),
    ("E/CN.15/2022/12", "Note", "Note by the Secretariat on the draft proposed programme plan for 2023 and programme performance for 2021"),
    ("E/CN.15/2022/6", "Note", "Note by the Secretariat containing a guide for the thematic discussion"),
    ("E/CN.15/2022/4", "Report", "Report of the Secretary-General on international cooperation in combating transnational organized crime and corruption"),
    ("E/CN.15/2022/5", "Report", "Report of the Secretary-General on technical assistance in implementing the international conventions and protocols related to terrorism"),
    ("E/CN.15/2022/7", "Report", "Report of the Secretary-General on the activities of the institutes of the United Nations crime prevention and criminal justice programme network"),
    ("E/CN.15/2022/8", "Note", "Note by the Secretary-General transmitting the report of the United Nations Interregional Crime and Justice Research Institute"),
    ("E/CN.15/2022/13", "Note", "Note by the Secretary-General on the nomination of two candidates for membership on the Board of Trustees of the United Nations Interregional Crime and Justice Research Institute"),
    ("E/CN.15/2022/9", "Report", "Report of the Secretary-General on the use and application of United Nations standards and norms in crime prevention and criminal justice"),
    ("E/CN.15/2022/10", "Note", "Note by the Secretariat on world crime trends and emerging issues and responses in the field of crime prevention and criminal justice"),
    ("E/CN.15/2022/CRP.2", "ConferenceRoomPaper", "Chair’s summary of the expert discussions on crimes that affect the environment (14–16 February 2022)"),
    ("E/CN.15/2022/11", "Report", "Report of the Secretary-General on the follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"),
    ("E/CN.15/2022/CRP.1", "ConferenceRoomPaper", "Chair’s summary on the thematic discussions of the Commission on Crime Prevention and Criminal Justice on the implementation of the Kyoto Declaration (10–12 November 2021)"),
    ("E/CN.15/2022/CRP.3", "ConferenceRoomPaper", "Proposals on other ways and means of ensuring appropriate follow-up to the Kyoto Declaration"),
}

# -- cited resolutions and decisions (executive summary, chap. I texts and footnotes, paras.) --
CITED = {
    ("A/RES/68/1", None), ("A/RES/61/16", None), ("A/RES/72/305", None),
    ("E/RES/155 C (VII)", "1948-08-13"), ("A/RES/415 (V)", "1950-12-01"), ("A/RES/46/152", "1991-12-18"),
    ("A/RES/57/270 B", "2003-06-23"), ("A/DEC/74/550 A", "2020-04-13"), ("A/DEC/74/550 B", "2020-08-12"),
    ("A/RES/76/181", "2021-12-16"),
    ("A/RES/76/182", "2021-12-16"), ("A/RES/70/175", None), ("A/RES/65/229", None), ("A/RES/45/110", None),
    ("E/RES/1992/22", "1992-07-30"), ("A/RES/69/194", "2014-12-18"), ("A/RES/74/174", "2019-12-18"),
    ("resolution/ccpcj-26-3", "2017-05-26"), ("A/RES/72/195", "2017-12-19"), ("A/RES/73/148", "2018-12-17"),
    ("A/RES/73/154", "2018-12-17"), ("E/RES/2004/27", "2004-07-21"), ("E/RES/2005/20", "2005-07-22"),
    ("E/RES/2011/33", "2011-07-28"), ("resolution/ccpcj-16-2", "2007-04-27"),
    ("decision/ccpcj-21-1", "2012-04-27"), ("A/RES/75/290 A", None), ("A/RES/75/290 B", None),
    ("A/RES/69/314", "2015-07-30"), ("A/RES/70/301", "2016-09-09"), ("A/RES/71/326", "2017-09-11"),
    ("A/RES/73/343", "2019-09-16"), ("A/RES/75/311", "2021-07-23"), ("E/RES/2013/40", "2013-07-25"),
    ("resolution/ccpcj-28-3", "2019-05-24"), ("A/RES/76/185", "2021-12-16"),
    ("E/DEC/2022/317", None), ("A/RES/74/247", None), ("E/RES/1989/56", None), ("E/RES/2003/31", None),
    ("E/DEC/2021/253", None),
}

# -- statements --------------------------------------------------------------------------------
# "speaker capacity modes kind": capacity R representative, O observer, S secretariat, I invited
# speaker, P panellist, - none; modes "in", "on", "pre" joined by "+", "-" for none; kind g general,
# rr right of reply, intro introductory, rep report, open opening, close closing.
_STATEMENTS = {
    6: "mar - in g; tun - in g; ind - in g; european-union - on g; nam - pre g; gbr - pre g; moz - in g; "
       "chl - pre g; col - pre g; gha - pre g; arg - pre g; gab - on g; chn - on g; jpn - pre g; usa - in g; "
       "rus - pre g; mar - in g",
    7: "alb - in g; dza - in g; nld - in g; lie - in g; qat - in g; aus - pre g; can - pre g; sgp - pre g; "
       "bfa - in g; cze - in g; syr - in g; tur - in g; tha - pre g; fin - pre g; ita - in g; tun - in g; "
       "dom - in g; jor - in g; zaf - in g; pak - in g; aut - in g; pry - on g; sen - in g; are - in g",
    8: "afg - in g; per - in g; che - in g; bra - in g; irn - pre g; mys - in g; rou - in g; mlt - in g; "
       "isr - pre g; nor - pre g; lbn - in g; idn - in g; phl - on g; ltu - in g; nzl - in g; bgr - in g; "
       "ven - in g; blr - pre g; aze - in g; ury - in g; mwi - on g; kaz - in g; mng - in g; mex - on g; "
       "arm - in g; swe - pre g",
    9: "rus R in rr; aze O in rr; ukr O in rr; arm R in rr",
    10: "european-union O on rr; aze O in rr; rus R in rr; arm R in rr; egy - on g; ken - on g; prt - in g; "
        "ind - in g; cub - in g; cri - in g; bgd - in g; hnd - in g; ecu - in g; slv - in g; bel - on g; "
        "ago - on g; vnm - in g; department-of-peace-operations - pre g; unaids - pre g; "
        "international-independent-expert-mechanism-to-advance-racial-justice-and-equality-in-law-enforcement - pre g; "
        "international-anti-corruption-academy - pre g; european-public-law-organization - pre g; "
        "parliamentary-assembly-of-the-mediterranean - on g; "
        "alliance-of-ngos-on-crime-prevention-and-criminal-justice - pre g; transparency-international - pre g",
    11: "rus R in rr",
    12: "civ - in g; cmr - in g",
    13: "european-union O in rr; usa R in rr; ukr O in rr; rus R in+on rr; council-of-europe O in rr",
    16: "unodc S in intro",
    17: "bgd O in rep",
    18: "usa R in g; jpn R in g; can R in g; pak R in g; chn R on g; european-union O in g; zaf O in g; "
        "bfa O in g; irn O in g",
    29: "takeshi-hikihara - - intro; unodc S in intro; unodc S in intro",
    30: "usama-malik P on g; rodrigo-acevedo P on g; karina-m-k-malapane P on g; jane-lee P in g",
    31: "australian-institute-of-criminology - in g; karina-m-k-malapane P on g; julie-inman-grant P on g; "
        "tomas-foldyna P in g; esther-agelan-casasnovas P in g",
    32: "ita R on g; sau R in g; tha R pre g; rus R in g; mar R in g; bra R in g; can R in g; chn R on g; "
        "arm R on g; col R on g; pry R in g; usa R in g; cmr R in g; chl R in g; slv R in g",
    33: "sgp O on g; dza O in g; irn O in g; kgz O on g; european-union O in g; idn O in g; bel O in g; "
        "bfa O in g; isr O in g; fin O in g; ven O in g; aus O in g; mex O in g; prt O on g",
    34: "interpol O on g; council-of-arab-ministers-of-the-interior O in g; "
        "international-association-for-the-advancement-of-innovative-approaches-to-global-challenges O in g; "
        "friends-world-committee-for-consultation O on g",
    49: "unodc S - intro; can R - g; mar R - g; fin O - g; sau O - g; "
        "european-institute-for-crime-prevention-and-control-affiliated-with-the-united-nations O - g; "
        "south-youth-organization O - g",
    52: "unodc S in intro; unodc S in intro; unodc S in intro; unodc S in intro; unicri - in intro",
    53: "tha R in+pre g; usa R in g; can R in g; chn R on g; mar R in g; rus R on g; arm R in g",
    54: "irn O in g; ven O in g; kaz O pre g; dza O in g; idn O in g; zaf O on g; fin O in g",
    55: "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders O on g; "
        "thailand-institute-of-justice O pre g; global-fund-to-fight-aids-tuberculosis-and-malaria O pre g",
    56: "partners-for-transparency - pre g; organization-for-poverty-alleviation-and-development - in g; "
        "world-society-of-victimology - pre g; born-free-foundation - in g; soroptimist-international - pre g; "
        "international-drug-policy-consortium - pre g; alliance-of-ngos-on-crime-prevention-and-criminal-justice - pre g; "
        "club-ohada-thies - pre g",
    84: "ago R - g; ken R - g; per R - g; ecu O - g; hnd O - g",
    87: "unodc S in intro; special-rapporteur-on-violence-against-women-its-causes-and-consequences I pre g; "
        "special-representative-of-the-secretary-general-on-violence-against-children I pre g; "
        "committee-on-the-rights-of-the-child I pre g",
    88: "tha R pre g; jpn R in g; usa R in g; bra R in g; chn R on g; mar R in g; can R in g",
    89: "zaf O on g; bfa O in g; dza O in g",
    90: "international-legal-foundation O pre g; wildlife-justice-commission O pre g; fundacion-abba-colombia O on g",
    98: "jpn R - g",
    100: "unodc S in intro; unodc S in intro; statistical-commission I pre g",
    101: "tha R pre g; usa R in g; chn R on g; can R in g; rus R on g; bra R in g; gbr R in g; cmr R in g",
    102: "zaf O in g; ecu O in g; ven O in g; irn O in g",
    103: "alliance-of-ngos-on-crime-prevention-and-criminal-justice O pre+on g; "
         "maat-for-peace-development-and-human-rights-association O pre g",
    109: "gbr R - g; aus O - g",
    112: "unodc S in intro",
    113: "tha R pre g; jpn R in g; usa R in g; can R in g; sau R in g; chl R in g; lby R in g",
    114: "european-union O in g; irn O in g; ven O in g",
    115: "asia-and-far-east-institute-for-the-prevention-of-crime-and-the-treatment-of-offenders O on g",
    119: "jpn R - g",
    121: "unodc S in intro; unodc S in intro",
    122: "tha R pre g; usa R on g; chn R on g",
    126: "chl R in g",
    131: "takeshi-hikihara - in g; pry R in g",
    132: "pse O in g; sau R in g; qat R in g; lby R in g; isr O in g; irn O in g; yem O in g; syr O in g; tun O in g",
    135: "ecosoc I pre open; unodc S - open; un-women I - open",
    146: "unodc S in close; takeshi-hikihara - in close",
}
_CAPACITY = {"R": "representative", "O": "observer", "S": "secretariat", "I": "invited-speaker", "P": "panellist",
             "-": None}
_MODES = {"in": "in-person", "on": "online", "pre": "pre-recorded-video"}
_KINDS = {"g": "general", "rr": "right-of-reply", "intro": "introductory", "rep": "report", "open": "opening",
          "close": "closing"}
_ITEM_OF_PARA = [(range(5, 14), "3"), (range(14, 27), "4"), (range(27, 50), "5"), (range(50, 85), "6"),
                 (range(85, 99), "7"), (range(99, 110), "8"), (range(110, 120), "9"), (range(120, 125), "10"),
                 (range(125, 129), "11"), (range(129, 130), "12"), (range(130, 133), "13")]
_MEETING_OF_PARA = {6: "1", 7: "2", 8: "3", 10: "4", 11: "6", 12: "7", 16: "7", 17: "7", 18: "7", 84: "13",
                    98: "13", 100: "10", 101: "10", 102: "10", 103: "10", 109: "13", 112: "10", 113: "10",
                    114: "10", 115: "10", 119: "13", 121: "11", 122: "11", 126: "12", 131: "13", 132: "13",
                    146: "13"}


def _item(para: int) -> str | None:
    return next((item for paras, item in _ITEM_OF_PARA if para in paras), None)


def _statements() -> tuple[set[tuple[str, str | None, tuple[str, ...], str, str | None]], set[tuple[str, str]]]:
    facts = set()
    meetings = set()
    for para, spec in _STATEMENTS.items():
        seen: dict[str, int] = {}
        for entry in spec.split("; "):
            speaker, capacity, modes, kind = entry.split()
            seen[speaker] = seen.get(speaker, 0) + 1
            key = f"{para}-{speaker}" + (f"-{seen[speaker]}" if seen[speaker] > 1 else "")
            mode_set = tuple(sorted(_MODES[m] for m in modes.split("+"))) if modes != "-" else ()
            facts.add((key, _CAPACITY[capacity], mode_set, _KINDS[kind], _item(para)))
            if para in _MEETING_OF_PARA:
                meetings.add((key, _MEETING_OF_PARA[para]))
    return facts, meetings


STATEMENTS, STATEMENT_MEETINGS = _statements()

# on whose behalf (paras. 6, 8, 31, 33 and footnotes 22-24)
_FN22 = "ALB BIH ISL MNE MKD NOR MDA SMR UKR"
_FN24 = "ALB ARM BIH GEO ISL MNE MKD NOR MDA SRB UKR"
ON_BEHALF = {
    ("6-mar", "group/group-of-77-and-china"),
    ("6-tun", "regional-group/african-states"),
    ("6-ind", "regional-group/asia-pacific-states"),
    ("6-european-union", "group/european-union-and-its-member-states"),
    *(("6-european-union", f"state/{c}") for c in _FN22.split()),
    ("8-ltu", "state/EST"), ("8-ltu", "state/LVA"), ("8-ltu", "state/LTU"),
    ("31-australian-institute-of-criminology",
     "organization/united-nations-crime-prevention-and-criminal-justice-programme-network"),
    ("33-european-union", "group/european-union-and-its-member-states"),
    *(("33-european-union", f"state/{c}") for c in _FN24.split()),
}

# the one speaker of the report that is not a State, group, organization or person of the graph
UNRESOLVED = {(12, "Civilian Commissioner, Anorw Police")}


KINDS: dict[str, set[Any]] = {
    "session, parts, meetings": SESSION_FACTS,
    "officers": OFFICERS,
    "officer elections and nominations": OFFICER_EVENTS,
    "agenda items": AGENDA,
    "agenda items considered at": AGENDA_MEETINGS,
    "attendance": ATTENDANCE,
    "sponsors": SPONSORS,
    "drafts and adopted texts": DRAFTS,
    "documents before the Commission": PAPERS,
    "cited resolutions and decisions": CITED,
    "statements": STATEMENTS,
    "statement meetings": STATEMENT_MEETINGS,
    "statements on behalf of": ON_BEHALF,
}
