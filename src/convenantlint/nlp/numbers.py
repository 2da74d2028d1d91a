"""Dutch numbers, amounts of money and commitments of time, as plain Python.

No spaCy here: the rule kinds and ``structure`` use these helpers to normalise what the
entity component found ("€ 1.250,-", "twee dagdelen per week") into numbers.

The regular-expression fragments at the bottom (``AMOUNT_PATTERN`` and friends) are the
same vocabulary, used by ``entities.yaml`` through the ``<<NUM>>`` macro, so the entity
patterns and the parser never disagree about what counts as a number.
"""

from __future__ import annotations

import re

from ..compiled_regex import compile as compile_cached

__all__ = [
    "parse_dutch_number",
    "parse_money",
    "parse_time",
    "NUMBER_WORD_PATTERN",
    "DIGITS_PATTERN",
    "AMOUNT_PATTERN",
]

UNITS = {
    "een": 1, "één": 1, "eén": 1, "èèn": 1,
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}
TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
# Large scales written as a separate word after a number ("2,4 miljoen", "15 duizend").
SCALES = {
    "duizend": 1e3,
    # 'millioen' and 'milliard' as texts from before 1947 spell them
    "miljoen": 1e6, "millioen": 1e6, "mln": 1e6, "mln.": 1e6, "mio": 1e6,
    "miljard": 1e9, "milliard": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9,
}
# Fractions that stand for a number on their own.
FRACTIONS = {
    "half": 0.5, "halve": 0.5,
    "anderhalf": 1.5, "anderhalve": 1.5,
    "kwart": 0.25,
}

_SMALL = {**UNITS, **TEENS, **TENS}
_U = "|".join(sorted(UNITS, key=len, reverse=True))
_X = "|".join(TENS)
_MORPHEMES = "|".join(sorted([*_SMALL, "honderd", "duizend"], key=len, reverse=True))

#: One Dutch number word (no word boundaries): "twee", "vijfentwintig",
#: "tweehonderdvijftig", "tienduizend", "anderhalf", "tweeënhalf". Compact on purpose
#: (it is compiled into several entity patterns): a chain of number morphemes, so it
#: also accepts the odd non-number such as "tweetwee"; ``parse_dutch_number`` is strict.
NUMBER_WORD_PATTERN = (
    rf"(?:(?:{_MORPHEMES})(?:(?:en|ën)?(?:{_MORPHEMES}))*(?:(?:en|ën)half)?"
    r"|anderhalve?|halve?)"
)

#: Digits as Dutch writes them: "1.000", "12,5", "1.250,-" (the ",-" is not part of it),
#: never a piece of "4.1" or "31-12-2027".
DIGITS_PATTERN = (
    r"(?<![\w.,\-/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w\-/]|[.,]\d)"
)

_SCALE_PATTERN = r"(?:miljoen|millioen|miljard|milliard|duizend|mln\.?|mld\.?|mrd\.?|mio\.?)"

# The rest of a number written in two words: 'tweeëntwintigduizend vijfhonderd',
# 'drie miljoen tweehonderdduizend' (never 'een': 'duizend een keer').
_REST_WORD = rf"(?:(?:(?<=duizend|miljoen|miljard)|(?<=millioen|milliard))\s+(?!een\b|één\b)(?:{NUMBER_WORD_PATTERN})(?!\w))?"

#: A number with an optional scale word: "2,4 miljoen", "twee", "een half", "15 duizend".
AMOUNT_PATTERN = (
    rf"(?:{DIGITS_PATTERN}(?:\s?{_SCALE_PATTERN}(?!\w))?"
    rf"|(?<!\w)(?:een\s+halve?|(?:{NUMBER_WORD_PATTERN})(?:\s+en\s+een\s+halve?)?"
    rf"(?:\s+{_SCALE_PATTERN})?{_REST_WORD})(?!\w))"
)

_DIGITS_RE = compile_cached(r"\d[\d.,]*")
_WORD_RE = compile_cached(rf"(?:{NUMBER_WORD_PATTERN})\Z")
_AMOUNT_RE = compile_cached(AMOUNT_PATTERN, re.IGNORECASE)
_DASH_END = compile_cached(r",\s*[-–—]+\s*\Z")


