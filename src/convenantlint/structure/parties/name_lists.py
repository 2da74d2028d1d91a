"""A run of names in one line or sentence ('de gemeente A, de provincie B en C'):
split into parties, with ministers' portfolios and place names kept whole.
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ..text import strip_determiner
from .names import (Draft, _Q, _QUOTED_NAME_RE, _QUOTE_RE, _SPLIT_RE, _WE_CALL_RE, _as_written,
                    _between_ands, _clean, _org_word, _short_names, _vocab, name_like)


def _join_place_names(s: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'de gemeente Aa en Veen en Woonbedrijf Veenland': a single capitalised word between
    two 'en's, after a government's name, is the end of that name (a place name with
    'en'), not a party of its own."""
    gov = _vocab()["governments"]
    out: list[tuple[int, str]] = []
    for n, (at, piece) in enumerate(pieces):
        word = piece.strip()
        before = s[out[-1][0] + len(out[-1][1]):at] if out else ""
        after = s[at + len(piece):pieces[n + 1][0]] if n + 1 < len(pieces) else ""
        prev_words = out[-1][1].lower().split() if out else []
        if (_between_ands(word, before, after) and any(w in gov for w in prev_words[:3])) or \
                (out and re.fullmatch(r"\s+en\s+", before) and (
                    word.lower() in ("omstreken", "omgeving")
                    or (re.match(r"Noord-\s?Ierland\b", word) and out[-1][1].rstrip().endswith("Groot-Brittannië")))):
            # ('Stichting Woningcorporaties het Gooi en Omstreken', 'het Verenigd Koninkrijk van
            # Groot-Brittannië en Noord-Ierland': one name)
            prev_at, prev = out.pop()
            out.append((prev_at, s[prev_at:at + len(piece)]))
            continue
        out.append((at, piece))
    return out


