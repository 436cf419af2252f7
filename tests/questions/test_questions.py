"""Questions from the sources, answered with the ontology's properties only (issue 13, "how it is checked").

The questions, their SPARQL and the answers written from the source paragraphs are in
``questions.py``. Each query must return exactly its answer; no query may match text (REGEX,
CONTAINS, STRSTARTS, … over notes, claim texts or labels): a fact a user needs must be structure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from questions import QUESTIONS, Question

Rows = list[dict[str, str]]
ID = "https://w3id.org/ccpcj-kg/id/"
LOCAL_PREFIXES = "".join(
    f"PREFIX {p}: <{ID}{p}/>\n"
    for p in ("initiative", "measure", "place", "role", "occasion", "event", "resolution")
)
TEXT_MATCHING = re.compile(r"\b(REGEX|CONTAINS|STRSTARTS|STRENDS|STRBEFORE|STRAFTER|SUBSTR|LCASE|UCASE)\s*\(", re.I)


def _value(v: str) -> str:
    return v.removeprefix(ID)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.key for q in QUESTIONS])
def test_the_graph_gives_the_sources_answer(select: Callable[[str], Rows], question: Question) -> None:
    rows = select(LOCAL_PREFIXES + question.query)
    variables = re.findall(r"\?(\w+)", question.query.split("WHERE", 1)[0])
    got = {tuple(_value(r[v]) for v in variables if v in r) for r in rows}
    assert got == set(question.answer), f"{question.question}\nsource: {question.source}"


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.key for q in QUESTIONS])
def test_no_question_is_answered_by_matching_text(question: Question) -> None:
    assert not TEXT_MATCHING.search(question.query)
    assert "skos:note" not in question.query and "ccpcj:claimText" not in question.query


def test_there_are_at_least_25_questions_covering_the_kinds_of_fact() -> None:
    assert len(QUESTIONS) >= 25
    assert len({q.key for q in QUESTIONS}) == len(QUESTIONS)
    sources = " ".join(q.source for q in QUESTIONS)
    for seed in ("seed 000", "seed 001", "seed 002", "E/2022/30", "seed 004"):
        assert seed in sources, seed
