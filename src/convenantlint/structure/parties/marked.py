"""Parties recognised by the short name the text marks them with ('X (hierna: Y)',
'X (de coöperatie)'), wherever in the opening they stand.
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from ..text import BULLET_RE, has_determiner, label_of, occurrences, strip_determiner
from .names import (BRACKET_RE, Draft, HIERNA_RE, PartyList, _AGREEMENT_NOUNS, _BRACKET_INTRO_RE,
                    _CLUB_YEAR_RE, _ENUM_SEP_RE, _REPRESENTED_BY, _as_written, _clean, _not_party,
                    _org_name, _org_word, _strip_end, _vocab, is_collective, name_like, naming)
from .places import _plural_names
from .neighbours import _inline_neighbours, _list_neighbours


# A full stop ends a stretch, but not the one of an abbreviation inside a name ('Brakeloo
# Energie U.A. (de coöperatie)', 'Gebr. Van Dam B.V.'). So does the end of a line after the
# dash that names the party's representative ('Zuidoostlijn B.V. (hierna: Zuidoostlijn) —
# mevrouw K. Brandts, manager concessie Kempen'): the next name does not take those words.
_SEG_BOUNDARY = compile_cached(r"(?:(?<!\b[A-Za-z])(?<!\bGebr)(?<!\bgebr)(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\bIr)(?<!\bDrs)\.|[:;!?])(?=\s)|\n\s*\n|[ \t][-–—][ \t][^\n]*\n|\n(?=\s*(?:[-–—•*▪·◦]\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s|[a-z][.)]\s))")
_LEAD_RE = compile_cached(r"^(?:[\s,;:–—-]+|(?:en|ende|alsmede|wij\s+zijn|wij|we\s+zijn|aanwezig|dat\s+zijn|"
                      r"namelijk|door|tussen|ondergetekende|ondergetekenden)\b[\s,:]*)+", re.I)
# 'Dit convenant wordt gesloten tussen ', 'Deze verklaring wordt mede ondertekend door ':
# the words before the first name of a list in a sentence.
_CLAUSE_LEAD_RE = compile_cached(r"^[^,;:()]{0,80}?\b(?:gesloten|ondertekend|aangegaan|getekend|opgesteld|"
                             r"geschreven|aangegaan)\s+(?:tussen|door)\s+"
                             # 'Deze verklaring is een initiatief van A (hierna: A) en ...'
                             r"|^[^,;:()]{0,60}?\b(?:een\s+)?(?:gezamenlijk\s+)?initiatief\s+van\s+"
                             # 'Deze afspraken maken A (hierna: A), ...': the makers after the verb
                             rf"|^\s*(?:deze|dit|de)\s+(?:{_AGREEMENT_NOUNS})\s+(?:maken|sluiten|ondertekenen|tekenen)\s+", re.I)


def _marked_short(value: str) -> bool:
    """Is a bracketed phrase a short name ('(Rustoord)', '(de dorpsraad)', '(HANO)')?"""
    words = value.split()
    if not value or len(words) > 5 or any(c.isdigit() for c in value) or is_collective(value):
        return False
    head = strip_determiner(value)
    if not head or _not_party(head):
        return False
    if head[0].isupper():
        return True
    return has_determiner(value) and len(words) <= 3


# ', basisteam Hoorneveld' right after a name: a unit word and its capitalised name
_UNIT_AFTER_RE = compile_cached(r"\s*,\s*([a-z]+)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


# What may follow a party's name before its short name, and is not part of it: where it is
# seated ('..., gevestigd te Aldeweer (hierna: ...)') and what it is ('..., exploitant van
# camping De Slenk, gevestigd te ...').
_SEAT_TAIL_RE = compile_cached(r",?\s*(?:statutair\s+)?(?:gevestigd|kantoorhoudende?|zetelende?)\s+(?:te|in|aan)\s+[^,()]{1,60}$")
_ROLE_TAIL_RE = compile_cached(r",\s*(?!en\b|of\b|de\b|het\b)[a-zà-ÿ][\w-]*\s+(?:van|voor|in|op|bij)\s+[^,()]{1,80}$")
_NAME_END_RE = compile_cached(r"(?:[A-Z][\w'’.&-]*|B\.V\.|U\.A\.|N\.V\.)\s*$")


_REPRESENTED_TAIL_RE = compile_cached(r",?\s*" + _REPRESENTED_BY + r"[^()]{1,160}$")


def _strip_tails(seg: str) -> str:
    """The stretch before a short name without who represents the party, where it is
    seated and what it is: 'Woonstichting X, gevestigd te Y, vertegenwoordigd door
    mevrouw S. Koster' -> 'Woonstichting X'."""
    rep = _REPRESENTED_TAIL_RE.search(seg)
    if rep and _NAME_END_RE.search(_SEAT_TAIL_RE.sub("", seg[:rep.start()]).rstrip(" ,")):
        seg = seg[:rep.start()]
    seat = _SEAT_TAIL_RE.search(seg)
    if seat and _NAME_END_RE.search(seg[:seat.start()]):
        seg = seg[:seat.start()]
        role = _ROLE_TAIL_RE.search(seg)
        if role and _NAME_END_RE.search(seg[:role.start()]):
            seg = seg[:role.start()]
    return seg


