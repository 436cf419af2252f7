"""``ccpcj-kg queries``: the saved queries with their summaries and parameters."""

from __future__ import annotations

import json

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.errors import InputError


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg queries                       every saved query, its summary and parameters
  ccpcj-kg queries --tag sponsorship     only those tagged 'sponsorship'
  ccpcj-kg queries state-profile         one query in full: description, parameters, example
  ccpcj-kg queries --names               names only (for scripts)
  ccpcj-kg queries --format json""",
)
@click.argument("name", required=False)
@click.option("--tag", "tags", multiple=True, help="Only queries with this tag (repeat: any of them).")
@click.option("--names", "names_only", is_flag=True, help="Print the names only, one a line.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(name: str | None, tags: tuple[str, ...], names_only: bool, fmt: str) -> None:
    """List the saved queries in queries/ (or show one in full)."""
    from ccpcj_kg.params import EXPECTED

    kg = knowledge_graph(click.get_current_context())
    if name:
        saved = [kg.saved_query(name)]
    else:
        saved = kg.queries()
        if tags:  # case-insensitive, as the API's
            known = {t.casefold(): t for q in saved for t in q.tags}
            unknown = [t for t in tags if t.casefold() not in known]
            if unknown:
                raise InputError(f"no saved query has tag {unknown[0]!r} (tags: {', '.join(sorted(known.values()))})")
            saved = kg.queries(tags)
    if names_only:
        for q in saved:
            click.echo(q.name)
        return
    if fmt == "json":
        doc = [
            {
                "name": q.name,
                "summary": q.summary,
                "description": q.description,
                "tags": list(q.tags),
                "params": [vars(p) for p in q.params],
                "example": q.example,
            }
            for q in saved
        ]
        click.echo(json.dumps(doc, ensure_ascii=False, indent=1))
        return
    if name:
        q = saved[0]
        click.echo(f"{q.name}: {q.summary}\n")
        click.echo(click.wrap_text(q.description, width=100) + "\n")
        click.echo(f"tags: {', '.join(q.tags)}")
        if q.params:
            click.echo("parameters:")
            for p in q.params:
                click.echo(f"  {p.name} ({p.type}, default {p.default!r}): {p.description}")
                click.echo(f"      accepts {EXPECTED[p.type]}")
        click.echo(f"example: {q.example}")
        return
    width = max((len(q.name) for q in saved), default=0)
    for q in saved:
        click.echo(f"{q.name.ljust(width)}  {q.summary}")
        if q.params:
            shown = ", ".join(f"{p.name}:{p.type}={p.default}" for p in q.params)
            click.echo(f"{''.ljust(width)}    params: {shown}")
        click.echo(f"{''.ljust(width)}    tags: {', '.join(q.tags)}")
    click.echo(f"({len(saved)} quer{'y' if len(saved) == 1 else 'ies'}; `ccpcj-kg queries NAME` for details)")
