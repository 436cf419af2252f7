"""``ccpcj-kg validate`` as a curator runs it: exit codes, reports, and bad input."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent.parent
SHAPES = ROOT / "tests" / "shapes"
NEXT_SESSION = SHAPES / "next-session" / "session-34.ttl"

Run = Callable[..., subprocess.CompletedProcess[str]]


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """The next-session file with one curator's mistake in it."""
    text = NEXT_SESSION.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "session-34.ttl"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_next_session_file_conforms(run_cli: Run) -> None:
    result = run_cli("validate", str(NEXT_SESSION))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("conforms (checked 2")
    assert "triples of context from the store" in result.stdout


def test_dangling_state_reference_does_not_conform(run_cli: Run, tmp_path: Path) -> None:
    path = _variant(tmp_path, "ccpcj:sponsor state:BRA", "ccpcj:sponsor state:BRZ")
    result = run_cli("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    where = _line_of(path, "E_CN.15_2025_L.3/sponsorship/bra> a ccpcj:Sponsorship")
    assert f"{path}:{where}: <https://w3id.org/ccpcj-kg/id/document/E_CN.15_2025_L.3/sponsorship/bra>" in result.stdout
    assert "Violation NoDanglingReferenceShape  ccpcj:sponsor = state:BRZ" in result.stdout
    assert "https://w3id.org/ccpcj-kg/id/state/BRZ is not defined anywhere in the graph" in result.stdout
    assert result.stderr.strip().startswith("ccpcj-kg: does not conform: 2 violations")


def test_misspelt_term_does_not_conform(run_cli: Run, tmp_path: Path) -> None:
    path = _variant(tmp_path, "ccpcj:speakerDescription", "ccpcj:speakerDescripton")
    result = run_cli("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Violation DeclaredTermShape  ccpcj:speakerDescripton = ccpcj:speakerDescripton" in result.stdout
    assert "is not a term of the ontology" in result.stdout
    assert "hint: did you mean ccpcj:speakerDescription?" in result.stdout
    assert "does not conform: 1 violation, 0 warnings, 0 notes; violations on 1 node" in result.stderr


def test_misspelt_class_does_not_conform(run_cli: Run, tmp_path: Path) -> None:
    path = _variant(tmp_path, "person:kenji-reibun a ccpcj:Person", "person:kenji-reibun a ccpcj:Persn")
    result = run_cli("validate", "--format", "json", str(path))
    assert result.returncode == 1
    records = json.loads(result.stdout)
    assert {(r["shape"], r["focus"]) for r in records} >= {
        ("DeclaredTermShape", "https://w3id.org/ccpcj-kg/id/person/kenji-reibun"),
    }


def test_warnings_are_listed_but_conform(run_cli: Run, tmp_path: Path) -> None:
    path = _variant(tmp_path, '    dcterms:title "General debate"@en ;\n', "")
    result = run_cli("validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning   AgendaItem-title  dcterms:title" in result.stdout
    assert "conforms (0 violations, 1 warning, 0 notes; only violations fail validation)" in result.stdout


def test_notes_are_counted_and_shown_on_request(run_cli: Run, tmp_path: Path) -> None:
    path = _variant(tmp_path, "    ccpcj:capacity <https://w3id.org/ccpcj-kg/id/capacity/representative> ;\n", "")
    quiet = run_cli("validate", str(path))
    assert quiet.returncode == 0
    assert "Statement-capacityGiven" not in quiet.stdout
    assert "(1 result of lower severity not shown: use --show info)" in quiet.stdout
    verbose = run_cli("validate", "--show", "info", str(path))
    assert "Info      Statement-capacityGiven  ccpcj:capacity" in verbose.stdout


def test_json_format_is_a_list_of_results(run_cli: Run) -> None:
    result = run_cli("validate", "--format", "json", str(SHAPES / "invalid" / "provenance.ttl"))
    assert result.returncode == 1
    records = json.loads(result.stdout)
    assert [r["shape"] for r in records] == ["ProvenanceShape", "Provenance-wasDerivedFrom"]
    assert all(r["file"].endswith("invalid/provenance.ttl") and r["line"] for r in records)


def test_turtle_format_is_the_shacl_report(run_cli: Run) -> None:
    result = run_cli("validate", "--format", "turtle", str(SHAPES / "invalid" / "provenance.ttl"))
    assert result.returncode == 1
    g = rdflib.Graph().parse(data=result.stdout, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    report = g.value(None, rdflib.RDF.type, sh.ValidationReport)
    assert g.value(report, sh.conforms) == rdflib.Literal(False)
    assert len(list(g.objects(report, sh.result))) == 2
    ok = run_cli("validate", "--format", "turtle", str(NEXT_SESSION))
    assert ok.returncode == 0
    assert "sh:conforms true" in ok.stdout


def test_all_validates_the_shipped_graph(run_cli: Run) -> None:
    result = run_cli("validate", "--all")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr
    assert result.stdout.splitlines()[-1].startswith("conforms")


# -- bad input: exit 2, one line naming the file (and line, column), no traceback, nothing written --


def _assert_bad_input(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture
def untouched(store_path: Path, tmp_path: Path) -> Callable[[], None]:
    """Check afterwards that neither the store nor the folder of the input changed."""
    before = (store_path / "build.json").stat().st_mtime_ns

    def check() -> None:
        assert (store_path / "build.json").stat().st_mtime_ns == before
        assert all(p.name.startswith("in") for p in tmp_path.iterdir())  # only the inputs the test wrote

    return check


def test_malformed_turtle(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in.ttl"
    path.write_text(
        '@prefix state: <https://w3id.org/ccpcj-kg/id/state/> .\n\nstate:KEN a <urn:x> ;\n    <urn:p> "open\n',
        encoding="utf-8",
    )
    result = run_cli("validate", str(path), cwd=tmp_path)
    _assert_bad_input(result, f"{path}:4:")
    untouched()


def test_unknown_prefix(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in.ttl"
    path.write_text(
        "@prefix state: <https://w3id.org/ccpcj-kg/id/state/> .\nstate:KEN a ccpcj:State .\n", encoding="utf-8"
    )
    result = run_cli("validate", str(path), cwd=tmp_path)
    _assert_bad_input(result, f"{path}:2:", "ccpcj")
    untouched()


def test_not_utf8(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in.ttl"
    path.write_bytes(b'<https://w3id.org/ccpcj-kg/id/state/CIV> <urn:p> "C\xf4te d\'Ivoire" .\n')
    result = run_cli("validate", str(path), cwd=tmp_path)
    _assert_bad_input(result, f"{path}:1:", "not UTF-8")
    untouched()


def test_empty_file(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in.ttl"
    path.write_text("\n", encoding="utf-8")
    _assert_bad_input(run_cli("validate", str(path), cwd=tmp_path), str(path), "empty")
    only_prefixes = tmp_path / "in2.ttl"
    only_prefixes.write_text(
        "@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .\n# nothing yet\n", encoding="utf-8"
    )
    _assert_bad_input(run_cli("validate", str(only_prefixes), cwd=tmp_path), str(only_prefixes), "no triples")
    untouched()


def test_directory(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    folder = tmp_path / "in-folder"
    folder.mkdir()
    _assert_bad_input(run_cli("validate", str(folder), cwd=tmp_path), str(folder), "is a directory")
    untouched()


def test_missing_file(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in-missing.ttl"
    _assert_bad_input(run_cli("validate", str(NEXT_SESSION), str(path), cwd=tmp_path), str(path), "no such file")
    assert not path.exists()
    untouched()


def test_fifty_megabyte_file(run_cli: Run, tmp_path: Path, untouched: Callable[[], None]) -> None:
    path = tmp_path / "in-big.ttl"
    line = b'<https://w3id.org/ccpcj-kg/id/person/someone> <http://www.w3.org/2000/01/rdf-schema#comment> "x" .\n'
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    result = run_cli("validate", str(path), cwd=tmp_path)
    _assert_bad_input(result, str(path), "50 MB is over the 10 MB limit")
    untouched()


def test_usage_errors(run_cli: Run) -> None:
    _assert_bad_input(run_cli("validate"), "nothing to validate")
    _assert_bad_input(run_cli("validate", "--all", str(NEXT_SESSION)), "not both")
    result = run_cli("validate", "--format", "xml", str(NEXT_SESSION))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
