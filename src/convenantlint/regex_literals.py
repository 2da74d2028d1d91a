"""The words a regular expression cannot match without: a cheap test before a costly one.

Most rule expressions look for a construction around a few key words (`beslist`,
`doorslaggevend`, `vetorecht`), and most sentences contain none of them. From the parse
tree of an expression we work out a small set of strings such that every match contains
at least one of them (lowercased). A sentence in which none of those strings occurs
cannot match, so the expression is not run there at all; where one occurs, the expression
runs as before. The test never changes a finding, it only skips work.

Why the result is exact: only characters a match consumes count (look-arounds and
anchors add nothing), a string is only taken from a part every match must pass through,
and alternatives contribute the union of their strings. Comparisons are made on the
lowercased text. Under IGNORECASE, Python's `re` also equates 'i' with 'ı' and 's' with
'ſ', which lowercasing does not; texts with those letters are searched without this
shortcut (`case_safe`), and the letters that `re` equates oddly never enter a string.
"""

from __future__ import annotations

from .re_internals import POSSESSIVE_REPEAT
from .re_internals import constants as _c
from .re_internals import parser as _parser

ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL = _c.ASSERT, _c.ASSERT_NOT, _c.AT, _c.BRANCH, _c.IN, _c.LITERAL
MAX_REPEAT, MIN_REPEAT, RANGE, SUBPATTERN = _c.MAX_REPEAT, _c.MIN_REPEAT, _c.RANGE, _c.SUBPATTERN

# Bump when the analysis changes: results are cached on disk under this version.
VERSION = "3"

_MAX_STRINGS = 64       # beyond this many alternatives a set is no longer worth testing
_MIN_LENGTH = 3         # shorter strings occur nearly everywhere
_SMALL_CLASS = 4        # a character class of at most this many letters still counts
_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)

# Letters that Python's `re` equates under IGNORECASE with letters that lowercasing does
# not give (checked against the engine in tests/test_regex_literals.py).
ODD_CASE_LETTERS = frozenset("ıſµ")
# A text with one of these may match an IGNORECASE 'i' or 's' without containing it.
_ODD_IN_TEXT = ("ı", "ſ")

Strings = "frozenset[str] | None"


def case_safe(text: str) -> bool:
    """True when lowercasing `text` keeps every IGNORECASE match findable by its strings."""
    return not any(ch in text for ch in _ODD_IN_TEXT)


def necessary(pattern: str, flags: int = 0) -> "tuple[str, ...] | None":
    """Lowercased strings at least one of which every match of `pattern` contains, or None
    when no useful set can be shown. Sorted, without strings that contain another one."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return None
    exact, need = _sequence(parsed.data)
    best = _better(need, exact)
    if _score(best) < 0:
        return None
    # 'team' in a text already holds for 'teams': keep only the shortest forms.
    kept = [s for s in best if not any(o != s and o in s for o in best)]
    return tuple(sorted(kept))


def conjunctions(pattern: str, flags: int = 0) -> "tuple[tuple[tuple[str, ...], ...], ...] | None":
    """Per alternative at the top of `pattern`: sets of lowercased strings (clauses) such
    that every match of that alternative contains one string of *each* of its clauses.
    A sentence can only match where, for some alternative, every clause has a string in
    it: 'andere' and 'volgen' and 'besluit', not just one of them. None when some
    alternative has no useful clause (it could match nearly anywhere)."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return None
    out = []
    for alternative in _top_alternatives(parsed.data):
        clauses = _clauses(alternative)
        strong = [c for c in clauses if min(map(len, c)) >= _STRONG_LENGTH]
        kept = strong or clauses[:1]
        if not kept:
            return None
        out.append(tuple(tuple(sorted(c)) for c in kept[:_MAX_CLAUSES]))
    return tuple(dict.fromkeys(out)) or None


_MAX_CLAUSES = 6        # the best few clauses of an alternative narrow enough
_STRONG_LENGTH = 4      # a clause of 3-letter words ('van', 'het') narrows little


def _top_alternatives(data) -> list:
    """The alternatives of a pattern that is one alternation (perhaps inside a group, and
    between zero-width assertions); else the pattern itself as its one alternative."""
    body = [(op, av) for op, av in data if op not in (AT, ASSERT, ASSERT_NOT)]
    if len(body) == 1:
        op, av = body[0]
        if op is BRANCH:
            return [alt for alternative in av[1] for alt in _top_alternatives(alternative.data)]
        if op is SUBPATTERN:
            return _top_alternatives(av[3].data)
    return [data]


def _clauses(data) -> "list[frozenset[str]]":
    """Every useful clause of a concatenation, best first: the key strings of each part
    every match passes through (also inside groups), and the exact runs between them."""
    found: list[frozenset[str]] = []
    run: Strings = frozenset({""})
    for op, av in data:
        exact, need = _node(op, av)
        found.append(need)
        if op is SUBPATTERN:
            found += _clauses(av[3].data)
        elif op in _REPEATS and av[0] > 0:
            found += _clauses(av[2].data)
        if exact is None:
            found.append(run)
            run = frozenset({""})
        elif len(run) * len(exact) > _MAX_STRINGS:
            found.append(run)
            run = exact
        else:
            run = frozenset(a + b for a in run for b in exact)
    found.append(run)
    clauses: list[frozenset[str]] = []
    for clause in found:
        if _score(clause) < 0:
            continue
        # 'team' in a text already holds for 'teams': keep only the shortest forms
        clause = frozenset(s for s in clause if not any(o != s and o in s for o in clause))
        if clause not in clauses:
            clauses.append(clause)
    # A clause adds nothing where another one implies it: every string of the other
    # contains one of its strings ('voeren|volgen' implies the 'eren|lgen' that Python's
    # parser leaves after taking the common 'vo' out).
    clauses = [c for c in clauses
               if not any(o != c and all(any(s in t for s in c) for t in o) for o in clauses)]
    return sorted(clauses, key=lambda c: (-_score(c), sorted(c)))


