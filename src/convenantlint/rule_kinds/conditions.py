"""Conditions from rule files, compiled once for the whole rule set and evaluated per document.

Every term list, token pattern and regex of every rule is registered in one shared
`Matchers` object. Per document, `DocIndex` runs each matcher once and answers "in which
sentences (or clauses) does this condition hold?" as a set of unit numbers, so a rule is
set arithmetic over precomputed hits rather than another pass over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..agreement import Agreement

MEASURABLE = ("MONEY", "TIME", "DATE", "FREQUENCY", "PERCENT", "QUANTITY")

# A clause ends at ; or : and before these words after a comma: they open a new clause.
CLAUSE_OPENERS = frozenset(
    "en maar of want waarbij waardoor zodat terwijl omdat mits tenzij indien als wanneer "
    "nadat voordat zodra doch dan".split()
)


@dataclass(frozen=True)
class Condition:
    """All present parts must hold in the same unit; `negate` holds where its inner does not."""

    terms: int | None = None
    entities: frozenset[str] | None = None
    pattern: str | None = None
    regex: re.Pattern | None = None
    builtin: str | None = None
    negate: "Condition | None" = None


@dataclass
class TermList:
    id: int
    single: list[tuple[str, str, bool]] = field(default_factory=list)   # (lemma, surface, compounds)
    phrases: list[str] = field(default_factory=list)
    exclude: int | None = None


class Matchers:
    """The shared matchers for one rule set against one spaCy vocabulary."""

    def __init__(self, nlp: "Language") -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = nlp
        self.lexicon = Lexicon()
        self.term_lists: list[TermList] = []
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.pattern_keys: list[str] = []
        self._term_cache: dict[tuple, int] = {}
        self.uses_clauses = False

    # ------------------------------------------------------------ registration

    def add_terms(self, terms: list[Any], compounds: bool = True,
                  exclude: list[Any] | None = None) -> int:
        key = (repr(terms), compounds, repr(exclude))
        if key in self._term_cache:
            return self._term_cache[key]
        tl = TermList(id=len(self.term_lists))
        self.term_lists.append(tl)
        entries = [(t, compounds) if isinstance(t, str) else (t["term"], t.get("compounds", compounds))
                   for t in terms]
        docs = list(self.nlp.pipe([text for text, _ in entries]))
        phrase_docs = []
        for (text, comp), doc in zip(entries, docs):
            words = [t for t in doc if not t.is_space]
            if len(words) == 1:
                token = words[0]
                lemma = token.lemma_.lower() or token.lower_
                tl.single.append((lemma, token.lower_, comp))
                self.lexicon.add(tl.id, lemma, token.lower_, comp)
            elif words:
                phrase_docs.append(doc)
        if phrase_docs:
            self.phrase_matcher.add(f"T{tl.id}", phrase_docs)
            tl.phrases = [d.text for d in phrase_docs]
        if exclude:
            tl.exclude = self.add_terms(exclude, compounds=False)
        self._term_cache[key] = tl.id
        return tl.id

    def add_patterns(self, patterns: list[list[dict]]) -> str:
        key = f"P{len(self.pattern_keys)}"
        self.matcher.add(key, patterns)   # validate=True raises on a bad pattern
        self.pattern_keys.append(key)
        return key

    def compile_condition(self, spec: dict) -> Condition:
        terms = None
        if "terms" in spec:
            terms = self.add_terms(spec["terms"], compounds=spec.get("compounds", True))
        return Condition(
            terms=terms,
            entities=frozenset(spec["entities"]) if "entities" in spec else None,
            pattern=self.add_patterns(spec["patterns"]) if "patterns" in spec else None,
            regex=re.compile(spec["regex"], re.IGNORECASE) if "regex" in spec else None,
            builtin=spec.get("builtin"),
            negate=self.compile_condition(spec["not"]) if "not" in spec else None,
        )

    def compile_conditions(self, specs: list[dict] | None) -> list[Condition]:
        return [self.compile_condition(s) for s in specs or []]


# Built-in predicates: name -> function(index, unit) -> set of unit numbers.
PREDICATES: dict[str, Callable[["DocIndex", str], set[int]]] = {}


def predicate(name: str):
    def register(func):
        PREDICATES[name] = func
        return func
    return register


class DocIndex:
    """Everything the rules ask of one document, computed once and cached."""

    def __init__(self, agreement: "Agreement", matchers: Matchers) -> None:
        self.agreement = agreement
        self.doc: "Doc" = agreement.doc
        self.text = agreement.text
        self.m = matchers
        self._units: dict[str, list[tuple[int, int, int, int]]] = {}
        self._tok_unit: dict[str, list[int]] = {}
        self._term_hits: dict[int, list[tuple[int, int]]] | None = None
        self._pattern_hits: dict[str, list[tuple[int, int]]] | None = None
        self._cache: dict[tuple, frozenset[int]] = {}
        self.attribution: dict[int, tuple[str, ...]] = {}

    # ------------------------------------------------------------ units

    def units(self, unit: str = "sentence") -> list[tuple[int, int, int, int]]:
        """(start_char, end_char, start_token, end_token) per sentence or clause."""
        if unit not in self._units:
            self._build_units(unit)
        return self._units[unit]

    def tok_unit(self, unit: str = "sentence") -> list[int]:
        if unit not in self._tok_unit:
            self._build_units(unit)
        return self._tok_unit[unit]

    def _build_units(self, unit: str) -> None:
        doc = self.doc
        starts: list[int] = []
        if unit == "sentence":
            starts = [s.start for s in doc.sents]
        else:
            sent_starts = {s.start for s in doc.sents}
            prev = None
            for tok in doc:
                i = tok.i
                if i in sent_starts:
                    starts.append(i)
                elif prev is not None and (prev.text in (";", ":") or
                                           (prev.text == "," and tok.lower_ in CLAUSE_OPENERS)):
                    starts.append(i)
                prev = tok
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        spans = []
        tok_unit = [0] * len(doc)
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(doc)
            if end <= start:
                continue
            # Trailing whitespace tokens do not belong to the passage a reader sees.
            last = end - 1
            while last > start and doc[last].is_space:
                last -= 1
            first = start
            while first < last and doc[first].is_space:
                first += 1
            spans.append((doc[first].idx, doc[last].idx + len(doc[last]), start, end))
            idx = len(spans) - 1
            for i in range(start, end):
                tok_unit[i] = idx
        self._units[unit] = spans
        self._tok_unit[unit] = tok_unit

    def unit_at(self, offset: int, unit: str = "sentence") -> int:
        spans = self.units(unit)
        starts = [s[0] for s in spans]
        return max(0, bisect_right(starts, offset) - 1)

    def unit_text(self, n: int, unit: str = "sentence") -> str:
        s = self.units(unit)[n]
        return self.text[s[0]:s[1]]

    # ------------------------------------------------------------ raw hits

    def term_hits(self, list_id: int) -> list[tuple[int, int]]:
        """Token spans where a term of the list occurs (minus its exclusions)."""
        if self._term_hits is None:
            self._term_hits = self._match_terms()
        hits = self._term_hits.get(list_id, [])
        excl = self.m.term_lists[list_id].exclude
        if excl is not None and hits:
            blocked = self._term_hits.get(excl, [])
            if blocked:
                hits = [h for h in hits if not any(b[0] < h[1] and h[0] < b[1] for b in blocked)]
        return hits

    def _match_terms(self) -> dict[int, list[tuple[int, int]]]:
        from spacy.attrs import LEMMA, LOWER

        doc = self.doc
        found: dict[int, list[tuple[int, int]]] = {}
        if len(doc):
            strings = doc.vocab.strings
            lookup = self.m.lexicon.lookup
            arr = doc.to_array([LOWER, LEMMA])
            memo: dict[tuple[int, int], frozenset[int]] = {}
            for i, (lo, le) in enumerate(arr.tolist()):
                ids = memo.get((lo, le))
                if ids is None:
                    ids = lookup(strings[lo], strings[le].lower() if le else strings[lo])
                    memo[(lo, le)] = ids
                for list_id in ids:
                    found.setdefault(list_id, []).append((i, i + 1))
            for match_id, start, end in self.m.phrase_matcher(doc):
                list_id = int(strings[match_id][1:])
                found.setdefault(list_id, []).append((start, end))
        for hits in found.values():
            hits.sort()
        return found

    def pattern_hits(self, key: str) -> list[tuple[int, int]]:
        if self._pattern_hits is None:
            self._pattern_hits = {}
            if self.m.pattern_keys:
                strings = self.doc.vocab.strings
                for match_id, start, end in self.m.matcher(self.doc):
                    self._pattern_hits.setdefault(strings[match_id], []).append((start, end))
        return self._pattern_hits.get(key, [])

    def entity_hits(self, labels: frozenset[str]) -> list[tuple[int, int]]:
        return [(e.start, e.end) for e in self.doc.ents if e.label_ in labels]

    def regex_hits(self, regex: re.Pattern, unit: str) -> list[int]:
        spans = self.units(unit)
        return [n for n, s in enumerate(spans) if regex.search(self.text, s[0], s[1])]

    # ------------------------------------------------------------ conditions

    def where(self, cond: Condition, unit: str = "sentence") -> frozenset[int]:
        """The units in which the condition holds."""
        key = (cond, unit)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        tok_unit = self.tok_unit(unit)
        parts: list[set[int]] = []
        if cond.terms is not None:
            parts.append({tok_unit[s] for s, _ in self.term_hits(cond.terms)})
        if cond.entities is not None:
            parts.append({tok_unit[s] for s, _ in self.entity_hits(cond.entities)})
        if cond.pattern is not None:
            parts.append({tok_unit[s] for s, _ in self.pattern_hits(cond.pattern)})
        if cond.regex is not None:
            parts.append(set(self.regex_hits(cond.regex, unit)))
        if cond.builtin is not None:
            func = PREDICATES.get(cond.builtin)
            if func is None:
                raise KeyError(cond.builtin)
            parts.append(set(func(self, unit)))
        if cond.negate is not None:
            everything = set(range(len(self.units(unit))))
            parts.append(everything - self.where(cond.negate, unit))
        result = frozenset(set.intersection(*parts)) if parts else frozenset()
        self._cache[key] = result
        return result

    def where_any(self, conds: list[Condition], unit: str = "sentence") -> frozenset[int]:
        out: set[int] = set()
        for cond in conds:
            out |= self.where(cond, unit)
        return frozenset(out)

    def cond_spans(self, cond: Condition) -> list[tuple[int, int]]:
        """Token spans that make a (positive) condition hold: for pointing at the passage."""
        spans: list[tuple[int, int]] = []
        if cond.terms is not None:
            spans += self.term_hits(cond.terms)
        if cond.pattern is not None:
            spans += self.pattern_hits(cond.pattern)
        if cond.entities is not None:
            spans += self.entity_hits(cond.entities)
        return sorted(spans)


# ---------------------------------------------------------------- built-in predicates

@predicate("measurable")
def _measurable(index: DocIndex, unit: str) -> set[int]:
    tok_unit = index.tok_unit(unit)
    return {tok_unit[e.start] for e in index.doc.ents if e.label_ in MEASURABLE}


@predicate("parties_listed")
def _parties_listed(index: DocIndex, unit: str) -> set[int]:
    # A document-wide fact: true in every unit when the text names two or more parties.
    if len(index.agreement.parties) >= 2:
        return set(range(len(index.units(unit))))
    return set()


@predicate("has_actor")
def _has_actor(index: DocIndex, unit: str) -> set[int]:
    tok_unit = index.tok_unit(unit)
    found = set()
    for party in index.agreement.parties:
        for mention in party.mentions:
            found.add(index.unit_at(mention.start, unit))
    doc = index.doc
    for tok in doc:
        if tok.lower_ == "door" and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
            found.add(tok_unit[tok.i])
    return found