def _parse_digits(s: str) -> float | None:
    """'1.250' -> 1250, '12,5' -> 12.5, '4.1' -> 4.1, '1.250.000,50' -> 1250000.5."""
    if not s or not s[0].isdigit():
        return None
    s = s.rstrip(".")
    if re.fullmatch(r"\d+", s):
        return float(s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # Dutch thousands, decimal comma
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d+", s):  # decimal comma
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):  # English 1,250.50
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", s):  # '4.1', '2.5': a decimal point
        return float(s)
    return None


def _parse_word(w: str) -> float | None:
    """One number word, compounds included: 'vijfentwintig', 'tweehonderdduizend'."""
    w = w.strip().lower().replace("-", "")
    if not w:
        return None
    if w in FRACTIONS:
        return FRACTIONS[w]
    if w in _SMALL:
        return float(_SMALL[w])
    for half in ("ënhalve", "ënhalf", "enhalve", "enhalf"):
        if w.endswith(half) and len(w) > len(half):
            base = _parse_int_word(w[: -len(half)])
            return None if base is None else base + 0.5
    value = _parse_int_word(w)
    return None if value is None else float(value)


def _parse_int_word(w: str) -> int | None:
    if not w:
        return None
    if w in _SMALL:
        return _SMALL[w]
    for word, factor in (("duizend", 1000), ("honderd", 100)):
        if word in w:
            head, _, tail = w.partition(word)
            if tail.startswith("en") and tail[2:] and _parse_int_word(tail[2:]) is not None:
                tail = tail[2:]  # 'honderdentwintig'
            h = _parse_int_word(head) if head else 1
            t = _parse_int_word(tail) if tail else 0
            if h is None or t is None or t >= factor:
                return None
            return h * factor + t
    m = re.fullmatch(rf"({_U})(?:en|ën)({_X})", w)
    if m:
        return UNITS[m.group(1)] + TENS[m.group(2)]
    return None


def parse_dutch_number(text: str) -> float | None:
    """Parse a Dutch number written in digits or words.

    >>> parse_dutch_number("vijfentwintig"), parse_dutch_number("1.250,-")
    (25.0, 1250.0)
    >>> parse_dutch_number("2,4 miljoen"), parse_dutch_number("anderhalf")
    (2400000.0, 1.5)

    Returns ``None`` when the text is not (only) a number.
    """
    if not isinstance(text, str):
        return None
    s = text.strip().lower()
    s = _DASH_END.sub("", s).strip()
    if not s:
        return None
    words = s.split()
    # 'twee en een half', 'een half', 'een halve'
    extra = 0.0
    if len(words) >= 3 and words[-3:-1] == ["en", "een"] and words[-1] in ("half", "halve"):
        extra, words = 0.5, words[:-3]
    elif len(words) == 2 and words[0] in ("een", "één") and words[1] in ("half", "halve"):
        return 0.5
    if not words:
        return None
    total = 0.0
    current: float | None = None
    for w in words:
        w = w.strip(",")
        if w in SCALES:
            factor = SCALES[w]
            total += (current if current is not None else 1.0) * factor
            current = None
            continue
        if w == "honderd" and current is not None:
            current *= 100
            continue
        v = _parse_digits(w) if w[:1].isdigit() else _parse_word(w)
        if v is None:
            return None
        if current is not None:
            # 'tweeëntwintigduizend vijfhonderd': the rest of the number after thousands;
            # any other two bare numbers in a row ('twee drie') are not one number
            if current >= 1000 and current % 1000 == 0 and v < 1000 and v == int(v):
                current += v
                continue
            return None
        current = v
    if current is not None:
        total += current
    elif total == 0.0:
        return None
    return total + extra


_CURRENCY_RE = compile_cached(r"(?i)k€|€|(?<!\w)(?:eur(?:o|o's|os)?|ton)(?!\w)")
_BRACKETS = compile_cached(r"\([^()]*\)")


