"""Draw the audit's random sample of graph facts with the passages they cite (docs/data.md, "Audit").

A fact is one asserted triple of the seed-curated files of ``data/`` (not ``reference/``, ``links/``,
``labels/`` or ``vocab/``, which come from reference tables) about a resource derived from a
paragraph of one of the five seeds, other than its label, type, provenance or prose (notes, claim
texts). The draw is
seeded, so the same data give the same sample; each line prints the triple and the cited
passages, for a person to read against the seed paragraph.

    .venv/bin/python scripts/audit_sample.py [--n 30] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import rdflib
from rdflib.namespace import PROV, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/ccpcj-kg/id/"
CCPCJ = "https://w3id.org/ccpcj-kg/ontology#"
SEED_PASSAGES = (ID + "source/gitoc-2022-ccpcj31/", ID + "source/gitoc-2024-ccpcj33/",
                 ID + "source/unis-2022-05-16-ccpcj31/", ID + "document/E_2022_30/",
                 ID + "source/chairs-summaries-thematic-discussions-2021-2024/")
NOT_FROM_SEEDS = {"reference", "links", "labels", "vocab"}
SKIP = {RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, PROV.wasDerivedFrom, SKOS.note,
        rdflib.URIRef(CCPCJ + "claimText"), SKOS.definition}


def facts(graph: rdflib.Graph) -> list[tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node, list[str]]]:
    """Triples about resources derived from a seed paragraph, with those paragraphs, in a stable order."""
    out = []
    for s in sorted(set(graph.subjects(PROV.wasDerivedFrom, None)), key=str):
        passages = sorted(str(p) for p in graph.objects(s, PROV.wasDerivedFrom) if str(p).startswith(SEED_PASSAGES))
        if not passages:
            continue
        for p, o in sorted(graph.predicate_objects(s), key=lambda po: (str(po[0]), str(po[1]))):
            if p not in SKIP:
                out.append((s, p, o, passages))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    graph = rdflib.Graph()
    for path in sorted((ROOT / "data").rglob("*.ttl")):
        if path.parent.name not in NOT_FROM_SEEDS:
            graph.parse(path)
    pool = facts(graph)
    for i, (s, p, o, passages) in enumerate(random.Random(args.seed).sample(pool, args.n), 1):
        short = ", ".join(x.removeprefix(ID) for x in passages)
        triple = f"<{str(s).removeprefix(ID)}> {graph.qname(str(p))} {o.n3(graph.namespace_manager)}"
        print(f"{i:2}. {triple}  ← {short}")
    print(f"({len(pool)} facts in the pool)")


if __name__ == "__main__":
    main()
