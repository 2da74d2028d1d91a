"""Match one-word terms on lemmas, including as part of a Dutch compound.

Dutch glues words together (samenwerkingsverband, krachtenbundeling, synergievoordelen),
so a term list matched only on whole tokens misses most real uses. Each distinct word
form is analysed once per process and cached: documents repeat their vocabulary, so the
per-token cost is one dictionary lookup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..compiled_regex import compile as compile_cached

MIN_COMPOUND_TERM = 5   # shorter terms only match whole words: too many accidental hits
MIN_OTHER_PART = 3


_LONG_VOWEL = compile_cached(r"^(.*[^aeiou])(aa|ee|oo|uu)([^aeiouy])$")
_SHORT_VOWEL = compile_cached(r"^(.*[^aeiou])([aeiou])([bdgklmnprt])$")


@lru_cache(maxsize=None)
def inflections(word: str) -> frozenset[str]:
    """The spelled forms of a Dutch adjective or noun: integraal -> integrale, actief ->
    actieve, slim -> slimme. The lookup lemmatizer knows many forms but not all, and a
    term list should not have to spell every one out. Over-generation is harmless where
    a form is no word (it never occurs); the forms that are other words ('zelf' ->
    'zelfs', 'volgen' -> 'volgens') are listed in lexicon.yaml and left out."""
    stems = {word}
    long = _LONG_VOWEL.match(word)
    if long:
        stems.add(long[1] + long[2][0] + long[3])
    elif _SHORT_VOWEL.match(word) and len(word) > 3:
        stems.add(word + word[-1])
    for stem in list(stems):
        if stem.endswith("f"):
            stems.add(stem[:-1] + "v")
        elif stem.endswith("s") and not stem.endswith("ss"):
            stems.add(stem[:-1] + "z")
    forms = {word, word + "s", word + "'s"}
    if not word.endswith("e"):
        for stem in stems:
            forms.update((stem + "e", stem + "en", stem + "er", stem + "ere"))
    else:
        forms.update((word + "n", word + "s"))
    return frozenset((forms - _not_inflections()) | {word})


@lru_cache(maxsize=None)
def _not_inflections() -> frozenset[str]:
    from pathlib import Path

    from ..diskcache import load_yaml

    data = load_yaml(Path(__file__).with_name("lexicon.yaml")) or {}
    return frozenset(str(w).lower() for w in data.get("not_inflections") or [])


class Lexicon:
    def __init__(self) -> None:
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._compound: dict[str, set[int]] = defaultdict(set)
        self._cache: dict[tuple[str, str], frozenset[int]] = {}

    def add(self, list_id: int, lemma: str, surface: str, compounds: bool) -> None:
        for base in {lemma, surface}:
            if not base:
                continue
            for form in inflections(base) if base.isalpha() else {base}:
                self._exact[form].add(list_id)
                if compounds and len(form) >= MIN_COMPOUND_TERM:
                    self._compound[form].add(list_id)
        self._cache.clear()

    def lookup(self, lower: str, lemma: str) -> frozenset[int]:
        key = (lower, lemma)
        found = self._cache.get(key)
        if found is None:
            found = frozenset(self._analyse(lower, lemma))
            self._cache[key] = found
        return found

    def _analyse(self, lower: str, lemma: str) -> set[int]:
        ids: set[int] = set()
        ids |= self._exact.get(lower, set())
        ids |= self._exact.get(lemma, set())
        if not self._compound:
            return ids
        for form in {lower, lemma}:
            n = len(form)
            if n < MIN_COMPOUND_TERM + 1 or not form.isalpha() and "-" not in form:
                continue
            # The term as the first part: synergie|voordelen, toekomstbestendig|e.
            for cut in range(MIN_COMPOUND_TERM, n):
                head = form[:cut]
                if head in self._compound:
                    ids |= self._compound[head]
            # The term as the last part (the head of the compound): keten|samenwerking.
            for cut in range(MIN_OTHER_PART, n - MIN_COMPOUND_TERM + 1):
                tail = form[cut:]
                if tail in self._compound:
                    ids |= self._compound[tail]
        return ids

