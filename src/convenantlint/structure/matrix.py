"""The 'wie doet wat' matrix: per party what it brings (time, money, knowledge), what it
does (tasks), what it decides and in which bodies it sits, how it joins or leaves, and
which interest the text states for it. Empty cells are the point: they are what the
partners still have to talk about. Cue words: matrix.yaml."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Agreement, Commitment
from . import vocab
from .actors import _actors_in, attribution, clause_actor, index_of, main_clauses
from .text import BULLET_RE, label_of
from .commitments import contribution_cues, list_lead_in, rate_clause
from .sections import section_at
from .view import doc_view

CONTRIBUTION_TYPES = ("geld", "tijd", "kennis")


@dataclass
class MatrixItem:
    """One passage that fills a cell: where it stands and what it says."""

    text: str
    start: int
    end: int
    article: str | None = None
    detail: str = ""          # the body ('stuurgroep'), 'toetreding'/'uittreding', ...


@dataclass
class PartyRow:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    contributions: list[Commitment] = field(default_factory=list)   # geld, tijd, kennis
    dates: list[Commitment] = field(default_factory=list)           # its dates and deadlines
    tasks: list[MatrixItem] = field(default_factory=list)
    decisions: list[MatrixItem] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    membership: list[MatrixItem] = field(default_factory=list)
    interests: list[MatrixItem] = field(default_factory=list)

    def contributions_of(self, kind: str) -> list[Commitment]:
        return [c for c in self.contributions if c.type == kind]

    def empty(self) -> list[str]:
        """The cells with nothing in them: what the partners still have to settle."""
        out = [k for k in CONTRIBUTION_TYPES if not self.contributions_of(k)]
        for name in ("tasks", "decisions", "membership", "interests"):
            if not getattr(self, name):
                out.append(name)
        return out


@dataclass(frozen=True)
class _Vocab:
    tasks: vocab.CueSet
    roles: vocab.CueSet
    decisions: vocab.CueSet
    interests: vocab.CueSet
    bodies: dict[str, re.Pattern[str]]
    body_heads: dict[str, frozenset[int]]     # hashes of the first words of each body
    body_membership: vocab.CueSet
    membership: dict[str, vocab.CueSet]
    paying: frozenset[str]                    # 'betaalt': gives, no task
    bears: frozenset[str]                     # 'draagt': gives with a cost
    giving: frozenset[str]                    # 'levert', 'verstrekt' and the paying verbs
    stelt: frozenset[str]                     # 'stelt': gives as often as it drafts
    own_cost: re.Pattern[str]                 # 'de huur', 'de loonkosten'
    from_fund: re.Pattern[str]                # 'uit het budget'
    finite_after_het: frozenset[str]          # 'Het zoekt', 'Het wil': 'het' for a party


@lru_cache(maxsize=None)
def _vocab() -> _Vocab:
    data = vocab.load("matrix")
    return _Vocab(
        tasks=vocab.cues("matrix", "tasks"),
        roles=vocab.cues("matrix", "roles"),
        decisions=vocab.cues("matrix", "decisions"),
        interests=vocab.cues("matrix", "interests"),
        bodies={str(k): vocab.phrase_regex(v) for k, v in data.get("bodies", {}).items()},
        body_heads={str(k): frozenset(vocab.h(str(p).lower().split()[0]) for p in v)
                    for k, v in data.get("bodies", {}).items()},
        body_membership=vocab.CueSet([vocab.Cue(data.get("body_membership", []))]),
        membership={str(k): vocab.CueSet([vocab.Cue(v)]) for k, v in data.get("membership", {}).items()},
        paying=frozenset(vocab.words("matrix", "paying_verbs")),
        bears=frozenset(vocab.words("matrix", "bearing_verbs")),
        giving=frozenset(vocab.words("matrix", "giving_verbs")) | frozenset(vocab.words("matrix", "paying_verbs")),
        stelt=frozenset(vocab.words("matrix", "stelt_verbs")),
        own_cost=vocab.any_regex(data.get("own_costs")),
        from_fund=vocab.any_regex(data.get("paid_from_fund")),
        finite_after_het=frozenset(vocab.words("matrix", "finite_after_het")),
    )


def _excerpt(text: str, start: int, end: int, limit: int = 160) -> tuple[str, int]:
    """The passage without its clause label, on one line, shortened for a table."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    lab = label_of(body)
    bullet = BULLET_RE.match(body)
    if lab:
        body = body[lab[1]:]
        lead += lab[1]
    elif bullet:
        body = body[bullet.end():]
        lead += bullet.end()
    body = re.sub(r"\s+", " ", body)
    if len(body) > limit:
        body = body[: limit - 1].rsplit(" ", 1)[0] + "…"
    return body, start + lead


