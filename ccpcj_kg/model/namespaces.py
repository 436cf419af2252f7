"""The IRIs the project fixes (docs/design.md): term, shape and thing namespaces, and graph names."""

from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/ccpcj-kg/ontology"
CCPCJ = ONTOLOGY_IRI + "#"
SHAPES = "https://w3id.org/ccpcj-kg/shapes#"
ID = "https://w3id.org/ccpcj-kg/id/"
GRAPH = "https://w3id.org/ccpcj-kg/graph/"

GRAPH_ONTOLOGY = GRAPH + "ontology"
GRAPH_SHAPES = GRAPH + "shapes"
GRAPH_INFERRED = GRAPH + "inferred"
GRAPH_DATA_PREFIX = GRAPH + "data/"
GRAPH_DATASET = GRAPH + "dataset"  # the VoID/DCAT description, its figures computed at build

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
ELI = "http://data.europa.eu/eli/ontology#"
SH = "http://www.w3.org/ns/shacl#"
WIKIDATA = "http://www.wikidata.org/entity/"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"

# Prefixes used when writing Turtle, and declared for saved queries. Order does not matter:
# the writer picks the longest namespace that yields a valid prefixed name.
PREFIXES: dict[str, str] = {
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "org": ORG,
    "time": TIME,
    "foaf": FOAF,
    "schema": SCHEMA,
    "eli": ELI,
    "sh": SH,
    "ccpcj": CCPCJ,
    "ccpcjsh": SHAPES,
    "id": ID,
    "state": ID + "state/",
    "group": ID + "regional-group/",
    "session": ID + "session/",
    "congress": ID + "congress/",
    "doc": ID + "document/",
    "instrument": ID + "instrument/",
    "person": ID + "person/",
    "organization": ID + "organization/",
    "topic": ID + "topic/",
    "source": ID + "source/",
    "wd": WIKIDATA,
    "void": VOID,
    "dcat": DCAT,
}


def data_graph_iri(relative_path: str) -> str:
    """The named graph of a data file: ``data/reference/states.ttl`` → ``…/graph/data/reference/states``."""
    rel = relative_path.removeprefix("data/")
    return GRAPH_DATA_PREFIX + rel.removesuffix(".ttl")

