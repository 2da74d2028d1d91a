"""Parties that join later: 'treedt toe', 'sluit zich aan', 'wordt mede ondertekend
door', named in an article or the signature block.
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from ..text import strip_determiner
from .names import Draft, _SENTENCE_RE, _org_name, name_like
from .short_names import text_tail_names
from .marked import find_marked_parties


# 'Deze verklaring wordt mede ondertekend door X (hierna: ...)', 'Ook Y sluit zich aan
# (hierna: ...)': parties that join after the list.
_JOIN_RE = compile_cached(r"\b(?:mede\s+)?(?:ondertekend|getekend)\s+door\b|\bsluit\w*\s+zich\s+(?:\w+\s+)?aan\b|"
                      r"\b(?:neemt|nemen)\s+(?:\w+\s+)?deel\b|\btreedt\s+(?:\w+\s+)?toe\b", re.I)
# 'In april 2026 heeft Hogeschool X (de hogeschool) zich bij ons aangesloten', 'is ...
# toegetreden': a party that joined, named before the verb.
# the dots of a legal form ('B.V.', 'U.A.'), which do not end a sentence
_LEGAL_DOT = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\."
# a character inside a sentence, those dots included
_IN_SENTENCE = rf"(?:[^.;!?]|{_LEGAL_DOT})"
_JOINED_RE = compile_cached(rf"\b(?:heeft|hebben)\s+{_IN_SENTENCE}{{0,160}}?\bzich\s+(?:[\w-]+\s+){{0,3}}?aangesloten\b|"
                        rf"\b(?:is|zijn)\s+{_IN_SENTENCE}{{0,160}}?\btoegetreden\b", re.I)
# The organisation itself, when the sentence gives it no short name: 'Op 1 maart 2027 is
# Jeu-de-boulesclub Het Zwijntje toegetreden', 'heeft ook Vervoerder X B.V. zich ... aangesloten'.
_JOINED_SUBJECT_RE = compile_cached(
    r"\b(?:is|zijn|heeft|hebben)\s+(?:(?:ook|eveneens|inmiddels|nu|daarnaast|tevens)\s+)*"
    rf"(?P<org>(?:de\s+|het\s+)?[A-Z](?:[^.;!?,()]|{_LEGAL_DOT}){{2,80}}?)\s+"
    r"(?:(?:per|op|sinds|met\s+ingang\s+van)\s+[^.;!?]{0,30}?\s+)?"
    r"(?:toegetreden|zich\s+(?:[\w-]+\s+){0,3}?aangesloten)\b")
_JOINS_SUBJECT_RE = compile_cached(r"\b(?:sluit|sluiten)\s+(?P<org>(?:de\s+|het\s+)?[A-Z][^.;!?,()]{2,80}?)\s+zich\s+"
                               r"(?:[\w-]+\s+){0,3}?aan\b")


def _joined_parties(text: str, start: int, end: int, cue: re.Pattern[str], subject_re: re.Pattern[str],
                    known: list[Draft]) -> list[Draft]:
    """The organisation of each sentence that says it joins (``cue``): by its short name
    in brackets, else the subject that ``subject_re`` reads."""
    out: list[Draft] = []
    for sm in _SENTENCE_RE.finditer(text, start, end):
        if not cue.search(sm.group(0)):
            continue
        found = find_marked_parties(text, sm.start(), sm.end(), minimum=1, lone=True)
        drafts = found.parties if found else []
        subject = None if drafts else subject_re.search(sm.group(0))
        name = _org_name(subject.group("org")) if subject else None
        if name:
            # 'Op 1 maart 2027 is Jeu-de-boulesclub Het Zwijntje toegetreden': no short name
            # given; the part of the name the text uses from then on, if any
            at = sm.start() + subject.start("org") + subject.group("org").find(name)
            joined = Draft(name=name, key=name, start=at, end=at + len(name))
            text_tail_names(text, [joined], at + len(name))
            drafts = [joined]
        for d in drafts:
            if not any(d.key == k.key or d.name == k.name for k in known + out):
                out.append(d)
    return out


def _wants_and_signs(text: str, start: int, end: int, known: list[Draft]) -> list[Draft]:
    """'Na de eerste avond heeft ook Stichting X (X) laten weten mee te willen doen. ...
    Zij/X ondertekent deze verklaring als vijfde partner.': an organisation with its own
    short name that wants to take part, and signs in one of the two sentences after."""
    out: list[Draft] = []
    sentences = [sm for sm in _SENTENCE_RE.finditer(text, start, end) if sm.group(0).strip()]
    for n, sm in enumerate(sentences):
        if not _WANTS_TO_JOIN_RE.search(sm.group(0)):
            continue
        found = find_marked_parties(text, sm.start(), sm.end(), minimum=1, lone=True)
        for d in found.parties if found else []:
            if any(d.key == k.key or d.name == k.name for k in known + out):
                continue
            later = [x.group(0) for x in sentences[n + 1:n + 3]]
            signs = any(_SIGNS_NEXT_RE.match(x) or (x.lstrip().startswith(d.key) and _SIGNS_TOO_RE.search(x))
                        for x in later)
            if signs:
                out.append(d)
    return out


def find_joining_parties(text: str, start: int, end: int, known: list[Draft]) -> list[Draft]:
    """Parties that a sentence after the party list adds, each with its own 'hierna:'
    short name: 'Deze verklaring wordt mede ondertekend door Noordwest Netbeheer B.V.
    (hierna: Noordwest), en door ... (hierna: Dorpsbelang).'"""
    out: list[Draft] = []
    for sentence in re.finditer(r"[^\n]+", text[start:end]):      # paragraph by paragraph
        body = sentence.group(0)
        cue = _JOIN_RE.search(body)
        marker = body.lower().find("hierna", cue.end() if cue else 0)
        if cue is None or marker < 0 or marker - cue.end() > 200:
            continue
        s0 = start + sentence.start()
        found = find_marked_parties(text, s0, s0 + len(body), minimum=1)
        for d in found.parties if found else []:
            if not any(d.key == k.key or d.name == k.name for k in known + out):
                out.append(d)
    out.extend(_joined_parties(text, start, end, _JOINED_RE, _JOINED_SUBJECT_RE, known + out))
    # 'Ook basisschool De Klimop heeft laten weten dat zij mee wil doen, en ondertekent
    # deze verklaring.': one organisation, right after the list, that signs too; or
    # 'Na de eerste avond heeft ook Stichting X (X) laten weten mee te willen doen. Zij
    # ondertekent deze verklaring als vijfde partner.'
    out.extend(_wants_and_signs(text, start, min(end, start + 600), known + out))
    for sm in _SENTENCE_RE.finditer(text, start, min(end, start + 600)):
        sent = sm.group(0)
        if not _SIGNS_TOO_RE.search(sent):
            continue
        subject = _JOINING_SUBJECT_RE.match(sent)
        name = _org_name(subject.group("org")) if subject else None
        if name and not any(name == k.name or name == k.key for k in known + out):
            at = sm.start() + subject.start("org") + subject.group("org").find(name)
            joined = Draft(name=name, key=name, start=at, end=at + len(name))
            text_tail_names(text, [joined], at + len(name))     # 'De Klimop' from then on
            out.append(joined)
    return out


