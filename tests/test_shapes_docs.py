"""docs/validation.md's table of shapes is generated from ontology/shapes.ttl and kept in step."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccpcj_kg import shapes_docs

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"

PLANTED = """@prefix ccpcjsh: <https://w3id.org/ccpcj-kg/shapes#> .
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .

# ==============================================================================================
# Planted section
# ==============================================================================================

ccpcjsh:PlantedShape a sh:NodeShape ;
    sh:targetClass ccpcj:State ;
    sh:property ccpcjsh:Planted-label .

ccpcjsh:Planted-label a sh:PropertyShape ;
    sh:path rdfs:label ;
    sh:minCount 1 ;
    sh:message "A planted | message." ;
    sh:severity sh:Warning .
"""


def test_the_table_in_the_docs_is_the_generated_one() -> None:
    assert shapes_docs.main(["--check"]) == 0


def test_every_shape_of_the_file_has_one_row() -> None:
    table = shapes_docs.markdown(SHAPES)
    text = SHAPES.read_text(encoding="utf-8")
    names = [name for section in shapes_docs.sections(text) for name in section.shapes]
    assert len(names) == len(set(names)) > 200
    assert [line.split("`")[1] for line in table.splitlines() if line.startswith("| `")] == names


def test_a_new_shape_gets_its_section_kind_target_severity_and_message(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PLANTED, encoding="utf-8")
    table = shapes_docs.markdown(shapes)
    assert "### Planted section" in table
    assert "| `PlantedShape` | node | ccpcj:State | (its properties) |  |" in table
    assert "| `Planted-label` | property | values of rdfs:label | Warning | A planted \\| message. |" in table


def test_a_shape_defined_twice_is_refused() -> None:
    twice = PLANTED + "\nccpcjsh:PlantedShape a sh:NodeShape ;\n    sh:targetClass ccpcj:Person .\n"
    with pytest.raises(ValueError, match="PlantedShape is defined twice"):
        shapes_docs.sections(twice)


def test_the_table_is_the_same_on_every_run() -> None:
    """Shapes with several SPARQL constraints (blank nodes, new ids on every parse) keep one order."""
    tables = {shapes_docs.markdown(SHAPES) for _ in range(4)}
    assert len(tables) == 1
    row = next(line for line in tables.pop().splitlines() if line.startswith("| `DocumentSymbolShape`"))
    assert row.index("A document with its own symbol") < row.index("The IRI does not match")