def _name_in_segment(seg: str) -> tuple[str, int] | None:
    """The party name that ends a stretch of text right before its short name: the
    entry from its start ('De politie, basisteam Kust, vertegenwoordigd door ...'), else
    the run of name words at its end ('Met dit convenant spreken de gemeente X')."""
    v = _vocab()
    seg = _strip_tails(seg)
    lead = _CLAUSE_LEAD_RE.match(seg) or _LEAD_RE.match(seg)
    at = lead.end() if lead else 0
    lab = label_of(seg[at:])
    if lab:
        at += lab[1]
    bullet = BULLET_RE.match(seg[at:])
    if bullet:
        at += bullet.end()
    body = seg[at:]
    # ', bevoegd gezag van basisschool X, Kinderopvang Y B.V. (Y)': the stretch opens with
    # a description of the party before; the name is the organisation after the last comma
    pieces = body.rsplit(",", 1)
    first = body.lstrip(" ,").split(" ", 1)[0]
    if len(pieces) == 2 and first[:1].islower() and not has_determiner(first) \
            and not _org_word(first.lower()):
        org = _org_name(pieces[1])
        if org is not None:
            return org, at + len(pieces[0]) + 1 + pieces[1].find(org.split()[0])
    m = v["name_end"].search(body)
    end = m.start() if m else len(body)
    unit = _UNIT_AFTER_RE.match(body, end) if m else None
    if unit and unit.group(1).lower() in v["unit_words"]:
        end = unit.end()        # 'de politie eenheid X, basisteam Y': the unit is part of it
    raw = _strip_end(body[:end])
    name = _as_written(_clean(raw))
    # 'Met ingang van 1 januari 2027 treedt Woonstichting X': a clause, not an entry
    prose = sum(1 for w in name.split() if (w[:1].islower() and w.lower() not in v["particles"]
                                            and not _org_word(w.lower())) or w.isdigit())
    if name and name_like(strip_determiner(name), strict=False) and len(name.split()) <= 10 and prose < 3:
        return name, at + (len(body) - len(body.lstrip()))
    # the run of capitalised words (and particles) at the end of the stretch
    words = list(re.finditer(r"\S+", seg))
    k = len(words)
    while k > 0:
        raw_word = words[k - 1].group(0)
        if k < len(words) and raw_word.endswith((",", ";", ":")) and not _org_before(seg, words[k - 1].end()):
            break       # 'met scholen in Oost, Stichting X': the comma ends the run (but
                        # 'de gemeente Ommerdaal, Zorgverzekeraar X' is an enumeration)
        w = raw_word.strip(",;:")
        if w[:1].isupper() or (w.lower() in v["particles"] and k < len(words)) \
                or (k == len(words) and _CLUB_YEAR_RE.fullmatch(w)):
            k -= 1
            continue
        if k < len(words) and k >= 2 and (
                (w.lower() in v["unit_words"] and (words[k - 2].group(0).endswith(",")
                                                   or _org_word(words[k - 2].group(0).lower())))
                or (_org_word(w.lower()) and words[k].group(0).lower() in v["unit_words"])):
            k -= 1          # 'Hogeschool X, lectoraat Water en Ruimte', 'de politie eenheid
            continue        # Midden-Aa, basisteam Hoorneveld': one name
        break
    while k < len(words) and words[k].group(0).lower() in v["particles"] - v["org_types"]:
        k += 1
    if k >= len(words):
        return None
    if k > 0 and words[k - 1].group(0)[:1].islower() and _org_word(words[k - 1].group(0).lower()):
        k -= 1              # 'voetbalvereniging VVA '28': the type written before the name
    if k > 0 and words[k - 1].group(0).lower() in ("de", "het"):
        k -= 1
    raw = _strip_end(seg[words[k].start():])
    name = _as_written(_clean(raw))
    if name and name_like(strip_determiner(name), strict=True):
        return name, words[k].start()
    return None


