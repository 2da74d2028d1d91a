"""The 'wie doet wat' matrix: per party what it brings (time, money, knowledge), what it
does (tasks), what it decides and in which bodies it sits, how it joins or leaves, and
which interest the text states for it. Empty cells are the point: they are what the
partners still have to talk about. Cue words: matrix.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..agreement import Agreement, Commitment
from . import vocab
from .actors import _actors_in, attribution, clause_actor, index_of, main_clauses
from .text import BULLET_RE, label_of
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
    decisions: vocab.CueSet
    interests: vocab.CueSet
    bodies: dict[str, re.Pattern[str]]
    body_heads: dict[str, frozenset[int]]     # hashes of the first words of each body
    body_membership: vocab.CueSet
    membership: dict[str, vocab.CueSet]


@lru_cache(maxsize=None)
def _vocab() -> _Vocab:
    data = vocab.load("matrix")
    return _Vocab(
        tasks=vocab.cues("matrix", "tasks"),
        decisions=vocab.cues("matrix", "decisions"),
        interests=vocab.cues("matrix", "interests"),
        bodies={str(k): vocab.phrase_regex(v) for k, v in data.get("bodies", {}).items()},
        body_heads={str(k): frozenset(vocab.h(str(p).lower().split()[0]) for p in v)
                    for k, v in data.get("bodies", {}).items()},
        body_membership=vocab.CueSet([vocab.Cue(data.get("body_membership", []))]),
        membership={str(k): vocab.CueSet([vocab.Cue(v)]) for k, v in data.get("membership", {}).items()},
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
    for cue in [*v.tasks, *v.decisions, *v.interests, *v.body_membership,
                *(c for m in v.membership.values() for c in m)]:
        words |= cue.words
        words |= {vocab.h(p.split()[0]) for p in cue.phrases}
    for phrases in vocab.load("matrix").get("bodies", {}).values():
        words |= {vocab.h(str(p).lower().split()[0]) for p in phrases}
    return frozenset(words)


def party_matrix(agreement: Agreement) -> list[PartyRow]:
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
    skip = [s for s in (agreement.title, agreement.party_list, agreement.signature) if s]
    considerations = agreement.considerations
    body_members: dict[str, list[str]] = {}
    body_decisions: dict[str, list[MatrixItem]] = {}

    view = doc_view(agreement)
    quick = _quick_words()
    for s0, s1, t0, t1 in view.sents:
        if t1 <= t0 or any(s.start <= s0 < s.end for s in skip):
            continue
        forms = view.forms(t0, t1)
        if not forms & quick:
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
        who = attribution(agreement, s0, s1)
        specific = [k for k in who.keys if k in rows] if not who.collective else []

        if art is not None and s0 <= art.start < s1 and s1 <= art.heading_end + 1:
            continue            # an article heading ('Artikel 6 Toetreding en uittreding')
        if not in_considerations:
            if who.keys and v.tasks.matches(forms, lowered):
                # Per main clause: in 'De Gemeente draagt ... bij en Welzijn levert ...'
                # the task verb belongs to the clause it stands in.
                for c0, c1 in main_clauses(agreement, s0, s1):
                    clause_low = text[c0:c1].lower()
                    clause_forms = view.forms(*view.token_range(c0, c1))
                    if not v.tasks.matches(clause_forms, clause_low):
                        continue
                    r = clause_actor(agreement, c0, c1)
                    if r.collective or not r.keys:
                        continue
                    for k in r.keys:
                        entry = item()
                        if k in rows and all(x.start != entry.start for x in rows[k].tasks):
                            rows[k].tasks.append(entry)
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
        if v.interests.matches(forms, lowered):
            for k in _interest_parties(agreement, idx, s0, s1, specific):
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


def _interest_parties(agreement: Agreement, idx, s0: int, s1: int, specific: list[str]) -> list[str]:
    """'Voor de Gemeente is van belang', 'het belang van Welzijn', 'Welzijn doet mee omdat'."""
    text = agreement.text
    keys = list(specific)
    for actor in _actors_in(idx, s0, s1):
        if actor.collective:
            continue
        before = text[max(s0, actor.start - 20):actor.start].lower()
        if re.search(r"\b(?:voor|bij|belang(?:en)?\s+van|baat\s+van)\s*(?:de|het)?\s*$", before):
            for k in actor.keys:
                if k not in keys:
                    keys.append(k)
    return keys
