"""Which party acts in a span of text: ``attribute(agreement, start, end)``.

Dutch puts the subject before the finite verb, or right after it when something else
comes first ('In 2026 levert Welzijn ...'). Without a parser we take the first party
mention that is not governed by a preposition ('aan de Gemeente', 'voor Welzijn'), after
a leading subordinate clause; 'door X' in a passive; 'X en Y' both; a collective subject
('Partijen', 'alle partners', 'ieder van de partijen', 'wij') all parties. Coordinated
main clauses ('De Gemeente draagt ... bij en Welzijn levert ...') each have their own
subject.

Called once per sentence by the per-party rules, so everything per document is computed
once and cached (a sorted mention index), and a call only looks at its own span.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..agreement import Agreement
from . import vocab
from .mentions import collective_regex

_WORD = re.compile(r"[\wÀ-ÿ][\wÀ-ÿ'’-]*")
# Where a new main clause may start: ';', ', en', ' en', ', maar', ', terwijl', ', '.
_BOUNDARY = re.compile(r";|,?\s+(?:en|maar|terwijl|ende)\s+|,\s+")


@lru_cache(maxsize=None)
def _sets() -> dict[str, frozenset[str]]:
    return {k: frozenset(vocab.words("parties", k)) for k in
            ("prepositions", "subordinators", "passive_aux", "back_pronouns", "receive_verbs")}


_DETS = frozenset({"de", "het", "een", "haar", "zijn", "hun", "deze", "die", "dit"})
_NON_VERBS = frozenset({"en", "of", "de", "het", "een", "in", "op", "met", "van", "aan", "voor",
                        "bij", "over", "als", "dat", "die", "zowel", "samen", "beide", "ieder",
                        "elk", "gezamenlijk", "tezamen", "respectievelijk", "namens"})


@dataclass
class _Index:
    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]
    all_keys: list[str]
    collective: re.Pattern[str]


_CACHE: dict[int, tuple[weakref.ref, _Index]] = {}


def index_of(agreement: Agreement) -> _Index:
    """The mention index of an agreement, built once and kept while it lives."""
    hit = _CACHE.get(id(agreement))
    if hit is not None and hit[0]() is agreement:
        return hit[1]
    triples = sorted((m.start, m.end, p.key) for p in agreement.parties for m in p.mentions)
    idx = _Index(
        text=agreement.text,
        starts=[t[0] for t in triples],
        ends=[t[1] for t in triples],
        keys=[t[2] for t in triples],
        all_keys=[p.key for p in agreement.parties],
        collective=collective_regex(list(getattr(agreement, "collective", []) or [])),
    )
    for stale in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
        del _CACHE[stale]
    _CACHE[id(agreement)] = (weakref.ref(agreement), idx)
    return idx


@dataclass(frozen=True)
class Actor:
    """One referring expression in a clause: a party mention or a collective phrase."""

    start: int
    end: int
    keys: tuple[str, ...]
    collective: bool


def _actors_in(idx: _Index, start: int, end: int) -> list[Actor]:
    out: list[Actor] = []
    i = bisect_left(idx.starts, start)
    while i < len(idx.starts) and idx.starts[i] < end:
        if idx.ends[i] <= end:
            out.append(Actor(idx.starts[i], idx.ends[i], (idx.keys[i],), False))
        i += 1
    if idx.all_keys:
        for m in idx.collective.finditer(idx.text, start, end):
            if not any(a.start < m.end() and m.start() < a.end for a in out):
                out.append(Actor(m.start(), m.end(), tuple(idx.all_keys), True))
    out.sort(key=lambda a: a.start)
    return out


def _word_before(text: str, pos: int, floor: int) -> str:
    """The word before ``pos`` (skipping a determiner or possessive), lowercase."""
    words = _WORD.findall(text[max(floor, pos - 60):pos])
    while words and words[-1].lower() in _DETS:
        words.pop()
    return words[-1].lower() if words else ""


def _governed(text: str, actor: Actor, floor: int) -> bool:
    """Is the mention governed by a preposition ('aan de Gemeente', 'namens Welzijn')?"""
    raw = text[max(floor, actor.start - 40):actor.start]
    words = _WORD.findall(raw)
    if not words:
        return False
    last = words[-1].lower()
    if last in _sets()["prepositions"]:
        return True
    if last in _DETS and len(words) >= 2 and words[-2].lower() in _sets()["prepositions"]:
        return True
    # 'van ieder van de partijen' is governed, 'ieder van de partijen' is not.
    return False


def _coordinated(text: str, actors: list[Actor], first: int, end: int) -> list[Actor]:
    """The subject and the actors joined to it: 'X en Y', 'X, Y en Z', 'X of Y'."""
    group = [actors[first]]
    for nxt in actors[first + 1:]:
        between = text[group[-1].end:nxt.start]
        if re.fullmatch(r"\s*(?:,|en|ende|of|alsmede|evenals|,\s*en|samen\s+met)\s*(?:(?:de|het)\s+)?",
                        between, re.I):
            group.append(nxt)
        else:
            break
    return group


def _skip_subordinate(text: str, start: int, end: int) -> int:
    """After a leading subordinate clause ('Nadat ..., '), the main clause starts."""
    m = _WORD.search(text, start, end)
    if m and m.group(0).lower() in _sets()["subordinators"]:
        comma = text.find(",", m.end(), end)
        if comma != -1:
            return comma + 1
    return start


def _verb_follows(text: str, pos: int, end: int) -> bool:
    """Does a verb-like word follow? (lowercase, not a preposition or conjunction)"""
    m = _WORD.search(text, pos, end)
    if not m:
        return False
    w = m.group(0)
    return w[0].islower() and w.lower() not in _NON_VERBS and w.lower() not in _sets()["prepositions"]


def main_clauses(agreement: Agreement, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span into coordinated main clauses, each starting with its own subject."""
    idx = index_of(agreement)
    text = idx.text
    actors = _actors_in(idx, start, end)
    if len(actors) < 2:
        return [(start, end)]
    cuts = [start]
    for m in _BOUNDARY.finditer(text, start, end):
        after = m.end()
        if m.group(0) == ";":
            cuts.append(after)
            continue
        head = re.match(r"(?:(?:de|het)\s+)?", text[after:end], re.I).end()
        nxt = next((a for a in actors if a.start == after or a.start == after + head), None)
        if nxt is not None and _verb_follows(text, nxt.end, end):
            cuts.append(after)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


