"""Party rules: for each party the agreement names, something must hold where it acts."""

from __future__ import annotations

from typing import Iterable

from .base import Context, Hit, RuleKind, kind


def acting_parties(ctx: Context, unit: int) -> tuple[str, ...]:
    """Keys of the parties that act in sentence `unit` (cached per document)."""
    cache = ctx.index.attribution
    found = cache.get(unit)
    if found is None:
        from ..structure import attribute

        start, end, _, _ = ctx.index.units("sentence")[unit]
        found = tuple(attribute(ctx.agreement, start, end))
        cache[unit] = found
    return found


def parties_where(ctx: Context, units) -> set[str]:
    out: set[str] = set()
    for unit in units:
        out.update(acting_parties(ctx, unit))
    return out


@kind("party")
class PartyKind(RuleKind):
    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.conds = matchers.compile_conditions(self.check["any"])

    def run(self, ctx: Context) -> Iterable[Hit]:
        parties = ctx.agreement.parties
        if not parties:
            return
        covered = parties_where(ctx, ctx.index.where_any(self.conds))
        for party in parties:
            if party.key in covered:
                continue
            span = party.span or (party.mentions[0] if party.mentions else None)
            yield Hit(start=span.start if span else None, end=span.end if span else None,
                      party=party.key)
