"""The one Turtle writer: sorted, prefixed, byte-stable output.

Every file the project writes (``data/``, ``export``, ``ingest``) goes through here, so that the
same triples always give the same bytes and a changed fact is a one-line diff. Blank nodes that
are the object of exactly one triple are written inline (``[ … ]``); any other blank node gets a
label derived from its position in the sorted output, never a random one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TextIO

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import PREFIXES, RDF, XSD
from ccpcj_kg.model.terms import Subject, Triple

_PN_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")
_RDF_TYPE = RDF + "type"
_FIRST_PREDICATES = {_RDF_TYPE: "0", "http://www.w3.org/2000/01/rdf-schema#label": "1"}
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}



def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


MAX_NESTING = 100  # inline blank nodes and lists inside one another; curated data nests a few levels


def _check_nesting(by_subject: dict[Subject, list[Triple]], inline: set[ox.BlankNode]) -> None:
    """An InputError when inline blank nodes nest deeper than MAX_NESTING: the writer recurses once
    per level (200,000 nested lists ended in a RecursionError, exit 4) and its sort keys grow with
    the square of the depth."""
    parent: dict[ox.BlankNode, Subject] = {}
    for subject, triples in by_subject.items():
        for t in triples:
            if isinstance(t[2], ox.BlankNode) and t[2] in inline:
                parent[t[2]] = subject
    depth: dict[Subject, int] = {}
    for node in inline:
        chain: list[Subject] = []
        current: Subject = node
        while current in parent and current not in depth and len(chain) <= len(parent):
            chain.append(current)
            current = parent[current]  # type: ignore[index]
        level = depth.get(current, 0)
        for item in reversed(chain):
            level += 1
            depth[item] = level
            if level > MAX_NESTING:
                raise InputError(f"blank nodes or lists nested more than {MAX_NESTING} levels deep "
                                 "cannot be written as canonical Turtle")


class _Writer:
    def __init__(self, triples: Iterable[Triple], prefixes: dict[str, str]) -> None:
        self.by_subject: dict[Subject, list[Triple]] = defaultdict(list)
        object_uses: dict[ox.BlankNode, int] = defaultdict(int)
        for t in triples:
            self.by_subject[t[0]].append(t)
            if isinstance(t[2], ox.BlankNode):
                object_uses[t[2]] += 1
        # Longest namespace first, so that `state:KEN` wins over `id:state/KEN`.
        self.prefixes = prefixes
        self.namespaces = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.used_prefixes: set[str] = set()
        self.object_blanks = set(object_uses)
        self.inline = {b for b, n in object_uses.items() if n == 1}
        self.inline -= self._unreachable(self.inline)
        _check_nesting(self.by_subject, self.inline)
        self._inline_keys: dict[ox.BlankNode, str] = {}
        self.labels: dict[ox.BlankNode, str] = {}

    def _unreachable(self, inline: set[ox.BlankNode]) -> set[ox.BlankNode]:
        """Inline candidates no root leads to: a cycle of blank nodes each used once (``_:a :p _:b .
        _:b :p _:a .``) has no root to be written under, so its nodes are written as labelled roots."""
        stack = [t[2] for s, ts in self.by_subject.items() if s not in inline for t in ts if t[2] in inline]
        reached: set[ox.BlankNode] = set()
        while stack:
            node = stack.pop()
            if isinstance(node, ox.BlankNode) and node not in reached:
                reached.add(node)
                stack.extend(t[2] for t in self.by_subject.get(node, []) if t[2] in inline)
        return inline - reached

    # -- terms ---------------------------------------------------------------------------------
    def iri(self, iri: str) -> str:
        for prefix, ns in self.namespaces:
            if iri.startswith(ns):
                local = iri[len(ns) :]
                if local == "" or _PN_LOCAL.match(local):
                    self.used_prefixes.add(prefix)
                    return f"{prefix}:{local}"
        return f"<{iri}>"

    def literal(self, lit: ox.Literal) -> str:
        text = f'"{_escape(lit.value)}"'
        if lit.language:
            return f"{text}@{lit.language}"
        dt = lit.datatype.value
        if dt == XSD + "string":
            return text
        if dt == XSD + "integer" and _INTEGER.match(lit.value):
            return lit.value
        if dt == XSD + "boolean" and lit.value in ("true", "false"):
            return lit.value
        return f"{text}^^{self.iri(dt)}"

    def term(self, node: ox.NamedNode | ox.BlankNode | ox.Literal, indent: int) -> str:
        if isinstance(node, ox.NamedNode):
            return self.iri(node.value)
        if isinstance(node, ox.Literal):
            return self.literal(node)
        if node in self.inline:
            return self.inline_block(node, indent)
        return "_:" + self.labels[node]

    # -- sort keys (independent of blank node identifiers) ------------------------------------
    def key(self, node: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
        if isinstance(node, ox.BlankNode):
            return "~" + self.inline_key(node)
        return str(node)

    def inline_key(self, node: ox.BlankNode) -> str:
        return self._blank_key(node, frozenset())[0]

    def _blank_key(self, node: ox.BlankNode, visiting: frozenset[ox.BlankNode]) -> tuple[str, bool]:
        """A blank node's sort key from its content; ``False`` when it met a cycle (``?``), which
        is then not cached, so that the key does not depend on where the walk entered the cycle."""
        if node in self._inline_keys:
            return self._inline_keys[node], True
        if node in visiting:
            return "?", False
        inner = visiting | {node}
        closed = True
        parts = []
        for t in self.by_subject.get(node, []):
            if isinstance(t[2], ox.BlankNode):
                key, done = self._blank_key(t[2], inner)
                closed = closed and done
                parts.append(f"{t[1]} ~{key}")
            else:
                parts.append(f"{t[1]} {t[2]}")
        key = "[" + " ; ".join(sorted(parts)) + "]"
        if closed:
            self._inline_keys[node] = key
        return key, closed

    # -- blocks --------------------------------------------------------------------------------
    def predicate_lines(self, triples: list[Triple], indent: int) -> list[str]:
        grouped: dict[str, list[Triple]] = defaultdict(list)
        for t in triples:
            grouped[t[1].value].append(t)
        pad = " " * indent
        lines = []
        for pred in sorted(grouped, key=lambda p: (_FIRST_PREDICATES.get(p, "2"), p)):
            objs = sorted(grouped[pred], key=lambda t: self.key(t[2]))
            verb = "a" if pred == _RDF_TYPE else self.iri(pred)
            rendered = [self.term(t[2], indent + 4) for t in objs]
            joined = (" ,\n" + pad + "    ").join(rendered)
            lines.append(f"{pad}{verb} {joined}")
        return lines

    def inline_block(self, node: ox.BlankNode, indent: int) -> str:
        if not self.by_subject.get(node):
            return "[]"
        body = self.predicate_lines(self.by_subject[node], indent + 4)
        return "[\n" + " ;\n".join(body) + "\n" + " " * indent + "]"

    def blocks(self, indent_subjects: int = 0) -> Iterator[str]:
        """Each subject's block, in sorted order (blank nodes written inline are not roots)."""
        roots = [s for s in self.by_subject if s not in self.inline]
        roots.sort(key=lambda s: (isinstance(s, ox.BlankNode), self.key(s)))
        for n, node in enumerate(r for r in roots if isinstance(r, ox.BlankNode)):
            self.labels[node] = f"b{n}"
        # shared blank nodes with no triples of their own (``<a> :p _:x . <b> :p _:x .``)
        bare = sorted((b for b in self.object_blanks if b not in self.inline and b not in self.by_subject),
                      key=self.key)
        for n, node in enumerate(bare, start=len(self.labels)):
            self.labels[node] = f"b{n}"
        pad = " " * indent_subjects
        for subject in roots:
            head = pad + self.term(subject, indent_subjects)
            body = self.predicate_lines(self.by_subject[subject], indent_subjects + 4)
            yield head + "\n" + " ;\n".join(body) + " .\n"

    def header(self, prefixes: Iterable[str]) -> str:
        return "".join(f"@prefix {p}: <{self.prefixes[p]}> .\n" for p in sorted(prefixes))

    def render(self) -> str:
        body = "\n".join(self.blocks())
        header = self.header(self.used_prefixes)
        return header + ("\n" if header else "") + body

def to_turtle(triples: Iterable[Triple], prefixes: dict[str, str] | None = None) -> str:
    """Serialise triples as canonical Turtle (same triples → same bytes)."""
    return _Writer(triples, prefixes or PREFIXES).render()


def write_turtle(triples: Iterable[Triple], out: TextIO, *, graph: str | None = None,
                 prefixes: dict[str, str] | None = None, header: bool = True) -> None:
    """Stream canonical Turtle (or one TriG graph block when ``graph`` is given) to ``out``.

    Every known prefix is declared up front, so that blocks can be written as they are rendered
    instead of being held until the used prefixes are known.
    """
    chosen = prefixes or PREFIXES
    writer = _Writer(triples, chosen)
    if header:
        out.write(writer.header(chosen) + "\n")
    if graph is None:
        for n, block in enumerate(writer.blocks()):
            out.write(("\n" if n else "") + block)
        return
    out.write(f"{writer.iri(graph)} {{\n")
    for n, block in enumerate(writer.blocks(indent_subjects=4)):
        out.write(("\n" if n else "") + block)
    out.write("}\n")
