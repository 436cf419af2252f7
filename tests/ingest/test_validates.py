"""The ingest's output, checked by ``ccpcj-kg validate`` against the shapes in the context of the graph.

Known disagreements, listed with their reasons (STYLE.md: known failures listed, never skipped).
Each is between the shapes and the rest of the project, not the ingest: the curated graph has the
same values, and ``ccpcj-kg validate --all`` reports them there too.
- ``Statement-onBehalfOf`` on a State: the ontology defines ``ccpcj:onBehalfOf`` as "the group of
  States, organization or State on whose behalf …" (range foaf:Agent) and the curated statements
  use States for footnotes such as "Also on behalf of Albania, …"; the shape allows only groups
  and organizations.
- ``Document-identifier`` for symbols of the old series, "A/RES/415 (V)" and "E/RES/155 C (VII)",
  which the report cites and the shape's pattern does not admit.
- ``Document-date`` of the report itself: ``data/sources.ttl`` dates E/2022/30 with an xsd:gYear.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SEED

Run = Callable[..., subprocess.CompletedProcess[str]]

KNOWN = {
    "Statement-onBehalfOf": lambda f: "/id/state/" in str(f.get("value")),
    "Document-identifier": lambda f: str(f.get("value")) in {"A/RES/415 (V)", "E/RES/155 C (VII)"},
    "Document-date": lambda f: str(f.get("focus", "")).endswith("/document/E_2022_30"),
}


@pytest.mark.slow
def test_the_output_conforms_but_for_the_known_disagreements(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "e-2022-30.ttl"
    assert run_cli("ingest", str(SEED), "-o", str(out)).returncode == 0
    proc = run_cli("validate", str(out), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    findings = json.loads(proc.stdout)
    violations = [f for f in findings if f["severity"] == "Violation"]
    unexpected = [f for f in violations if not KNOWN.get(f["shape"], lambda _: False)(f)]
    assert not unexpected, json.dumps(unexpected[:10], indent=1)
