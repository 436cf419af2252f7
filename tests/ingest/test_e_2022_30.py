"""Ingesting E/2022/30 (seed 003) gives the facts written by hand in ``expected_e_2022_30``.

Precision and recall are printed per kind (run with ``-s`` to see the table) and must be exact
(1.000 each: no fact lost, none invented); the differences are listed in the failure message.
"""

from __future__ import annotations

from typing import Any

import expected_e_2022_30 as expected
import ingest_facts as facts

from ccpcj_kg.ingest.pipeline import Result


def _kinds(result: Result) -> dict[str, tuple[set[Any], set[Any]]]:
    actual = facts.all_kinds(result.triples, expected.SESSION)
    return {kind: (actual[kind], wanted) for kind, wanted in expected.KINDS.items()}


def _table(kinds: dict[str, tuple[set[Any], set[Any]]]) -> str:
    rows = [f"{'kind':36} {'expected':>8} {'found':>6} {'precision':>9} {'recall':>7}"]
    for kind, (actual, wanted) in kinds.items():
        p, r = facts.precision_recall(actual, wanted)
        rows.append(f"{kind:36} {len(wanted):8d} {len(actual):6d} {p:9.3f} {r:7.3f}")
    return "\n".join(rows)


def test_precision_and_recall_per_kind(ingested: Result) -> None:
    kinds = _kinds(ingested)
    table = _table(kinds)
    print("\n" + table)
    problems = []
    for kind, (actual, wanted) in kinds.items():
        p, r = facts.precision_recall(actual, wanted)
        if actual != wanted:
            missing = sorted(map(str, wanted - actual))[:15]
            extra = sorted(map(str, actual - wanted))[:15]
            problems.append(f"{kind}: precision {p:.3f}, recall {r:.3f}\n  missing: {missing}\n  extra: {extra}")
    assert not problems, table + "\n" + "\n".join(problems)


def test_the_unknown_speaker_is_reported_with_its_paragraph_and_not_invented(ingested: Result) -> None:
    messages = {(w.para, w.message) for w in ingested.warnings}
    for para, name in expected.UNRESOLVED:
        assert any(p == para and name in m for p, m in messages), messages
    assert not any("anorw" in t[0].value.lower() for t in ingested.triples)


def test_france_sponsors_once_on_behalf_of_the_eu_member_states(ingested: Result) -> None:
    g = facts.index(ingested.triples)
    rows = facts.sponsors(g)
    by_france = {r for r in rows if r[1] == "FRA"}
    assert by_france == {(d, "FRA", "eu-member-states") for d in
                         ("E/CN.15/2022/L.2", "E/CN.15/2022/L.4/Rev.1", "E/CN.15/2022/L.5", "E/CN.15/2022/L.3/Rev.1")
                         if d != "E/CN.15/2022/L.2"}
    eu_states = {"AUT", "DEU", "ESP", "ITA", "NLD", "BEL", "SWE", "FIN"}
    assert not {r for r in rows if r[1] in eu_states}, "EU member States are not sponsors one by one"
    assert not {r for r in rows if not r[1].isupper()}, "only States sponsor"


def test_statements_of_the_eu_are_by_the_eu_on_behalf_of_its_member_states(ingested: Result) -> None:
    g = facts.index(ingested.triples)
    assert ("33-european-union", "group/european-union-and-its-member-states") in facts.on_behalf(g)
    assert not [s for s in facts.statements(g) if s[0].startswith("33-") and s[0].endswith(("-deu", "-fra"))]


def test_every_node_cites_a_passage_of_the_report(ingested: Result) -> None:
    g = facts.index(ingested.triples)
    prov = "http://www.w3.org/ns/prov#wasDerivedFrom"
    report = "https://w3id.org/ccpcj-kg/id/document/E_2022_30"

    def exempt(s: str) -> bool:
        return s == report or s.startswith(report + "/para/") or "/section/" in s

    missing = [s for s, n in g.items() if not exempt(s) and prov not in n]
    assert not missing
    cited = {o for n in g.values() for o in n.get(prov, [])}
    assert cited and all(c.startswith(report + "/") for c in cited)
    assert all(c in g for c in cited), "every cited passage is declared"