def _score(strings: Strings) -> float:
    if not strings:
        return -1.0
    shortest = min(len(s) for s in strings)
    if shortest < _MIN_LENGTH:
        return -1.0
    return shortest * 10 - len(strings) * 0.5


def _better(a: Strings, b: Strings) -> Strings:
    return a if _score(a) >= _score(b) else b


def _sequence(data: list) -> "tuple[Strings, Strings]":
    """(exact, need) of a concatenation: `exact` is every string the whole can match
    (None when unknown or too many), `need` the best set one of which every match
    contains."""
    run: Strings = frozenset({""})
    best: Strings = None
    whole = True
    for op, av in data:
        exact, need = _node(op, av)
        best = _better(best, need)
        if exact is None:
            best = _better(best, run)
            run, whole = frozenset({""}), False
        elif len(run) * len(exact) > _MAX_STRINGS:
            best = _better(best, run)
            run, whole = exact, False
        else:
            run = frozenset(a + b for a in run for b in exact)
    best = _better(best, run)
    return (run if whole else None), best


def _char(code: int) -> "str | None":
    ch = chr(code).lower()
    if len(ch) != 1 or ch in ODD_CASE_LETTERS:
        return None
    return ch


def _node(op, av) -> "tuple[Strings, Strings]":
    if op is LITERAL:
        ch = _char(av)
        return (None if ch is None else frozenset({ch})), None
    if op is IN:
        chars: set[str] = set()
        for item, value in av:
            if item is LITERAL:
                codes = [value]
            elif item is RANGE and value[1] - value[0] < _SMALL_CLASS:
                codes = list(range(value[0], value[1] + 1))
            else:
                return None, None            # a negated class, a category, a wide range
            for code in codes:
                ch = _char(code)
                if ch is None:
                    return None, None
                chars.add(ch)
        return (frozenset(chars) if len(chars) <= _SMALL_CLASS else None), None
    if op is SUBPATTERN:
        return _sequence(av[3].data)
    if op is BRANCH:
        exacts, needs = [], []
        for alternative in av[1]:
            exact, need = _sequence(alternative.data)
            exacts.append(exact)
            needs.append(_better(need, exact))
        exact = None
        if all(e is not None for e in exacts):
            union = frozenset().union(*exacts)
            exact = union if len(union) <= _MAX_STRINGS else None
        if any(_score(n) < 0 for n in needs):
            return exact, None
        return exact, frozenset().union(*needs)
    if op in _REPEATS:
        low, high, inner = av
        exact, need = _sequence(inner.data)
        if low == 0:
            return (exact | {""} if exact is not None and high == 1 else None), None
        if low == high == 1:
            return exact, need
        return None, _better(need, exact)      # at least one pass through the inner part
    if op in (AT, ASSERT, ASSERT_NOT):
        return frozenset({""}), None          # zero width: consumes nothing
    return None, None


class StringFinder:
    """Finds the key strings of many expressions in a text in one pass (Aho-Corasick, from
    `pyahocorasick`), and tells per expression the places where one of its strings is.

    Without that package installed, `places` returns None and every expression is simply
    searched everywhere."""

    def __init__(self) -> None:
        self.sets: list[tuple[str, ...]] = []         # the key strings per expression
        self._index: dict[tuple[str, ...], int] = {}
        self.users: dict[str, list[int]] = {}          # string -> the sets it belongs to
        self.strings: list[str] = []                   # numbered, as `places` reports them
        self.members: list[tuple[int, ...]] = []       # per set: its strings' numbers there
        self.sizes = None                              # their lengths, as an array
        self._automaton = None
        self.version = 0                               # changes whenever a set is added

    def add(self, strings: tuple[str, ...]) -> int:
        """The number of this set of strings (added when new)."""
        number = self._index.get(strings)
        if number is None:
            number = self._index[strings] = len(self.sets)
            self.sets.append(strings)
            for string in strings:
                if string not in self.users:
                    self._automaton = None
                self.users.setdefault(string, []).append(number)
            self.version += 1
        return number

    def places(self, text: str) -> "tuple[list[int], list[int]] | None":
        """Every occurrence in `text` of a known string: its number (in `strings`) and the
        offset of its last character, as two lists."""
        if self._automaton is None:
            try:
                import ahocorasick
            except ImportError:
                return None
            import numpy as np

            self.strings = sorted(self.users)
            index = {string: number for number, string in enumerate(self.strings)}
            self.members = [tuple(index[s] for s in strings) for strings in self.sets]
            self.sizes = np.asarray([len(s) for s in self.strings] or [0])
            automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for number, string in enumerate(self.strings):
                automaton.add_word(string, number)
            if self.strings:
                automaton.make_automaton()
            self._automaton = automaton
        if not self.strings:
            return [], []
        found = list(self._automaton.iter(text))
        return [number for _, number in found], [end for end, _ in found]