# 'Stichting Mantelzorg (hierna: Mantelzorg) treedt per 1 januari 2027 toe tot deze
# overeenkomst': a party that joins in an article, later than the party list.
_ACCEDES_RE = compile_cached(r"\b(?:treedt|treden)\b[^.;!?]{0,160}?\btoe\b|\b(?:verklaart|verklaren)\b[^.;!?]{0,160}?\btoe\s+te\s+treden\b", re.I)
# 'Per 1 januari 2027 sluit Mixed Hockeyclub X (MHC X) zich aan.': joining this agreement,
# not some other plan ('sluit zich aan bij het beleid van de provincie')
_JOINS_RE = compile_cached(
    # 'sluit X (hierna: X) bij deze afspraken aan'
    r"\b(?:sluit|sluiten)\s+[^.;!?]{0,160}?\bbij\s+(?:deze|dit|de|het|ons|onze)\s+(?:afspraken|overeenkomst|convenant|"
    r"samenwerking|verklaring|intentieverklaring|aanpak)\s+aan\s*(?:[.;!?]|$)|"
    r"\b(?:sluit|sluiten)\s+[^.;!?]{0,160}?\bzich\s+(?:[\w-]+\s+){0,3}?aan"
    r"(?:\s+bij\s+(?:deze|dit|de|het|ons|onze)\s+(?:afspraken|overeenkomst|convenant|samenwerking|"
    r"verklaring|intentieverklaring|aanpak|partners|partijen)|\s+als\s+(?:partner|partij|deelnemer))?"
    r"\s*(?:[.;!?]|$)", re.I)
