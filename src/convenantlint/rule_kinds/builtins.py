"""Checks the YAML cannot express on its own. The YAML still declares each one, names it
here, and keeps its vocabulary and thresholds as options."""

from __future__ import annotations

from typing import Iterable

from .anchor import anchor_span
from .base import Context, Hit, RuleKind, builtin
from .party import parties_in_matrix, parties_where


@builtin("wie_doet_wat")
class WhoDoesWhat(RuleKind):
    """ORG-02: no tasks at all (document), or a party without a task (per party).

    A party has a task when the 'wie doet wat' matrix gives it one (structure.matrix:
    a task verb in a clause it is the subject of, a role, a list under 'De Gemeente:'),
    or when a sentence in which it acts by name matches ``tasks``. Tasks of 'Partijen'
    or 'we' in general are no task of any party in particular."""

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        options = self.check.get("options", {})
        self.tasks = matchers.compile_conditions(options.get("tasks"))
        self.party_severity = options.get("party_severity", "warning")
        self.anchor = options.get("anchor")

    def run(self, ctx: Context) -> Iterable[Hit]:
        agreement = ctx.agreement
        task_units = ctx.index.where_any(self.tasks)
        if not agreement.parties:
            # Nobody named as a party: only a text without any task sentence at all
            # reports (who the parties are is ORG-04's question).
            if not task_units:
                start, end = anchor_span(agreement, self.anchor)
                yield Hit(start=start, end=end, detail="aan geen enkele partij zijn taken toegewezen")
            return
        with_task = parties_in_matrix(ctx, "tasks")
        if len(with_task) < len(agreement.parties):
            with_task |= parties_where(ctx, task_units, collective=False)
        if not with_task:
            # No party has a task: the document reports, and so does every party.
            start, end = anchor_span(agreement, self.anchor)
            yield Hit(start=start, end=end, detail="aan geen enkele partij zijn taken toegewezen")
        for party in agreement.parties:
            if party.key not in with_task:
                span = party.span or (party.mentions[0] if party.mentions else None)
                yield Hit(start=span.start if span else None, end=span.end if span else None,
                          party=party.key, severity=self.party_severity,
                          detail=f"{party.key} heeft geen eigen taak of verantwoordelijkheid")


@builtin("fase_overgeslagen")
class PhaseSkipped(RuleKind):
    """PRO-05: a later-phase text (form, money, tasks) whose early phases left no trace."""

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        options = self.check.get("options", {})
        self.early = list(options.get("early", ["AMB-02", "BEL-01"]))
        self.phases = {name: matchers.compile_conditions(conds)
                       for name, conds in (options.get("phases") or {}).items()}
        self.later = list(options.get("later", ["overeenkomen", "vormgeven", "uitvoeren"]))
        self.needs = tuple(self.early)

    def reflected(self, ctx: Context) -> list[str]:
        return [name for name, conds in self.phases.items() if ctx.index.where_any(conds)]

    def run(self, ctx: Context) -> Iterable[Hit]:
        phases = self.reflected(ctx)
        ctx.extras["phases"] = phases
        in_later = [p for p in phases if p in self.later]
        early_missing = all(ctx.results.get(rule_id) for rule_id in self.early)
        if in_later and early_missing:
            start, end = anchor_span(ctx.agreement, None)
            shown = ", ".join(phases) if phases else "geen"
            yield Hit(start=start, end=end, detail=f"de tekst laat deze fasen zien: {shown}")


@builtin("spraakverwarring")
class Confusion(RuleKind):
    """AMB-10: defined terms that are not defined, inconsistent party names, dead references."""

    def run(self, ctx: Context) -> Iterable[Hit]:
        from ..structure import problems

        agreement = ctx.agreement
        for finder in (problems.definition_problems, problems.party_naming_problems,
                       problems.crossref_problems):
            for start, end, detail in finder(agreement):
                yield Hit(start=start, end=end, detail=detail,
                          unit=ctx.index.unit_at(start))
