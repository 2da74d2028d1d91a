"""Rule-based entities: MONEY, PERCENT, TIME, DATE, FREQUENCY, QUANTITY.

The patterns live in ``entities.yaml``, compiled once per process. ``find_entities(text)``
works on the whole text: it scans it once for anchors (digits, '€', number words and the
first words the patterns declare), tries each pattern only at its own anchors (a regex
run over every position of a long text is ten times slower), extends a match leftwards
with the words the pattern allows before it ('uiterlijk', 'ten minste'), applies the
label's checks, and resolves overlaps: the longest match wins, then the label listed
first. The spaCy component (``components.set_entities``) maps the character spans onto
tokens with ``doc.char_span(..., alignment_mode="expand")``.

TIME is a commitment of time ('1,2 fte', 'twee dagdelen per week', '400 uur per jaar');
DATE a date or deadline ('1 maart 2027', 'uiterlijk in 2028', 'binnen zes maanden');
FREQUENCY a rhythm ('per kwartaal', 'ten minste vier keer per jaar'); QUANTITY a number
with a counted plural noun ('250 woningen', 'drie locaties'), never a reference
('artikel 4', 'lid 2').
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

from .. import compiled_regex
from .. import diskcache as _cache
from . import numbers
from .lemmas import analyse

ENTITIES_FILE = Path(__file__).with_name("entities.yaml")
LABELS = ("MONEY", "PERCENT", "TIME", "DATE", "FREQUENCY", "QUANTITY")

_BUILTIN_MACROS = {
    "NUM": numbers.AMOUNT_PATTERN,
    "NUMWORD": numbers.NUMBER_WORD_PATTERN,
    "DIGITS": numbers.DIGITS_PATTERN,
}
_MACRO = compiled_regex.compile(r"<<([A-Z_]+)>>")
_NEXT_WORDS = compiled_regex.compile(r"\s+([^\W\d_][\w'’-]*)")
_YEAR = compiled_regex.compile(r"(?:19|20)\d\d")
_ESCAPE = compiled_regex.compile(r"\\.|\(\?P[<=]")


def lowercase_same_length(text: str) -> str:
    """``text.lower()`` when that keeps every offset (nearly always); otherwise lowercase
    only the characters whose lowercase is one character ('İ' stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Entity(NamedTuple):
    start: int
    end: int
    label: str

    def text(self, text: str) -> str:
        return text[self.start:self.end]


# After a time: another one, so the two are a period of the day ('van 9 uur tot 12 uur')
_RANGE_AFTER = compiled_regex.compile(r"\s*(?:tot(?:\s+en\s+met)?|t/m|[-–]|en)\s*\d")


@dataclass
class _Label:
    name: str
    priority: int
    not_after: frozenset[str] = frozenset()
    validator: Callable[["_Label", re.Match, str], int | None] | None = None
    options: dict = field(default_factory=dict)


@dataclass
class _Pattern:
    label: _Label
    regex: re.Pattern                 # tried with .match at an anchor
    anchors: tuple[str, ...]          # 'number' and/or word regexes
    anchor_re: re.Pattern | None      # fullmatch of the word anchors
    number: bool                      # anchored at numbers
    left: re.Pattern | None = None    # searched in the 50 characters before the anchor
    needs_left: bool = False


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(10):  # macros may use macros
        new = _MACRO.sub(lambda m: "(?:" + macros[m.group(1)] + ")", pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"{ENTITIES_FILE.name}: macros nest too deep in {pattern[:80]!r}")


def _word_before(text: str, start: int) -> str:
    """The whitespace-delimited word before ``start``, lowercased, without opening
    brackets or quotes."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    i, lo = end, max(0, end - 40)
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:end].lower().lstrip("([\"'“‘")


_PLURAL_ENDINGS = ("en", "ën", "s", "'s", "’s", "a", "i", "eren")


def _is_plural_of(word: str, lemma: str) -> bool:
    """'woningen'/'woning', 'locaties'/'locatie', 'steden'/'stad'; not 'is'/'zijn'."""
    if word == lemma or not word.endswith(_PLURAL_ENDINGS):
        return False
    stem = lemma[: max(1, min(3, len(lemma) - 2))]
    return word.startswith(stem)


def _quantity(label: _Label, m: re.Match, text: str) -> int | None:
    """End of a QUANTITY match (number + optional adjectives + plural noun), or None."""
    number = m.group(0)
    if number in ("een", "één", "eén"):
        return None
    value = numbers.parse_dutch_number(number)
    if value is None or value == 1 or value == 0:
        return None
    if _YEAR.fullmatch(number) and _word_before(text, m.start()) in label.options.get("year_not_after", ()):
        return None
    not_nouns = label.options.get("not_nouns", frozenset())
    adjectives = label.options.get("adjectives", frozenset())
    pos = m.end()
    for wm in _NEXT_WORDS.finditer(text, pos, min(len(text), pos + 120)):
        if wm.start() != pos:
            return None
        word = wm.group(1)
        if not word[0].islower():
            return None  # 'Artikel 4 Financiën', '2 Partijen verklaren'
        lower = word.lower().rstrip("'’-")
        if lower in not_nouns:
            return None
        lemma, flags = analyse(lower)
        if "n" in flags and _is_plural_of(lower, lemma):
            return wm.end()
        # an adjective before a plural noun ends in -e ('nieuwe', 'sociale',
        # 'gerealiseerde'), unless it is one of the listed exceptions ('extra')
        if lower in adjectives or (lower.endswith("e") and ("a" in flags or "v" in flags)):
            pos = wm.end()
            continue
        return None
    return None


_VALIDATORS = {"quantity": _quantity}


_NUMWORD_RE = compiled_regex.compile(rf"(?:{numbers.NUMBER_WORD_PATTERN}|een\s+halve?)\Z")
_NUMBER = object()  # stands for "all number-anchored patterns" in a dispatch list
# the first character of a number, or a euro sign (a character class: re scans fast)
_SYMBOL_SCAN = compiled_regex.compile(r"[0-9€]")


@dataclass
class EntityRules:
    patterns: list[_Pattern]
    word_scan: re.Pattern

    def __post_init__(self) -> None:
        self._dispatch: dict[str, tuple[_Pattern, ...]] = {}
        numeric = [p for p in self.patterns if p.number]
        # Most numbers in a text are references ('artikel 21', 'Stb. 2001'): one combined
        # regex (the gate) rejects them for all number patterns at once. Past the gate,
        # each label's number patterns are tried as one regex with a named group per
        # pattern, so one call tells which pattern matched. Patterns whose label has a
        # validator (QUANTITY: any word may follow) are tried one by one.
        gated = [p for p in numeric if p.label.validator is None]
        self._direct = tuple(p for p in numeric if p.label.validator is not None)
        self._gate = compiled_regex.compile("|".join(f"(?:{p.regex.pattern})" for p in gated)) if gated else None
        self._groups: list[tuple[re.Pattern, dict[str, _Pattern], tuple[_Pattern, ...]]] = []
        for label in dict.fromkeys(p.label.name for p in gated):
            members = [p for p in gated if p.label.name == label]
            names = {f"_p{i}": p for i, p in enumerate(members)}
            combined = compiled_regex.compile("|".join(f"(?P<{n}>{p.regex.pattern})" for n, p in names.items()))
            self._groups.append((combined, names, tuple(members)))

    def _for_word(self, word: str) -> tuple[_Pattern, ...]:
        found = self._dispatch.get(word)
        if found is None:
            is_number = bool(_NUMWORD_RE.match(word))
            found = tuple(
                p for p in self.patterns
                if p.anchor_re is not None and p.anchor_re.fullmatch(word) and not (is_number and p.number)
            )
            if is_number:
                found = (_NUMBER, *found)
            if len(self._dispatch) < 10_000:
                self._dispatch[word] = found
        return found

    @staticmethod
    def _accept(p: _Pattern, m: re.Match, pos: int, low: str, text: str) -> tuple[int, int, int, str] | None:
        """The candidate (start, end, priority, label) for a match of ``p`` at ``pos``."""
        start, end = pos, m.end()
        if end <= pos:
            return None
        if p.left is not None:
            lm = p.left.search(low, max(0, pos - 50), pos)
            if lm is not None:
                start = lm.start()
            elif p.needs_left:
                return None
        label = p.label
        if label.not_after:
            before = _word_before(low, start)
            clock = label.options.get("clock_units")
            if (before in label.not_after
                    or (before in label.options.get("range_after", ()) and _RANGE_AFTER.match(low, end))) \
                    and (not clock or any(u in low[start:end].split() for u in clock)):
                return None     # 'om 10 uur', 'van 9 uur tot 12 uur': a time of day
        not_before = label.options.get("not_before")
        if not_before:
            following = low[end:end + 16].lstrip()
            if any(following.startswith(w) for w in not_before):
                return None     # 'na zes uur 's avonds': a time of day
        if label.validator is not None:
            new_end = label.validator(label, m, text)
            if new_end is None:
                return None
            end = new_end
        return start, end, label.priority, label.name

    def find(self, text: str) -> list[Entity]:
        """Non-overlapping entities in ``text``, sorted by position."""
        if not text:
            return []
        low = lowercase_same_length(text)
        hits: list[tuple[int, tuple[_Pattern, ...]]] = []
        euro = self._for_word("€")
        number = (_NUMBER,)
        for m in _SYMBOL_SCAN.finditer(low):
            pos = m.start()
            if low[pos] == "€":
                hits.append((pos, euro))
            elif pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "_.,"):
                hits.append((pos, number))
        for m in self.word_scan.finditer(low):
            hits.append((m.start(), self._for_word(m.group(0))))

        gate, groups, direct = self._gate, self._groups, self._direct
        candidates: list[tuple[int, int, int, str]] = []
        add = candidates.append
        for pos, patterns in hits:
            if patterns and patterns[0] is _NUMBER:
                if gate is not None and gate.match(low, pos):
                    for combined, names, members in groups:
                        m = combined.match(low, pos)
                        if m is None:
                            continue
                        found = self._accept(names[m.lastgroup], m, pos, low, text)
                        if found is None:
                            # that pattern needed words before it: try the others
                            for p in members:
                                if p is not names[m.lastgroup]:
                                    pm = p.regex.match(low, pos)
                                    found = self._accept(p, pm, pos, low, text) if pm else None
                                    if found is not None:
                                        break
                        if found is not None:
                            add(found)
                patterns = direct + patterns[1:]
            for p in patterns:
                m = p.regex.match(low, pos)
                if m is not None:
                    found = self._accept(p, m, pos, low, text)
                    if found is not None:
                        add(found)
        if not candidates:
            return []
        # longest first, then label priority, then leftmost
        candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
        taken = bytearray(len(text))
        chosen: list[Entity] = []
        for start, end, _, name in candidates:
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Entity(start, end, name))
        chosen.sort()
        return chosen


def _compile(pattern: str, where: str) -> re.Pattern:
    if any(c.isupper() for c in _ESCAPE.sub("", pattern)):
        raise ValueError(
            f"{ENTITIES_FILE.name}: patterns are matched on lowercased text; write them in "
            f"lower case ({where}: {pattern[:60]!r})"
        )
    try:
        return compiled_regex.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{ENTITIES_FILE.name}: {where} does not compile: {exc}") from exc


def compile_rules(data: dict) -> EntityRules:
    macros = dict(_BUILTIN_MACROS)
    for name, pattern in (data.get("macros") or {}).items():
        macros[str(name)] = str(pattern)
    checks = data.get("checks") or {}
    patterns: list[_Pattern] = []
    word_anchors: list[str] = []
    for priority, (name, specs) in enumerate((data.get("labels") or {}).items()):
        check = checks.get(name) or {}
        validator = check.get("validator")
        if validator is not None and validator not in _VALIDATORS:
            raise ValueError(f"{ENTITIES_FILE.name}: unknown validator {validator!r} for {name}")
        options = {
            key: frozenset(str(w).lower() for w in value)
            for key, value in check.items()
            if isinstance(value, list)
        }
        label = _Label(
            name=str(name),
            priority=priority,
            not_after=options.get("not_after", frozenset()),
            validator=_VALIDATORS.get(validator) if validator else None,
            options=options,
        )
        for i, spec in enumerate(specs or []):
            where = f"{name}[{i}]"
            if not isinstance(spec, dict) or "match" not in spec or "anchor" not in spec:
                raise ValueError(f"{ENTITIES_FILE.name}: {where} needs 'anchor' and 'match'")
            anchors = spec["anchor"]
            anchors = (anchors,) if isinstance(anchors, str) else tuple(str(a) for a in anchors)
            words = [expand_macros(a, macros) for a in anchors if a != "number"]
            word_anchors.extend(words)
            left = spec.get("left")
            patterns.append(
                _Pattern(
                    label=label,
                    regex=_compile(expand_macros(str(spec["match"]), macros), where),
                    anchors=anchors,
                    anchor_re=_compile("|".join(f"(?:{w})" for w in words), where + ".anchor") if words else None,
                    number="number" in anchors,
                    left=_compile(rf"(?<!\w)(?:{expand_macros(str(left), macros)})\s+\Z", where + ".left")
                    if left else None,
                    needs_left=bool(spec.get("needs_left", False)),
                )
            )
    # one scan for every word anchor and every number word; digits and '€' are found
    # by _SYMBOL_SCAN
    unique = sorted(set(word_anchors) - {"€"}, key=lambda w: (-len(w), w))   # one order in every process
    alternatives = [numbers.NUMBER_WORD_PATTERN, *[f"(?:{w})" for w in unique]]
    word_scan = _compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", "anchors")
    return EntityRules(patterns, word_scan)


@dataclass(frozen=True)
class Currency:
    code: str           # "NLG"
    per_euro: float     # units of this currency in one euro


@functools.cache
def _currency_marks() -> tuple[re.Pattern, dict[str, Currency]]:
    data = _cache.load_yaml(ENTITIES_FILE) or {}
    by_mark: dict[str, Currency] = {}
    for code, spec in (data.get("currencies") or {}).items():
        cur = Currency(str(code), float(spec["per_euro"]))
        for mark in spec.get("marks") or []:
            by_mark[str(mark).lower()] = cur
    marks = sorted(by_mark, key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(m) for m in marks) + r")(?!\w)"), by_mark


def currency(code: str) -> Currency | None:
    """The old currency with this code ('NLG'), for annotations that give an amount in it."""
    _, by_mark = _currency_marks()
    return next((c for c in by_mark.values() if c.code == code.upper()), None)


def currency_codes() -> list[str]:
    _, by_mark = _currency_marks()
    return sorted({c.code for c in by_mark.values()})


def old_currency(money_text: str) -> Currency | None:
    """The old currency a MONEY entity is written in ('f 54 miljoen', '200.000.000
    Nederlandse gulden'); None for euros."""
    if re.search(r"€|(?<!\w)eur", money_text, re.I):
        return None
    rx, by_mark = _currency_marks()
    m = rx.search(money_text.lower())
    return by_mark[m.group(1)] if m else None


@functools.cache
def load_rules() -> EntityRules:
    return compile_rules(_cache.load_yaml(ENTITIES_FILE) or {})


def find_entities(text: str) -> list[Entity]:
    """All entities in ``text`` as (start, end, label), without overlaps."""
    return load_rules().find(text)
