"""The engine compiles rule expressions with a rewritten parse tree (`regex_tuning`) to
run them faster. A rule must never match elsewhere for it: these tests compare every
match (span and groups) with plain `re`, on generated expressions and on every
expression of the built-in rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convenantlint import compiled_regex
from support import assert_matches_like_re

ROOT = Path(__file__).resolve().parent.parent

WORDS = ["de", "het", "beslist", "besluit", "beslissen", "bepaalt", "Bepaalt", "stelt",
         "stellen", "volgt", "volgen", "zorgt", "zorgen", "ervoor", "dat", "gemeente",
         "Gemeente", "van", "Noordstad", "partijen", "andere", "overige", ";", ":", ",", ".",
         "a", "b", "ab", "ba", "k", "K", "\u212a", "s", "\u017f", "İ", "-", "\n"]

# Pieces in the style of the rules: word alternations with shared beginnings, anchors,
# look-arounds, optional parts, groups, separators.
ATOMS = ["beslist", "besluit", "beslissen", "bepaalt", "bepa", "stelt", "stellen", "de",
         "het", "dat", "ervoor", "a", "ab", "b", "k", "s", "[;:]", r"\w+", r"[\w-]+", "",
         r"\s+", r"(?:de\s+)?", "volg(?:t|en)", "(?-i:[A-Z])", r"\d"]
PREFIXES = ["", r"\b", r"(?<!\bvan\s)", r"(?=de\s)", r"(?<![\w-])", "^", r"\b\b"]


@st.composite
def expressions(draw) -> str:
    def alternation(depth: int) -> str:
        alts = []
        for _ in range(draw(st.integers(1, 5))):
            parts = [draw(st.sampled_from(PREFIXES))]
            for _ in range(draw(st.integers(1, 3))):
                if depth < 2 and draw(st.booleans()):
                    opener = draw(st.sampled_from(["(?:", "(", "(?P<g{}>", "(?=", "(?!"]))
                    if "{}" in opener:
                        opener = opener.format(draw(st.integers(0, 10**6)))
                    parts.append(opener + alternation(depth + 1) + ")")
                else:
                    parts.append(draw(st.sampled_from(ATOMS)))
                parts.append(draw(st.sampled_from(["", "", r"\s+", r"\s*", "?", r"\b"])))
            alts.append("".join(parts))
        return "|".join(alts)

    return alternation(0)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_regex, "_entries", None)


@settings(max_examples=250, deadline=None)
@given(expressions(), st.lists(st.sampled_from(WORDS), max_size=12),
       st.sampled_from([0, re.IGNORECASE, re.MULTILINE]), st.integers(0, 8), st.integers(0, 8))
def test_tuned_expressions_match_exactly_like_re(pattern, words, flags, start, cut):
    try:
        plain = re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return                        # not a valid expression: nothing to compare
    tuned = compiled_regex.compile(pattern, flags)
    text = " ".join(words)
    assert_matches_like_re(tuned, plain, text)
    assert_matches_like_re(tuned, plain, text, min(start, len(text)), max(min(start, len(text)), len(text) - cut))


def test_alternatives_that_share_a_beginning_keep_their_order():
    # 'beslis' and 'beslissen' both match at one place: the first listed must still win,
    # and an alternative may not move up past one that matches at the same place.
    for pattern in (r"\b(?:beslis|beslissen)", r"\b(?:beslissen|beslis)", r"\bbe(s)|\bbes(l)",
                    r"ab|[a-c]b|ac", r"(?:a|)b|ab", r"\bbx|[a-z]+|\bbe", r"bx|\w+|be",
                    r"\bbx|(?:de|be)d|\bbe", r"\bbx|[;b]e|\bbe"):
        for text in ("wij beslissen", "zij beslist", "ab ac cb", "ab b", "bed", "de bed"):
            assert_matches_like_re(compiled_regex.compile(pattern), re.compile(pattern), text)


def test_case_folding_letters_are_not_merged_wrongly():
    for pattern in (r"\bk(?:a)|\bK(?:b)", r"s|\u017f", r"(?:İ|i)x", r"kx|K|kc", r"sx|\u017f|sc"):
        for text in ("ka kb Kb \u212ab", "s \u017f S", "İx ix Ix", "kc \u212ac", "sc \u017fc"):
            assert_matches_like_re(compiled_regex.compile(pattern, re.IGNORECASE),
                  re.compile(pattern, re.IGNORECASE), text)


def _rule_expressions() -> list[tuple[str, int]]:
    """Every expression the built-in rules compile while checking the example corpus."""
    from convenantlint.api import analyse, make_engine
    from convenantlint.ruleset import load_rules

    seen: dict[tuple[str, int], None] = {}
    original = compiled_regex.compile

    def recording(pattern: str, flags: int = 0):
        seen[(pattern, flags)] = None
        return original(pattern, flags)

    compiled_regex.compile = recording
    try:
        engine = make_engine(load_rules([], include_builtin=True))   # nothing compiled yet
        for path in sorted((ROOT / "corpora" / "voorbeelden").glob("*.txt"))[:4]:
            analyse(path.read_text(encoding="utf-8-sig"), engine)
    finally:
        compiled_regex.compile = original
    return list(seen)


def test_every_rule_expression_matches_like_re_on_the_example_agreements():
    texts = [p.read_text(encoding="utf-8-sig")
             for p in sorted((ROOT / "corpora" / "voorbeelden").glob("*.txt"))[::2]]
    texts += [t.lower() for t in texts]
    expressions_seen = _rule_expressions()
    assert len(expressions_seen) > 50
    for pattern, flags in expressions_seen:
        tuned, plain = compiled_regex.compile(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert_matches_like_re(tuned, plain, text)
