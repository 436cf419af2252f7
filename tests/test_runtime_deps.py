"""owlrl and pycountry are not runtime dependencies: every command works without them.

owlrl is the reference reasoner of the tests and the reasoning bench (``reasoning_reference``);
the build materialises with ``ccpcj_kg.reasoning``. pycountry only refreshes a vendored table
(``scripts/make_reference_states.py --refresh``, the ``curate`` extra). Here the commands run in a
child process in which both are unimportable (``sys.modules[name] = None`` makes any import of
them fail), from a fresh build to a query, a validation and an export.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCKED = ("owlrl", "pycountry")
_RUN = (
    "import sys\n"
    "for name in {blocked!r}: sys.modules[name] = None\n"
    "from ccpcj_kg.cli import main\n"
    "main(sys.argv[1:])\n"
)


def _names(extra: str | None) -> set[str]:
    """The distribution names the installed package requires, at run time or for ``extra``."""
    out = set()
    for req in requires("ccpcj-kg") or []:
        spec, _, marker = req.partition(";")
        found = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if (found.group(1) if found else None) == extra:
            out.add(re.split(r"[<>=!~\[( ]", spec.strip(), maxsplit=1)[0].lower())
    return out


def test_the_package_metadata_puts_them_in_the_extras_that_use_them() -> None:
    runtime = _names(None)
    assert "pyshacl" in runtime and not runtime & set(BLOCKED)
    assert "owlrl" in _names("test") and "pycountry" in _names("curate")


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-c", _RUN.format(blocked=BLOCKED), *args]
    env = {**os.environ, "CCPCJ_KG_STORE": str(store)}
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=900, check=False)


def test_commands_run_without_owlrl_and_pycountry(tmp_path: Path) -> None:
    store = tmp_path / "store"
    built = _cli("build", "--reason", "owlrl", store=store)
    assert built.returncode == 0, built.stderr
    assert "inferred" in built.stdout + built.stderr
    query = _cli("query", "officers-of-session", "-p", "session=31", "--format", "csv", store=store)
    assert query.returncode == 0, query.stderr
    assert "https://w3id.org/ccpcj-kg/id/person/takeshi-hikihara" in query.stdout
    valid = _cli("validate", str(ROOT / "tests" / "shapes" / "valid" / "documents.ttl"), store=store)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    out = tmp_path / "kg.nq"
    exported = _cli("export", "--format", "nquads", "-o", str(out), store=store)
    assert exported.returncode == 0, exported.stderr
    assert "<https://w3id.org/ccpcj-kg/graph/inferred>" in out.read_text(encoding="utf-8")
