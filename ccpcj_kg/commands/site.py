"""``ccpcj-kg site -o DIR``: write the web pages as a static site (see ``ccpcj_kg/web/site.py``)."""

from __future__ import annotations

from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.errors import InputError


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg site -o public/
  ccpcj-kg site -o public/ --endpoint https://query.example.org/sparql --base-url https://w3id.org/ccpcj-kg

One HTML page per /id/ resource with its .ttl and .jsonld, the ontology documentation, the saved
queries' answers for their default parameters (HTML, CSV, JSON), the charts, a search page, a
VoID description and a sitemap. The folder must be new or empty. docs/publishing.md shows how
the https://w3id.org/ccpcj-kg/ IRIs redirect to it with content negotiation.""",
)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The folder to write (new or empty).")
@click.option("--endpoint", default="", metavar="URL",
              help="The SPARQL endpoint the site's query page sends queries to (a production store).")
@click.option("--base-url", default="", metavar="URL",
              help="Where the site will be served from, for the sitemap and VoID [default: https://w3id.org/ccpcj-kg].")
@click.pass_context
def command(ctx: click.Context, output: Path, endpoint: str, base_url: str) -> None:
    """Write the pages of `ccpcj-kg serve` as a static site in DIR."""
    try:
        from ccpcj_kg.web.graph import WebGraph
        from ccpcj_kg.web.site import SiteWriter
    except ImportError as exc:
        raise InputError(
            f"the static site needs the web extra: pip install 'ccpcj-kg[web]' ({exc.name} is missing)"
        ) from None

    def progress(done: int, total: int) -> None:
        click.echo(f"  {done}/{total} resources", err=True)

    report = SiteWriter(WebGraph(knowledge_graph(ctx)), output, endpoint=endpoint, base_url=base_url,
                        progress=progress).write()
    click.echo(f"wrote {report.pages} pages ({report.resources} resources, {report.files} files) to {report.folder}")
