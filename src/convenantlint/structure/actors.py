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

from ..compiled_regex import compile as compile_cached
from ..agreement import Agreement
from . import vocab
from .mentions import find_collective

_WORD = compile_cached(r"[\wÀ-ÿ][\wÀ-ÿ'’-]*")
# Where a new main clause may start: ';', ', en', ' en', ', maar', ', terwijl', ', ', and ': '
# when a party and its verb follow ('De kosten delen we zo: de Voedselbank betaalt ...'; not
# 'De gemeente levert: a. ...', whose list keeps the subject before the colon).
_BOUNDARY = compile_cached(r";|:\s+|,?\s+(?:en|maar|terwijl|ende)\s+|,\s+")


@lru_cache(maxsize=None)
def _sets() -> dict[str, frozenset[str]]:
    return {k: frozenset(vocab.words("parties", k)) for k in
            ("prepositions", "subordinators", "passive_aux", "back_pronouns", "receive_verbs",
             "not_verbs_at_start")}


_DETS = frozenset({"de", "het", "een", "haar", "zijn", "hun", "deze", "die", "dit", "onze", "ons", "uw"})
_NON_VERBS = frozenset({"en", "of", "de", "het", "een", "in", "op", "met", "van", "aan", "voor",
                        "bij", "over", "als", "dat", "die", "zowel", "samen", "beide", "ieder",
                        "elk", "gezamenlijk", "tezamen", "respectievelijk", "namens"})


@dataclass(frozen=True)
class Actor:
    """One referring expression in a clause: a party mention or a collective phrase."""

    start: int
    end: int
    keys: tuple[str, ...]
    collective: bool


@dataclass
class _Index:
    text: str
    actors: list[Actor]          # every mention and collective phrase, by position
    starts: list[int]
    all_keys: list[str]
    cache: dict                  # (kind, start, end) -> result: each span is done once


_CACHE: dict[int, tuple[weakref.ref, _Index]] = {}


_LAST: list = [None, None]    # the agreement asked for last, and its index: the usual case


def index_of(agreement: Agreement) -> _Index:
    """The actor index of an agreement, built once and kept while it lives."""
    if _LAST[0] is agreement:
        return _LAST[1]
    hit = _CACHE.get(id(agreement))
    if hit is not None and hit[0]() is agreement:
        _LAST[:] = [agreement, hit[1]]
        return hit[1]
    from .view import build_view

    text = agreement.text
    view = build_view(agreement.doc, text)
    actors = [Actor(m.start, m.end, (p.key,), False) for p in agreement.parties for m in p.mentions]
    all_keys = [p.key for p in agreement.parties]
    if all_keys:
        taken = sorted((a.start, a.end) for a in actors)
        for cs, ce in find_collective(view, list(getattr(agreement, "collective", []) or [])):
            i = bisect_left(taken, (cs, -1))
            near = taken[max(0, i - 1):i + 1]
            if any(s < ce and cs < e for s, e in near):
                continue
            actors.append(Actor(cs, ce, tuple(all_keys), True))
    actors += _plural_actors(text, agreement.parties, [a for a in actors if not a.collective])
    # An organ inside a party's name ('Vechtdal College') is that name; otherwise the organ
    # says who acts: 'het college van B&W van Aarlo' is one actor, not 'Aarlo', and
    # 'Gedeputeerde Staten' no collective 'Staten'.
    organs = [o for o in _organ_actors(text, agreement.parties) + _officer_actors(text, actors)
              if not any(a.start <= o.start < a.end and not a.collective for a in actors)]
    if organs:
        actors = [a for a in actors if not any(o.start < a.end and a.start < o.end for o in organs)] + organs
    actors += _staff_actors(text, actors)
    actors.sort(key=lambda a: a.start)
    actors = _drop_appositions(text, actors)
    idx = _Index(text=text, actors=actors, starts=[a.start for a in actors],
                 all_keys=all_keys, cache={"view": view})
    for stale in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
        del _CACHE[stale]
    _CACHE[id(agreement)] = (weakref.ref(agreement), idx)
    _LAST[:] = [agreement, idx]
    return idx


