"""The concept schemes of data/vocab/: every concept documented and in an existing scheme, the
contract's lists complete, the Kyoto pillars as the Declaration names them, a sound topic hierarchy."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ccpcj_kg.model.namespaces import ID, ONTOLOGY_IRI

Rows = list[dict[str, str]]
ROOT = Path(__file__).resolve().parent.parent.parent
MODELLING_DOC = ROOT / "docs" / "modelling.md"
VOCAB = "https://w3id.org/ccpcj-kg/graph/data/vocab/"
VOCAB_GRAPHS = f"VALUES ?g {{ <{VOCAB}controlled> <{VOCAB}topics> }}"
CONCEPT_KINDS = "role|capacity|mode|action|statement-kind|participant-category|topic|kyoto-pillar|occasion|measure"


def _concepts(select: Callable[[str], Rows]) -> Rows:
    return select(f"""
        SELECT ?c WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }} }} ORDER BY ?c""")


def test_every_concept_has_pref_label_equal_to_its_one_english_label(select: Callable[[str], Rows]) -> None:
    """One English prefLabel, equal to the one rdfs:label (the other languages: test_labels_six)."""
    rows = select(f"""
        SELECT ?c (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?p) AS ?prefs)
               (SUM(IF(BOUND(?same), 1, 0)) AS ?equal) WHERE {{
          {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }}
          OPTIONAL {{ ?c rdfs:label ?l }}
          OPTIONAL {{ ?c skos:prefLabel ?p FILTER(LANG(?p) = "en") }}
          OPTIONAL {{ ?c rdfs:label ?same ; skos:prefLabel ?same FILTER(LANG(?same) = "en") }}
        }} GROUP BY ?c""")
    assert len(rows) == len(_concepts(select)) > 75
    bad = [r for r in rows if (r["labels"], r["prefs"]) != ("1", "1") or r["equal"] == "0"]
    assert not bad, bad


def test_every_concept_has_an_english_definition_and_is_defined_by_the_ontology(
    select: Callable[[str], Rows],
) -> None:
    rows = select(f"""
        SELECT ?c WHERE {{
          {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }}
          FILTER NOT EXISTS {{ ?c skos:definition ?d FILTER(LANG(?d) = "en" && STRLEN(?d) > 10) }}
        }}""")
    assert not rows, rows
    rows = select(f"""
        SELECT ?c WHERE {{
          {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }}
          FILTER NOT EXISTS {{ ?c rdfs:isDefinedBy <{ONTOLOGY_IRI}> }}
        }}""")
    assert not rows, rows


def test_every_concept_is_in_exactly_one_existing_scheme(select: Callable[[str], Rows]) -> None:
    rows = select(f"""
        SELECT ?c (COUNT(DISTINCT ?s) AS ?schemes) (SUM(IF(BOUND(?label), 1, 0)) AS ?declared) WHERE {{
          {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }}
          OPTIONAL {{ ?c skos:inScheme ?s OPTIONAL {{ ?s a skos:ConceptScheme ; rdfs:label ?label }} }}
        }} GROUP BY ?c""")
    bad = [r for r in rows if r["schemes"] != "1" or r["declared"] == "0"]
    assert not bad, bad


def test_the_concept_key_matches_its_scheme(select: Callable[[str], Rows]) -> None:
    """`role/chair` is in scheme/roles, `topic/…` in scheme/topics, and so on."""
    kinds = {"role": "roles", "capacity": "capacities", "mode": "modes", "action": "actions",
             "statement-kind": "statement-kinds", "participant-category": "participant-categories",
             "topic": "topics", "kyoto-pillar": "kyoto-pillars", "occasion": "occasions", "measure": "measures"}
    rows = select(f"""
        SELECT ?c ?s WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept ; skos:inScheme ?s }} }}""")
    for r in rows:
        kind = r["c"].removeprefix(ID).split("/")[0]
        assert r["s"] == f"{ID}scheme/{kinds[kind]}", r


def test_the_schemes_are_the_contract_s_ten(select: Callable[[str], Rows]) -> None:
    rows = select(f"""
        SELECT ?s ?l WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?s a skos:ConceptScheme ; rdfs:label ?l }} }}""")
    assert {r["s"].removeprefix(ID + "scheme/") for r in rows} == {
        "topics", "kyoto-pillars", "capacities", "modes", "actions", "statement-kinds", "roles",
        "participant-categories", "occasions", "measures",
    }


def _contract_list(kind: str) -> set[str]:
    """The keys the modelling contract lists for a kind (the "Controlled values" section)."""
    text = MODELLING_DOC.read_text(encoding="utf-8").split("## Controlled values", 1)[1]
    line = re.search(rf"^- `{re.escape(kind)}/`: (.+?)(?=^- |^## |\Z)", text, re.S | re.M)
    assert line, kind
    items = re.split(r",\s*", line.group(1).strip().rstrip("."))
    return {re.match(r"[a-z0-9-]+", i.strip()).group(0) for i in items}  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["role", "capacity", "mode", "statement-kind", "action",
                                  "participant-category", "topic", "kyoto-pillar", "occasion", "measure"])
def test_every_value_the_contract_lists_is_a_concept_and_no_other(
    select: Callable[[str], Rows], kind: str,
) -> None:
    expected = _contract_list(kind)
    rows = select(f"""
        SELECT ?c WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept }}
                          FILTER(STRSTARTS(STR(?c), "{ID}{kind}/")) }}""")
    assert {r["c"].removeprefix(f"{ID}{kind}/") for r in rows} == expected


def test_roles_are_org_roles(select: Callable[[str], Rows]) -> None:
    rows = select(f"""
        SELECT ?c WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?c skos:inScheme id:scheme\\/roles }}
                          FILTER NOT EXISTS {{ ?c a org:Role }} }}""")
    assert not rows, rows


def test_the_four_kyoto_pillars(select: Callable[[str], Rows]) -> None:
    rows = select("""
        SELECT ?c ?label WHERE { ?c skos:inScheme id:scheme\\/kyoto-pillars ; skos:prefLabel ?label
                                 FILTER(LANG(?label) = "en") }
        ORDER BY ?c""")
    assert [(r["c"].removeprefix(ID), r["label"]) for r in rows] == [
        ("kyoto-pillar/1", "Advancing crime prevention"),
        ("kyoto-pillar/2", "Advancing criminal justice systems"),
        ("kyoto-pillar/3", "Promoting the rule of law"),
        ("kyoto-pillar/4", "Promoting international cooperation and technical assistance to prevent "
                           "and address all forms of crime"),
    ]


def test_pref_labels_are_unique_and_alt_labels_clash_with_none_in_the_scheme(
    select: Callable[[str], Rows],
) -> None:
    """SKOS integrity: one preferred label per concept, none shared; an altLabel is no one's prefLabel."""
    rows = select(f"""
        SELECT ?a ?b ?label WHERE {{
          {VOCAB_GRAPHS} GRAPH ?g {{ ?a skos:inScheme ?s ; skos:prefLabel ?label . ?b skos:inScheme ?s }}
          {{ ?b skos:prefLabel ?l2 FILTER(?a != ?b) }} UNION {{ ?b skos:altLabel ?l2 }}
          FILTER(LCASE(STR(?label)) = LCASE(STR(?l2)))
        }}""")
    assert not rows, rows


