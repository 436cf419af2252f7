"""The audit of the seeds' user-relevant facts (docs/data.md, "Audit"): every fact the tables in
facts.py say the graph carries is there, and coverage stays at or above 95 %.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from facts import ALL, DISCOURSE_ONLY, SAMPLED_PARAGRAPHS, SECOND_DRAW, Fact

ID = "https://w3id.org/ccpcj-kg/id/"
LOCAL = "".join(f"PREFIX {p}: <{ID}{p}/>\n" for p in (
    "initiative", "measure", "place", "role", "occasion", "event", "resolution", "decision", "review-mechanism",
    "mode", "action", "statement-kind"))
COVERED = [x for x in ALL if x.where is not None]


@pytest.mark.parametrize("fact", COVERED, ids=[f"{x.seed}-{x.para}-{i}" for i, x in enumerate(COVERED)])
def test_the_graph_carries_the_fact(ask: Callable[[str], bool], fact: Fact) -> None:
    assert ask(LOCAL + "ASK { " + (fact.where or "") + " }"), f"seed {fact.seed} para. {fact.para}: {fact.fact}"


def test_coverage_is_at_least_95_percent() -> None:
    gaps = [x for x in ALL if x.where is None]
    assert all(x.gap for x in gaps), "every gap says why"
    assert len(ALL) >= 100
    assert len(COVERED) / len(ALL) >= 0.95, f"{len(COVERED)}/{len(ALL)}"


def test_the_sampled_paragraphs_are_the_documented_draw_and_all_are_audited() -> None:
    r = random.Random(13)
    assert SAMPLED_PARAGRAPHS["003"] == sorted(r.sample(range(1, 147), 25))
    assert SAMPLED_PARAGRAPHS["004"] == sorted(r.sample(range(1, 164), 25))
    r2 = random.Random(1313)
    assert SECOND_DRAW["003"] == sorted(r2.sample(sorted(set(range(1, 147)) - set(SAMPLED_PARAGRAPHS["003"])), 25))
    assert SECOND_DRAW["004"] == sorted(r2.sample(sorted(set(range(1, 164)) - set(SAMPLED_PARAGRAPHS["004"])), 25))
    for seed in ("003", "004"):
        drawn = set(SAMPLED_PARAGRAPHS[seed]) | set(SECOND_DRAW[seed])
        audited = {x.para for x in ALL if x.seed == seed} | set(DISCOURSE_ONLY[seed])
        assert audited == drawn, seed