_PLURAL_HEAD = r"(?:(?:de|deze|beide|alle|onze|die)\s+)(?:(?:twee|drie|vier|vijf|zes|zeven|acht|betrokken|deelnemende|samenwerkende|kleinere|grotere|overige|andere)\s+){0,2}"


_COUNTS = {"beide": 2, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}


def _last_named(mentions: list[Actor], keys: list[str], before: int, count: int) -> tuple[str, ...]:
    """The `count` parties among `keys` mentioned last before `before` (within 400
    characters), or nothing when fewer are."""
    seen: list[str] = []
    for a in sorted((a for a in mentions if a.end <= before and before - a.start <= 400
                     and len(a.keys) == 1 and a.keys[0] in keys), key=lambda a: -a.start):
        if a.keys[0] not in seen:
            seen.append(a.keys[0])
        if len(seen) == count:
            return tuple(k for k in keys if k in seen)
    return ()


@lru_cache(maxsize=None)
def _plural_types() -> dict[str, tuple[str, ...]]:
    """'verenigingen' -> ('vereniging',), 'clubs' -> ('club', 'vereniging')."""
    data = vocab.load("parties").get("plural_types") or {}
    return {str(k): tuple(str(x) for x in (v if isinstance(v, list) else [v])) for k, v in data.items()}


def _plural_actors(text: str, parties, mentions: "list[Actor] | None" = None) -> list[Actor]:
    """'de gemeenten', 'de drie gemeenten', 'beide scholen', 'de clubs': the parties of
    that type (each party named 'gemeente X', 'voetbalvereniging X'), when two or more
    parties have it. A party introduced after the phrase (one that joins later) is not
    among them while two or more were introduced before it."""
    by_type = _party_types(parties)
    intro = {p.key: p.span.start if p.span else 0 for p in parties}
    out: list[Actor] = []
    lowered = text.lower()
    for plural, singles in _plural_types().items():
        keys = list(dict.fromkeys(k for single in singles for k in by_type.get(single, [])))
        if len(keys) < 2:
            continue
        if plural in lowered:
            for m in re.finditer(_PLURAL_HEAD + re.escape(plural) + r"\b", text, re.I):
                known = [k for k in keys if intro[k] <= m.start()]
                here = known if len(known) >= 2 else keys
                count = _COUNTS.get(m.group(0).lower().split()[-2]) if len(m.group(0).split()) > 1 else None
                if count is not None and count < len(here):
                    # 'Marsdijk en Oldenzande ...; beide gemeenten ...' among three
                    # gemeenten: the two named last before it
                    named = _last_named(mentions or [], here, m.start(), count)
                    if named:
                        out.append(Actor(m.start(), m.end(), named, False))
                    continue
                out.append(Actor(m.start(), m.end(), tuple(here), False))
        # 'Elke gemeente draagt ... bij', 'Iedere gemeente is verantwoordelijk voor ...'
        single = singles[0]
        for m in re.finditer(r"\b(?:[Ee]lke|[Ii]edere|[Ii]eder)\s+[" + single[0].upper() + single[0] + "]"
                             + re.escape(single[1:]) + r"\b(?!\s+[A-Z])", text):
            out.append(Actor(m.start(), m.end(), tuple(keys), False))
    return out


def _party_types(parties) -> dict[str, list[str]]:
    """Per party type ('gemeente'), the keys of the parties named by it: 'gemeente X', 'de
    gemeente X', 'college van B en W van de gemeente X', 'de Gemeente', and compounds
    that end in it: 'voetbalvereniging VV X', 'Mixed Hockeyclub X'."""
    types = {t for singles in _plural_types().values() for t in singles}

    def type_of(word: str) -> str | None:
        low = word.lower()
        if low in types:
            return low
        return next((t for t in types if len(t) >= 4 and low.endswith(t) and len(low) > len(t) + 2), None)

    by_type: dict[str, list[str]] = {}
    for p in parties:
        for name in (p.name, p.key):
            words = name.split()
            named = [t for n, w in enumerate(words) if (t := type_of(w))
                     and n + 1 < len(words) and words[n + 1][:1].isupper()]
            lead = [t for n, w in enumerate(words[:2]) if (t := type_of(w))
                    and (n == 0 or words[0].lower() in ("de", "het"))]
            for low in (named[-1:] or lead[:1]):
                if p.key not in by_type.setdefault(low, []):
                    by_type[low].append(p.key)
    return by_type