@dataclass(frozen=True)
class Attribution:
    keys: tuple[str, ...]
    collective: bool          # the actor was 'Partijen', 'wij', ...: everyone
    how: str                  # 'subject' | 'door' | 'collective' | ''


def clause_actor(agreement: Agreement, start: int, end: int) -> Attribution:
    """The actor of one clause (no splitting): see the module docstring."""
    idx = index_of(agreement)
    text = idx.text
    actors = _actors_in(idx, start, end)
    if not actors:
        return Attribution((), False, "")
    lowered_words = {w.lower() for w in _WORD.findall(text[start:end])}
    agents: list[Actor] = []
    for n, a in enumerate(actors):
        if _word_before(text, a.start, start) == "door" and _governed(text, a, start):
            agents = _coordinated(text, actors, n, end)
            break
    passive = bool(lowered_words & _sets()["passive_aux"])
    if agents and passive:
        return _result(agents, "door")
    main = _skip_subordinate(text, start, end)
    subject = None
    for n, a in enumerate(actors):
        if a.start < main:
            continue
        if not _governed(text, a, start):
            subject = n
            break
    if subject is None and main != start:
        for n, a in enumerate(actors):
            if not _governed(text, a, start):
                subject = n
                break
    if subject is not None:
        return _result(_coordinated(text, actors, subject, end), "subject")
    if agents:
        return _result(agents, "door")
    return Attribution((), False, "")


def _result(group: list[Actor], how: str) -> Attribution:
    keys: list[str] = []
    collective = False
    for a in group:
        collective = collective or a.collective
        for k in a.keys:
            if k not in keys:
                keys.append(k)
    return Attribution(tuple(keys), collective, "collective" if collective else how)


def attribute(agreement: Agreement, start: int, end: int) -> list[str]:
    """Keys of the party or parties that act in the span (a sentence or clause)."""
    if not agreement.parties or end <= start:
        return []
    keys: list[str] = []
    for s, e in main_clauses(agreement, start, end):
        for k in clause_actor(agreement, s, e).keys:
            if k not in keys:
                keys.append(k)
    return keys
