"""The word lists of the structure layer, read once from the YAML files beside this module.

They are data, not code, so that a reviewer can extend them without touching Python.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..compiled_regex import compile as compile_cached

_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The YAML file ``name`` (without .yaml) as plain Python data, cached."""
    path = _HERE / f"{name}.yaml"
    try:   # the NLP layer's on-disk cache: parsing YAML costs more than a whole text
        from ..diskcache import load_yaml
    except ImportError:   # pragma: no cover - the cache is an optimisation only
        load_yaml = None
    if load_yaml is not None:
        return load_yaml(path) or {}
    from ruamel.yaml import YAML

    with open(path, encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle) or {}


def words(name: str, key: str) -> list[str]:
    """A list of lowercase words from a YAML file."""
    return [str(w).lower() for w in load(name).get(key, []) or []]


def any_regex(patterns: Iterable[str] | None) -> re.Pattern[str]:
    """One regex that matches where any of the given regexes (from a YAML list) matches;
    one that never matches when the list is empty."""
    return compile_cached("|".join(f"(?:{r})" for r in patterns or []) or r"(?!x)x")


def alternation(phrases: Iterable[str], *, longest_first: bool = True) -> str:
    """The phrases as one regex alternation: each word escaped, any whitespace between the
    words of a phrase. Longest first (a stable sort), so that 'ten minste' is tried before
    'ten'; ``longest_first=False`` keeps the order given."""
    items = sorted(phrases, key=len, reverse=True) if longest_first else list(phrases)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in items)


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex that finds any of the phrases as whole words (spaces match any whitespace)."""
    # longest first, then alphabetical: the same pattern text in every run (a set's order
    # is not)
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))
    if not parts:
        return compile_cached(r"(?!x)x")
    return compile_cached(rf"(?<![\w-])(?:{alternation(parts)})(?![\w])", flags)


def h(word: str) -> int:
    """spaCy's hash of a string: the same number as in a Doc's LOWER and LEMMA arrays."""
    from spacy.strings import hash_string

    return hash_string(word)


class Cue:
    """A cue word with an optional companion word in the same sentence.

    ``words`` are surface forms or lemmas ("draagt", "dragen"); ``with_`` are companion
    words of which one must also be present ("zorg" in "draagt zorg voor"). Multi-word
    entries match as phrases in the lowercase text. Words are kept as spaCy hashes, the
    form in which the document view holds them.
    """

    __slots__ = ("words", "phrases", "with_", "with_phrases", "texts")

    def __init__(self, words: Iterable[str], with_: Iterable[str] = ()) -> None:
        words = [str(w).lower() for w in words]
        with_ = [str(w).lower() for w in with_]
        self.texts = frozenset(w for w in words if " " not in w)
        self.words = frozenset(h(w) for w in self.texts)
        self.phrases = tuple(w for w in words if " " in w)
        self.with_ = frozenset(h(w) for w in with_ if " " not in w)
        self.with_phrases = tuple(w for w in with_ if " " in w)

    def matches(self, forms: set[int], lowered: str) -> bool:
        hit = not self.words.isdisjoint(forms) or any(p in lowered for p in self.phrases)
        if not hit:
            return False
        if not self.with_ and not self.with_phrases:
            return True
        return not self.with_.isdisjoint(forms) or any(p in lowered for p in self.with_phrases)


class CueSet:
    """A list of cues with a quick test first: most sentences contain none of the words."""

    __slots__ = ("cues", "words", "phrases")

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.words = frozenset().union(*(c.words for c in cues)) if cues else frozenset()
        self.phrases = tuple(p for c in cues for p in c.phrases)

    def matches(self, forms: set[int], lowered: str) -> bool:
        if self.words.isdisjoint(forms) and not any(p in lowered for p in self.phrases):
            return False
        return any(c.matches(forms, lowered) for c in self.cues)

    def __iter__(self):
        return iter(self.cues)


def cues(name: str, key: str) -> CueSet:
    return CueSet([Cue(item.get("words", []), item.get("with", [])) for item in load(name).get(key, [])])
