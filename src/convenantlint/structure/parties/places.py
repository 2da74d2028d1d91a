"""Municipalities and other public bodies named by place ('de gemeenten A, B en C',
'gemeenten:' followed by one place per line).
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from ..text import Line
from .names import Draft, PartyList, _PLACE, _PLACE_RE, _entry_start


# '- De colleges van burgemeester en wethouders van de volgende gemeenten: Aalburg, Alphen
# en Chaam, Breda, Zundert.': the bodies of several municipalities, then the places
_PLACE_GROUP_RE = compile_cached(
    r"[^:;]{0,160}?\b(?:de\s+)?(?:volgende\s+|deelnemende\s+)?[\w-]*gemeenten\s*:\s*"
    # (a place in a list may be typed in lower case: 'Loon op zand, waalwijk')
    r"(?P<list>(?:['’]s-)?[A-Z][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}"
    r"(?:\s*,\s*(?:(?:['’]s-)?[A-Z][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}|[a-z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))+)"
    # (after the list: its name, or who represents them all)
    r"(?P<tail>\s*[.;,]?\s*(?:(?:hierna|verder|voortaan|gezamenlijk|op\s+grond\s+van|allen|ieder|elk|"
    r"vertegenwoordigd|rechtsgeldig|te\s+dezen|ten\s+deze|handelend|hierbij)\b.*)?)$")


def _place_group(item: str, offset: int) -> "list[Draft] | None":
    """The municipalities of an entry that lists their places after a colon: 'gemeente X'
    (X) each. A place with 'en' in its name ('Gilze en Rijen') stays whole, unless the list
    ends with ', A en B'."""
    m = _PLACE_GROUP_RE.match(item.rstrip(), _entry_start(item, capital_labels=False))
    if m is None:
        return None
    pieces = [(p.start(), p.group(0)) for p in re.finditer(r"[^,]+", m.group("list"))]
    last_at, last = pieces[-1]
    split = re.search(r"\s+en\s+(?=\S+$)", last)
    if split and len(pieces) >= 2:
        pieces[-1:] = [(last_at, last[:split.start()]), (last_at + split.end(), last[split.end():])]
    out = [_place_party("gemeente", piece.strip(), offset + m.start("list") + at + len(piece) - len(piece.lstrip()))
           for at, piece in pieces]
    return out if len(out) >= 2 else None


_PLACE_LINE_RE = compile_cached(
    r"\s*(?:[-–•*▪·]\s*)?(?P<place>(?:['’]s-)?[A-Z][\w'’-]*(?:\s+(?:(?:op|aan|den|de|der|in|bij|ter|ten|en)\s+)*"
    r"[A-Z][\w'’-]*){0,3})\s*[,;.]?\s*$")


def _place_lines(lines: list[Line], i: int, zone_end: int) -> PartyList | None:
    """The places on the lines after ``lines[i]``, one per line, as municipalities."""
    drafts: list[Draft] = []
    end = lines[i].end
    for line in lines[i + 1:]:
        if line.start >= zone_end:
            break
        if line.blank:
            continue
        m = _PLACE_LINE_RE.fullmatch(line.text)
        if m is None:
            break
        drafts.append(_place_party("gemeente", m.group("place"), line.start + m.start("place")))
        end = line.end
    return PartyList(drafts, Span(lines[i].start, end), []) if len(drafts) >= 2 else None


_PLURAL_RE = compile_cached(
    r"\b(?P<type>gemeenten|provincies|waterschappen|landen)\s+"
    rf"(?P<list>{_PLACE}(?:\s*,\s*{_PLACE})*\s+en\s+{_PLACE})")
_SINGULAR = {"gemeenten": "gemeente", "provincies": "provincie", "waterschappen": "waterschap", "landen": "land"}


_PLACES_IN_ENTRY_RE = compile_cached(
    rf"\b(?P<type>gemeenten|provincies|waterschappen)\s+(?P<list>{_PLACE}(?:\s*,\s*{_PLACE})+(?:\s+en\s+{_PLACE})?)")


def _place_party(kind: str, place: str, at: int) -> Draft:
    """The party a place stands for in a list of municipalities: 'gemeente X', called X."""
    name = f"{kind} {place}"
    return Draft(name=name, key=place, start=at, end=at + len(place), aliases=[name])


def _places_of(m: re.Match[str], offset: int) -> list[Draft]:
    kind = _SINGULAR[m.group("type")]
    return [_place_party(kind, piece.group(0), offset + m.start("list") + piece.start())
            for piece in _PLACE_RE.finditer(m.group("list"))]


def _places_in_entry(item: str, offset: int) -> list[Draft]:
    """'... van de gemeenten Breda, Eindhoven, Tilburg, te dezen ...': one party per place."""
    m = _PLACES_IN_ENTRY_RE.search(item)
    out = _places_of(m, offset) if m else []
    return out if len(out) >= 2 else []


def _plural_names(seg: str, offset: int) -> list[Draft]:
    """'de gemeenten A, B en C' names three parties: 'gemeente A' (A), ..."""
    m = _PLURAL_RE.search(seg)
    return _places_of(m, offset) if m else []
