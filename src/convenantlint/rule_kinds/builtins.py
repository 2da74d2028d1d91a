"""Checks the YAML cannot express on its own. The YAML still declares each one, names it
here, and keeps its vocabulary and thresholds as options."""

from __future__ import annotations

from typing import Iterable

from .anchor import anchor_span
from .base import Context, Hit, RuleKind, builtin
from .party import parties_where


@builtin("wie_doet_wat")
class WhoDoesWhat(RuleKind):
    """ORG-02: no tasks at all (document), or a party without a task (per party)."""

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        options = self.check.get("options", {})
        self.tasks = matchers.compile_conditions(options.get("tasks"))
        self.party_severity = options.get("party_severity", "warning")
        self.anchor = options.get("anchor")

    def run(self, ctx: Context) -> Iterable[Hit]:
        agreement = ctx.agreement
        with_task = parties_where(ctx, ctx.index.where_any(self.tasks))
        if not agreement.parties or not with_task:
            start, end = anchor_span(agreement, self.anchor)
            yield Hit(start=start, end=end, detail="aan geen enkele partij zijn taken toegewezen")
            return
        for party in agreement.parties:
            if party.key not in with_task:
                span = party.span or (party.mentions[0] if party.mentions else None)
                yield Hit(start=span.start if span else None, end=span.end if span else None,
                          party=party.key, severity=self.party_severity,
                          detail=f"{party.key} heeft geen eigen taak of verantwoordelijkheid")


@builtin("organisatiegraad")
class Organisation(RuleKind):
    """ORG-08: no governance body at all, or more bodies than the text can carry."""

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        options = self.check.get("options", {})
        self.bodies = matchers.add_terms(options.get("bodies") or ["stuurgroep"])
        self.max_bodies = int(options.get("max_bodies", 4))
        self.words_per_body = int(options.get("words_per_body", 300))

    def run(self, ctx: Context) -> Iterable[Hit]:
        index = ctx.index
        doc = index.doc
        names: dict[str, tuple[int, int]] = {}
        for s, e in index.term_hits(self.bodies):
            name = " ".join(t.lemma_ or t.lower_ for t in doc[s:e])
            names.setdefault(name, (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
        words = sum(1 for t in doc if not (t.is_punct or t.is_space))
        start, end = anchor_span(ctx.agreement, None)
        if not names:
            yield Hit(start=start, end=end, detail="er is geen overleg- of bestuursorgaan")
            return
        count = len(names)
        if count > self.max_bodies or words / count < self.words_per_body:
            listed = ", ".join(sorted(names))
            first = min(names.values())
            yield Hit(start=first[0], end=first[1],
                      detail=f"{count} organen ({listed}) op {words} woorden")


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
