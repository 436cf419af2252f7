"""``ccpcj-kg site -o DIR``: the server's pages as a static site, ready to host.

Written: ``index.html``; per ``/id/`` resource ``id/PATH.html``, ``.ttl`` (canonical Turtle) and
``.jsonld``; ``search.html`` (searches ``search-index.json`` in the browser); ``ontology.html`` and
``ontology.ttl``; ``queries.html`` and per saved query ``queries/NAME.html`` (the answer for the
default parameters), ``.csv`` and ``.json``; ``charts.html`` and each chart with its JSON;
``sparql-editor.html`` (sends queries to ``--endpoint``); ``void.ttl``; ``sitemap.xml``; ``static/``.

Every page goes through the same templates as the server, with relative links, so the folder
works from any host path or from the disk. The output is deterministic (sorted, no dates).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import ID
from ccpcj_kg.results import Answer
from ccpcj_kg.web import chart_pages, editor, saved
from ccpcj_kg.web import negotiation as neg
from ccpcj_kg.web.app import STATIC
from ccpcj_kg.web.entity import EntityBuilder
from ccpcj_kg.web.graph import WebGraph
from ccpcj_kg.web.links import Links, entity_path
from ccpcj_kg.web.ontology_docs import OntologyReader
from ccpcj_kg.web.pages import entity_data
from ccpcj_kg.web.render import page
from ccpcj_kg.web.workers import Job, run

VOID = "http://rdfs.org/ns/void#"
MAX_RESULT_BYTES = 50_000_000
MAX_ROWS = 100_000


@dataclass
class SiteReport:
    folder: Path
    pages: int
    resources: int
    files: int


class SiteWriter:
    """Writes every page of the site into ``folder`` (which must be empty or absent)."""

    def __init__(self, graph: WebGraph, folder: Path, *, endpoint: str = "", base_url: str = "",
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.graph, self.folder = graph, folder
        self.endpoint, self.base_url = endpoint, base_url.rstrip("/")
        self.progress = progress
        self.pages = 0
        self.files = 0

    # -- writing -----------------------------------------------------------------------------------
    def _write(self, relative: str, data: bytes | str) -> None:
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.files += 1

    def _page(self, relative: str, template: str, **context: Any) -> None:
        links = Links.for_site_page(relative)
        self._write(relative, page(template, links=links, static=True, **context))
        self.pages += 1

    # -- parts -------------------------------------------------------------------------------------
    def write(self) -> SiteReport:
        if self.folder.exists() and any(self.folder.iterdir()):
            raise InputError(f"{self.folder}: the output folder is not empty (give a new or empty folder)")
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.copytree(STATIC, self.folder / "static")
        resources = self.entities()
        self._page("index.html", "home.html", counts={"resources": len(resources), "graphs": len(self.graph.graphs())})
        self._page("search.html", "search_static.html")
        self._write("search-index.json", json.dumps(self.search_index(), ensure_ascii=False, separators=(",", ":")))
        self._page("ontology.html", "ontology.html", o=OntologyReader(self.graph).document())
        self._write("ontology.ttl", self.graph.kg.home.ontology_file.read_bytes())
        self.saved_queries()
        self.charts()
        self.editor()
        self._write("prefixes.json", json.dumps(self.graph.prefixes(), indent=1, sort_keys=True))
        self._write("void.ttl", self.void(len(resources)))
        self._write("sitemap.xml", self.sitemap(resources))
        return SiteReport(self.folder, self.pages, len(resources), self.files)

    def entities(self) -> list[str]:
        builder = EntityBuilder(self.graph)
        resources = self.graph.resources()
        for n, iri in enumerate(resources, start=1):
            path = entity_path(iri)
            model = builder.build(iri)
            if path is None or model is None:
                continue
            self._page(f"id/{path}.html", "entity.html", e=model, path=path)
            triples = self.graph.description(iri)
            self._write(f"id/{path}.ttl", entity_data(triples, neg.TURTLE))
            self._write(f"id/{path}.jsonld", entity_data(triples, neg.JSON_LD))
            if self.progress and n % 200 == 0:
                self.progress(n, len(resources))
        return resources

    def search_index(self) -> list[list[str]]:
        """``[[name, label, path], …]`` for the static search page (one row per name)."""
        rows = {(n.text, n.label, entity_path(n.iri) or "") for n in self.graph.names}
        return [list(r) for r in sorted(rows)]

    def _answer(self, query: saved.SavedQuery, accept: str | None) -> tuple[Answer | None, bytes, str]:
        binding = self.graph.bind(query, {})
        job = Job(text=query.text, accept=accept, materialise=accept is None, origin=query.name,
                  substitutions={v.value: t for v, t in binding.substitutions.items()})
        outcome = run(self.graph.store, job, MAX_RESULT_BYTES, MAX_ROWS)
        if outcome.status != 200:
            raise InputError(f"{query.name}: {outcome.message}")
        return outcome.answer, outcome.body, outcome.media_type

    def saved_queries(self) -> None:
        queries = self.graph.saved_queries()
        self._page("queries.html", "queries.html", queries=queries)
        for q in queries:
            answer, _, _ = self._answer(q, None)
            assert answer is not None
            iris = {t.value for row in answer.rows for t in row if isinstance(t, ox.NamedNode)}
            result = saved.table(answer, self.graph.labels(iris))
            values = {p.name: p.default for p in q.params}
            self._page(f"queries/{q.name}.html", "saved_query.html", q=q, values=values, result=result, error="",
                       notes=[], expected=saved.EXPECTED, input_types=saved.INPUT_TYPES, query_string="")
            if answer.kind != "graph":
                self._write(f"queries/{q.name}.csv", self._answer(q, "text/csv")[1])
                self._write(f"queries/{q.name}.json", self._answer(q, "application/sparql-results+json")[1])

    def charts(self) -> None:
        listed = chart_pages.chart_list(self.graph)
        self._page("charts.html", "charts.html", charts=listed)
        for c in listed:
            kind, session = str(c["kind"]), c["session"]
            name = kind if session is None else f"{kind}-{session}"
            data = chart_pages.chart_data(self.graph, kind, session if isinstance(session, int) else None)
            self._write(f"charts/{name}.json", json.dumps(data, ensure_ascii=False, indent=1))
            self._page(f"charts/{name}.html", "chart.html", kind=kind, title=str(c["title"]), src=f"{name}.json")

    def editor(self) -> None:
        examples = editor.examples(self.graph)
        links = Links.for_site_page("sparql-editor.html")
        config = editor.editor_config(self.graph, self.endpoint, links.base, links.suffix, examples)
        self._page("sparql-editor.html", "query.html", endpoint=self.endpoint or "(no endpoint configured)",
                   examples=examples, config_json=config)

    def void(self, count: int) -> str:
        base = self.base_url or ID.rstrip("/").rsplit("/", 1)[0]
        lines = [
            f"@prefix void: <{VOID}> .",
            "@prefix dcterms: <http://purl.org/dc/terms/> .",
            "",
            f"<{base}/void.ttl#dataset> a void:Dataset ;",
            '    dcterms:title "CCPCJ knowledge graph"@en ;',
            f"    void:uriSpace \"{ID}\" ;",
            f"    void:entities {count} ;",
            f"    void:rootResource <{ID}session/31> ;",
            f"    void:dataDump <{base}/id/> ;",
        ]
        if self.endpoint:
            lines.append(f"    void:sparqlEndpoint <{self.endpoint}> ;")
        lines.append(f"    void:vocabulary <{ID.replace('/id/', '/ontology')}> .")
        return "\n".join(lines) + "\n"

    def sitemap(self, resources: list[str]) -> str:
        base = self.base_url or ID.rstrip("/").rsplit("/", 1)[0]
        urls = [f"{base}/", f"{base}/ontology", f"{base}/queries", f"{base}/charts"]
        urls += [iri for iri in resources if entity_path(iri)]
        body = "".join(f"  <url><loc>{_xml(u)}</loc></url>\n" for u in urls)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
