"""Rule-based entities: MONEY, PERCENT, TIME, DATE, FREQUENCY, QUANTITY.

The patterns live in ``entities.yaml``. Each label's patterns are joined into one
regular expression, compiled once per process and run over the whole text; matches are
filtered by the label's checks, overlaps are resolved (longest wins, then the label
listed first), and ``find_entities(text)`` returns character spans. The spaCy component
maps them onto tokens with ``doc.char_span(..., alignment_mode="expand")``.

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

from . import _cache, numbers
from .lemmas import analyse

ENTITIES_FILE = Path(__file__).with_name("entities.yaml")
LABELS = ("MONEY", "PERCENT", "TIME", "DATE", "FREQUENCY", "QUANTITY")

_BUILTIN_MACROS = {
    "NUM": numbers.AMOUNT_PATTERN,
    "NUMWORD": numbers.NUMBER_WORD_PATTERN,
    "DIGITS": numbers.DIGITS_PATTERN,
}
_MACRO = re.compile(r"<<([A-Z_]+)>>")
_LAST_WORD = re.compile(r"(\S+)\s*\Z")
_NEXT_WORDS = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_YEAR = re.compile(r"(?:19|20)\d\d")


class Entity(NamedTuple):
    start: int
    end: int
    label: str

    def text(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class _Label:
    name: str
    regex: re.Pattern
    priority: int
    not_after: frozenset[str] = frozenset()
    validator: Callable[["_Label", re.Match, str], int | None] | None = None
    options: dict = field(default_factory=dict)


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(10):  # macros may use macros
        new = _MACRO.sub(lambda m: "(?:" + macros[m.group(1)] + ")", pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"{ENTITIES_FILE.name}: macros nest too deep in {pattern[:80]!r}")


def _word_before(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    return m.group(1).lower().lstrip("([\"'“‘") if m else ""


def _quantity(label: _Label, m: re.Match, text: str) -> int | None:
    """End of a QUANTITY match (number + optional adjectives + plural noun), or None."""
    number = m.group(0)
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
        if lemma != lower and "n" in flags:
            return wm.end()
        if lower in adjectives or "a" in flags or (lower.endswith(("de", "te")) and "v" in flags):
            pos = wm.end()
            continue
        return None
    return None


_VALIDATORS = {"quantity": _quantity}


@dataclass
class EntityRules:
    labels: list[_Label]

    def find(self, text: str) -> list[Entity]:
        """Non-overlapping entities in ``text``, sorted by position."""
        candidates: list[tuple[int, int, int, str]] = []
        for label in self.labels:
            for m in label.regex.finditer(text):
                start, end = m.start(), m.end()
                if end <= start:
                    continue
                if label.not_after and _word_before(text, start) in label.not_after:
                    continue
                if label.validator is not None:
                    new_end = label.validator(label, m, text)
                    if new_end is None:
                        continue
                    end = new_end
                candidates.append((start, end, label.priority, label.name))
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


def compile_rules(data: dict) -> EntityRules:
    macros = dict(_BUILTIN_MACROS)
    for name, pattern in (data.get("macros") or {}).items():
        macros[str(name)] = str(pattern)
    checks = data.get("checks") or {}
    labels = []
    for priority, (name, patterns) in enumerate((data.get("labels") or {}).items()):
        if isinstance(patterns, str):
            patterns = [patterns]
        expanded = [expand_macros(str(p), macros) for p in patterns]
        try:
            regex = re.compile("|".join(f"(?:{p})" for p in expanded), re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{ENTITIES_FILE.name}: pattern of {name} does not compile: {exc}") from exc
        check = checks.get(name) or {}
        validator = check.get("validator")
        if validator is not None and validator not in _VALIDATORS:
            raise ValueError(f"{ENTITIES_FILE.name}: unknown validator {validator!r} for {name}")
        options = {
            key: frozenset(str(w).lower() for w in value)
            for key, value in check.items()
            if isinstance(value, list)
        }
        labels.append(
            _Label(
                name=str(name),
                regex=regex,
                priority=priority,
                not_after=options.get("not_after", frozenset()),
                validator=_VALIDATORS.get(validator) if validator else None,
                options=options,
            )
        )
    return EntityRules(labels)


@functools.cache
def load_rules() -> EntityRules:
    return compile_rules(_cache.load_yaml(ENTITIES_FILE) or {})


def find_entities(text: str) -> list[Entity]:
    """All entities in ``text`` as (start, end, label), without overlaps."""
    return load_rules().find(text)


def set_entities(doc) -> None:
    """Set ``doc.ents`` from ``find_entities(doc.text)``."""
    spans = []
    taken: set[int] = set()
    # longest first, so that two matches that expand onto the same token keep the longer
    for ent in sorted(find_entities(doc.text), key=lambda e: e.start - e.end):
        span = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tokens = range(span.start, span.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        spans.append(span)
    spans.sort(key=lambda s: s.start)
    doc.ents = spans
