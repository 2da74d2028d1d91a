"""Output formats. Each reads the same list of checked files; none re-runs anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..findings import DimensionSummary, Finding, summarise
from ..plain_text import Moved
from ..positions import LineIndex


@dataclass
class FileReport:
    """One checked file, ready for any output format. Plain data: it crosses processes."""

    path: str
    text: str
    kind: str
    findings: list[Finding]
    extras: dict[str, Any] = field(default_factory=dict)   # phases, parties, structure ...
    moved: Moved = field(default_factory=Moved)            # characters plain_text moved

    def summary(self) -> dict[str, DimensionSummary]:
        return summarise(self.findings)

    def lines(self) -> LineIndex:
        index = self.__dict__.get("_lines")
        if index is None:
            index = self.__dict__["_lines"] = LineIndex(self.text, self.moved)
        return index
