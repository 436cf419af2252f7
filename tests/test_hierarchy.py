"""The one transitive closure (ccpcj_kg.hierarchy), shared by the axioms, the SHACL compiler and validate --all."""

from __future__ import annotations

from ccpcj_kg.hierarchy import strict_closure


def test_reaches_every_level_leaves_the_node_out_and_survives_cycles() -> None:
    edges = {"State": {"Actor"}, "Actor": {"Agent"}, "MemberState": {"State"}, "A": {"B"}, "B": {"A"}}
    assert strict_closure(edges) == {
        "State": {"Actor", "Agent"},
        "Actor": {"Agent"},
        "MemberState": {"State", "Actor", "Agent"},
        "A": {"B"},
        "B": {"A"},
    }


def test_a_node_that_reaches_only_itself_has_no_entry() -> None:
    assert strict_closure({"X": {"X"}, "Y": set()}) == {}
