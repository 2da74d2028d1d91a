"""Document rules: every named part must be present somewhere in the text.

"halen en brengen": AMB-06 reports which of time, money and knowledge no one commits.
"""

from __future__ import annotations

from typing import Iterable

from .anchor import anchor_span
from .base import Context, Hit, RuleKind, kind


@kind("requires")
class RequiresKind(RuleKind):
    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.parts = [(p["name"], p["label"], matchers.compile_conditions(p["any"]),
                       int(p.get("min", 1))) for p in self.check["parts"]]
        self.report = self.check.get("report", "any_missing")
        self.all_missing_severity = self.check.get("all_missing_severity")
        self.anchor = self.check.get("anchor")

    def missing_parts(self, ctx: Context) -> list[tuple[str, str]]:
        return [(name, label) for name, label, conds, least in self.parts
                if not ctx.index.holds_in(conds, least)]

    def run(self, ctx: Context) -> Iterable[Hit]:
        missing = self.missing_parts(ctx)
        if not missing:
            return
        all_missing = len(missing) == len(self.parts)
        if self.report == "all_missing" and not all_missing:
            return
        start, end = anchor_span(ctx.agreement, self.anchor)
        yield Hit(start=start, end=end,
                  missing=tuple(n for n, _ in missing),
                  missing_labels=tuple(label for _, label in missing),
                  severity=self.all_missing_severity if all_missing else None)
