"""Releases: no IRI a release published disappears without a deprecation (docs/releasing.md).

``releases/X.Y.Z.iris`` lists every project IRI that release's data and ontology used
(``scripts/release_snapshot.py``). Each must still be used by the graph, or be deprecated there:
``owl:deprecated true`` with a ``dcterms:isReplacedBy`` that the graph uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.model.namespaces import DCTERMS, GRAPH_DATA_PREFIX, GRAPH_ONTOLOGY, OWL

ROOT = Path(__file__).resolve().parent.parent
RELEASES = sorted((ROOT / "releases").glob("*.iris"))
BASE = "https://w3id.org/ccpcj-kg/"
DEPRECATED = ox.NamedNode(OWL + "deprecated")
REPLACED_BY = ox.NamedNode(DCTERMS + "isReplacedBy")


def _graphs(kg: ox.Store) -> list[ox.NamedNode]:
    return [g for g in kg.named_graphs() if isinstance(g, ox.NamedNode)
            and (g.value.startswith(GRAPH_DATA_PREFIX) or g.value == GRAPH_ONTOLOGY)]


def usage(kg: ox.Store) -> tuple[set[str], dict[str, set[str]]]:
    """IRIs the graph uses (outside deprecation statements), and deprecated IRI → replacements."""
    used: set[str] = set()
    deprecated: dict[str, set[str]] = {}
    for graph in _graphs(kg):
        for q in kg.quads_for_pattern(None, None, None, graph):
            s = q.subject.value if isinstance(q.subject, ox.NamedNode) else None
            if q.predicate == DEPRECATED and isinstance(q.object, ox.Literal) and q.object.value == "true" and s:
                deprecated.setdefault(s, set())
                continue
            if q.predicate == REPLACED_BY and s and isinstance(q.object, ox.NamedNode):
                deprecated.setdefault(s, set()).add(q.object.value)
                continue
            for term in (q.subject, q.predicate, q.object):
                if isinstance(term, ox.NamedNode):
                    used.add(term.value)
                elif isinstance(term, ox.Literal):
                    used.add(term.datatype.value)
    return used, deprecated


def test_there_is_a_list_for_the_first_release() -> None:
    names = [p.stem for p in RELEASES]
    assert "1.0.0" in names
    assert all(re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", n) for n in names)
    first = (ROOT / "releases" / "1.0.0.iris").read_text(encoding="utf-8").splitlines()
    assert len(first) > 2000 and first == sorted(first) and all(i.startswith(BASE) for i in first)
    assert "https://w3id.org/ccpcj-kg/id/state/KEN" in first


@pytest.mark.parametrize("release", RELEASES, ids=[p.stem for p in RELEASES])
def test_no_published_iri_disappears_without_deprecation(kg: ox.Store, release: Path) -> None:
    used, deprecated = usage(kg)
    gone = [i for i in release.read_text(encoding="utf-8").split() if i not in used and i not in deprecated]
    assert not gone, (f"{len(gone)} IRIs of {release.stem} are gone without "
                      f"owl:deprecated/dcterms:isReplacedBy: {gone[:20]}")


def test_deprecations_name_a_replacement_in_use_and_are_not_used_elsewhere(kg: ox.Store) -> None:
    used, deprecated = usage(kg)
    problems = [f"{old}: no replacement" for old, new in deprecated.items() if not new]
    problems += [f"{old}: replacement {n} is not in the graph" for old, new in deprecated.items()
                 for n in new if n not in used]
    # A term of the ontology stays declared when deprecated; a data IRI is no longer used.
    problems += [f"{old}: still used by the data" for old in deprecated
                 if old in used and not old.startswith(BASE + "ontology#")]
    assert not problems, "\n".join(problems)
    assert len(deprecated) >= 10  # the 9 data IRIs of 1.0.0 replaced in 1.1.0, and ccpcj:regionalGroup


def test_citation_file_gives_the_ontology_version() -> None:
    from ccpcj_kg.version import ontology_version

    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    version = ontology_version(ROOT / "ontology" / "ccpcj.ttl")
    assert version
    assert re.search(rf'^version: "{re.escape(version)}"$', text, re.MULTILINE)
    assert f"https://w3id.org/ccpcj-kg/ontology/{version}" in text
    assert "cff-version: 1.2.0" in text and "CC-BY-4.0" in text and "MIT" in text


def test_licence_files_and_pyproject_agree() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert (ROOT / "LICENSE-DATA").read_text(encoding="utf-8").startswith(
        "Creative Commons Attribution 4.0 International Public License")
    assert 'license = "MIT AND CC-BY-4.0"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
