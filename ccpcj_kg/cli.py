"""The ``ccpcj-kg`` command group.

Commands live in ``ccpcj_kg/commands/<name>.py`` and are imported only when run, so that
``ccpcj-kg query`` does not pay for rdflib or pySHACL. Errors a user can cause leave with a
one-line message and the exit code of docs/design.md; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import importlib.util
import os
import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from ccpcj_kg.errors import EXIT_BAD_INPUT, CcpcjError, InputError

if TYPE_CHECKING:
    from ccpcj_kg.api import KnowledgeGraph

EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

# name -> (module, one-line help). Order is the order `--help` lists them in.
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("ccpcj_kg.commands.build", "Load ontology/ and data/ into the embedded store (only when changed)."),
    "stats": ("ccpcj_kg.commands.stats", "Count triples by named graph and resources by class."),
    "validate": ("ccpcj_kg.commands.validate", "Check new data files (or --all) against the SHACL shapes."),
    "queries": ("ccpcj_kg.commands.queries", "List the saved queries with their parameters."),
    "query": ("ccpcj_kg.commands.query", "Run a saved query by name, with parameters."),
    "sparql": ("ccpcj_kg.commands.sparql", "Run any SPARQL query (text or file)."),
    "export": ("ccpcj_kg.commands.export", "Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML."),
    "push": ("ccpcj_kg.commands.push", "Load the graph into a remote SPARQL store."),
    "ingest": ("ccpcj_kg.commands.ingest", "Turn an official CCPCJ session report into Turtle."),
    "fmt": ("ccpcj_kg.commands.fmt", "Rewrite Turtle files in canonical form (or --check them)."),
    "serve": ("ccpcj_kg.commands.serve", "Serve a SPARQL endpoint, entity pages, saved queries and charts."),
    "site": ("ccpcj_kg.commands.site", "Write the same pages as a static site, ready to host."),
}


class LazyGroup(click.Group):
    """A click group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _) in COMMANDS.items() if _available(module)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        added = super().get_command(ctx, cmd_name)  # commands registered with add_command
        if added is not None:
            return added
        entry = COMMANDS.get(cmd_name)
        if entry is None or not _available(entry[0]):
            return None
        command = importlib.import_module(entry[0]).command
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Examples:
  ccpcj-kg build                      build the embedded store (no-op when nothing changed)
  ccpcj-kg stats                      triples by graph, resources by class
  ccpcj-kg queries                    list saved queries
  ccpcj-kg query sponsors-of-document --param document=E/CN.15/2022/L.2
  ccpcj-kg validate new-session.ttl   check a curator's file before merging

Exit codes: 0 success; 1 does not conform / answer is no; 2 bad input or usage;
3 unreachable or failing remote store; 4 internal error (a bug: rerun with --debug).""",
)
@click.option(
    "--home",
    type=click.Path(path_type=Path),
    is_eager=True,
    help="Folder with ontology/, data/ and queries/ (a checkout) [env var: CCPCJ_KG_HOME; "
    "default: the checkout of an editable install, else the data shipped with the package].",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx, value),
    help="Show the version (the ontology's owl:versionInfo) and exit.",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path),  # checked by ccpcj_kg.storedir.check_location, in one line
    envvar="CCPCJ_KG_STORE",
    show_envvar=True,
    help="Embedded store folder [default: $XDG_CACHE_HOME/ccpcj-kg/store].",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, store: Path | None, debug: bool) -> None:
    """ccpcj-kg: the knowledge graph of the UN Commission on Crime Prevention and Criminal Justice."""
    from ccpcj_kg.paths import default_store

    ctx.ensure_object(dict)
    if store is not None and not str(store).strip():
        raise InputError("--store (or $CCPCJ_KG_STORE) is blank: name the store folder, or leave it unset")
    ctx.obj["home"] = home
    # Absolute but not resolved: a symbolic link given as the store is judged as itself.
    ctx.obj["store"] = Path(os.path.abspath(store.expanduser())) if store else default_store()
    ctx.obj["debug"] = debug


def _print_version(ctx: click.Context, value: bool) -> None:
    """``--version``: the version of the home in use (``--home`` given before it counts)."""
    if not value or ctx.resilient_parsing:
        return
    from ccpcj_kg.version import version_of

    click.echo(f"ccpcj-kg {version_of(ctx.params.get('home'))}")
    ctx.exit(0)


def knowledge_graph(ctx: click.Context) -> KnowledgeGraph:
    """The API object for the group's ``--store`` and ``--home`` (the one way commands reach the graph)."""
    from ccpcj_kg.api import KnowledgeGraph

    obj = ctx.find_root().obj or {}
    kg = obj.get("kg")
    if kg is None:
        kg = obj["kg"] = KnowledgeGraph(store=store_option(ctx), home=obj.get("home"))
    assert isinstance(kg, KnowledgeGraph)
    return kg


def store_option(ctx: click.Context) -> Path:
    """The store folder chosen with the group's ``--store`` (or its default)."""
    root = ctx.find_root()
    obj = root.obj or {}
    store = obj.get("store")
    if store is None:
        from ccpcj_kg.paths import default_store

        store = default_store()
    return Path(store)


