"""What each party brings in: money, time, knowledge and other resources, and dates.

Amounts and dates come from the entities of the NLP layer (doc.ents); knowledge and
resources from a word list (resources.yaml) in a sentence that contributes them ('stelt
... beschikbaar', 'levert', 'brengt in', 'draagt bij'). Each is given to the party that
gives it: the subject of its own main clause ('De Gemeente draagt € 90.000 bij en
Welzijn levert 1,2 fte' gives two parties), 'door X', 'ontvangt ... van X', a line that
starts with the party ('Gemeente: € 90.000'), the lead-in of a list ('De Gemeente
levert:'), or the sentence before for 'Zij', 'Deze'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..compiled_regex import compile as compile_cached
from ..agreement import Agreement, Commitment, Span
from . import quantities, vocab
from .parties import state_short
from .actors import Attribution, _actors_in, _sets, attribution, clause_actor, index_of, main_clauses
from .sections import section_at
from .text import BULLET_RE, TABLE_SEPARATOR_RE, label_of, table_cells
from .view import doc_view

_COST = compile_cached(r"\b(?:kosten|huur|huurprijs|prijs|tekort|begroting|budget|bijdrage|financiering|subsidie|"
                   r"exploitatie|uitgaven|investering|bedrag|eigen\s+bijdrage|dekking)\b", re.I)
_MAXIMUM = compile_cached(r"(?:maximum|maximaal|ten\s+hoogste|tot\s+een\s+bedrag\s+van|met\s+een\s+plafond\s+van|"
                      r"hoogstens|tot\s+maximaal)\D{0,25}$", re.I)
_DEADLINE = compile_cached(r"(?:uiterlijk|vóór|voor|binnen|ten\s+laatste|niet\s+later\s+dan|tot)\s*$", re.I)
_COMMITMENT_LABELS = frozenset({"MONEY", "TIME", "PERCENT", "DATE", "FREQUENCY"})
_DISTRIBUTIVE = compile_cached(r"\b(?:ieder|iedere|elk|elke)\b|\bper\s+(?:partij|partner|deelnemer)\b", re.I)
# 'ieder met € 15.000 per jaar': each names its own amount, even where they act 'samen'
_EACH_AMOUNT = compile_cached(r"\b(?:ieder|elk)\s+(?:met\s+|voor\s+|een\s+bedrag\s+van\s+)?(?:€|eur\b|\d)", re.I)
# 'dragen Partijen gezamenlijk: de Gemeente de helft, de andere Partijen ieder een achtste':
# one amount they share, however each part is put
_SHARED = compile_cached(r"\b(?:ieder|elk)\s+(?:voor\s+)?(?:een\s+|de\s+)?(?:gelijk(?:e)?\s+(?:deel|delen)|derde|vierde|"
                     r"vijfde|zesde|zevende|achtste|negende|tiende|twaalfde|"
                     r"kwart|helft|deel|evenredig\s+deel)\b|\bnaar\s+rato\b|\bgelijkelijk\b|"
                     r"\bin\s+gelijke\s+delen\b|\b(?:gezamenlijk|samen|tezamen)\b", re.I)
# 'Het bedrag van € 85.000 wordt als subsidie verleend': the amount named before.
# 'Daarvan gaat € 40.000 naar de Bibliotheek': a share of the amount the sentence before
# gives; its giver gives the share too, the party after 'naar' or 'voor' receives it.
_SHARE_OF = compile_cached(r"\s*(?:\d+(?:\.\d+)*\.?\s+|[-–•*]\s+)?(?:daarvan|hiervan|van\s+(?:dit|dat|het|deze)\s+"
                       r"(?:bedrag|budget|geld|middelen|bijdrage)"
                       # 'Het bedrag uit artikel 4.1, onder a, wordt besteed aan ... (€ 82.000), ...'
                       r"|(?:het|dit|dat|deze)\s+(?:bedrag|budget|geld|bijdrage)\s+(?:uit|van|in|onder)\s+artikel\b"
                       # 'Het vaste bedrag als bedoeld in het tweede lid wordt in twee termijnen van elk ...'
                       r"|(?:het|dit|dat|deze)\s+(?:[a-zà-ÿ]+\s+)?(?:bedrag|budget|bijdrage|som)\s+(?:als\s+)?bedoeld\s+in\b)",
                       re.I)
_ANAPHOR = compile_cached(r"\b(?:het|dit|dat|deze|bovengenoemde|genoemde)\s+(?:\w+\s+)?(?:bedrag|budget|subsidie|"
                      r"bijdrage)\s+(?:van\s+)?$", re.I)


@dataclass(frozen=True)
class _Resource:
    words: dict[str, str]            # word -> category
    compounds: frozenset[str]        # words that also match as the end of a compound
    not_followed: dict[str, frozenset[str]]
    cues: vocab.CueSet


@lru_cache(maxsize=None)
def _resources() -> _Resource:
    data = vocab.load("resources")
    words: dict[str, str] = {}
    for category, items in data.get("categories", {}).items():
        for w in items:
            words.setdefault(str(w).lower(), str(category))
    no_comp = {str(w).lower() for w in data.get("no_compounds", [])}
    return _Resource(
        words=words,
        compounds=frozenset(w for w in words if len(w) >= 5 and w not in no_comp),
        not_followed={k: frozenset(map(str.lower, v)) for k, v in data.get("not_followed_by", {}).items()},
        cues=vocab.cues("resources", "cues"),
    )


def _resource_of(word: str) -> tuple[str, str] | None:
    """(the resource word, its category) for a lemma or form, compounds included."""
    r = _resources()
    if word in r.words:
        return word, r.words[word]
    # Compounds: look up the word's endings of each length a resource word has (a few
    # set lookups instead of testing every resource word).
    for size in _compound_sizes():
        if len(word) >= size + 3 and word[-size:] in r.compounds:
            w = word[-size:]
            return w, r.words[w]
    return None


@lru_cache(maxsize=None)
def _compound_sizes() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in _resources().compounds}, reverse=True))


_RESOURCE_BY_HASH: dict[int, tuple[str, str] | None] = {}
_MISSING = object()


@lru_cache(maxsize=None)
def _lemma_table() -> dict[int, tuple[str, str]]:
    """Resource words by the hash of the word itself: a lemma that is one of them."""
    return {vocab.h(w): (w, c) for w, c in _resources().words.items()}


@lru_cache(maxsize=1)
def _waar() -> int:
    return vocab.h("waar")


def _resource_at(view, n: int) -> tuple[str, str] | None:
    """The resource token n names, by its form (compounds included) or else its lemma.
    Each form is judged once and remembered across texts by its hash; the answer depends
    on the form alone, so it is the same whatever was read before."""
    code = view.lower[n]
    found = _RESOURCE_BY_HASH.get(code, _MISSING)
    if found is _MISSING:
        found = _RESOURCE_BY_HASH[code] = _resource_of(view.word(n).lower())
    if found:
        return found
    hit = _lemma_table().get(view.lemma[n])
    if hit and view.word(n).lower().startswith("ge") and not hit[0].startswith("ge"):
        return None     # 'gegrond' (lemma 'gronden') is a participle, not land
    return hit


def _resource_tokens(view, i: int, j: int) -> list[int]:
    """Tokens i..j that name a resource."""
    return [n for n in range(i, j) if _resource_at(view, n)]


@lru_cache(maxsize=None)
def _subordinate_codes() -> frozenset[int]:
    return frozenset(vocab.h(w) for w in vocab.words("resources", "subordinators"))


@lru_cache(maxsize=None)
def _relative_codes() -> tuple[frozenset[int], frozenset[int]]:
    return (frozenset(vocab.h(w) for w in vocab.words("resources", "relative_pronouns")),
            frozenset(vocab.h(w) for w in vocab.words("resources", "subject_pronouns")))


@lru_cache(maxsize=None)
def _cue_codes() -> frozenset[int]:
    cues = _resources().cues
    return frozenset(cues.words)


def contribution_cues() -> vocab.CueSet:
    """The cues of a contribution: 'stelt ... beschikbaar', 'brengt ... in', 'detacheert'."""
    return _resources().cues


class _Lines:
    """The lines of a document, and the lead-in line of the list a position is in."""

    def __init__(self, agreement: Agreement, line_starts: list[int] | None = None) -> None:
        self.a = agreement
        self.text = agreement.text
        self.line_starts = line_starts if line_starts is not None else \
            [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[i]
        end = self.text.find("\n", start)
        return start, len(self.text) if end == -1 else end

    def lead_in_line(self, pos: int) -> tuple[int, int] | None:
        """The line ending in ':' that opens the list this position is in."""
        ls, le = self.line_at(pos)
        body = self.text[ls:le].lstrip()
        if not (label_of(body) or BULLET_RE.match(body)):
            return None
        cursor = ls - 1
        for _ in range(12):
            if cursor <= 0:
                break
            ps, pe = self.line_at(cursor - 1)
            line = self.text[ps:pe].strip()
            cursor = ps
            if not line:
                continue
            if line.endswith(":"):
                return ps, pe
            if not (label_of(line) or BULLET_RE.match(line)):
                break
        return None

    def lead_in(self, pos: int) -> Attribution:
        """The actor of the line ending in ':' that opens the list this position is in."""
        line = self.lead_in_line(pos)
        return attribution(self.a, *line) if line else Attribution((), False, "")


def list_lead_in(agreement: Agreement, pos: int) -> tuple[Attribution, tuple[int, int] | None]:
    """Who the lead-in of the list at ``pos`` names, and that line: in '5.1 Het
    Ziekenhuis:' followed by 'a. is verantwoordelijk voor ...', the Ziekenhuis."""
    cache = index_of(agreement).cache
    starts = cache.get("line_starts")      # numbers only: the cache must not hold the agreement
    lines = _Lines(agreement, starts)
    if starts is None:
        cache["line_starts"] = lines.line_starts
    line = lines.lead_in_line(pos)
    return (attribution(agreement, *line) if line else Attribution((), False, "")), line


