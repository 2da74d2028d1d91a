"""Output formats. Each reads the same list of checked files; none re-runs anything."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Result
from ..findings import DimensionSummary, summarise
from ..positions import LineIndex


@dataclass
class FileReport:
    """One checked file, ready for any output format."""

    path: str
    result: Result

    @property
    def findings(self):
        return self.result.findings

    @property
    def kind(self) -> str:
        return self.result.agreement.kind

    def summary(self) -> dict[str, DimensionSummary]:
        return summarise(self.result.findings)

    def lines(self) -> LineIndex:
        index = getattr(self, "_lines", None)
        if index is None:
            index = self._lines = LineIndex(self.result.agreement.text)
        return index


FORMATS = ("text", "json")
