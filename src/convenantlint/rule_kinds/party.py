"""Party rules: for each party the agreement names, something must hold where it acts.

A party counts as covered when the 'wie doet wat' matrix (structure.matrix) has an entry
for it in the cell the rule names (``matrix: contributions | tasks | interests |
decisions | membership``), or when a sentence in which it acts satisfies ``any``. For
contributions a collective actor ('Partijen', 'we') covers every party: 'We delen onze
kennis' is inbreng of all; for the other cells the sentence must name the party."""

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


def parties_where(ctx: Context, units, collective: bool = True) -> set[str]:
    """The parties that act in these sentences; with ``collective`` False a sentence whose
    actor is 'Partijen' or 'wij' names nobody in particular and counts for no one."""
    out: set[str] = set()
    agreement = ctx.agreement
    # The party list, the title and the signatures name parties but give them nothing.
    skip = agreement.unread_spans()
    sents = ctx.index.units("sentence")
    if collective:
        for unit in units:
            if not any(s.start <= sents[unit][0] < s.end for s in skip):
                out.update(acting_parties(ctx, unit))
        return out
    from ..structure.actors import attribution

    for unit in units:
        start, end, _, _ = sents[unit]
        if end <= start or any(s.start <= start < s.end for s in skip):
            continue
        found = attribution(ctx.agreement, start, end)
        if found.keys and not found.collective:
            out.update(found.keys)
    return out


def matrix_rows(ctx: Context):
    """The 'wie doet wat' matrix of the document (built once per document)."""
    from ..structure.matrix import party_matrix

    return {r.key: r for r in party_matrix(ctx.agreement)}


def parties_in_matrix(ctx: Context, cell: str | None) -> set[str]:
    if not cell:
        return set()
    return {key for key, row in matrix_rows(ctx).items() if getattr(row, cell, None)}


@kind("party")
class PartyKind(RuleKind):
    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.conds = matchers.compile_conditions(self.check.get("any") or [])
        self.cell = self.check.get("matrix")

    def run(self, ctx: Context) -> Iterable[Hit]:
        parties = ctx.agreement.parties
        if not parties:
            return
        covered = parties_in_matrix(ctx, self.cell)
        if self.conds and len(covered) < len(parties):
            # What a party brings in may be said of all partners together ('We delen onze
            # kennis'); a task or an interest must be said of the party itself.
            covered |= parties_where(ctx, ctx.index.where_any(self.conds),
                                     collective=self.cell in (None, "contributions"))
        for party in parties:
            if party.key in covered:
                continue
            span = party.span or (party.mentions[0] if party.mentions else None)
            yield Hit(start=span.start if span else None, end=span.end if span else None,
                      party=party.key)
