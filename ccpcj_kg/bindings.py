"""Bind RDF terms into SPARQL text as a ``VALUES`` block, for stores reached over HTTP.

The embedded store takes parameters as pyoxigraph ``substitutions``; a remote store only gets
text. So the terms are written in their N-Triples form (``str()`` of a pyoxigraph term, which
escapes quotes, backslashes and line breaks) into a ``VALUES`` block placed first in the
query's outermost ``WHERE`` group, where every pattern of the group joins with it. A user's
value is therefore always one RDF term, never SPARQL syntax: ``x" } ; DROP ALL ; #`` becomes
the literal ``"x\\" } ; DROP ALL ; #"``.

The block is found by a small scanner that skips comments, strings and IRIs, so braces or
keywords inside them do not mislead it. ``tests/test_remote.py`` checks that every saved query
gives the same answer bound this way as with substitutions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.terms import Object as Term

_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][\w.-]*(?::[\w.%-]*)?|:[\w.%-]*")
_VAR = re.compile(r"[?$][\w]+")
_STRINGS = ('"""', "'''", '"', "'")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Token:
    """A significant piece of query text: kind is word, var, iri, string or punct."""

    kind: str
    text: str
    start: int


def tokens(query: str) -> Iterator[Token]:
    """Words, variables, IRIs, strings and punctuation of ``query``; comments and spaces skipped."""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            end = _string_end(query, i)
            yield Token("string", query[i:end], i)
            i = end
        elif c == "<" and (m := _IRI.match(query, i)):
            yield Token("iri", m.group(), i)
            i = m.end()
        elif c in "?$" and (m := _VAR.match(query, i)):
            yield Token("var", m.group(), i)
            i = m.end()
        elif (m := _WORD.match(query, i)):
            yield Token("word", m.group(), i)
            i = m.end()
        else:
            yield Token("punct", c, i)
            i += 1


def _string_end(query: str, start: int) -> int:
    quote = next(q for q in _STRINGS if query.startswith(q, start))
    i = start + len(quote)
    while i < len(query):
        if query[i] == "\\":
            i += 2
        elif query.startswith(quote, i):
            return i + len(quote)
        else:
            i += 1
    raise InputError("unterminated string in the query")


def where_brace(query: str) -> int | None:
    """The offset of the ``{`` that opens the query's outermost WHERE group (None: it has none)."""
    toks = list(tokens(query))
    form = next((k for k, t in enumerate(toks) if t.kind == "word" and t.text.upper() in _FORMS), None)
    if form is None:
        return None
    k = form + 1
    if toks[form].text.upper() == "CONSTRUCT":
        nxt = next((t for t in toks[k:] if t.kind != "punct" or t.text == "{"), None)
        if nxt is not None and nxt.text == "{":  # skip the template: CONSTRUCT { … } WHERE { … }
            k = toks.index(nxt) + 1
            depth = 1
            while k < len(toks) and depth:
                if toks[k].kind == "punct" and toks[k].text in "{}":
                    depth += 1 if toks[k].text == "{" else -1
                k += 1
    for t in toks[k:]:
        if t.kind == "punct" and t.text == "{":
            return t.start
    return None


def declares_dataset(query: str) -> bool:
    """True when the query names its own dataset (``FROM`` or ``FROM NAMED`` before its WHERE group)."""
    brace = where_brace(query)
    return any(t.kind == "word" and t.text.upper() == "FROM" and (brace is None or t.start < brace)
               for t in tokens(query))


def values_block(substitutions: Mapping[ox.Variable, Term]) -> str:
    """``VALUES (?a ?b) { (<…> "…") }`` from terms in N-Triples form (blank nodes are refused)."""
    names, cells = [], []
    for var, term in substitutions.items():
        if isinstance(term, ox.BlankNode):
            raise InputError(f"cannot bind ?{var.value} to a blank node in a remote query")
        names.append(f"?{var.value}")
        cells.append(str(term))
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


_MODIFIERS = {"LIMIT", "OFFSET", "GROUP", "HAVING"}
_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}


def _closing(toks: list[Token], k: int) -> int:
    """The index of the ``}`` matching the ``{`` at ``toks[k]``."""
    depth = 0
    for j in range(k, len(toks)):
        if toks[j].kind == "punct" and toks[j].text in "{}":
            depth += 1 if toks[j].text == "{" else -1
            if depth == 0:
                return j
    raise InputError("unbalanced braces in the query")


def _subquery_blocks(query: str, names: set[str]) -> list[tuple[int, set[str]]]:
    """Where a subquery that projects some of ``names`` as plain variables opens its WHERE group.

    Binding them there too changes no answer (the subquery's rows join the outer VALUES anyway)
    but lets the store restrict the subquery early. Subqueries with LIMIT, OFFSET, GROUP BY,
    HAVING or aggregates are left alone: restricting them first could change what they return.
    """
    toks = list(tokens(query))
    out: list[tuple[int, set[str]]] = []
    for k in range(len(toks) - 1):
        if not (toks[k].text == "{" and toks[k].kind == "punct" and toks[k + 1].text.upper() == "SELECT"):
            continue
        end = _closing(toks, k)
        brace = next((j for j in range(k + 2, end) if toks[j].kind == "punct" and toks[j].text == "{"), None)
        if brace is None:
            continue
        projection = toks[k + 2 : brace]
        group_end = _closing(toks, brace)
        words = {t.text.upper() for t in projection + toks[group_end:end] if t.kind == "word"}
        if words & (_MODIFIERS | _AGGREGATES):
            continue
        if any(t.text == "*" for t in projection):
            bound = {t.text[1:] for t in toks[brace:group_end] if t.kind == "var"} & names
        else:
            depth, bound = 0, set()
            for t in projection:
                depth += {"(": 1, ")": -1}.get(t.text, 0) if t.kind == "punct" else 0
                if t.kind == "var" and depth == 0 and t.text[1:] in names:
                    bound.add(t.text[1:])
        if bound:
            out.append((toks[brace].start, bound))
    return out


def bind_values(query: str, substitutions: Mapping[ox.Variable, Term], *, subqueries: bool = True) -> str:
    """The query with ``substitutions`` bound in a VALUES block at the top of its WHERE group.

    With ``subqueries``, subqueries that project a bound variable get the block too (see
    ``_subquery_blocks``: the Oxigraph server took 13 s instead of milliseconds without it on a
    path in a subquery; Virtuoso 7.2 fails on it with "transitive start not given" and binds the
    subquery well by itself). A query without a WHERE group (``DESCRIBE <x>``) gets the block as a
    trailing VALUES clause.
    """
    if not substitutions:
        return query
    block = values_block(substitutions)
    brace = where_brace(query)
    if brace is None:
        return f"{query.rstrip()}\n{block}\n"
    by_name = {var.value: (var, term) for var, term in substitutions.items()}
    inserts = [(brace, block)]
    for offset, names in _subquery_blocks(query, set(by_name)) if subqueries else []:
        inserts.append((offset, values_block(dict(by_name[n] for n in sorted(names)))))
    for offset, text in sorted(inserts, reverse=True):
        query = f"{query[: offset + 1]}\n  {text}\n{query[offset + 1 :]}"
    return query
