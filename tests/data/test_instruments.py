"""Instruments (data/reference/instruments.ttl) against scripts/reference/instruments.csv and the seeds.

Every expected value below was read off the CSV row, or the seed paragraph named in the test, not
taken from the data.
"""

from __future__ import annotations

from collections.abc import Callable

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"
GRAPH = "<https://w3id.org/ccpcj-kg/graph/data/reference/instruments>"
CHAIRS = f"{ID}source/chairs-summaries-thematic-discussions-2021-2024"


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def one(select: Select, query: str) -> dict[str, str]:
    rows = select(query)
    assert len(rows) == 1, rows
    return rows[0]


# --- UNTOC, its Protocols, UNCAC (instruments.csv rows 1-5) ------------------------------------

def test_the_three_protocols_supplement_untoc_with_their_dates(select: Select) -> None:
    rows = select("""
        SELECT ?p ?adopted ?inForce ?symbol WHERE {
          ?p a ccpcj:Protocol ; ccpcj:supplements instrument:untoc ; ccpcj:adoptionDate ?adopted ;
             ccpcj:entryIntoForce ?inForce ; ccpcj:adoptedByResolution ?res .
          ?res dcterms:identifier ?symbol .
        }""")
    assert {short(r["p"]): (r["adopted"], r["inForce"], r["symbol"]) for r in rows} == {
        "instrument/untoc-tip-protocol": ("2000-11-15", "2003-12-25", "A/RES/55/25"),       # row 2
        "instrument/untoc-som-protocol": ("2000-11-15", "2004-01-28", "A/RES/55/25"),       # row 3
        "instrument/untoc-firearms-protocol": ("2001-05-31", "2005-07-03", "A/RES/55/255"),  # row 4
    }


def test_protocol_names_and_short_names(select: Select) -> None:
    rows = select("""
        SELECT ?p ?label ?alt WHERE {
          ?p ccpcj:supplements instrument:untoc ; rdfs:label ?label ; skos:altLabel ?alt
        }""")
    assert {short(r["p"]): (r["label"], r["alt"]) for r in rows} == {
        "instrument/untoc-tip-protocol": (
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            "Trafficking in Persons Protocol"),
        "instrument/untoc-som-protocol": (
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            "Smuggling of Migrants Protocol"),
        "instrument/untoc-firearms-protocol": (
            "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and "
            "Components and Ammunition", "Firearms Protocol"),
    }


def test_untoc(select: Select) -> None:
    row = one(select, """
        SELECT ?label ?adopted ?inForce ?symbol ?date WHERE {
          instrument:untoc a ccpcj:Convention ; rdfs:label ?label ; ccpcj:adoptionDate ?adopted ;
              ccpcj:entryIntoForce ?inForce ; ccpcj:adoptedByResolution ?res .
          ?res a ccpcj:GeneralAssemblyResolution ; dcterms:identifier ?symbol ; ccpcj:adoptionDate ?date .
        }""")
    assert row == {"label": "United Nations Convention against Transnational Organized Crime",
                   "adopted": "2000-11-15", "inForce": "2003-09-29",
                   "symbol": "A/RES/55/25", "date": "2000-11-15"}
    query = f"SELECT ?a WHERE {{ GRAPH {GRAPH} {{ instrument:untoc skos:altLabel ?a }} }}"
    alts = {r["a"] for r in select(query)}
    # "UNTOC" (row 1), "Organized Crime Convention" (E/2022/30, resolution 31/1),
    # "UN Convention against Transnational Organized Crime" (GI-TOC 2024, para. 16)
    assert alts == {"UNTOC", "Organized Crime Convention",
                    "UN Convention against Transnational Organized Crime"}


def test_uncac(select: Select) -> None:
    row = one(select, """
        SELECT ?label ?alt ?adopted ?inForce ?symbol ?date WHERE {
          instrument:uncac a ccpcj:Convention ; rdfs:label ?label ; skos:altLabel ?alt ;
              ccpcj:adoptionDate ?adopted ; ccpcj:entryIntoForce ?inForce ; ccpcj:adoptedByResolution ?res .
          ?res dcterms:identifier ?symbol ; ccpcj:adoptionDate ?date .
          FILTER NOT EXISTS { instrument:uncac ccpcj:supplements ?any }
        }""")
    assert row == {"label": "United Nations Convention against Corruption", "alt": "UNCAC",
                   "adopted": "2003-10-31", "inForce": "2005-12-14",
                   "symbol": "A/RES/58/4", "date": "2003-10-31"}


