"""The IRI table of the model core: its examples, its mint functions, and the places generated from it."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.model import iris
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, ID

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", iris.KINDS, ids=lambda k: k.kind)
def test_every_example_matches_its_own_kind_and_the_whole_pattern(kind: iris.IriKind) -> None:
    assert kind.examples
    for example in kind.examples:
        assert re.fullmatch(kind.pattern, example), example
        assert iris.matches(ID + example), example


@pytest.mark.parametrize(
    "bad",
    ["state/KE", "state/ken", "session/0", "session/31/meeting/0", "regional-group/european-states",
     "person/Takeshi-Hikihara", "document/e_2022_30", "kyoto-pillar/5", "thing/x", "session/31/statement/usa",
     "document/E_2022_30/para/", "congress/14/participant/"],
)
def test_iris_outside_the_scheme_do_not_match(bad: str) -> None:
    assert not iris.matches(ID + bad)


def test_mint_functions_give_the_contracts_iris() -> None:
    assert iris.document("E/CN.15/2022/L.4/Rev.1") == ID + "document/E_CN.15_2022_L.4_Rev.1"
    assert iris.document("A/DEC/74/550 (A)") == ID + "document/A_DEC_74_550_A"
    assert iris.person("Karina M.K. Malapane") == ID + "person/karina-m-k-malapane"
    assert iris.person("Azzeddine Farhane") == ID + "person/azzeddine-farhane"
    assert iris.state("ken") == ID + "state/KEN"
    assert iris.meeting(31, 13) == ID + "session/31/meeting/13"
    assert iris.agenda_item(31, "6a") == ID + "session/31/agenda-item/6a"
    assert iris.officer(31, "chair") == ID + "session/31/officer/chair"
    assert iris.statement(31, "18-usa") == ID + "session/31/statement/18-usa"
    assert iris.commission_text("resolution", "31/1") == ID + "resolution/ccpcj-31-1"
    assert iris.passage(iris.document("E/2022/30"), "para", "84") == ID + "document/E_2022_30/para/84"
    sponsorship = iris.sponsorship(iris.document("E/CN.15/2022/L.2"), "ken")
    assert sponsorship == ID + "document/E_CN.15_2022_L.2/sponsorship/ken"
    assert iris.participant(iris.session_part(31, "regular-part"), "usama-malik") == (
        ID + "session/31/regular-part/participant/usama-malik")
    assert iris.thing("mode", "online") == ID + "mode/online"
    for minted in (iris.document("E/CN.15/2022/L.4/Rev.1"), iris.person("Karina M.K. Malapane"),
                   iris.commission_text("decision", "21/1"), iris.attendance(31, "states-members")):
        assert iris.matches(minted), minted


def test_mint_functions_refuse_kinds_they_do_not_mint() -> None:
    with pytest.raises(ValueError):
        iris.thing("state", "KEN")
    with pytest.raises(ValueError):
        iris.commission_text("report", "31/1")
    with pytest.raises(ValueError):
        iris.passage(iris.document("E/2022/30"), "page", "3")


def test_the_generated_places_agree_with_the_table() -> None:
    """ontology/shapes.ttl (IdIriShape), queries/qc/iri-patterns.rq and docs/modelling.md."""
    for path, content in iris.regenerate(ROOT).items():
        assert path.read_text(encoding="utf-8") == content, f"{path}: run python -m ccpcj_kg.model.iris"
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    assert f'sh:pattern "{iris.PATTERN}"' in shapes
    assert f'REGEX(STR(?iri), "{iris.PATTERN}")' in (ROOT / "queries" / "qc" / "iri-patterns.rq").read_text()
    assert iris.markdown_table() in (ROOT / "docs" / "modelling.md").read_text(encoding="utf-8")


def test_the_check_mode_finds_a_stale_copy(tmp_path: Path) -> None:
    for rel in ("ontology/shapes.ttl", "queries/qc/iri-patterns.rq", "docs/modelling.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text((ROOT / rel).read_text(encoding="utf-8"), encoding="utf-8")
    assert iris.main(["--check", str(tmp_path)]) == 0
    qc = tmp_path / "queries" / "qc" / "iri-patterns.rq"
    qc.write_text(qc.read_text().replace("kyoto-pillar/[1-4]", "kyoto-pillar/[1-5]"))
    assert iris.main(["--check", str(tmp_path)]) == 1
    assert iris.main([str(tmp_path)]) == 0  # rewrites it
    assert iris.main(["--check", str(tmp_path)]) == 0


def test_every_id_iri_of_the_data_is_in_the_table(kg: ox.Store) -> None:
    seen: set[str] = set()
    for q in kg.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(GRAPH_DATA_PREFIX):
            for term in (q.subject, q.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(ID):
                    seen.add(term.value)
    assert len(seen) > 2000
    assert sorted(i for i in seen if not iris.matches(i)) == []
    assert {iris.kind_of(i).kind for i in seen} >= {"State", "statement", "UN document", "passage of a source"}  # type: ignore[union-attr]
