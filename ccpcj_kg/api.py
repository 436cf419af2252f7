"""The Python API: one object for the graph, its store, its saved queries and its checks.

    >>> import ccpcj_kg
    >>> kg = ccpcj_kg.open()                                   # doctest: +SKIP
    >>> kg.query("sponsors-of-document", document="E/CN.15/2022/L.2").to_records()  # doctest: +SKIP

The command line is a thin client of this module: the same parameter typing, name resolution
and errors (:class:`~ccpcj_kg.errors.CcpcjError` subclasses with the messages the CLI prints).
Heavy libraries (rdflib, pySHACL, the ingest) are imported only by the methods that need them.
See ``docs/api.md``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ccpcj_kg import catalog, store
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import PREFIXES
from ccpcj_kg.model.terms import Term
from ccpcj_kg.paths import Home, default_store, find_home
from ccpcj_kg.querying import execute
from ccpcj_kg.results import Answer, Labeler, render, store_labeler

if TYPE_CHECKING:  # imported lazily at run time
    from ccpcj_kg.catalog import SavedQuery
    from ccpcj_kg.ingest.pipeline import Result as IngestOutcome
    from ccpcj_kg.store import BuildResult
    from ccpcj_kg.validation_outcome import Finding, Outcome

ParamValue = str | int | bool | dt.date | ox.NamedNode


@dataclass(frozen=True)
class Cell:
    """One value of a result row: the RDF term and, for an IRI, the label the graph gives it."""

    term: Term
    label: str | None = None

    @property
    def value(self) -> str:
        """The IRI, or the literal's lexical form."""
        return self.term.value if not isinstance(self.term, ox.Triple) else str(self.term)

    @property
    def is_iri(self) -> bool:
        return isinstance(self.term, ox.NamedNode)

    def __str__(self) -> str:
        return self.label or self.value


@dataclass
class Result:
    """The answer to a query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    answer: Answer
    labeler: Labeler
    notes: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """``select``, ``ask`` or ``graph``."""
        return self.answer.kind

    @property
    def variables(self) -> list[str]:
        return list(self.answer.variables)

    @property
    def boolean(self) -> bool:
        """An ASK query's answer."""
        return self.answer.boolean

    @property
    def triples(self) -> list[ox.Triple]:
        """A CONSTRUCT or DESCRIBE query's answer."""
        return list(self.answer.triples)

    def _labels(self) -> dict[str, str]:
        iris = {t.value for row in self.answer.rows for t in row if isinstance(t, ox.NamedNode)}
        return self.labeler(iris) if iris else {}

    @property
    def rows(self) -> list[dict[str, Cell]]:
        """Each row as {variable: Cell} (unbound variables left out), IRIs with their labels."""
        labels = self._labels()
        return [
            {
                var: Cell(term, labels.get(term.value) if isinstance(term, ox.NamedNode) else None)
                for var, term in zip(self.answer.variables, row, strict=False)
                if term is not None
            }
            for row in self.answer.rows
        ]

    def __len__(self) -> int:
        return len(self.answer.rows)

    def to_records(self, labels: bool = True) -> list[dict[str, str | None]]:
        """Rows as plain dicts: ``var`` holds the IRI or lexical value and, with ``labels``,
        ``var_label`` the label of an IRI (None when it has none). Unbound values are None."""
        out: list[dict[str, str | None]] = []
        label_of = self._labels() if labels else {}
        iri_vars = {
            v for row in self.answer.rows for v, t in zip(self.answer.variables, row, strict=False)
            if isinstance(t, ox.NamedNode)
        }
        for row in self.answer.rows:
            record: dict[str, str | None] = {}
            for var, term in zip(self.answer.variables, row, strict=False):
                record[var] = None if term is None else Cell(term).value
                if labels and var in iri_vars:
                    record[f"{var}_label"] = label_of.get(term.value) if isinstance(term, ox.NamedNode) else None
            out.append(record)
        return out

    def to_pandas(self, labels: bool = True) -> Any:
        """A ``pandas.DataFrame`` of :meth:`to_records` (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError:
            raise InputError("to_pandas needs pandas: pip install 'ccpcj-kg[pandas]'") from None
        columns: list[str] = []
        records = self.to_records(labels)
        for var in self.answer.variables:
            columns.append(var)
            if records and f"{var}_label" in records[0]:
                columns.append(f"{var}_label")
        return pd.DataFrame.from_records(records, columns=columns)

    def render(self, fmt: str = "table", *, show_iris: bool | None = None) -> str:
        """The answer as the CLI prints it (``table``, ``csv``, ``tsv``, ``json``, ``xml``, ``md``, ``ttl``)."""
        return render(self.answer, fmt, labeler=self.labeler, show_iris=show_iris)

    def __str__(self) -> str:
        return self.render("table")


@dataclass
class ValidationReport:
    """What :meth:`KnowledgeGraph.validate` found: the verdict and the findings with file and line."""

    outcome: Outcome

    @property
    def conforms(self) -> bool:
        return self.outcome.conforms

    @property
    def results(self) -> list[Finding]:
        """Each finding: ``severity``, ``shape``, ``focus``, ``path``, ``value``, ``message``,
        ``label``, ``file``, ``line``."""
        return list(self.outcome.findings)

    @property
    def violations(self) -> int:
        return self.outcome.violations

    def render(self, fmt: str = "text", show_level: str = "warning") -> str:
        """The report as ``text``, ``json`` or ``turtle`` (the SHACL validation report)."""
        from ccpcj_kg.validation_report import render as render_report

        return render_report(self.outcome, fmt, show_level)

    def summary(self) -> str:
        from ccpcj_kg.validation_report import summary

        return summary(self.outcome)

    def __str__(self) -> str:
        return self.render()


def _as_text(name: str, value: ParamValue) -> str:
    """A parameter value as the CLI would take it from ``--param name=value``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, ox.NamedNode):
        return value.value
    if isinstance(value, int | str):
        return str(value)
    raise InputError(f"parameter {name!r}: cannot use a {type(value).__name__} as a value")