class _Context(_Lines):
    """What the attribution of one document needs, computed once."""

    def __init__(self, agreement: Agreement) -> None:
        super().__init__(agreement)
        self.idx = index_of(agreement)
        self.prev_spans: list[tuple[int, int]] = []     # the two sentences before, nearest first
        # Sentences that can contribute a resource: those with a cue word ('levert',
        # 'stelt ... beschikbaar'), found for the whole text in one numpy call.
        self.cue_tokens = doc_view(agreement).where(_cue_codes())
        self._starts = [s[0] for s in doc_view(agreement).sents]

    def line_party(self, pos: int) -> tuple[str, ...]:
        """'Gemeente: € 90.000', '- Welzijn – 1,2 fte', '| GGD | 400 uur |'."""
        ls, le = self.line_at(pos)
        line = self.text[ls:le]
        body = line.lstrip(" \t|")
        lab = label_of(body)
        bullet = BULLET_RE.match(body)
        skip = len(line) - len(body) + (lab[1] if lab else bullet.end() if bullet else 0)
        actors = _actors_in(self.idx, ls + skip, le)
        if actors and actors[0].start <= ls + skip + 4 and not actors[0].collective:
            after = self.text[actors[0].end:actors[0].end + 4]
            if re.match(r"\s*(?::|[-–—]\s|\|)", after) and actors[0].end <= pos:
                return actors[0].keys
        return ()