_LAST_AND_RE = compile_cached(r",\s*(?:en|alsmede)\s+(?P<name>(?:de\s+|het\s+)?[A-Z][^,()]*?)\s*$")


def _described_before(seg: str, floor: int) -> list[Draft]:
    """'..., Samen Rond, vrijwilligersorganisatie voor thuisadministratie, en het Diaconaal
    Platform Meerstede': the names before the last one (each may be followed by a
    description in lower case), and the last one; empty unless the stretch reads so."""
    tail = _LAST_AND_RE.search(seg)
    if tail is None or _org_name(tail.group("name")) is None:
        return []
    out: list[Draft] = []
    described = False
    for m in re.finditer(r"[^,]+", seg[:tail.start()]):
        piece = m.group(0).strip()
        if not piece:
            continue
        if piece[0].islower():
            if not out:
                return []       # prose before the names, not a list
            described = True    # a description of the name before it
            continue
        org = _org_name(piece) or (piece if name_like(piece, strict=True) and len(piece.split()) <= 5 else None)
        if org is None:
            return []
        at = floor + m.start() + m.group(0).find(org.split()[0])
        out.append(Draft(name=org, key=org, start=at, end=at + len(org)))
    if not out or not described:
        return []
    name = _as_written(_clean(tail.group("name")))
    at = floor + tail.start("name")
    return out + [Draft(name=name, key=name, start=at, end=at + len(name))]


def _enumerated_segment(seg: str) -> "tuple[str, int] | None":
    """The whole stretch after its lead-in, when it is an enumeration of organisations
    ('Stichting X, Vereniging Y en de GGD Noord'), for `_enumerated_before` to split."""
    lead = _CLAUSE_LEAD_RE.match(seg) or _LEAD_RE.match(seg)
    at = lead.end() if lead else 0
    body = _strip_end(seg[at:])
    if ("," not in body and " en " not in body) or not _enumerated_before(body, 0):
        return None
    return body, at


def _org_before(text: str, end: int) -> bool:
    """Does an organisation name end at ``end`` (just before a comma)? The last one to five
    words: 'de gemeente Ommerdaal' does, 'met scholen in Oost' does not."""
    words = text[:end].rstrip(",;: ").split()
    return any(_org_name(" ".join(words[-n:])) for n in range(1, min(5, len(words)) + 1))


def _enumerated_before(name: str, at: int) -> list[Draft]:
    """A 'name' that is really an enumeration of organisations, the last of which carries
    the short name: every piece as a party (the last one keyed later). Empty when the
    commas belong to one name ('Sportbond Oost-Nederland, afdeling Veldmark')."""
    if "," not in name and " en " not in name:
        return []
    pieces: list[Draft] = []
    pos = 0
    for sep in [*_ENUM_SEP_RE.finditer(name), None]:
        stop = sep.start() if sep else len(name)
        piece = name[pos:stop]
        org = _org_name(piece)
        if org is None:
            return []
        if pos and "," not in name[:pos] and not _org_word(strip_determiner(org).split()[0].lower()):
            # after 'en' a new organisation starts with its type ('... Het Speelkwartier en
            # GGD Rivierenzoom'); 'Stichting Wonen en Zorg Noord' is one name
            return []
        off = at + pos + max(piece.find(org), 0)
        pieces.append(Draft(name=org, key=org, start=off, end=off + len(org)))
        if sep is None:
            break
        pos = sep.end()
    return pieces if len(pieces) >= 2 else []


# a code of a route, road or line: 'F12', 'N201', 'A7', 'R3a'
_CODE_RE = compile_cached(r"[A-Z]{1,3}\s?-?\d{1,4}[a-z]?")


