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
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from .. import compiled_regex, regex_literals
from ..diskcache import Memo
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


def _relaxed(pattern: str, flags: int) -> "re.Pattern | None":
    """A pattern for the lowercased text that matches wherever `pattern` matches (and
    perhaps elsewhere): the case-sensitive groups (`(?-i:[A-Z])`) become lowercase. Only
    safe when no such group sits inside a negative lookaround, where a wider match would
    exclude more. None when that cannot be shown."""
    if not flags & re.IGNORECASE or "(?-i" not in pattern:
        return None
    lowered = compiled_regex.derived(f"relaxed-{_rewrite_tag()}", pattern, flags, _relaxed_text)
    if lowered is None:
        return None
    try:
        return compiled_regex.compile(lowered, flags & ~re.IGNORECASE)
    except re.error:
        return None


def _relaxed_text(pattern: str) -> "str | None":
    tokens = _TOKEN.findall(pattern)
    if "".join(tokens) != pattern:
        return None
    stack: list[str] = []
    for tok in tokens:
        if tok.startswith("("):
            if tok.startswith("(?") and "-" in tok and "i" in tok.split("-", 1)[1] and any(
                    opener in ("(?!", "(?<!") for opener in stack):
                return None
            stack.append(tok)
        elif tok == ")":
            if not stack:
                return None
            stack.pop()
    return _merge_prefixed(compiled_regex.lowered(pattern).replace("(?-i:", "(?:"))


def _folded_text(pattern: str) -> str:
    return _merge_prefixed(compiled_regex.lowered(pattern))


@lru_cache(maxsize=None)
def _rewrite_tag() -> str:
    return compiled_regex.code_tag(_relaxed_text, _folded_text, _merge_prefixed, _merge_body,
                                   compiled_regex.lowered)


# One regex token: an escape, a character class, a group opener with its flags
# ('(?:', '(?<!', '(?-i:', '(?P<name>'), or one character.
_TOKEN = compiled_regex.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?(?:<?[=!]|P<\w+>|[aiLmsux-]*:))?|.", re.DOTALL)


# Escapes (but \A and \Z) and character classes: where '^' and '$' are no anchors.
_NO_ANCHOR = compiled_regex.compile(r"\\[^AZ]|\[\^?\]?(?:\\.|[^\]\\])*\]", re.DOTALL)


def _anchors(pattern: str) -> str:
    """The anchors in a pattern: '^', '$', 'A' (for \\A), 'Z' (for \\Z). Nearly every rule
    expression has '[^' in it; tokenising the longest ones to tell that from a real '^'
    cost most of a second at each start, removing escapes and classes in one pass costs
    a few milliseconds."""
    rest = _NO_ANCHOR.sub("", pattern)
    found = {c for c in "^$" if c in rest}
    found.update(c for c in "AZ" if "\\" + c in rest)
    return "".join(sorted(found))


@lru_cache(maxsize=1)
def _anchors_tag() -> str:
    return f"anchors-{compiled_regex.code_tag(_anchors)}-{_NO_ANCHOR.pattern}"


def _known_anchors(pattern: str) -> str:
    """`_anchors`, kept between runs: even one pass over the ~300 long rule expressions
    that hold a '^' or '$' costs about 0.1 s at each start."""
    return compiled_regex.derived(_anchors_tag(), pattern, 0, _anchors) or ""


def _merge_prefixed(pattern: str) -> str:
    """Rewrite `(?:\\w*gemeente|provincie|\\w*raad)` as `(?:\\w*(?:gemeente|raad)|provincie)`.

    Python's `re` backtracks through a word once for every alternative that starts with
    `\\w*`; long party and role lists written that way cost more than the rest of a rule.
    Merged, the word is walked once. Where a pattern matches does not change (only which
    alternative wins at a given place), and that is all the rules ask."""
    if r"\w*" not in pattern or "(?P=" in pattern or re.search(r"\\\d", pattern):
        return pattern
    tokens = _TOKEN.findall(pattern)
    if "".join(tokens) != pattern:
        return pattern
    out: list[list[str]] = [[]]
    openers: list[str] = []
    for tok in tokens:
        if tok.startswith("("):
            openers.append(tok)
            out.append([])
        elif tok == ")" and openers:
            opener = openers.pop()
            body = out.pop()
            if opener in ("(", "(?:"):
                body = _merge_body(body)
            out[-1].extend([opener, *body, ")"])
        else:
            out[-1].append(tok)
    if openers:
        return pattern
    return "".join(out[0])


def _merge_body(body: list[str]) -> list[str]:
    alternatives: list[list[str]] = [[]]
    depth = 0
    for tok in body:
        if tok.startswith("("):
            depth += 1
        elif tok == ")":
            depth -= 1
        if tok == "|" and depth == 0:
            alternatives.append([])
        else:
            alternatives[-1].append(tok)
    prefixed = [a for a in alternatives
                if a[:2] == ["\\w", "*"] and len(a) > 2 and a[2] not in ("?", "+")]
    if len(prefixed) < 2:
        return body
    merged = ["\\w", "*", "(?:"]
    for k, a in enumerate(prefixed):
        merged += (["|"] if k else []) + a[2:]
    merged.append(")")
    rest = [a for a in alternatives if not any(a is p for p in prefixed)]
    result = merged
    for a in rest:
        result = result + ["|"] + a
    return result


_PREFILTER_AFTER = 50
# A pattern that opens with flags that include MULTILINE: '(?m)', '(?im)'
_MULTILINE = compiled_regex.compile(r"\(\?[aiLsux]*m")


