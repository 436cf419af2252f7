"""Compile a SHACL shapes graph into SPARQL SELECT queries whose rows are the validation results.

One ``Check`` per (targeted node shape or one of its property shapes, constraint): the query
binds ``?this`` (the focus node) and, where SHACL reports one, ``?value``; the check carries what
the result says besides (source shape, constraint component, severity, message, path). The
semantics follow pySHACL, which stays the oracle (``tests/test_shacl_engine.py`` compares the two):

- targets are a ``SELECT DISTINCT ?this`` subquery (each focus node once per shape);
- ``sh:class`` and ``sh:targetClass`` use the subclass closure the caller passes in (computed
  from the data graph, as SHACL says), so the queries need no property paths over the hierarchy;
- ``sh:datatype`` rejects the ill-typed literals the caller found with rdflib's own parser;
- nested shapes (``sh:or``, ``sh:xone``, ``sh:node``, …) become boolean SPARQL expressions;
- a SPARQL-based constraint is run once for all focus nodes: the target subquery is put at the
  start of every group of its ``WHERE`` clause (not inside ``EXISTS``, which sees ``?this``
  already), which is what pySHACL's pre-binding of ``$this`` means for these queries.

Anything outside that subset raises ``Unsupported``; the caller then falls back to pySHACL.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import rdflib
from rdflib.collection import Collection

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
RDF_TYPE = rdflib.RDF.type
XSD = rdflib.XSD
RDFS_LITERAL = rdflib.RDFS.Literal

# Datatypes SPARQL's `<=` orders exactly like rdflib's `<=` when both sides are well-formed and of
# the same one; other pairs go back to Python (``Check.compare``).
_ORDERED = (XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.string)

# What a shape may say besides constraints (ignored by validation).
_ANNOTATIONS = {
    rdflib.RDF.type, rdflib.RDFS.label, rdflib.RDFS.comment, rdflib.RDFS.isDefinedBy,
    SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated, SH.flags,
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.path, SH.property, SH.sparql,
}
_VALUE_KEYS = (SH["class"], SH.datatype, SH.nodeKind, SH.pattern, SH["in"], SH.languageIn, SH.minInclusive,
               SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.node, SH["or"], SH["and"], SH.xone, SH["not"])
_SET_KEYS = (SH.minCount, SH.maxCount, SH.equals, SH.lessThanOrEquals)
_COMPONENT: dict[rdflib.term.Node, str] = {
    SH["class"]: "Class", SH.datatype: "Datatype", SH.nodeKind: "NodeKind", SH.pattern: "Pattern",
    SH["in"]: "In", SH.languageIn: "LanguageIn", SH.minInclusive: "MinInclusive", SH.maxInclusive: "MaxInclusive",
    SH.minExclusive: "MinExclusive", SH.maxExclusive: "MaxExclusive", SH.node: "Node", SH["or"]: "Or",
    SH["and"]: "And", SH.xone: "Xone", SH["not"]: "Not", SH.minCount: "MinCount", SH.maxCount: "MaxCount",
    SH.equals: "Equals", SH.lessThanOrEquals: "LessThanOrEquals",
}
_RANGE_OP: dict[rdflib.term.Node, str] = {
    SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<",
}
_NODE_KINDS: dict[rdflib.term.Node, str] = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))", SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_UNSUPPORTED_SPARQL = re.compile(
    r"\$(PATH|value|currentShape|shapesGraph)\b|\b(GRAPH|SERVICE|MINUS|GROUP\s+BY|HAVING|LIMIT|OFFSET|ORDER\s+BY)\b",
    re.IGNORECASE,
)
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


class Unsupported(Exception):
    """The shapes use a feature this compiler does not translate (callers fall back to pySHACL)."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a query whose rows are results, and what each result says."""

    shape: rdflib.term.Node
    component: rdflib.URIRef
    severity: rdflib.term.Node
    messages: tuple[rdflib.term.Node, ...]
    path: rdflib.term.Node | None  # sh:resultPath (a node of the shapes graph)
    query: str
    value: str  # "row": the ?value column; "focus": the focus node; "none": no sh:value
    constraint: rdflib.term.Node | None = None  # the sh:sparql node, for sh:sourceConstraint
    compare: str | None = None  # "lte": rows (this, value, other) still to be compared like pySHACL


