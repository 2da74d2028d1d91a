"""Filters on one matched passage (`skip_if` in a rule): quoted, negated, in a relative clause,
part of a name.

`unless` looks at the whole sentence; these look at the passage itself, so "De term
'inspanningsverplichting' betekent ..." or "geen inspanningsverplichting" or "Jongeren
die zich inspannen ..." do not count as a vague promise, while the rest of the sentence
still can.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from ..compiled_regex import compile as compile_cached

if TYPE_CHECKING:
    from .conditions import DocIndex

SpanFilter = Callable[["DocIndex", int, int, str], bool]

# An opening quote at a word start and its closing quote at a word end: apostrophes in
# "auto's" or "'s middags" are neither.
_QUOTED = compile_cached(
    r"(?:(?<![\w])'(?!s\s)[^'\n]{1,200}?'(?![\w])|‘[^’\n]{1,200}?’|\"[^\"\n]{1,200}?\""
    r"|“[^”\n]{1,200}?”|„[^”“\n]{1,200}?[”“]|«[^»\n]{1,200}?»)")
_NEGATIONS = frozenset("geen niet nooit zonder noch".split())
_RELATIVE = frozenset("die welke wie waarop waarin waarbij waarvoor waarmee waardoor waaraan".split())
_CLAUSE_BREAK = frozenset(",;:()")


def _quoted(index: "DocIndex", start: int, end: int, unit: str) -> bool:
    doc = index.doc
    n = index.tok_unit(unit)[start]
    u0, u1 = index.units(unit)[n][:2]
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(m.start() < a and b < m.end() for m in _QUOTED.finditer(index.text, u0, u1))


def _negated(index: "DocIndex", start: int, end: int, unit: str) -> bool:
    doc = index.doc
    first = index.units(unit)[index.tok_unit(unit)[start]][2]
    for i in range(start - 1, max(first, start - 3) - 1, -1):
        tok = doc[i]
        if tok.text in _CLAUSE_BREAK:
            return False
        if tok.lower_ in _NEGATIONS:
            return True
    return False


def _relative_clause(index: "DocIndex", start: int, end: int, unit: str) -> bool:
    # "Jongeren die zich inspannen ...": the passage describes someone, it is no promise.
    doc = index.doc
    first = index.units(unit)[index.tok_unit(unit)[start]][2]
    for i in range(start - 1, max(first, start - 7) - 1, -1):
        tok = doc[i]
        if tok.text in _CLAUSE_BREAK and tok.text != "(":
            return False
        if tok.lower_ in _RELATIVE:
            if i > first and doc[i - 1].lower_ in _PREPOSITIONS:
                continue    # 'na die periode', 'in welke wijk': a determiner, no clause
            if i > first and doc[i - 1].lower_ in _SUBJECT_PRONOUNS:
                continue    # 'zet zij die zo veel mogelijk in': an object after the subject
            # ", die voornemens is": a relative clause after a comma describes as well
            return i > first and (not doc[i - 1].is_punct or doc[i - 1].text == ",")
    return False


# prepositions that are seldom the particle of a separable verb ('schrijft ... aan die'
# is one: 'aan', 'op', 'voor', 'uit' are left out)
_PREPOSITIONS = frozenset("na in bij van met tot tijdens binnen sinds vanaf per zonder".split())
_SUBJECT_PRONOUNS = frozenset("zij ze hij wij we ik jullie".split())
_LEAD_PUNCT = frozenset(":;(\"'‘“„•-–*")


def _proper_name(index: "DocIndex", start: int, end: int, unit: str) -> bool:
    # "wijkcentrum De Verbinding", "Stichting Vitaal Thuis": a capital inside the sentence
    # makes the word part of a name, not a promise.
    doc = index.doc
    tok = doc[start]
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    first = index.units(unit)[index.tok_unit(unit)[start]][2]
    i = start - 1
    while i >= first and (doc[i].is_space or doc[i].like_num and i == first):
        i -= 1
    if i < first or doc[i].text in _LEAD_PUNCT or doc[i].text.endswith("."):
        return False                          # the first word of the sentence or list item
    if doc[i].text[:1].isupper() and doc[i].lower_ in ("de", "het", "een"):
        # 'De Verbinding' after a lowercase word; not 'De' opening the sentence
        j = i - 1
        while j >= first and doc[j].is_space:
            j -= 1
        return j >= first and doc[j].text not in _LEAD_PUNCT and not doc[j].text.endswith(".")
    return True


def _window(regex: re.Pattern, words: int, before: bool) -> SpanFilter:
    def test(index: "DocIndex", start: int, end: int, unit: str) -> bool:
        doc = index.doc
        _, _, first, last = index.units(unit)[index.tok_unit(unit)[start]]
        if before:
            lo = max(first, start - words)
            if lo >= start:
                return False
            text = index.text[doc[lo].idx:doc[start].idx]
        else:
            hi = min(last, end + words)
            if hi <= end:
                return False
            text = index.text[doc[end].idx:doc[hi - 1].idx + len(doc[hi - 1])]
        return regex.search(text) is not None
    return test


def _itself(regex: re.Pattern) -> SpanFilter:
    def test(index: "DocIndex", start: int, end: int, unit: str) -> bool:
        doc = index.doc
        return regex.search(index.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]) is not None
    return test


NAMED: dict[str, SpanFilter] = {
    "quoted": _quoted,
    "negated": _negated,
    "relative_clause": _relative_clause,
    "proper_name": _proper_name,
}


def compile_span_filters(specs: list[Any] | None) -> list[SpanFilter]:
    filters: list[SpanFilter] = []
    for spec in specs or []:
        if isinstance(spec, str):
            filters.append(NAMED[spec])
            continue
        words = int(spec.get("words", 3))
        if "self" in spec and ("before" in spec or "after" in spec):
            # 'self' with a window: both must hold ('inclusief' followed by a noun); with
            # a window on each side, all three ('plekken waar mogelijk drugs worden ...')
            itself = _itself(compile_cached(spec["self"], re.IGNORECASE))
            windows = [_window(compile_cached(spec[k], re.IGNORECASE), words, k == "before")
                       for k in ("before", "after") if k in spec]
            filters.append(lambda index, start, end, unit, itself=itself, windows=windows:
                           itself(index, start, end, unit)
                           and all(w(index, start, end, unit) for w in windows))
            continue
        if "self" in spec:
            filters.append(_itself(compile_cached(spec["self"], re.IGNORECASE)))
        if "before" in spec:
            filters.append(_window(compile_cached(spec["before"], re.IGNORECASE), words, True))
        if "after" in spec:
            filters.append(_window(compile_cached(spec["after"], re.IGNORECASE), words, False))
    return filters