def parse_name_list(s: str, offset: int, strict: bool = True) -> tuple[list[Draft], list[str], bool]:
    """'Nederland, Aruba, Curaçao en Sint Maarten,' -> four parties.

    Returns (parties, collective names, clean): clean is False when the list ran into a
    piece that is neither a name nor one of the words that end such a list, which means
    the line was prose, not a list of parties."""
    v = _vocab()
    drafts: list[Draft] = []
    collective: list[str] = []
    pos = 0
    pieces: list[tuple[int, str]] = []
    # no split inside a quoted name: 'de Raad van Beheer der "Stichting tot verzorging en
    # afwikkeling van ..."'
    quoted = [(q.start(), q.end()) for q in _QUOTED_NAME_RE.finditer(s)]
    for m in _SPLIT_RE.finditer(s):
        if any(a < m.start() < b for a, b in quoted):
            continue
        pieces.append((pos, s[pos:m.start()]))
        pos = m.end()
    pieces.append((pos, s[pos:]))
    pieces = _join_portfolios(s, _join_place_names(s, pieces))
    for n, (at, piece) in enumerate(pieces):
        lead = len(piece) - len(piece.lstrip())
        chunk = piece.strip()
        at += lead
        if not chunk:
            continue
        m = re.match(r"(?:en|ende)\s+", chunk, re.I)
        if m:
            chunk, at = chunk[m.end():], at + m.end()
        proper = False
        words = chunk.split()
        first = words[0].lower().strip(_Q)
        if first.rstrip(",") in ("wij", "we") and n == 0:
            continue
        called = _WE_CALL_RE.match(chunk) if first in ("die", "dat", "welke") else None
        if called and drafts and drafts[-1].key == drafts[-1].name:
            # '..., die wij hieronder kortweg de Natuurwerkplaats noemen'
            drafts[-1].aliases.insert(0, drafts[-1].name)
            drafts[-1].key = called.group("short")
            continue
        if first.startswith("hierna") or first == "hieronder":
            short, coll, _ = _short_names(chunk, 0)
            if coll:
                collective.append(coll)
            elif short and drafts and drafts[-1].key == drafts[-1].name:
                drafts[-1].aliases.insert(0, drafts[-1].name)
                drafts[-1].key = short
            continue
        if first in v["stop"] or first.rstrip(":") in v["stop"]:
            return drafts, collective, True
        if re.match(r"(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mr\.?|drs\.?|dr\.?|ir\.?|prof\.?)\s", chunk, re.I) \
                and drafts:
            continue        # the person who signs for the party named before
        organ_of = (first in ("de", "het") and len(words) > 3 and words[1].lower() in _ORGANS
                    and words[2].lower() in ("der", "van", "des") and (words[3][:1].isupper() or words[3][:1] in _Q))
        if chunk[0].islower() and not organ_of and not (first in ("de", "het") and len(words) > 1 and
                                       (words[1][:1].isupper() or words[1].lower() in v["org_types"])) \
                and not ((first in v["org_types"] or _org_word(first)) and len(words) > 1 and words[1][:1].isupper()):
            # ('korfbalvereniging De Zwaluwen (De Zwaluwen)': a compound of a type word, then the name)
            if first in ("handelend", "handelende", "vertegenwoordigd", "vertegenwoordigende", "gevestigd",
                         "te", "ten", "elk", "ieder", "mede", "namens", "zetelend", "kantoorhoudende",
                         "beide", "alle", "als", "partij"):
                continue    # 'als centrumgemeente van de regio': said of the party before
            rest = [w for w in words[1:] if w.strip("()")]
            if not (drafts and len(words) in (3, 4) and first.isalpha() and rest
                    and rest[0][:1].isupper()
                    and all(w[:1].isupper() or w.lower() in v["particles"] for w in rest)):
                return drafts, collective, False
            # 'supermarkt De Korenschoof' at the end of a list of parties: a word that says
            # what it is, then the name
            at += len(chunk) - len(chunk[len(words[0]):].lstrip())
            chunk = chunk[len(words[0]):].lstrip()
            words = chunk.split()
            first = words[0].lower().strip(_Q)
            proper = True       # 'De Korenschoof': the capital 'De' belongs to the name
        # 'de Regering van de Republiek Costa Rica zijn' -> the name, then the list ends.
        ends_here = False
        for k, w in enumerate(words[1:], 1):
            if w.lower() in v["verbs"]:
                rest = " ".join(words[k + 1:]).lower()
                if w.lower() in ("hebben", "zijn", "gaan") and rest and not v["formula"].search(rest):
                    # 'A, B en C hebben in 2024 onderzoek gedaan': a sentence about
                    # organisations, not the parties concluding an agreement
                    return drafts, collective, False
                chunk = " ".join(words[:k])
                ends_here = True
                break
        bracket = chunk.find("(")
        name_part = chunk[:bracket].strip() if bracket > 0 else chunk
        cut = v["name_end"].search(name_part, _portfolio_end(v, name_part))
        if cut and cut.start() > 0:
            # 'het Diaconaal Platform Lindewaard namens de samenwerkende kerken (de kerken)'
            name_part = name_part[:cut.start()].rstrip(" ,")
        name = _as_written(_clean(name_part))
        if proper and name_part.split()[0] in ("De", "Het"):
            name = _clean(name_part)
        if not name_like(strip_determiner(name), strict=strict) and \
                not (organ_of and _organ_of_name(name, name_part, strict)):
            return drafts, collective, False
        short, coll, aliases = _short_names(chunk, len(name_part))
        if coll:
            collective.append(coll)
        key = short or name
        start = offset + at + (len(name_part) - len(name) if len(name) < len(name_part) else 0)
        draft = Draft(name=name, key=key, start=start, end=offset + at + len(chunk),
                      aliases=([name] if key != name else []) + [a for a in aliases if a != key])
        if not any(d.key == draft.key for d in drafts):
            drafts.append(draft)
        if ends_here:
            return drafts, collective, True
    return drafts, collective, s.rstrip()[-1:] in ",;:"


# 'het bestuur der Stichting "Nationaal Luchtvaartlaboratorium"': an organ that signs for
# the organisation named after it
_ORGANS = frozenset({"bestuur", "college", "raad", "directie", "bestuurder", "directeur"})


