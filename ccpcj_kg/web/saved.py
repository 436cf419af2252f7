"""The saved queries on the web (as grlc does for a repository of ``.rq`` files).

- ``/queries``: the index; ``/queries/NAME``: a form with the typed parameters (defaults filled
  in) and the answer as an HTML table with links to entity pages;
- ``/queries/NAME.csv`` and ``/queries/NAME.json``: the same answer as SPARQL CSV and SPARQL JSON
  (parameters in the URL's query string); ``Accept`` works on ``/queries/NAME`` too.

Parameters are checked and resolved exactly as ``ccpcj-kg query`` does (``params.bind``), and
bound as RDF terms, never pasted into the text; the query runs on the query pool.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ccpcj_kg.catalog import SavedQuery
from ccpcj_kg.errors import InputError
from ccpcj_kg.labels import DEFAULT_LANGUAGE
from ccpcj_kg.params import EXPECTED
from ccpcj_kg.results import Answer, compact
from ccpcj_kg.web import negotiation as neg
from ccpcj_kg.web import openapi
from ccpcj_kg.web.pages import html, not_found, page_language
from ccpcj_kg.web.protocol import from_outcome, plain
from ccpcj_kg.web.workers import Job, Outcome

DATA_SUFFIXES = {".csv": neg.RESULTS_CSV, ".json": neg.RESULTS_JSON}
INPUT_TYPES = {"integer": "number", "date": "date"}


@dataclass
class Cell:
    text: str
    iri: str | None = None


@dataclass
class Table:
    """An answer ready for a template: a SELECT table, a yes/no, or a graph as Turtle."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    boolean: bool = False
    turtle: str = ""


def given_values(query: SavedQuery, request: Request) -> dict[str, str]:
    """The declared parameters present in the URL (others, like ``run``, are ignored)."""
    return {p.name: request.query_params[p.name] for p in query.params if p.name in request.query_params}


def table(answer: Answer, labels: dict[str, str]) -> Table:
    if answer.kind == "ask":
        return Table("ask", boolean=answer.boolean)
    if answer.kind == "graph":
        from ccpcj_kg.canonical import to_turtle

        return Table("graph", turtle=to_turtle((t.subject, t.predicate, t.object) for t in answer.triples))  # type: ignore[misc]
    rows = []
    for row in answer.rows:
        cells = []
        for term in row:
            if isinstance(term, ox.NamedNode):
                cells.append(Cell(labels.get(term.value) or compact(term.value), term.value))
            elif term is None:
                cells.append(Cell(""))
            else:
                cells.append(Cell(term.value if isinstance(term, ox.Literal | ox.BlankNode) else str(term)))
        rows.append(cells)
    return Table("select", answer.variables, rows)


async def run_saved(request: Request, query: SavedQuery, given: dict[str, str], *, accept: str | None,
                    materialise: bool) -> tuple[Outcome, list[str]]:
    """Bind and run ``query``; the outcome and the notes on names that matched nothing."""
    app = request.app.state.web
    binding = app.graph.bind(query, given)
    job = Job(text=query.text, accept=accept, substitutions={v.value: t for v, t in binding.substitutions.items()},
              materialise=materialise, origin=query.name)
    return await app.pool.run(job), binding.notes


def index(request: Request) -> Response:
    app = request.app.state.web
    return html(request, "queries.html", queries=app.graph.saved_queries())


async def saved_query(request: Request) -> Response:
    app = request.app.state.web
    name: str = request.path_params["name"]
    fmt: neg.Format | None = None
    for suffix, data_format in DATA_SUFFIXES.items():
        if name.endswith(suffix):
            name, fmt = name[: -len(suffix)], data_format
    try:
        query = app.graph.saved_query(name)
    except InputError as exc:
        return not_found(request, str(exc)) if fmt is None else plain(404, str(exc))
    if fmt is None:
        wanted = neg.choose(request.headers.get("accept"), (neg.HTML, *neg.RESULT_FORMATS))
        if wanted is not None and wanted is not neg.HTML:
            fmt = wanted
    given = given_values(query, request)
    if fmt is not None:  # data for a program
        try:
            outcome, _ = await run_saved(request, query, given, accept=fmt.media_type, materialise=False)
        except InputError as exc:
            return plain(400, str(exc))
        return from_outcome(outcome)
    values = {p.name: given.get(p.name, p.default) for p in query.params}
    error, result, notes = "", None, list[str]()
    lang = DEFAULT_LANGUAGE
    try:
        lang = page_language(request)
        outcome, notes = await run_saved(request, query, given, accept=None, materialise=True)
        if outcome.answer is None:
            error = outcome.message
        else:
            answer = outcome.answer
            iris = {t.value for row in answer.rows for t in row if isinstance(t, ox.NamedNode)}
            result = table(answer, app.graph.labels(iris, lang))
    except InputError as exc:
        error = str(exc)
    return html(request, "saved_query.html", status=400 if error else 200, q=query, values=values,
                result=result, error=error, notes=notes, expected=EXPECTED, input_types=INPUT_TYPES,
                query_string=request.url.query, lang=lang, asked_lang=request.query_params.get("lang"))


def openapi_json(request: Request) -> Response:
    """``/openapi.json``: every saved query as a GET operation."""
    app = request.app.state.web
    return JSONResponse(openapi.document(app.graph.saved_queries(), str(request.base_url).rstrip("/")))
