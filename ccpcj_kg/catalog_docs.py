"""The catalogue of saved queries in ``docs/queries.md``, generated from their ``#+`` headers.

``python -m ccpcj_kg.catalog_docs`` rewrites it; ``--check`` exits 1 when it is out of date
(``tests/test_catalog.py`` does the same).
"""

from __future__ import annotations

from pathlib import Path

from ccpcj_kg.catalog import SavedQuery, load_all
from ccpcj_kg.errors import InputError

DOC_START = "<!-- catalogue: generated from the #+ headers by `python -m ccpcj_kg.catalog_docs`; do not edit -->"
DOC_END = "<!-- end of catalogue -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(queries: list[SavedQuery]) -> str:
    """The catalogue section of docs/queries.md: an index, then each query in full."""
    out = [DOC_START, "", "| query | what it answers | tags |", "|---|---|---|"]
    out += [f"| [`{q.name}`](#{q.name}) | {_cell(q.summary)} | {', '.join(q.tags)} |" for q in queries]
    for q in queries:
        out += ["", f"### {q.name}", "", f"**{q.summary}**", "", q.description, ""]
        out.append(f"Tags: {', '.join(q.tags)}. File: `queries/{q.name}.rq`.")
        if q.order:
            out += ["", "Rows ordered by " + ", then ".join(f"`{k}`" for k in q.order) + "."]
        if q.params:
            out += ["", "| parameter | type | default | description |", "|---|---|---|---|"]
            out += [f"| `{p.name}` | {p.type} | `{p.default}` | {_cell(p.description)} |" for p in q.params]
        else:
            out += ["", "No parameters."]
        out += ["", "```sh", q.example, "```"]
    out += ["", DOC_END]
    return "\n".join(out) + "\n"


def with_catalogue(document: str, queries: list[SavedQuery]) -> str:
    """``document`` with the text between the catalogue markers replaced by the current catalogue."""
    start, end = document.find(DOC_START), document.find(DOC_END)
    if start < 0 or end < start:
        raise InputError(f"the document has no catalogue markers ({DOC_START} … {DOC_END})")
    return document[:start] + markdown(queries) + document[end + len(DOC_END) + 1 :]


def main(argv: list[str] | None = None) -> int:
    """``python -m ccpcj_kg.catalog_docs [--check] [DOC]``: regenerate (or check) docs/queries.md."""
    import sys

    from ccpcj_kg.paths import find_home

    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    home = find_home()
    doc = Path(paths[0]) if paths else home.docs_dir / "queries.md"
    current = doc.read_text(encoding="utf-8")
    fresh = with_catalogue(current, load_all(home.queries_dir))
    if fresh == current:
        return 0
    if check:
        print(f"{doc} is out of date: run python -m ccpcj_kg.catalog_docs", file=sys.stderr)
        return 1
    doc.write_text(fresh, encoding="utf-8")
    print(f"rewrote the catalogue in {doc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