# 'Op 2 maart 2026 heeft ook Vervoerder X B.V. zich bij deze verklaring aangesloten': joined
# this agreement, told anywhere in the text
_THIS_AGREEMENT = (r"(?:deze|dit|onze)\s+(?:afspraken|overeenkomst|convenant|samenwerking|verklaring|"
                   r"intentieverklaring|samenwerkingsovereenkomst|aanpak)")
_JOINED_THIS_RE = compile_cached(
    rf"\b(?:heeft|hebben)\s+{_IN_SENTENCE}{{0,160}}?\bzich\s+bij\s+{_THIS_AGREEMENT}\s+aangesloten\b|"
    rf"\b(?:is|zijn)\s+{_IN_SENTENCE}{{0,160}}?\btoegetreden\s+tot\s+{_THIS_AGREEMENT}\b", re.I)


def find_acceding_parties(text: str, start: int, end: int, known: list[Draft]) -> list[Draft]:
    """Organisations that an article names as joining, each with its own short name
    ('hierna: ...') before the verb: 'X (hierna: X) treedt ... toe'. A clause on how a
    partner may join ('Een nieuwe partij kan toetreden') names no one and adds nothing."""
    out: list[Draft] = []
    for sm in _SENTENCE_RE.finditer(text, start, end):
        sent = sm.group(0)
        cue = _ACCEDES_RE.search(sent)
        if cue is None:
            continue
        # 'X (hierna: X) treedt ... toe', 'treedt X (hierna: X) toe'
        marker = sent.lower().rfind("hierna", 0, cue.end())
        if marker < 0 or cue.start() - marker > 120:
            continue
        label = _CLAUSE_LABEL_RE.match(sent)         # '3.1 ', 'a. ', '- '
        begin = sm.start() + (label.end() if label else 0)
        inverted = marker > cue.start()
        if inverted:
            begin = sm.start() + cue.start() + len(cue.group(0).split()[0])
        found = find_marked_parties(text, begin, sm.start() + (cue.end() if inverted else cue.start()),
                                    minimum=1)
        for d in found.parties if found else []:
            if not any(d.key == k.key or d.name == k.name for k in known + out):
                out.append(d)
    out.extend(_joined_parties(text, start, end, _JOINS_RE, _JOINS_SUBJECT_RE, known + out))
    out.extend(_joined_parties(text, start, end, _JOINED_THIS_RE, _JOINED_SUBJECT_RE, known + out))
    out.extend(_wants_and_signs(text, start, end, known + out))
    return out


# 'wordt ondertekend door', also with a date or place between: 'wordt op 12 oktober 2026 in
# Zandmeer ondertekend door'
_SIGNED_BY_RE = compile_cached(r"\b(?:wordt|worden|is|zijn)\s+(?:[^\s.;:]+\s+){0,8}?(?:mede\s+)?(?:ondertekend|getekend)"
                           r"\s+door\s+", re.I)


