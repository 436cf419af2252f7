"""Perturbed reports: every change is either understood (the same facts) or reported in the ledger.

A fact of the seed's ingest that a perturbed copy no longer yields must come from a paragraph the
perturbed ledger flags (partly or not understood, or missing), or be about a node read from one
(a meeting whose sentence was not understood: its date, and the items considered at it). Nothing
may be lost silently.
"""

from __future__ import annotations

from collections import defaultdict

import perturb
import pyoxigraph as ox
import pytest

from ccpcj_kg.canonical import Triple
from ccpcj_kg.ingest.pipeline import Result, ingest_text, store_labels
from ccpcj_kg.model.names import Resolver
from ccpcj_kg.model.namespaces import PROV

PARA = "https://w3id.org/ccpcj-kg/id/document/E_2022_30/para/"


def _facts(triples: list[Triple]) -> tuple[set[Triple], dict[str, set[int]]]:
    """The triples about nodes read from numbered paragraphs, and those paragraphs by node."""
    paras: dict[str, set[int]] = defaultdict(set)
    for s, p, o in triples:
        if p.value == PROV + "wasDerivedFrom" and o.value.startswith(PARA):
            paras[s.value].add(int(o.value[len(PARA):]))
    return {t for t in triples if t[0].value in paras and t[1].value != PROV + "wasDerivedFrom"}, paras


@pytest.fixture(scope="module")
def baseline(ingested: Result) -> tuple[set[Triple], dict[str, set[int]]]:
    return _facts(ingested.triples)


@pytest.mark.parametrize("name", sorted(perturb.PERTURBATIONS))
def test_a_perturbation_is_understood_or_reported(name: str, seed_text: str, resolver: Resolver, kg: ox.Store,
                                                  baseline: tuple[set[Triple], dict[str, set[int]]]) -> None:
    text = perturb.PERTURBATIONS[name](seed_text)
    assert text != seed_text
    result = ingest_text(text, resolver, name=name, labels=store_labels(kg))
    facts, paras = baseline
    got, _ = _facts(result.triples)
    flagged = result.ledger.flagged()
    silent = sorted({(str(t), tuple(sorted(paras[t[0].value]))) for t in facts - got
                     if not (paras[t[0].value] | paras.get(t[2].value, set())) & flagged})
    assert not silent, f"{len(silent)} facts lost without a word, e.g. {silent[:5]}"


def _run(name: str, seed_text: str, resolver: Resolver, kg: ox.Store) -> Result:
    return ingest_text(perturb.PERTURBATIONS[name](seed_text), resolver, name=name, labels=store_labels(kg))


def test_a_reworded_meeting_sentence_is_understood(seed_text: str, resolver: Resolver, kg: ox.Store,
                                                   ingested: Result) -> None:
    result = _run("reworded meetings", seed_text, resolver, kg)
    assert set(result.triples) == set(ingested.triples)


def test_a_missing_section_shows_as_missing_paragraphs(seed_text: str, resolver: Resolver, kg: ox.Store) -> None:
    ledger = _run("missing section", seed_text, resolver, kg).ledger
    assert [e.para for e in ledger.paragraphs if e.status == "missing"] == [139, 140, 141, 142, 143]
    assert any("139–143 not found" in s for s in ledger.structure), ledger.structure
    assert any("XIII D (Election of officers)" in s for s in ledger.structure), ledger.structure


def test_an_unknown_section_is_not_understood_with_its_reason(seed_text: str, resolver: Resolver,
                                                              kg: ox.Store) -> None:
    entry = _run("extra section", seed_text, resolver, kg).ledger.paragraphs[-1]
    assert (entry.para, entry.status, entry.reasons) == (147, "not understood", ["no pattern matched"])


def test_reworded_sponsors_are_reported_where_they_are_lost(seed_text: str, resolver: Resolver, kg: ox.Store,
                                                             ingested: Result) -> None:
    result = _run("reworded sponsors", seed_text, resolver, kg)
    sponsored = {e.para for e in ingested.ledger.paragraphs if "Sponsorship" in e.facts}
    assert len(sponsored) == 4
    entries = {e.para: e for e in result.ledger.paragraphs}
    for n in sponsored:
        assert entries[n].status == "partly understood" and entries[n].strict_failure, entries[n]
        assert any(r.startswith("named but in no fact: ") for r in entries[n].reasons)
