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
    # The group under its French name as UN News prints it (reference/labels/un-official-names.tsv) …
    assert "Groupe des États d’Europe occidentale et autres États" in out
    assert "Western European and other States" not in out
    # … the source rows have no French label: English is the fallback.
    assert "reference list of regional groups, row 166" in out


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


def test_roles_and_states_in_french_arabic_and_chinese(run_cli: Run) -> None:
    """Vocabulary concepts (the project's translations) and States (M49 names) together."""
    expected = {
        "fr": ("Premier Vice-Président", "Japon", "First Vice-Chair"),
        "ar": ("النائب الأول للرئيس", "اليابان", "First Vice-Chair"),
        "zh": ("第一副主席", "日本", "First Vice-Chair"),
    }
    for lang, (role, state, english_role) in expected.items():
        proc = run_cli("query", "officers-of-session", "-p", "session=31", "--lang", lang)
        assert proc.returncode == 0, proc.stderr
        assert role in proc.stdout and state in proc.stdout, lang
        assert english_role not in proc.stdout and "Japan" not in proc.stdout, lang
        # the regional groups are a documented gap: English in every language
        assert "Asia-Pacific States" in proc.stdout, lang


def test_ontology_terms_and_instruments_through_sparql(run_cli: Run) -> None:
    proc = run_cli("sparql", "SELECT ?c WHERE { VALUES ?c { ccpcj:DraftResolution instrument:uncac } }",
                   "--lang", "es")
    assert proc.returncode == 0, proc.stderr
    assert "proyecto de resolución" in proc.stdout
    assert "Convención de las Naciones Unidas contra la Corrupción" in proc.stdout  # quoted from UN News (es)
    proc = run_cli("sparql", "SELECT ?c WHERE { VALUES ?c { instrument:uncac } }", "--lang", "ru")
    assert "United Nations Convention against Corruption" in proc.stdout  # no sourced Russian title: English


def test_instruments_and_congresses_under_their_official_french_names(run_cli: Run) -> None:
    """The saved queries that list the Convention's Protocols and the Congresses show the UN's own
    French names (reference/labels/un-official-names.tsv), English where none was read."""
    proc = run_cli("query", "instrument-with-protocols", "--lang", "fr", "--format", "md")
    assert proc.returncode == 0, proc.stderr
    for name in ("Convention des Nations Unies contre la criminalité transnationale organisée",
                 "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes "
                 "et des enfants",
                 "Protocole contre le trafic illicite de migrants par terre, air et mer",
                 "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et "
                 "munitions"):
        assert f"| {name} |" in proc.stdout, name
    assert "Protocol against" not in proc.stdout and "United Nations Convention" not in proc.stdout
    congresses = run_cli("query", "congresses", "--lang", "fr", "--format", "md").stdout
    assert "| 13 | Treizième Congrès des Nations Unies pour la prévention du crime et la justice pénale |" in congresses
    assert "| 14 | 14th United Nations Crime Congress |" in congresses  # no French name read: English
