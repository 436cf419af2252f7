"""What a validation found: the findings a curator reads and the verdict, engine-independent."""

from __future__ import annotations

from dataclasses import dataclass, field

import rdflib


@dataclass
class Finding:
    """One validation result, with what a curator needs to find and fix it."""

    severity: str  # "Violation", "Warning", "Info"
    shape: str  # local name of the shape (ccpcjsh:...)
    focus: rdflib.term.Node
    path: rdflib.term.Node | None
    value: rdflib.term.Node | None
    message: str
    component: str
    label: str | None = None
    file: str | None = None
    line: int | None = None
    hint: str | None = None


@dataclass
class Outcome:
    """The verdict, the findings kept, the SHACL report graph, and what was checked."""

    conforms: bool
    findings: list[Finding]
    report: rdflib.Graph
    data: rdflib.Graph
    checked_triples: int
    context_triples: int
    seconds: float
    files: list[str] = field(default_factory=list)

    @property
    def violations(self) -> int:
        return sum(1 for f in self.findings if f.severity == "Violation")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "Warning")

    @property
    def infos(self) -> int:
        return sum(1 for f in self.findings if f.severity not in ("Violation", "Warning"))
