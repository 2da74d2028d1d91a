"""Short names the text gives the parties after the list: 'hierna noemen we hen
kortweg ...', a name's tail used alone ('de hogeschool'), a descriptor, a state's
short name.
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ..text import occurrences, strip_determiner
from .names import (Draft, HIERNA_RE, _ENUM_SEP_RE, _clean, _org_word, _subgroup, _vocab,
                    is_collective, naming)


# 'Hierna noemen we hen kortweg de gemeente, de bibliotheek, het ROC en De Linde.': short
# names for the parties just listed, in the same order
_RESPECTIVE_RE = compile_cached(
    r"[^.\n]{0,80}?[.;,]?\s*(?:\(\s*)?(?:hierna|verder|voortaan|in\s+(?:dit|deze)\s+(?:stuk|tekst|verklaring|convenant|overeenkomst))\s+"
    r"(?:noemen\s+(?:we|wij)\s+(?:hen|ze|die|deze|elkaar)(?:\s+partijen|\s+organisaties|\s+partners)?"
    r"|(?:worden|zijn)\s+(?:zij|ze|deze)(?:\s+partijen|\s+organisaties|\s+partners)?\s+(?:ook\s+)?(?:respectievelijk\s+)?"
    r"(?:genoemd|aangeduid\s+als)"
    r"|(?:respectievelijk\s+)?(?:te\s+noemen|genoemd)|respectievelijk)"
    r"\s*:?\s*(?:kortweg\s+|respectievelijk\s+|gewoon\s+)*(?P<list>[^.\n()]{3,300}?)\s*(?:\)|[.\n]|$)", re.I)


def respective_short_names(text: str, drafts: list[Draft], after: int) -> None:
    """Short names given together right after the list, in its order ('Hierna noemen we
    hen kortweg A, B, C en D.'): each party gets its own, when the counts agree."""
    m = _RESPECTIVE_RE.match(text, after)
    if not m:
        return
    names = [_clean(x) for x in _ENUM_SEP_RE.split(m.group("list")) if x.strip()]
    if len(names) != len(drafts) or any(not n or len(n.split()) > 4 for n in names):
        return
    # a name for all of them ('„de Verdragsluitende Partijen”, komen ...') is no list of
    # short names, nor is the verb that follows it
    if any(is_collective(n) or not re.match(r"(?:(?:de|het|'t)\s+\S|\S*[A-Z0-9])", n) for n in names):
        return
    for d, short in zip(drafts, names):
        if short != d.key:
            if d.name not in d.aliases and d.name != short:
                d.aliases.insert(0, d.name)
            d.key = short


def text_short_names(text: str, drafts: list[Draft], after: int) -> None:
    """A party named without a short name that the text then calls by its type alone
    ('het Waterschap Lagemaat' ... 'Het waterschap deelt ...') gets that as its short
    name, when no other party has that type and the text uses it more often than the
    full name; a name in a signature line ('Voor X:'), a table row or a footer with all
    the parties is no naming choice. A compound type counts whole or by its last part:
    'Muziekschool X' is 'de muziekschool', 'Stadstheater Y' is 'het theater'."""
    types = [_type_words(strip_determiner(d.name).split()[0].lower()) for d in drafts]
    body = text[after:]
    lines = body.split("\n")
    for d, words in zip(drafts, types):
        if state_short(d.name):
            continue        # a state or government: state_names gives its name
        if d.key != d.name or d.aliases or not words or \
                any(w in o for w in words for o in types if o is not words):
            continue
        core = strip_determiner(d.name)
        alternatives = "|".join(re.escape(w) for w in words)
        shorts = [m for m in re.finditer(rf"(?<!\w)((?i:de|het))\s+(?i:{alternatives})(?!\w)(?!\s+[A-Z0-9])",
                                         body)]
        if not shorts or (len(shorts) < 2 and shorts[0].group(0).split()[-1].lower() != words[0]):
            continue        # the last part of a compound type ('het bedrijf') once says little
        full = 0
        rx = re.compile(rf"(?<!\w){re.escape(core[1:])}(?!\w)")
        for line in lines:
            hits = [m for m in rx.finditer(line) if m.start() > 0 and line[m.start() - 1].lower() == core[0].lower()]
            if not hits:
                continue
            others = sum(1 for o in drafts if o is not d and strip_determiner(o.name)[1:] in line)
            if re.match(r"\s*(?:voor|namens|ondertekend|handtekening|\|)", line, re.I) or others:
                continue
            full += len(hits)
        if len(shorts) > full:
            det = shorts[0].group(1).lower()
            written = shorts[0].group(0).split()[-1]
            d.aliases.insert(0, d.name)
            d.key = f"{det} {written if written.isupper() else written.lower()}"


def _type_words(head: str) -> tuple[str, ...]:
    """The words the text may use for a party whose name starts with `head`: the head
    when it is an organisation word, and for a compound ('stadstheater') also the
    organisation word it ends in ('theater')."""
    org = _vocab()["org_words"]
    if head in org:
        return (head,)
    tail = next((t for t in sorted(org, key=lambda t: (-len(t), t))
                 if len(t) >= 5 and head.endswith(t) and len(head) > len(t) + 2), None)
    return (head, tail) if tail else ()


_LEGAL_FORM_RE = compile_cached(r"\s+(?:B\.V\.|N\.V\.|U\.A\.|V\.O\.F\.|C\.V\.|BV|NV|UA)\s*$")


def text_tail_names(text: str, drafts: list[Draft], after: int, once: bool = False) -> None:
    """A party listed by its full name only ('Woonstichting Het Bergwouder Huis',
    'Bouwbedrijf Gebr. Van Dam B.V.') that the text then calls by the last part of that
    name ('Bergwouder Huis', 'Van Dam') gets that part as its short name: the longest
    part the text uses at least twice, and more often than the full name. Not for a
    government whose last word is its place ('Gemeente Bergwoude' is not 'Bergwoude')."""
    v = _vocab()
    body = text[after:]
    for d in drafts:
        if d.key != d.name or d.aliases or state_short(d.name):
            continue        # (a state or government: state_names gives its name)
        core = _LEGAL_FORM_RE.sub("", strip_determiner(d.name))
        words = core.split()
        if len(words) < 2 or words[0].lower() in v["governments"] and len(words) == 2:
            continue
        full = len(re.findall(rf"(?<!\w){re.escape(core)}(?!\w)", body))
        best: tuple[str, int] | None = None
        parts = [" ".join(words[k:]) for k in range(1, len(words))]
        if len(words) >= 3 and any(o is not d and words[-1] in o.name for o in drafts):
            # 'Stichting Buurtbemiddeling Vlietmonde' beside 'gemeente Vlietmonde': the text
            # says 'Buurtbemiddeling'
            parts += [" ".join(words[k:-1]) for k in range(1, len(words) - 1)]
        for tail in parts:
            if not tail[:1].isupper() or tail.lower() in v["org_words"] or len(tail) < 3:
                continue
            if any(o is not d and re.search(rf"(?<!\w){re.escape(tail)}(?!\w)", o.name) for o in drafts):
                continue        # 'Veenoord' in three names: the place, not this party
            uses = list(re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", body))
            if " " not in tail and sum(1 for m in uses if _PLACE_PREP_RE.search(body, max(0, m.start() - 12), m.start())) * 2 >= len(uses):
                continue        # 'Bibliotheek Drieland' in a text about 'de inwoners van Drieland': the region
            count = len(uses) - full
            # once is enough when the full name never comes back ('Sportservice zet ...in')
            if count < (1 if full == 0 and once else 2) or count <= full:
                continue
            if best is None or count > best[1] + 1:
                best = (tail, count)
        if best is None:
            # 'Stichting Katholiek Onderwijs Dalwijk' that the text calls 'KOD'
            initials = "".join(w[0] for w in words[1:] if w[:1].isupper())
            if len(initials) >= 2 and words[0].lower() in v["org_types"]:
                count = len(re.findall(rf"(?<![\w-]){initials}(?![\w-])", body))
                if count >= 2 and not any(o is not d and initials in o.name for o in drafts):
                    best = (initials, count)
        if best is None and words[0].lower() in v["org_types"]:
            best = _compound_initials(body, words[1:], d, drafts)
        if best is not None:
            d.aliases.insert(0, d.name)
            d.key = best[0]


_PLACE_PREP_RE = compile_cached(r"\b(?:in|van|uit|rond|binnen|buiten|heel|regio|naar)\s+$", re.I)
_PLACE_BEFORE_RE = compile_cached(r"\b(?:sportpark|park|wijk|buurt|plein|straat|kerk|zaal|gebouw|locatie|terrein|"
                              r"centrum|sporthal|hal|veld|complex|accommodatie|haven|dorp|polder|gebied|"
                              r"parkeerplaats|kade|laan|weg)\s+$")


def descriptor_names(text: str, drafts: list[Draft], after: int) -> None:
    """'kinderopvangorganisatie Het Speelkwartier', 'basisschool De Klimop': a lowercase
    type before a proper name. When the text goes on to use the proper name on its own,
    that is the short name."""
    body = text[after:]
    for d in drafts:
        if d.key != d.name:
            continue
        words = d.name.split()
        # 'Supermarkt De Korenaar': a capital type word too, when the name has its own article
        own_article = len(words) > 2 and words[1] in ("De", "Het", "'t") and words[2][:1].isupper()
        typed = own_article or (words[0][:1].islower() and _org_word(words[0].lower()))
        if len(words) < 2 or not typed \
                or not words[1][:1].isupper() or words[0].lower() in _vocab()["governments"]:
            continue        # 'gemeente Noordstad' is not 'Noordstad', the place
        proper = " ".join(words[1:])
        alone = [m for m in re.finditer(rf"(?<![\w-]){re.escape(proper)}(?![\w-])", body)
                 if not body[max(0, m.start() - len(words[0]) - 1):m.start()].strip().lower() == words[0].lower()]
        # (not a place named the same: 'sportpark De Kolk' beside the club 'MHC De Kolk')
        alone = [m for m in alone if not _PLACE_BEFORE_RE.search(body, max(0, m.start() - 30), m.start())]
        if alone and not any(o is not d and proper in o.name for o in drafts):
            d.aliases.insert(0, d.name)
            d.key = proper


def state_short(name: str) -> str | None:
    """'het Koninkrijk der Nederlanden' -> 'Nederland', 'de Regering van het Koninkrijk
    België' -> 'België', 'de Regering van de Nederlandse Antillen' -> 'Nederlandse
    Antillen', 'Vlaams Gewest' -> 'Vlaanderen'; None for any other name."""
    v = _vocab()
    known = v["state_short_names"]
    plain = re.sub(r"^(?:de|het)\s+", "", name.strip(), flags=re.I)
    core = re.sub(r"^regering\s+van\s+(?:(?:het|de)\s+)?", "", plain, flags=re.I)
    government = core != plain
    if core.lower() in known:
        return known[core.lower()]
    words = core.split()
    if government and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
            and words[0].lower() not in v["state_words"]:
        return core         # 'de Regering van de Nederlandse Antillen': the country itself
    if len(words) < 2 or words[0].lower() not in v["state_words"]:
        return None
    rest = words[1:]
    while rest and rest[0].lower() in ("der", "van", "de", "den"):
        rest = rest[1:]
    if not rest or not all(w[:1].isupper() for w in rest) or len(rest) > 3:
        return None
    land = " ".join(rest)
    return known.get(land.lower(), land)


def state_names(text: str, drafts: list[Draft], after: int) -> None:
    """A state or region that signs by its formal name and that the text then calls by its
    common name ('het Koninkrijk der Nederlanden' ... 'Nederland draagt bij'): that name,
    used twice or more after the party list, is its short name."""
    body = text[after:]
    for d in drafts:
        if d.key != d.name:
            continue
        short = state_short(d.name)
        if not short or any(o is not d and short in o.name for o in drafts):
            continue
        # once is enough for the last words of the name ('land Nederlandse Antillen'); a
        # name of another form ('Nederland' for 'Koninkrijk der Nederlanden') needs two
        tail = d.name.endswith(" " + short)
        alone = len(re.findall(rf"(?<![\w-]){re.escape(short)}(?![\w-])", body))
        if tail:
            # ('de Republiek Suriname' again is the full name, not the short one)
            alone -= len(re.findall(rf"(?<![\w-]){re.escape(strip_determiner(d.name))}(?![\w-])", body))
        if alone >= (1 if tail else 2):
            d.aliases.insert(0, d.name)
            d.key = short


_CAPS_WORD_RE = compile_cached(r"(?<![\w-])(?:(?:de|het)\s+)?([A-Z]{3,5})(?![\w-])")


def _compound_initials(body: str, name_words: list[str], d: Draft, drafts: list[Draft]) -> "tuple[str, int] | None":
    """'Stichting Jeugdgezondheidszorg Vallei-Oost' that the text calls 'de JGZ': an
    abbreviation of three to five capitals, used twice or more, whose letters stand in
    order in the name (the first one at its start) and in no other party's name."""
    if not name_words:
        return None
    flat = " ".join(name_words).lower()
    counts: dict[str, int] = {}
    for m in _CAPS_WORD_RE.finditer(body):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    found = []
    for abbr, count in counts.items():
        if count < 2 or abbr[0].lower() != flat[0] or any(abbr in o.name or abbr == o.key for o in drafts):
            continue
        if _letters_in_order(abbr.lower(), flat) and not any(
                o is not d and _letters_in_order(abbr.lower(), strip_determiner(o.name).lower()) for o in drafts):
            found.append((abbr, count))
    if len(found) != 1:
        return None
    abbr, count = found[0]
    det = re.search(rf"(?<![\w-])(de|het)\s+{abbr}(?![\w-])", body, re.I)
    return (f"{det.group(1).lower()} {abbr}" if det else abbr), count


def _letters_in_order(letters: str, text: str) -> bool:
    at = 0
    for ch in letters:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


# 'Deze verklaring wordt ondertekend door de gemeente X, ... en het Y College.' (the stop
# after an initial or 'B.V.' does not end the list; after an acronym such as 'GGZ.' it does)
SIGNED_LIST_RE = compile_cached(
    r"\b(?:ondertekend|opgesteld|gesloten|aangegaan|uitgesproken|onderschreven)\s+door\s*:?\s+"
    r"(?P<list>(?:(?:de|het)\s+)?[A-Za-z].{3,500}?)(?:(?<![A-Z])|(?<=[A-Z]{2}))\.(?=\s|$)", re.S)


def find_inline_collective(text: str, start: int, end: int, parties: list[Draft] | None = None) -> list[str]:
    """Collective names given elsewhere in the preamble ('hierna gezamenlijk: Partijen');
    not a name for some of the ``parties`` ('A, B en C hierna samen: de Gemeenten')."""
    found = []
    for at in occurrences(text.lower(), "hierna", start, end):
        m = HIERNA_RE.match(text, at)
        if m is None or not naming(text, m):
            continue
        value = _clean(m.group("short"))
        mod = (m.group("mod") or "").lower()
        if value and (any(w in mod for w in ("gezamenlijk", "samen", "tezamen")) or is_collective(value)):
            line = max(text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
            if parties and _subgroup(text[line:m.end()], value, parties):
                continue
            found.append(value)
    return found
