"""Labels in the six UN languages (docs/linking.md, "Labels in other languages"): how many things
have one in each language, the ones that are documented gaps, a sample read by hand against the
recorded source, the regeneration of the label files, and the API speaking the language.
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
TRANSLATIONS = ROOT / "reference" / "labels" / "project-translations.tsv"
UN_INSTRUMENTS = ("untoc", "untoc-tip-protocol", "untoc-som-protocol", "untoc-firearms-protocol", "uncac")

# What each kind of thing is, as SPARQL over the built graph (a thing: ?s).
KINDS = {
    "State": "GRAPH ?g { ?s a ?k } FILTER(?k IN (ccpcj:State, ccpcj:MemberState, ccpcj:ObserverState))",
    "regional group": "GRAPH ?g { ?s a ccpcj:RegionalGroup }",
    "instrument": "VALUES ?s { " + " ".join(f"<{ID}instrument/{k}>" for k in UN_INSTRUMENTS) + " }",
    "Congress": "GRAPH ?g { ?s a ccpcj:Congress }",
    "declaration": "GRAPH ?g { ?s a ccpcj:Declaration }",
    "concept or scheme": """GRAPH ?g { ?s a ?k } FILTER(?k IN (skos:Concept, skos:ConceptScheme)
        && STRSTARTS(STR(?g), "https://w3id.org/ccpcj-kg/graph/data/vocab/"))""",
    "ontology term": f"""GRAPH <https://w3id.org/ccpcj-kg/graph/ontology> {{ ?s a ?k }}
        FILTER(?k IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, rdfs:Datatype)
               && STRSTARTS(STR(?s), "{CCPCJ}"))""",
}
# (things, labelled in each of ar, zh, en, fr, ru, es): the figures docs/linking.md gives.
EXPECTED = {
    "State": (195, {lang: 195 for lang in UN_LANGUAGES}),
    "regional group": (5, {lang: 5 if lang == "en" else 0 for lang in UN_LANGUAGES}),
    "instrument": (5, {lang: 5 if lang == "en" else 0 for lang in UN_LANGUAGES}),
    "Congress": (15, {lang: 15 if lang == "en" else 0 for lang in UN_LANGUAGES}),
    "declaration": (5, {lang: 5 if lang == "en" else 0 for lang in UN_LANGUAGES}),
    "concept or scheme": (105, {lang: 105 for lang in UN_LANGUAGES}),
    "ontology term": (191, {lang: 191 for lang in UN_LANGUAGES}),
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
    assert len(gaps) == 30
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
    assert len(rows) == 191 + 105
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
