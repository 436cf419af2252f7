"""The one transitive closure of a hierarchy (subclass, subproperty, equivalence links).

The reasoner's axioms, the SHACL compiler's ``sh:class`` test and ``validate --all``'s inferred
types all need "every class above (or below) this one"; they share this walk.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def strict_closure(edges: Mapping[T, Iterable[T]]) -> dict[T, set[T]]:
    """Every node reachable from each node by one or more edges, the node itself left out (also
    on a cycle); nodes that reach nothing have no entry."""
    closed: dict[T, set[T]] = {}
    for start in edges:
        seen: set[T] = set()
        todo = list(edges[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(edges.get(node, ()))
        seen.discard(start)
        if seen:
            closed[start] = seen
    return closed
