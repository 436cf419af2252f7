"""The model core: what the graph's model says, in one place that every other module reads.

- ``namespaces``: the namespaces, named graphs and prefixes of the public contract;
- ``terms``: the RDF term types and helpers (literals, prefixed names);
- ``iris``: the table of IRI kinds (kind → pattern → mint function), from which the shapes' IRI
  pattern, the QC query and the table in docs/modelling.md are generated;
- ``lexicon``: the controlled vocabularies of ``data/vocab/`` (roles, modes, capacities, actions)
  with every label a source uses;
- ``names``: one resolver of the names of States, groups and organizations.

Nothing here imports the rest of the package (a test checks), so everything may import it.
"""
