"""The ontology (ontology/ccpcj.ttl): header, version, term documentation, coverage of the modelling
contract, well-formed domains and ranges, OWL 2 RL only, satisfiable classes, and the reasoning
shortcuts it promises (checked with owlrl and with the project's own materialiser)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
from rdflib import DC, OWL, RDF, RDFS, SKOS, Literal, URIRef

from ccpcj_kg.model.namespaces import CCPCJ, GRAPH_INFERRED, GRAPH_ONTOLOGY, ID, ONTOLOGY_IRI
from ccpcj_kg.version import __version__

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "ccpcj.ttl"
MODELLING_DOC = ROOT / "docs" / "modelling.md"
ONTOLOGY_DOC = ROOT / "docs" / "ontology.md"
ONT = URIRef(ONTOLOGY_IRI)
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
C = rdflib.Namespace(CCPCJ)
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")

XSD = "http://www.w3.org/2001/XMLSchema#"
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype}


@cache
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


def ours(g: rdflib.Graph) -> Iterator[URIRef]:
    """Every IRI of the ccpcj: namespace that the ontology says anything about."""
    yield from sorted({s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(CCPCJ)})


def english(values: list[rdflib.term.Node]) -> bool:
    """Exactly one value, an ``@en`` literal."""
    return len(values) == 1 and isinstance(values[0], Literal) and values[0].language == "en"


def declared(g: rdflib.Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in g.subjects(RDF.type, t) if isinstance(s, URIRef)}


# -- parsing and header -------------------------------------------------------------------------

def test_rdflib_and_pyoxigraph_read_the_same_triples() -> None:
    quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    assert len(list(quads)) == len(graph()) > 1000


def test_exactly_one_ontology_with_the_expected_iri() -> None:
    assert list(graph().subjects(RDF.type, OWL.Ontology)) == [ONT]


def test_version_iri_ends_with_the_version_info_and_matches_the_package() -> None:
    g = graph()
    infos = list(g.objects(ONT, OWL.versionInfo))
    iris = list(g.objects(ONT, OWL.versionIRI))
    assert len(infos) == 1 and len(iris) == 1
    assert str(iris[0]) == f"{ONTOLOGY_IRI}/{infos[0]}"
    assert str(infos[0]) == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_version_is_written_once_in_the_form_the_regex_readers_expect() -> None:
    text = ONTOLOGY_FILE.read_text(encoding="utf-8")
    assert re.findall(r'owl:versionInfo "([^"]+)"', text) == [__version__]
    assert text.count(__version__) == 2  # versionInfo and versionIRI, nowhere else


def test_header_has_title_description_creator_and_licence() -> None:
    g = graph()
    assert g.value(ONT, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    # The creator as a name: dc:creator (DCMI Elements), as dcterms:creator is always a node (shapes).
    for prop in (DCTERMS.title, DCTERMS.description, DC.creator, RDFS.label):
        values = list(g.objects(ONT, prop))
        assert len(values) == 1 and isinstance(values[0], Literal) and values[0].language == "en", prop
    assert g.value(ONT, OWL.priorVersion) == URIRef("https://w3id.org/ccpcj-kg/ontology/1.0.0")  # 1.1.0 follows it


# -- documentation of every term ------------------------------------------------------------------

def test_every_ccpcj_term_is_documented() -> None:
    g = graph()
    problems = []
    for term in ours(g):
        kinds = set(g.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Datatype}
        labels = list(g.objects(term, RDFS.label))
        definitions = list(g.objects(term, SKOS.definition))
        if len(kinds) != 1:
            problems.append(f"{term}: kinds {sorted(map(str, kinds))}")
        if not english(labels):
            problems.append(f"{term}: labels {labels}")
        if not english(definitions):
            problems.append(f"{term}: definitions {definitions}")
        if list(g.objects(term, RDFS.isDefinedBy)) != [ONT]:
            problems.append(f"{term}: not rdfs:isDefinedBy the ontology")
    assert not problems, "\n".join(problems)


def test_labels_of_ccpcj_terms_are_unique() -> None:
    g = graph()
    seen: dict[str, URIRef] = {}
    for term in ours(g):
        label = str(g.value(term, RDFS.label)).lower()
        assert label not in seen, f"{term} and {seen[label]} share the label {label!r}"
        seen[label] = term


def test_every_reused_term_is_declared_with_label_and_its_own_vocabulary() -> None:
    """Terms of other vocabularies that our axioms mention are declared, labelled, not claimed as ours."""
    g = graph()
    mentioned: set[URIRef] = set()
    for p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf, OWL.disjointWith):
        mentioned |= {o for o in g.objects(None, p) if isinstance(o, URIRef)}
    for chain in g.objects(None, OWL.propertyChainAxiom):
        mentioned |= {x for x in rdflib.collection.Collection(g, chain) if isinstance(x, URIRef)}
    external = {t for t in mentioned | declared(g) if not str(t).startswith((CCPCJ, XSD))}
    problems = []
    for term in sorted(external):
        if not set(g.objects(term, RDF.type)) & TERM_TYPES:
            problems.append(f"{term}: not declared")
        labels = list(g.objects(term, RDFS.label))
        if not english(labels):
            problems.append(f"{term}: labels {labels}")
        defined_by = list(g.objects(term, RDFS.isDefinedBy))
        if len(defined_by) != 1 or defined_by[0] == ONT:
            problems.append(f"{term}: rdfs:isDefinedBy {defined_by}")
        elif not str(term).startswith(str(defined_by[0]).rstrip("#/")):
            problems.append(f"{term}: defined by {defined_by[0]}, another vocabulary")
        if len(list(g.objects(term, SKOS.scopeNote))) != 1:
            problems.append(f"{term}: no scope note saying how we use it")
    assert not problems, "\n".join(problems)


REUSED_PREFIXES = {
    "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/", "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#", "dcterms": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
}


def test_every_reused_term_of_the_modelling_contract_is_declared() -> None:
    text = MODELLING_DOC.read_text(encoding="utf-8")
    tokens = set(re.findall(r"\b(" + "|".join(REUSED_PREFIXES) + r"):([A-Za-z][A-Za-z0-9]*)", text))
    assert len(tokens) > 30
    missing = sorted(f"{p}:{n}" for p, n in tokens if URIRef(REUSED_PREFIXES[p] + n) not in declared(graph()))
    assert not missing, f"docs/modelling.md relies on undeclared reused terms: {missing}"


def test_no_undeclared_ccpcj_iri_is_used_in_the_ontology() -> None:
    g = graph()
    used = {o for o in g.objects() if isinstance(o, URIRef) and str(o).startswith(CCPCJ)}
    assert used - declared(g) == set()


# -- coverage of the modelling contract -----------------------------------------------------------

def _ccpcj_tokens(path: Path) -> set[str]:
    return set(re.findall(r"ccpcj:([A-Za-z][A-Za-z0-9]*)", path.read_text(encoding="utf-8")))


def _class_names_in_terms_section() -> set[str]:
    """Class names listed bare (in backticks) in the "Classes" paragraph of docs/modelling.md."""
    text = MODELLING_DOC.read_text(encoding="utf-8")
    para = text.split("Classes (all `ccpcj:` unless prefixed):", 1)[1].split("Properties in use", 1)[0]
    return set(re.findall(r"`([A-Z][A-Za-z]*)`", para))


def test_every_ccpcj_term_of_the_modelling_contract_is_declared() -> None:
    names = _ccpcj_tokens(MODELLING_DOC) | _class_names_in_terms_section()
    assert len(names) > 100
    missing = sorted(n for n in names if URIRef(CCPCJ + n) not in declared(graph()))
    assert not missing, f"docs/modelling.md uses undeclared terms: {missing}"


def test_the_classes_of_the_contract_are_classes() -> None:
    g = graph()
    for name in _class_names_in_terms_section():
        assert (C[name], RDF.type, OWL.Class) in g, name


def test_every_ccpcj_term_is_in_the_ontology_documentation() -> None:
    documented = _ccpcj_tokens(ONTOLOGY_DOC)
    names = [str(t).removeprefix(CCPCJ) for t in ours(graph())]
    missing = sorted(n for n in names if n not in documented)
    assert not missing, f"docs/ontology.md does not mention: {missing}"
    unknown = sorted(n for n in documented if URIRef(CCPCJ + n) not in declared(graph()))
    assert not unknown, f"docs/ontology.md mentions undeclared terms: {unknown}"


# -- axioms ---------------------------------------------------------------------------------------

def test_domains_and_ranges_refer_to_declared_classes_or_datatypes() -> None:
    g = graph()
    classes = set(g.subjects(RDF.type, OWL.Class))
    problems = []
    for prop, _p, cls in g.triples((None, RDFS.domain, None)):
        if cls not in classes:
            problems.append(f"{prop} domain {cls}")
    for prop, _p, rng in g.triples((None, RDFS.range, None)):
        if (prop, RDF.type, OWL.DatatypeProperty) in g:
            if not str(rng).startswith(XSD):
                problems.append(f"{prop} (datatype property) range {rng}")
        elif rng not in classes:
            problems.append(f"{prop} range {rng}")
    assert not problems, "\n".join(problems)


def test_sub_classes_and_sub_properties_relate_terms_of_the_same_kind() -> None:
    g = graph()
    for sub, _p, sup in g.triples((None, RDFS.subClassOf, None)):
        assert (sup, RDF.type, OWL.Class) in g, f"{sub} ⊑ {sup}"
    for sub, _p, sup in g.triples((None, RDFS.subPropertyOf, None)):
        kinds = set(g.objects(sub, RDF.type)) & TERM_TYPES
        assert kinds and kinds <= set(g.objects(sup, RDF.type)), f"{sub} ⊑ {sup}"
    for chain_owner, _p, chain in g.triples((None, OWL.propertyChainAxiom, None)):
        steps = list(rdflib.collection.Collection(g, chain))
        assert len(steps) >= 2, chain_owner
        for step in steps:
            assert (step, RDF.type, OWL.ObjectProperty) in g, f"{chain_owner}: chain step {step}"


RL_SAFE_OWL_PREDICATES = {
    OWL.versionIRI, OWL.versionInfo, OWL.priorVersion, OWL.deprecated, OWL.inverseOf, OWL.propertyChainAxiom,
    OWL.disjointWith,
}
RL_SAFE_OWL_TYPES = TERM_TYPES | {OWL.Ontology, OWL.TransitiveProperty, OWL.SymmetricProperty}


def test_only_owl_2_rl_constructs_are_used() -> None:
    """No unions, restrictions, cardinalities or complements: everything a rule reasoner can use."""
    g = graph()
    owl_predicates = {p for p in g.predicates() if str(p).startswith(str(OWL))}
    assert owl_predicates <= RL_SAFE_OWL_PREDICATES, owl_predicates - RL_SAFE_OWL_PREDICATES
    owl_types = {o for o in g.objects(None, RDF.type) if str(o).startswith(str(OWL))}
    assert owl_types <= RL_SAFE_OWL_TYPES, owl_types - RL_SAFE_OWL_TYPES
    # Blank nodes only as the RDF lists of property chains.
    for s in g.subjects():
        if isinstance(s, rdflib.BNode):
            assert set(g.predicates(s)) <= {RDF.first, RDF.rest}, s


def _superclasses(g: rdflib.Graph, cls: URIRef) -> set[URIRef]:
    return {c for c in g.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)}  # cls too


def test_no_class_is_below_two_disjoint_classes() -> None:
    """Every class is satisfiable: none is a subclass of two classes declared disjoint."""
    g = graph()
    pairs = {frozenset((a, b)) for a, _p, b in g.triples((None, OWL.disjointWith, None))}
    for cls in set(g.subjects(RDF.type, OWL.Class)):
        ups = _superclasses(g, cls)  # type: ignore[arg-type]
        clashes = [sorted(map(str, p)) for p in pairs if p <= ups]
        assert not clashes, f"{cls} is below disjoint classes {clashes}"


@pytest.mark.parametrize(("a", "b"), [
    ("State", "Person"), ("State", "Document"), ("Person", "Document"), ("MemberState", "ObserverState"),
    ("DraftResolution", "Resolution"), ("Session", "Meeting"), ("Convention", "Protocol"),
    ("RegionalGroupMembership", "OfficeHolding"), ("Sponsorship", "ReportedSupport"),
    ("IntergovernmentalOrganization", "NonGovernmentalOrganization"),
])
def test_kinds_that_cannot_overlap_are_declared_disjoint(a: str, b: str) -> None:
    g = graph()
    ups_a, ups_b = _superclasses(g, C[a]), _superclasses(g, C[b])
    assert any((x, OWL.disjointWith, y) in g or (y, OWL.disjointWith, x) in g for x in ups_a for y in ups_b)


def test_state_is_not_disjoint_with_event_only_by_accident() -> None:
    """Events are disjoint from the other kinds through schema:Event, which every event kind is below."""
    g = graph()
    for kind in ("Session", "SessionPart", "Meeting", "Congress", "ThematicDiscussion", "ThematicSession"):
        assert URIRef("https://schema.org/Event") in _superclasses(g, C[kind]), kind


def test_programme_network_institutes_may_be_united_nations_entities() -> None:
    """UNICRI is both: these two kinds must not be disjoint."""
    g = graph()
    assert (C.UNEntity, OWL.disjointWith, C.ProgrammeNetworkInstitute) not in g
    assert (C.ProgrammeNetworkInstitute, OWL.disjointWith, C.UNEntity) not in g


# -- the reasoning shortcuts ----------------------------------------------------------------------

EXAMPLE = """
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix id: <https://w3id.org/ccpcj-kg/id/> .