def _pronoun_subject(text: str, s0: int, s1: int) -> bool:
    """Is the subject of the sentence 'zij', 'hij' or 'ze' ('Zij stelt ...', 'Daarnaast stelt zij ...')?"""
    first = re.match(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?([\wÀ-ÿ]+)", text[s0:s1])
    return bool(first and first.group(1).lower() in ("zij", "hij", "ze")) or \
        bool(_INVERTED_PRONOUN.match(text[s0:s1]))


# 'is in dienst van X', 'komt voor rekening van X': the party named after it gives it
_AT_EXPENSE_OF = compile_cached(r"\bvoor\s+(?:de\s+)?rekening\s+van\s*$", re.I)
_GIVER_NAMED_AFTER = compile_cached(r"\b(?:in\s+dienst\s+(?:is\s+|zijn\s+)?(?:van|bij)|(?:komt|komen)\s+(?:geheel\s+|volledig\s+)?"
                          r"voor\s+(?:de\s+)?rekening\s+van)\s*$", re.I)
# 'Daarnaast zet zij een beleidsadviseur in': the pronoun after a fronted word and the verb
_INVERTED_PRONOUN = compile_cached(
    r"\W*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+)?"
    r"(?:(?!die\b|dat\b|als\b|wanneer\b|indien\b|omdat\b|zodat\b|zodra\b)[\w'’-]+\s+){1,5}?(?:zij|hij|ze)\b",
    re.I)


# (also two shares in one clause: 'draagt de gemeente 30% en het waterschap 70%')
_SHARED_FRACTIONS = compile_cached(r"\b(?:(?:ieder|elk)\s+)?voor\s+(?:de\s+)?(?:helft|een\s+derde|een\s+kwart|twee\s+derde|"
                               r"drie\s+kwart|\d+\s*(?:%|procent))\b|\bnaar\s+rato\b"
                               r"|\b\d+\s*(?:%|procent)\s+en\s+(?:de\s+|het\s+)?[\w-]+(?:\s+[\w-]+)?\s+\d+\s*(?:%|procent)", re.I)
_CAP_OF_SHARE = compile_cached(r"\s+\d+(?:[.,]\d+)?\s*(?:%|procent)\s*,?\s*(?:met\s+een\s+|tot\s+een\s+)?"
                           r"(?:maximum|maximaal|ten\s+hoogste|hoogstens)\s+(?:van\s+)?", re.I)
_THRESHOLD = compile_cached(r"\b(?:boven|bovenop|meer\s+dan|hoger\s+dan)\s+(?:[\w-]+\s+){0,4}$", re.I)
_BRACKETED_SHARE = compile_cached(r"\s*\(\s*(?:ieder\s+|elk\s+)?")
_SHARE_BY_NAME = compile_cached(r"(?:\bwaarvan|\bwaarbij|\bnamelijk|[:,]|\ben)\s*(?:de\s+|het\s+)?$", re.I)
_JOINT_BEFORE = compile_cached(r"\bgezamenlijk\w*\s+(?:[\w-]*budget|fonds|pot|potje|bedrag)\s+(?:van\s+)?(?:in\s+totaal\s+)?$", re.I)
_JOINT_TOTAL = compile_cached(r"\b(?:bijdragen|inbreng|bedragen|middelen)\s+van\s+[^.;:]{3,120}?\s+en\s+[^.;:]{3,80}?"
                          r"\b(?:vormen|zijn)\s+(?:samen|tezamen|gezamenlijk)\b", re.I)
_IN_BUDGET_OF = compile_cached(r"\b(?:is|zijn|wordt|worden)\s+(?:\w+\s+){0,2}?opgenomen\s+in\s+(?:de|het)\s+"
                           r"[\w-]*(?:begroting|investeringsplan|meerjarenplan|budget|programma)\s+van\s+", re.I)


def _giver(ctx: _Context, sent_start: int, sent_end: int, pos: int) -> tuple[tuple[str, ...], bool, bool]:
    """(keys of the giving parties, distributive: each of them gives the full amount,
    collective: they were named together, 'Partijen', also in the lead-in of a list)."""
    line = ctx.line_party(pos)
    if line:
        return line, False, False
    text = ctx.text
    clauses = main_clauses(ctx.a, sent_start, sent_end)
    clause = next(((s, e) for s, e in clauses if s <= pos < e), (sent_start, sent_end))
    # 'De kosten hiervan, € 310.000, zijn opgenomen in het investeringsplan van de gemeente'
    budget = _IN_BUDGET_OF.search(text, pos, sent_end)
    if budget:
        actor = next((a for a in _actors_in(ctx.idx, budget.end(), sent_end)
                      if a.start == budget.end() and not a.collective), None)
        if actor is not None:
            return actor.keys, False, False
    # 'het Ondernemersfonds 50%, met een maximum van € 7.500 per jaar, de Eigenaar 25%': the
    # cap of the share of the party named before it
    for actor in _actors_in(ctx.idx, clause[0], pos):
        if not actor.collective and _CAP_OF_SHARE.fullmatch(text[actor.end:pos]):
            return actor.keys, False, False
    # 'De kosten, begroot op € 12.000, dragen de Gemeente voor de helft en Welzijn en Thuis
    # ieder voor een kwart': one amount the parties named in the sentence share
    # (in the clause of the amount: not '... tot € 15.000; een groter tekort dragen A en B
    # ieder voor de helft', nor a threshold 'boven de bijdrage van € 44.000')
    if _SHARED_FRACTIONS.search(text, clause[0], clause[1]) and \
            not _THRESHOLD.search(text[max(clause[0], pos - 50):pos]) and \
            not re.match(r"\d+(?:[.,]\d+)?\s*(?:%|procent)", text[pos:pos + 16]):   # a share itself
        keys = tuple(k for a in _actors_in(ctx.idx, clause[0], clause[1]) if not a.collective
                     for k in a.keys)
        if len(set(keys)) >= 2:
            return tuple(dict.fromkeys(keys)), False, True
    # 'gedragen door de gemeente (€ 6.000), Dommelhof (€ 5.000) en Zuidrand (€ 3.000)':
    # the share in brackets right after the party that pays it
    for actor in _actors_in(ctx.idx, clause[0], pos):
        if not actor.collective and _BRACKETED_SHARE.fullmatch(text, actor.end, pos) and \
                re.match(r"(?:€|eur\b|\d)", text[pos:pos + 4], re.I):
            return actor.keys, False, False
    # 'waarvan de gemeente € 3.000 en Versland € 1.800 betaalt': each share after the
    # party that pays it
    for actor in _actors_in(ctx.idx, sent_start, pos):
        if not actor.collective and not text[actor.end:pos].strip() and \
                _SHARE_BY_NAME.search(text[max(sent_start, actor.start - 30):actor.start]):
            return actor.keys, False, False
    # 'een gezamenlijk budget van € 4.800, waarvan de gemeente € 3.000 en Versland € 1.800
    # betaalt': the joint total is theirs together
    if _JOINT_BEFORE.search(text[max(sent_start, pos - 60):pos]):
        keys = tuple(k for a in _actors_in(ctx.idx, sent_start, sent_end) if not a.collective
                     for k in a.keys)
        if len(set(keys)) >= 2:
            return tuple(dict.fromkeys(keys)), False, True
    # 'De bijdragen van Het Anker en Lekdal Water vormen samen het gezamenlijk budget, in
    # 2027 dus € 20.500': a total of several parties' contributions is theirs together
    joint = _JOINT_TOTAL.search(text, sent_start, pos)
    if joint:
        keys = tuple(k for a in _actors_in(ctx.idx, joint.start(), joint.end()) if not a.collective
                     for k in a.keys)
        if len(set(keys)) >= 2:
            return tuple(dict.fromkeys(keys)), False, True
    # the receiving verb of the main clause, not of a relative clause ('betaalt iedere
    # deelnemer die een vaste aanstelling krijgt een startpremie')
    main = re.split(r"\b(?:die|welke|wie|waarin|waarbij|waarmee|wanneer|indien|zodra)\b",
                    text[clause[0]:clause[1]], maxsplit=1)[0]
    words = {w.lower() for w in re.findall(r"\w+", main)}
    if words & _sets()["receive_verbs"]:
        for actor in _actors_in(ctx.idx, clause[0], clause[1]):
            before = text[max(clause[0], actor.start - 12):actor.start].lower()
            if re.search(r"\bvan\s*(?:de|het)?\s*$", before):
                return actor.keys, False, False
        if not clause_actor(ctx.a, clause[0], clause[1]).keys:
            return (), False, False    # 'elke leerling krijgt 20 uur les': a goal, nobody gives
    r = clause_actor(ctx.a, clause[0], clause[1])
    lead = re.match(r"\s*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+)?(\w+)", text[sent_start:sent_end])
    first = lead.group(1) if lead else ""
    if first.islower() and first not in _sets()["not_verbs_at_start"]:
        # 'a. stelt EUR 1,2 miljoen beschikbaar ... voor de jeugdhulp die De Brug levert':
        # an item without a subject belongs to the party its lead-in names, not to a party
        # named further on in it.
        lead_in = ctx.lead_in(sent_start)
        if lead_in.keys:
            return lead_in.keys, False, lead_in.collective
    if (not r.keys or r.collective) and outside_payer().search(text[clause[0]:clause[1]]):
        return (), False, False         # 'Daarna betalen deelnemers € 5 per maand'
    if not r.keys:
        r = attribution(ctx.a, sent_start, sent_end)
    if not r.keys:
        # 'De coördinator is in dienst van de Bieb en werkt er 24 uur per week': the
        # employer gives the hours; 'De huur, € 18.500, komt voor rekening van de gemeente'
        for actor in _actors_in(ctx.idx, clause[0], clause[1]):
            between = text[min(actor.end, pos):max(actor.start, pos)]
            named_after = _GIVER_NAMED_AFTER.search(text[max(clause[0], actor.start - 40):actor.start]) or (
                # 'Een tekort komt tot een bedrag van € 15.000 per jaar voor rekening van de gemeente'
                _AT_EXPENSE_OF.search(text[max(clause[0], actor.start - 40):actor.start])
                and re.search(r"\b(?:komt|komen)\b", text[clause[0]:actor.start], re.I))
            if named_after and not re.search(r"\ben\s+(?:een|de|het)\b|;", between):
                return actor.keys, False, False   # (not '..., en een medewerker van ...')
        staff_of, named_staff = _staff_subject()
        for actor in _actors_in(ctx.idx, clause[0], clause[1]):
            if not actor.collective and staff_of.match(text[clause[0]:actor.start]):
                return actor.keys, False, False     # 'tien vrijwilligers van de vereniging zijn ...'
        if first.lower() in _sets()["back_pronouns"] or _INVERTED_PRONOUN.match(text[sent_start:sent_end]) \
                or named_staff.match(text[sent_start:sent_end]):
            # 'Zij ...', 'Haar vrijwilligers zetten daarvoor 10 uur per week in': the
            # party of the sentence before
            back = Attribution((), False, "")
            for prev in ctx.prev_spans:
                back = attribution(ctx.a, prev[0], prev[1])
                # 'Daarnaast stelt zij ... Zij zet ... in': past a sentence whose own subject
                # is the pronoun, to the one that names the party (and no further)
                if back.keys or not _pronoun_subject(text, prev[0], prev[1]):
                    break
            if back.keys:
                # 'Zij zetten daarvoor elk zes vrijwilligers in': each of them
                return back.keys, _each(back.keys, text[sent_start:sent_end]), back.collective
        lead_in = ctx.lead_in(sent_start)
        if lead_in.keys:
            return lead_in.keys, False, lead_in.collective
        # 'Artikel 4 Inzet van de Corporatie' / 'a. stelt een ruimte beschikbaar', or a
        # heading that is just the party's name ('### 4.1 OPO Westerhaven'): the party
        # the heading names gives what its subjectless clauses give.
        sec = section_at(ctx.a, sent_start)
        if sec is not None and sec.parties and sec.kinds & {"contributions", "party"}:
            return sec.parties, False, False
        return (), False, False
    clause_text = text[clause[0]:clause[1]]
    # 'Partijen dragen ieder € 5.000 bij': each the full amount; 'Partijen dragen de
    # kosten, begroot op € 15.000, ieder voor een derde': one amount they share.
    return r.keys, _each(r.keys, clause_text), r.collective


@lru_cache(maxsize=1)
def _staff_subject() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(people of a party as the subject, up to 'van'/'bij' before the party;
    a named person with a staff role as the subject: 'Yusuf Demir, beleidsmedewerker cultuur,')."""
    staff = vocab.alternation(vocab.words("resources", "staff"))
    # ('Een medewerker logistiek van Versland': a word of the job between)
    of = compile_cached(rf"\W*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+)?(?:[\w'’-]+\s+){{0,4}}?\w*(?:{staff})"
                    rf"(?:\s+[a-zà-ÿ][\w-]*){{0,2}}?\s+(?:van|bij)\s+(?:de\s+|het\s+)?$", re.I)
    named = compile_cached(rf"\W*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+)?[A-Z][\w'’-]+(?:\s+(?:[a-z]{{1,3}}\s+){{0,2}}[A-Z][\w'’-]+){{0,3}}"
                       rf"\s*,\s*(?:[\w-]+\s+){{0,2}}?\w*(?:{staff})\b[^,]{{0,40}},")
    return of, named


def _each(keys: tuple[str, ...], clause: str) -> bool:
    """Does each of several givers give the full amount ('dragen ieder € 5.000 bij'), rather
    than a share of one amount ('dragen de kosten ieder voor een derde')?"""
    # ('vullen samen het fonds, ieder met € 15.000 per jaar': each names its own amount)
    return len(keys) > 1 and (bool(_EACH_AMOUNT.search(clause)) or
                              bool(_DISTRIBUTIVE.search(clause)) and not _SHARED.search(clause))


@lru_cache(maxsize=None)
def _payer_parts() -> tuple[str, str]:
    who = vocab.alternation(vocab.words("resources", "outside_payers"))
    verbs = "|".join(map(re.escape, vocab.words("resources", "outside_pay_verbs")))
    return who, verbs


@lru_cache(maxsize=None)
def outside_payer() -> re.Pattern[str]:
    """A clause whose subject is people outside the agreement, paying or bringing."""
    who, verbs = _payer_parts()
    # subject first ('deelnemers betalen'), or inverted at the start of the clause
    # ('Daarna betalen deelnemers'); not 'Partijen betalen de deelnemers een vergoeding'
    return compile_cached(rf"(?<![\w-])(?<!\bvan\s)(?:de\s+|alle\s+)?(?:{who})\s+(?:{verbs})\b"
                      rf"|^\W*(?:[\w-]+\s+){{0,2}}?(?:{verbs})\s+(?:de\s+|alle\s+)?(?:{who})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def outside_payer_anywhere() -> re.Pattern[str]:
    """The same words in either order anywhere: where `outside_payer` can hold at all."""
    from .. import compiled_regex

    who, verbs = _payer_parts()
    # lowercase, searched in the lowercased text: the cached, tuned form skips ahead
    return compiled_regex.compile(rf"\b(?:{who})\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:de\s+|alle\s+)?(?:{who})\b")


# 'om niet' is 'free of charge', no negation ('stelt om niet een ruimte beschikbaar').
_REFUSED = compile_cached(r"(?<!\bom\s)\b(?:niet|geen|nooit)\b(?!\s+(?:meer|minder|langer)\s+dan\b)(?!\s+alleen\b)")
# A second verb phrase of the same subject: 'investeert € 38 miljoen en vraagt geen
# huurverhoging'. The word after 'en'/'maar' looks like a finite verb (-t, -en).
_NEXT_VERB = compile_cached(r"\s+(?:en|maar)\s+(?=[a-zà-ÿ]+(?:t|en)\b)")
_NOT_VERBS = frozenset({"het", "niet", "dat", "wat", "met", "tot", "dit", "echt", "ten", "geen", "binnen",
                        "tussen", "kosten", "uren", "middelen", "woningen", "eigen", "open", "boven", "beneden"})


_CONDITION_FIRST = compile_cached(r"\W*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+|[-–—•]\s*)?(?:indien|als|wanneer|zodra|nadat|"
                                  r"voordat|tenzij|mits|voor\s+zover|zolang|omdat|doordat)\b", re.I)


def _refused(ctx: "_Context", s0: int, s1: int, pos: int) -> bool:
    """Is the amount in a negated main clause ('kunnen het onderhoud van € 40.000 niet
    meer opbrengen')? 'niet meer dan € 10.000' is a cap, not a refusal. Only the verb
    phrase of the amount counts: in 'investeert € 38 miljoen en vraagt geen
    huurverhoging' the 'geen' is another verb's."""
    text = ctx.text
    for c0, c1 in main_clauses(ctx.a, s0, s1):
        if c0 <= pos < c1:
            a, b = c0, c1
            for m in _NEXT_VERB.finditer(text, c0, c1):
                word = re.match(r"[a-zà-ÿ]+", text[m.end():]).group(0)
                if word in _NOT_VERBS:
                    continue
                if m.end() <= pos:
                    a = m.end()
                elif m.start() > pos:
                    b = m.start()
                    break
            head = text[a:pos]
            if _CONDITION_FIRST.match(head) and "," in head:
                # 'Indien het project nog niet klaar is, is de Gemeente bereid € 30.000 te
                # betalen': the 'niet' is the condition's
                a += head.rfind(",") + 1
            return bool(_REFUSED.search(text[a:b].lower()))
    return False


@lru_cache(maxsize=None)
def _price_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("resources").get("prices") or {}
    before, charges, sells, payer = (vocab.any_regex(data.get(k)) for k in ("before", "charges", "sells", "payer"))
    return before, charges, sells, payer


@lru_cache(maxsize=None)
def _change_target() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'met € 35 per maand daalt', 'daalt met € 35': the amount measures a change."""
    words = vocab.words("resources", "change_verbs")
    verbs = vocab.alternation(words)
    hedge = r"(?:(?:gemiddeld|ten\s+minste|ten\s+hoogste|hooguit|meer\s+dan|minder\s+dan|minstens|minimaal|maximaal|ruim|circa|ongeveer|zo'n|bijna|nog)\s+)*"
    before = compile_cached(r"(?:\b(?:" + verbs + r")\s+(?:[\wà-ÿ-]+\s+){0,2}?)?\bmet\s+" + hedge + r"$", re.I)
    after = compile_cached(r"\s*(?:[\wà-ÿ-]+\s+){0,3}?(?:" + verbs + r")\b", re.I)
    return before, after


def _is_change(text: str, s0: int, s1: int, e0: int, e1: int) -> bool:
    before, after = _change_target()
    m = before.search(text, max(s0, e0 - 60), e0)
    if m is None:
        return False
    return bool(m.group(0).split()[0].lower() != "met" or after.match(text, e1, s1))


@lru_cache(maxsize=1)
def _thresholds() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("thresholds"))


def _column_header(text: str, pos: int) -> str | None:
    """The header cell (lowercased) of the table column that holds `pos`; None outside
    tables and beyond the header's cells."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    if "|" not in text[ls:le]:
        return None
    header = None
    start = ls
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        if "|" not in line:
            break
        if not TABLE_SEPARATOR_RE.match(line):
            header = line
        start = prev
    if header is None:
        return None
    row = text[ls:pos]
    column = row.count("|") - (1 if row.lstrip().startswith("|") else 0)
    cells = table_cells(header)
    return cells[column].lower() if column < len(cells) else None


def table_column_party(agreement: Agreement, pos: int) -> tuple[str, ...]:
    """The party that the header of a table column names, for an amount in a cell of
    that column: 'Jaar | Bijdrage Gemeente | Bijdrage Provincie' above '2027 | € 120.000 |
    € 80.000', or 'Jaar | Nederlandse bijdrage'. Empty outside tables, and when the header
    names no party or more than one."""
    cell = _column_header(agreement.text, pos)
    if cell is None:
        return ()
    named = [p.key for p in agreement.parties if _names_party(cell, p)]
    return (named[0],) if len(named) == 1 else ()


@lru_cache(maxsize=None)
def _contribution_column() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("contribution_columns"))


def _party_table_contributions(ctx: _Lines, found: list[Commitment]) -> list[Commitment]:
    """Amounts in a table of the parties, in a column headed as what they bring in
    ('| Partij | Vertegenwoordigd door | Bijdrage |'): each is given by the party its row
    introduces. (The party list is otherwise no place for commitments.)"""
    agreement = ctx.a
    span, text = agreement.party_list, agreement.text
    out: list[Commitment] = []
    if span is None:
        return out
    taken = {c.start: c for c in found if c.type in ("geld", "tijd")}
    for ent in agreement.doc.ents:
        e0, e1 = ent.start_char, ent.end_char
        if ent.label_ not in ("MONEY", "TIME") or (e0 in taken and taken[e0].party):
            continue
        ls, le = ctx.line_at(e0)
        if not (ls < span.end and le > span.start):
            continue        # a row of the list (which ends with the last name, before the rest of its row)
        header = _column_header(text, e0)
        if header is None or not _contribution_column().search(header):
            continue
        owners = [p.key for p in agreement.parties if p.span and ls <= p.span.start < le]
        if len(owners) != 1:
            continue
        if e0 in taken:         # read with its sentence, without a giver: the row names it
            taken[e0].party, taken[e0].parties = owners[0], [owners[0]]
            continue
        if ent.label_ == "MONEY":
            m = quantities.money(text, e0, e1)
            c = Commitment("geld", ent.text, e0, e1, amount=m.amount, unit=m.unit, period=m.period,
                           currency=m.currency)
        else:
            t = quantities.time(text, e0, e1)
            c = Commitment("tijd", ent.text, e0, e1, amount=t.amount, unit=t.unit, period=t.period)
        _emit(out, c, (owners[0],), False, False)
    return out


def _names_party(cell: str, party) -> bool:
    for name in (party.key, party.name, *party.aliases):
        core = re.sub(r"^(?:de|het)\s+", "", name.lower()).strip()
        if core and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", cell):
            return True
    common = {party.key, state_short(party.name) or party.key}
    adjectives = vocab.load("parties").get("state_adjectives") or {}
    return any(state in common and re.search(rf"(?<!\w){re.escape(adj)}(?!\w)", cell)
               for adj, state in adjectives.items())


def threshold(text: str, s0: int, e0: int, e1: int | None = None) -> bool:
    """Is the amount at e0..e1 a limit that something is measured against ('hoger
    uitvallen dan', 'uitgaven van meer dan', 'boven een bedrag van', 'een raming die
    een bedrag van f 1.000.000 niet overschrijdt')?"""
    before = text[max(s0, e0 - 120):e0]
    before = before[before.rfind(";") + 1:].lower()
    if _thresholds().search(before) is not None:
        return True
    return e1 is not None and _THRESHOLD_AFTER.match(text, e1) is not None


# the verb after the amount that makes it a limit
_THRESHOLD_AFTER = compile_cached(r"\s+(?:niet\s+)?(?:overschrijdt|overschrijden|overschreden|overtreft|overtreffen|"
                                  r"te\s+boven\s+gaa?t|te\s+boven\s+gaan)(?!\w)", re.I)


@lru_cache(maxsize=None)
def _rate_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("resources").get("prices") or {}
    return vocab.any_regex(data.get("rate_word")), vocab.any_regex(data.get("rate_unit"))


def use_rate(text: str, s0: int, e0: int, e1: int) -> bool:
    """A rent or fee per unit of use ('een huur van € 38,50 per veld per uur'): a price
    whoever uses it pays, not a contribution to the collaboration."""
    word, unit = _rate_cues()
    if _item_price().search(text[max(s0, e0 - 60):e0].lower()):
        return True             # 'Een retourtje kost € 2'
    return bool(unit.search(text[e1:e1 + 40].lower()) and word.search(text[s0:e0].lower()))


@lru_cache(maxsize=1)
def _item_price() -> re.Pattern[str]:
    return vocab.any_regex((vocab.load("resources").get("prices") or {}).get("item_price"))


def rate_clause(low: str) -> bool:
    """A clause that pays a rent or fee per unit of use."""
    word, unit = _rate_cues()
    return bool(word.search(low)) and any(unit.search(low[m.start():]) for m in re.finditer(r"\bper\b", low))


def _price_payer(ctx: "_Context", s0: int, s1: int, e0: int, e1: int) -> tuple[str, ...] | None:
    """Is the amount a price the subject asks for what it supplies? Then the payer gives
    it: 'stelt 24 plaatsen beschikbaar tegen een vergoeding van € 45, te betalen door de
    Aanbieder' (the Aanbieder), 'rekent gebruikers ten hoogste € 0,35' (nobody in the
    agreement: an empty tuple). None when it is no price."""
    before, charges, sells, payer = _price_cues()
    text = ctx.text
    c0, c1 = next(((a, b) for a, b in main_clauses(ctx.a, s0, s1) if a <= e0 < b), (s0, s1))
    low = text[c0:c1].lower()
    if charges.search(low) is None:
        if before.search(text[max(c0, e0 - 80):e0].lower()) is None:
            return None
        view = doc_view(ctx.a)
        forms = view.forms(*view.token_range(c0, c1))
        # 'levert grond tegen een grondprijs van': the supplier is paid; 'huurt een
        # ruimte tegen een huurprijs van': the subject pays, as usual.
        if not (contribution_cues().matches(forms, low) or sells.search(low)):
            return None
    for actor in _actors_in(ctx.idx, c0, s1):
        if not actor.collective and payer.search(text[max(c0, actor.start - 40):actor.start].lower()):
            return actor.keys
    return ()


def _run_to_total(amounts: Iterable[Commitment], total: float) -> list[Commitment]:
    """The amounts, taken in turn, up to the one at which they add up to `total` (within
    half a euro); empty when their sum passes it or they run out first."""
    run: list[Commitment] = []
    for c in amounts:
        run.append(c)
        reached = sum(x.amount for x in run)
        if reached >= total - 0.5:
            return run if abs(reached - total) < 0.5 else []
    return []


def _givers_of_total(out: list[Commitment], total: float, at: int) -> tuple[str, ...]:
    """The parties of the last amounts of money before `at` that add up to `total`
    (two at least, each of one party, at most eight); empty when no run of them does."""
    before = (c for c in reversed(out)
              if c.type == "geld" and c.amount is not None and c.party is not None and c.start < at)
    run = _run_to_total(islice(before, 8), total)
    keys = tuple(dict.fromkeys(x.party for x in reversed(run)))
    return keys if len(run) >= 2 and len(keys) >= 2 else ()


def _split_totals(out: list[Commitment], s0: int, s1: int) -> None:
    """'De kosten, € 14.000 per jaar, worden gedragen door de gemeente (€ 6.000), Dommelhof
    (€ 5.000) en Zuidrand (€ 3.000)': an amount that the next amounts of the sentence, of
    two parties or more, add up to is theirs together."""
    money = [c for c in out if c.type == "geld" and s0 <= c.start < s1 and c.amount is not None]

    def shares(i: int) -> Iterator[Commitment]:
        # each of one party; one amount given by each of several ('elke gemeente EUR
        # 1.500.000': the same place twice) is no split
        starts = {money[i].start}
        for c in money[i + 1:]:
            if c.party is None or c.start in starts:
                return
            starts.add(c.start)
            yield c

    for i, total in enumerate(money):
        keys = list(dict.fromkeys(x.party for x in _run_to_total(shares(i), total.amount)))
        # the parties of the split include the one the total was put with, if any
        if len(keys) >= 2 and (total.party is None or total.party in keys):
            total.party, total.parties = None, keys


def _last_giver(out: list[Commitment], share: float | None) -> tuple[tuple[str, ...], bool] | None:
    """The giver of the last larger amount of money before a share of it."""
    for c in reversed(out):
        if c.type == "geld" and c.parties and (share is None or c.amount is None or c.amount > share):
            return tuple(c.parties), c.party is None and len(c.parties) > 1
    return None


def _named_before(out: list[Commitment], kind: str, amount: float | None,
                  unit: str) -> tuple[tuple[str, ...], bool]:
    """The giver of the same amount named earlier ('Het bedrag van € 85.000 ...')."""
    for c in reversed(out):
        if c.type == kind and amount is not None and c.amount == amount and c.unit == unit and c.parties:
            return tuple(c.parties), c.party is None and len(c.parties) > 1
    return (), False


@lru_cache(maxsize=None)
def _served_clause() -> re.Pattern[str]:
    """The clause before a time opens with the people the partners serve: 'waarin
    deelnemers drie dagen per week werken', 'Leerlingen krijgen twee uur per week les'."""
    who = vocab.alternation(vocab.words("resources", "served_people"))
    return compile_cached(rf"\W*(?:[a-z]?[.)]\s+|\d+(?:\.\d+)*\.?\s+)?(?:waarin|waarbij|waar|die|dat|zodat|"
                      rf"omdat|als|wanneer|zodra)?\s*(?:de\s+|alle\s+|onze\s+|deze\s+)?(?:{who})\b", re.I)


# what ends the clause before a time: punctuation or a word that opens a new clause
_CLAUSE_OPEN = compile_cached(r"[,;:(]|\b(?:waarin|waarbij|waar|die|dat|zodat|omdat|wanneer|zodra)\b", re.I)


def served_people_time(agreement: Agreement, s0: int, e0: int) -> bool:
    """Is a time the schedule of the people served, not a party's hours? In 'trajecten
    waarin deelnemers drie dagen per week werken en twee dagen per week les volgen' both
    times are the participants'; 'De school zet twee uur per week in voor leerlingen' is
    the school's."""
    before = agreement.text[s0:e0]
    start = 0
    for m in _CLAUSE_OPEN.finditer(before):
        start = m.start() if m.group(0)[0].isalpha() else m.end()
    m = _served_clause().match(before, start)
    if m is None:
        return False
    # 'Nieuwkomers zet een jobcoach in voor acht uur per week': a party with that name
    at = s0 + m.end() - 1
    return not any(x.start <= at < x.end for p in agreement.parties for x in p.mentions)


@lru_cache(maxsize=None)
def _opening_hours() -> re.Pattern[str]:
    """After a time: 'vier dagdelen per week open', '24 uur per dag bereikbaar'."""
    words = vocab.words("resources", "opening_hours")
    return compile_cached(r"\s*(?:[\wà-ÿ]+\s+){0,2}?(?:" + "|".join(map(re.escape, words)) + r")\b", re.I) \
        if words else compile_cached(r"(?!x)x")


def _emit(out: list[Commitment], c: Commitment, keys: tuple[str, ...], distributive: bool,
          collective_all: bool) -> None:
    if distributive:
        for k in keys:
            out.append(Commitment(**{**c.__dict__, "party": k, "parties": [k]}))
        return
    if len(keys) == 1:
        c.party, c.parties = keys[0], [keys[0]]
    elif keys:
        c.party = None if collective_all else keys[0]
        c.parties = list(keys)
    out.append(c)


def find_commitments(agreement: Agreement, skip: list[Span]) -> list[Commitment]:
    doc = agreement.doc
    text = agreement.text
    ctx = _Context(agreement)
    out: list[Commitment] = []
    all_keys = tuple(p.key for p in agreement.parties)

    def skipped(pos: int) -> bool:
        return any(s.start <= pos < s.end for s in skip)

    view = doc_view(agreement)
    ents_by_sent: dict[int, list] = {}
    sent_starts = [s[0] for s in view.sents]
    for ent in doc.ents:
        if ent.label_ in _COMMITMENT_LABELS:
            i = bisect_right(sent_starts, ent.start_char) - 1
            ents_by_sent.setdefault(max(i, 0), []).append(ent)
    # Only sentences with an entity or a resource word can hold a commitment.
    token_starts = [s[2] for s in view.sents]
    with_resources = {bisect_right(token_starts, n) - 1 for n in ctx.cue_tokens}
    for i in sorted(set(ents_by_sent) | with_resources):
        s0, s1, t0, t1 = view.sents[i]
        ctx.prev_spans = [view.sents[k][:2] for k in (i - 1, i - 2) if k >= 0]
        if skipped(s0) or t1 <= t0:
            continue
        ents = ents_by_sent.get(i, [])
        resources = _resources_in(ctx, s0, s1, t0, t1) if i in with_resources else []
        if not ents and not resources:
            continue
        sent_att = attribution(agreement, s0, s1) if agreement.parties else Attribution((), False, "")
        # Under a heading about interests only ('Wat het ons oplevert') an amount is at
        # stake ('is € 8.000 kwijt aan elke huisuitzetting'), not brought in.
        sec = section_at(agreement, s0) if ents else None
        stakes = sec is not None and sec.kinds == {"interests"}
        used: set[int] = set()
        periods_used: set[int] = set()
        for n, ent in enumerate(ents):
            label = ent.label_
            e0, e1 = ent.start_char, ent.end_char
            if n in used:
                continue
            if label in ("MONEY", "TIME", "PERCENT") and stakes:
                continue
            if label == "TIME" and _opening_hours().match(text, e1, s1):
                continue        # 'een ontmoetingspunt dat vier dagdelen per week open is'
            if label == "MONEY" and requested_money().search(text[s0:s1].lower()):
                continue        # 'een aanvraag van ongeveer € 400.000 indienen bij de provincie'
            if label == "TIME" and getting_to_know().search(text[s0:s1].lower()):
                continue        # 'Om elkaar beter te leren kennen, loopt ieder een dagdeel mee'
            if label == "TIME" and served_people_time(agreement, s0, e0):
                continue        # 'leerwerktrajecten waarin deelnemers drie dagen per week werken'
            if label in ("MONEY", "TIME") and threshold(text, s0, e0, e1):
                continue        # 'Indien de kosten hoger uitvallen dan € 48 miljoen'
            if label in ("MONEY", "TIME") and _is_change(text, s0, s1, e0, e1):
                continue        # 'dat de energierekening gemiddeld met € 35 per maand daalt'
            if label == "MONEY" and use_rate(text, s0, e0, e1):
                continue        # 'betalen het Sportbedrijf een huur van € 38,50 per veld per uur'
            keys, dist, by_all = _giver(ctx, s0, s1, e0) if agreement.parties else ((), False, False)
            if label == "MONEY" and agreement.parties:
                payer = _price_payer(ctx, s0, s1, e0, e1)
                if payer is not None:
                    if not payer:
                        continue    # a price charged to someone outside the agreement
                    keys, dist, by_all = payer, False, False
            if label in ("MONEY", "TIME") and agreement.parties:
                column = table_column_party(agreement, e0)
                if column:      # 'Jaar | Bijdrage Gemeente | Bijdrage Provincie'
                    keys, dist, by_all = column, False, False
            if keys and label in ("MONEY", "TIME") and _refused(ctx, s0, s1, e0):
                keys, dist = (), False      # 'kunnen de € 40.000 niet meer opbrengen'

            coll = bool(keys) and set(keys) == set(all_keys) and len(all_keys) > 1 and \
                (sent_att.collective or by_all) or \
                len(keys) > 1 and by_all and bool(_JOINT_TOTAL.search(text, s0, e0)
                                                  or _JOINT_BEFORE.search(text[max(s0, e0 - 60):e0])
                                                  or _SHARED_FRACTIONS.search(text, s0, s1))
            if label == "MONEY":
                m = quantities.money(text, e0, e1)
                if not keys and _ANAPHOR.search(text, max(s0, e0 - 40), e0):
                    keys, coll = _named_before(out, "geld", m.amount, m.unit)
                elif _SHARE_OF.match(text, s0, e0):
                    keys, coll = _last_giver(out, m.amount) or (keys, coll)
                if coll and m.amount:
                    # 'Samen brengen we daarmee € 27.500 bij elkaar': a total of the amounts
                    # just named is of the parties that gave them, not of every party
                    keys = _givers_of_total(out, m.amount, e0) or keys
                _emit(out, Commitment("geld", ent.text, e0, e1, amount=m.amount, unit=m.unit,
                                      period=m.period, currency=m.currency), keys, dist, coll)
                _mark_frequency(ents, n, periods_used, text)
            elif label == "TIME":
                t = quantities.time(text, e0, e1)
                amount = t.amount
                weeks = quantities.season_weeks(text, s0, e0, s1) if t.period == "week" and amount else None
                if weeks:
                    # 'in die periode tien uur per week', after 'van 1 april tot en met 30
                    # september', or 'gedurende de acht weken van de proef': those weeks, not 52
                    amount = round(amount / quantities.PER_YEAR["week"] * weeks, 2)
                # 'zet twee wijkconsulenten ieder twee dagdelen per week in': both
                heads = quantities.headcount(text[max(s0, e0 - 100):e0])
                if heads and amount is not None and not dist and len(keys) <= 1:
                    amount = round(amount * heads, 2)
                _emit(out, Commitment("tijd", ent.text, e0, e1, amount=amount, unit=t.unit,
                                      period=t.period), keys, dist, coll)
                _mark_frequency(ents, n, periods_used, text)
            elif label == "PERCENT":
                clause_text = text[e0:min(s1, e1 + 80)]
                if not _COST.search(clause_text) and not _COST.search(text[max(s0, e0 - 40):e0]):
                    continue
                share = quantities.percent(ent.text)
                c = Commitment("geld", ent.text, e0, e1, amount=None, unit="%", share=share)
                for k in range(n + 1, len(ents)):
                    nxt = ents[k]
                    if nxt.label_ == "MONEY" and nxt.start_char - e1 < 120 and \
                            _MAXIMUM.search(text[e1:nxt.start_char]):
                        m = quantities.money(text, nxt.start_char, nxt.end_char)
                        c.end, c.text = nxt.end_char, text[e0:nxt.end_char]
                        c.amount, c.unit, c.period, c.currency = m.amount, m.unit, m.period, m.currency
                        used.add(k)
                        break
                _emit(out, c, keys, dist, coll)
            elif label == "DATE":
                deadline = bool(_DEADLINE.search(text[max(s0, e0 - 20):e0])) or \
                    bool(re.match(r"(?i)(?:uiterlijk|vóór|voor|binnen|ten\s+laatste)\b", ent.text))
                _emit(out, Commitment("datum", ent.text, e0, e1, unit="deadline" if deadline else "datum"),
                      keys, False, coll)
        for n, ent in enumerate(ents):
            if ent.label_ == "FREQUENCY" and n not in periods_used:
                keys = _giver(ctx, s0, s1, ent.start_char)[0] if agreement.parties else ()
                word = quantities.period_near(text, ent.start_char, ent.end_char)[0]
                _emit(out, Commitment("datum", ent.text, ent.start_char, ent.end_char,
                                      unit="frequentie", period=word), keys, False, False)
        _split_totals(out, s0, s1)
        out.extend(resources)
    if agreement.parties:
        out.extend(_strong_contributions(ctx, view, skipped, out))
        out.extend(_team_members(ctx, view, skipped, out))
        out.extend(_party_table_contributions(ctx, out))
    out.sort(key=lambda c: (c.start, c.type))
    return out


@lru_cache(maxsize=None)
def _strong_regexes() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    data = vocab.load("resources").get("strong_cues") or {}
    per = {str(k): compile_cached("|".join(f"(?:{r})" for r in v)) for k, v in data.items()}
    every = compile_cached("|".join(f"(?:{r.pattern})" for r in per.values()))
    return every, per


_COMPOSED = compile_cached(r"\b(?:bestaat|bestaan|bestaande|samengesteld|zitten|zit|neemt\s+deel|nemen\s+deel|"
                       r"werken|werkt)\b[^.;]{0,40}?\b(?:uit|in|aan|mee)\b|\bbestaande\s+uit\b")


_WORKING_BODY = compile_cached(r"\b(?:[\w-]*werkgroep|projectgroep)\b")
_BOARD_MEMBERS = frozenset({"bestuursleden", "bestuurslid"})


def _team_members(ctx: _Context, view, skipped, found: list[Commitment]) -> list[Commitment]:
    """'De werkgroep bestaat uit twee leerkrachten van ESG en twee vakdocenten van het
    Kunstcentrum': staff a party puts into a team that does the work is its inbreng
    (a representative in a board is not: those words are no staff words; board members in a
    working group are)."""
    text = ctx.text
    lowered = text.lower()
    have = {k for c in found if c.type == "kennis" for k in (c.parties or ([c.party] if c.party else []))}
    out: list[Commitment] = []
    for m in _COMPOSED.finditer(lowered):
        i = bisect_right([s[0] for s in view.sents], m.start()) - 1 if not hasattr(ctx, "_starts") else \
            bisect_right(ctx._starts, m.start()) - 1
        if i < 0:
            continue
        s0, s1, t0, t1 = view.sents[i]
        if skipped(s0):
            continue
        team_tokens = set(_resource_tokens(view, t0, t1))
        working = _WORKING_BODY.search(lowered, s0, s1) is not None
        for n in range(t0, t1):
            hit = _resource_at(view, n) if n in team_tokens else None
            # ('twee bestuursleden van de Huurdersvereniging' in a working group that prepares
            # the work: its people; in a board they only represent it)
            if not (hit and hit[1] == "personeel") and not (working and view.word(n).lower() in _BOARD_MEMBERS):
                continue
            after = view.ends[n]
            for actor in _actors_in(ctx.idx, after, min(s1, after + 40)):
                if actor.collective or not re.fullmatch(r"\s+van\s+(?:de\s+|het\s+)?", text[after:actor.start], re.I):
                    continue
                for k in actor.keys:
                    if k not in have:
                        have.add(k)
                        out.append(Commitment("kennis", view.word(n), view.offsets[n], view.ends[n],
                                              party=k, parties=[k], resource="personeel"))
                break
    return out


_SUB_CUT = compile_cached(r"\b(?:omdat|zodat|opdat|waarvan|waarmee|waarin|waarbij|waarvoor|waardoor|die|welke|"
                      r"wie|indien|wanneer|tenzij|nadat|voordat|als|(?<!ervoor\s)(?<!erop\s)dat)\b")


@lru_cache(maxsize=None)
def requested_money() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("requested_money"))


@lru_cache(maxsize=None)
def getting_to_know() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("getting_to_know"))