def _organ_actors(text: str, parties) -> list[Actor]:
    """'Gedeputeerde Staten', 'het college van B&W van Aarlo': the party the organ acts
    for (`organs` in parties.yaml)."""
    organs = vocab.load("parties").get("organs") or {}
    if not organs:
        return []
    lowered = text.lower()
    by_type = _party_types(parties)
    by_key = {p.key: p for p in parties}
    out: list[Actor] = []
    for kind, phrases in organs.items():
        candidates = [by_key[k] for k in by_type.get(str(kind), [])]
        if not candidates:
            continue
        present = [str(p) for p in phrases if str(p) in lowered]
        if not present:
            continue
        organ = "|".join(re.escape(p) for p in sorted(present, key=len, reverse=True))
        # 'het college van bestuur' of a school is no organ of a gemeente
        # (a portfolio may stand between the organ and its party: 'de wethouder Werk en
        # Economie van de gemeente Haverdal')
        rx = re.compile(rf"(?<![\w&])(?i:(?:de|het)\s+)?(?i:{organ})(?![\w&])(?!\s+(?i:van\s+(?:bestuur|toezicht)))"
                        rf"(?:(?:\s+[A-Z][\w-]*(?:(?:,\s*|\s+en\s+|\s+)[A-Z][\w-]*){{0,5}})?\s+(?i:van)\s+(?:(?i:de|het)\s+)?"
                        rf"(?:(?i:{re.escape(str(kind))})\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?")
        for m in rx.finditer(text):
            if text[max(0, m.start() - 4):m.start()].rstrip(" ").endswith(","):
                continue        # 'Marleen de Gooijer, wethouder Cultuur': a person's office
            name = text[m.start("name"):m.end("name")] if m.group("name") else None
            if name:
                who = [p for p in candidates if name.lower() in (p.name + " " + p.key).lower()]
            else:
                who = candidates if len(candidates) == 1 else []
            if len(who) != 1:
                continue
            out.append(Actor(m.start(), m.end(), (who[0].key,), False))
    return out


def _officer_actors(text: str, actors: list[Actor]) -> list[Actor]:
    """'het college van bestuur van Zandmark College': an officer or board of the party
    mentioned right after it (`officers` in parties.yaml)."""
    officers = vocab.load("parties").get("officers") or []
    if not officers:
        return []
    rx = re.compile(r"(?i:\b(?:de|het)\s+(?:" + "|".join(re.escape(str(o)) for o in
                    sorted(officers, key=len, reverse=True)) + r")\s+van\s+(?:(?:de|het)\s+)?)\Z")
    out: list[Actor] = []
    for a in actors:
        if a.collective or len(a.keys) != 1:
            continue
        m = rx.search(text, max(0, a.start - 64), a.start)
        if m is not None:
            out.append(Actor(m.start(), a.end, a.keys, False))
    return out


@lru_cache(maxsize=1)
def _staff_intro() -> re.Pattern[str]:
    """After a party: it brings in a person by role ('zet een vaste wijkagent in')."""
    data = vocab.load("parties")["staff_roles"]
    roles = r"[\wÀ-ÿ-]*(?:" + "|".join(re.escape(str(r)) for r in data["roles"]) + ")"
    verbs = "|".join(re.escape(str(v)) for v in data["verbs"])
    return compile_cached(
        r"\s+(?:" + verbs + r")\b[^.;:!?\n]{0,40}?\b(?:een|haar|zijn|hun|één)\s+"
        r"(?:(?:vaste|eigen|ervaren|eigen\s+vaste)\s+)?(?P<role>" + roles + r")\b", re.I)