@lru_cache(maxsize=None)
def _quick_words() -> frozenset[str]:
    """Every word that can start a cue: a sentence without any of them is skipped."""
    v = _vocab()
    words: set[int] = set()
    for cue in [*v.tasks, *v.roles, *v.decisions, *v.interests, *v.body_membership,
                *(c for m in v.membership.values() for c in m)]:
        words |= cue.words
        words |= {vocab.h(p.split()[0]) for p in cue.phrases}
    for phrases in vocab.load("matrix").get("bodies", {}).values():
        words |= {vocab.h(str(p).lower().split()[0]) for p in phrases}
    return frozenset(words)


def party_matrix(agreement: Agreement) -> list[PartyRow]:
    """One row per party; built once per agreement (the rules and the report share it)."""
    if not agreement.parties:
        return []
    cache = index_of(agreement).cache
    found = cache.get("matrix")
    if found is None:
        found = cache["matrix"] = _party_matrix(agreement)
    return found


def _party_matrix(agreement: Agreement) -> list[PartyRow]:
    rows = {p.key: PartyRow(key=p.key, name=p.name, aliases=list(p.aliases)) for p in agreement.parties}
    if not rows:
        return []
    all_keys = list(rows)
    for c in agreement.commitments:
        givers = c.parties or ([c.party] if c.party else [])
        for k in givers:
            if k in rows:
                (rows[k].contributions if c.type in CONTRIBUTION_TYPES else rows[k].dates).append(c)

    v = _vocab()
    text = agreement.text
    idx = index_of(agreement)
    skip = agreement.unread_spans()
    party_list = agreement.party_list
    considerations = agreement.considerations
    body_members: dict[str, list[str]] = {}
    body_decisions: dict[str, list[MatrixItem]] = {}

    view = doc_view(agreement)
    quick = _quick_words()
    last_who: list[tuple[str, ...]] = [()]
    given = sorted(c.start for c in agreement.commitments if c.type in CONTRIBUTION_TYPES)
    # money, time and staff: what a coordinated verb only brings in (data it delivers is work)
    brought = sorted(c.start for c in agreement.commitments
                     if c.type in ("geld", "tijd") or (c.type == "kennis" and c.resource == "personeel"))

    def brings(a: int, b: int) -> bool:
        i = bisect_left(brought, a)
        return i < len(brought) and brought[i] < b

    def gives(a: int, b: int) -> bool:
        """Does the span hold a contribution (an amount, a resource)?"""
        i = bisect_left(given, a)
        return i < len(given) and given[i] < b
    for s0, s1, t0, t1 in view.sents:
        if t1 <= t0 or any(s.start <= s0 < s.end for s in skip) or (
                # the sentence that names the parties ('Dit document is opgesteld door A,
                # B en C') says who made the text, not what A does
                party_list is not None and s0 < party_list.end and party_list.start < s1):
            continue
        forms = view.forms(t0, t1)
        sec = section_at(agreement, s0)
        if not forms & quick and (sec is None or not sec.kinds & {"tasks", "interests"}):
            continue            # no cue word at all: most sentences end here
        lowered = text[s0:s1].lower()
        in_considerations = considerations is not None and considerations.start <= s0 < considerations.end
        art = agreement.article_at(s0)
        made: list[tuple[str, int]] = []

        def item(detail: str = "", s0: int = s0, s1: int = s1, art=art, made=made) -> MatrixItem:
            if not made:        # the excerpt only for sentences that fill a cell
                made.append(_excerpt(text, s0, s1))
            excerpt, at = made[0]
            return MatrixItem(excerpt, at, s1, art.number if art else None, detail)
        prev_who = last_who[0]
        who = attribution(agreement, s0, s1)
        first = next(iter(_actors_in(idx, s0, s1)), None)
        opens = first is not None and len(text[s0:first.start].split()) <= 2
        last_who[0] = tuple(k for k in who.keys if not who.collective) if opens else ()
        specific = [k for k in who.keys if k in rows] if not who.collective else []

        if art is not None and art.start <= s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip()) \
                and s0 + len(text[s0:s1].rstrip()) <= art.heading_end + 1:
            continue            # an article heading ('Artikel 6 Toetreding en uittreding', '3. Taken van ...')
        task_section = sec is not None and "tasks" in sec.kinds
        # Under a heading about interests only ('Artikel 2 Belangen', 'Wat ons drijft') a
        # sentence tells what a party needs or wants ('Dijkzicht moet vóór 2030 1.400
        # woningen aardgasvrij maken'), not a task it takes on in this agreement.
        interests_only = sec is not None and "interests" in sec.kinds and \
            not sec.kinds & {"tasks", "contributions"}
        # Under 'Wie wij zijn' a sentence tells what a party does anyway ('De Voedselbank
        # ondersteunt huishoudens'), not a task it takes on here.
        about_partners = sec is not None and "partners" in sec.kinds and "tasks" not in sec.kinds
        if not in_considerations:
            if interests_only or about_partners:
                pass
            elif who.keys and (task_section or v.tasks.matches(forms, lowered)
                             or v.roles.matches(forms, lowered)):
                # Per main clause: in 'De Gemeente draagt ... bij en Welzijn levert ...'
                # the task verb belongs to the clause it stands in. Under a heading
                # 'Taken' or 'Wie doet wat' what a named party does is its task, unless
                # the clause only brings something in ('stelt ... beschikbaar').
                for k in _each_named(agreement, idx, s0, s1) if who.collective else ():
                    # 'Iedere partij informeert haar achterban: de gemeente de raad, ...'
                    entry = item()
                    if k in rows and all(x.start != entry.start for x in rows[k].tasks):
                        rows[k].tasks.append(entry)
                for c0, c1 in main_clauses(agreement, s0, s1):
                    # the main clause only: in 'X wil ..., omdat het bestuur X beoordeelt'
                    # the task verb is not X's
                    cut = _SUB_CUT.search(text[c0:c1].lower(), 1)
                    e1 = c0 + cut.start() if cut else c1
                    clause_low = text[c0:e1].lower()
                    clause_forms = view.forms(*view.token_range(c0, e1))
                    r = clause_actor(agreement, c0, c1)
                    hedge = _endorses().search(text[c0:c1].lower())
                    b0, b1 = c0, e1
                    after_hedge = False
                    if hedge:
                        # 'helpt mee waar het kan': the hedge may follow the cut. In 'X is
                        # trekker van ... en denkt waar mogelijk mee' it hedges the second
                        # verb only: the part before 'en' keeps a role it takes.
                        # In 'X helpt waar zij kan en houdt haar leden op de hoogte' it
                        # hedges the first verb only: the part after 'en' is a task.
                        en = text[c0:c0 + hedge.start()].lower().rfind(" en ")
                        later = text[c0 + hedge.end():e1].lower().find(" en ")
                        if en > 0 and _role_taken().search(text[c0:c0 + en].lower()):
                            b0, b1 = c0, min(e1, c0 + en)
                        elif later >= 0 and hedge.end() < c1 - c0 and \
                                not _endorses().search(text[c0 + hedge.end() + later:e1].lower()):
                            b0, b1 = c0 + hedge.end() + later + 4, e1
                            after_hedge = True
                        else:
                            continue
                        clause_low = text[b0:b1].lower()
                        clause_forms = view.forms(*view.token_range(b0, b1))
                    # paying a rent per use ('betalen een huur van € 38,50 per veld') gives, as
                    # paying does; it is no task
                    paid = gives(c0, c1) or rate_clause(clause_low)
                    if not _is_task(v, clause_forms, clause_low, paid) and \
                            not _coordinated_task(v, view, text, b0, b1, brings):
                        # after a hedged offer only a task word makes a task ('denkt waar
                        # mogelijk mee en is aanwezig bij het overleg' takes none)
                        if not task_section or after_hedge or \
                                _gives_first(agreement, r, c0, c1, clause_forms, clause_low, paid):
                            continue
                    if r.collective or not r.keys or _not_its_own_verb(idx, text, r, c0, e1):
                        continue
                    for k in r.keys:
                        entry = item()
                        if k in rows and all(x.start != entry.start for x in rows[k].tasks):
                            rows[k].tasks.append(entry)
            elif not who.keys and _pronoun_start(text, s0, s1) and prev_who and \
                    (task_section or _is_task(v, forms, lowered, gives(s0, s1))):
                # 'Zij begeleidt de vrijwilligers': the party of the sentence before
                for k in prev_who:
                    if k in rows:
                        rows[k].tasks.append(item())
            elif not who.keys and (lead := list_lead_in(agreement, s0))[0].keys and not lead[0].collective and \
                    _is_task(v, forms, lowered, gives(s0, s1), strict=True) and \
                    not _only_contributes(forms, lowered) and not _contribution_list(agreement, lead[1]):
                # '5.1 Het Ziekenhuis:' / 'a. is verantwoordelijk voor het Transferpunt'
                # (not under 'De gemeente brengt in:', a list of what it brings)
                for k in lead[0].keys:
                    if k in rows:
                        rows[k].tasks.append(item())
            elif not who.keys and sec is not None and sec.parties and \
                    (task_section or _is_task(v, forms, lowered, gives(s0, s1))) and \
                    not _only_contributes(forms, lowered):
                # 'Artikel 4 Taken van de Corporatie' / 'a. organiseert de bijeenkomsten'
                for k in sec.parties:
                    if k in rows:
                        rows[k].tasks.append(item())
            bodies = [name for name, rx in v.bodies.items()
                      if not v.body_heads[name].isdisjoint(forms) and rx.search(text, s0, s1)]
            decides = v.decisions.matches(forms, lowered)
            if bodies and v.body_membership.matches(forms, lowered):
                members = _mentioned(agreement, idx, s0, s1, all_keys)
                for body in bodies:
                    for k in members:
                        body_members.setdefault(body, [])
                        if k not in body_members[body]:
                            body_members[body].append(k)
                        rows[k].decisions.append(item(body))
            elif decides:
                body_first = _body_subject(text, s0, s1, bodies, v, idx)
                if body_first:
                    body_decisions.setdefault(body_first, []).append(item(body_first))
                elif who.keys:
                    for k in (who.keys if who.collective else specific):
                        rows[k].decisions.append(item())
            kinds = [name for name, cue in v.membership.items() if cue.matches(forms, lowered)]
            if kinds:
                targets = specific or all_keys
                for k in targets:
                    rows[k].membership.append(item("/".join(kinds)))
        interest_section = sec is not None and "interests" in sec.kinds
        if interest_section and first is not None and _states_task(text, s0, s1, first) and \
                not v.interests.matches(forms, lowered):
            interest_section = False    # 'Het ROC verzorgt de cursussen': a task, no interest
        cued = v.interests.matches(forms, lowered)
        # in the considerations, what the party the clause opens with wants or must
        needy = [k for k in first.keys if k in rows] if first is not None and not first.collective \
            and (opens or _OWN_PEOPLE.match(text, s0, first.start)) and in_considerations \
            and not interest_section and not cued and considered_needs().search(lowered) else []
        if (interest_section or cued or needy) and not not_interest().search(lowered):
            # Under 'Belangen', 'Wat ieder van ons wil' a sentence about a party states
            # its interest; elsewhere it takes a cue word ('belang', 'baat bij').
            keys = needy or _interest_parties(agreement, idx, s0, s1, specific)
            if interest_section and not cued:
                # With no cue word, 'Wemelingen heeft een rijke geschiedenis' is about the
                # place, not the interest of the gemeente Wemelingen.
                keys = [k for k in keys if not _only_as_place(agreement, idx, s0, s1, k)]
            if not keys and not who.keys and interest_section and sec.parties:
                keys = list(sec.parties)
            if not keys and not who.keys and prev_who and _refers_back(agreement, view, s0, s1, prev_who):
                # 'Het Filmhuis draait in één zaal. Het zoekt ruimte, zodat het kan groeien.'
                keys = list(prev_who)
            for k in keys:
                if k in rows:
                    rows[k].interests.append(item())

    for body, keys in body_members.items():
        for k in keys:
            if body not in rows[k].bodies:
                rows[k].bodies.append(body)
            for d in body_decisions.get(body, []):
                if all(x.start != d.start for x in rows[k].decisions):
                    rows[k].decisions.append(d)
    for row in rows.values():
        row.decisions.sort(key=lambda i: i.start)
    return list(rows.values())


