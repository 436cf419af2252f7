"""The dataset description (graph …/graph/dataset): valid against ontology/dataset-shapes.ttl, and
its figures equal what the graph holds, recounted here without the description's queries."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate

from ccpcj_kg.dataset import DATASET
from ccpcj_kg.labels import UN_LANGUAGES
from ccpcj_kg.model.namespaces import DCTERMS, GRAPH_DATA_PREFIX, GRAPH_DATASET, ID, OWL, RDF, SKOS, VOID, WIKIDATA
from ccpcj_kg.version import ontology_version

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "dataset-shapes.ttl"


def description(kg: ox.Store) -> rdflib.Graph:
    g = rdflib.Graph()
    for q in kg.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_DATASET)):
        g.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    return g


def value(g: rdflib.Graph, s: str, p: str) -> rdflib.term.Node:
    found = list(g.objects(rdflib.URIRef(s), rdflib.URIRef(p)))
    assert len(found) == 1, (s, p, found)
    return found[0]


def data_quads(kg: ox.Store) -> list[ox.Quad]:
    graphs = [g for g in kg.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_DATA_PREFIX)]
    return [q for g in graphs for q in kg.quads_for_pattern(None, None, None, g)]


def with_sources(g: rdflib.Graph) -> rdflib.Graph:
    """The description plus the data's sources (a linkset's dcterms:source must be a ccpcj:Source)."""
    out = rdflib.Graph()
    out += g
    out.parse(ROOT / "data" / "sources.ttl")
    return out


def test_the_description_conforms_to_its_shapes(kg: ox.Store) -> None:
    conforms, _, text = validate(with_sources(description(kg)), shacl_graph=str(SHAPES), advanced=True)
    assert conforms, text


def test_a_description_without_figures_or_title_does_not_conform(kg: ox.Store) -> None:
    g = description(kg)
    g.remove((rdflib.URIRef(DATASET), rdflib.URIRef(VOID + "triples"), None))
    g.remove((rdflib.URIRef(DATASET), rdflib.URIRef(DCTERMS + "title"), None))
    linkset = next(g.subjects(rdflib.RDF.type, rdflib.URIRef(VOID + "Linkset")))
    g.remove((linkset, rdflib.URIRef(DCTERMS + "source"), None))
    conforms, report, _ = validate(with_sources(g), shacl_graph=str(SHAPES), advanced=True)
    assert not conforms
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    paths = {str(p) for p in report.objects(None, sh.resultPath)}
    assert paths == {VOID + "triples", DCTERMS + "title", DCTERMS + "source"}


def test_triple_and_entity_counts_equal_the_data_graphs(kg: ox.Store) -> None:
    quads = data_quads(kg)
    g = description(kg)
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    entities = {q.subject.value for q in quads
                if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ID)}
    assert int(value(g, DATASET, VOID + "triples")) == len(triples) > 15000
    assert int(value(g, DATASET, VOID + "entities")) == len(entities)


def test_class_partitions_equal_the_asserted_types(kg: ox.Store) -> None:
    typed: dict[str, set[str]] = {}
    for q in data_quads(kg):
        if q.predicate.value == RDF + "type" and isinstance(q.object, ox.NamedNode):
            typed.setdefault(q.object.value, set()).add(str(q.subject))
    g = description(kg)
    parts = {str(value(g, str(p), VOID + "class")): int(value(g, str(p), VOID + "entities"))
             for p in g.objects(rdflib.URIRef(DATASET), rdflib.URIRef(VOID + "classPartition"))}
    assert parts == {c: len(s) for c, s in typed.items()}
    assert parts["https://w3id.org/ccpcj-kg/ontology#MemberState"] == 193


def linksets(g: rdflib.Graph, target: str) -> list[rdflib.term.Node]:
    """The linksets of the description whose objects target is ``…/dataset/target/{target}``."""
    return [s for s in g.subjects(rdflib.RDF.type, rdflib.URIRef(VOID + "Linkset"))
            if str(value(g, str(s), VOID + "objectsTarget")) == f"{DATASET}/target/{target}"]


def test_the_wikidata_linkset_counts_the_links_and_names_their_sources(kg: ox.Store) -> None:
    links = Counter(q.predicate.value for q in data_quads(kg)
                    if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(WIKIDATA))
    g = description(kg)
    sets = linksets(g, "wikidata")
    found = {str(value(g, str(s), VOID + "linkPredicate")): int(value(g, str(s), VOID + "triples")) for s in sets}
    assert found == dict(links)
    assert found[SKOS + "exactMatch"] >= 195 + 34
    exact = next(s for s in sets if str(value(g, str(s), VOID + "linkPredicate")) == SKOS + "exactMatch")
    sources = {str(o) for o in g.objects(exact, rdflib.URIRef(DCTERMS + "source"))}
    assert sources == {ID + "source/datasets-country-codes", ID + "source/owid-countries-regions",
                       ID + "source/supraverden-bodies", ID + "source/opensanctions-igo", ID + "source/ror-records"}


@pytest.mark.parametrize(("target", "space"), [("unbis-thesaurus", "http://metadata.un.org/thesaurus/"),
                                               ("sdg-kos", "http://metadata.un.org/sdg/")])
def test_the_unbis_and_sdg_linksets_count_the_topic_links(kg: ox.Store, target: str, space: str) -> None:
    links = Counter(q.predicate.value for q in data_quads(kg)
                    if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(space))
    g = description(kg)
    sets = linksets(g, target)
    found = {str(value(g, str(s), VOID + "linkPredicate")): int(value(g, str(s), VOID + "triples")) for s in sets}
    assert found == dict(links) and found[SKOS + "closeMatch"] >= 10
    for s in sets:
        sources = {str(o) for o in g.objects(s, rdflib.URIRef(DCTERMS + "source"))}
        assert ID + "source/topic-matches" in sources
        assert sources & {ID + "source/unbis-concepts", ID + "source/sdg-kos-targets"}
        if target == "sdg-kos":
            assert ID + "source/open-sdg-targets" in sources


def test_version_and_dates_come_from_the_ontology_header(kg: ox.Store) -> None:
    g = description(kg)
    version = ontology_version(ROOT / "ontology" / "ccpcj.ttl")
    assert str(value(g, DATASET, OWL + "versionInfo")) == version
    assert str(value(g, DATASET, OWL + "versionIRI")) == f"{DATASET}/{version}"
    header = rdflib.Graph().parse(ROOT / "ontology" / "ccpcj.ttl")
    modified = header.value(rdflib.URIRef("https://w3id.org/ccpcj-kg/ontology"), rdflib.URIRef(DCTERMS + "modified"))
    assert value(g, DATASET, DCTERMS + "modified") == modified
    assert str(value(g, DATASET, DCTERMS + "issued")) == "2026-11-22"


@pytest.mark.parametrize("vocabulary", [SKOS, "http://www.w3.org/ns/prov#", "https://w3id.org/ccpcj-kg/ontology#"])
def test_vocabularies_used_are_listed(kg: ox.Store, vocabulary: str) -> None:
    g = description(kg)
    assert rdflib.URIRef(vocabulary) in set(g.objects(rdflib.URIRef(DATASET), rdflib.URIRef(VOID + "vocabulary")))


def test_languages_and_preferred_labels_are_counted(kg: ox.Store) -> None:
    """The six UN languages of the names (docs/linking.md) and the number of skos:prefLabel triples
    in the data graphs, recounted here from the quads."""
    g = description(kg)
    languages = {str(o) for o in g.objects(rdflib.URIRef(DATASET), rdflib.URIRef(DCTERMS + "language"))}
    assert languages == {f"http://id.loc.gov/vocabulary/iso639-1/{lang}" for lang in UN_LANGUAGES}
    parts = [p for p in g.objects(rdflib.URIRef(DATASET), rdflib.URIRef(VOID + "propertyPartition"))
             if str(value(g, str(p), VOID + "property")) == SKOS + "prefLabel"]
    assert len(parts) == 1
    expected = sum(1 for q in data_quads(kg) if q.predicate.value == SKOS + "prefLabel")
    assert int(value(g, str(parts[0]), VOID + "triples")) == expected > 195 * 6
