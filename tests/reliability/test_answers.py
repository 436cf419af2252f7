"""Answers that do not mislead: documents by resolution number, sponsors found on another stage
of the same text, notes for defaults and for missing reasoning, tags, label order, one row per
office holder, and a missing home that is an error."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ccpcj_kg.errors import EXIT_BAD_INPUT, EXIT_OK

ID = "https://w3id.org/ccpcj-kg/id/"
L2 = ID + "document/E_CN.15_2022_L.2"
REV1 = ID + "document/E_CN.15_2022_L.4_Rev.1"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_a_resolution_by_number_or_symbol_finds_the_sponsors_of_its_draft(run_cli: Callable[..., Any]) -> None:
    by_draft = _rows(run_cli("query", "sponsors-of-document", "-p", "document=E/CN.15/2022/L.2", "-f", "csv").stdout)
    assert len(by_draft) == 14
    for asked in ("31/1", "E/CN.15/RES/31/1", "resolution 31/1"):
        done = run_cli("query", "sponsors-of-document", "-p", f"document={asked}", "-f", "csv")
        assert done.returncode == EXIT_OK, done.stderr
        rows = _rows(done.stdout)
        assert {r["document"] for r in rows} == {ID + "resolution/ccpcj-31-1"}
        assert {r["recordedOn"] for r in rows} == {L2}
        assert sorted(r["sponsor"] for r in rows) == sorted(r["sponsor"] for r in by_draft)
    plain = run_cli("query", "sponsors-of-document", "-p", "document=31/1", "-f", "csv")
    assert plain.stderr == ("note: document: 31/1 taken as the resolution; give 'decision 31/1' for the "
                            "decision\n")


def test_an_original_draft_finds_the_sponsors_on_its_revision(run_cli: Callable[..., Any]) -> None:
    rows = _rows(run_cli("query", "sponsors-of-document", "-p", "document=E/CN.15/2022/L.4", "-f", "csv").stdout)
    assert rows and {r["recordedOn"] for r in rows} == {REV1}
    life = _rows(run_cli("query", "document-life", "-p", "document=31/1", "-f", "csv").stdout)
    assert L2 in {r["stage"] for r in life}


def test_rows_are_ordered_by_label(run_cli: Callable[..., Any]) -> None:
    table = run_cli("query", "sponsors-of-document", "-p", "document=E/CN.15/2022/L.2", "-f", "csv", "--labels")
    names = [r["sponsor"] for r in _rows(table.stdout)]
    assert names == sorted(names) and "Angola" in names


def test_officers_of_session_is_one_row_per_office_holder(run_cli: Callable[..., Any]) -> None:
    done = run_cli("query", "officers-of-session", "-p", "session=31", "-f", "csv")
    rows = _rows(done.stdout)
    assert len(rows) == 5 == len({r["role"] for r in rows})
    assert all(ID + "document/E_2022_30/para/141" in r["passages"].split(" ") for r in rows)


def test_an_unset_parameter_says_it_took_its_default(run_cli: Callable[..., Any]) -> None:
    done = run_cli("query", "officers-of-session", "-f", "csv")
    assert done.returncode == EXIT_OK
    assert done.stderr == "note: session: not given; using the default '31' (--param session=VALUE)\n"
    given = run_cli("query", "officers-of-session", "-p", "session=31", "-f", "csv")
    assert given.stderr == ""


def test_a_reasoning_query_on_an_unreasoned_store_says_so(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("build", "--reason", "none", store=store).returncode == 0
    queries = run_cli("queries", "--tag", "reasoning", "--names").stdout.split()
    assert queries
    done = run_cli("query", queries[0], "-f", "csv", store=store)
    assert done.returncode == EXIT_OK, done.stderr
    assert (f"note: {queries[0]} reads inferred triples, and the store was built with --reason none: its answer "
            "will be missing rows (run `ccpcj-kg build --reason owlrl`)") in done.stderr.splitlines()


def test_tags_are_case_insensitive_and_listed(run_cli: Callable[..., Any]) -> None:
    lower = run_cli("queries", "--tag", "sponsorship", "--names").stdout
    upper = run_cli("queries", "--tag", "SPONSORSHIP", "--names").stdout
    assert lower == upper and "sponsors-of-document" in lower
    listing = run_cli("queries").stdout
    assert "    tags: documents, sponsorship" in listing


def test_a_missing_home_is_an_error(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-home"
    done = run_cli("queries", env={"CCPCJ_KG_HOME": str(missing)})
    assert done.returncode == EXIT_BAD_INPUT
    assert len(done.stderr.strip().splitlines()) == 1 and str(missing) in done.stderr
    assert "Traceback" not in done.stderr