# the party opens its sentence, line or list item
_OPENS = compile_cached(r"(?:^|[.!?:;]\s+|\n[\s*-]*|\d\.\s+)$|\A\s*$")


def _staff_actors(text: str, actors: list[Actor]) -> list[Actor]:
    """'De politie zet een vaste wijkagent in ...' and later 'De wijkagent surveilleert
    ...': the person a party brings in acts for that party (`staff_roles` in parties.yaml).
    Only a role that one party alone brings in, from the sentence that brings it in on."""
    intro = _staff_intro()
    brought: dict[str, tuple[tuple[str, ...], int]] = {}
    shared: set[str] = set()
    for a in actors:
        if a.collective or len(a.keys) != 1:
            continue
        if not _OPENS.search(text[max(0, a.start - 12):a.start]):
            continue        # the party opens its sentence: it is the one that brings
        m = intro.match(text, a.end)
        if m is None:
            continue
        role = m.group("role").lower()
        if role in brought and brought[role][0] != a.keys:
            shared.add(role)
        brought.setdefault(role, (a.keys, m.end()))
    out: list[Actor] = []
    taken = [(a.start, a.end) for a in actors]
    for role, (keys, after) in brought.items():
        if role in shared:
            continue
        for m in re.finditer(r"\b[Dd]e\s+" + re.escape(role) + r"\b(?!\s+van\b)", text[after:]):
            s, e = after + m.start(), after + m.end()
            if not any(x < e and s < y for x, y in taken):
                out.append(Actor(s, e, keys, False))
    return out


def _drop_appositions(text: str, actors: list[Actor]) -> list[Actor]:
    """'De regiogemeenten Lekmond, Polderwijk en Sluisdam': the names that follow a
    collective or plural phrase say who it is; the phrase itself is no actor then."""
    out = []
    for n, a in enumerate(actors):
        nxt = actors[n + 1] if n + 1 < len(actors) else None
        if (a.collective or len(a.keys) > 1) and nxt is not None and \
                0 <= nxt.start - a.end <= 2 and not text[a.end:nxt.start].strip(" "):
            continue
        out.append(a)
    return out


def _actors_in(idx: _Index, start: int, end: int) -> list[Actor]:
    i = bisect_left(idx.starts, start)
    j = bisect_left(idx.starts, end, i)
    return [a for a in idx.actors[i:j] if a.end <= end]


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
    return _in_examples(text[max(floor, actor.start - 160):actor.start])


_ZOALS = compile_cached(r"\bzoals\s", re.I)


def _in_examples(raw: str) -> bool:
    """Is the mention the last of a list of examples ('zoals de raad van toezicht, de
    ondernemingsraad en de gemeenteraad')? Then it is an object, not the subject."""
    found = list(_ZOALS.finditer(raw))
    if not found:
        return False
    rest = raw[found[-1].end():]
    if re.search(r"[.;:!?]", rest):
        return False
    parts = re.split(r",\s*|\s+(?:en|of)\s+", rest)
    return len(parts[-1].split()) <= 1 and all(0 < len(p.split()) <= 5 for p in parts[:-1])


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
    key = ("clauses", start, end)
    found = idx.cache.get(key)
    if found is None:
        found = idx.cache[key] = _main_clauses(idx, start, end)
    return found


def _main_clauses(idx: _Index, start: int, end: int) -> list[tuple[int, int]]:
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
        if nxt is not None and _verb_follows(text, nxt.end, end) and \
                _has_verb(text, actors, cuts[-1], m.start()):
            cuts.append(after)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _has_verb(text: str, actors: list[Actor], start: int, end: int) -> bool:
    """Does the span hold a word besides its actors? 'De Gemeente en Welzijn dragen'
    is one subject, not two clauses: before 'en' stands only 'De Gemeente'."""
    pos = start
    rest = []
    for a in actors:
        if a.end <= start or a.start >= end:
            continue
        rest.append(text[pos:max(pos, a.start)])
        pos = max(pos, a.end)
    rest.append(text[pos:end])
    words = [w for w in _WORD.findall(" ".join(rest)) if not w[0].isdigit()]
    return any(w[0].islower() and w.lower() not in _DETS for w in words)


