"""Labels in the six UN languages (docs/linking.md, "Labels in other languages"): how many things
have one in each language, the ones that are documented gaps, a sample read by hand against the
recorded source, the UN's official names quoted from its pages, the regeneration of the label
files, and the API and the CLI speaking the language.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import ccpcj_kg
from ccpcj_kg.errors import InputError
from ccpcj_kg.labels import UN_LANGUAGES
from ccpcj_kg.model.namespaces import CCPCJ, ID

Rows = list[dict[str, str]]
ROOT = Path(__file__).resolve().parent.parent.parent
GAPS = ROOT / "reference" / "labels" / "un-name-gaps.tsv"
OFFICIAL = ROOT / "reference" / "labels" / "un-official-names.tsv"
TRANSLATIONS = ROOT / "reference" / "labels" / "project-translations.tsv"
UN_INSTRUMENTS = ("untoc", "untoc-tip-protocol", "untoc-som-protocol", "untoc-firearms-protocol", "uncac")
UN_BODIES = ("ccpcj", "unodc", "untoc-cop", "uncac-cosp")

# What each kind of thing is, as SPARQL over the built graph (a thing: ?s).
KINDS = {
    "State": "GRAPH ?g { ?s a ?k } FILTER(?k IN (ccpcj:State, ccpcj:MemberState, ccpcj:ObserverState))",
    "regional group": "GRAPH ?g { ?s a ccpcj:RegionalGroup }",
    "instrument": "VALUES ?s { " + " ".join(f"<{ID}instrument/{k}>" for k in UN_INSTRUMENTS) + " }",
    "Congress": "GRAPH ?g { ?s a ccpcj:Congress }",
    "declaration": "GRAPH ?g { ?s a ccpcj:Declaration }",
    "UN body": "VALUES ?s { " + " ".join(f"<{ID}organization/{k}>" for k in UN_BODIES) + " }",
    "concept or scheme": """GRAPH ?g { ?s a ?k } FILTER(?k IN (skos:Concept, skos:ConceptScheme)
        && STRSTARTS(STR(?g), "https://w3id.org/ccpcj-kg/graph/data/vocab/"))""",
    "ontology term": f"""GRAPH <https://w3id.org/ccpcj-kg/graph/ontology> {{ ?s a ?k }}
        FILTER(?k IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, rdfs:Datatype)
               && STRSTARTS(STR(?s), "{CCPCJ}"))""",
}
# (things, labelled in each of ar, zh, en, fr, ru, es): the figures docs/linking.md gives.
EXPECTED = {
    "State": (195, {lang: 195 for lang in UN_LANGUAGES}),
    "regional group": (5, {"ar": 0, "zh": 0, "en": 5, "fr": 4, "ru": 0, "es": 0}),
    "instrument": (5, {"ar": 4, "zh": 1, "en": 5, "fr": 5, "ru": 0, "es": 3}),
    "Congress": (15, {"ar": 1, "zh": 1, "en": 15, "fr": 3, "ru": 0, "es": 3}),
    "declaration": (6, {"ar": 0, "zh": 1, "en": 6, "fr": 0, "ru": 0, "es": 0}),
    "UN body": (4, {"ar": 1, "zh": 2, "en": 4, "fr": 3, "ru": 0, "es": 3}),
    "concept or scheme": (105, {lang: 105 for lang in UN_LANGUAGES}),
    "ontology term": (194, {lang: 194 for lang in UN_LANGUAGES}),
}
LABELLED = """{{ SELECT DISTINCT ?s WHERE {{ {kind} }} }}
    OPTIONAL {{ ?s rdfs:label|skos:prefLabel ?label FILTER(LANG(?label) = "{lang}") }}"""


def labelled_in(select: Callable[[str], Rows], kind: str, lang: str) -> tuple[set[str], set[str]]:
    """(every thing of the kind, those with a label tagged ``lang``)."""
    rows = select(f"SELECT DISTINCT ?s ?label WHERE {{ {LABELLED.format(kind=KINDS[kind], lang=lang)} }}")
    return {r["s"] for r in rows}, {r["s"] for r in rows if r.get("label")}


@pytest.mark.parametrize("kind", list(KINDS))
def test_labels_per_language(select: Callable[[str], Rows], kind: str) -> None:
    total, per_language = EXPECTED[kind]
    found = {}
    for lang in UN_LANGUAGES:
        things, labelled = labelled_in(select, kind, lang)
        assert len(things) == total, (kind, len(things))
        found[lang] = len(labelled)
    assert found == per_language


def _gaps() -> dict[str, tuple[str, set[str]]]:
    with GAPS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {row["thing"].replace("id:", ID, 1): (row["en"], set(row["missing"].split())) for row in rows}


def test_every_missing_label_is_a_documented_gap_and_every_gap_is_missing(select: Callable[[str], Rows]) -> None:
    gaps = _gaps()
    assert len(gaps) == 35
    assert sum(len(langs) for _, langs in gaps.values()) == 140
    missing: dict[str, set[str]] = {}
    for kind in KINDS:
        for lang in UN_LANGUAGES:
            things, labelled = labelled_in(select, kind, lang)
            for thing in things - labelled:
                missing.setdefault(thing, set()).add(lang)
    assert {thing: langs for thing, (_, langs) in gaps.items()} == missing
    english = {r["s"]: r["l"] for r in select("SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER(LANG(?l) = 'en') }")
               if r["s"] in gaps}
    assert {thing: en for thing, (en, _) in gaps.items()} == english  # the table names what it means


# Read by hand in reference/labels/project-translations.tsv (the recorded source) and checked
# against the United Nations' usage of the same terms.
HAND_CHECKED = [
    (f"{CCPCJ}DraftResolution", {"ar": "مشروع قرار", "zh": "决议草案", "fr": "projet de résolution",
                                 "ru": "проект резолюции", "es": "proyecto de resolución", "en": "draft resolution"}),
    (f"{CCPCJ}MemberState", {"zh": "联合国会员国", "es": "Estado Miembro de las Naciones Unidas"}),
    (f"{ID}role/rapporteur", {"fr": "Rapporteur", "ru": "Докладчик", "zh": "报告员", "ar": "المقرر"}),
    (f"{ID}role/first-vice-chair", {"fr": "Premier Vice-Président", "zh": "第一副主席"}),
    (f"{ID}topic/trafficking-in-persons", {"fr": "traite des personnes", "es": "trata de personas",
                                           "zh": "贩运人口", "ru": "торговля людьми", "ar": "الاتجار بالأشخاص"}),
    (f"{ID}scheme/topics", {"fr": "thèmes", "ar": "المواضيع"}),
]


@pytest.mark.parametrize(("iri", "expected"), HAND_CHECKED, ids=[i.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                                                                 for i, _ in HAND_CHECKED])
def test_a_sample_read_by_hand(select: Callable[[str], Rows], iri: str, expected: dict[str, str]) -> None:
    rows = select(f"SELECT ?l WHERE {{ <{iri}> skos:prefLabel ?l }}")
    got = {}
    for r in select(f"SELECT ?l (LANG(?l) AS ?lang) WHERE {{ <{iri}> skos:prefLabel ?l }}"):
        got[r["lang"]] = r["l"]
    assert len(rows) == 6
    assert {lang: got[lang] for lang in expected} == expected


def test_every_translation_cites_its_row(select: Callable[[str], Rows]) -> None:
    with TRANSLATIONS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 194 + 105
    cited = select("""SELECT ?s ?row WHERE { ?s prov:wasDerivedFrom|dcterms:source ?row
        FILTER(STRSTARTS(STR(?row), "https://w3id.org/ccpcj-kg/id/source/ccpcj-kg-translations/row/")) }""")
    by_row = {int(r["row"].rsplit("/", 1)[1]): r["s"] for r in cited}
    expected = {n: row["term"].replace("ccpcj:", CCPCJ, 1).replace("id:", ID, 1) for n, row in enumerate(rows, 1)}
    assert by_row == expected
    note = select("SELECT ?n WHERE { id:source\\/ccpcj-kg-translations skos:note ?n }")[0]["n"]
    assert "not the terminology of the United Nations" in note


def test_the_label_files_are_what_the_table_gives() -> None:
    """A fresh clone regenerates ontology/labels.ttl and data/labels/project-terms.ttl byte for byte."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_labels.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_official_names_file_is_what_the_table_gives() -> None:
    """data/labels/un-names.ttl is regenerated byte for byte from reference/labels/un-official-names.tsv."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_un_names.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _official_rows() -> Rows:
    with OFFICIAL.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# The UN's own sites the names are read from (anticorruptionday.org is UNODC's campaign site).
UN_HOSTS = ("un.org", "www.un.org", "news.un.org", "press.un.org", "unodc.org", "www.unodc.org",
            "sherloc.unodc.org", "www.anticorruptionday.org")
NAMED = """SELECT ?s ?name ?lang ?locator ?url ?pagelang WHERE {
    GRAPH <https://w3id.org/ccpcj-kg/graph/data/labels/un-names> { ?s skos:prefLabel ?name }
    BIND(LANG(?name) AS ?lang)
    ?s prov:wasDerivedFrom ?passage . ?passage ccpcj:locator ?locator ; dcterms:isPartOf ?page .
    ?page a ccpcj:Source ; dcterms:identifier ?url ; dcterms:language ?pagelang .
    FILTER(STRENDS(STR(?passage), CONCAT("-", LANG(?name)))) }"""


def test_every_official_name_is_quoted_from_a_un_page_in_its_language(select: Callable[[str], Rows]) -> None:
    rows = select(NAMED)
    table = _official_rows()
    assert len(rows) == len(table) == 35
    for row in rows:
        assert row["locator"].startswith("the words: ") and row["name"] in row["locator"], row
        assert row["pagelang"] == row["lang"], row
        assert row["url"].split("/")[2] in UN_HOSTS, row
    assert {(r["s"], r["lang"], r["name"], r["url"]) for r in rows} == {
        (r["thing"].replace("id:", ID, 1), r["lang"], r["name"], r["url"]) for r in table}


def test_names_and_gaps_cover_every_un_thing_in_every_language_once(select: Callable[[str], Rows]) -> None:
    """Each UN thing × each of ar, zh, fr, ru, es is either a quoted name or a documented gap."""
    named = {(r["thing"].replace("id:", ID, 1), r["lang"]) for r in _official_rows()}
    gaps = {(thing, lang) for thing, (_, langs) in _gaps().items() for lang in langs}
    things = set()
    for kind in ("regional group", "instrument", "Congress", "declaration", "UN body"):
        things |= labelled_in(select, kind, "en")[0]
    assert len(things) == 35
    assert not named & gaps
    assert named | gaps == {(t, lang) for t in things for lang in ("ar", "zh", "fr", "ru", "es")}


# Read by hand in the stored page (its address below) and compared, character for character, with
# the table's quote and the graph's label.
OFFICIAL_BY_HAND = [
    ("instrument/untoc", "fr", "Convention des Nations Unies contre la criminalité transnationale organisée",
     "https://unodc.org/unodc/fr/treaties/CTOC/index.html"),
    ("instrument/untoc-som-protocol", "ar", "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
     "https://sherloc.unodc.org/cld/ar/education/tertiary/organized-crime/module-14/key-issues/protocols.html"),
    ("instrument/uncac", "zh", "联合国反腐败公约",
     "http://www.anticorruptionday.org/actagainstcorruption/zh/about-the-campaign/sg-message-on-anti-corruption-day-2018.html"),
    ("instrument/uncac", "es", "Convención de las Naciones Unidas contra la Corrupción",
     "https://news.un.org/es/story/2005/12/1069531"),
    ("congress/13", "ar", "مؤتمر الأمم المتحدة الثالث عشر لمنع الجريمة والعدالة الجنائية",
     "https://www.un.org/ar/events/crimecongress2015/index.shtml"),
    ("congress/10", "zh", "第十届联合国预防犯罪和罪犯待遇大会", "http://www.un.org/zh/documents/treaty/A-CONF.187-4-REV.3"),
    ("organization/untoc-cop", "es",
     "Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada "
     "Transnacional",
     "https://unodc.org/e4j/es/organized-crime/module-14/key-issues/summary.html"),
    ("organization/unodc", "fr", "Office des Nations Unies contre la drogue et le crime",
     "http://www.unodc.org/unodc/fr/treaties/CAC/index.html"),
    ("regional-group/western-european-and-other-states", "fr", "Groupe des États d’Europe occidentale et autres États",
     "https://news.un.org/fr/story/2019/06/1045071"),
]


@pytest.mark.parametrize(("thing", "lang", "name", "url"), OFFICIAL_BY_HAND,
                         ids=[f"{t}-{lang}" for t, lang, _, _ in OFFICIAL_BY_HAND])
def test_an_official_name_read_by_hand(select: Callable[[str], Rows], thing: str, lang: str, name: str,
                                       url: str) -> None:
    found = [r for r in select(NAMED) if r["s"] == f"{ID}{thing}" and r["lang"] == lang]
    assert [(r["name"], r["url"]) for r in found] == [(name, url)]
    row = next(r for r in _official_rows() if r["thing"] == f"id:{thing}" and r["lang"] == lang)
    assert name in row["quote"] and row["read"] == "2026-12-06"


# -- the API -------------------------------------------------------------------------------------
def test_api_query_in_french_arabic_and_chinese(store_path: Path) -> None:
    kg = ccpcj_kg.open(store=store_path)
    roles = {lang: sorted(str(row["role"]) for row in kg.query("officers-of-session", session=31, lang=lang).rows)
             for lang in ("en", "fr", "zh", "ar")}
    assert roles["en"] == ["Chair", "First Vice-Chair", "Rapporteur", "Second Vice-Chair", "Third Vice-Chair"]
    assert roles["fr"] == ["Deuxième Vice-Président", "Premier Vice-Président", "Président", "Rapporteur",
                           "Troisième Vice-Président"]
    assert sorted(roles["zh"]) == sorted(["主席", "第一副主席", "第二副主席", "第三副主席", "报告员"])
    assert "المقرر" in roles["ar"]
    record = next(r for r in kg.query("officers-of-session", session=31, lang="fr").to_records()
                  if r["role_label"] == "Président")
    assert record["state_label"] == "Japon" and record["group_label"] == "Asia-Pacific States"  # a gap: English


def test_api_sparql_in_russian_and_bad_tags(store_path: Path) -> None:
    kg = ccpcj_kg.open(store=store_path)
    result = kg.sparql("SELECT ?c WHERE { VALUES ?c { ccpcj:Session state:RUS instrument:untoc } }", lang="ru")
    assert [row["c"].label for row in result.rows] == [
        "сессия Комиссии", "Российская Федерация", "United Nations Convention against Transnational Organized Crime"]
    assert kg.sparql("SELECT ?c WHERE { VALUES ?c { state:RUS } }").rows[0]["c"].label == "Russian Federation"
    with pytest.raises(InputError, match="not a language tag"):
        kg.query("officers-of-session", session=31, lang="fr fr")
    with pytest.raises(InputError, match="not a language tag"):
        kg.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", lang="1")
