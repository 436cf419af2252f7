"""SHACL run where the data is: shapes compiled to SPARQL and evaluated by pyoxigraph.

``compile`` turns a shapes graph into one SELECT query per (shape, constraint) whose rows are
exactly the validation results pySHACL would report; ``engine`` runs them over the store's data
graphs for ``ccpcj-kg validate --all`` (docs/validation.md, "Whole-graph validation").
"""