def find_signature_joiners(text: str, signature: Span, known: list[Draft]) -> list[Draft]:
    """Organisations in the signature block that carry a short name of their own and are
    no party yet: they join by signing ('Voor toetreding: Stichting X (hierna: X)')."""
    from ..mentions import same_name

    found = find_marked_parties(text, signature.start, signature.end, minimum=1, lone=True)
    names = [n for k in known for n in (k.name, k.key, *k.aliases)]
    return [d for d in (found.parties if found else [])
            if not any(same_name(d.name, n) or same_name(d.key, n) for n in names)]


def find_signing_parties(text: str, start: int, known: list[Draft]) -> list[Draft]:
    """'Deze verklaring wordt ondertekend door A, B en C, en door D, die ...': an
    organisation among the signers that the text did not list is a party too. Only
    organisation names ('Dansschool Move Zandhoven'); persons and offices sign for one."""
    from ..mentions import same_name

    out: list[Draft] = []
    names = [n for k in known for n in (k.name, k.key, *k.aliases)]
    for sm in _SENTENCE_RE.finditer(text, start):
        sent = sm.group(0)
        cue = _SIGNED_BY_RE.search(sent)
        if cue is None:
            continue
        pos = cue.end()
        for piece in re.split(r"\s*,\s*(?:en\s+(?:door\s+)?)?|\s+en\s+(?:door\s+)?", sent[cue.end():]):
            at = sent.find(piece, pos)
            pos = at + len(piece) if at >= 0 else pos
            org = _org_name(piece.rstrip(".!? "))
            if org is None or not name_like(strip_determiner(org), strict=True):
                continue
            if any(same_name(org, n) or strip_determiner(org).lower() in n.lower() for n in names) or \
                    any(d.name == org for d in out):
                continue
            begin = sm.start() + at + max(piece.find(org), 0)
            out.append(Draft(name=org, key=org, start=begin, end=begin + len(org)))
    return out


_CLAUSE_LABEL_RE = compile_cached(r"\s*(?:\d+(?:\.\d+)*\.?|[a-z]\.|[a-z]\)|[-*•])\s+")


_SIGNS_TOO_RE = compile_cached(
    r"\b(?:ondertekent|ondertekenen|tekent|tekenen)\s+(?:ook\s+)?(?:deze|dit|het|de)\s+(?:verklaring|intentieverklaring|"
    r"convenant|overeenkomst|document|afspraken|akkoord)\b|\b(?:tekent|tekenen)\s+(?:[\w-]+\s+){0,3}mee\b", re.I)
# 'heeft laten weten mee te willen doen', 'wil ook meedoen', 'doet vanaf nu mee'
_WANTS_TO_JOIN_RE = compile_cached(r"\bmee\s+(?:te\s+)?(?:willen\s+|gaan\s+)?doen\b|\bmee\s+wil(?:len)?\s+doen\b|"
                               r"\b(?:wil|willen)\s+(?:ook\s+)?meedoen\b|\b(?:doet|doen)\s+(?:[\w-]+\s+){0,3}?mee\b", re.I)
# the next sentence: 'Zij ondertekent deze verklaring als vijfde partner.'
_SIGNS_NEXT_RE = compile_cached(r"\s*(?:zij|ze|hij|ook\s+zij|deze\s+(?:stichting|vereniging|organisatie|partij))\s+"
                            r"(?:ondertekent|ondertekenen|tekent|tekenen)\s+(?:ook\s+)?(?:deze|dit|het|de|mee)\b", re.I)
_JOINING_SUBJECT_RE = compile_cached(
    r"\s*(?:Ook|Daarnaast|Verder|Tot\s+slot)\s+(?P<org>(?:de\s+|het\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+"
    r"(?:heeft|hebben|ondertekent|ondertekenen|tekent|tekenen|sluit|sluiten|doet|doen|wil|willen|is|gaat)\b")
