"""Rule expressions are skipped in sentences that lack all of their key strings
(`regex_literals`). That shortcut must never change a finding: every match must contain
one of the strings, and the checks must report the same with and without it."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_regex_tuning import WORDS, expressions

from convenantlint import compiled_regex, regex_literals
from convenantlint.regex_literals import conjunctions, necessary
from support import CORPORA


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_regex, "_entries", None)
    monkeypatch.setattr(compiled_regex, "_literal_sets", None)


def _every_match_holds(pattern: str, flags: int, text: str, sets, holds) -> None:
    """Every match of `pattern` in `text`, lowercased, `holds(found, sets)` (no sets: no
    shortcut, nothing to check)."""
    if sets is None:
        return
    if flags & re.IGNORECASE and not regex_literals.case_safe(text):
        return
    for m in re.finditer(pattern, text, flags):
        found = text[m.start():m.end()].lower()
        assert holds(found, sets), (pattern, sets, found)


def _every_match_holds_a_string(pattern: str, flags: int, text: str) -> None:
    _every_match_holds(pattern, flags, text, necessary(pattern, flags),
                       lambda found, strings: any(s in found for s in strings))


@settings(max_examples=400, deadline=None)
@given(expressions(), st.lists(st.sampled_from(WORDS), max_size=14),
       st.sampled_from([0, re.IGNORECASE]))
def test_every_match_of_a_generated_expression_holds_one_of_its_strings(pattern, words, flags):
    try:
        re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return
    _every_match_holds_a_string(pattern, flags, " ".join(words))


def _every_match_holds_a_clause_set(pattern: str, flags: int, text: str) -> None:
    _every_match_holds(pattern, flags, text, conjunctions(pattern, flags),
                       lambda found, alternatives: any(
                           all(any(s in found for s in clause) for clause in alternative)
                           for alternative in alternatives))


@settings(max_examples=400, deadline=None)
@given(expressions(), st.lists(st.sampled_from(WORDS), max_size=14),
       st.sampled_from([0, re.IGNORECASE]))
def test_every_match_of_a_generated_expression_holds_all_clauses_of_an_alternative(
        pattern, words, flags):
    try:
        re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return
    _every_match_holds_a_clause_set(pattern, flags, " ".join(words))


def test_clauses_ask_for_every_key_word_of_an_alternative():
    """A sentence with 'andere partijen' but no 'volgen' cannot match; one set of strings
    ('partijen' or 'partners') would still send it to the expression."""
    pattern = (r"\b(?:de\s+)?(?:andere|overige)\s+(?:partijen|partners)\s+(?:voeren|volgen)"
               r"\s+(?:de|het)\s+(?:besluiten|keuzes)\b|\bhet\s+laatste\s+woord\b")
    first, second = conjunctions(pattern, re.IGNORECASE)
    assert set(first) == {("partijen", "partners"), ("andere", "overige"), ("voeren", "volgen"),
                          ("besluiten", "keuzes")}
    assert set(second) == {("laatste",), ("woord",)}
    # 'vo' + 'eren|lgen' (the parser's own factoring) adds no weaker clause of its own;
    # 'de' is too short to narrow anything
    assert set(*conjunctions(r"(?:voeren|volgen)\s+de\s+lijn")) == {("voeren", "volgen"), ("lijn",)}
    # an alternative that could match almost anywhere leaves nothing to narrow with
    assert conjunctions(r"beslist\s+zelf|\w+") is None


def test_strings_are_the_words_every_match_needs():
    assert necessary(r"\b(?:beslist|besluit)\s+(?:de|het)\s+\w+") == ("beslist", "besluit")
    # the rarest part of a sequence is taken, optional parts never
    assert necessary(r"(?:de\s+)?gemeente\s+heeft\s+het\s+laatste\s+woord") == ("gemeente",)
    assert necessary(r"\w*museum|\w*theater", re.IGNORECASE) == ("museum", "theater")
    assert necessary(r"teams?\b") == ("team",)
    # look-arounds consume nothing, so they add no string
    assert necessary(r"(?<=veto)recht") == ("recht",)
    assert necessary(r"(?!beslist)\w+") is None
    # an alternative without a usable string makes the whole unusable
    assert necessary(r"beslist|\w+") is None
    assert necessary(r"(?:ab|cd)") is None                         # too short to be worth it


def test_letters_that_re_folds_oddly_are_known():
    """`re` with IGNORECASE equates a few letters that str.lower() keeps apart ('s' and
    'ſ'). For each such pair either the pattern letter never enters a string, or a text
    with the other letter switches the shortcut off (or lowercasing changes its length,
    which does too)."""
    letters = [chr(c) for c in range(0x20, 0x250) if chr(c).lower() == chr(c)]
    any_letter = re.compile("[" + "".join(re.escape(c) for c in letters) + "]", re.IGNORECASE)
    pairs = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or not any_letter.fullmatch(ch):
            continue
        for letter in letters:
            if ch.lower() != letter and re.fullmatch(re.escape(letter), ch, re.IGNORECASE):
                pairs.append((letter, ch))
    assert ("s", "\u017f") in pairs                      # the engine still does this
    for letter, ch in pairs:
        assert (letter in regex_literals.ODD_CASE_LETTERS or not regex_literals.case_safe(ch)
                or len(ch.lower()) != 1), (letter, ch)


def _findings(texts, enabled: bool, monkeypatch) -> list:
    from convenantlint.api import analyse, get_engine

    if not enabled:
        monkeypatch.setattr(regex_literals.StringFinder, "places", lambda self, text: None)
    engine = get_engine()
    out = []
    for text in texts:
        result = analyse(text, engine)
        out.append(sorted((f.rule, f.start, f.end, f.party or "") for f in result.findings))
    monkeypatch.undo()
    return out


def test_the_shortcut_changes_no_finding_on_the_example_agreements(monkeypatch):
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(CORPORA.glob("*.txt"))]
    # odd letters switch the shortcut off for expressions with case-sensitive parts
    texts.append(texts[0].replace("besluit", "beſluit"))
    with_shortcut = _findings(texts, True, monkeypatch)
    without = _findings(texts, False, monkeypatch)
    assert with_shortcut == without
    assert sum(len(f) for f in with_shortcut) > 50
