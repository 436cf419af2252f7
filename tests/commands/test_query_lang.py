"""``--lang`` on ``query`` and ``sparql``: labels in a chosen UN language, English where missing."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_states_by_regional_group_in_french(run_cli: Run) -> None:
    proc = run_cli("query", "states-by-regional-group", "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for french in ("Autriche", "Suisse", "Allemagne", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
                   "Saint-Siège", "Türkiye"):
        assert french in out, french
    assert "Switzerland" not in out and "Germany" not in out
    # The group and the source rows have no French label: English is the fallback.
    assert "Western European and other States" in out and "reference list of regional groups, row 166" in out


def test_english_is_the_default_and_chinese_and_arabic_work(run_cli: Run) -> None:
    en = run_cli("query", "states-by-regional-group").stdout
    assert "Switzerland" in en and "Suisse" not in en
    assert run_cli("query", "states-by-regional-group", "--lang", "en").stdout == en
    zh = run_cli("query", "states-by-regional-group", "--lang", "zh", "-p", "group=WEOG").stdout
    assert "瑞士" in zh and "Switzerland" not in zh
    ar = run_cli("query", "state-names", "-p", "state=KEN", "--lang", "ar", "--format", "md").stdout
    assert "كينيا" in ar and "| Kenya |" in ar  # the State column in Arabic; the label column is the data


def test_a_language_without_labels_falls_back_to_english(run_cli: Run) -> None:
    proc = run_cli("query", "states-by-regional-group", "--lang", "de")
    assert proc.returncode == 0, proc.stderr
    assert "Switzerland" in proc.stdout


def test_sparql_takes_lang_too(run_cli: Run) -> None:
    proc = run_cli("sparql", "SELECT ?s WHERE { VALUES ?s { state:RUS } }", "--lang", "ru")
    assert proc.returncode == 0, proc.stderr
    assert "Российская Федерация" in proc.stdout


def test_a_malformed_language_tag_is_bad_input(run_cli: Run) -> None:
    proc = run_cli("query", "states-by-regional-group", "--lang", "fr fr")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert proc.stdout == ""