class KnowledgeGraph:
    """The CCPCJ knowledge graph: inputs from a *home*, answers from an embedded store.

    ``home``: the folder with ``ontology/``, ``data/`` and ``queries/`` (default: ``$CCPCJ_KG_HOME``,
    else the data shipped with the package, else the checkout). ``store``: the pyoxigraph store
    folder (default: ``$CCPCJ_KG_STORE``, else the user cache). The store is built on first use and
    rebuilt only when the inputs change.
    """

    def __init__(self, store: str | Path | None = None, home: str | Path | Home | None = None) -> None:
        self.home: Home = home if isinstance(home, Home) else find_home(home)
        # Absolute, not resolved: a symbolic link given as the store is judged as itself (storedir).
        self.store_path: Path = (Path(os.path.abspath(Path(store).expanduser())) if store is not None
                                 else default_store())
        self._db: ox.Store | None = None

    def __repr__(self) -> str:
        return f"KnowledgeGraph(store={str(self.store_path)!r}, home={str(self.home.root)!r})"

    # -- the store -------------------------------------------------------------------------------
    def build(self, *, reason: str = store.DEFAULT_REASON, force: bool = False) -> BuildResult:
        """Load the home's ontology and data into the store (nothing to do when unchanged)."""
        self._db = None
        return store.build(self.store_path, reason=reason, force=force, home=self.home)

    @property
    def db(self) -> ox.Store:
        """The store, read-only, built first when missing or stale."""
        if self._db is None:
            self._db = store.open_read(self.store_path, self.home)
        return self._db

    def labeler(self, lang: str | None = None) -> Labeler:
        """Labels of IRIs in ``lang`` (a BCP 47 tag; English where a thing has none in it)."""
        from ccpcj_kg.labels import language

        return store_labeler(self.db, language(lang))

    # -- questions -------------------------------------------------------------------------------
    def queries(self, tags: Iterable[str] = ()) -> list[SavedQuery]:
        """The saved queries (optionally only those with any of ``tags``, case-insensitive)."""
        saved = catalog.load_all(self.home.queries_dir)
        wanted = {t.casefold() for t in tags}
        return [q for q in saved if not wanted or wanted & {t.casefold() for t in q.tags}]

    def saved_query(self, name: str) -> SavedQuery:
        """One saved query by name (an error naming the close matches when unknown)."""
        return catalog.get(name, self.home.queries_dir)

    def query(self, name: str, params: Mapping[str, ParamValue] | None = None, /, *, lang: str | None = None,
              **kwargs: ParamValue) -> Result:
        """Run a saved query; parameters by keyword (``session=31``) or as a mapping.

        Values are typed and resolved as on the command line: a State by code or any of its
        names, a document by symbol, a session by number. Names that match nothing give an
        empty answer and a note in ``Result.notes``; a value of the wrong type raises InputError.
        ``lang`` (``"fr"``, ``"zh"``…): the language of the result's labels, English where missing
        (``ccpcj_kg.labels``); a saved query's own parameter named ``lang`` goes in ``params``.
        """
        from ccpcj_kg import params as typed
        from ccpcj_kg.labels import language

        wanted = language(lang)  # a malformed tag fails before anything runs
        saved = self.saved_query(name)
        given = {k: _as_text(k, v) for k, v in {**dict(params or {}), **kwargs}.items()}
        typed.check_all(saved, given)  # type errors before the store is opened (or built)
        binding = typed.bind(saved, given, self.db, reasoning=store.built_reason(self.store_path))
        answer = execute(self.db, saved.text, str(saved.path), substitutions=binding.substitutions)
        return Result(answer, store_labeler(self.db, wanted), list(binding.notes))

    def sparql(self, text: str, *, lang: str | None = None) -> Result:
        """Run any SPARQL query over the union of the graphs (the project's prefixes predeclared);
        ``lang`` as for :meth:`query`."""
        if not text.strip():
            raise InputError("<query>: the query is empty")
        from ccpcj_kg.labels import language

        wanted = language(lang)
        return Result(execute(self.db, text, "<query>", prefixes=dict(PREFIXES)), store_labeler(self.db, wanted))

    # -- checks and files ------------------------------------------------------------------------
    def validate(self, paths: Sequence[str | Path] | None = None) -> ValidationReport:
        """Validate new Turtle files in the context of the graph, or (no paths) the whole graph."""
        from ccpcj_kg.validation import read_new_data, validate_all, validate_new

        if paths is None:
            return ValidationReport(validate_all(self.db, self.home))
        if not paths:
            raise InputError("nothing to validate: give the paths of new Turtle files, or None for the whole graph")
        started = time.perf_counter()
        new = read_new_data([Path(p) for p in paths], self.home)  # bad input stops here, before the store
        return ValidationReport(validate_new(self.db, new, self.home, started=started))

    def export(self, format: str = "turtle", graphs: Sequence[str] = (),
               path: str | Path | None = None) -> str | None:
        """The graph serialised deterministically; written atomically to ``path`` when given.

        ``graphs`` empty means ``export.DEFAULT_GRAPHS`` (asserted + inferred + ontology + dataset: what another
        triple store needs for every saved query), as ``ccpcj-kg export`` without ``--graphs``.
        """
        from ccpcj_kg.export import write_export
        from ccpcj_kg.safe_write import atomic_text

        which = (graphs,) if isinstance(graphs, str) else tuple(graphs)
        if path is None:
            buf = io.StringIO()
            write_export(self.db, format, which, buf)
            return buf.getvalue()
        with atomic_text(Path(path), self.source_files()) as fh:
            write_export(self.db, format, which, fh)
        return None

    def source_files(self) -> list[Path]:
        """The files the graph is built from (ontology, shapes, data): never an output's target."""
        from ccpcj_kg import inputs

        return [f.path for f in inputs.input_files(self.home)]

    def ingest(self, report: str | Path, *, session: int | None = None, symbol: str | None = None) -> IngestOutcome:
        """Read an official session report (PDF, Word or text) into triples, names resolved against the graph."""
        from ccpcj_kg.ingest.pipeline import ingest_text, store_labels
        from ccpcj_kg.ingest.source import read_any
        from ccpcj_kg.model.names import Resolver

        text = read_any(Path(report))
        return ingest_text(text, Resolver.from_store(self.db), name=str(report), session=session, symbol=symbol,
                           labels=store_labels(self.db))


def open(store: str | Path | None = None, home: str | Path | None = None) -> KnowledgeGraph:
    """The knowledge graph (see :class:`KnowledgeGraph`); the store is built on first use."""
    return KnowledgeGraph(store=store, home=home)