def test_instruments_from_the_csv_cite_their_row(select: Select) -> None:
    rows = select("""
        SELECT ?i ?row WHERE {
          ?i prov:wasDerivedFrom ?row .
          ?row dcterms:isPartOf source:reference-instruments ; ccpcj:locator ?loc .
        }""")
    assert {(short(r["i"]), short(r["row"])) for r in rows if short(r["i"]).startswith("instrument/")} == {
        ("instrument/untoc", "source/reference-instruments/row/1"),
        ("instrument/untoc-tip-protocol", "source/reference-instruments/row/2"),
        ("instrument/untoc-som-protocol", "source/reference-instruments/row/3"),
        ("instrument/untoc-firearms-protocol", "source/reference-instruments/row/4"),
        ("instrument/uncac", "source/reference-instruments/row/5"),
    }


def test_dates_are_typed(ask: Ask) -> None:
    assert not ask("""ASK { ?i ccpcj:adoptionDate|ccpcj:entryIntoForce ?d .
                          FILTER(DATATYPE(?d) NOT IN (xsd:date, xsd:gYearMonth)) }""")


# --- Congress declarations ----------------------------------------------------------------------

def test_kyoto_declaration_adopted_at_14th_congress_on_2021_03_07_endorsed_by_76_181(select: Select) -> None:
    row = one(select, """
        SELECT ?label ?alt ?congress ?date ?symbol WHERE {
          instrument:kyoto-declaration a ccpcj:Declaration ; rdfs:label ?label ; skos:altLabel ?alt ;
              ccpcj:adoptedAtCongress ?congress ; ccpcj:adoptionDate ?date ; ccpcj:endorsedBy ?res .
          ?res dcterms:identifier ?symbol .
        }""")
    assert row == {
        # title as printed in E/2022/30 (draft resolution I) and the Chair's summaries (para. 1)
        "label": "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: "
                 "Towards the Achievement of the 2030 Agenda for Sustainable Development",
        "alt": "Kyoto Declaration",
        "congress": f"{ID}congress/14",
        "date": "2021-03-07",          # Chair's summaries, para. 1
        "symbol": "A/RES/76/181",      # E/2022/30 draft resolution I; Chair's summaries, para. 2
    }


def test_kyoto_declaration_cites_the_chairs_summaries_and_the_report(select: Select) -> None:
    rows = select("SELECT ?p WHERE { instrument:kyoto-declaration prov:wasDerivedFrom ?p }")
    assert {r["p"] for r in rows} >= {
        f"{CHAIRS}/para/1", f"{CHAIRS}/para/2", f"{ID}document/E_2022_30/para/1"}


def test_each_declaration_belongs_to_its_congress(select: Select) -> None:
    rows = select("""
        SELECT ?d ?c WHERE {
          ?d a ccpcj:Declaration ; ccpcj:adoptedAtCongress ?c . ?c ccpcj:adoptedDeclaration ?d
        }""")
    assert {short(r["d"]): short(r["c"]) for r in rows} == {
        "instrument/vienna-declaration": "congress/10",
        "instrument/bangkok-declaration": "congress/11",
        "instrument/salvador-declaration": "congress/12",
        "instrument/doha-declaration": "congress/13",
        "instrument/kyoto-declaration": "congress/14",
    }


def test_declaration_titles_from_the_congress_list(select: Select) -> None:
    rows = select("SELECT ?d ?l WHERE { "
                  "VALUES ?d { instrument:vienna-declaration instrument:salvador-declaration } "
                  "?d rdfs:label ?l }")
    assert {short(r["d"]): r["l"] for r in rows} == {
        "instrument/vienna-declaration":
            "Vienna Declaration on Crime and Justice: Meeting the Challenges of the Twenty-first Century",
        "instrument/salvador-declaration":
            "Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and "
            "Criminal Justice Systems and Their Development in a Changing World",
    }