class LazyPattern:
    """A regular expression compiled on first use.

    Some rule expressions are large; compiling them all costs a third of a second at
    start-up, while a short text never reaches most of them. A case-insensitive pattern
    runs on the lowercased text where it can: Python's `re` skips ahead on the first
    letters of a pattern only without IGNORECASE, which makes large alternations
    (`medewerker|coördinator|...`) five times faster.
    """

    __slots__ = ("pattern", "flags", "folds", "ends", "starts", "_compiled", "_prefilter",
                 "_calls", "_literals", "_clauses")

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.pattern = pattern
        self.flags = flags
        self.folds = compiled_regex.foldable(pattern, flags)
        # `$` (or \Z) means the end of the unit: such a pattern is searched unit by unit,
        # with the unit's end as the end of the string.
        # `^` (or \A) without the MULTILINE flag means the start of the unit, as a rule
        # author reads it: such a pattern is searched in the unit's own text, cut out (a
        # look-behind at its start sees nothing before it). Searched from the unit's start
        # inside the whole text, `^` would only ever hold in the text's first sentence.
        anchors = _known_anchors(pattern) if ("$" in pattern or "^" in pattern
                                              or "\\A" in pattern or "\\Z" in pattern) else ""
        self.ends = "$" in anchors or "Z" in anchors
        self.starts = ("^" in anchors or "A" in anchors) and not _MULTILINE.match(pattern)
        self._compiled: re.Pattern | None = None
        self._prefilter: "re.Pattern | None | bool" = False     # False: not built yet
        self._calls = 0
        self._literals: "tuple[str, ...] | None | bool" = False   # False: not worked out yet
        self._clauses: "tuple | None | bool" = False

    @property
    def literals(self) -> "tuple[str, ...] | None":
        """Lowercased strings one of which every match contains (`regex_literals`)."""
        if self._literals is False:
            self._literals = compiled_regex.literals(self.pattern, self.flags, self.folds)
        return self._literals

    @property
    def clauses(self) -> "tuple[tuple[tuple[str, ...], ...], ...] | None":
        """Per top alternative, sets of strings one of each of which every match of that
        alternative contains (`regex_literals.conjunctions`)."""
        if self._clauses is False:
            self._clauses = compiled_regex.conjunctions(self.pattern, self.flags, self.folds)
        return self._clauses

    def _compile(self) -> re.Pattern:
        if self._compiled is None:
            tag = _rewrite_tag()
            if self.folds:
                try:
                    self._compiled = compiled_regex.compile(
                        compiled_regex.derived(f"folded-{tag}", self.pattern, self.flags, _folded_text),
                        self.flags & ~re.IGNORECASE)
                except re.error:                 # a range such as [Z-a] no longer sorts
                    self.folds = False
            if self._compiled is None:
                self._compiled = compiled_regex.compile(
                    compiled_regex.derived(f"merged-{tag}", self.pattern, self.flags, _merge_prefixed),
                    self.flags)
        return self._compiled

    def search(self, text: str, *args):
        """Search `text` (by way of its lowercased form where that is faster)."""
        lower = text.lower()
        return self.search_in(text, lower if len(lower) == len(text) else None, *args)

    def search_in(self, text: str, lower: "str | None", *args):
        """Search with offsets into `text`; `lower` is text.lower() when that has the same
        length (so the same offsets), else None. A pattern that `starts` is searched in
        text[pos:endpos] alone, with offsets into that piece."""
        if self.starts and args:
            end = args[1] if len(args) > 1 else len(text)
            text = text[args[0]:end]
            lower = None if lower is None else lower[args[0]:end]
            args = ()
        if self.folds:
            if lower is not None:
                return self._compile().search(lower, *args)
            return compiled_regex.compile(self.pattern, self.flags).search(text, *args)
        if lower is not None:
            if self._prefilter is False:
                # Compiling the prefilter costs as much as the pattern: worth it only for
                # a pattern that is searched often (many or long texts), not for one page.
                self._calls += 1
                if self._calls > _PREFILTER_AFTER:
                    self._prefilter = _relaxed(self.pattern, self.flags)
            if self._prefilter and self._prefilter.search(lower, *args) is None:
                return None                      # the wider pattern misses: so does this one
        return self._compile().search(text, *args)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, LazyPattern) and self.pattern == other.pattern
                and self.flags == other.flags)


@dataclass(frozen=True)
class Condition:
    """All present parts must hold in the same unit; `negate` holds where its inner does not."""

    terms: int | None = None
    entities: frozenset[str] | None = None
    pattern: str | None = None
    regex: LazyPattern | None = None
    builtin: str | None = None
    heading: LazyPattern | None = None
    lead_in: LazyPattern | None = None
    negate: "tuple[Condition, ...] | None" = None    # none of these holds


@dataclass
class TermList:
    id: int
    single: list[tuple[str, str, bool]] = field(default_factory=list)   # (lemma, surface, compounds)
    phrases: list[str] = field(default_factory=list)
    exclude: int | None = None


def _literal(pattern: list[dict]) -> "list[tuple[str, ...]] | None":
    """The word sequences a pattern of lowercase words stands for, else None. A token
    `{LOWER: {IN: [moet, moeten]}}` stands for each of its words: such a pattern is found
    on the literal path too, not by spaCy's Matcher (which costs a pass over every
    document per pattern key)."""
    options: list[list[str]] = []
    for token in pattern:
        if not isinstance(token, dict) or set(token) != {"LOWER"}:
            return None
        value = token["LOWER"]
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                and all(isinstance(w, str) for w in value["IN"]):
            words = value["IN"]
        elif isinstance(value, str):
            words = [value]
        else:
            return None
        if not words or any(w != w.lower() for w in words):
            return None
        options.append(words)
    if not options:
        return None
    out: list[tuple[str, ...]] = [()]
    for words in options:
        out = [seq + (w,) for seq in out for w in words]
        if len(out) > 64:
            return None
    return out