_LABEL = compile_cached(r"\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[-–•*])?\s*")


def _states_task(text: str, s0: int, s1: int, actor) -> bool:
    """The sentence opens with the party and then a task verb ('3.5 Het ROC verzorgt de
    cursussen'): it says what the party does, even under a heading about interests."""
    if not _LABEL.fullmatch(text[s0:actor.start]):
        return False
    verb = re.match(r"\s+(\w+)", text[actor.end:s1])
    return bool(verb) and verb.group(1).lower() in _task_verbs()


@lru_cache(maxsize=None)
def _task_verbs() -> frozenset[str]:
    # not 'betaalt', 'levert': under interests 'X betaalt nu voor de afvoer' is at stake
    v = _vocab()
    return frozenset(w for c in v.tasks for w in c.texts) - v.giving - v.stelt


_TEAM = compile_cached(r"\b(?:bestaat|bestaan|bestaande|samengesteld|zitting|zitten|zit)\b")


@lru_cache(maxsize=None)
def _role_written() -> re.Pattern[str]:
    """A role word as written, in the singular (also ending a compound: 'projectcoördinator'):
    a party takes one role ('is penvoerder'); 'de werkgevers in de regio' are other people."""
    roles = _vocab().roles
    words = sorted({w for c in roles for w in c.texts} | {p for c in roles for p in c.phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])[\w-]*(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _is_task(v: "_Vocab", forms: set[int], lowered: str, gives: bool, strict: bool = False) -> bool:
    """A task verb ('organiseert', 'draagt zorg voor'), or a role the party takes ('is
    penvoerder'). 'Levert 1,5 fte' and 'betaalt € 10.000' give something: inbreng, no
    task; 'levert het secretariaat' is a task. ``strict`` (a list item without its
    subject): in a clause that gives, a task cue must match as a whole, and not be one
    of giving or of 'stelt' ('stelt ... beschikbaar en draagt de kosten, begroot op')."""
    if _endorses().search(lowered):
        return False
    if v.tasks.matches(forms, lowered):
        # a separable verb needs its particle, not a preposition of the same form: 'stelt
        # ... op' in 'stelt het plan op', not in 'stelt twee docenten beschikbaar voor les
        # op de scholen'
        hits = [c for c in v.tasks if c.matches(forms, lowered) and _particle_ok(c, lowered)]
        # paying a cost of one's own is giving, even without an amount ('De huur van de
        # koelbus betaalt de gemeente'), not paying out of a joint budget
        pays_cost = bool(hits) and all(c.texts and c.texts <= v.paying for c in hits) and \
            v.own_cost.search(lowered) is not None and v.from_fund.search(lowered) is None
        if hits and not gives and not pays_cost:
            return True
        # as written, and not an infinitive used as a noun: 'stelt € 20.000 beschikbaar
        # voor het opstellen van materiaalpaspoorten' gives money, it drafts nothing
        words = set(re.findall(r"\w+", lowered)) - set(re.findall(r"\bhet\s+(\w+en)\b", lowered))
        if strict:
            # as written, too: the lemma of 'de door studenten geplaatste warmtepompen' is
            # no task of the party that pays for their inspection
            if any(not (c.texts and c.texts <= v.giving | v.stelt) and
                   not (c.texts - v.giving - v.stelt).isdisjoint(words) for c in hits):
                return True
        else:
            # a task word as written ('beheert', not the noun 'beheer' by its lemma),
            # of a cue that matches as a whole ('brengt advies uit', not 'brengt kennis in')
            if any(not (c.texts - v.giving).isdisjoint(words) for c in hits):
                return True
    if v.roles.matches(forms, lowered) and not _TEAM.search(lowered) and _role_written().search(lowered):
        if not contribution_cues().matches(forms, lowered) or not gives:
            return True
        # 'SKOM stelt een lokaal beschikbaar en is werkgever van het team'
        return bool(_role_taken().search(lowered))
    return False


_PARTICLES = ("op", "voor", "uit", "in", "aan", "af", "na", "mee", "toe")


def not_particle() -> str:
    """The lookahead after 'op', 'voor', ... that makes it a preposition, not a particle
    (matrix.yaml, not_particle; ORG-02's 'stelt ... op' carries the same lookahead)."""
    return vocab.load("matrix")["not_particle"]


@lru_cache(maxsize=None)
def _particle_rx() -> dict[int, re.Pattern[str]]:
    return {vocab.h(p): compile_cached(rf"\b{p}\b{not_particle()}") for p in _PARTICLES}


def _particle_ok(c, lowered: str) -> bool:
    """A cue whose companion words are all particles ('stelt ... op', 'zit ... voor'):
    one of them stands as a particle, not only as a preposition."""
    rx = _particle_rx()
    if not c.with_ or c.with_phrases or not c.with_ <= rx.keys():
        return True
    return any(rx[w].search(lowered) for w in c.with_)


@lru_cache(maxsize=None)
def considered_needs() -> re.Pattern[str]:
    """What a party wants or must, said in the considerations: why it takes part."""
    return vocab.any_regex(vocab.load("matrix").get("needs_in_considerations"))


@lru_cache(maxsize=None)
def not_interest() -> re.Pattern[str]:
    """What the people a party serves want ('kinderen die hun diploma willen halen')."""
    return vocab.any_regex(vocab.load("matrix").get("not_interests"))


@lru_cache(maxsize=None)
def party_scope() -> re.Pattern[str]:
    """Who the party is ('verantwoordelijk voor veertien basisscholen'), not a task."""
    return vocab.any_regex(vocab.load("matrix").get("party_scope"))


@lru_cache(maxsize=None)
def _endorses() -> re.Pattern[str]:
    data = vocab.load("matrix")
    return vocab.any_regex([*(data.get("not_tasks") or []), *(data.get("party_scope") or [])])


@lru_cache(maxsize=None)
def _role_taken() -> re.Pattern[str]:
    roles = "|".join(sorted({re.escape(w) for c in _vocab().roles for w in c.texts}, key=lambda w: (-len(w), w)))
    # 'is penvoerder', 'als coördinator', 'voert het secretariaat', 'neemt de regie'
    # ('is voor de werkgroep het aanspreekpunt')
    return compile_cached(rf"\b(?:(?:is|zijn|wordt|worden|blijft|als)\s+(?:\w+\s+){{0,4}}|(?:voert|voeren|levert|leveren|"
                      rf"verzorgt|verzorgen|neemt|nemen|vervult|vervullen)\s+(?:het|de)\s+)(?:{roles})\b")


_SUB_CUT = compile_cached(r"\b(?:omdat|zodat|opdat|waarvan|waarmee|waarin|waarbij|waarvoor|waardoor|"
                      r"indien|wanneer|tenzij|nadat|voordat|(?<!ervoor\s)(?<!zorgt\s)(?<!zorgen\s)dat)\b")
_PRONOUN = compile_cached(r"\s*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+|[-–•*]\s+)?(?:zij|hij|ze)\b", re.I)


def _coordinated_task(v: "_Vocab", view, text: str, c0: int, e1: int, gives) -> bool:
    """'Veenstroom levert de meetgegevens en stelt een netstrateeg beschikbaar voor 4 uur
    per week': each verb joined by 'en' with its own object. The hours belong to the
    second verb; delivering the data is still a task. ``gives``: money, time or staff in
    the part. Only where a verb follows 'en' ('brengt zijn kennis van routes en het beheer
    in' joins two nouns), and only a task word as written."""
    low = text[c0:e1].lower()
    verbs = _verb_words()
    cuts = [m.start() for m in re.finditer(r"\s(?:en|,\s*en)\s+(\w+)", low) if m.group(1) in verbs]
    if not cuts:
        return False
    bounds = [0, *cuts, len(low)]
    for a, b in zip(bounds, bounds[1:]):
        p0, p1 = c0 + a, c0 + b
        part = text[p0:p1].lower()
        if gives(p0, p1) or _endorses().search(part):
            continue
        forms = view.forms(*view.token_range(p0, p1))
        words = set(re.findall(r"\w+", part))
        if any(not c.texts.isdisjoint(words) and c.matches(forms, part) and _particle_ok(c, part)
               for c in v.tasks):
            return True
    return False


@lru_cache(maxsize=None)
def _verb_words() -> frozenset[str]:
    """The finite verbs that can open a second main clause after 'en'."""
    return frozenset(w for c in [*_vocab().tasks, *contribution_cues()] for w in c.texts)


def _contribution_list(agreement: Agreement, line: tuple[int, int] | None) -> bool:
    """Is the lead-in line of a list one that brings something in ('De gemeente brengt
    in:', 'Welzijn stelt beschikbaar:')?"""
    if line is None:
        return False
    view = doc_view(agreement)
    low = agreement.text[line[0]:line[1]].lower()
    return _only_contributes(view.forms(*view.token_range(*line)), low)


_EACH = compile_cached(r"\s*(?:\d+(?:\.\d+)*\.?\s+|[a-z][.)]\s+|[-–•*]\s+)?(?:(?:iedere|ieder|elke|elk)\s+"
                   r"(?:partij|partner|deelnemer|organisatie)|ieder\s+van\s+(?:de\s+)?(?:partijen|partners))\b[^:.;]*:",
                   re.I)


def _each_named(agreement: Agreement, idx, s0: int, s1: int) -> list[str]:
    """'Iedere partij informeert haar eigen achterban: de gemeente de gemeenteraad, De
    Schakel haar raad van toezicht': each party the list after the colon names does it."""
    from .actors import _governed

    m = _EACH.match(agreement.text, s0, s1)
    if m is None:
        return []
    keys: list[str] = []
    for actor in _actors_in(idx, m.end(), s1):
        if actor.collective or _governed(agreement.text, actor, m.end()):
            continue
        keys += [k for k in actor.keys if k not in keys]
    return keys


def _pronoun_start(text: str, s0: int, s1: int) -> bool:
    return bool(_PRONOUN.match(text, s0, s1))


# 'e. de koren en toneelgroepen van de VAW ...': the party's own people or groups open the clause
_OWN_PEOPLE = compile_cached(r"\W*(?:[a-z][.)]\s+|\d+(?:\.\d+)*\.?\s+)?(?:de|het|haar|zijn)\s+[\w-]+"
                         r"(?:\s+en\s+[\w-]+)?\s+van\s+(?:de\s+|het\s+)?$", re.I)
_NEUTER_START = compile_cached(r"\s*het\s+(\w+)\b", re.I)


def _refers_back(agreement: Agreement, view, s0: int, s1: int, prev: tuple[str, ...]) -> bool:
    """Does the sentence open with a pronoun for the party of the sentence before: 'zij',
    'hij', 'ze', or 'het' after a party named with 'het' ('het Filmhuis') when a verb
    follows it ('Het zoekt ruimte', not 'Het programma groeit')?"""
    text = agreement.text
    if _pronoun_start(text, s0, s1):
        return True
    m = _NEUTER_START.match(text, s0, s1)
    if m is None or not all(k.lower().startswith("het ") for k in prev):
        return False
    t0, t1 = view.token_range(m.start(1), m.end(1))
    if t1 <= t0:
        return False
    word = view.word(t0).lower()
    # a finite verb: a modal, or a form in -t whose lemma differs ('zoekt' -> 'zoeken')
    return word in _vocab().finite_after_het or (word.endswith("t") and view.lemma[t0] not in (0, view.lower[t0]))


def _gives_first(agreement: Agreement, r, c0: int, c1: int, forms: set[int], lowered: str,
                 paid: bool = False) -> bool:
    """Under a 'Taken' heading: is what the party does first a contribution ('De gemeente
    zet twee handhavers in') rather than a task ('De politie surveilleert ... en deelt
    haar kennis')? Judged on the verb right after the subject (Dutch puts it second)."""
    idx = index_of(agreement)
    v = _vocab()
    actors = [a for a in _actors_in(idx, c0, c1) if set(a.keys) & set(r.keys)]
    if actors:
        cue_words = {w for c in contribution_cues() for w in c.texts}

        view = doc_view(agreement)
        whole_forms, whole_low = view.forms(*view.token_range(c0, c1)), agreement.text[c0:c1].lower()

        def pays(verb: str) -> bool:
            # paying is giving ('betaalt de huur van de koelbus', 'draagt de loonkosten'),
            # but not out of a joint budget ('betaalt de rekeningen uit het budget': the
            # penvoerder's task)
            return (verb in v.paying or verb in v.bears and v.own_cost.search(whole_low) is not None) \
                and v.from_fund.search(whole_low) is None

        def gives_by(verb: str) -> bool:
            # a contribution verb with a contribution cue in the clause, relative clauses
            # included ('stelt het complex, dat leeg komt, beschikbaar'); the verb's own cue
            # only with its particle ('zet ... in', not 'zet het voedsel klaar in de koelcel')
            if pays(verb):
                return True
            return verb in cue_words and any(
                c.matches(whole_forms, whole_low) and (verb not in c.texts or _particle_ok(c, whole_low))
                for c in contribution_cues())
        # ('**De gemeente** betaalt': past the markup; 'De huur van de koelbus betaalt de
        # gemeente': the paying verb before the subject)
        before = re.search(r"([\wÀ-ÿ]+)[\s,*_]*$", agreement.text[c0:actors[0].start])
        if before and before.start() > 0 and pays(before.group(1).lower()):
            return True
        m = re.match(r"[\s,*_]*([\wÀ-ÿ]+)", agreement.text[actors[0].end:c1])
        if m:
            verb = m.group(1).lower()
            return gives_by(verb) or verb in ("is", "zijn", "heeft", "hebben", "wil", "willen", "kan", "kunnen")
    return _only_contributes(forms, lowered)



# 'De Diaconie koppelt de hulp nooit aan kerkbezoek': a verb denied is no task (not 'niet
# alleen ... maar ook', 'niet later dan')
_NEG_AFTER_VERB = compile_cached(
    r"[\s,*_]*[\wÀ-ÿ]+\s+(?:(?!(?:dat|die|of|om|zodat|wanneer|als|indien|waar|wat|wie|welke)\b)[\wÀ-ÿ'’-]+\s+){0,3}?(?:nooit|niet)\b"
    r"(?!\s+(?:alleen|enkel|slechts|meer\s+dan|later\s+dan|eerder\s+dan|minder\s+dan|te)\b)", re.I)


def _not_its_own_verb(idx, text: str, r, c0: int, c1: int) -> bool:
    """The verb of the clause's party is denied, or the party is only the subject of a
    relative clause ('Uit gesprekken die de huurdersvereniging aan de deur voerde, ...')."""
    subject = next((a for a in _actors_in(idx, c0, c1) if not a.collective and set(a.keys) <= set(r.keys)), None)
    if subject is None:
        return False
    if _RELATIVE_BEFORE.search(text, max(c0, subject.start - 12), subject.start):
        return True
    return _NEG_AFTER_VERB.match(text, subject.end, c1) is not None


_RELATIVE_BEFORE = compile_cached(r"[\wÀ-ÿ],?\s+(?:die|welke)\s+$", re.I)


def _only_contributes(forms: set[int], lowered: str) -> bool:
    """Does the clause bring something in ('stelt ... beschikbaar', 'detacheert') and do
    nothing else? Inbreng is no task (AMB-07 looks at it, not ORG-02)."""
    return contribution_cues().matches(forms, lowered) and not _vocab().tasks.matches(forms, lowered)


def _mentioned(agreement: Agreement, idx, s0: int, s1: int, all_keys: list[str]) -> list[str]:
    keys: list[str] = []
    for actor in _actors_in(idx, s0, s1):
        for k in (all_keys if actor.collective else actor.keys):
            if k not in keys:
                keys.append(k)
    return keys


def _body_subject(text: str, s0: int, s1: int, bodies: list[str], v: _Vocab, idx) -> str | None:
    """The body that decides ('De Regiegroep beslist ...'): named before any party."""
    first_party = next((a.start for a in _actors_in(idx, s0, s1)), s1)
    best: tuple[int, str] | None = None
    for body in bodies:
        m = v.bodies[body].search(text, s0, s1)
        if m and m.start() < first_party and (best is None or m.start() < best[0]):
            best = (m.start(), body)
    return best[1] if best else None


def _only_as_place(agreement: Agreement, idx, s0: int, s1: int, key: str) -> bool:
    """Is a government named in the sentence only by its place ('Wemelingen' for
    'gemeente Wemelingen')?"""
    party = next((p for p in agreement.parties if p.key == key), None)
    words = party.name.split() if party is not None else []
    if len(words) < 2 or words[0].lower() not in _governments():
        return False
    place = " ".join(words[1:])
    if party.key == place:
        return False            # the text calls the gemeente 'Heggerdam' throughout
    seen = [a for a in _actors_in(idx, s0, s1) if key in a.keys]
    return bool(seen) and all(agreement.text[a.start:a.end] == place for a in seen)


@lru_cache(maxsize=1)
def _governments() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("parties")["governments"])