def find_marked_parties(text: str, start: int, end: int, minimum: int = 2,
                        lone: bool = False) -> PartyList | None:
    """Parties introduced in prose or a loose list by the short name they get:
    'Wij, Theater De Kade (hierna: het theater), Muziekschool X (hierna: ...)',
    'Wij zijn de Dorpsraad X (de dorpsraad), Zorgcentrum Y (Y) en ...', or a bulleted
    list with '(de gemeente)' after each name. Two such parties at least; a bracket
    alone (no 'hierna') only counts next to another one, so that '(CJG)' in a sentence
    about the background invents nobody; with ``lone``, a sentence that says a party joined,
    a bracket counts alone."""
    markers: list[tuple[int, int, str | None, bool]] = []
    collective: list[str] = []
    low = text.lower()
    cues = sorted([*occurrences(low, "hierna", start, end), *occurrences(low, "in het onderstaande", start, end)])
    for at in cues:
        m = HIERNA_RE.match(text, at)
        if m is None or not naming(text, m):
            continue
        value = _clean(m.group("short"))
        ms = at
        j = at - 1
        while j >= start and text[j] in " \t":
            j -= 1
        if j >= start and text[j] == "(":
            ms = j
        me = m.end("short")
        close = re.match(r"\s*\)", text[me:me + 3])
        if close:
            me += close.end()
        mod = (m.group("mod") or "").lower()
        if not value:
            continue
        if any(w in mod for w in ("gezamenlijk", "samen", "tezamen")) or is_collective(value):
            collective.append(value)
            markers.append((ms, me, None, True))
        else:
            markers.append((ms, me, value, True))
    for m in BRACKET_RE.finditer(text, start, end):
        inner = m.group("inner")
        if re.match(r"\s*hierna\b", inner, re.I):
            continue
        # '(kortweg: het Schap)', '(afgekort: SKOE)', '(ook wel de Bieb)'
        inner = _BRACKET_INTRO_RE.sub("", inner, count=1)
        value = _clean(inner)
        if _marked_short(value):
            markers.append((m.start(), m.end(), value, False))
    if len([k for k in markers if k[2]]) < minimum:
        return None
    markers.sort()
    found: list[tuple[Draft, bool]] = []
    prev_end = start
    for ms, me, value, strong in markers:
        if ms < prev_end:
            continue
        if value is None:
            prev_end = me
            continue
        floor = prev_end
        for b in _SEG_BOUNDARY.finditer(text, prev_end, ms):
            floor = b.end()
        seg = text[floor:ms]
        prev_end = me
        plural = _plural_names(seg, floor)
        if plural:
            # 'de gemeenten Kempenstad, Loonbeek en Aalsterveld, hierna: de gemeenten'
            found.extend((d, strong) for d in plural)
            continue
        # ', Samen Rond, vrijwilligersorganisatie voor thuisadministratie, en het Diaconaal
        # Platform Meerstede (hierna: het Platform)': the marker names the last one; a party
        # before it is described in lower case and keeps its own name
        before = _described_before(seg, floor)
        if not before:
            got = _name_in_segment(seg)
            if got is None:
                continue
            name, offset = got
            if _CODE_RE.fullmatch(strip_determiner(name)):
                continue            # 'de fietsroutes F12 (Hoogzand-Eemdijk)': a route code, no party
            if _vocab()["place_name"].fullmatch(strip_determiner(name)):
                continue            # 'de haltes Kerkstraat (Ommel)': a street, no party
            whole = _enumerated_segment(seg)
            if whole is not None and len(whole[0]) > len(name):
                # ', Stichting X, Vereniging Y en de GGD Noord (hierna: de GGD)': the marker
                # names the last of an enumeration, not its first name
                name, offset = whole
            if _vocab()["not_heads"].match(strip_determiner(name)) or \
                    _vocab()["not_heads"].match(strip_determiner(value)) or \
                    _vocab()["law_name"].fullmatch(strip_determiner(name)):
                continue            # '(hierna: de Wet)', '(het Programma)', 'het gebouw': no party
            before = _enumerated_before(name, floor + offset)
        if before:
            # 'tussen de gemeente A, de gemeente B, Zorgverzekeraar C (hierna: C)': the
            # short name is C's; A and B are parties without one
            found.extend((d, strong) for d in before[:-1])
            name, offset = before[-1].name, before[-1].start - floor
        key = value
        if key == name or strip_determiner(key) == strip_determiner(name):
            key = name
        aliases = [name] if key != name else []
        found.append((Draft(name=name, key=key, start=floor + offset, end=me, aliases=aliases), strong))
    # A bracket without 'hierna' counts only with another party marked near it.
    drafts: list[Draft] = []
    for n, (d, strong) in enumerate(found):
        near = any(abs(o.start - d.start) < 400 for k, (o, _) in enumerate(found) if k != n)
        if (strong or near or lone) and not any(x.key == d.key for x in drafts):
            drafts.append(d)
    if len(drafts) < minimum:
        return None
    if minimum < 2:
        return PartyList(drafts, Span(drafts[0].start, drafts[-1].end), collective)
    drafts = _list_neighbours(text, drafts, start, end)
    drafts = _inline_neighbours(text, drafts, end)
    return PartyList(drafts, Span(drafts[0].start, drafts[-1].end), collective)
