"""Normalise what the entity component found: euros, hours per year or fte, and the
period an amount is for. The numbers themselves come from ``convenantlint.nlp.numbers``
so the entity patterns and the parser never disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..compiled_regex import compile as compile_cached

# Hours a unit of time stands for, and how often a period fits in a year. A 'dagdeel'
# is the usual half day of four hours; a year is counted as 52 weeks, as the Dutch
# norm for fte (1 fte = 36 to 40 hours a week) does too.
HOURS = {"uur": 1.0, "dagdeel": 4.0, "dag": 8.0}
PER_YEAR = {"jaar": 1.0, "kwartaal": 4.0, "maand": 12.0, "week": 52.0}

# The period after (or before) an amount: 'per jaar', 'jaarlijks', 'per woning'.
_PERIOD_AFTER = compile_cached(
    r"^\s*(?:,-\s*)?(?:(?:per|p/|/|elk|elke|ieder|iedere)\s*(?P<p>kalenderjaar|schooljaar|"
    r"begrotingsjaar|jaar|kwartaal|maand|week|half\s+jaar)\b"
    r"|(?P<adv>jaarlijks|maandelijks|wekelijks|per\s+annum)\b"
    r"|per\s+(?P<unit>[a-zë]{3,20}))", re.I)
_PERIOD_BEFORE = compile_cached(r"\b(?P<adv>jaarlijks|maandelijks|wekelijks|eenmalig|structureel)\s*(?:een\s+)?$", re.I)
# 'per week ten minste 180 uur': the period in front of the amount
_PER_PERIOD_BEFORE = compile_cached(r"\b(?:per|elke|iedere)\s+(?P<p>jaar|kwartaal|maand|week)\s+"
                                r"(?:(?:ten\s+minste|minimaal|minstens|maximaal|ten\s+hoogste|gemiddeld|ongeveer|"
                                r"circa|zo.n|ruim)\s+)?$", re.I)
# 'elke dinsdag na het overleg een uur': once a week, said with a day of the week.
_WEEKDAY_BEFORE = compile_cached(r"\b(?:elke|iedere|ieder)\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag"
                             r"(?:middag|ochtend|morgen|avond)?\b[^.;:\n]{0,40}$", re.I)
_ADV = {"jaarlijks": "jaar", "maandelijks": "maand", "wekelijks": "week", "per annum": "jaar",
        "eenmalig": "eenmalig", "structureel": "jaar"}
_PERIOD_WORD = {"kalenderjaar": "jaar", "schooljaar": "jaar", "begrotingsjaar": "jaar",
                "half jaar": "halfjaar"}


@dataclass(frozen=True)
class Money:
    amount: float | None
    unit: str            # "EUR", "EUR/jaar", "EUR/woning"
    period: str | None
    currency: str | None = None   # the old currency it was written in ("NLG"), if any


@dataclass(frozen=True)
class Time:
    amount: float | None
    unit: str            # "uur/jaar", "uur", "fte"
    period: str | None   # as the text states it: "week", "jaar", ...


def _numbers():
    from ..nlp import numbers
    return numbers


def period_near(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(period, per-unit) stated in the entity or right after/before it."""
    ent = text[start:end]
    inside = re.search(r"(?:\b(?:per|elk|elke|ieder|iedere)\s+|/\s*)(jaar|kwartaal|maand|week)\b|\b(jaarlijks|maandelijks|wekelijks)\b", ent, re.I)
    if inside:
        word = (inside.group(1) or inside.group(2)).lower()
        return _ADV.get(word, word), None
    unit = re.search(r"\bper\s+([a-zë]{3,20})\s*$", ent, re.I)
    if unit:                    # '€ 6.000 per woning', when the entity took it along
        return None, unit.group(1).lower()
    m = _PERIOD_AFTER.match(text[end:end + 40])
    if m:
        if m.group("p"):
            p = re.sub(r"\s+", " ", m.group("p").lower())
            return _PERIOD_WORD.get(p, p), None
        if m.group("adv"):
            return _ADV[re.sub(r"\s+", " ", m.group("adv").lower())], None
        if m.group("unit"):
            return None, m.group("unit").lower()
    b = _PERIOD_BEFORE.search(text[max(0, start - 30):start])
    if b:
        return _ADV[b.group("adv").lower()], None
    b = _PER_PERIOD_BEFORE.search(text[max(0, start - 40):start])
    if b:                       # 'zet per week ten minste 180 uur ... in'
        return b.group("p").lower(), None
    if _WEEKDAY_BEFORE.search(text[max(0, start - 60):start]):
        return "week", None
    return None, None


def headcount(before: str) -> float | None:
    """How many people the amount after ``before`` is for, each: 'zet twee
    wijkconsulenten ieder' (2), 'drie docenten van elk' (3); None when it is not said."""
    rx = _headcount_re()
    # the number nearest to 'ieder': in 'stelt op elk van haar elf scholen een ruimte
    # beschikbaar en maakt haar elf intern begeleiders ieder' it is the second 'elf'
    for start in sorted((m.start() for m in _amount_re().finditer(before)), reverse=True):
        m = rx.match(before, start)
        if m:
            break
    else:
        m = _per_place_re().search(before)
    if m is None:
        return None
    n = _numbers().parse_dutch_number(m.group("n"))
    return n if n is not None and n > 1 else None


