"""The saved-query catalogue: strict ``#+`` headers, and every shipped query well formed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg import catalog, catalog_docs
from ccpcj_kg.errors import InputError
from ccpcj_kg.params import check

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"

GOOD = """\
#+ summary: Sponsors of a document
#+ description: Every sponsorship of the document,
#+   with the State and its paragraph.
#+ tags: [documents, sponsorship]
#+ params:
#+   - name: document
#+     type: document
#+     default: "E/CN.15/2022/L.2"
#+     description: the document's symbol
#+   - name: session
#+     type: session
#+     default: 31
#+     description: the session
#+       number
#+ example: ccpcj-kg query good --param document=E/CN.15/2022/L.5
# an ordinary comment
PREFIX ccpcj: <https://w3id.org/ccpcj-kg/ontology#>
SELECT ?document ?session ?sponsor WHERE { ?s ccpcj:sponsorshipOf ?document ; ccpcj:sponsor ?sponsor .
  ?document ccpcj:atSession ?session }
"""


def write(tmp_path: Path, text: str, name: str = "good") -> Path:
    path = tmp_path / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


def test_header_fields(tmp_path: Path) -> None:
    q = catalog.parse(write(tmp_path, GOOD))
    assert q.name == "good"
    assert q.summary == "Sponsors of a document"
    assert q.description == "Every sponsorship of the document, with the State and its paragraph."
    assert q.tags == ("documents", "sponsorship")
    assert [(p.name, p.type, p.default) for p in q.params] == [
        ("document", "document", "E/CN.15/2022/L.2"),
        ("session", "session", "31"),
    ]
    assert q.params[1].description == "the session number"
    assert q.example.startswith("ccpcj-kg query good")
    assert q.text == GOOD


def test_tags_as_block_list_and_no_params(tmp_path: Path) -> None:
    text = GOOD.replace("#+ tags: [documents, sponsorship]\n", "#+ tags:\n#+   - documents\n#+   - people\n")
    text = text.split("#+ params:")[0] + "#+ example: x\nASK { ?s ?p ?o }\n"
    q = catalog.parse(write(tmp_path, text))
    assert q.tags == ("documents", "people")
    assert q.params == ()


BAD = [
    (GOOD.replace("#+ summary: Sponsors of a document\n", ""), "missing summary"),
    (GOOD.replace("#+ summary:", "#+ sumary:"), "unknown header key 'sumary'"),
    (GOOD.replace("type: session", "type: number"), "unknown type 'number'"),
    (GOOD.replace("#+     description: the document's symbol\n", ""), "is missing description"),
    (GOOD.replace("    default: 31", "    colour: 31"), "unknown parameter key 'colour'"),
    (
        GOOD.replace("?session ?sponsor WHERE", "?sponsor WHERE").replace("ccpcj:atSession ?session", ""),
        "'session' is not used as ?session",
    ),
    (GOOD.replace("[documents, sponsorship]", "[Documents]"), "not lower-case kebab-case"),
    (GOOD.replace("[documents, sponsorship]", "documents"), "inline list"),
    (GOOD + "#+ tags: [late]\n", "must come before the query"),
    (GOOD.replace("#+ summary:", "#+summary:"), "with a space"),
    (GOOD.replace("#+ example:", "#+ summary: again\n#+ example:"), "given twice"),
    (GOOD.replace("#+   - name: session", "#+   - name: document"), "declared twice"),
    (GOOD.replace("#+ params:\n", "#+ params: document\n"), "takes a list"),
    ("SELECT * WHERE { ?s ?p ?o }\n", "no '#+' header"),
    (GOOD.split("PREFIX")[0], "no SPARQL query"),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_headers_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        catalog.parse(write(tmp_path, text))
    assert message in str(err.value)
    assert str(tmp_path / "good.rq") in str(err.value)


def test_header_errors_give_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"good\.rq:4: tags must be an inline list"):
        catalog.parse(write(tmp_path, GOOD.replace("[documents, sponsorship]", "documents")))


def test_file_name_must_be_kebab_case(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="kebab-case"):
        catalog.parse(write(tmp_path, GOOD, name="Bad_Name"))


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(InputError) as err:
        catalog.get("sponsor-of-document", QUERIES)
    assert "did you mean sponsors-of-document" in str(err.value)
    with pytest.raises(InputError, match="ccpcj-kg queries"):
        catalog.get("zzzzzz", QUERIES)
    with pytest.raises(InputError):
        catalog.get("../queries/qc/label-count", QUERIES)  # only names, never paths


def test_qc_queries_are_not_saved_queries() -> None:
    assert not any(name.startswith("qc") for name in catalog.names(QUERIES))


SHIPPED = catalog.load_all(QUERIES)


def test_at_least_thirty_saved_queries() -> None:
    assert len(SHIPPED) >= 30


@pytest.mark.parametrize("q", SHIPPED, ids=[q.name for q in SHIPPED])
def test_shipped_query_is_well_formed(q: catalog.SavedQuery) -> None:
    assert q.summary and q.description and q.tags
    assert q.example.startswith(f"ccpcj-kg query {q.name}")
    for p in q.params:
        check(p, p.default)  # every default has the declared type
    # Valid SPARQL, and every parameter is bindable (SELECT must project it): run on an empty store
    # with a term of the parameter's kind.
    terms: dict[str, ox.NamedNode | ox.Literal] = {
        "string": ox.Literal("x"),
        "integer": ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    }
    subs = {ox.Variable(p.name): terms.get(p.type, ox.NamedNode("https://example.org/x")) for p in q.params}
    ox.Store().query(q.text, substitutions=subs or None, use_default_graph_as_union=True)
    # no project prefix is assumed: each file declares what it uses
    ox.Store().query(q.text, substitutions=subs or None, prefixes={})


def test_docs_catalogue_is_current() -> None:
    """docs/queries.md carries the catalogue generated from the headers (python -m ccpcj_kg.catalog_docs)."""
    doc = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    assert catalog_docs.with_catalogue(doc, SHIPPED) == doc, "run: python -m ccpcj_kg.catalog_docs"
    for q in SHIPPED:
        assert f"### {q.name}\n" in doc


def test_catalogue_markdown_lists_parameters(tmp_path: Path) -> None:
    q = catalog.parse(write(tmp_path, GOOD))
    md = catalog_docs.markdown([q])
    assert "| [`good`](#good) | Sponsors of a document | documents, sponsorship |" in md
    assert "| `document` | document | `E/CN.15/2022/L.2` | the document's symbol |" in md
    with pytest.raises(InputError, match="no catalogue markers"):
        catalog_docs.with_catalogue("# no markers\n", [q])