id:state\\/TUR a ccpcj:MemberState .
id:regional-group\\/asia-pacific-states a ccpcj:RegionalGroup .
id:membership\\/tur-asia-pacific-states a ccpcj:RegionalGroupMembership ;
    org:member id:state\\/TUR ; org:organization id:regional-group\\/asia-pacific-states ;
    ccpcj:ofRegionalGroup id:regional-group\\/asia-pacific-states ; org:role id:role\\/member .
id:person\\/takeshi-hikihara a ccpcj:Person .
id:organization\\/ccpcj a ccpcj:Commission .
id:session\\/31\\/officer\\/chair a ccpcj:OfficeHolding ;
    org:member id:person\\/takeshi-hikihara ; org:organization id:organization\\/ccpcj ;
    org:role id:role\\/chair ; ccpcj:forSession id:session\\/31 ;
    ccpcj:officeRegionalGroup id:regional-group\\/asia-pacific-states .
id:session\\/31 a ccpcj:Session .
id:session\\/31\\/regular-part a ccpcj:SessionPart ; schema:superEvent id:session\\/31 .
id:session\\/31\\/meeting\\/9 a ccpcj:Meeting ; schema:superEvent id:session\\/31\\/regular-part .
id:session\\/31\\/agenda-item\\/6 a ccpcj:AgendaItem ; ccpcj:agendaOf id:session\\/31 .
id:session\\/31\\/agenda-item\\/6a a ccpcj:AgendaItem ; ccpcj:subItemOf id:session\\/31\\/agenda-item\\/6 .
id:session\\/31\\/statement\\/18-usa a ccpcj:Statement ; ccpcj:speaker id:state\\/USA ;
    ccpcj:atMeeting id:session\\/31\\/meeting\\/9 ; ccpcj:underAgendaItem id:session\\/31\\/agenda-item\\/6a .
