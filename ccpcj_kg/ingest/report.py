"""Warnings with their place in the report, and the summary ``--dry-run`` prints."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Warning:
    """Something the ingest could not read, or read with doubt, and where (paragraph or section)."""

    para: int | None
    message: str
    section: str | None = None

    def where(self) -> str:
        if self.para is not None:
            return f"para. {self.para}"
        return self.section or "report"

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


@dataclass
class Warnings:
    """An ordered, de-duplicated list of warnings."""

    items: list[Warning] = field(default_factory=list)
    seen: set[Warning] = field(default_factory=set, repr=False)  # constant-time de-duplication

    def add(self, message: str, para: int | None = None, section: str | None = None) -> None:
        self._keep(Warning(para, message, section))

    def _keep(self, w: Warning) -> None:
        if w not in self.seen:
            self.seen.add(w)
            self.items.append(w)

    def extend(self, other: Warnings) -> None:
        for w in other.items:
            self._keep(w)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class Summary:
    """What an ingest found: counts by kind, unresolved names, warnings, and nodes already in the graph."""

    report: str
    session: int
    counts: Counter[str]
    unresolved: list[Warning]
    warnings: list[Warning]
    triples: int
    existing: int
    ledger: str = ""  # the ledger's one-line summary (share of paragraphs understood)

    def render(self) -> str:
        lines = [f"ingest of {self.report} (session {self.session}): {self.triples} triples"]
        lines.append("extracted:")
        width = max((len(k) for k in self.counts), default=0)
        for kind, n in sorted(self.counts.items()):
            lines.append(f"  {kind.ljust(width)}  {n}")
        lines.append(f"nodes already in the graph (labels kept from the graph): {self.existing}")
        if self.ledger:
            lines.append(self.ledger)
        lines.append(f"unresolved names: {len(self.unresolved)}")
        lines += [f"  {w}" for w in self.unresolved]
        others = [w for w in self.warnings if w not in self.unresolved]
        lines.append(f"warnings: {len(others)}")
        lines += [f"  {w}" for w in others]
        return "\n".join(lines) + "\n"