@dataclass(frozen=True)
class Attribution:
    keys: tuple[str, ...]
    collective: bool          # the actor was 'Partijen', 'wij', ...: everyone
    how: str                  # 'subject' | 'door' | 'collective' | ''


def clause_actor(agreement: Agreement, start: int, end: int) -> Attribution:
    """The actor of one clause (no splitting): see the module docstring."""
    idx = index_of(agreement)
    key = ("actor", start, end)
    found = idx.cache.get(key)
    if found is None:
        found = idx.cache[key] = _clause_actor(idx, start, end)
    return found


def _clause_actor(idx: _Index, start: int, end: int) -> Attribution:
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
    subject = _first_free(text, actors, start, main, end)
    if subject is None and main != start:
        subject = _first_free(text, actors, start, start, end)
    if subject is not None:
        return _result(_coordinated(text, actors, subject, end), "subject")
    if agents:
        return _result(agents, "door")
    return Attribution((), False, "")


_STAFF_OF = compile_cached(r"^\s*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+|[-–•*]\s+)?(?:(?:de|het|een|twee|drie|alle)\s+)?"
                       r"(?:[\wÀ-ÿ-]+\s+){0,1}(?:leden|lid|medewerkers?|werkers?|coach(?:es)?|professionals|"
                       r"vrijwilligers|docenten|leerkrachten|teams?|[\wÀ-ÿ-]*(?:coach|werker|consulent|adviseur|"
                       r"verpleegkundige|begeleider|medewerker|coördinator|manager|leider|regisseur)s?)\s+van\s+"
                       r"(?:de\s+|het\s+)?$", re.I)


def _staff_of(text: str, actor: Actor, floor: int, main: int) -> bool:
    """'Leden van OTV verzorgen gastlessen', 'De opbouwwerker van Welzijn maakt de agenda':
    a party's people at the head of the clause act for the party."""
    return bool(_STAFF_OF.match(text[max(floor, main):actor.start]))


def _first_free(text: str, actors: list[Actor], floor: int, main: int, end: int) -> int | None:
    """The first actor not governed by a preposition. Actors coordinated with a governed
    one are governed too ('van de gemeente, De Linde en Zorggroep Oost')."""
    n = 0
    while n < len(actors):
        a = actors[n]
        if a.start < main:
            n += 1
            continue
        if not _governed(text, a, floor) or _staff_of(text, a, floor, main):
            return n
        n += len(_coordinated(text, actors, n, end))
    return None


def _result(group: list[Actor], how: str) -> Attribution:
    keys: list[str] = []
    collective = False
    for a in group:
        collective = collective or a.collective
        for k in a.keys:
            if k not in keys:
                keys.append(k)
    return Attribution(tuple(keys), collective, "collective" if collective else how)


def attribution(agreement: Agreement, start: int, end: int) -> Attribution:
    """The actors of a span, clause by clause, and whether they were named collectively."""
    idx = index_of(agreement)
    key = ("span", start, end)
    found = idx.cache.get(key)
    if found is not None:
        return found
    keys: list[str] = []
    collective = False
    how = ""
    if idx.all_keys and end > start:
        for s, e in main_clauses(agreement, start, end):
            r = clause_actor(agreement, s, e)
            collective = collective or r.collective
            how = how or r.how
            keys += [k for k in r.keys if k not in keys]
    found = idx.cache[key] = Attribution(tuple(keys), collective, how)
    return found


def attribute(agreement: Agreement, start: int, end: int) -> list[str]:
    """Keys of the party or parties that act in the span (a sentence or clause)."""
    if not agreement.parties or end <= start:
        return []
    return list(attribution(agreement, start, end).keys)
