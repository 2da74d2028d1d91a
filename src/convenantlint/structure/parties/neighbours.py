"""Parties named beside a marked party without a mark of their own ('A (hierna: X),
B en C'), in the same sentence or list.
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ..text import BULLET_RE, Line, label_of, split_lines
from .names import Draft, _ENUM_SEP_RE, _WE_CALL_RE, _between_ands, _org_name, parse_entry


_PIECE_END_RE = compile_cached(r"\s*,|\s+(?:en|ende)\s+|[.;:!?()\n]")


_LEADING_NAME_RE = compile_cached(
    r"(?:(?:de|het)\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:van|voor|de|der|den|het|op|aan)\s+)*[A-Z][\w'’&.-]*)*")


def _place_with_en(text: str, out: list[Draft], sep: re.Match, piece: str, piece_end: int,
                   end: int) -> int | None:
    """'..., de gemeente Aa en Veen en Woonbedrijf Veenland': when the item after 'en' is a
    bare capitalised word and another 'en' with an organisation follows, the word belongs
    to the name before it (a place name with 'en'). Extends that draft; returns the new
    position, or None."""
    nxt = _ENUM_SEP_RE.match(text, piece_end)
    if not out or nxt is None or not _between_ands(piece.strip(), sep.group(0), nxt.group(0)):
        return None
    stop = _PIECE_END_RE.search(text, nxt.end(), end)
    following = text[nxt.end():stop.start() if stop else end]
    lead = _LEADING_NAME_RE.match(following)
    if _org_name(following) is None and not (lead and _org_name(lead.group(0))):
        return None
    last = max(out, key=lambda d: d.start)
    if text[last.start:sep.start()].strip() != last.name or last.key != last.name:
        return None
    last.name = last.key = text[last.start:piece_end].strip()
    last.end = last.start + len(last.name)
    return piece_end


_GROUP_TYPE_RE = compile_cached(r"\s*(?:de\s+)?(?:verenigingen|sportverenigingen|clubs|stichtingen|scholen|corporaties|"
                            r"woningcorporaties|zorgaanbieders|organisaties|bedrijven)\s+(?=[A-Z])")


def _inline_neighbours(text: str, drafts: list[Draft], end: int) -> list[Draft]:
    """'Wij, dat zijn A (a), B (b), de gemeente C en D, willen ...': in a running
    enumeration whose first items carry a short name, the items after them without one
    are parties too."""
    ordered = sorted(drafts, key=lambda d: d.start)
    if len(ordered) < 2 or not _ENUM_SEP_RE.match(text, ordered[-2].end) \
            or ordered[-1].start - ordered[-2].end > 120:
        return drafts           # the marked parties are no enumeration in running text
    out = list(drafts)
    pos = ordered[-1].end
    plural_run = False
    while pos < end:
        sep = _ENUM_SEP_RE.match(text, pos)
        if sep is None or sep.end() == pos:
            break
        stop = _PIECE_END_RE.search(text, sep.end(), end)
        piece_end = stop.start() if stop else end
        piece = text[sep.end():piece_end]
        # 'en de verenigingen VV Rijnsmeer en MHC De Kolk': the type in front names a group
        # whose members follow, each a party
        group = _GROUP_TYPE_RE.match(piece)
        if group and not plural_run:
            plural_run = True
            piece = piece[group.end():]
            name = _org_name(piece) or (piece.strip() if _LEADING_NAME_RE.fullmatch(piece.strip()) else None)
            if name is None:
                break
            at = sep.end() + group.end() + max(piece.find(name), 0)
            if not any(d.key == name for d in out):
                out.append(Draft(name=name, key=name, start=at, end=at + len(name)))
            pos = piece_end
            continue
        name = _org_name(piece)
        joined = _place_with_en(text, out, sep, piece, piece_end, end)
        if joined is not None:
            pos = joined        # 'de gemeente Aa en Veen en Woonbedrijf Veenland': one name
            continue
        if name is None and re.search(r"\b(?:en|ende)\s*$", sep.group(0)):
            # '... (OAC) en Hogeschool Eemvallei hebben elkaar gesproken': the last item
            # runs on into the sentence; its name is the capitalised words it starts with
            lead = _LEADING_NAME_RE.match(piece)
            name = _org_name(lead.group(0)) if lead else None
        if name is None:
            break
        at = sep.end() + max(piece.find(name), 0)
        # '..., die wij hieronder kortweg de Natuurwerkplaats noemen': its short name
        called = _WE_CALL_RE.match(text, piece_end + 1) if text[piece_end:piece_end + 1] == "," else None
        key = called.group("short") if called else name
        if not any(d.key == key for d in out):
            out.append(Draft(name=name, key=key, start=at, end=at + len(name),
                             aliases=[name] if key != name else []))
        pos = piece_end
        if re.search(r"\b(?:en|ende)\s*$", sep.group(0)):
            break               # the item after 'en' is the last
    out.sort(key=lambda d: d.start)
    return out


def _list_neighbours(text: str, drafts: list[Draft], start: int, end: int) -> list[Draft]:
    """In a bulleted list where most items carry a short name, the items without one
    ('- de gemeente Waalhoven;') are parties too."""
    lines = split_lines(text[:end])
    listed = [l for l in lines if l.start >= start and not l.blank
              and (BULLET_RE.match(l.text) or label_of(l.text))]
    if not listed:
        return drafts
    out = list(drafts)
    blocks: list[list[Line]] = []
    for l in listed:
        if blocks and l.number == blocks[-1][-1].number + 1:
            blocks[-1].append(l)
        else:
            blocks.append([l])
    for block in blocks:
        inside = [d for d in drafts if block[0].start <= d.start < block[-1].end]
        if len(inside) < 2 or len(inside) * 2 < len(block):
            continue
        for l in block:
            if any(l.start <= d.start < l.end for d in out):
                continue
            draft, _ = parse_entry(l.text, l.start, strict=False)
            if draft is not None and not any(d.key == draft.key for d in out):
                out.append(draft)
    out.sort(key=lambda d: d.start)
    return out
