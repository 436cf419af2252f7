"""A fresh clone regenerates data/reference/ from the tables vendored in scripts/reference/.

The generator runs in a child process, into a temporary folder, with pycountry made unimportable
(the vendored ISO table replaces it; pycountry is only for ``--refresh``, in the curate extra), and
its output is compared byte for byte with the committed files. The README of scripts/reference/
records a sha256 per vendored file: they must match the files.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDORED = ROOT / "scripts" / "reference"
GENERATED = ("states.ttl", "regional-groups.ttl")

# Run the script as `python scripts/make_reference_states.py --out DIR` would, without pycountry.
_RUN = (
    "import runpy, sys\n"
    "sys.modules['pycountry'] = None  # any import of it now fails\n"
    "sys.argv = ['make_reference_states.py', '--out', sys.argv[1]]\n"
    "runpy.run_path({script!r}, run_name='__main__')\n"
)


def test_generator_reproduces_the_committed_reference_files(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_reference_states.py"
    done = subprocess.run([sys.executable, "-c", _RUN.format(script=str(script)), str(tmp_path)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "(3202 triples)" in done.stdout and "(2243 triples)" in done.stdout, done.stdout
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (ROOT / "data" / "reference" / name).read_bytes(), name


def test_vendored_files_match_the_checksums_their_readme_records() -> None:
    readme = (VENDORED / "README.md").read_text(encoding="utf-8")
    recorded = dict(re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", readme, re.MULTILINE))
    files = {p.name for p in VENDORED.iterdir() if p.name != "README.md"}
    assert set(recorded) == files
    for name, digest in recorded.items():
        assert hashlib.sha256((VENDORED / name).read_bytes()).hexdigest() == digest, name


def test_the_dgacm_table_keeps_its_original_bytes() -> None:
    """BOM, CRLF line ends and the no-break spaces survive git (.gitattributes: -text)."""
    data = (VENDORED / "un-regional-groups-dgacm-2024-02-02.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and "\u00a0".encode() in data
