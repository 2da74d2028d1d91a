"""The engine runs rule expressions faster than `re` would as written (lowercased text,
merged `\\w*` alternatives, a wider prefilter for case-sensitive groups). A user must
never see a different verdict for it: these tests compare with plain `re.search`."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convenantlint.rule_kinds.conditions import LazyPattern, _merge_prefixed

# Expressions in the style of the built-in rules: party lists with `\w*` prefixes, a
# case-sensitive name after 'van', lookbehinds, escapes that must not be lowercased.
PATTERNS = [
    r"\b(?:de|het)\s+(?:\w*gemeente|provincie|\w*raad|\w*school)\b(?:\s+van\s+(?-i:[A-Z])[\w-]+)?\s+(?:beslist|bepaalt)\b",
    r"(?<!\bvan\s)\b(?:de|het)\s+(?:\w*corporatie|rijk|\w*ministerie)\s+is\s+leidend\b",
    r"\b(\w*(leider|coördinator|\w*ondersteuner)|de\s+heer|mevrouw)\b[^.;]{0,40}\boverleg\b",
    r"\bROC\b\s+\W*\s*(?:\w*team|\w*groep)",
    r"(?<![A-Za-z])Partijen\s+\S+\s+\w*(?:overleg|netwerk)\w*",
    r"\bzonder\s+(?:\w+\s+){0,3}(?:overleg|instemming)\b",
]

def _often_used(pattern: str) -> LazyPattern:
    """A pattern as a long run uses it: past the point where it gets its prefilter."""
    lazy = LazyPattern(pattern)
    lazy._calls = 10**6
    return lazy


WORDS = ["de", "het", "Gemeente", "gemeente", "Noordstad", "noordstad", "van", "beslist",
         "bepaalt", "Schoolbestuur", "provincie", "corporatie", "Woningcorporatie", "is",
         "leidend", "projectleider", "Coördinator", "Taalondersteuner", "overleg", "ROC",
         "roc", "Kernteam", "werkgroep", "Partijen", "partijen", "houden", "Netwerkoverleg",
         "zonder", "voorafgaand", "instemming", "Ministerie", "rijk", "mevrouw", "heer", ".",
         ";", ",", "-", "İstanbul", "STRAẞE"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from(PATTERNS))
def test_same_verdict_as_plain_re(words, pattern):
    text = " ".join(words)
    expected = re.search(pattern, text, re.IGNORECASE) is not None
    assert (LazyPattern(pattern).search(text) is not None) == expected
    assert (_often_used(pattern).search(text) is not None) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from(PATTERNS),
       st.integers(0, 30))
def test_same_verdict_from_an_offset(words, pattern, start):
    text = " ".join(words)
    start = min(start, len(text))
    expected = re.compile(pattern, re.IGNORECASE).search(text, start) is not None
    lower = text.lower()
    for lazy in (LazyPattern(pattern), _often_used(pattern)):
        got = lazy.search_in(text, lower if len(lower) == len(text) else None, start)
        assert (got is not None) == expected


def test_merging_keeps_plain_alternatives_and_lookarounds():
    assert _merge_prefixed(r"(?:\w*gemeente|provincie|\w*raad)") == r"(?:\w*(?:gemeente|raad)|provincie)"
    # a lazy \w*? and a lookbehind are left as written
    assert _merge_prefixed(r"(?:\w*?a|\w*b)") == r"(?:\w*?a|\w*b)"
    assert _merge_prefixed(r"(?<=\w*a|\w*b)x") == r"(?<=\w*a|\w*b)x"
    # a back-reference depends on group numbers: nothing is touched
    assert _merge_prefixed(r"(\w*a|\w*b)\1") == r"(\w*a|\w*b)\1"


def test_a_case_sensitive_group_still_decides():
    pattern = r"\bvan\s+(?-i:[A-Z])\w+\s+beslist"
    for lazy in (LazyPattern(pattern), _often_used(pattern)):
        assert lazy.search("de gemeente van Noordstad beslist") is not None
        assert lazy.search("de gemeente van noordstad beslist") is None


def test_no_prefilter_when_a_case_sensitive_group_sits_in_a_negative_lookaround():
    from convenantlint.rule_kinds.conditions import _relaxed

    assert _relaxed(r"(?<!van\s(?-i:[A-Z])\w+\s)beslist", re.IGNORECASE) is None
    assert _relaxed(r"beslist(?!\s+(?-i:[A-Z]))", re.IGNORECASE) is None
    assert _relaxed(r"van\s+(?-i:[A-Z])\w+\s+beslist", re.IGNORECASE) is not None
    pattern = r"\bde\s+\w+(?!\s+(?-i:[A-Z]))\s+beslist"
    for text in ("de gemeente Noordstad beslist", "de gemeente beslist", "De Gemeente beslist"):
        expected = re.search(pattern, text, re.IGNORECASE) is not None
        assert (_often_used(pattern).search(text) is not None) == expected


def test_only_real_anchors_make_a_pattern_run_per_unit():
    # '^' opening a class, '$' in a class and escaped ones are no anchors; '\A', '\Z',
    # a bare '^' or '$' are (a '^' under MULTILINE is a line start, not the unit's).
    def anchors(pattern: str) -> tuple[bool, bool]:
        p = LazyPattern(pattern)
        return p.starts, p.ends

    assert anchors(r"\bwij\s+[^.;]{0,40}\bgaan") == (False, False)
    assert anchors(r"[$^]\s+\$\d+\^") == (False, False)
    assert anchors(r"\\A\\Z") == (False, False)           # escaped backslashes, then letters
    assert anchors(r"[\]^]x") == (False, False)           # '^' inside a class with ']'
    assert anchors(r"^\s*Partijen") == (True, False)
    assert anchors(r"\AWij") == (True, False)
    assert anchors(r"[^.]*afspraken\s*$") == (False, True)
    assert anchors(r"vast\Z") == (False, True)
    assert anchors(r"(?m)^Artikel\s+\d+$") == (False, True)