def term(node: rdflib.term.Node) -> str:
    """A term in SPARQL syntax (N-Triples form, which SPARQL accepts)."""
    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        text = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype is not None and node.datatype != XSD.string:
            return f'"{text}"^^<{node.datatype}>'
        return f'"{text}"'
    raise Unsupported(f"a blank node cannot be written into a query: {node!r}")


def _int(node: rdflib.term.Node) -> int:
    return int(str(node))


def _string(text: str) -> str:
    return term(rdflib.Literal(text))


class Compiler:
    """Compiles the targeted shapes of a shapes graph (see the module docstring)."""

    def __init__(
        self,
        shapes: rdflib.Graph,
        subclasses: Callable[[rdflib.term.Node], Iterable[rdflib.term.Node]],
        ill_typed: Mapping[rdflib.term.Node, Iterable[rdflib.Literal]] | None = None,
    ) -> None:
        self.g = shapes
        self.subclasses = subclasses
        self.ill_typed = ill_typed or {}
        self._fresh = itertools.count()

    # -- reading the shapes graph ----------------------------------------------------------------

    def _var(self) -> str:
        return f"?v{next(self._fresh)}"

    def _list(self, node: rdflib.term.Node) -> list[rdflib.term.Node]:
        return list(Collection(self.g, node))

    def _active(self, shape: rdflib.term.Node) -> bool:
        return not any(o == rdflib.Literal(True) for o in self.g.objects(shape, SH.deactivated))

    def _check_known(self, shape: rdflib.term.Node) -> None:
        known = _ANNOTATIONS | set(_VALUE_KEYS) | set(_SET_KEYS)
        for p in set(self.g.predicates(shape, None)):
            if str(p).startswith(str(SH)) and p not in known:
                raise Unsupported(f"{shape}: {p} is not compiled")
        if (shape, RDF_TYPE, rdflib.RDFS.Class) in self.g or (shape, RDF_TYPE, rdflib.OWL.Class) in self.g:
            raise Unsupported(f"{shape}: implicit class targets are not compiled")

    def path(self, node: rdflib.term.Node) -> str:
        """A SHACL property path as a SPARQL property path."""
        if isinstance(node, rdflib.URIRef):
            return term(node)
        if (node, rdflib.RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self._list(node)) + ")"
        for key, fmt in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"), (SH.oneOrMorePath, "{}+"),
                         (SH.zeroOrOnePath, "{}?")):
            inner = self.g.value(node, key)
            if inner is not None:
                return "(" + fmt.format(self.path(inner)) + ")"
        alternatives = self.g.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self._list(alternatives)) + ")"
        raise Unsupported(f"path {node!r}")

    # -- boolean conditions on one value node ----------------------------------------------------

    def _classes(self, cls: rdflib.term.Node) -> str:
        classes = sorted(set(self.subclasses(cls)) | {cls}, key=str)
        return " ".join(term(c) for c in classes if isinstance(c, rdflib.URIRef))

    def value_ok(self, key: rdflib.term.Node, param: rdflib.term.Node, shape: rdflib.term.Node, v: str) -> str:
        """A SPARQL expression, never an error, true when ``v`` satisfies the constraint."""
        if key == SH["class"]:
            t = self._var()
            return f"EXISTS {{ VALUES {t} {{ {self._classes(param)} }} {v} a {t} }}"
        if key == SH.datatype:
            if param == RDFS_LITERAL:
                return f"isLiteral({v})"
            if param == rdflib.RDFS.Datatype:
                raise Unsupported("sh:datatype rdfs:Datatype")
            bad = "".join(f" && !sameTerm({v}, {term(b)})" for b in sorted(self.ill_typed.get(param, ()), key=str))
            return f"(isLiteral({v}) && sameTerm(DATATYPE({v}), {term(param)}){bad})"
        if key == SH.nodeKind:
            if param not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {param}")
            return _NODE_KINDS[param].format(v=v)
        if key == SH.pattern:
            flags = self.g.value(shape, SH.flags)
            args = f", {_string(str(flags))}" if flags is not None else ""
            return f"COALESCE(!isBlank({v}) && REGEX(STR({v}), {_string(str(param))}{args}), false)"
        if key == SH["in"]:
            same = [f"sameTerm({v}, {term(m)})" for m in self._list(param)]
            return "(" + " || ".join(same or ["false"]) + ")"
        if key == SH.languageIn:
            langs = [str(x).lower() for x in self._list(param)]
            has_lang = f'isLiteral({v}) && LANG({v}) != ""'
            if "*" in langs:
                return f"({has_lang})"
            wanted = ", ".join(_string(x) for x in langs)
            first = f'LCASE(STRBEFORE(CONCAT(LANG({v}), "-"), "-"))'
            return f"({has_lang} && (LCASE(LANG({v})) IN ({wanted}) || {first} IN ({wanted})))"
        if key in _RANGE_OP:
            return f"COALESCE(isLiteral({v}) && {v} {_RANGE_OP[key]} {term(param)}, false)"
        if key == SH.node:
            return self.conforms(param, v)
        if key == SH["not"]:
            return f"!({self.conforms(param, v)})"
        members: list[str] = [self.conforms(s, v) for s in self._list(param)]
        if key == SH["or"]:
            return "(" + " || ".join(members or ["false"]) + ")"
        if key == SH["and"]:
            return "(" + " && ".join(members or ["true"]) + ")"
        if key == SH.xone:
            return "((" + " + ".join([f"IF({m}, 1, 0)" for m in members] or ["0"]) + ") = 1)"
        raise Unsupported(f"{key}")

    def _value_constraints(self, shape: rdflib.term.Node) -> list[tuple[rdflib.term.Node, rdflib.term.Node]]:
        return [(key, param) for key in _VALUE_KEYS for param in self.g.objects(shape, key)]

    def conforms(self, shape: rdflib.term.Node, v: str) -> str:
        """A SPARQL expression, true when node ``v`` conforms to ``shape`` (nested shapes)."""
        self._check_known(shape)
        if not self._active(shape):
            return "true"
        if (shape, SH.sparql, None) in self.g:
            raise Unsupported(f"{shape}: SPARQL constraints in a nested shape")
        parts: list[str] = []
        path_node = self.g.value(shape, SH.path)
        if path_node is None:
            parts += [self.value_ok(k, p, shape, v) for k, p in self._value_constraints(shape)]
            parts += [self.conforms(p, v) for p in self.g.objects(shape, SH.property)]
        else:
            if (shape, SH.property, None) in self.g:
                raise Unsupported(f"{shape}: sh:property on a property shape")
            path = self.path(path_node)
            for key, param in self._value_constraints(shape):
                y = self._var()
                ok = self.value_ok(key, param, shape, y)
                parts.append(f"NOT EXISTS {{ {v} {path} {y} . FILTER(!({ok})) }}")
            for n in self.g.objects(shape, SH.minCount):
                if _int(n) > 1:
                    raise Unsupported("nested sh:minCount above 1")
                if _int(n) == 1:
                    parts.append(f"EXISTS {{ {v} {path} {self._var()} }}")
            for n in self.g.objects(shape, SH.maxCount):
                a, b = self._var(), self._var()
                if _int(n) == 0:
                    parts.append(f"NOT EXISTS {{ {v} {path} {a} }}")
                elif _int(n) == 1:
                    parts.append(f"NOT EXISTS {{ {v} {path} {a} . {v} {path} {b} . FILTER(!sameTerm({a}, {b})) }}")
                else:
                    raise Unsupported("nested sh:maxCount above 1")
            if any((shape, k, None) in self.g for k in (SH.equals, SH.lessThanOrEquals)):
                raise Unsupported("property pair constraints in a nested shape")
        return "(" + " && ".join(parts or ["true"]) + ")"

    # -- top-level checks ------------------------------------------------------------------------

    def targets(self, shape: rdflib.term.Node) -> str | None:
        """A subquery binding each focus node of ``shape`` once, or None when it has no targets."""
        branches: list[str] = []
        classes = " ".join(self._classes(c) for c in self.g.objects(shape, SH.targetClass))
        if classes:
            branches.append(f"VALUES ?tc {{ {classes} }} ?this a ?tc")
        branches += [f"?this {term(p)} ?to" for p in self.g.objects(shape, SH.targetSubjectsOf)]
        branches += [f"?ts {term(p)} ?this" for p in self.g.objects(shape, SH.targetObjectsOf)]
        nodes = " ".join(term(n) for n in self.g.objects(shape, SH.targetNode))
        if nodes:
            branches.append(f"VALUES ?this {{ {nodes} }}")
        if not branches:
            return None
        union = " UNION ".join(f"{{ {b} }}" for b in branches)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"

    def _check(self, shape: rdflib.term.Node, key: rdflib.term.Node, query: str, value: str,
               path: rdflib.term.Node | None, **extra: object) -> Check:
        messages = tuple(self.g.objects(shape, SH.message))
        if not messages and not extra.get("constraint"):
            raise Unsupported(f"{shape} has no sh:message (pySHACL's generic messages are not reproduced)")
        component = SH[f"{_COMPONENT[key]}ConstraintComponent"]
        severity = self.g.value(shape, SH.severity) or SH.Violation
        return Check(shape, component, severity, messages, path, query, value, **extra)  # type: ignore[arg-type]

    def node_shape(self, shape: rdflib.term.Node) -> list[Check]:
        """Every check of a targeted node shape: its own constraints, its property shapes, its SPARQL."""
        self._check_known(shape)
        if not self._active(shape):
            return []
        focus = self.targets(shape)
        if focus is None:
            return []
        checks = [
            self._check(shape, key, f"SELECT ?this WHERE {{ {focus} FILTER(!({ok})) }}", "focus", None)
            for key, param in self._value_constraints(shape)
            for ok in [self.value_ok(key, param, shape, "?this")]
        ]
        for prop in self.g.objects(shape, SH.property):
            checks += self.property_shape(prop, focus)
        for constraint in self.g.objects(shape, SH.sparql):
            checks.append(self.sparql(shape, constraint, focus))
        return checks

    def property_shape(self, shape: rdflib.term.Node, focus: str) -> list[Check]:
        """The checks of a property shape on the focus nodes of the node shape that lists it."""
        self._check_known(shape)
        if not self._active(shape):
            return []
        path_node = self.g.value(shape, SH.path)
        if path_node is None:
            raise Unsupported(f"{shape}: sh:property without sh:path")
        if (shape, SH.property, None) in self.g or (shape, SH.sparql, None) in self.g:
            raise Unsupported(f"{shape}: nested property or SPARQL constraints on a property shape")
        path = self.path(path_node)
        distinct = "" if isinstance(path_node, rdflib.URIRef) else "DISTINCT "
        values = f"{{ SELECT {distinct}?this ?value WHERE {{ {focus} ?this {path} ?value }} }}"
        checks = [
            self._check(shape, key, f"SELECT ?this ?value WHERE {{ {values} FILTER(!({ok})) }}", "row", path_node)
            for key, param in self._value_constraints(shape)
            for ok in [self.value_ok(key, param, shape, "?value")]
        ]
        for n in self.g.objects(shape, SH.minCount):
            if _int(n) == 1:
                q = f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} ?any }} }}"
            else:
                q = (f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?any) AS ?n) WHERE {{ {focus} "
                     f"OPTIONAL {{ ?this {path} ?any }} }} GROUP BY ?this }} FILTER(?n < {_int(n)}) }}")
            if _int(n) > 0:
                checks.append(self._check(shape, SH.minCount, q, "none", path_node))
        for n in self.g.objects(shape, SH.maxCount):
            q = (f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?any) AS ?n) WHERE {{ {focus} "
                 f"?this {path} ?any }} GROUP BY ?this }} FILTER(?n > {_int(n)}) }}")
            checks.append(self._check(shape, SH.maxCount, q, "none", path_node))
        for other in self.g.objects(shape, SH.equals):
            o = self.path(other)
            q = (f"SELECT DISTINCT ?this ?value WHERE {{ {focus} "
                 f"{{ ?this {path} ?value FILTER NOT EXISTS {{ ?this {o} ?value }} }} "
                 f"UNION {{ ?this {o} ?value FILTER NOT EXISTS {{ ?this {path} ?value }} }} }}")
            checks.append(self._check(shape, SH.equals, q, "row", path_node))
        for other in self.g.objects(shape, SH.lessThanOrEquals):
            ordered = ", ".join(term(d) for d in _ORDERED)
            sure = (f"isLiteral(?value) && isLiteral(?other) && sameTerm(DATATYPE(?value), DATATYPE(?other)) "
                    f"&& DATATYPE(?value) IN ({ordered}) && ?value <= ?other")
            q = (f"SELECT ?this ?value ?other WHERE {{ {values} ?this {self.path(other)} ?other "
                 f"FILTER(!COALESCE({sure}, false)) }}")
            checks.append(self._check(shape, SH.lessThanOrEquals, q, "row", path_node, compare="lte"))
        return checks

    # -- SPARQL-based constraints ----------------------------------------------------------------

    def _prefixes(self, constraint: rdflib.term.Node) -> str:
        lines = []
        for source in self.g.objects(constraint, SH.prefixes):
            for decl in self.g.objects(source, SH.declare):
                prefix, ns = self.g.value(decl, SH.prefix), self.g.value(decl, SH.namespace)
                if prefix is not None and ns is not None:
                    lines.append(f"PREFIX {prefix}: <{ns}>")
        return "\n".join(sorted(set(lines)))

    def sparql(self, shape: rdflib.term.Node, constraint: rdflib.term.Node, focus: str) -> Check:
        """A SPARQL-based constraint of a node shape, run once for all focus nodes."""
        select = self.g.value(constraint, SH.select)
        if select is None or (constraint, SH.ask, None) in self.g:
            raise Unsupported(f"{shape}: only sh:select SPARQL constraints are compiled")
        if not tuple(self.g.objects(constraint, SH.message)):
            raise Unsupported(f"{shape}: a SPARQL constraint without sh:message")
        text = str(select)
        if _UNSUPPORTED_SPARQL.search(text) or len(re.findall(r"\bSELECT\b", text, re.IGNORECASE)) != 1:
            raise Unsupported(f"{shape}: the SPARQL constraint uses a form that is not compiled")
        text = re.sub(r"\$this\b", "?this", text)
        text = re.sub(r"^(\s*SELECT)\s+(?!DISTINCT\b)", r"\1 DISTINCT ", text, count=1, flags=re.IGNORECASE)
        query = f"{self._prefixes(constraint)}\n{inject(text, focus)}"
        messages = tuple(self.g.objects(constraint, SH.message))
        severity = self.g.value(shape, SH.severity) or SH.Violation
        return Check(shape, SH.SPARQLConstraintComponent, severity, messages, None, query, "row", constraint=constraint)


def inject(query: str, pattern: str) -> str:
    """``pattern`` put at the start of every group of the query's WHERE clause but EXISTS and VALUES blocks.

    Strings, IRIs and comments are skipped while scanning; ``<`` as an operator is told apart from
    an IRI by the IRI grammar (no spaces).
    """
    out: list[str] = []
    stack: list[bool] = []  # per open brace: whether groups inside it receive the pattern
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            out.append(query[i : j + len(quote)])
            i = j + len(quote)
            continue
        if c == "<":
            m = _IRIREF.match(query, i)
            if m:
                out.append(m.group())
                i = m.end()
                continue
        if c == "#":
            j = query.find("\n", i)
            j = n if j < 0 else j
            out.append(query[i:j])
            i = j
            continue
        if c == "{":
            before = "".join(out).rstrip()
            opaque = bool(re.search(r"EXISTS$", before, re.IGNORECASE)) or bool(
                re.search(r"VALUES\s*(\?\w+|\(\s*[^)]*\))$", before, re.IGNORECASE)
            )
            inherits = all(stack)
            stack.append(inherits and not opaque)
            out.append("{")
            if inherits and not opaque:
                out.append(f" {pattern}")
            i += 1
            continue
        if c == "}" and stack:
            stack.pop()
        out.append(c)
        i += 1
    return "".join(out)