def test_topic_hierarchy_is_sound(select: Callable[[str], Rows]) -> None:
    """Broader links stay inside their scheme, form no cycle, and never coincide with skos:related."""
    rows = select("""
        SELECT ?a ?b WHERE {
          ?a skos:broader ?b ; skos:inScheme ?s FILTER NOT EXISTS { ?b skos:inScheme ?s }
        }""")
    assert not rows, rows
    rows = select("SELECT ?a WHERE { ?a skos:broader+ ?a }")
    assert not rows, rows
    rows = select("""
        SELECT ?a ?b WHERE { ?a skos:related ?b . { ?a skos:broader+ ?b } UNION { ?b skos:broader+ ?a } }""")
    assert not rows, rows


@pytest.mark.parametrize(("topic", "broader"), [
    ("child-sexual-exploitation-and-abuse", "children"),
    ("violence-against-children", "children"),
    ("wildlife-trafficking", "crimes-that-affect-the-environment"),
    ("trafficking-in-persons", "organized-crime"),
    ("violence-against-women", "gender-and-women"),
])
def test_natural_broader_topics(select: Callable[[str], Rows], topic: str, broader: str) -> None:
    rows = select(f"SELECT ?b WHERE {{ <{ID}topic/{topic}> skos:broader ?b }}")
    assert {r["b"] for r in rows} == {f"{ID}topic/{broader}"}


@pytest.mark.parametrize(("topic", "synonym"), [
    ("reoffending", "recidivism"),
    ("trafficking-in-persons", "human trafficking"),
    ("smuggling-of-migrants", "migrant smuggling"),
    ("crimes-that-affect-the-environment", "environmental crime"),
    ("cybercrime", "use of information and communications technologies for criminal purposes"),
])
def test_common_synonyms_are_alt_labels(select: Callable[[str], Rows], topic: str, synonym: str) -> None:
    rows = select(f"SELECT ?a WHERE {{ <{ID}topic/{topic}> skos:altLabel ?a FILTER(LANG(?a) = 'en') }}")
    assert synonym in {r["a"] for r in rows}


def test_top_concepts_are_those_without_broader(select: Callable[[str], Rows]) -> None:
    rows = select(f"""
        SELECT ?c WHERE {{ {VOCAB_GRAPHS} GRAPH ?g {{ ?c a skos:Concept ; skos:inScheme ?s }}
          FILTER(EXISTS {{ ?c skos:topConceptOf ?s }} = EXISTS {{ ?c skos:broader ?any }}) }}""")
    assert not rows, rows


def test_every_concept_the_data_uses_is_defined(select: Callable[[str], Rows]) -> None:
    """Values written in data/ under the concept kinds exist in the vocabularies."""
    rows = select(f"""
        SELECT DISTINCT ?v WHERE {{
          GRAPH ?g {{ ?s ?p ?v }}
          FILTER(STRSTARTS(STR(?g), "https://w3id.org/ccpcj-kg/graph/data/"))
          FILTER(REGEX(STR(?v), "^{ID}({CONCEPT_KINDS})/"))
          FILTER NOT EXISTS {{
            GRAPH ?vocab {{ ?v a skos:Concept }} FILTER(STRSTARTS(STR(?vocab), "{VOCAB}"))
          }}
        }}""")
    assert not rows, rows
