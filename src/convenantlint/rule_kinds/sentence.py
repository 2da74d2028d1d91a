"""Sentence rules: `terms` (term lists on lemmas), `pattern` (spaCy token patterns) and
`sentences` (every sentence that meets the conditions: for findings that are about a
sentence as a whole, such as a goal stated under the heading 'Onze ambitie').

All find candidate spans, then keep a unit (sentence or clause) only when `only_if`
holds there and `unless` does not: "a buzzword, unless a measurable element is near".
One finding per unit, covering every matched span in it.
"""

from __future__ import annotations

from typing import Iterable

from .base import Context, Hit, RuleKind, kind
from .span_filters import compile_span_filters


class _SentenceKind(RuleKind):
    names_terms = True     # the finding's {terms} are the matched words

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.within = self.check.get("within", "sentence")
        if self.within == "clause":
            matchers.uses_clauses = True
        self.only_if = matchers.compile_conditions(self.check.get("only_if"))
        self.unless = matchers.compile_conditions(self.check.get("unless"))
        self.skip_if = compile_span_filters(self.check.get("skip_if"))

    def spans(self, ctx: Context) -> list[tuple[int, int]]:
        raise NotImplementedError

    def run(self, ctx: Context) -> Iterable[Hit]:
        index = ctx.index
        spans = self.spans(ctx)
        if not spans:
            return
        tok_unit = index.tok_unit(self.within)
        # only_if and unless are asked only about the units that have a match at all.
        candidates = {tok_unit[s] for s, _ in spans}
        allowed = None
        if self.only_if:
            allowed = index.where_any(self.only_if, self.within, candidates)
            candidates &= allowed
        blocked = (index.where_any(self.unless, self.within, candidates)
                   if self.unless and candidates else frozenset())
        by_unit: dict[int, list[tuple[int, int]]] = {}
        for start, end in spans:
            unit = tok_unit[start]
            if unit in blocked or (allowed is not None and unit not in allowed):
                continue
            if self.skip_if and any(f(index, start, end, self.within) for f in self.skip_if):
                continue
            by_unit.setdefault(unit, []).append((start, end))
        doc = index.doc
        sent_of = index.tok_unit("sentence")
        for unit, found in sorted(by_unit.items()):
            first = min(s for s, _ in found)
            last = max(e for _, e in found)
            words = []
            for s, e in sorted(found) if self.names_terms else ():
                word = doc[s:e].text
                if word.lower() not in (w.lower() for w in words):
                    words.append(word)
            yield Hit(start=doc[first].idx, end=doc[last - 1].idx + len(doc[last - 1]),
                      terms=tuple(words), unit=sent_of[first])


@kind("terms")
class TermsKind(_SentenceKind):
    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.list_id = matchers.add_terms(self.check["terms"], self.check.get("compounds", True),
                                          self.check.get("exclude"))

    def spans(self, ctx: Context) -> list[tuple[int, int]]:
        return ctx.index.term_hits(self.list_id)


@kind("pattern")
class PatternKind(_SentenceKind):
    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        self.key = matchers.add_patterns(self.check["patterns"])

    def spans(self, ctx: Context) -> list[tuple[int, int]]:
        return ctx.index.pattern_hits(self.key)


@kind("sentences")
class SentencesKind(_SentenceKind):
    """Every sentence (or clause) where `only_if` holds and `unless` does not."""

    names_terms = False

    def spans(self, ctx: Context) -> list[tuple[int, int]]:
        doc = ctx.index.doc
        out = []
        for _, _, first, last in ctx.index.units(self.within):
            while last > first and doc[last - 1].is_space:
                last -= 1
            if last > first:
                out.append((first, last))
        return out