def _interest_parties(agreement: Agreement, idx, s0: int, s1: int, specific: list[str]) -> list[str]:
    """'Voor de Gemeente is van belang', 'het belang van Welzijn', 'Welzijn doet mee omdat'."""
    text = agreement.text
    keys = list(specific)
    for actor in _actors_in(idx, s0, s1):
        if actor.collective:
            continue
        before = text[max(s0, actor.start - 60):actor.start].lower().replace("*", "").replace("_", "")
        after = text[actor.end:min(s1, actor.end + 40)].lower()
        if _INTEREST_BEFORE.search(before) or _INTEREST_AFTER.match(after):
            for k in actor.keys:
                if k not in keys:
                    keys.append(k)
    return keys


# 'voor de Gemeente', 'het belang van Welzijn', 'de ondernemers die lid zijn van de OVK',
# 'voor een paar van ons in de dorpsraad van Oudeweer'
_INTEREST_BEFORE = compile_cached(
    r"\b(?:voor|bij|belang(?:en)?\s+van|baat\s+van|(?:leden|lid\s+zijn|lid\s+is|medewerkers|"
    r"werknemers|ondernemers|boeren|bewoners|huurders|klanten|professionals|vrijwilligers|huisartsen|"
    r"docenten|leraren|leerkrachten|verpleegkundigen|zorgverleners|hulpverleners|praktijkondersteuners|"
    r"consulenten|coaches|trainers|artsen)\s+(?:\w+\s+){0,2}?van"
    # 'Voor de restaurants van De Schaal telt vooral ...': the party's own places or people;
    # 'Voor de horecabedrijven en winkels in de OVZB betekent ...': its members (not the
    # people who live or come there: 'voor de inwoners in de gemeente')
    r"|\bvoor\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?[\w-]+\s+van"
    r"|\bvoor\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?(?!(?:inwoners|bewoners|burgers|kinderen|jongeren|"
    r"ouderen|leerlingen|huishoudens|gezinnen|mensen|cliënten|patiënten|reizigers|bezoekers|toeristen|"
    r"gasten)\b)[\w-]+(?:\s+en\s+[\w-]+)?\s+(?:in|bij))"
    r"\s*(?:de|het)?\s*$"
    # 'voor een paar van ons in de dorpsraad van Oudeweer'
    r"|\bvoor\s+(?:een\s+paar|een\s+aantal|velen|sommigen|enkelen|de\s+meesten)\s+van\s+ons\s+(?:in|bij)"
    r"(?:\s+(?:de|het)\s+[\w-]+(?:\s+van)?)?\s*$")
# 'hebben de gemeenten belang bij', 'de Vervoerder er belang bij heeft'
_INTEREST_AFTER = compile_cached(r"\s*(?:er\s+)?(?:(?:ook|veel|groot|een|vooral|zelf)\s+)?(?:belang|baat|voordeel)\b")
