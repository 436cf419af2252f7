"""`ccpcj-kg fmt`: the data files are kept in canonical form, and --check says which are not."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_every_data_file_is_canonical(run_cli) -> None:  # type: ignore[no-untyped-def]
    done = run_cli("fmt", "--check", str(ROOT / "data"))
    assert done.returncode == 0, done.stderr


def test_check_reports_a_non_canonical_file_and_fmt_fixes_it(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "x.ttl"
    f.write_text("<http://e/b> <http://e/p> 1 .\n<http://e/a> <http://e/p> 2 .\n")
    check = run_cli("fmt", "--check", str(f))
    assert check.returncode == 1 and str(f) in check.stderr
    assert run_cli("fmt", str(f)).returncode == 0
    assert f.read_text().index("<http://e/a>") < f.read_text().index("<http://e/b>")
    assert run_cli("fmt", "--check", str(f)).returncode == 0
