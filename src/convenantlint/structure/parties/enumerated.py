"""Parties that a sentence of the text enumerates ('Dit convenant wordt gesloten door
A, B en C', 'Deze afspraken maken A, B en C').
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from .names import (Draft, PartyList, _AGREEMENT_NOUNS, _ENUM_SEP_RE, _SENTENCE_RE, _org_name,
                    _org_word, _short_names, _unit_of_previous, _vocab)
from .short_names import text_short_names, text_tail_names
from .marked import find_marked_parties


# A sentence that presents the makers: 'Dit document is opgesteld door A, B en C',
# 'Het is een initiatief van A, B en C', 'De partners zijn A, B en C'.
MAKERS_RE = compile_cached(
    r"(?:\b(?:opgesteld|ondertekend|onderschreven|gesloten|aangegaan|uitgesproken|vastgesteld|"
    r"geschreven|gemaakt|getekend)\s+door"
    r"|\b(?:gesloten|aangegaan|afgesloten)\s+tussen"
    r"|\b(?:is|zijn)\s+(?:een\s+)?(?:afspraak|afspraken|overeenkomst|samenwerkingsovereenkomst|verklaring|"
    r"intentieverklaring|convenant)\s+tussen"
    r"|\b(?:een\s+)?(?:gezamenlijk\s+|gemeenschappelijk\s+)?initiatief\s+van"
    # 'Dit ambitiedocument is een gezamenlijke uitgave van A, B en C'
    r"|\b(?:een\s+)?(?:gezamenlijke\s+|gemeenschappelijke\s+)?(?:uitgave|publicatie)\s+van"
    r"|\b(?:partners|partijen|deelnemers|ondertekenaars|initiatiefnemers|samenwerkingspartners)"
    r"(?:\s+[a-zë]+){0,4}?\s+zijn"
    r"|\b(?:partners|partijen|organisaties)\s+werken\s+samen\s*:"
    # 'Deze afspraken maken A, B en C met elkaar': the makers after the verb
    rf"|^\s*(?:deze|dit|de)\s+(?:{_AGREEMENT_NOUNS})\s+(?:maken|sluiten|ondertekenen|tekenen|onderschrijven|gaan)\b)"
    r"\s*:?\s+", re.I)
# What may stand between the last maker and the end of the sentence: 'A en B met elkaar.'
_MAKERS_TAIL_RE = compile_cached(r"(?:\s+(?:met\s+elkaar|onderling|samen|gezamenlijk|aan|af))*\s*(?:[.!?,;:]|$)")
# 'Op 12 maart 2025 hebben A, B en C overeenstemming bereikt over ...': the makers
# between the auxiliary and what they reached
_AGREED_LEAD_RE = compile_cached(r"\b(?:hebben|zijn)\s+", re.I)
_AGREED_TAIL_RE = compile_cached(
    r"\s+(?:(?:op|in|te)\s+[^,.;:]{1,40}?\s+|met\s+elkaar\s+|onderling\s+|gezamenlijk\s+)?"
    r"(?:overeenstemming\s+bereikt|een\s+(?:akkoord|overeenkomst|convenant)\s+(?:bereikt|gesloten|ondertekend)|"
    r"(?:het\s+volgende\s+)?(?:afgesproken|overeengekomen))\b", re.I)

_WE_RE = compile_cached(r"(?<!\w)(?:wij|we|ons|onze)(?!\w)", re.I)

_TRAILING_BRACKET_RE = compile_cached(r"\s*\([^()\n]{1,60}\)\s*$")
_LEADING_BRACKET_RE = compile_cached(r"\s*\([^()\n]{1,60}\)")


def _bracket_short(bracket: str) -> str | None:
    """'(verder: JWH)', '(hierna: de bibliotheek)' after a name in running text: the short
    name it gives; a bracket that says something else ('(zie bijlage)') gives none."""
    short, collective, _ = _short_names(bracket, 0)
    return None if collective else short


_SIDES_RE = compile_cached(r",\s*(?:enerzijds|anderzijds|ter\s+ene\s+zijde|ter\s+andere\s+zijde)\s*(?=,)")


def _enumeration(s: str, offset: int) -> tuple[list[Draft], int] | None:
    """'A, B en C ...' at the start of ``s``: two organisation names or more, the last
    one after 'en'. Returns the parties and where the enumeration ends in ``s``."""
    v = _vocab()
    drafts: list[Draft] = []
    pos = 0
    # 'A, enerzijds, en B, anderzijds,': the words that set the two sides apart are no
    # names (blanked, so that offsets stay)
    s = _SIDES_RE.sub(lambda m: " " * len(m.group(0)), s)
    for sep in _ENUM_SEP_RE.finditer(s):
        if sep.start() <= pos and drafts:
            continue
        piece = s[pos:sep.start()]
        bracket = _TRAILING_BRACKET_RE.search(piece)
        short = _bracket_short(bracket.group(0)) if bracket else None
        if short:
            piece = piece[:bracket.start()]
        name = _org_name(piece)
        if name is None and drafts and _unit_of_previous(piece):
            # 'de politie eenheid Delta-Noord, basisteam Vlietmonde-Oever': the team is
            # part of the party before it
            last = drafts[-1]
            last.name = last.key = f"{last.name}, {piece.strip()}"
            last.end = offset + sep.start()
            pos = sep.end()
            if re.search(r"\b(?:en|ende)\s+$", sep.group(0)):
                break
            continue
        if name is None:
            return None
        at = pos + piece.find(name) if name in piece else pos
        drafts.append(Draft(name=name, key=short or name, start=offset + at, end=offset + sep.start(),
                            aliases=[name] if short else []))
        pos = sep.end()
        if re.search(r"\b(?:en|ende)\s+$", sep.group(0)):
            break
    else:
        return None
    # the last item: the run of name words after 'en' ('Stichting Computerhulp
    # Noorderkwartier vinden ...'), up to a lowercase word or punctuation
    rest = s[pos:]
    words = list(re.finditer(r"[^\s,;:()]+", rest))
    k = 0
    end = 0
    while k < len(words):
        w = words[k].group(0).rstrip(".!?")
        low = w.lower()
        if k > 0 and rest[words[k - 1].end():words[k].start()].strip():
            break       # punctuation in between
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if w[:1].isupper() or w[:1].isdigit() or (k == 0 and low in ("de", "het")) \
                or ((_org_word(low) or low in v["unit_words"]) and nxt[:1].isupper()) \
                or (low in v["particles"] and k > 0 and nxt[:1].isupper()):
            end = words[k].start() + len(w)
            k += 1
            if w != words[k - 1].group(0):
                break   # a full stop ended the name
            continue
        break
    name = _org_name(rest[:end]) if end else None
    if name is None:
        return None
    bracket = _LEADING_BRACKET_RE.match(rest, end)
    short = _bracket_short(bracket.group(0)) if bracket else None
    drafts.append(Draft(name=name, key=short or name, start=offset + pos + rest.find(name),
                        end=offset + pos + end, aliases=[name] if short else []))
    if short:
        end = bracket.end()
    if len({d.name.lower() for d in drafts}) < len(drafts):
        return None
    return drafts, pos + end


_TOGETHER_RE = compile_cached(r"\s*(?:Samen|Tezamen|Gezamenlijk)\s+met\s+")
_SUBJECT_AFTER_VERB_RE = compile_cached(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:zet|zetten|werkt|werken|gaat|gaan|wil|willen|maakt|maken|"
    r"pakt|pakken|start|starten|zorgt|zorgen|neemt|nemen|spreekt|spreken|bouwt|bouwen|kiest|kiezen)\s+"
    r"(?P<subject>(?:de|het)\s+[\w-]+(?:\s+[A-Z][\w'’-]+){1,3}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def _together_with(sent: str, offset: int) -> "tuple[list[Draft], int] | None":
    """'Samen met A, B en C zet de gemeente D zich in ...': the organisations named
    together with the subject, and the subject, are the makers."""
    lead = _TOGETHER_RE.match(sent)
    if lead is None:
        return None
    got = _enumeration(sent[lead.end():], offset + lead.end())
    if got is None:
        return None
    drafts, used = got
    subject = _SUBJECT_AFTER_VERB_RE.match(sent, lead.end() + used)
    name = _org_name(subject.group("subject")) if subject else None
    if name is None or any(d.name.lower() == name.lower() for d in drafts):
        return None
    at = offset + subject.start("subject") + subject.group("subject").find(name)
    return [*drafts, Draft(name=name, key=name, start=at, end=at + len(name))], subject.end()


# 'A, B en C, hierna te noemen “de partijen”, ...': the enumeration is the party list
_ALL_NAMED_RE = re.compile(
    r"\s*,?\s*(?:(?:enerzijds|anderzijds)\s*,\s*)?\(?\s*hierna\s+(?:gezamenlijk\s+|samen\s+|tezamen\s+)?(?:te\s+noemen|genoemd)?\s*:?\s*"
    r"[“„\"'‘]?\s*(?:de\s+)?[“„\"'‘]?\s*(?:verdragsluitende\s+|overeenkomstsluitende\s+)?"
    r"(?:partijen|partners|deelnemers|ondertekenaars)\b", re.IGNORECASE)


def find_enumerated_parties(text: str, start: int, zone_end: int) -> PartyList | None:
    """Parties named only in running text: an enumeration of organisations in the
    opening that presents the makers ('Dit document is opgesteld door A, B en C'), or
    that is the subject of a sentence followed by 'wij' ('A, B en C vinden dat ...
    Daarom spreken wij ...'). Organisations mentioned in passing ('in overleg met de
    GGD en de huisartsen') are no parties."""
    end = min(zone_end, len(text), start + 4000)
    marked = find_marked_parties(text, start, end)
    sentences = [m for m in _SENTENCE_RE.finditer(text, start, end) if m.group(0).strip()]
    for n, sm in enumerate(sentences):
        sent = sm.group(0)
        got = None
        for mk in MAKERS_RE.finditer(sent):
            got = _enumeration(sent[mk.end():], sm.start() + mk.end())
            if got:
                rest = sent[mk.end() + got[1]:]
                if not _MAKERS_TAIL_RE.match(rest):
                    got = None      # 'opgesteld door A en B in opdracht van ...'
            if got:
                break
        if got is None:
            for lead in _AGREED_LEAD_RE.finditer(sent):
                got = _enumeration(sent[lead.end():], sm.start() + lead.end())
                if got and _AGREED_TAIL_RE.match(sent, lead.end() + got[1]):
                    break
                got = None
        if got is None:
            got = _together_with(sent, sm.start())
        named_all = False
        if got is None:
            lead = len(sent) - len(sent.lstrip())
            got = _enumeration(sent[lead:], sm.start() + lead)
            if got:
                rest = sent[lead + got[1]:]
                after = " ".join(m.group(0) for m in sentences[n + 1:n + 3])
                named_all = _ALL_NAMED_RE.match(rest) is not None
                if not (re.match(r"\s+[a-z]", rest) and _WE_RE.search(rest + " " + after)
                        or named_all):
                    got = None      # a subject with a verb, and then 'wij': the makers;
                                    # or the list is named 'de partijen' right after it
        # (an enumeration that the text names 'de partijen' is the party list, whatever
        # short names the considerations give to programmes or bodies: '(MKBA)')
        if got and marked is not None and not named_all:
            # the short names mark the parties, and that reading is better, unless this
            # enumeration holds the marked ones it names and more ('A, B, C (verder: C) en D')
            inside = [d for d in marked.parties if sm.start() <= d.start < sm.end()]
            if not inside or len(got[0]) <= len(inside):
                return None
        if got:
            drafts = got[0]
            text_short_names(text, drafts, drafts[-1].end)
            text_tail_names(text, drafts, drafts[-1].end)
            return PartyList(drafts, Span(drafts[0].start, drafts[-1].end), [])
    return None