@lru_cache(maxsize=None)
def _meeting_purpose() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("meeting_purpose"))


@lru_cache(maxsize=None)
def _own_role() -> re.Pattern[str]:
    return vocab.any_regex(vocab.load("resources").get("own_role"))


@lru_cache(maxsize=None)
def _hedges() -> re.Pattern[str]:
    return vocab.phrase_regex(vocab.words("resources", "hedges"))


def _hedged(clause: str, main: int) -> bool:
    """Is the offer in the clause hedged? A bare 'kan'/'kunnen' only counts before the
    clause's subordinate part (``main`` characters): in 'stelt vijf leerwerkplekken
    beschikbaar voor kandidaten die ... voordat zij bij een bedrijf kunnen beginnen' it
    is the candidates' ability, not the party's reserve."""
    return any(m.start() < main or m.group(0) not in ("kan", "kunnen") for m in _hedges().finditer(clause))


_NEGATED = compile_cached(r"\b(?:geen|niet|nooit)\b")


@lru_cache(maxsize=None)
def _spends_received() -> re.Pattern[str]:
    """Paying out of money received ('betaalt daaruit', 'uit de subsidie'): no inbreng."""
    return vocab.any_regex(vocab.load("resources").get("spends_received"))


def _strong_contributions(ctx: _Context, view, skipped, found: list[Commitment]) -> list[Commitment]:
    """'De gemeente zet twee handhavers in', 'De exploitant draagt alle kosten': a clause
    whose verb gives something, whatever its object, by a party named as its actor.
    One regex pass over the whole text finds the candidate sentences."""
    text = ctx.text
    every, per = _strong_regexes()
    lowered = text.lower()
    starts = [s[0] for s in view.sents]
    sents: list[int] = []
    for m in every.finditer(lowered):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and (not sents or sents[-1] != i):
            sents.append(i)
    have = {(k, c.type) for c in found for k in (c.parties or ([c.party] if c.party else []))}
    out: list[Commitment] = []
    for i in sents:
        s0, s1, _, _ = view.sents[i]
        if skipped(s0):
            continue
        sec = section_at(ctx.a, s0)
        if sec is not None and sec.kinds == {"interests"}:
            continue    # 'Wat ieder van ons eraan heeft': 'X betaalt nu voor de afvoer' is at stake
        for c0, c1 in main_clauses(ctx.a, s0, s1):
            low = lowered[c0:c1]
            # Only the main clause: 'waarvan de gemeente de kosten betaalt', 'ouders die
            # de lessen kunnen betalen' say nothing about the subject's own inbreng.
            cut = _SUB_CUT.search(low, 1)
            if cut:
                # ', dat leeg komt te staan, beschikbaar': a clause between commas is left
                # out and the main clause goes on after it; otherwise the rest is cut off
                close = low.find(", ", cut.end()) if low[max(0, cut.start() - 2):cut.start()].strip() == "," else -1
                if close > 0:
                    low = low[:cut.start()] + " " * (close + 2 - cut.start()) + low[close + 2:]
                    later = _SUB_CUT.search(low, close + 2)
                    if later:
                        low = low[:later.start()]
                else:
                    low = low[:cut.start()]
            for kind, rx in per.items():
                m = rx.search(low)
                if m is None or _NEGATED.search(low) or _hedges().search(lowered[c0:c1]):
                    continue
                if kind == "geld" and _spends_received().search(low):
                    continue    # 'De Schakel betaalt daaruit de cultuurcoach': the subsidy
                if kind == "geld" and re.match(r"\s+door\b", low[m.end():]):
                    continue    # '..., te betalen door de Aanbieder': the Aanbieder pays
                if kind == "geld" and rate_clause(low):
                    continue    # 'betalen ... een huur van € 38,50 per veld per uur': a price
                if kind != "geld" and any(c.type in ("geld", "tijd") and c0 + m.start() <= c.start < c0 + m.end()
                                          for c in found):
                    continue    # 'stelt honderdduizend euro beschikbaar': the money itself
                keys: tuple[str, ...] = ()
                if _GIVER_NAMED_AFTER.search(low, 0, m.end()):
                    # 'De kosten ... komen voor rekening van de gemeente': the party after it
                    named = next(iter(_actors_in(ctx.idx, c0 + m.end(), min(c1, c0 + m.end() + 40))), None)
                    if named is not None and not named.collective and \
                            re.fullmatch(r"\s*(?:de\s+|het\s+)?", text[c0 + m.end():named.start], re.I):
                        keys = tuple(named.keys)
                else:
                    r = clause_actor(ctx.a, c0, c1)
                    keys = () if r.collective else tuple(r.keys)
                if not keys:
                    continue
                for k in keys:
                    if (k, "geld" if kind == "geld" else "kennis") in have:
                        continue
                    have.add((k, "geld" if kind == "geld" else "kennis"))
                    out.append(Commitment("geld" if kind == "geld" else "kennis", text[c0 + m.start():c0 + m.end()],
                                          c0 + m.start(), c0 + m.end(), party=k, parties=[k],
                                          resource=None if kind == "geld" else "overig"))
    return out