# The start of a list item: a bullet or a label such as 'a.', '1)', '(ii)', '2°'.
_LIST_ITEM = compiled_regex.compile(r"[ \t]*(?:[-–—•*▪·]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)°])[ \t]+", re.IGNORECASE)


def _heading_regex(words: list[str]) -> LazyPattern:
    """Whole words or phrases in a heading: 'ambitie' matches 'Onze ambitie', not
    'Ambitieniveau'; a phrase's words may be separated by any white space."""
    parts = [r"\s+".join(re.escape(w) for w in str(word).split()) for word in words]
    return LazyPattern(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def _pipeline_key(nlp: "Language") -> str:
    from ..nlp import pipeline_key    # only when terms are looked up: it reads files

    return pipeline_key(nlp)


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
        self.matcher_keys: list[str] = []
        # Patterns that are only a sequence of lowercase words ([{LOWER: wordt}]) are found
        # on the LOWER array directly: far cheaper than the Matcher's state machine.
        self.literal_patterns: dict[str, list[tuple[int, ...]]] = {}   # LOWER ids per pattern
        self._term_cache: dict[tuple, int] = {}
        self.term_memo: dict[tuple[int, int], frozenset[int]] = {}
        # Analyses of rule terms (word, space, lemma), kept between runs for this pipeline.
        self._terms = Memo("terms", lambda: _pipeline_key(nlp), epoch=compiled_regex.epoch)
        self.uses_clauses = False
        # The key strings of the rule expressions, found in each text in one pass.
        self.strings = regex_literals.StringFinder()
        # Per expression: per top alternative, the numbers (in `strings`) of its clauses.
        self.clause_sets: dict[LazyPattern, tuple[frozenset[int], ...]] = {}

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
        self.term_memo.clear()
        analyses = self._analyse([text for text, _ in entries])
        phrase_docs = []
        for (text, comp), toks in zip(entries, analyses):
            words = [t for t in toks if t[0].strip()]
            if len(words) == 1:
                lower = words[0][0].lower()
                lemma = words[0][2].lower() or lower
                if lower.endswith(("end", "ende")) and lemma != lower and lemma.endswith("en"):
                    # a present participle in a term list is meant as an adjective:
                    # 'beslissend' must not match every form of 'beslissen'
                    lemma = lower[:-1] if lower.endswith("ende") else lower
                tl.single.append((lemma, lower, comp))
                self.lexicon.add(tl.id, lemma, lower, comp)
            elif words:
                phrase_docs.append(self._doc(toks))
        if phrase_docs:
            self.phrase_matcher.add(f"T{tl.id}", phrase_docs)
            tl.phrases = [d.text for d in phrase_docs]
        if exclude:
            tl.exclude = self.add_terms(exclude, compounds=False)
        self._term_cache[key] = tl.id
        return tl.id

    def _analyse(self, texts: list[str]) -> list[tuple]:
        """(word, space after, lemma) per token of each rule term, cached on disk.

        Analysing a few thousand terms with the pipeline takes half a second; a run
        that starts from the cache reads words and lemmas straight from it.
        """
        store = self._terms
        missing = [t for t in dict.fromkeys(texts) if t not in store]
        if missing:
            # A term needs tokens and lemmas only: sentences and entities are skipped.
            skip = [n for n in self.nlp.pipe_names
                    if n in ("convenant_sentences", "convenant_entities", "ner", "parser",
                             "senter")]
            with self.nlp.select_pipes(disable=skip):
                for text, doc in zip(missing, self.nlp.pipe(missing)):
                    store[text] = tuple((t.text, bool(t.whitespace_), t.lemma_) for t in doc)
        return [store[text] for text in texts]

    def _doc(self, toks: tuple) -> "Doc":
        from spacy.tokens import Doc

        return Doc(self.nlp.vocab, words=[t[0] for t in toks], spaces=[t[1] for t in toks],
                   lemmas=[t[2] for t in toks])

    def save(self) -> None:
        """Keep the term analyses for the next run (best effort, never raises)."""
        self._terms.save()

    def add_patterns(self, patterns: list[list[dict]]) -> str:
        key = f"P{len(self.pattern_keys)}"
        literal = [_literal(p) for p in patterns]
        if patterns and all(seqs is not None for seqs in literal):
            strings = self.nlp.vocab.strings
            self.literal_patterns[key] = [tuple(strings.add(w) for w in words)
                                          for seqs in literal for words in seqs]
        else:
            self.matcher.add(key, patterns)   # validate=True raises on a bad pattern
            self.matcher_keys.append(key)
        self.pattern_keys.append(key)
        return key

    def compile_condition(self, spec: dict) -> Condition:
        regex = LazyPattern(spec["regex"]) if "regex" in spec else None
        if regex is not None and regex not in self.clause_sets:
            # all strings up front: one automaton, built once
            clauses = regex.clauses
            if clauses:
                self.clause_sets[regex] = tuple(frozenset(self.strings.add(c) for c in alt)
                                                for alt in clauses)
            elif regex.literals:
                self.clause_sets[regex] = (frozenset((self.strings.add(regex.literals),)),)
        terms = None
        if "terms" in spec:
            terms = self.add_terms(spec["terms"], compounds=spec.get("compounds", True),
                                   exclude=spec.get("exclude"))
        return Condition(
            terms=terms,
            entities=frozenset(spec["entities"]) if "entities" in spec else None,
            pattern=self.add_patterns(spec["patterns"]) if "patterns" in spec else None,
            regex=regex,
            builtin=spec.get("builtin"),
            heading=_heading_regex(spec["heading"]) if "heading" in spec else None,
            lead_in=LazyPattern(spec["lead_in"]) if "lead_in" in spec else None,
            negate=tuple(self.compile_condition(n) for n in
                         (spec["not"] if isinstance(spec["not"], list) else [spec["not"]]))
            if "not" in spec else None,
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


# a word, one line break, a word: where a phrase may be wrapped (wider than the test on the
# tokens in _across_wraps, so that it never skips a text that test would take)
_WRAP_RE = re.compile(r"[^\s.,;:!?][ \t]*\r?\n[ \t]*\w")


class DocIndex:
    """Everything the rules ask of one document, computed once and cached."""

    def __init__(self, agreement: "Agreement", matchers: Matchers) -> None:
        self.agreement = agreement
        self.doc: "Doc" = agreement.doc
        self.text = agreement.text
        lower = self.text.lower()
        # Offsets into the lowercased text are offsets into the text only when lowercasing
        # keeps the length (it does not for a few letters, such as the Turkish İ).
        self.lower: str | None = lower if len(lower) == len(self.text) else None
        self.m = matchers
        self._units: dict[str, list[tuple[int, int, int, int]]] = {}
        self._tok_unit: dict[str, list[int]] = {}
        self._term_hits: dict[int, list[tuple[int, int]]] | None = None
        self._pattern_hits: dict[str, list[tuple[int, int]]] | None = None
        self._cache: dict[tuple, frozenset[int]] = {}
        self._regex_full: dict[tuple, frozenset[int]] = {}
        self._regex_memo: dict[tuple, dict[int, bool]] = {}
        self._places: "tuple[int, dict[str, list[int]] | None] | None" = None
        self._set_units: dict[tuple[int, str], frozenset[int]] = {}
        self._present: dict[str, frozenset[int]] = {}       # per unit kind
        self._string_units: dict[tuple, "dict[int, list[int]] | None"] = {}
        self._case_safe: bool | None = None
        self._starts: dict[int, list[int]] = {}
        self._words: int | None = None
        self._attrs = None
        self.attribution: dict[int, tuple[str, ...]] = {}

    # ------------------------------------------------------------ units

    @property
    def attrs(self):
        """Per token: LOWER, LEMMA, IS_SPACE, IS_PUNCT, IDX, LENGTH, SENT_START as one
        integer array (read once: a Token object per word is what costs)."""
        if self._attrs is None:
            from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, SENT_START

            self._attrs = self.doc.to_array(
                [LOWER, LEMMA, IS_SPACE, IS_PUNCT, IDX, LENGTH, SENT_START]).reshape(-1, 7)
        return self._attrs

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
        n_tok = len(doc)
        if n_tok:
            import numpy as np

            # SENT_START is 1 at a sentence start (int64 -1/0/1 stored in the uint64 array)
            starts = np.flatnonzero(self.attrs[:, 6] == 1).tolist()
        else:
            starts = []
        if unit != "sentence" and n_tok:
            # Work on integer arrays: creating a Token object per word is what costs.
            strings = doc.vocab.strings
            breaks = {strings[w] for w in (";", ":")}
            comma = strings[","]
            openers = {strings[w] for w in CLAUSE_OPENERS}
            lowers = self.attrs[:, 0].tolist()
            sent_starts = set(starts)
            starts = []
            prev = None
            for i, lo in enumerate(lowers):
                if i in sent_starts or prev in breaks or (prev == comma and lo in openers):
                    starts.append(i)
                prev = lo
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        space = self.attrs[:, 2].tolist() if n_tok else []
        idx = self.attrs[:, 4].tolist() if n_tok else []
        length = self.attrs[:, 5].tolist() if n_tok else []
        spans = []
        tok_unit = [0] * n_tok
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else n_tok
            if end <= start:
                continue
            # Trailing whitespace tokens do not belong to the passage a reader sees.
            last = end - 1
            while last > start and space[last]:
                last -= 1
            first = start
            while first < last and space[first]:
                first += 1
            spans.append((idx[first], idx[last] + length[last], start, end))
            tok_unit[start:end] = [len(spans) - 1] * (end - start)
        self._units[unit] = spans
        self._tok_unit[unit] = tok_unit

    @property
    def word_count(self) -> int:
        """Words in the text (no punctuation or whitespace), computed on integer arrays."""
        if self._words is None:
            if len(self.doc):
                arr = self.attrs
                self._words = int(((arr[:, 2] == 0) & (arr[:, 3] == 0)).sum())
            else:
                self._words = 0
        return self._words

    def unit_at(self, offset: int, unit: str = "sentence") -> int:
        return max(0, bisect_right(self._unit_starts(self.units(unit)), offset) - 1)

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
        doc = self.doc
        found: dict[int, list[tuple[int, int]]] = {}
        if len(doc):
            strings = doc.vocab.strings
            lookup = self.m.lexicon.lookup
            memo = self.m.term_memo    # vocabulary ids are stable: shared by all documents
            # Look each distinct (word, lemma) pair up once (the memo outlives the document).
            for i, pair in enumerate(zip(self.attrs[:, 0].tolist(), self.attrs[:, 1].tolist())):
                ids = memo.get(pair)
                if ids is None:
                    lo, le = pair
                    ids = memo[pair] = lookup(strings[lo], strings[le].lower() if le else strings[lo])
                for list_id in ids:
                    found.setdefault(list_id, []).append((i, i + 1))
            for match_id, start, end in self.m.phrase_matcher(doc):
                list_id = int(strings[match_id][1:])
                found.setdefault(list_id, []).append((start, end))
            for match_id, start, end in self._across_wraps():
                found.setdefault(int(strings[match_id][1:]), []).append((start, end))
        for hits in found.values():
            hits.sort()
        return found

    def _across_wraps(self) -> list[tuple[int, int, int]]:
        """Phrases broken over a hard line wrap ('We zoeken elkaar' / 'regelmatig op'): a
        single line break between a word and a lowercase word, inside a sentence, is read
        as a space. Only the matches that cross such a break; the rest the matcher found."""
        if not _WRAP_RE.search(self.text):
            return []       # most texts: no word broken off at a line end (decided in C)
        doc = self.doc
        wraps = {i for i in range(1, len(doc) - 1)
                 if doc[i].is_space and doc[i].text.count("\n") == 1 and not doc[i - 1].is_punct
                 and not doc[i - 1].is_space and doc[i + 1].text[:1].islower()}
        if not wraps:
            return []
        from spacy.tokens import Doc

        keep = [i for i in range(len(doc)) if i not in wraps]
        squeezed = Doc(doc.vocab, words=[doc[i].text for i in keep], spaces=[True] * len(keep),
                       lemmas=[doc[i].lemma_ or doc[i].text for i in keep])
        out = []
        for match_id, start, end in self.m.phrase_matcher(squeezed):
            first, last = keep[start], keep[end - 1] + 1
            if last - first != end - start:
                out.append((match_id, first, last))
        return out

    def pattern_hits(self, key: str) -> list[tuple[int, int]]:
        if self._pattern_hits is None:
            self._pattern_hits = {}
            if self.m.matcher_keys:
                strings = self.doc.vocab.strings
                for match_id, start, end in self.m.matcher(self.doc):
                    self._pattern_hits.setdefault(strings[match_id], []).append((start, end))
            if self.m.literal_patterns and len(self.doc):
                self._literal_hits()
        return self._pattern_hits.get(key, [])

    def _literal_hits(self) -> None:
        import numpy as np

        lower = self.attrs[:, 0]
        n = len(lower)
        for key, sequences in self.m.literal_patterns.items():
            hits: set[tuple[int, int]] = set()
            for ids in sequences:
                k = len(ids)
                if k > n:
                    continue
                ok = lower[: n - k + 1] == ids[0]
                for j in range(1, k):
                    ok &= lower[j: n - k + 1 + j] == ids[j]
                hits.update((int(i), int(i) + k) for i in np.flatnonzero(ok))
            if hits:
                self._pattern_hits.setdefault(key, []).extend(hits)
                self._pattern_hits[key].sort()

    def entity_hits(self, labels: frozenset[str]) -> list[tuple[int, int]]:
        return [(e.start, e.end) for e in self.doc.ents if e.label_ in labels]

    def regex_units(self, regex: LazyPattern, unit: str,
                    candidates: "set[int] | frozenset[int] | None" = None) -> set[int]:
        """Units whose text matches `regex`; only `candidates` are searched when given."""
        full = self._regex_full.get((regex, unit))
        if full is not None:
            return set(full) if candidates is None else full & set(candidates)
        spans = self.units(unit)
        # Units that lack a key string of every clause of each alternative cannot match:
        # never searched.
        possible = self.literal_units(regex, unit)
        by_unit = regex.ends or regex.starts
        if candidates is None and (by_unit or possible is not None):
            candidates = range(len(spans))
        if candidates is not None and (by_unit or possible is not None
                                       or len(candidates) * 4 < len(spans)):
            if possible is not None:
                # only the units that hold the key strings: usually a handful
                candidates = possible.intersection(candidates)
            memo = self._regex_memo.setdefault((regex, unit), {})
            out = set()
            text, lower = self.text, self.lower
            for n in candidates:
                hit = memo.get(n)
                if hit is None:
                    s = spans[n]
                    hit = memo[n] = regex.search_in(text, lower, s[0], s[1]) is not None
                if hit:
                    out.add(n)
            return out
        full = self._scan(regex, spans)
        self._regex_full[(regex, unit)] = frozenset(full)
        return full if candidates is None else full & set(candidates)

    def _scan(self, regex: LazyPattern, spans: list[tuple[int, int, int, int]]) -> set[int]:
        # One search over the whole text finds the next unit with a match far faster than a
        # search per unit; a match that runs over a unit's end is re-tried inside the unit.
        # (Only for expressions without key strings: the others are searched unit by unit,
        # in the units that hold one of their strings.)
        text = self.text
        starts = self._unit_starts(spans)
        found: set[int] = set()
        pos, n_units = 0, len(spans)
        while pos < len(text):
            m = regex.search_in(text, self.lower, pos)
            if m is None:
                break
            n = max(0, bisect_right(starts, m.start()) - 1)
            u0, u1 = spans[n][0], spans[n][1]
            if m.start() >= u1:              # between two units: try the next one
                if n + 1 >= n_units:
                    break
                pos = spans[n + 1][0]
                continue
            if m.end() <= u1 or regex.search_in(text, self.lower, max(m.start(), u0), u1):
                found.add(n)
            if n + 1 >= n_units:
                break
            pos = spans[n + 1][0]
        return found

    def literal_units(self, regex: LazyPattern, unit: str) -> "set[int] | None":
        """The units that can hold a match of `regex` by its key strings: for some top
        alternative, a string of each of its clauses (`regex_literals`); None when that
        cannot be told for this expression or text."""
        sets = self.m.clause_sets.get(regex)
        if sets is None or self.lower is None or not (regex.folds or self.case_safe):
            return None
        per_string = self._units_per_string(unit)
        if per_string is None:
            return None
        present = self._present_sets(unit, per_string)
        out: set[int] = set()
        for alternative in sets:
            # most alternatives lack a whole clause in the text: one subset test skips them
            if not present.issuperset(alternative):
                continue
            here: "set[int] | None" = None
            for number in alternative:
                units = self._set_units_of(number, unit, per_string)
                here = set(units) if here is None else here & units
                if not here:
                    break
            if here:
                out |= here
        return out

    @property
    def case_safe(self) -> bool:
        if self._case_safe is None:
            self._case_safe = regex_literals.case_safe(self.text)
        return self._case_safe

    def _present_sets(self, unit: str, per_string: dict[int, list[int]]) -> frozenset[int]:
        """The key-string sets (by number) of which the text holds a string somewhere."""
        found = self._present.get(unit)
        if found is None:
            finder = self.m.strings
            found = self._present[unit] = frozenset().union(
                *(finder.users[finder.strings[s]] for s in per_string))
        return found

    def _set_units_of(self, number: int, unit: str, per_string: dict[int, list[int]]) -> frozenset[int]:
        """The units holding one of the strings of key-string set `number`."""
        key = (number, unit)
        found = self._set_units.get(key)
        if found is None:
            found = frozenset(u for string in self.m.strings.members[number]
                              for u in per_string.get(string, ()))
            self._set_units[key] = found
        return found

    def _units_per_string(self, unit: str) -> "dict[int, list[int]] | None":
        """Per key string of the rule set (by its number in the finder) that occurs in the
        text: the units it occurs in (an occurrence counts where it starts and ends in
        the same unit)."""
        finder = self.m.strings
        key = (unit, finder.version)
        if key not in self._string_units:
            if self._places is None or self._places[0] != finder.version:
                self._places = (finder.version, finder.places(self.lower))
            places = self._places[1]
            result = None
            if places is not None:
                result = {}
                if places[0]:
                    import numpy as np

                    spans = self.units(unit)
                    count = len(spans)
                    numbers = np.asarray(places[0])
                    ends = np.asarray(places[1])
                    unit_starts = np.asarray(self._unit_starts(spans))
                    unit_ends = np.asarray([s[1] for s in spans])
                    at = np.searchsorted(unit_starts, ends - finder.sizes[numbers] + 1,
                                         side="right") - 1
                    inside = (at >= 0) & (ends < unit_ends[np.maximum(at, 0)])
                    pairs = np.unique(numbers[inside] * count + at[inside])
                    which, units = (pairs // count).tolist(), (pairs % count).tolist()
                    cuts = [0] + (np.flatnonzero(np.diff(pairs // count)) + 1).tolist() + [len(which)]
                    for a, b in zip(cuts, cuts[1:]):
                        if a < b:
                            result[which[a]] = units[a:b]
            self._string_units[key] = result
        return self._string_units[key]

    def _unit_starts(self, spans) -> list[int]:
        key = id(spans)
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [s[0] for s in spans]
        return starts

    # ------------------------------------------------------------ conditions

    def where(self, cond: Condition, unit: str = "sentence",
              candidates: "set[int] | frozenset[int] | None" = None) -> frozenset[int]:
        """The units in which the condition holds (only among `candidates` when given)."""
        cached = self._cache.get((cond, unit))
        if cached is not None:
            return cached if candidates is None else cached & frozenset(candidates)
        tok_unit = self.tok_unit(unit)
        current: set[int] | None = None if candidates is None else set(candidates)

        def narrow(part: set[int]) -> None:
            nonlocal current
            current = part if current is None else current & part

        if cond.terms is not None:
            narrow({tok_unit[s] for s, _ in self.term_hits(cond.terms)})
        if cond.entities is not None and (current is None or current):
            narrow({tok_unit[s] for s, _ in self.entity_hits(cond.entities)})
        if cond.pattern is not None and (current is None or current):
            narrow({tok_unit[s] for s, _ in self.pattern_hits(cond.pattern)})
        if cond.builtin is not None and (current is None or current):
            narrow(set(self.builtin_units(cond.builtin, unit)))
        if cond.heading is not None and (current is None or current):
            narrow(self.heading_units(cond.heading, unit))
        if cond.lead_in is not None and (current is None or current):
            narrow(self.lead_in_units(cond.lead_in, unit, current))
        # The costly parts last, and only on the units the cheap parts left over.
        if cond.regex is not None and (current is None or current):
            narrow(self.regex_units(cond.regex, unit, current))
        if cond.negate is not None and (current is None or current):
            if current is None:
                current = set(range(len(self.units(unit))))
            for inner in cond.negate:
                if current:
                    current = current - self.where(inner, unit, current)
        result = frozenset(current or ())
        if candidates is None:
            self._cache[(cond, unit)] = result
        return result

    def builtin_units(self, name: str, unit: str) -> frozenset[int]:
        """The units where a built-in condition holds; several rules may ask for the same
        one (`heading` in AMB-01 and AMB-03), each document works it out once."""
        key = ("builtin", name, unit)
        found = self._cache.get(key)
        if found is None:
            func = PREDICATES.get(name)
            if func is None:
                raise KeyError(name)
            found = self._cache[key] = frozenset(func(self, unit))
        return found

    def heading_units(self, regex: LazyPattern, unit: str) -> set[int]:
        """Units that stand under a heading (article title or plain heading) matching
        `regex`; the heading line itself is not under it."""
        key = ("heading", regex, unit)
        found = self._cache.get(key)
        if found is None:
            from ..structure.sections import sections_of

            starts, sections = sections_of(self.agreement)
            keep = [regex.search(sec.title) is not None for sec in sections]
            out = set()
            if any(keep):
                for n, (u0, _, _, _) in enumerate(self.units(unit)):
                    i = bisect_right(starts, u0) - 1
                    if i >= 0 and keep[i] and u0 >= sections[i].body:
                        out.add(n)
            found = self._cache[key] = frozenset(out)
        return set(found)

    def lead_in_units(self, regex: LazyPattern, unit: str,
                      candidates: "set[int] | None" = None) -> set[int]:
        """Units in a list item whose lead-in matches `regex`: the nearest sentence before
        the item that ends in ':' ("In de volgende gevallen:", "Indien:"), with only other
        items in between. A clause counts as part of the item its sentence starts."""
        key = ("lead_in", regex)
        items = self._cache.get(key)
        if items is None:
            sentences = self.units("sentence")
            text = self.text
            found = set()
            for n, (start, _, _, _) in enumerate(sentences):
                if not _LIST_ITEM.match(text, start):
                    continue
                prev = n - 1
                while prev >= 0:
                    body = text[sentences[prev][0]:sentences[prev][1]].rstrip()
                    if body.endswith(":"):
                        if regex.search(body) is not None:
                            found.add(n)
                        break
                    if not _LIST_ITEM.match(text, sentences[prev][0]):
                        break
                    prev -= 1
            items = self._cache[key] = frozenset(found)
        if unit == "sentence":
            return set(items) if candidates is None else items & set(candidates)
        spans = self.units(unit)
        sent_of = self.tok_unit("sentence")
        pool = range(len(spans)) if candidates is None else candidates
        return {n for n in pool if spans[n][2] < len(sent_of) and sent_of[spans[n][2]] in items}

    def where_any(self, conds: list[Condition], unit: str = "sentence",
                  candidates: "set[int] | frozenset[int] | None" = None) -> frozenset[int]:
        out: set[int] = set()
        if candidates is None:
            for cond in conds:
                out |= self.where(cond, unit)
            return frozenset(out)
        # A unit that one condition already holds in is not asked about the others.
        remaining = set(candidates)
        for cond in conds:
            if not remaining:
                break
            found = self.where(cond, unit, remaining)
            out |= found
            remaining -= found
        return frozenset(out)

    def holds_in(self, conds: list[Condition], least: int = 1, unit: str = "sentence") -> bool:
        """Whether the conditions hold in at least `least` units; stops as soon as they do."""
        out: set[int] = set()
        for cond in conds:
            out |= self.where(cond, unit)
            if len(out) >= least:
                return True
        return False

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
    # 'de drie musea', 'onze vier scholen' name the group, they set no target
    tok_unit = index.tok_unit(unit)
    doc = index.doc
    return {tok_unit[e.start] for e in doc.ents if e.label_ in MEASURABLE
            and not (e.label_ == "QUANTITY" and e.start > 0 and doc[e.start - 1].lower_ in _group_words())}


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    from ..structure import vocab      # the word list lives in structure/resources.yaml

    return frozenset(vocab.words("resources", "group_determiners"))


@predicate("heading")
def _heading(index: DocIndex, unit: str) -> set[int]:
    # A title or a list title is a label, not a claim: "Duurzame sportinfrastructuur".
    rx = _heading_line_regex()
    text = index.text
    return {n for n, (start, end, _, _) in enumerate(index.units(unit)) if rx.search(text[start:end].strip())}


@lru_cache(maxsize=1)
def _heading_line_regex() -> re.Pattern[str]:
    from ..structure import vocab      # the pattern lives in structure/layout.yaml

    return compiled_regex.compile(str(vocab.load("layout")["heading_line"]), re.IGNORECASE)


@predicate("time_commitment")
def _time_commitment(index: DocIndex, unit: str) -> set[int]:
    # Time the structure reads as brought in (hours, fte, dagdelen), not any amount of
    # time: opening hours, hours a building is used and prices per hour are left out there.
    return {index.unit_at(c.start, unit) for c in index.agreement.commitments
            if c.type == "tijd" and c.amount}


def _units_matching(index: DocIndex, unit: str, rx: re.Pattern[str]) -> set[int]:
    """The units in which the (lowercase) pattern matches."""
    hits = rx.finditer(index.lower) if index.lower is not None else \
        re.finditer(rx.pattern, index.text, re.I)      # lowercasing moved the offsets
    return {index.unit_at(m.start(), unit) for m in hits}


@predicate("paid_by_outsiders")
def _paid_by_outsiders(index: DocIndex, unit: str) -> set[int]:
    # People outside the agreement pay or bring it ('Daarna betalen deelnemers € 5 per
    # maand'): no party brings that in (word lists: structure/resources.yaml). Judged per
    # main clause, as the party matrix does, and only where the words stand together.
    from ..structure.actors import main_clauses
    from ..structure.commitments import outside_payer, outside_payer_anywhere

    rx, text, spans = outside_payer(), index.text, index.units(unit)
    near = _units_matching(index, unit, outside_payer_anywhere())
    return {n for n in near
            if any(rx.search(text[a:b]) for a, b in main_clauses(index.agreement, *spans[n][:2]))}


@predicate("party_scope")
def _party_scope(index: DocIndex, unit: str) -> set[int]:
    # who a party is, not a task: 'zijn samen verantwoordelijk voor veertien van de zestien
    # basisscholen' (pattern: party_scope in structure/matrix.yaml, which the matrix reads too)
    from ..structure.matrix import party_scope

    return _units_matching(index, unit, party_scope())


@predicate("party_interest")
def _party_interest(index: DocIndex, unit: str) -> set[int]:
    # where the party matrix reads a party's own interest ('het de Gemeente erom gaat dat
    # zij ...', 'de Bibliotheek voor haar voortbestaan afhankelijk is van ...'): BEL-01 and
    # BEL-03 then see the same interests
    from ..structure.matrix import party_matrix

    return {index.unit_at(item.start, unit) for row in party_matrix(index.agreement)
            for item in row.interests}


@predicate("wish_of_people_served")
def _wish_of_people_served(index: DocIndex, unit: str) -> set[int]:
    # what the people a party serves want: 'de lessen voor kinderen die hun diploma willen
    # halen' (pattern: not_interests in structure/matrix.yaml, which the matrix reads too)
    from ..structure.matrix import not_interest

    return _units_matching(index, unit, not_interest())


@predicate("getting_to_know")
def _getting_to_know_units(index: DocIndex, unit: str) -> set[int]:
    # time spent getting to know each other ('Om elkaar beter te leren kennen, loopt ieder
    # van ons een dagdeel mee'): how the partners meet, no inbreng (pattern: getting_to_know
    # in structure/resources.yaml, which the commitments reader uses too)
    from ..structure.commitments import getting_to_know

    return _units_matching(index, unit, getting_to_know())


@predicate("requested_money")
def _requested_money_units(index: DocIndex, unit: str) -> set[int]:
    # money the partners may ask a third for ('een aanvraag van ongeveer € 400.000 indienen
    # bij de provincie'): no inbreng (pattern: requested_money in structure/resources.yaml,
    # which the commitments reader uses too)
    from ..structure.commitments import requested_money

    return _units_matching(index, unit, requested_money())


def _every_amount(index: DocIndex, unit: str, ok) -> set[int]:
    """The units where ``ok(entity, unit start)`` holds for every MONEY and TIME."""
    verdict: dict[int, bool] = {}
    for ent in index.doc.ents:
        if ent.label_ not in ("MONEY", "TIME"):
            continue
        n = index.unit_at(ent.start_char, unit)
        verdict[n] = verdict.get(n, True) and ok(ent, index.units(unit)[n][0])
    return {n for n, good in verdict.items() if good}


@predicate("served_people_time")
def _served_people_time(index: DocIndex, unit: str) -> set[int]:
    # Every amount of money or time in the unit is the schedule of the people served
    # ('trajecten waarin deelnemers drie dagen per week werken'): no party brings that in.
    from ..structure.commitments import served_people_time

    return _every_amount(index, unit, lambda ent, s0: ent.label_ == "TIME" and
                         served_people_time(index.agreement, s0, ent.start_char))


@predicate("use_rate")
def _use_rate(index: DocIndex, unit: str) -> set[int]:
    # Every amount of money in the unit is a rent or fee per use ('een huur van € 38,50 per
    # veld per uur'): a price whoever uses it pays, not what a party brings in.
    from ..structure.commitments import use_rate

    return _every_amount(index, unit, lambda ent, s0: ent.label_ == "MONEY" and
                         use_rate(index.text, s0, ent.start_char, ent.end_char))


_SEASONS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
            "voorjaar|lente|zomer|najaar|herfst|winter")
# A line that ends in the text's own date: 'Noorderkwartier, 4 november 2026', '*Kerkebrink,
# april 2026*', a subtitle '..., voorjaar 2026*'; not a period ('tot juni 2027'). Searched
# from the date backwards: a search from every line start was the slowest part of the rule.
_DATE_AT_LINE_END = compiled_regex.compile(rf"(?im)\b(?:{_SEASONS})\s+((?:19|20)\d\d)[\W_]*$")
_PERIOD = compiled_regex.compile(r"(?i)\b(?:tot|t/m|tot\s+en\s+met)\b")
# 'Aldus overeengekomen en ondertekend te Dalwijk op 12 maart 2026'
_SIGNED_DATE = compiled_regex.compile(r"(?i)\b(?:ondertekend|getekend|aldus)\b[^\n]{0,120}?\b((?:19|20)\d\d)\b")
# a year, not part of an amount ('2.025') or the start of a period ('2023-2025')
_YEAR = compiled_regex.compile(r"(?<![\d.,-])((?:19|20)\d\d)(?!\d|[.,]\d|\s*[-–]\s*(?:19|20)?\d\d)")


def text_year(text: str) -> int | None:
    """The year the text itself is dated (its date line, subtitle or signature), or None."""
    years = [int(m.group(1)) for m in _SIGNED_DATE.finditer(text)]
    for m in _DATE_AT_LINE_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if m.start() - start <= 160 and not _PERIOD.search(text, start, len(text) if end < 0 else end):
            years.append(int(m.group(1)))
    return max(years) if years else None


@predicate("past_year")
def _past_year(index: DocIndex, unit: str) -> set[int]:
    # A unit that names a year before the text's own date ('de laatste supermarkt sloot in
    # 2023' in a text dated april 2026): about the past, no planning and no deed. Without a
    # date in the text nothing is past.
    # several rules ask, each for its own condition: worked out once per text and unit
    key = ("past_year", unit)
    found = index._cache.get(key)
    if found is None:
        year = text_year(index.text)
        found = index._cache[key] = frozenset() if year is None else frozenset(
            index.unit_at(m.start(), unit) for m in _YEAR.finditer(index.text) if int(m.group(1)) < year)
    return set(found)


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
    if len(doc) > 1:
        import numpy as np

        # 'door X' names who acts: 'door' followed by a word, not by punctuation.
        attrs = index.attrs
        door = doc.vocab.strings["door"]
        at = np.flatnonzero((attrs[:-1, 0] == door) & (attrs[1:, 3] == 0))
        found.update(tok_unit[i] for i in at.tolist())
    return found
