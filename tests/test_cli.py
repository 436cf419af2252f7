"""The command group's contract: help, version, exit codes, `python -m`, no tracebacks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ccpcj_kg.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_every_command_with_examples_and_exit_codes(run_cli) -> None:  # type: ignore[no-untyped-def]
    done = run_cli("--help")
    assert done.returncode == 0
    listed = set(re.findall(r"^  (\w+)  ", done.stdout.split("Commands:")[1], re.M))
    assert listed == set(COMMANDS)
    assert "Exit codes: 0 success; 1" in done.stdout


def test_every_command_has_help_with_an_example(run_cli) -> None:  # type: ignore[no-untyped-def]
    for name in COMMANDS:
        done = run_cli(name, "--help")
        assert done.returncode == 0, (name, done.stderr)
        assert "Example" in done.stdout, name


def test_version_is_the_ontology_version_info(run_cli) -> None:  # type: ignore[no-untyped-def]
    info = re.search(r'owl:versionInfo "([^"]+)"', (ROOT / "ontology" / "ccpcj.ttl").read_text()).group(1)  # type: ignore[union-attr]
    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"ccpcj-kg {info}"


def test_python_dash_m_runs_the_same_group() -> None:
    done = subprocess.run([sys.executable, "-m", "ccpcj_kg", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("ccpcj-kg ")


def test_unknown_command_and_option_exit_2_without_traceback(run_cli) -> None:  # type: ignore[no-untyped-def]
    for args in (["frobnicate"], ["build", "--no-such-option"], ["build", "--reason", "magic"]):
        done = run_cli(*args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback_of_a_user_error(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    quiet = run_cli("fmt", str(bad))
    loud = run_cli("--debug", "fmt", str(bad))
    assert quiet.returncode == 2 and "Traceback" not in quiet.stderr and f"{bad}:1:" in quiet.stderr
    assert "Traceback" in loud.stderr


def test_a_commands_own_exit_code_reaches_the_shell() -> None:
    """click hands back ctx.exit(code) when not in standalone mode; main() must pass it on."""
    import click

    from ccpcj_kg import cli as cli_module

    @click.command()
    @click.pass_context
    def answer_no(ctx: click.Context) -> None:
        ctx.exit(1)

    cli_module.cli.add_command(answer_no, "answer-no-for-test")
    try:
        try:
            cli_module.main(["answer-no-for-test"])
        except SystemExit as exc:
            assert exc.code == 1
        else:
            raise AssertionError("main() did not exit")
    finally:
        cli_module.cli.commands.pop("answer-no-for-test", None)