def _notes_to_stderr() -> None:
    """Library modules report what they repaired (a damaged store rebuilt, …) through logging;
    the command shows those as one ``ccpcj-kg: note:`` line each."""
    import logging

    logger = logging.getLogger("ccpcj_kg")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("ccpcj-kg: note: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


class _ClosedStdout:
    """Stands in for a standard output the shell closed (``>&-``): writing to it is an error,
    not output silently lost."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass


_OUTPUT_ERRNOS = (errno.ENOSPC, errno.EBADF, errno.EDQUOT, errno.EIO, errno.EFBIG)


def _world_fault(exc: OSError) -> str:
    """One line for an operating-system error that is the machine's, not a bug: the path, the cause."""
    where = exc.filename if exc.filename is not None else None
    cause = exc.strerror or str(exc)
    if exc.errno is None and ("Corruption" in cause or "IO error" in cause):  # RocksDB
        first = cause.splitlines()[0].split("  ")[0]
        full = re.search(r"(No space left on device|File too large|Disk quota exceeded|Read-only file system)", cause)
        if full:  # the disk, not the store: what was published is intact, the failed build is cleaned up
            path = re.search(r"(/\S+?)(?:/staging/|/versions/|: )", first)
            where = f" in {path.group(1)}" if path else ""
            return f"cannot write the store{where} ({full.group(1)}); free some space and run the command again"
        return f"the store is damaged ({first}); run `ccpcj-kg build --force`"
    return f"{where}: {cause}" if where else cause


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _say(text: str) -> None:
    """Print a failure as the one line the exit code goes with: a newline or other control
    character inside it (a file name with a newline, a pasted parameter) is shown escaped."""
    escaped = _CONTROL.sub(lambda m: {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(m.group(), f"\\x{ord(m.group()):02x}"),
                           text.rstrip("\n"))
    click.echo(escaped, err=True)


def _flush_stdout() -> None:
    """Flush standard output here, where a full disk or closed output can still be reported."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        _say(f"ccpcj-kg: cannot write to standard output ({exc.strerror or exc})")
        sys.exit(EXIT_BAD_INPUT)


def _silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the interpreter's last flush is quiet."""
    try:
        target = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # the closed-output stand-in: nothing buffered
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, target)
    except OSError:
        pass
    finally:
        os.close(devnull)


def _leave(code: int) -> NoReturn:
    """Exit with ``code``; at once when a query abandoned by Ctrl-C or --timeout is still running in
    its worker thread (an orderly exit would wait for the evaluation to end)."""
    if threading.active_count() > 1:
        sys.stderr.flush()
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group, turning user errors and the machine's faults into one line
    and the documented exit code; only a bug leaves with 4."""
    args = sys.argv[1:] if argv is None else argv
    _notes_to_stderr()
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
    debug = "--debug" in args
    try:
        # Without standalone mode click returns a command's ctx.exit(code) instead of exiting.
        returned = cli.main(args=args, prog_name="ccpcj-kg", standalone_mode=False)
    except click.exceptions.Exit as exc:
        _flush_stdout()
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        # click turns a broken pipe (``| head``) into exit 1, our "no"; the reader left: exit 0.
        if exc.code == 1 and type(sys.stdout).__name__ == "_PacifyFlushWrapper":
            sys.exit(0)
        raise
    except (click.Abort, KeyboardInterrupt):
        click.echo("ccpcj-kg: interrupted", err=True)
        _leave(EXIT_INTERRUPTED)
    except click.UsageError as exc:  # one line, like every other bad input
        where = exc.ctx.command_path if exc.ctx else "ccpcj-kg"
        _say(f"ccpcj-kg: {exc.format_message().rstrip('.')} (see `{where} --help`)")
        sys.exit(EXIT_BAD_INPUT)
    except click.ClickException as exc:
        _say(f"ccpcj-kg: {exc.format_message()}")
        sys.exit(EXIT_BAD_INPUT if exc.exit_code not in (1, 2, 3) else exc.exit_code)
    except CcpcjError as exc:
        if debug:
            raise
        _say(f"ccpcj-kg: {exc}")
        _leave(exc.exit_code)
    except BrokenPipeError:  # the reader of our output left (| head): not an error of ours
        _silence_stdout()
        sys.exit(0)
    except OSError as exc:  # disk full, permission denied, closed output…: the machine's faults
        if debug:
            raise
        if exc.filename is None and exc.errno in _OUTPUT_ERRNOS:  # files name themselves; this is stdout
            _silence_stdout()
            _say(f"ccpcj-kg: cannot write to standard output ({exc.strerror or exc})")
        else:
            _say(f"ccpcj-kg: {_world_fault(exc)}")
        sys.exit(EXIT_BAD_INPUT)
    except RuntimeError as exc:
        if debug:
            raise
        if "Corruption" in str(exc) or "IO error" in str(exc):  # RocksDB found damage while reading
            _say(f"ccpcj-kg: {_world_fault(OSError(str(exc)))}")
            sys.exit(EXIT_BAD_INPUT)
        _say(f"ccpcj-kg: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        sys.exit(EXIT_INTERNAL)
    except Exception as exc:
        if debug:
            raise
        _say(f"ccpcj-kg: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        sys.exit(EXIT_INTERNAL)
    _flush_stdout()
    sys.exit(returned if isinstance(returned, int) else 0)
