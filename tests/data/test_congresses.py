"""UN Crime Congresses (data/reference/congresses.ttl) against scripts/reference/congresses.csv and the seeds.

Expected values were read off the CSV rows and the seed paragraphs named in each test.
"""

from __future__ import annotations

from collections.abc import Callable

Rows = list[dict[str, str]]
Select = Callable[[str], Rows]
Ask = Callable[[str], bool]

ID = "https://w3id.org/ccpcj-kg/id/"


def short(iri: str) -> str:
    assert iri.startswith(ID), iri
    return iri[len(ID):]


def test_fifteen_congresses_numbered_and_labelled(select: Select) -> None:
    rows = select("SELECT ?c ?n ?l WHERE { ?c a ccpcj:Congress ; ccpcj:congressNumber ?n ; rdfs:label ?l }")
    assert {short(r["c"]): (int(r["n"]), r["l"]) for r in rows} == {
        f"congress/{n}": (n, f"{n}{suffix} United Nations Crime Congress")
        for n, suffix in zip(range(1, 16), ["st", "nd", "rd"] + ["th"] * 12, strict=True)
    }


def test_year_city_and_host_of_several_congresses(select: Select) -> None:
    rows = select("""
        SELECT ?c ?year ?city ?host WHERE {
          ?c a ccpcj:Congress ; ccpcj:year ?year ; schema:location ?p ; ccpcj:hostState ?host .
          ?p rdfs:label ?city ; ccpcj:inState ?host .
          FILTER(DATATYPE(?year) = xsd:gYear)
        }""")
    got = {short(r["c"]): (r["year"], r["city"], short(r["host"])) for r in rows}
    assert len(got) == 15
    assert got["congress/1"] == ("1955", "Geneva", "state/CHE")
    assert got["congress/2"] == ("1960", "London", "state/GBR")
    assert got["congress/4"] == ("1970", "Kyoto", "state/JPN")
    assert got["congress/6"] == ("1980", "Caracas", "state/VEN")
    assert got["congress/8"] == ("1990", "Havana", "state/CUB")
    assert got["congress/12"] == ("2010", "Salvador", "state/BRA")
    assert got["congress/13"] == ("2015", "Doha", "state/QAT")
    assert got["congress/14"] == ("2021", "Kyoto", "state/JPN")
    assert got["congress/15"] == ("2026", "Abu Dhabi", "state/ARE")


def test_one_place_node_per_city(select: Select) -> None:
    rows = select(f"SELECT ?c WHERE {{ ?c a ccpcj:Congress ; schema:location <{ID}place/geneva> }}")
    assert {short(r["c"]) for r in rows} == {"congress/1", "congress/5"}
    rows = select(f"SELECT ?c WHERE {{ ?c a ccpcj:Congress ; schema:location <{ID}place/kyoto> }}")
    assert {short(r["c"]) for r in rows} == {"congress/4", "congress/14"}


def test_dates_only_where_the_list_gives_them(select: Select) -> None:
    rows = select("SELECT ?c ?s ?e WHERE { ?c a ccpcj:Congress ; schema:startDate ?s ; schema:endDate ?e }")
    assert {short(r["c"]): (r["s"], r["e"]) for r in rows} == {
        "congress/10": ("2000-04-10", "2000-04-17"),
        "congress/11": ("2005-04-18", "2005-04-25"),
        "congress/12": ("2010-04-12", "2010-04-19"),
        "congress/13": ("2015-04-12", "2015-04-19"),
        # also E/2022/30, draft resolution II: "held in Kyoto, Japan, from 7 to 12 March 2021"
        "congress/14": ("2021-03-07", "2021-03-12"),
        # also the Chair's summaries, cover page: "Abu Dhabi, 25–30 April 2026"
        "congress/15": ("2026-04-25", "2026-04-30"),
    }


def test_blank_declarations_stay_blank(select: Select) -> None:
    rows = select("SELECT ?c WHERE { ?c a ccpcj:Congress ; ccpcj:adoptedDeclaration ?d }")
    assert {short(r["c"]) for r in rows} == {f"congress/{n}" for n in (10, 11, 12, 13, 14)}


def test_fifteenth_congress_theme(select: Select) -> None:
    rows = select("SELECT ?t WHERE { congress:15 ccpcj:theme ?t }")
    assert rows == [{"t": "protecting people and planet"}]   # GI-TOC 2024, para. 5; congresses.csv row 15


def test_fifteenth_congress_draws_on_the_gitoc_analysis_and_the_chairs_summaries(select: Select) -> None:
    rows = select("SELECT ?p WHERE { congress:15 prov:wasDerivedFrom ?p }")
    assert {short(r["p"]) for r in rows} >= {
        "source/reference-congresses/row/15",
        "source/gitoc-2024-ccpcj33/para/4",
        "source/gitoc-2024-ccpcj33/para/5",
        "source/chairs-summaries-thematic-discussions-2021-2024/section/cover-page",
    }


def test_official_names_as_alt_labels(select: Select) -> None:
    rows = select("SELECT ?c ?a WHERE { VALUES ?c { congress:14 congress:15 } ?c skos:altLabel ?a }")
    alts = {(short(r["c"]), r["a"]) for r in rows}
    # E/2022/30, title of draft resolution I
    name = "United Nations Congress on Crime Prevention and Criminal Justice"
    assert ("congress/14", f"Fourteenth {name}") in alts
    assert ("congress/15", f"Fifteenth {name}") in alts


def test_confidence_kept_as_a_note(select: Select) -> None:
    rows = select("""SELECT ?c ?note WHERE { ?c a ccpcj:Congress ; skos:note ?note
                                           FILTER(STRSTARTS(?note, "Reference list confidence")) }""")
    got = {short(r["c"]): r["note"] for r in rows}
    assert len(got) == 15
    assert {c for c, n in got.items() if n == "Reference list confidence: medium."} == {
        "congress/6", "congress/7", "congress/9"}


def test_each_congress_cites_its_row(ask: Ask) -> None:
    for n in range(1, 16):
        assert ask(f"""ASK {{ congress:{n} prov:wasDerivedFrom <{ID}source/reference-congresses/row/{n}> .
                             <{ID}source/reference-congresses/row/{n}> a ccpcj:Passage ;
                                 dcterms:isPartOf source:reference-congresses }}"""), n
