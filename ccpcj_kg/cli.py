"""The ``ccpcj-kg`` command group.

Commands live in ``ccpcj_kg/commands/<name>.py`` and are imported only when run, so that
``ccpcj-kg query`` does not pay for rdflib or pySHACL. Errors a user can cause leave with a
one-line message and the exit code of docs/design.md; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ccpcj_kg.errors import CcpcjError

if TYPE_CHECKING:
    from ccpcj_kg.api import KnowledgeGraph

EXIT_INTERNAL = 4

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
    type=click.Path(path_type=Path, file_okay=False),
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
    ctx.obj["home"] = home
    ctx.obj["store"] = store.expanduser().resolve() if store else default_store()
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


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group, turning user errors into messages and exit codes."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        # Without standalone mode click returns a command's ctx.exit(code) instead of exiting.
        returned = cli.main(args=args, prog_name="ccpcj-kg", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("ccpcj-kg: aborted", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code not in (1, 2, 3) else exc.exit_code)
    except CcpcjError as exc:
        if debug:
            raise
        click.echo(f"ccpcj-kg: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"ccpcj-kg: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(returned if isinstance(returned, int) else 0)