def _mark_frequency(ents, n: int, used: set[int], text: str) -> None:
    """A FREQUENCY right after an amount ('€ 90.000 per jaar') is its period, not a date."""
    end = ents[n].end_char
    for k in range(n + 1, min(n + 3, len(ents))):
        if ents[k].label_ == "FREQUENCY" and ents[k].start_char - end <= 3:
            used.add(k)


def _resources_in(ctx: _Context, s0: int, s1: int, i: int, j: int) -> list[Commitment]:
    r = _resources()
    view = doc_view(ctx.a)
    hits = _resource_tokens(view, i, j)
    if not hits:
        return []          # the common case, decided without any further work
    text = ctx.text
    out: list[Commitment] = []
    for c0, c1 in main_clauses(ctx.a, s0, s1) if ctx.a.parties else [(s0, s1)]:
        a, b = view.token_range(c0, c1)
        # Only the main clause counts: 'Welzijn doet mee omdat het zijn vrijwilligers
        # wil inzetten' states a motive, not a contribution.
        stops = _subordinate_codes()
        rel, pron = _relative_codes()
        cut = next((n for n in range(a + 1, b) if view.lower[n] in stops
                    or (view.lower[n] in rel and n + 1 < b and view.lower[n + 1] in pron)
                    # ', waar bewoners binnen kunnen lopen': a relative clause (not the hedge
                    # 'waar mogelijk', which has no comma before it)
                    or (view.lower[n] == _waar() and view.word(n - 1) == ",")), b)
        b = cut
        if not any(a <= h < b for h in hits):
            continue
        lowered = text[c0:view.ends[b - 1]].lower() if b > a else ""
        meeting = _meeting_purpose().search(lowered)
        if meeting:
            b = view.token_range(c0, c0 + meeting.end())[1]
            lowered = text[c0:view.ends[b - 1]].lower() if b > a else ""
            if not any(a <= h < b for h in hits):
                continue
        forms = view.forms(a, b)
        if not r.cues.matches(forms, lowered) or _hedged(text[c0:c1].lower(), len(lowered)):
            continue
        seen: set[str] = set()
        vague = [(c0 + m.start(), c0 + m.end()) for m in _own_role().finditer(lowered)]
        for n in hits:
            if not a <= n < b or any(v0 <= view.offsets[n] < v1 for v0, v1 in vague):
                continue
            word, category = _resource_at(view, n)
            nxt = view.word(n + 1).lower() if n + 1 < len(view.lower) else ""
            # ('ruimte voor overleg' is figurative; 'de winkelruimte aan het plein' is a room)
            if nxt in r.not_followed.get(word, frozenset()) and view.word(n).lower() == word or word in seen:
                continue
            seen.add(word)
            start = view.offsets[n]
            keys, dist, _ = _giver(ctx, s0, s1, start) if ctx.a.parties else ((), False, False)
            coll = len(keys) > 1 and set(keys) == {p.key for p in ctx.a.parties}
            c = Commitment("kennis", view.word(n), start, view.ends[n], resource=category)
            _emit(out, c, keys, dist, coll)
    return out