def test_no_adoption_date_where_no_source_gives_one(ask: Ask) -> None:
    # congresses.csv gives the Congresses' dates, not the day each declaration was adopted
    assert not ask("""ASK { VALUES ?d { instrument:vienna-declaration instrument:bangkok-declaration
                                       instrument:salvador-declaration instrument:doha-declaration }
                           ?d ccpcj:adoptionDate ?x }""")


# --- UN standards and norms ---------------------------------------------------------------------

def test_the_three_rules_with_their_printed_names_and_resolutions(select: Select) -> None:
    rows = select("""
        SELECT ?i ?label ?alt ?symbol WHERE {
          VALUES ?i { instrument:nelson-mandela-rules instrument:bangkok-rules instrument:tokyo-rules }
          ?i a ccpcj:StandardsAndNorms ; rdfs:label ?label ; skos:altLabel ?alt ;
             ccpcj:adoptedByResolution ?r .
          ?r dcterms:identifier ?symbol .
        }""")
    # E/2022/30, draft resolution II, preamble and footnotes 6-8
    assert {short(r["i"]): (r["label"], r["alt"], r["symbol"]) for r in rows} == {
        "instrument/nelson-mandela-rules": (
            "United Nations Standard Minimum Rules for the Treatment of Prisoners",
            "Nelson Mandela Rules", "A/RES/70/175"),
        "instrument/bangkok-rules": (
            "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for "
            "Women Offenders", "Bangkok Rules", "A/RES/65/229"),
        "instrument/tokyo-rules": (
            "United Nations Standard Minimum Rules for Non-custodial Measures",
            "Tokyo Rules", "A/RES/45/110"),
    }


def test_tokyo_rules_adopted_december_1990_bangkok_rules_no_recorded_date(select: Select) -> None:
    rows = select("""SELECT ?i ?d WHERE { VALUES ?i { instrument:tokyo-rules instrument:bangkok-rules }
                                          ?i ccpcj:adoptionDate ?d }""")
    # Chair's summaries, para. 70, footnote 16: "adopted in December 1990" (year and month only)
    assert rows == [{"i": f"{ID}instrument/tokyo-rules", "d": "1990-12"}]


def test_other_instruments_named_in_the_seeds(select: Select) -> None:
    rows = select(f"SELECT ?i ?l WHERE {{ GRAPH {GRAPH} {{ ?i a ?t ; rdfs:label ?l }} "
                  "VALUES ?t { ccpcj:Convention ccpcj:Protocol ccpcj:StandardsAndNorms } }")
    labels = {r["l"] for r in rows}
    assert labels >= {
        # E/2022/30, draft resolution III
        "Convention on the Rights of the Child",
        "Optional Protocol to the Convention on the Rights of the Child on the sale of children, "
        "child prostitution and child pornography",
        "Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime",
        # E/2022/30, para. 40
        "Council of Europe Convention on Cybercrime",
        "Second Additional Protocol to the Council of Europe Convention on Cybercrime on Enhanced "
        "Cooperation and Disclosure of Electronic Evidence",
        # E/2022/30, resolution 31/1
        "Convention on International Trade in Endangered Species of Wild Fauna and Flora",
        # Chair's summaries, para. 95
        "United Nations Principles and Guidelines on Access to Legal Aid in Criminal Justice Systems",
    }


def test_optional_protocols_supplement_their_conventions(select: Select) -> None:
    rows = select("""SELECT ?p ?c WHERE { ?p ccpcj:supplements ?c FILTER(?c != instrument:untoc) }""")
    assert {(short(r["p"]), short(r["c"])) for r in rows} == {
        ("instrument/crc-optional-protocol-on-the-sale-of-children",
         "instrument/convention-on-the-rights-of-the-child"),
        ("instrument/council-of-europe-cybercrime-second-additional-protocol",
         "instrument/council-of-europe-convention-on-cybercrime"),
    }


def test_one_english_label_per_instrument(select: Select) -> None:
    rows = select(f"""
        SELECT ?i (COUNT(DISTINCT ?l) AS ?n) WHERE {{
          GRAPH {GRAPH} {{ ?i a ?t }} FILTER(STRSTARTS(STR(?i), "{ID}instrument/"))
          ?i rdfs:label ?l }} GROUP BY ?i""")
    assert len(rows) == 28  # with UNCLOS (seed 004 para. 145) and the Beijing Platform for Action (para. 54)
    assert {r["n"] for r in rows} == {"1"}
