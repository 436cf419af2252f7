"""``ccpcj-kg build``: load the inputs into the embedded store, only when they changed."""

from __future__ import annotations

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.store import DEFAULT_REASON, REASON_MODES


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg build
  ccpcj-kg build --force --reason none
  ccpcj-kg --store /tmp/kg build""",
)
@click.option(
    "--reason",
    type=click.Choice(REASON_MODES),
    default=DEFAULT_REASON,
    show_default=True,
    help="Which entailments to materialise into the `inferred` graph.",
)
@click.option("--force", is_flag=True, help="Rebuild even when no input changed.")
@click.pass_context
def command(ctx: click.Context, reason: str, force: bool) -> None:
    """Load ontology/, data/ (one named graph per file) into the embedded store.

    Does nothing when the inputs' content hash is unchanged. When only data files changed, applies
    them to the previous version (their graphs, the inferred graph and the description updated in
    place of a rebuild); `--force` rebuilds everything. A file that does not parse stops the build
    with its file, line and column, and leaves the previous store as it was.
    """
    kg = knowledge_graph(ctx)
    store = kg.store_path
    result = kg.build(reason=reason, force=force)
    if not result.rebuilt:
        click.echo(f"store is up to date ({store})")
        return
    total = sum(result.graphs.values())
    how = f" (applied {', '.join(result.applied)} to the previous version)" if result.applied else ""
    click.echo(
        f"built {store}: {total} asserted triples in {len(result.graphs)} graphs, "
        f"{result.inferred} inferred, {result.seconds:.2f} s{how}"
    )
