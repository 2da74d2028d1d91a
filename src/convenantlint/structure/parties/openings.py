"""Parties named in the title ('Verdrag tussen A en B') or in an opening line or
preamble sentence ('Nederland, Aruba, Curaçao en Sint Maarten,').
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from ..layout import ARTICLE_RE
from ..text import Line, strip_determiner, strip_markup
from .names import Draft, PartyList, _line_start, name_like, parse_entry
from .places import _PLURAL_RE, _plural_names
from .name_lists import VERB_LIST_RE, parse_name_list
from .lists import _opening_lines
from .short_names import SIGNED_LIST_RE, text_short_names
from .marked import find_marked_parties
from .enumerated import find_enumerated_parties


# What follows the names of the parties in the opening of a treaty or agreement: the
# considerations in participles ('Geleid door de wens', 'Verlangende', 'Zich baserende
# op') or the verb of 'X en Y zijn ... overeengekomen'.
_PREAMBLE_CUE = compile_cached(
    r"\s*[,;]?\s+(?:geleid\s+door|verlangende|overwegende|zich\s+baserende|in\s+aanmerking\s+nemende|"
    r"gelet\s+op|wensende|vastbesloten|erkennende|indachtig|bewust\s+van|herinnerend|in\s+het\s+besef|"
    r"(?:zijn|komen|verklaren)\s*,?\s+(?=[^.]{0,300}\b(?:overeengekomen|overeen)\b))", re.I)

# A head of state who concludes a treaty for the state ('Zijne Majesteit de Koning der
# Belgen', 'De Bondspresident van de Bondsrepubliek Duitsland'): the states are the parties.
_HEAD_OF_STATE = compile_cached(r"(?:hare|zijne)\s+(?:koninklijke\s+)?(?:majesteit|hoogheid)\b|"
                                r"(?:de\s+)?(?:bonds)?president\s+(?:van|der)\b", re.I)

# 'Verdrag tussen het Koninkrijk der Nederlanden en de Republiek Suriname betreffende ...'
_TITLE_BETWEEN = compile_cached(
    r"\btussen\s+(?P<list>.+?)\s*(?:\b(?:betreffende|inzake|over|omtrent|aangaande|ter|tot|voor|houdende|"
    r"met\s+betrekking\s+tot|in\s+verband\s+met|op\s+het\s+gebied\s+van|van\s+\d)\b|[(:]|$)", re.I)


def find_title_parties(text: str, title: Span) -> PartyList | None:
    """The parties a title names ('Overeenkomst tussen A en B betreffende ...'), for a text
    whose opening names them in no form we read (the monarchs of an old treaty)."""
    m = _TITLE_BETWEEN.search(text[title.start:title.end])
    if m is None:
        return None
    at = title.start + m.start("list")
    drafts, collective, clean = parse_name_list(m.group("list") + ",", at, strict=True)
    if not clean or len(drafts) < 2:
        return None
    return PartyList(drafts, Span(at, at + len(m.group("list"))), collective)


_ABOUT_ANOTHER_RE = compile_cached(r"\b(?:dat|die|welke)\b[^.;:]{0,100}?\b(?:is|werd|was|zijn|werden|waren)\s+$", re.I)


_PLURAL_LEAD_RE = compile_cached(
    r"\s*(?:de\s+)?(?:(?:colleges|besturen|raden|burgemeesters)\b[^;:.]{0,80}?\bvan\s+de\s+)?", re.I)
_AND_ORGAN_RE = compile_cached(r"\s+en\s+(?:het|de)\s+(?:bestuur|directie|college|raad\s+van\s+bestuur)\s+van\s+", re.I)


def find_opening_parties(text: str, lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """Parties named in the opening without a header: a line that lists them, or the
    sentence that concludes the preamble ('zijn X en Y het volgende overeengekomen')."""
    for line in _opening_lines(lines, start, zone_end, 10):
        content = line.text
        if ARTICLE_RE.match(strip_markup(content)):
            break
        # 'De landen Curaçao, Sint Maarten en Nederland, namens deze: ...': the line opens
        # with the parties as one plural ('de gemeenten A, B en C')
        # ('De colleges van burgemeester en wethouders van de gemeenten A, B en C;', and one
        # more party after them: '... en C en het bestuur van Stichting X (X), hierna ...')
        lead = _PLURAL_LEAD_RE.match(content).end()
        plural = _PLURAL_RE.match(content, lead)
        more = _AND_ORGAN_RE.match(content, plural.end()) if plural else None
        if plural and (more or re.match(r"\s*(?:[,:;]|$|namens\b|vertegenwoordigd\b|hierna\b)", content[plural.end():])) \
                and not (more is None and re.search(r",\s*(?:en|alsmede)\s+(?:de\s+|het\s+)?[A-Z]", content[plural.end():])):
            # (another party after them, '..., hierna: de gemeenten, en Stichting X': read below)
            drafts = _plural_names(content[lead:plural.end()], line.start + lead)
            if more:
                extra, _ = parse_entry(content[more.end():], line.start + more.end())
                if extra is None or not name_like(strip_determiner(extra.name), strict=True):
                    drafts = []
                else:
                    drafts.append(extra)
            if len(drafts) >= 2:
                return PartyList(drafts, Span(line.start, drafts[-1].end), [])
        drafts, collective, clean = parse_name_list(content, line.start, strict=True)
        if not (clean and len(drafts) >= 2):
            # 'Het Koninkrijk der Nederlanden en de Bondsrepubliek Duitsland Geleid door de
            # wens ..., Zijn het volgende overeengekomen': the names before the preamble
            cue = _PREAMBLE_CUE.search(content)
            if cue is not None and cue.start() > 0:
                drafts, collective, clean = parse_name_list(content[:cue.start()] + ",", line.start,
                                                            strict=True)
        if clean and len(drafts) >= 2 and any(_HEAD_OF_STATE.match(d.name) for d in drafts):
            continue    # 'Hare Majesteit de Koningin der Nederlanden en ...' sign for their states
        if clean and len(drafts) >= 2:
            return PartyList(drafts, Span(line.start, drafts[-1].end), collective)
    # A paragraph of several lines that lists the parties, one per line, each with the
    # person who signs for it ('De gemeente X, vertegenwoordigd door ..., de heer Y,').
    par: list[Line] = []
    for line in [*lines, Line(-1, len(text), len(text), "")]:
        if line.start < start:
            continue
        if line.blank or line.start >= zone_end:
            if len(par) >= 2:
                a, b = par[0].start, par[-1].end
                block = text[a:b].replace("\n", " ")
                drafts, collective, clean = parse_name_list(block, a, strict=True)
                if clean and len(drafts) >= 2:
                    return PartyList(drafts, Span(a, drafts[-1].end), collective)
            par = []
            if line.start >= zone_end:
                break
            continue
        if ARTICLE_RE.match(strip_markup(line.text)):
            break
        par.append(line)
    for rx in (VERB_LIST_RE, SIGNED_LIST_RE):
        m = rx.search(text, start, min(zone_end, len(text)))
        if m and rx is SIGNED_LIST_RE and _ABOUT_ANOTHER_RE.search(text, max(start, m.start() - 120), m.start()):
            m = None        # 'het Landelijk Convenant, dat in 2011 is ondertekend door ...': who
                            # signed another document
        if m and (find_marked_parties(text, start, m.start()) is not None
                  or find_marked_parties(text, _line_start(text, m.start()), m.start(), minimum=1) is not None):
            return None     # the parties have short names before it: the list of signers
                            # at the end only names them again (and may add one); or its
                            # own sentence opens with a marked party ('Deze verklaring is een
                            # initiatief van A (hierna: A) en wordt mede ondertekend door ...')
        if m:
            drafts, collective, _ = parse_name_list(m.group("list") + ",", m.start("list"), strict=True)
            marked = find_marked_parties(text, m.start("list"), m.end("list"))
            if marked is not None:
                drafts = _whole_marked_names(drafts, marked.parties)
            if len(drafts) >= 2:
                text_short_names(text, drafts, m.end("list"))
                return PartyList(drafts, Span(m.start("list"), m.end("list")), collective)
    return find_enumerated_parties(text, start, zone_end)


def _whole_marked_names(drafts: list[Draft], marked: list[Draft]) -> list[Draft]:
    """'ondertekend door A (hierna: A), Ondernemersvereniging Strand en Boulevard X
    (hierna: de Strandondernemers) en ...': a name with 'en' in it ends at its short name,
    so its pieces are one party, as the short names mark it."""
    out = list(drafts)
    for whole in marked:
        if " en " not in whole.name:
            continue
        end = whole.start + len(whole.name)
        inside = [d for d in out if whole.start <= d.start and d.start + len(d.name) <= end]
        if len(inside) >= 2:
            at = out.index(inside[0])
            out = [d for d in out if d not in inside]
            out.insert(at, whole)
    return out
