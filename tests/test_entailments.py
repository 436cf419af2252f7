"""Facts that are true only through reasoning, on the real data (issue 8).

Each test names the axiom, the asserted facts it starts from (written from the source text) and
checks that the entailment is in the `inferred` graph and in no data graph.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = list[dict[str, str]]
INFERRED = "<https://w3id.org/ccpcj-kg/graph/inferred>"
ID = "https://w3id.org/ccpcj-kg/id/"


def _objects(select: Callable[[str], Rows], subject: str, prop: str, graph: str) -> set[str]:
    rows = select(f"SELECT ?o WHERE {{ GRAPH {graph} {{ <{ID}{subject}> {prop} ?o }} }}")
    return {r["o"].removeprefix(ID) for r in rows}


def _asserted(select: Callable[[str], Rows], subject: str, prop: str) -> set[str]:
    rows = select(f"""SELECT ?o WHERE {{ GRAPH ?g {{ <{ID}{subject}> {prop} ?o }}
                      FILTER(STRSTARTS(STR(?g), "https://w3id.org/ccpcj-kg/graph/data/")) }}""")
    return {r["o"].removeprefix(ID) for r in rows}


CASES = [
    # E/2022/30 para. 84: L.2 "sponsored by Angola, Colombia, …, the Philippines and the United States";
    # chain inverse(sponsorshipOf) ∘ sponsor ⊑ sponsoredBy.
    ("document/E_CN.15_2022_L.2", "ccpcj:sponsoredBy",
     {"state/AGO", "state/COL", "state/ECU", "state/EGY", "state/GHA", "state/HND", "state/KEN", "state/MWI",
      "state/MAR", "state/MOZ", "state/PRY", "state/PER", "state/PHL", "state/USA"}),
    # para. 98: France sponsored L.4/Rev.1 on behalf of the EU member States: one sponsorship, and the
    # inverse shortcut gives France's sponsored texts.
    ("document/E_CN.15_2022_L.4_Rev.1", "ccpcj:sponsoredOnBehalfOf", {"group/eu-member-states"}),
    # Reference README: Türkiye participates fully in WEOG and the Asia-Pacific Group; chain over
    # inverse(org:member) ∘ ofRegionalGroup ⊑ inRegionalGroup.
    ("state/TUR", "ccpcj:inRegionalGroup", {"regional-group/western-european-and-other-states",
                                            "regional-group/asia-pacific-states"}),
    # The United States attends WEOG as an observer: in the group, whatever the role.
    ("state/USA", "ccpcj:inRegionalGroup", {"regional-group/western-european-and-other-states"}),
    # The 9th meeting (18 May 2022) is part of the regular part, itself part of the 31st session:
    # schema:superEvent ⊑ partOfEvent, which is transitive.
    ("session/31/meeting/9", "ccpcj:partOfEvent", {"session/31/regular-part", "session/31"}),
    # UNTOC's three Protocols supplement it: inverse of ccpcj:supplements.
    ("instrument/untoc", "ccpcj:supplementedBy", {"instrument/untoc-tip-protocol", "instrument/untoc-som-protocol",
                                                  "instrument/untoc-firearms-protocol"}),
    # para. 98 and 119: L.4 and L.3 were revised as /Rev.1: inverse of ccpcj:revisionOf.
    ("document/E_CN.15_2022_L.4", "ccpcj:revisedAs", {"document/E_CN.15_2022_L.4_Rev.1"}),
    # para. 84: L.2 was adopted as resolution 31/1: inverse of adoptedAs.
    ("resolution/ccpcj-31-1", "ccpcj:adoptedFrom", {"document/E_CN.15_2022_L.2"}),
]


@pytest.mark.parametrize(("subject", "prop", "expected"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES])
def test_entailment_holds_only_through_reasoning(select: Callable[[str], Rows], subject: str, prop: str,
                                                 expected: set[str]) -> None:
    assert _objects(select, subject, prop, INFERRED) >= expected
    assert not _asserted(select, subject, prop), "shortcuts are never written in data/"


def test_us_statement_under_item_4_is_reachable_from_the_state(select: Callable[[str], Rows]) -> None:
    """para. 18: the representative of the United States spoke under agenda item 4; the chain
    inverse(speaker) ∘ underAgendaItem ⊑ spokeUnder answers "under which items did X speak"."""
    assert "session/31/agenda-item/4" in _objects(select, "state/USA", "ccpcj:spokeUnder", INFERRED)
    assert "session/31/agenda-item/4" not in _asserted(select, "state/USA", "ccpcj:spokeUnder")


def test_officers_of_the_31st_session_through_their_office_holdings(select: Callable[[str], Rows]) -> None:
    """para. 141: the five officers of the 31st session."""
    rows = select(f"SELECT ?p WHERE {{ GRAPH {INFERRED} {{ ?p ccpcj:officerAtSession <{ID}session/31> }} }}")
    assert {r["p"].removeprefix(ID) for r in rows} >= {
        "person/takeshi-hikihara", "person/azzeddine-farhane", "person/emilia-kraleva",
        "person/laura-faxas-de-jorgensen", "person/antonino-tedesco"}