def _organ_of_name(name: str, written: str, strict: bool) -> bool:
    """Is 'het bestuur der Stichting X te Y' the organ of a named organisation? The
    organisation's name decides; a name in quotes counts however long it is ('de Raad van
    Beheer der "Stichting tot verzorging en afwikkeling van ..."')."""
    if re.search(r'(?:der|van|des)\s+(?:[A-Z][\w-]*\s+)?["\u201c\u201e][A-Z]', written):
        return True
    org = re.sub(r"^(?:de\s+|het\s+)?\w+(?:\s+van\s+(?:beheer|bestuur|toezicht|commissarissen))?\s+"
                 r"(?:der|van|des)\s+(?:de\s+|het\s+)?", "", name, flags=re.I)
    org = re.sub(r"\s+te\s+[\u2019'\w-]+$", "", org)      # '... te 's-Gravenhage'
    return org != name and name_like(_QUOTE_RE.sub("", org), strict=strict)


VERB_LIST_RE = compile_cached(
    r"\b(?:zijn|komen|hebben|verklaren)\s+(?P<list>(?:de|het)\s+[A-Z].{3,500}?)\s+"
    r"(?:het\s+volgende|als\s+volgt)\s+(?:overeengekomen|overeen)\b", re.S)


def _portfolio_open(v: dict, piece: str) -> bool:
    """Does the piece end inside a portfolio ('de Minister van Volksgezondheid'), so that
    a next piece of portfolio words goes on with it? Not once 'van <land>' has closed it."""
    m = v["portfolio_head"].search(piece)
    return m is not None and _portfolio_part(v, m.group("rest")) == "open"


def _portfolio_part(v: dict, piece: str) -> str | None:
    """'open' for portfolio words alone ('Welzijn', 'Sociale Ontwikkeling'), 'closed' for
    portfolio words that end in 'van <land>' ('Sport van Nederland'), else None."""
    words = piece.split()
    if not words:
        return None
    for n, w in enumerate(words):
        low = w.lower().strip(",")
        if low == "van" and n > 0 and n + 1 < len(words) and words[n + 1][:1].isupper() \
                and words[n + 1].lower().strip(",") in v["portfolio_words"]:
            continue        # 'Uniezaken, van Financiën': the next portfolio, not 'van <land>'
        if low == "van" and n > 0:
            tail = words[n + 1:]
            if tail and tail[0].lower() in ("de", "het"):
                tail = tail[1:]     # 'van de Nederlandse Antillen'
            return "closed" if 1 <= len(tail) <= 3 and all(t[:1].isupper() for t in tail) else None
        if low == "en" and 0 < n < len(words) - 1:
            continue
        if not (w[:1].isupper() and low in v["portfolio_words"]):
            return None
    return "open"


def _portfolio_end(v: dict, name: str) -> int:
    """Where a minister's portfolio with commas ends in `name` ('Minister van Onderwijs,
    Cultuur en Wetenschap, ...'), so that its commas do not end the name; 0 for no such."""
    m = v["portfolio_head"].search(name)
    if m is None or "," not in m.group("rest"):
        return 0
    end = m.start("rest")
    for piece in re.finditer(r"[^,]+", m.group("rest")):
        part = _portfolio_part(v, piece.group(0).strip())
        if part is None:
            break
        end = m.start("rest") + piece.end()
        if part == "closed":
            break
    return end


def _join_portfolios(s: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'de Minister van Volksgezondheid, Welzijn en Sport': the pieces after 'minister
    van' that are portfolio words are that minister's name, not parties of their own."""
    v = _vocab()
    out: list[tuple[int, str]] = []
    for at, piece in pieces:
        if out and _portfolio_open(v, out[-1][1]):
            lead = len(piece) - len(piece.lstrip())
            # 'de Ministers van Waterstaat en van Financiën': the next portfolio of the
            # same ministers, with its own 'van'
            again = re.match(r"(?:van|voor)\s+", piece.strip(), re.I)
            part = _portfolio_part(v, piece.strip()[again.end():] if again else piece.strip())
            if part is not None:
                prev_at, _ = out.pop()
                out.append((prev_at, s[prev_at:at + lead + len(piece.strip())]))
                continue
        out.append((at, piece))
    return out
