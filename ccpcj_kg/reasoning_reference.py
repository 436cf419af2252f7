"""owlrl, the reference reasoner, run the slow way, for comparison with ``ccpcj_kg.reasoning``.

Used by the equivalence test and the benchmark only: it imports rdflib and owlrl, which the
commands never load; owlrl comes with the ``test`` extra, not with the package
(``tests/test_runtime_deps.py`` runs the commands without it). Its output is filtered to what we
materialise — triples about the data's own IRI resources — so that owlrl's known noise
(``owl:sameAs`` self-links, ``owl:Thing`` and ``rdfs:Resource`` types, blank-node class
expressions, literal subjects, axioms about the vocabulary) does not count as a difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ccpcj_kg.model.namespaces import OWL, RDF, RDFS

NOISE_OBJECTS = {OWL + "Thing", RDFS + "Resource", OWL + "NamedIndividual", RDFS + "Class",
                 OWL + "Class", RDF + "Property", OWL + "ObjectProperty", OWL + "DatatypeProperty"}
NOISE_PREDICATES = {OWL + "sameAs", OWL + "differentFrom"}

Triple = tuple[str, str, str]


def owlrl_entailments(ontology: Path, data: Iterable[Path], mode: str = "owlrl") -> set[Triple]:
    """The triples owlrl adds about the data's IRI resources, as N-Triples-like strings."""
    import owlrl
    import rdflib

    asserted = rdflib.Graph()
    for path in data:
        asserted.parse(path, format="turtle")
    data_nodes = {n for t in asserted for n in (t[0], t[2]) if isinstance(n, rdflib.URIRef)}

    graph = rdflib.Graph()
    graph.parse(ontology, format="turtle")
    terms = set(graph.subjects())  # the ontology's own terms: entailments about them are schema, not data
    graph += asserted
    semantics = owlrl.OWLRL_Semantics if mode == "owlrl" else owlrl.RDFS_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)

    out: set[Triple] = set()
    for s, p, o in graph:
        if (s, p, o) in asserted or s not in data_nodes or s in terms or not isinstance(s, rdflib.URIRef):
            continue
        if isinstance(o, rdflib.BNode) or str(p) in NOISE_PREDICATES or str(o) in NOISE_OBJECTS:
            continue
        out.add((s.n3(), p.n3(), o.n3()))
    return out