id:document\\/L.4 a ccpcj:DraftResolution .
id:document\\/L.4_Rev.1 a ccpcj:DraftResolution ; ccpcj:revisionOf id:document\\/L.4 ;
    ccpcj:reproducedAs id:document\\/R\\/draft-resolution-i .
id:document\\/R\\/draft-resolution-i a ccpcj:DraftResolution ; ccpcj:adoptedAs id:document\\/E_RES_1 .
id:document\\/E_RES_1 a ccpcj:EcosocResolution .
id:document\\/L.4_Rev.1\\/sponsorship\\/fra a ccpcj:Sponsorship ;
    ccpcj:sponsorshipOf id:document\\/L.4_Rev.1 ; ccpcj:sponsor id:state\\/FRA ;
    ccpcj:onBehalfOf id:group\\/eu-member-states .
id:text\\/33-x\\/support\\/a-blr a ccpcj:ReportedSupport ; ccpcj:supportOf id:text\\/33-x ;
    ccpcj:supporter id:state\\/BLR ; ccpcj:supportRole id:role\\/tabler .
id:instrument\\/untoc a ccpcj:Convention .
id:instrument\\/untoc-tip-protocol a ccpcj:Protocol ; ccpcj:supplements id:instrument\\/untoc .
id:congress\\/14 a ccpcj:Congress ; ccpcj:adoptedDeclaration id:instrument\\/kyoto-declaration .
id:instrument\\/smr a ccpcj:StandardsAndNorms ; ccpcj:adoptedAtCongress id:congress\\/1 .
id:thematic-discussion\\/2023 a ccpcj:ThematicDiscussion .
id:thematic-discussion\\/2023\\/session\\/2 a ccpcj:ThematicSession ;
    schema:superEvent id:thematic-discussion\\/2023 .