def parse_money(text: str) -> float | None:
    """An amount in euros: '€ 90.000' -> 90000, 'EUR 2,4 miljoen' -> 2400000,
    '€90.000,-' -> 90000, 'tienduizend euro' -> 10000, '€ 6.000 per woning' -> 6000.

    The amount next to the currency ('€', 'EUR', 'euro') counts, else the first one;
    'k€ 250' is 250.000 and 'twee ton' 200.000 euro.
    """
    if not isinstance(text, str):
        return None
    # '10.000 (tienduizend) euro': the words in brackets repeat the amount
    text = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text)
    amounts = list(_AMOUNT_RE.finditer(text))
    if not amounts:
        return None
    marks = list(_CURRENCY_RE.finditer(text))
    best, mark = amounts[0], None
    if marks:
        def gap(a: re.Match, c: re.Match) -> int:
            return c.start() - a.end() if c.start() >= a.end() else a.start() - c.end()

        best, mark = min(
            ((a, c) for a in amounts for c in marks),
            key=lambda ac: (gap(*ac), ac[0].start()),
        )
    value = parse_dutch_number(best.group(0))
    if value is None:
        return None
    if mark is not None:
        kind = mark.group(0).lower()
        if kind == "k€":
            value *= 1000
        elif kind == "ton":
            value *= 100_000
    return value


_TIME_UNITS = [
    (r"fte(?:['’]?s)?|voltijdsequivalent(?:en)?|formatieplaats(?:en)?", "fte"),
    (r"dagdel(?:en)?|dagdeel", "dagdeel"),
    (r"(?:man|mens|werk|vrijwilligers)?(?:uur|uren)", "uur"),
    (r"(?:werk|mens|man)?dag(?:en)?", "dag"),
]
_TIME_UNIT_RE = compile_cached(
    r"(?i)(?<!\w)(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_TIME_UNITS)) + r")(?!\w)"
)
_PERIODS = [
    (r"(?:werk)?we(?:ek|kelijks)|wk", "week"),
    (r"maand(?:elijks)?|mnd", "maand"),
    (r"kwarta(?:al|alijks)", "kwartaal"),
    (r"(?:school|kalender|cursus|begrotings)?jaar(?:lijks)?|jaarbasis|jr", "jaar"),
]
_PERIOD_RE = compile_cached(
    r"(?i)^\s*(?:(?:per|elke|iedere?|elk|in\s+de|in\s+het|op|/|p/)\s*)?(?:"
    + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_PERIODS))
    + r")(?!\w)"
)
_QUALIFIERS = compile_cached(
    r"(?i)\b(?:ten\s+minste|tenminste|minimaal|minstens|maximaal|ten\s+hoogste|hoogstens|"
    r"circa|ca\.|ongeveer|gemiddeld|zo'n|ruim|bijna|structureel|extra)\s+"
)


def parse_time(text: str) -> tuple[float, str, str | None] | None:
    """A commitment of time: (amount, unit, period).

    unit is one of 'fte', 'uur', 'dagdeel', 'dag'; period one of 'week', 'maand',
    'jaar', 'kwartaal' or None.

    >>> parse_time("twee dagdelen per week")
    (2.0, 'dagdeel', 'week')
    >>> parse_time("1,2 fte")
    (1.2, 'fte', None)
    """
    if not isinstance(text, str):
        return None
    for um in _TIME_UNIT_RE.finditer(text):
        unit = next(_TIME_UNITS[int(k[1:])][1] for k, v in um.groupdict().items() if v)
        before = _QUALIFIERS.sub("", text[: um.start()]).rstrip()
        amount = _trailing_amount(before)
        if amount is None:
            continue
        period = None
        pm = _PERIOD_RE.match(text[um.end():])
        if pm:
            period = next(_PERIODS[int(k[1:])][1] for k, v in pm.groupdict().items() if v)
        return amount, unit, period
    return None


def _trailing_amount(before: str) -> float | None:
    """The number that ends ``before``: '... stelt twee' -> 2, 'een halve' -> 0.5."""
    if not before:
        return None
    words = before.split()
    for k in range(min(5, len(words)), 0, -1):
        value = parse_dutch_number(" ".join(words[-k:]))
        if value is not None:
            return value
    return None