@lru_cache(maxsize=None)
def _amount_re() -> re.Pattern[str]:
    return compile_cached(rf"(?<![\w-])(?:{_numbers().AMOUNT_PATTERN})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _headcount_re() -> re.Pattern[str]:
    a = _numbers().AMOUNT_PATTERN
    return compile_cached(
        # 'twee coaches ieder', '24 thuisadministrateurs, die ieder gemiddeld'
        rf"(?P<n>{a})\s+(?:[\wÀ-ÿ-]+,?\s+){{1,8}}(?:van\s+)?(?:ieder|elk|elke)(?:\s+voor)?"
        rf"(?:\s+(?:gemiddeld|ongeveer|circa|minimaal|minstens|maximaal|ten\s+minste|ten\s+hoogste))?\s*$"
        , re.I)


@lru_cache(maxsize=None)
def _per_place_re() -> re.Pattern[str]:
    """'in elk van de drie dorpen een praktijkondersteuner in voor', 'op elk van zijn negen
    scholen een coördinator vrij voor': one person per place."""
    a = _numbers().AMOUNT_PATTERN
    return compile_cached(
        rf"(?<![\w-])(?:in|op|bij|voor)\s+(?:elk|elke|ieder|iedere)\s+van\s+(?:de|haar|zijn|hun|onze)\s+"
        rf"(?P<n>{a})\s+[\wÀ-ÿ-]+\s+(?:een|één)\s+[\wÀ-ÿ-]+(?:\s+(?:in|vrij|beschikbaar|aan))?(?:\s+voor)?\s*$", re.I)


def money(text: str, start: int, end: int) -> Money:
    amount = _numbers().parse_money(text[start:end])
    from ..nlp.entities import old_currency
    old = old_currency(text[start:end])
    if old is not None and amount is not None:
        amount = round(amount / old.per_euro, 2)
    period, per = period_near(text, start, end)
    if per:
        unit = f"EUR/{per}"
    elif period and period != "eenmalig":
        unit = f"EUR/{period}"
    else:
        unit = "EUR"
    return Money(amount, unit, period, old.code if old else None)


def time(text: str, start: int, end: int) -> Time:
    """Hours per year when a period is given; fte as fte; a bare number of hours as is."""
    ent = text[start:end]
    parsed = _numbers().parse_time(ent)
    if parsed is None:
        parsed = _numbers().parse_time(text[start:min(len(text), end + 30)])
    if parsed is None:
        return Time(None, "uur", None)
    amount, unit, period = parsed
    if period is None:
        period, _ = period_near(text, start, end)
    if unit == "fte":
        return Time(amount, "fte", period)
    hours = amount * HOURS.get(unit, 1.0)
    if period in PER_YEAR:
        return Time(round(hours * PER_YEAR[period], 2), "uur/jaar", period)
    return Time(hours, "uur", period)


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# a part of every year ('van 1 april tot en met 30 september'); a stretch with its years
# ('van 1 mei 2026 tot 1 maart 2027') is a one-off period, not a season
_RANGE = compile_cached(r"\bvan\s+(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+tot(?:\s+en\s+met)?\s+"
                    r"(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\b(?!\s+\d{4})", re.I)
# 'in die periode', 'tijdens het seizoen': the time is given in the period named before
_IN_PERIOD = compile_cached(r"\b(?:in|gedurende|tijdens)\s+(?:die|deze|dat|dit|het)\s+(?:periode|seizoen|tijdvak)\b", re.I)


def _days(day: int, month: str) -> int:
    m = _MONTHS.index(month.lower())
    return sum(_MONTH_DAYS[:m]) + day


# 'gedurende de acht weken van de proef', 'tijdens tien schoolweken', 'zes weken lang'
_WEEK_COUNT = compile_cached(r"\b(?:(?:gedurende|tijdens)\s+(?:de\s+|die\s+|deze\s+)?(?P<a>[\w,]+)\s+(?:school)?weken\b"
                         r"|(?P<b>[\w,]+)\s+weken\s+lang\b)", re.I)


def season_weeks(text: str, s0: int, e0: int, s1: int | None = None) -> int | None:
    """The weeks of the part of the year in which hours per week are given: 'van 1 april
    tot en met 30 september' in the same sentence, or 'in die periode' after such a range
    in the sentences before it (26 weeks), or a count of weeks in the sentence ('gedurende
    de acht weken van de proef'). None when no such part is named."""
    for m in _WEEK_COUNT.finditer(text, s0, s1 if s1 is not None else e0):
        weeks = _numbers().parse_dutch_number(m.group("a") or m.group("b"))
        if weeks is not None and 0 < weeks < 52 and float(weeks).is_integer():
            return int(weeks)
    own = _RANGE.search(text, s0, e0)
    if own is None:
        if not _IN_PERIOD.search(text, s0, e0):
            return None
        ranges = list(_RANGE.finditer(text, max(0, s0 - 600), s0))
        if not ranges:
            return None
        own = ranges[-1]
    start = _days(int(own.group(1)), own.group(2))
    end = _days(int(own.group(3)), own.group(4))
    days = (end - start) % 365 + 1
    weeks = round(days / 7)
    return weeks if 0 < weeks < 52 else None


def percent(text: str) -> float | None:
    core = re.sub(r"(?i)\s*(?:%|procent|pct\.?)\s*$", "", text.strip())
    return _numbers().parse_dutch_number(core)