id:thematic-discussion\\/2023\\/session\\/2\\/participant\\/x a ccpcj:Participation ;
    ccpcj:participant id:person\\/x ; ccpcj:participationIn id:thematic-discussion\\/2023\\/session\\/2 .
"""


def _i(key: str) -> str:
    return ID + key


# (subject key, property local name, object key): each must be entailed.
EXPECTED = [
    ("state/TUR", "inRegionalGroup", "regional-group/asia-pacific-states"),
    ("state/TUR", ORG.memberOf, "regional-group/asia-pacific-states"),
    ("person/takeshi-hikihara", ORG.memberOf, "organization/ccpcj"),
    ("person/takeshi-hikihara", "officerAtSession", "session/31"),
    ("document/L.4_Rev.1", "hasSponsorship", "document/L.4_Rev.1/sponsorship/fra"),
    ("document/L.4_Rev.1", "sponsoredBy", "state/FRA"),
    ("state/FRA", "sponsored", "document/L.4_Rev.1"),
    ("document/L.4_Rev.1", "sponsoredOnBehalfOf", "group/eu-member-states"),
    ("text/33-x", "reportedlySupportedBy", "state/BLR"),
    ("session/31/meeting/9", "partOfEvent", "session/31/regular-part"),
    ("session/31/meeting/9", "partOfEvent", "session/31"),
    ("session/31", "https://schema.org/subEvent", "session/31/regular-part"),
    ("session/31/statement/18-usa", "atEvent", "session/31"),
    ("session/31/statement/18-usa", "withinAgendaItem", "session/31/agenda-item/6"),
    ("session/31/agenda-item/6a", "agendaOf", "session/31"),
    ("state/USA", "madeStatement", "session/31/statement/18-usa"),
    ("state/USA", "spokeUnder", "session/31/agenda-item/6"),
    ("state/USA", "spokeUnder", "session/31/agenda-item/6a"),
    ("state/USA", "spokeAt", "session/31"),
    ("state/USA", "participatedIn", "session/31"),
    ("person/x", "participatedIn", "thematic-discussion/2023"),
    ("document/L.4", "revisedAs", "document/L.4_Rev.1"),
    ("document/R/draft-resolution-i", "reproduces", "document/L.4_Rev.1"),
    ("document/E_RES_1", "adoptedFrom", "document/R/draft-resolution-i"),
    ("document/L.4", "laterStage", "document/E_RES_1"),
    ("document/E_RES_1", "earlierStage", "document/L.4"),
    ("instrument/untoc", "supplementedBy", "instrument/untoc-tip-protocol"),
    ("instrument/kyoto-declaration", "adoptedAtCongress", "congress/14"),
    ("congress/1", "adoptedInstrument", "instrument/smr"),
]

# Entailments the axioms must NOT give (the unsound shortcuts the design avoids).
FORBIDDEN = [
    ("person/takeshi-hikihara", "inRegionalGroup", "regional-group/asia-pacific-states"),
    ("person/takeshi-hikihara", "inRegionalGroup", "organization/ccpcj"),
    ("state/TUR", "officerAtSession", "session/31"),
    ("congress/1", "adoptedDeclaration", "instrument/smr"),
    ("session/31/statement/18-usa", "underAgendaItem", "session/31/agenda-item/6"),
    ("text/33-x", "sponsoredBy", "state/BLR"),
]


def _triple(s: str, p: str | URIRef, o: str) -> tuple[str, str, str]:
    prop = str(p) if isinstance(p, URIRef) or str(p).startswith("http") else CCPCJ + str(p)
    return (_i(s), prop, _i(o))


def _owlrl_closure() -> set[tuple[str, str, str]]:
    g = rdflib.Graph()
    g.parse(ONTOLOGY_FILE, format="turtle")
    g.parse(data=EXAMPLE, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return {(str(s), str(p), str(o)) for s, p, o in g if isinstance(o, URIRef)}


def _project_closure() -> set[tuple[str, str, str]]:
    from ccpcj_kg.reasoning import materialise

    store = ox.Store()
    store.load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(GRAPH_ONTOLOGY))
    store.load(EXAMPLE, format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/ccpcj-kg/graph/data/example"))
    materialise(store, "owlrl")
    graphs = (ox.NamedNode(GRAPH_INFERRED), ox.NamedNode("https://w3id.org/ccpcj-kg/graph/data/example"))
    return {(q.subject.value, q.predicate.value, q.object.value)
            for q in store.quads_for_pattern(None, None, None, None)
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)
            and q.graph_name in graphs}


@pytest.fixture(scope="module", params=["owlrl", "project"])
def closure(request: pytest.FixtureRequest) -> set[tuple[str, str, str]]:
    return _owlrl_closure() if request.param == "owlrl" else _project_closure()


Closure = set[tuple[str, str, str]]


@pytest.mark.parametrize(("s", "p", "o"), EXPECTED,
                         ids=[f"{s} {str(p).split('#')[-1].split('/')[-1]}" for s, p, o in EXPECTED])
def test_the_shortcut_is_entailed(closure: Closure, s: str, p: str, o: str) -> None:
    assert _triple(s, p, o) in closure


@pytest.mark.parametrize(("s", "p", "o"), FORBIDDEN, ids=[f"not {s} {p}" for s, p, o in FORBIDDEN])
def test_the_unsound_shortcut_is_not_entailed(closure: Closure, s: str, p: str, o: str) -> None:
    assert _triple(s, p, o) not in closure


def test_the_example_stays_consistent_under_reasoning(closure: set[tuple[str, str, str]]) -> None:
    """Domains and ranges type nothing into two disjoint classes (and owlrl finds no clash)."""
    g = graph()
    types: dict[str, set[URIRef]] = {}
    for s, p, o in closure:
        if p == str(RDF.type) and s.startswith(ID):
            types.setdefault(s, set()).add(URIRef(o))
    pairs = [(a, b) for a, _p, b in g.triples((None, OWL.disjointWith, None))]
    for resource, kinds in types.items():
        ups = set().union(*(_superclasses(g, k) for k in kinds))
        clashes = [(str(a), str(b)) for a, b in pairs if a in ups and b in ups]
        assert not clashes, f"{resource}: {clashes}"
    assert not any(p == str(RDF.type) and o == str(OWL.Nothing) for _s, p, o in closure)
