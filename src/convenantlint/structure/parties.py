"""Who the parties are: the party list ('De ondergetekenden:', 'Partijen:', 'De partners
in deze afspraken zijn: ...'), an opening line that names them ('Nederland, Aruba,
Curaçao en Sint Maarten,'), or a preamble sentence ('zijn X, Y en Z het volgende
overeengekomen'). Each entry gives a full name and, when the text gives one, the short
name ('hierna te noemen: "de Gemeente"', '(hierna: Welzijn)', '(de GGD)').

Never invent a party: signatories, bodies and 'Partijen' are not parties, and a line is
only read as a list of names when every piece of it reads as a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Span
from . import vocab
from .layout import ARTICLE_RE, markers
from .text import (BULLET_RE, MD_HEADING_RE, QUOTES, TABLE_SEPARATOR_RE, Line, has_determiner, label_of, occurrences,
                   split_lines, strip_determiner, strip_markup, table_cells)


@dataclass
class Draft:
    """A party as its introduction gives it; mentions come later (mentions.py)."""

    name: str
    key: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class PartyList:
    parties: list[Draft] = field(default_factory=list)
    span: Span | None = None
    collective: list[str] = field(default_factory=list)


_Q = re.escape(QUOTES)

# a place: 'Tilburg', '’s-Hertogenbosch', 'Bergen op Zoom', 'Capelle aan den IJssel'
_PLACE = r"(?:['’]s-)?[A-Z][\w'’-]+(?:\s+(?:(?:op|aan|den|de|der|in|bij|ter|ten)\s+)*[A-Z][\w'’-]+)*"
_PLACE_RE = compile_cached(_PLACE)

# 'hierna te noemen: "de Gemeente"', 'hierna: Welzijn', 'hierna ook aan te duiden als de
# landen', 'hierna gezamenlijk te noemen: Partijen'. The short name runs to a comma,
# semicolon, closing bracket, full stop or the end of the entry; a short name in double
# quotes ends at its closing quote ('hierna te noemen "de verhuurder" en Stichting Y').
HIERNA_RE = compile_cached(
    rf"""(?:\b(?:hierna|hieronder|verder|voortaan)|\bin\s+het\s+(?:onderstaande|vervolg)(?=\s+(?:te\s+noemen|["“„]|['‘](?!s-)))
        |\bnader(?=\s+(?:te\s+noemen|aan\s+te\s+duiden)))(?P<mod>(?:\s+(?:ook|mede|gezamenlijk|samen|tezamen|afzonderlijk|ieder|elk|
            respectievelijk|verder))*)
        (?:\s+in\s+(?:dit|deze)\s+[\w-]+(?=\s+(?:te\s+noemen|genoemd|aangeduid|aan\s+te\s+duiden)))?
        \s*(?:(?:te\s+)?(?:noemen|genoemd|aangeduid|aan\s+te\s+duiden|te\s+duiden)(?:\s+als)?)?
        \s*:?\s*(?:als\s+)?
        (?P<short>(?P<quoted>["“„]|['‘](?!s-))[^"“”„'‘’,;:()\n]{{1,60}}["”'’](?!\w)|[^,;:()\n]{{1,60}}?)
        \s*(?(quoted)|(?=[,;)]|\.(?:\s|$)|$|\n|\s+(?:en|of)\s*$
                            # 'hierna te noemen de verhuurder en stichting Y, hierna te noemen ...'
                            |\s+en\s+(?=[^.;:\n]{{3,120}}?,?\s+hierna\s+(?:te\s+noemen|genoemd)\b)))""",
    re.I | re.X,
)
def naming(text: str, m: re.Match[str]) -> bool:
    """Does this 'hierna' give a name? 'hierna: X', 'hierna te noemen X', '(hierna X)',
    'hierna “X”' do; 'zoals hierna is weergegeven' does not."""
    between = text[m.end("mod"):m.start("short")]
    if ":" in between or re.search(r"noemen|genoemd|aangeduid|duiden", between):
        return True
    if text[m.start("short"):m.start("short") + 1] in QUOTES:
        return True
    return text[max(0, m.start() - 2):m.start()].strip().endswith("(")


BRACKET_RE = compile_cached(r"\(\s*(?P<inner>[^()\n]{1,60}?)\s*\)")
# '**Stichting Welzijn Dorrewaard**, ...': a list entry that opens with a name in bold
_BOLD_NAME_RE = compile_cached(r"\s*(?:[-*•]\s+)?\*\*(?P<name>[^*\n]{2,80})\*\*")


@lru_cache(maxsize=1)
def _alias_intro_re() -> re.Pattern[str]:
    """'in dit stuk gewoon *Welzijn*', 'oftewel *de bieb*': a short name given in prose,
    set off by emphasis or quotes (words in parties.yaml: alias_intro)."""
    words = vocab.alternation(_vocab()["alias_intro"])
    return compile_cached(
        rf"\b(?:{words})\s*:?\s+(?P<short>\*[^*\n]{{1,40}}\*|_[^_\n]{{1,40}}_|[{_Q}][^{_Q}\n]{{1,40}}[{_Q}])",
        re.I)


# '..., in deze tekst kortweg het Landschap;', '..., in dit stuk: de Bieb;': in a list entry
# the short name runs to the end of the entry
_BARE_ALIAS_RE = compile_cached(
    r"\b(?:kortweg|oftewel|ofwel|afgekort(?:\s+tot)?|in\s+(?:dit|deze)\s+(?:stuk|tekst|document|overeenkomst|convenant|verklaring)"
    r"(?:\s+(?:gewoon|kortweg))?\s*:)\s+(?P<short>[^,;:()\n.*_]{2,40}?)\s*"
    r"(?=[,;.)]\s*$|[,;.)]?$|,\s+(?:dat|die|waar\w*|met|sinds)\b)"
    # '- Bibliotheek Dorrestad, voor iedereen in de stad gewoon de Bieb;'
    r"|,\s*(?:[\w-]+\s+){0,6}?gewoon\s+(?P<plain>(?:[Dd]e\s+|[Hh]et\s+)?[A-Z][^,;:()\n.*_]{1,30}?)\s*"
    r"(?=[,;.)]\s*$|[,;.)]?$)")
# '..., die we hierna gewoon De Klankkast noemen': a short name in a relative clause
_WE_CALL_RE = compile_cached(
    r"\s*\b(?:die|dat|welke)\s+(?:we|wij|partijen)\s+(?:hierna|hieronder|verder|voortaan|in\s+(?:dit|deze)\s+(?:stuk|tekst|verklaring))\s+"
    r"(?:gewoon\s+|kortweg\s+|ook\s+)?(?P<short>(?:[Dd]e\s+|[Hh]et\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:noemen|noem)\b")
_BRACKET_INTRO_RE = compile_cached(
    r"^\s*(?:kortweg|oftewel|ofwel|afgekort(?:\s+tot)?|ook\s+wel|roepnaam|verder|voortaan|"
    r"in\s+(?:dit|deze)\s+(?:stuk|tekst|document|convenant|overeenkomst))\s*:?\s+", re.I)
_SPLIT_RE = compile_cached(r"\s*[,;]\s*|(?<!-)\s+(?:en|ende)\s+|(?<=\S),(?=\S)")
_QUOTED_NAME_RE = compile_cached(r'["“„][^"“”„\n]{3,200}["”]')
# Quotes around a name go; an apostrophe inside one stays ("AV '58", "'t Anker").
# (not an apostrophe inside a word: 'Waterschap Hunze en Aa’s')
_QUOTE_RE = compile_cached(rf"(?!['’](?:\d\d\b|t\s|s-))(?<![a-zà-ÿ](?=['’]s\b))[{_Q}]")


@lru_cache(maxsize=None)
def _vocab() -> dict:
    v = vocab.load("parties")
    lower = lambda key: [str(w).lower() for w in v.get(key, [])]  # noqa: E731
    headers = lower("list_headers")
    return {
        "header": compile_cached(
            r"^(?:" + vocab.alternation(headers)
            # a colon inside brackets ('(hierna gezamenlijk: partijen)', '(hierna: X)')
            # is no colon of the header
            + r")\b(?P<mid>(?:[^:()]|\([^()]*\)){0,70}?)\s*(?:(?P<colon>:)\s*(?P<rest>.*))?$", re.I),
        "header_not": vocab.phrase_regex(lower("header_not")),
        "intro_nouns": vocab.phrase_regex(lower("list_intro_nouns")),
        "offices": set(lower("offices")),
        "collective": set(lower("collective")),
        "not_party": vocab.phrase_regex(lower("not_party")),
        "not_heads": vocab.phrase_regex(lower("not_party_heads")),
        "law_name": compile_cached(r"(?:[\w-]*(?:" + vocab.alternation(lower("law_name_endings"))
                                   + r")|algemene\s+wet\b.*)", re.I),
        "place_name": compile_cached(r"[A-ZÀ-Ý][\w'’-]*(?:" + vocab.alternation(lower("place_name_endings"))
                                 + r")", re.I),
        "name_end": compile_cached(
            r"\s*(?:,|;|\(|\s[-–—]\s|:|(?<![\w-])(?:"
            + vocab.alternation(lower("name_end"), longest_first=False)
            + r")(?![\w-]))", re.I),
        "particles": set(lower("name_particles")),
        "org_types": set(lower("org_types")),
        "stop": set(lower("opening_stop")),
        "verbs": set(lower("opening_verbs")),
        "org_words": set(lower("org_types")) | set(lower("org_words")),
        "formula": vocab.phrase_regex(lower("concluding_formula")),
        "alias_intro": sorted(lower("alias_intro"), key=len, reverse=True),
        "unit_words": set(lower("unit_words")),
        "governments": set(lower("governments")),
        "portfolio_head": compile_cached(
            r"(?<![\w-])(?:" + vocab.alternation(lower("portfolio_heads")) + r")\s+(?:van|voor)\s+(?P<rest>.*)$", re.I),
        "portfolio_words": set(lower("portfolio_words")),
        "state_words": set(lower("state_words")),
        "state_short_names": {str(k).lower(): str(w) for k, w in (v.get("state_short_names") or {}).items()},
        "table_name_columns": set(lower("table_name_columns")),
        "table_signer_columns": set(lower("table_signer_columns")),
        "table_short_columns": lower("table_short_columns"),
    }


_ABBREV_END = compile_cached(r"(?:\b[A-Za-z]\.){2,}$")


def _strip_end(s: str) -> str:
    """Trailing punctuation off, but not the dot of 'B.V.' or 'N.V.'."""
    s = s.rstrip().rstrip(",;:").rstrip()
    if s.endswith(".") and not _ABBREV_END.search(s):
        s = s.rstrip(".").rstrip()
    return s


def _clean(s: str) -> str:
    s = _QUOTE_RE.sub("", s).replace("**", "").replace("__", "")
    if len(s) > 2 and s[0] == s[-1] and s[0] in "*_":
        s = s[1:-1]                  # '*Klaverwonen*': emphasis around a short name
    return _strip_end(re.sub(r"\s+", " ", s).strip().lstrip(".,;:").strip())


# The legal form written before a name: 'De publiekrechtelijke rechtspersoon gemeente
# Hoogveld', 'de besloten vennootschap Warmtebedrijf Hoogveld B.V.' are 'gemeente Hoogveld'
# and 'Warmtebedrijf Hoogveld B.V.'.
_LEGAL_DESCRIPTOR_RE = compile_cached(
    r"(?:(?:de|het)\s+)?(?:publiekrechtelijke\s+rechtspersoon|rechtspersoon\s+naar\s+publiekrecht|"
    r"besloten\s+vennootschap(?:\s+met\s+beperkte\s+aansprakelijkheid)?|naamloze\s+vennootschap|"
    r"openbaar\s+lichaam|co[öo]peratieve\s+vereniging|vereniging\s+met\s+volledige\s+rechtsbevoegdheid|"
    r"rechtspersoonlijkheid\s+bezittende\s+(?:vereniging|stichting))"
    r"\s+(?=[A-Z]|(?:gemeente|provincie|waterschap|stichting|vereniging)\b)", re.I)
# the same with a comma before the name: 'De rechtspersoonlijkheid bezittende vereniging,
# Golfclub De Gulbergen gevestigd te Nuenen'
_LEGAL_DESCRIPTOR_COMMA_RE = compile_cached(_LEGAL_DESCRIPTOR_RE.pattern.replace(
    r"\s+(?=[A-Z]|", r"\s*,\s*(?=[A-Z]|"), re.I)


_SEAT_RE = compile_cached(r"\s+(?:gevestigd\s+)?te\s+(?:'s-)?[A-Z][\w'’-]+(?:\s+(?:aan\s+(?:de|het|den)\s+)?[A-Z][\w'’-]+)?$")


def _as_written(name: str) -> str:
    """The name as the text writes it, without a leading article ('De gemeente X' ->
    'gemeente X'), except for an office: 'De Minister van ...', 'Het college van ...'."""
    descriptor = _LEGAL_DESCRIPTOR_RE.match(name)
    if descriptor and len(name) > descriptor.end():
        name = name[descriptor.end():]
    seat = _SEAT_RE.search(name)
    if seat and seat.start() > 0:
        name = name[:seat.start()]      # 'Stichting ROC Rijnoever te Oostwaard': its seat
    parts = name.split(None, 1)
    if len(parts) == 2 and parts[0].lower() in ("de", "het", "den"):
        head = parts[1].split(None, 1)[0].lower()
        if parts[0][0].isupper() and head in _vocab()["offices"]:
            return name     # 'De Minister van ...', 'Het college van ...': an office
        rest = parts[1].split()
        if parts[0][0].isupper() and 2 <= len(rest) <= 3 and rest[-1] in ("B.V.", "N.V.", "U.A.", "V.O.F.") \
                and all(w[:1].isupper() for w in rest) and not _org_word(head):
            return name     # 'De Slenk Recreatie B.V.': a company's name with its capital 'De'
        return parts[1]
    return name


# a number and a plural: 'de Drie Regeringen', 'de twee gemeenten', 'beide provincies'
_COUNTED_GROUP_RE = compile_cached(
    r"(?:de\s+)?(?:beide|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+[a-zà-ÿ-]+(?:en|s)", re.I)


def is_collective(s: str) -> bool:
    low = _clean(s).lower()
    v = _vocab()
    return low in v["collective"] or strip_determiner(low) in v["collective"] or \
        _COUNTED_GROUP_RE.fullmatch(low) is not None


def _not_party(text: str) -> bool:
    """A body or a role, never a party ('Stuurgroep ...', 'wethouder ...'); but the organ
    that signs for a gemeente is one ('Burgemeester en wethouders van de gemeente Assen')."""
    return bool(_vocab()["not_party"].match(text)) and not _BW_RE.match(text)


_BW_RE = re.compile(r"burgemeester\s+en\s+wethouders\b", re.IGNORECASE)


def name_like(name: str, strict: bool = True) -> bool:
    """Does this read as the name of an organisation or country?

    Strict (for loose lines of text): every word capitalised or a name particle, the last
    word capitalised. Loose (inside a party list entry): a capital somewhere, not too long.
    """
    v = _vocab()
    if "s-" in name:        # '’s-Hertogenbosch' is read as 'Hertogenbosch'
        name = re.sub(r"(^|\s)['’]s-(?=[A-Z])", r"\1", name)
    words = name.split()
    if not words or len(words) > (10 if strict else 14) or not (name[0].isalnum()):
        return False
    if _not_party(strip_determiner(name)):
        return False        # 'Stuurgroep ...', 'wethouder ...', 'Partijen': no party
    if re.match(r"^(?:(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mr\.?|drs\.?|dr\.?|ir\.?)\s|[A-Z]\.\s*[A-Z]?\.?)",
                name, re.I):
        return False        # a person: 'de heer J. Jansen', 'J.P. de Vries'
    if is_collective(name):
        return False
    if not any(c.isupper() for c in name):
        return False
    if not strict:
        # 'Waarom we samenwerken' is a heading, 'gemeente Noordstad' and 'Stichting
        # Welzijn Kompas' are names: a name has two capitals, or a type word and one.
        caps = sum(1 for w in words if w[:1].isupper() and w.lower() not in v["particles"] - v["org_types"])
        content = [w for w in words if w.lower() not in ("de", "het")]
        # 'voetbalvereniging WVC '28': a compound of a type counts as the type
        typed = bool(content) and (content[0].lower() in v["org_types"] or _org_word(content[0].lower()))
        return len(content) == 1 or caps >= 2 or (typed and caps >= 1) or \
            sum(1 for w in words if w[:1].isupper()) >= 2
    content = [w for w in words if w.lower() not in ("de", "het")]
    if not content:
        return False
    head = content[0].lower()
    if len(content) >= 2 and (head in v["org_words"] or any(
            head.endswith(t) and len(head) > len(t) + 2 for t in v["org_words"] if len(t) >= 5)):
        content = content[1:]   # 'woningcorporatie Rietwonen', 'basisschool De Klimop'
    for n, w in enumerate(content):
        if not (w[0].isupper() or w[0].isdigit() or w.lower() in v["particles"] or "-" in w
                or (w == "&" and 0 < n < len(content) - 1)       # 'Stichting Duin & Dal'
                or (w.lower() in v["unit_words"] and (n == 0 or content[n - 1].endswith(",")
                                                      # 'Politie district Fryslân', 'GGD regio Noord'
                                                      or (n == 1 and content[0][0].isupper())))
                or _CLUB_YEAR_RE.fullmatch(w)):
            return False        # ('Hogeschool X, lectoraat Y': a unit after a comma is part of it)
    last = content[-1]
    return last[0].isupper() or last[0].isdigit() or bool(_CLUB_YEAR_RE.fullmatch(last))


# a club's founding year after its name: 'WVC '28', 'Ace ’78'
_CLUB_YEAR_RE = compile_cached(r"['’]\d\d")


def _short_names(body: str, after: int) -> tuple[str | None, str | None, list[str]]:
    """(short name, collective name, other aliases) found in an entry after the name."""
    short = collective = None
    aliases: list[str] = []
    for m in HIERNA_RE.finditer(body, after):
        value = _clean(m.group("short"))
        if not value or not naming(body, m):
            continue
        mod = (m.group("mod") or "").lower()
        if any(w in mod for w in ("gezamenlijk", "samen", "tezamen")) or is_collective(value):
            collective = collective or value
        elif short is None and len(value.split()) <= 6:
            # 'hierna: Dijkhuizen of de centrumgemeente': two names for one party
            first, _, other = value.partition(" of ")
            short = first.strip() or value
            if other.strip() and len(other.split()) <= 4:
                aliases.append(other.strip())
    for m in BRACKET_RE.finditer(body, after):
        inner = m.group("inner")
        if re.match(r"\s*hierna\b", inner, re.I):
            continue
        if body.count("(", 0, m.start()) > body.count(")", 0, m.start()):
            continue        # '(waar de ... (GHOR) en de Brandweer onderdeel van uitmaken)':
                            # a unit named inside a description, not the party's short name
        # '(kortweg: het Schap)', '(afgekort: SKOE)', '(ook wel de Bieb)'
        inner = _BRACKET_INTRO_RE.sub("", inner, count=1)
        value = _clean(inner)
        words = value.split()
        if (not value or len(words) > 5 or any(c.isdigit() for c in value)
                or is_collective(value)):
            continue
        head = strip_determiner(value)
        if not head:
            continue
        if not head[0].isupper() and not (has_determiner(value) and len(words) <= 3
                                          and not _not_party(head)):
            continue        # '(de coöperatie)' names the party, '(zie bijlage)' does not
        if short is None:
            short = value
        elif value != short:
            aliases.append(value)
    if short is None:
        intro = _alias_intro_re().search(body, after) or _WE_CALL_RE.search(body, after) \
            or _BARE_ALIAS_RE.search(body, after)
        if intro is not None:
            value = _clean(intro.group("short") or intro.groupdict().get("plain") or "")
            if value and len(value.split()) <= 4 and not is_collective(value):
                short = value
    return short, collective, aliases


# A capital letter or Roman number as the label of a party entry; not a person's initial ('J. de Vries'):
# the entry goes on with an article or an organisation's name, and the caller only asks
# this of list entries.
_CAPITAL_LABEL_RE = compile_cached(r"(?:[A-Z]|II|III|IV|VI|VII|VIII|IX)[.)]\s+(?=(?:de|het)\s|[A-Z][a-zà-ÿ])")


_PERSON_TITLE_RE = compile_cached(r"(?:de\s+)?(?:heer|heren|mevrouw|mevr\.|dhr\.|mw\.|mr\.|drs\.|dr\.|ir\.|prof\.)(?=\s|\w|$)", re.I)


_PERSON_FOR_RE = compile_cached(
    r"(?:de\s+he(?:e)?r(?:en)?|mevrouw|mevr\.|dhr\.|mw\.|mr\.|drs\.|dr\.|ir\.|prof\.)\b[^;:\n]{0,160}?"
    r"\b(?:handelend(?:e)?|optredend(?:e)?)?\s*(?:(?:te\s+dezen|hierbij)\s+)?(?:handelend(?:e)?\s+)?"
    r"(?:voor\s+en\s+)?namens\s+", re.I)


def _entry_start(body: str, capital_labels: bool = True) -> int:
    """Where the text of a list entry starts, after its label ('1.', 'a)', and with
    `capital_labels` 'A.'), its bullet and the spaces after them."""
    skip = len(body) - len(body.lstrip())
    # a bullet and a label may both stand before the text, in either order ('• 1. De
    # vereniging X', '1. • De vereniging X')
    for _ in range(2):
        rest = body[skip:]
        lab = label_of(rest)
        step = lab[1] if lab else 0
        if lab is None and capital_labels:
            capital = _CAPITAL_LABEL_RE.match(rest)      # 'A. de gemeente X', 'B) Stichting Y'
            if capital:
                step = capital.end()
        b = BULLET_RE.match(rest)
        if b:
            step = b.end()
        if not step:
            break
        skip += step
        skip += len(body[skip:]) - len(body[skip:].lstrip())
    return skip


def parse_entry(body: str, offset: int, strict: bool = False) -> tuple[Draft | None, str | None]:
    """One entry of a party list: (the party, a collective name it introduces)."""
    v = _vocab()
    skip = _entry_start(body)
    body_rest = body[skip:]
    if re.match(r"(?:en|ende)\s", body_rest, re.I):      # 'en Stichting Welzijn'
        n = re.match(r"(?:en|ende)\s+", body_rest, re.I).end()
        skip += n
        body_rest = body[skip:]
    if re.match(r"(?:hierna|gezamenlijk|samen)\b", body_rest, re.I):
        _, collective, _ = _short_names(body_rest, 0)
        return None, collective
    descriptor = _LEGAL_DESCRIPTOR_COMMA_RE.match(body_rest)
    if descriptor:
        skip += descriptor.end()
        body_rest = body[skip:]
    person = _PERSON_FOR_RE.match(body_rest)
    if person:
        # 'De heer J. Jansen, wethouder, handelend namens de gemeente Noordstad, hierna: de
        # Gemeente': the person signs; the party is whom they act for
        skip += person.end()
        body_rest = body[skip:]
    bold = _BOLD_NAME_RE.match(body_rest)
    if bold:
        # '- **Stichting Welzijn Dorrewaard**, in dit stuk gewoon *Welzijn*. Onze ...': the
        # name is what the writer put in bold; the rest is about the party. A bracket in
        # the bold ('**Stichting X (SKOE)**') gives the short name.
        m = None
        inner = bold.group("name")
        bracket = inner.find("(")
        raw = body_rest[: bold.start("name") + bracket] if bracket > 0 else body_rest[: bold.end()]
    else:
        m = v["name_end"].search(body_rest)
        raw = body_rest[: m.start()] if m else body_rest
    if m and body_rest[m.start():m.end()].strip() == ",":
        # 'gemeente Rivierstad, team Wijkzaken (hierna: ...)': a short named unit after
        # the comma belongs to the name; 'gevestigd te ...', 'met twee coaches' do not.
        tail = re.match(r",\s*([^,;()]{1,60}?)\s*(?=\(|,|;|$)", body_rest[m.start():])
        words = tail.group(1).split() if tail else []
        if (tail and 1 <= len(words) <= 4 and any(w[:1].isupper() for w in words[1:])
                and not v["name_end"].match(" " + tail.group(1))
                and not re.match(r"(?:met|die|dat|welke|als|en|te|in|op|namens|verder|hierna|voortaan|"
                                 r"kortweg|oftewel|ofwel|afgekort|gezamenlijk)\b", tail.group(1), re.I)
                # ', mevrouw K.H. Ollongren': who signs, not a unit of the party; nor is
                # an apposition ('De Staat der Nederlanden, de minister van Financiën')
                and not _PERSON_TITLE_RE.match(tail.group(1))
                and not re.match(r"(?:de|het)\s+[a-z]", tail.group(1))
                and not any(c.isdigit() for c in tail.group(1))):
            raw = body_rest[: m.start() + tail.end(1)]
    raw = _strip_end(raw)
    conj = re.search(r"\s+(?:en|ende|alsmede)$", raw)
    if conj:
        raw = raw[:conj.start()]    # 'Stichting Muziekschool Vlietland en' ends a line
    name = _clean(raw)
    # 'De gemeente Noordstad' is written 'gemeente Noordstad'; a name in bold such as
    # '**De Hoeve**' is a proper name and keeps its article.
    if not (bold and re.match(r"(?:De|Het)\s+[A-Z]", name)):
        name = _as_written(name)
    if not name:
        return None, None
    short, collective, aliases = _short_names(body_rest, len(raw))
    if not name_like(strip_determiner(name), strict=strict):
        # 'De politie, basisteam Kust, ..., hierna: de politie': an entry that gives the
        # party a short name introduces a party, even when its name is a plain noun.
        # So does a unit of an organisation ('het basisteam X van de politie-eenheid Y').
        unit = any(w.lower() in v["unit_words"] for w in name.split()[:2])
        # So does an entry that names who signs for it: 'De politie, hierbij
        # vertegenwoordigd door het sectorhoofd ...'
        represented = _REPRESENTED_RE.match(body_rest, len(raw)) is not None and _plain_party_name(name) \
            and has_determiner(_clean(raw))
        if not (represented or (short and _named_by_hierna(body_rest, len(raw)) and (_plain_party_name(name) or unit))):
            return None, None
    key = short or name
    if key != name:
        aliases.insert(0, name)
    start = offset + skip + (len(raw) - len(raw.lstrip()))
    end = offset + len(body.rstrip().rstrip(".,;"))
    return Draft(name=name, key=key, start=start, end=max(end, start + len(name)),
                 aliases=[a for a in dict.fromkeys(aliases) if a != key]), collective


def _subgroup(item: str, name: str, parties: list[Draft]) -> bool:
    """'Brakendam, Vennerveld en Veendijk hierna samen: de Gemeenten': a name for some
    of the parties, not for all of them (which 'Partijen' is)."""
    if len(parties) < 3:
        return False
    at = item.find(name)
    before = (item[:at] if at > 0 else item).lower()
    named = [d for d in parties if any(n.lower() in before and _whole_word(n).search(before)
                                       for n in {d.key, d.name})]
    return 2 <= len(named) < len(parties)


@lru_cache(maxsize=512)
def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name.lower())}(?!\w)")


def _named_by_hierna(body: str, after: int) -> bool:
    return any(naming(body, m) for m in HIERNA_RE.finditer(body, after))


# 'hierbij rechtsgeldig vertegenwoordigd door', 'te dezen vertegenwoordigd door': one
# piece for both places that read it (an entry that signs through someone; a name's tail).
_REPRESENTED_BY = (r"(?:(?:hierbij|hierin|rechtsgeldig|te\s+dezen|ten\s+deze|daartoe)\s+){0,3}"
                   r"vertegenwoordigd\s+door\b")
_REPRESENTED_RE = compile_cached(r"\s*,?\s*" + _REPRESENTED_BY, re.I)


def _plain_party_name(name: str) -> bool:
    """'politie, basisteam Stellenburg-Kust', 'gemeente': a short noun phrase that is no
    body, person or collective."""
    v = _vocab()
    core = strip_determiner(name)
    words = core.split()
    return (0 < len(words) <= 6 and core[:1].isalpha() and not _not_party(core)
            and not is_collective(core) and not any(c.isdigit() for c in core))


# --------------------------------------------------------------------------- party list

def _is_stop_line(content: str) -> bool:
    content = content.lstrip(" .·-–")      # '. OVERWEGENDE DAT:' (a stray dot from a PDF)
    if ARTICLE_RE.match(content) or MD_HEADING_RE.match(content):
        return True
    if markers("considerations_start").match(content) or markers("agreement_phrases").search(content):
        return True
    return bool(re.match(r"(?:gelet\s+op|nemen\b|komen\b|verklaren\b|spreken\b)", content, re.I))


def _header_rest(line: Line) -> tuple[bool, str, int] | None:
    """Is this line a party-list header? (yes, inline rest, offset of the rest)."""
    v = _vocab()
    content = strip_markup(line.text)
    is_heading = line.text.startswith("#") or (line.text.startswith("**") and line.text.rstrip().endswith("**"))
    low = content.lower().rstrip()
    if len(content) <= 110 and re.search(r"\b(?:gesloten|aangegaan|overeengekomen)\s+(?:tussen|door)\s*:$"
                                         r"|^(?:tussen|door)\s*:$", low):
        return True, "", line.end
    m = v["header"].match(content)
    if m is None:
        # '1. Partijen', 'Artikel 1 Partijen', '1 Partijen': a numbered heading that
        # names the party list and nothing else.
        bare = re.sub(r"^(?:(?:artikel|art\.)\s+\d{1,2}[a-z]?\s*[.:\-–—]?\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+)",
                      "", content, flags=re.I)
        if bare != content:
            mb = v["header"].match(bare)
            if mb and not (mb.group("mid") or "").strip(" ,") and not (mb.group("rest") or "").strip():
                return True, "", line.end
    if m is None:
        # 'Dit document is opgesteld door vier organisaties ...:', 'Wij zijn de
        # professionals ... van vijf organisaties:' -- a list follows (checked by caller).
        # ('... werken de volgende partijen samen in het Landelijk Beraad:' too, but not
        # 'Partijen komen het volgende overeen:')
        if len(content) <= 220 and low.endswith(":") and v["intro_nouns"].search(low) \
                and not v["header_not"].search(_FOLLOWING_RE.sub(" ", low)):
            return True, "", line.end
        return None
    mid = m.group("mid") or ""
    if v["header_not"].search(mid) or len(mid.split()) > 8:
        return None
    if m.group("colon") is None:
        if not (is_heading or not mid.strip(" ,")):
            return None
        return True, "", line.end
    rest = m.group("rest") or ""
    rest_start = line.start + line.text.find(rest) if rest else line.end
    return True, rest, rest_start


# the header of a list in columns: 'Partij — vertegenwoordigd door', 'Naam - namens'
_COLUMN_HEADER_RE = compile_cached(r"(?:partij|partijen|naam|organisatie)\s+[—–-]+\s+(?:vertegenwoordigd\s+door|"
                               r"vertegenwoordiger|namens|ondertekenaar|ondertekend\s+door)\s*:?\s*$")
# an entry 'Name (short) — who signs for it'
_DASH_ENTRY_RE = compile_cached(r"[^—–]{3,120}?\s[—–]\s+\S")


_LEAD_LABEL_RE = compile_cached(r"^\W*(?:\d+[.)]\s*|[a-z][.)]\s+)?(?:de\s+)?", re.I)


# words of a party entry: where it is established, who represents it, its short name
_ENTRY_WORDS_RE = re.compile(r"\b(?:gevestigd|vertegenwoordigd|hierna)\b", re.IGNORECASE)
# 'de volgende partijen', which announces a list ('volgende' alone does not: 'het volgende')
_FOLLOWING_RE = re.compile(r"\bde\s+volgende\s+(?:[\w-]+\s+)?(?:partijen|organisaties|partners|deelnemers|instellingen)\b")
# a line that announces more entries of the same list: 'En de sectorpartijen:', 'alsmede:'
_SUBHEADER_RE = re.compile(r"(?:en|alsmede|ende)\b(?:\s+[\w-]+){0,4}\s*:$")
# a line that goes on with the entry before it, in lower case
_CONTINUES_RE = re.compile(r"(?:ten\s+deze|te\s+dezen|(?:hierbij\s+|daarbij\s+)?(?:rechtsgeldig\s+)?vertegenwoordigd|gevestigd|kantoorhoudend|handelend\s+(?:als|namens|ter)|rechtsgeldig)\b")
# an entry for several municipalities by their places: 'De gemeenten A, B en C, ...'
_PLURAL_START_RE = re.compile(r"(?:de\s+)?(?:gemeenten|provincies|waterschappen)\s+(?=['’]?[A-Z])", re.IGNORECASE)
# a heading inside a party list: one capitalised plural of a kind of party and a colon
# ('Gemeenten:', 'Werkgeversorganisaties:'; not 'Afspraken:')
_GROUP_LINE_RE = re.compile(r"\s*(?=[A-Z])[\w-]*(?i:organisaties|partijen|partners|gemeenten|provincies|"
                            r"waterschappen|instellingen|corporaties|bedrijven|ondernemingen|verenigingen|"
                            r"stichtingen|aanbieders|besturen|scholen)\s*:\s*")
# a bulleted line with who signs for the entry above: '- Wethouder Werk en Inkomen, gemeente X'
_SIGNER_LINE_RE = re.compile(r"\s*(?:wethouder|burgemeester|voorzitter|directeur|bestuurder|bestuurslid|"
                             r"gedeputeerde|secretaris|rayonmanager|(?-i:X)xx+)\b", re.IGNORECASE)
# a list label or bullet on a line of its own, its entry on the next line
_LABEL = r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[IVX]{1,4}[.)])"
_LABEL_ONLY_RE = re.compile(rf"\s*(?:[-–—•*▪·◦]\s*{_LABEL}?|{_LABEL})\s*")
# the date of the decision an entry ends with, on a line of its own: 'd.d. 10-7-2025.'
_DATE_LINE_RE = re.compile(r"(?:d\.\s?d\.|de\s+dato)\s+[\w./-]+(?:\s+\w+){0,2}\s*[.;,]?\s*$", re.IGNORECASE)
# the end of a party list said on the line that names all parties together
_ENDS_LIST_RE = re.compile(r"[;,]\s*(?:overwegende|in\s+aanmerking\s+nemende|komen\b|verklaren\b)")


def _items(lines: list[Line], first: int, limit: int) -> list[tuple[int, int, str, bool]]:
    """Entries after a header: (start, end, text, is_collective_line) until a stop line."""
    items: list[list] = []
    first_style: str | None = None
    first_depth: int | None = None
    last_number: int | None = None
    prev_blank = True
    prev_text = ""
    joined = False      # an 'en' line since the last entry
    signed = False      # a line with who signs for the last entry
    for j in range(first, len(lines)):
        line = lines[j]
        if line.start >= limit:
            break
        if line.blank:
            prev_blank = True
            continue
        if MD_HEADING_RE.match(line.text):
            break
        content = strip_markup(line.text)
        low = content.lower().strip()
        if items and _SUBHEADER_RE.match(low):
            # 'En de sectorpartijen:' (before the header test: it names 'partijen'): like 'en'
            prev_blank = True
            first_style = first_depth = last_number = None
            continue
        if _header_rest(line) is not None and not re.search(r"\bhierna\s+(?:gezamenlijk|samen|tezamen)\b", low):
            break           # another header: its own list (not 'partijen 2 tot en met 4
                            # hierna samen ook: de Gemeenten;')
        if low.rstrip(",:;") in ("en", "ende", "enerzijds", "anderzijds", "alsmede", "tussen"):
            # between the entries: what follows may be numbered where the entries before
            # were not ('De Minister ...;' / 'en' / '1. De vereniging ...')
            prev_blank = True
            joined = bool(items)
            if items:
                first_style = first_depth = last_number = None
            continue
        if _COLUMN_HEADER_RE.match(low):
            continue        # 'Partij — vertegenwoordigd door': the header of the columns
        if _is_stop_line(content):
            break
        # 'hierna gezamenlijk: Partijen', and a name for some of them between the entries:
        # 'Dalmerveen, Oldenkamp en Strijewaard hierna gezamenlijk ook: de Gemeenten;'
        collective_line = bool(re.match(r"(?:hierna\s+)?(?:gezamenlijk|samen|tezamen)\b|hierna\b", low)
                               or re.search(r"\bhierna\s+(?:gezamenlijk|samen|tezamen)\b", low))
        if collective_line and _PLURAL_RE.match(_LEAD_LABEL_RE.sub("", content)):
            collective_line = False     # 'de gemeenten A, B en C (hierna gezamenlijk: de
                                        # Gemeenten)': an entry of three parties
        # 'Hierna te noemen de gemeente' on a line of its own, after the entry (a text broken
        # into short lines): the short name of that entry, not a name for all of them
        own_short = bool(items and collective_line and re.match(r"hierna\b", low)
                         and not re.search(r"\b(?:gezamenlijk|samen|tezamen|partijen|partners)\b", low))
        if own_short:
            collective_line = False
        lab = label_of(content)
        bullet = BULLET_RE.match(content)
        if lab is None and bullet:
            lab = label_of(content[bullet.end():])      # '• 4. de minister ...': numbered
        style = _label_style(lab[0]) if lab else ("bullet" if bullet else "plain")
        labelled = style != "plain"
        if _GROUP_LINE_RE.fullmatch(content):
            # 'Gemeenten:', 'Werkgeversorganisaties:': a heading inside the list
            prev_blank = True
            first_style = first_depth = last_number = None
            continue
        if items and content.rstrip().endswith(":") and len(content.split()) <= 4 and not bullet \
                and not lab and not _ENTRY_WORDS_RE.search(content):
            break           # 'Afspraken:' right after the list: the next part of the text
        if items and ((bullet and _SIGNER_LINE_RE.match(content, bullet.end())) or (
                re.search(r"vertegenwoordigd\s+door\s*:?\s*$", prev_text, re.I) and _SIGNER_LINE_RE.match(content))):
            # '- Wethouder Werk en Inkomen': who signs for the entry above
            items[-1][1] = line.end
            items[-1][2] += " " + line.text.strip()
            signed = True           # the next line opens the next entry
            prev_text = content
            continue
        label_only = bool(items) and _LABEL_ONLY_RE.fullmatch(items[-1][2]) is not None
        if items and not labelled and (label_only or _CONTINUES_RE.match(content) or _DATE_LINE_RE.match(content)):
            # the same entry, broken by a page layout: '1. Gedeputeerde staten van de provincie
            # Drenthe,' / (blank line) / 'ten deze rechtsgeldig vertegenwoordigd door ...', a
            # decision date on its own line, or the entry of a label on a line of its own ('• 1.'
            # / (blank line) / 'Politie. Voor deze ...')
            items[-1][1] = line.end
            items[-1][2] += " " + (line.text.strip() if label_only else line.text)
            prev_blank = False
            prev_text = content
            continue
        if items and prev_blank and labelled and first_style not in (None, style):
            break           # '1. Waarom we samenwerken' after a bulleted list: a new part
        if items and prev_blank and not labelled and not collective_line and \
                first_style not in (None, "plain"):
            break           # 'Aanleiding' after a bulleted list: a heading, not a party
        if items and prev_blank and first_style == "plain" and len(items) >= 2 and not labelled \
                and not collective_line and _org_name(content) is None and not _PLURAL_RE.search(content) \
                and not re.search(r"\b(?:hierna|gevestigd|vertegenwoordigd)\b", content, re.I):
            break           # 'Waarom' after a one-per-line list of names
        if items and items[-1][3] and not collective_line and not own_short and not joined and not (
                lab and style == "number" and last_number is not None
                and _label_number(lab[0]) == last_number + 1):
            break           # 'hierna samen: Partijen' closes the list (but '5. ...' after
                            # 'hierna gezamenlijk: de Regiogemeenten' after 4. goes on, and
                            # so does the entry after 'hierna samen te noemen: Rijk;' / 'en')
        depth = len(re.findall(r"\d+", lab[0])) if lab and style == "number" else None
        if items and depth is not None and first_depth is not None and depth != first_depth:
            break           # '2. Doel' after '1.1 ..., 1.2 ...': the next section
        if depth is not None and first_depth is None:
            first_depth = depth
        number = _label_number(lab[0]) if lab and style == "number" else None
        if number is not None and last_number is not None and number <= last_number and not (
                number == last_number and _ENTRY_WORDS_RE.search(content)):
            break           # numbering starts again: '1. Inleiding' (a number said twice
                            # before another entry, '1. ... gevestigd te ...', is a slip)
        if lab and style == "number":
            last_number = _label_number(lab[0])
        new = (labelled or prev_blank or signed or not items or collective_line
               or prev_text.endswith((";", "."))
               or (prev_text.endswith(",") and content[:1].isupper())
               # 'de gemeente Westmaas (Westmaas),' / 'de gemeente Ooltveen (Ooltveen),'
               or (prev_text.endswith((")," , ");")) and _starts_name(content))
               # 'Stichting Muziekschool Vlietland en' / 'Stichting Historisch Museum
               # Vlietland,': the last name of a one-per-line list
               or (re.search(r"\s(?:en|ende|alsmede)$", prev_text) is not None
                   and _starts_name(content))
               # '..., mevrouw A. Hoffmann,' / 'en de Stichting X, vertegenwoordigd door ...'
               or (prev_text.endswith(",") and re.match(r"(?:en|ende|alsmede)\s+(?=\S)", content) is not None
                   and _starts_name(re.sub(r"^(?:en|ende|alsmede)\s+", "", content))
                   and _ENTRY_WORDS_RE.search(content) is not None)
               # 'Waterschap X (het Waterschap) — de heer P. Hamstra, ...' / 'Gemeente Y
               # (de Gemeente) — mevrouw E. Tjeerdsma, ...': one party per line, a dash
               # before who signs for it
               or (_DASH_ENTRY_RE.match(prev_text) is not None and _DASH_ENTRY_RE.match(content) is not None
                   and _starts_name(content))
               # 'Gemeente Bergwoude' / 'ROC Rijn en Heuvel': one organisation per line,
               # without punctuation
               or (_org_name(prev_text) is not None and _org_name(content) is not None)
               # 'Gemeente Dalwijk, vertegenwoordigd door ..., mevrouw J.A. Brouwer' and the
               # next party on the next line
               or (re.search(r"\b(?:vertegenwoordigd|gevestigd|rechtsgeldig)\b", prev_text, re.I) is not None
                   and _starts_name(content)
                   and name_like(strip_determiner(_entry_head(content)), strict=False)))
        if own_short:
            new = False
        if new and items and not labelled and not collective_line and re.match(r"(?:…|\.{2,})", content):
            new = False     # '….en daartoe gevolmachtigd door de burgemeester;': the entry
                            # goes on after a date left open ('d.d. ….')
        pieces = _flattened_row(line.text) if new and not labelled and not collective_line else None
        if pieces:
            # 'gemeente Aa en Hunze gemeente Assen gemeente Groningen': a table of parties
            # flattened into one line (text taken from a PDF); each name is an entry
            if first_style is None:
                first_style = style
            for a, b in pieces:
                items.append([line.start + a, line.start + b, line.text[a:b], False])
        elif new:
            if first_style is None and not collective_line:
                first_style = style
            items.append([line.start, line.end, line.text, collective_line])
        else:
            items[-1][1] = line.end
            items[-1][2] += " " + line.text
        prev_blank = False
        prev_text = content
        joined = signed = False
        if _ENDS_LIST_RE.search(low):
            break           # 'hierna verder te noemen de gemeenten; overwegende dat,': the
                            # considerations that follow are no entries
        if len(items) > 40:
            break
    return [tuple(i) for i in items]   # type: ignore[misc]


@lru_cache(maxsize=1)
def _flattened_row_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(re.escape(str(w)) for w in vocab.words("parties", "flattened_row_heads"))
    split = compile_cached(rf"(?<=[\w’'.)])\s+(?=(?i:{heads})\s+[A-Z])")
    first = compile_cached(rf"\s*(?i:{heads})\s+[A-Z]")
    return split, first


def _flattened_row(text: str) -> "list[tuple[int, int]] | None":
    """The spans of the names in a line that holds several government parties one after
    the other without punctuation ('gemeente Aa en Hunze gemeente Assen'), else None."""
    if re.search(r"[,;:()]", text) or len(text) > 300:
        return None
    split, first = _flattened_row_regexes()
    cuts = [m.end() for m in split.finditer(text)]
    if not cuts or not first.match(text):
        return None
    bounds = [0, *cuts, len(text)]
    return [(a, len(text[:b].rstrip())) for a, b in zip(bounds, bounds[1:])]


def _entry_head(item: str) -> str:
    """The words of a bulleted entry before its first comma, dash or colon."""
    body = item[BULLET_RE.match(item).end():] if BULLET_RE.match(item) else item
    return re.split(r"\s*(?:,|;|:|\s[-–—]\s|\()", body, maxsplit=1)[0]


def _starts_name(content: str) -> bool:
    """'de gemeente Ooltveen', 'het Vechtdal College', 'Stichting X': a line that opens
    a new name, not the continuation of the one before ('de heer J. Jansen')."""
    m = re.match(r"(?:(?:de|het)\s+)?(\S+)", content, re.I)
    if not m:
        return False
    head = m.group(1)
    return head[:1].isupper() or head.lower() in _vocab()["org_types"]


def _label_number(label: str) -> int | None:
    core = label.strip("().")
    return int(core) if core.isdigit() else None


def _label_style(label: str) -> str:
    core = label.strip("().")
    return "number" if core.replace(".", "").isdigit() else "letter"


# 'en, met ingang van de datum van toetreding, de Stichting X, ...': the words before the
# entry's name
_ENTRY_LEAD_RE = compile_cached(r"\s*(?:(?:en|alsmede)\b\s*,?\s*)?(?:(?!de\b|het\b)[a-z][^,;]{0,150},\s*(?=(?:de\s+|het\s+)?[A-Z]))?")


def _semicolon_entries(rest: str, offset: int) -> "tuple[list[Draft], list[str]] | None":
    """'De ondergetekenden: de gemeente X, ..., hierna te noemen: de Gemeente; Stichting Y,
    ...; en Z, ...;' on one line: every piece between semicolons is an entry."""
    if rest.count(";") < 1:
        return None
    drafts: list[Draft] = []
    collective: list[str] = []
    for m in re.finditer(r"[^;]+", rest):
        piece = m.group(0)
        if not piece.strip():
            continue
        lead = _ENTRY_LEAD_RE.match(piece)
        at = lead.end() if lead else 0
        draft, coll = parse_entry(piece[at:], offset + m.start() + at, strict=False)
        if coll:
            collective.append(coll)
        if draft is not None and name_like(strip_determiner(draft.name), strict=False):
            drafts.append(draft)
        elif coll is None:
            return None         # a piece that is no entry: prose, not a list
    return (drafts, collective) if len(drafts) >= 2 else None


def _entries_after(lines: list[Line], i: int, zone_end: int,
                   items: "list[tuple[int, int, str, bool]] | None" = None) -> PartyList:
    """The party entries in the list that follows the header line ``lines[i]``."""
    line = lines[i]
    if items is None:
        items = _items(lines, i + 1, zone_end + 4000)
    result = PartyList()
    end = line.end
    for start, stop, item, collective_line in items:
        group = _group_entry(item, start)
        if group is not None:
            # '- de werkgeversorganisaties: VNO-NCW en MKB-Nederland;': the parties are
            # the names after the label, not the label
            fresh = [d for d in group if all(d.key != p.key for p in result.parties)]
            if not fresh:
                break
            result.parties.extend(fresh)
            end = stop
            continue
        lead = _entry_start(item)
        if _PLURAL_START_RE.match(item, lead):
            # 'De gemeenten Barendrecht, Albrandswaard en Ridderkerk (cluster BAR), ...'
            places = _plural_names(item, start) or _places_in_entry(item, start)
            fresh = [d for d in places if all(d.key != p.key for p in result.parties)]
            if fresh:
                result.parties.extend(fresh)
                end = stop
                continue
        draft, collective = parse_entry(item, start, strict=False)
        if collective and not _subgroup(item, collective, result.parties):
            result.collective.append(collective)
        if draft is None:
            if collective_line:
                end = stop
                continue
            break           # prose or a heading: the list (if any) has ended
        if collective_line and not label_of(item):
            end = stop          # 'Dalmerveen, Oldenkamp en Strijewaard hierna gezamenlijk
            continue            # ook: de Gemeenten;': a name for some of the parties
        if any(d.key == draft.key for d in result.parties):
            break
        # '- de gemeenten Aarlo, Bredevoort en Cortveld (hierna ...)': three parties
        plural = _plural_names(draft.name, draft.start) if _PLURAL_RE.fullmatch(draft.name) else []
        if not plural and strip_determiner(draft.name).lower() in _SINGULAR:
            # 'De gemeenten, ... Burgemeester en wethouders van de gemeenten Breda, Eindhoven,
            # Tilburg, ..., hierna te noemen: gemeenten': the places named in the entry
            plural = _places_in_entry(item, start)
            if plural:
                result.collective.append(draft.key)     # 'gemeenten' names them together
        result.parties.extend(plural or [draft])
        end = stop
    result.span = Span(line.start, end)
    return result


# 'de werkgeversorganisaties:', 'De zorgverzekeraars:': a lowercase group word (after an
# optional article) and a colon, then the names of the members
_GROUP_LABEL_RE = compile_cached(r"(?:(?:de|het|De|Het)\s+)?[a-z][\w-]{3,}(?:\s+[a-z][\w-]+){0,2}\s*:\s+(?=\S)")


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


# a longer label that ends in the plural of the members: 'De verhuurders in de gemeenten en
# eventueel andere partijen: Dudok Wonen, Stichting Habion, ...'
_LONG_GROUP_LABEL_RE = compile_cached(
    r"(?:(?:de|het|De|Het)\s+)?[^:;,]{0,140}?\b(?:partijen|organisaties|verhuurders|woningcorporaties|ketenpartners|"
    r"corporaties|instellingen|schoolbesturen|zorgaanbieders|aanbieders|verenigingen|stichtingen|"
    r"bedrijven|ondernemingen)\s*:\s*(?=['’]?[A-Z])")


def _group_entry(item: str, offset: int) -> "list[Draft] | None":
    """The parties of an entry that names a group and then its members, else None."""
    places = _place_group(item, offset)
    if places is not None:
        return places
    skip = _entry_start(item, capital_labels=False)
    m = _GROUP_LABEL_RE.match(item, skip) or _LONG_GROUP_LABEL_RE.match(item, skip)
    if m is None or _CONTINUES_RE.match(item, skip):
        return None
    if re.search(r"\b(?:hierna|noemen|genoemd|aangeduid|duiden)\b", m.group(0), re.I):
        return None     # 'gezamenlijk te noemen: de Sectororganisaties': a name, no group
    # ended with ';' so that `clean` only says whether the list ran into prose; a name for
    # the whole group after it ('..., verder aan te duiden als "de verhuurders"') is left off
    rest = item[m.end():].rstrip()
    naming_tail = re.search(r",?\s*(?:hierna|verder|voortaan|gezamenlijk|(?:allen\s+)?vertegenwoordigd\s+door)\b[^,;]*$", rest, re.I)
    if naming_tail:
        rest = rest[:naming_tail.start()]
    rest = rest.rstrip().rstrip(".;,") + ";"
    drafts, _, clean = parse_name_list(rest, offset + m.end(), strict=True)
    if not clean or not drafts:
        return None
    return drafts


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


_FORMULA_LINE_RE = compile_cached(
    r"\s*(?:zijn|komen|verklaren)\b[^.\n]{0,60}?\b(?:overeengekomen|overeen)\b", re.I)
_FOR_THEM_RE = compile_cached(r"\s*(?:voor\s+deze|namens\s+deze|v\.d\.|p\.o\.)\s*[:,]?\s*$", re.I)


def find_parties_before_formula(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """'De Minister van Defensie' / 'voor deze' / 'De Bevelhebber der Koninklijke marechaussee' /
    'en' / 'De Staatssecretaris van Financiën' / ... / 'zijn het volgende overeengekomen:':
    one party per line before the formula; who signs 'voor deze' is no party."""
    body = [l for l in lines if start <= l.start < zone_end and not l.blank]
    at = next((n for n, l in enumerate(body) if _FORMULA_LINE_RE.match(l.text)), None)
    if at is None:
        return None
    drafts: list[Draft] = []
    n = at - 1
    while n >= 0:
        content = strip_markup(body[n].text).strip().rstrip(",;")
        if n >= 1 and _FOR_THEM_RE.fullmatch(strip_markup(body[n - 1].text)):
            n -= 2      # the officer who signs for the party above
            continue
        if content.lower() in ("en", "ende", "alsmede"):
            n -= 1
            continue
        if len(content.split()) > 12 or not name_like(strip_determiner(content), strict=True):
            break
        name = _as_written(content)
        drafts.insert(0, Draft(name=name, key=name, start=body[n].start + body[n].text.find(content),
                               end=body[n].start + body[n].text.find(content) + len(content)))
        n -= 1
    if len(drafts) < 2:
        return None
    return PartyList(drafts, Span(drafts[0].start, body[at].end), [])


def _opening_lines(lines: list[Line], start: int, zone_end: int, most: int):
    """The first ``most`` lines with text from ``start`` on, before ``zone_end``."""
    seen = 0
    for line in lines:
        if line.start < start or line.blank:
            continue
        if line.start >= zone_end or seen >= most:
            return
        seen += 1
        yield line


def find_group_lines(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """Groups of parties in the opening, each after its label, in lines without a header
    ('De gemeenten: A, B en C; De ketenpartners: X, Y, Z'): a text whose party list lost its
    line breaks."""
    drafts: list[Draft] = []
    first = last = None
    for line in _opening_lines(lines, start, zone_end, 8):
        for seg in re.finditer(r"[^;]+", line.text):
            group = _group_entry(seg.group(0), line.start + seg.start())
            if group:
                drafts.extend(d for d in group if all(d.key != o.key for o in drafts))
                first = line.start if first is None else first
                last = line.start + seg.end()
    if len(drafts) < 2 or first is None or last is None:
        return None
    return PartyList(drafts, Span(first, last), [])


_INLINE_HEADER_RE = compile_cached(r"(?<=\s)(?:(?:de\s+)?ondergetekenden(?:\s*[:,]\s*|\s+(?=1[.)]\s))"
                                   r"|partijen(?:\s*[:,]\s*|\s+)(?=1[.)]\s))", re.I)
_INLINE_LABEL_RE = compile_cached(r"(?:(?<=\s)|^)(?P<n>\d{1,2})[.)]\s+(?=(?:de\s+|het\s+)?(?:['’]s-)?[A-Z])", re.I)


def _numbered_entries(lines: list[Line], i: int, rest: str, offset: int, zone_end: int) -> PartyList | None:
    """'1. De Stichting X, ..., hierna: 'X' 2. Hoogheemraadschap Y, ...': entries numbered
    1, 2, 3 ... in one line."""
    cuts, expect = [], 1
    for m in _INLINE_LABEL_RE.finditer(rest):
        if int(m.group("n")) == expect:
            cuts.append(m.start())
            expect += 1
    if len(cuts) < 2:
        return None
    bounds = [*cuts, len(rest)]
    items = [(offset + a, offset + b, rest[a:b].rstrip(), False) for a, b in zip(bounds, bounds[1:])]
    found = _entries_after(lines, i, zone_end, items)
    return found if len(found.parties) >= 2 else None


def find_party_list(lines: list[Line], zone_end: int) -> PartyList | None:
    for i, line in enumerate(lines):
        if line.start >= zone_end:
            break
        if line.blank:
            continue
        header = _header_rest(line)
        tail = strip_markup(line.text).rstrip()
        if header is not None and tail.endswith(":") and \
                markers("considerations_start").search(tail[-30:]):
            continue        # '..., hierna: de Partijen, Overwegende dat:' opens the considerations
        if header is None:
            # 'DEELNAMEOVEREENKOMST X - Y ONDERGETEKENDEN 1. De Stichting X, ... 2. ...': a
            # text that lost its line breaks
            inline = _INLINE_HEADER_RE.search(line.text)
            if inline is not None and inline.start() > 0:
                found = _numbered_entries(lines, i, line.text[inline.end():], line.start + inline.end(), zone_end)
                if found is not None:
                    return found
        if header is None and re.search(r"\bgemeenten\s*:$", tail, re.I) and len(tail) <= 160:
            # 'De colleges van burgemeester en wethouders van de gemeenten:' / 'Albrandswaard' /
            # 'Barendrecht' / ...: one place per line
            found = _place_lines(lines, i, zone_end)
            if found is not None:
                return found
        if header is None:
            # 'Deze afspraken maken wij:' -- any short line that opens a list, when every
            # entry of that list names a party with its own short name
            # (not the considerations: 'Overwegende dat:' lists reasons, and a programme
            # or body there may have a short name: '(MKBA)')
            if len(line.text) <= 160 and tail.endswith(":") \
                    and not markers("considerations_start").search(tail):
                found = _entries_after(lines, i, zone_end)
                if len(found.parties) >= 2 and all(d.key != d.name for d in found.parties):
                    return found
            continue
        _, rest, rest_start = header
        result = PartyList()
        if rest.strip(" \t•·▪◦*-–—") and label_of(rest.strip()) and \
                _label_style(label_of(rest.strip())[0]) == "number" or re.match(r"\s*I[.)]\s", rest):
            # 'Partijen: 1. De gemeente X, ...;' / '2. Stichting Y, ...': the first entry
            # stands on the header's line, the others follow
            first = (rest_start, line.end, rest, False)
            found = _entries_after(lines, i, zone_end, [first, *_items(lines, i + 1, zone_end + 4000)])
            if len(found.parties) >= 2:
                return found
        if rest.strip(" \t•·▪◦*-–—"):       # ('DE ONDERGETEKENDEN: •': a bullet, no entry)
            inline = _semicolon_entries(rest, rest_start)
            if inline is not None:
                result.parties, result.collective = inline
                result.span = Span(line.start, line.end)
                return result
            drafts, collective, _ = parse_name_list(rest, rest_start, strict=False)
            if len(drafts) >= 1:
                result.parties = drafts
                result.collective += collective
                result.span = Span(line.start, line.end)
                return result
            continue
        items = _items(lines, i + 1, zone_end + 4000)
        if items and len(re.findall(r"\bhierna\b", items[0][2], re.I)) >= 2:
            continue            # all parties in one running line, each marked: read as prose
        if re.match(r"\W*wie\b", strip_markup(line.text), re.I) and any(
                len(it[2].split()) > 12 and not _BOLD_NAME_RE.match(it[2])
                and not (BULLET_RE.match(it[2]) and _org_name(_entry_head(it[2])))
                for it in items[:3]):
            continue            # 'Wie zijn wij?' over prose: the makers are named in the text
        found = _entries_after(lines, i, zone_end, items)
        if len(found.parties) >= 2:   # an agreement has two parties at least
            return found
    return None


def find_headless_list(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """A party list without a header line: its first entry is the first line after the
    title (and a few short lines: a subtitle, a date, a number) and gives its short name or
    its seat or representative ('De Minister van X, handelend als bestuursorgaan, hierna te
    noemen: de Minister;' / 'en' / '1. de Vereniging Y, gevestigd te ...;')."""
    skipped = 0
    for i, line in enumerate(lines):
        if line.start < start or line.blank:
            continue
        if line.start >= zone_end:
            return None
        content = strip_markup(line.text)
        m = HIERNA_RE.search(content)
        named = m is not None and naming(content, m)
        if not named and not _ENTRY_WORDS_RE.search(content):
            # '1.' on a line of its own, a title said again in capitals, a subtitle or a date
            skipped += 1
            if skipped > 4 or not (_LABEL_ONLY_RE.fullmatch(content) or len(content.split()) <= 12):
                return None
            continue
        if len(re.findall(r"\bhierna\b", content, re.I)) >= 2:
            return None     # several in one line: prose that names them, read elsewhere
        first, _ = parse_entry(content, line.start)
        if first is None or not name_like(strip_determiner(first.name), strict=True):
            return None     # 'Dit convenant wordt aangegaan door ...': prose, not an entry
        found = _entries_after(lines, i, zone_end, _items(lines, i, zone_end + 4000))
        # the entries end where a line no longer opens with a name ('Het convenant van 2004
        # komt hiermee te vervallen.')
        keep = next((n for n, d in enumerate(found.parties)
                     if not name_like(strip_determiner(d.name), strict=True)), len(found.parties))
        found.parties = found.parties[:keep]
        return found if len(found.parties) >= 2 else None
    return None


# 'De raden, de colleges van burgemeester en wethouders en de burgemeesters van de gemeenten
# A en B, ieder voor zover het hun bevoegdheden betreft;': the opening of a
# gemeenschappelijke regeling (a joint regulation) names its parties after the bodies of
# each that make it
_EACH_OWN_POWERS_RE = compile_cached(r",?\s*ieder\s+voor\s+(?:zover|zoveel|zoverre|wat)\b", re.I)
_PUBLIC_BODY_RE = compile_cached(
    rf"(?:(?:het|de)\s+)?(?:[Ww]aterschap|[Hh]oogheemraadschap|[Gg]emeente|[Pp]rovincie)\s+{_PLACE}"
    r"(?:\s+en\s+(?!(?:de|het)\b)[A-Z][\w'’-]+)*")


def find_regulation_parties(text: str, start: int, zone_end: int) -> PartyList | None:
    m = _EACH_OWN_POWERS_RE.search(text, start, zone_end)
    if m is None:
        return None
    para = max(start, text.rfind("\n\n", start, m.start()) + 2, m.start() - 800)
    seg = text[para:m.start()]
    drafts: list[Draft] = []
    taken: list[tuple[int, int]] = []
    for plural in _PLURAL_RE.finditer(seg):
        drafts.extend(_plural_names(seg[plural.start():plural.end()], para + plural.start()))
        taken.append((plural.start(), plural.end()))
    for body in _PUBLIC_BODY_RE.finditer(seg):
        if any(a <= body.start() < b for a, b in taken):
            continue
        name = _as_written(body.group(0))
        drafts.append(Draft(name=name, key=name, start=para + body.start(), end=para + body.end()))
    drafts.sort(key=lambda d: d.start)
    unique = [d for n, d in enumerate(drafts) if all(o.key != d.key for o in drafts[:n])]
    if len(unique) < 2:
        return None
    return PartyList(unique, Span(para, m.end()), [])


# ------------------------------------------------------------------------------ tables

# '| Partij | Gevestigd te | Hierna te noemen |': a header row of a table of parties; the
# column words live in parties.yaml (table_name_columns, table_short_columns)


_ALIGNED_GAP = compile_cached(r" {2,}|\t+")


def _table_row(text: str) -> "list[str] | None":
    """The cells of a table row: between pipes ('| A | B |'), or, in plain text, columns
    aligned with runs of spaces or tabs ('Naam      In deze afspraken')."""
    if text.count("|") >= 2:
        return table_cells(text)
    cells = [c for c in _ALIGNED_GAP.split(text.strip()) if c]
    return cells if len(cells) >= 2 else None


_CELL_SHORT_RE = compile_cached(r"(?P<name>.*?\S)\s*\((?:hierna:?\s*|kortweg:?\s*)?(?P<short>(?:de\s+|het\s+)?"
                            r"[A-Z][\w&'’.-]{1,25}(?:\s+[A-Z][\w&'’.-]*){0,2})\)$")


_BOLD_CELL = compile_cached(r"^(?:\*\*|__)[^*_|]+(?:\*\*|__)$")


def _table_body(rows: list[Line]) -> list[tuple[Line, list[str]]]:
    """The rows of a table after its header, with their cells, up to the first line that
    is no table row (separator rows like '|---|---|' left out)."""
    body = []
    for row in rows:
        cells = None if row.blank else _table_row(row.text)
        if cells is None:
            break
        if not TABLE_SEPARATOR_RE.match(row.text):
            body.append((row, cells))
    return body


def _bold_column(body: list[tuple[Line, list[str]]], width: int, name_col: int) -> int | None:
    """The one column (not the name's) whose cell is in bold on every row of the table."""
    rows = [cells for _, cells in body]
    if len(rows) < 2 or any(len(cells) != width for cells in rows):
        return None
    bold = [k for k in range(width)
            if k != name_col and all(_BOLD_CELL.match(cells[k]) for cells in rows)]
    return bold[0] if len(bold) == 1 else None


def find_table_parties(lines: list[Line], zone_end: int, need_short: bool = True,
                       signers: bool = False) -> PartyList | None:
    """Parties in a table, plain or Markdown: a header row with a column for the name
    ('Partij', 'Naam', 'Organisatie') and one for the short name ('Hierna te noemen',
    'Korte naam', 'Afkorting'; without ``need_short`` it may lack one: a last resort, as a
    table of contributions per party has a 'Partij' column too), then one row per party.
    With ``signers``, the table of a signature block: its 'Namens' column holds the
    organisations (its 'Naam' column the persons who sign)."""
    v = _vocab()
    for i, line in enumerate(lines):
        if line.start >= zone_end:
            break
        head_cells = _table_row(line.text)
        if head_cells is None:
            continue
        header = [strip_markup(c).lower().rstrip(":") for c in head_cells]
        columns = v["table_signer_columns"] if signers else v["table_name_columns"]
        name_col = next((k for k, c in enumerate(header) if c in columns), None)
        if name_col is None:
            continue
        short_col = next((k for k, c in enumerate(header)
                          if any(c.startswith(w) for w in v["table_short_columns"])), None)
        body = _table_body(lines[i + 1:])
        if short_col is None:
            short_col = _bold_column(body, len(header), name_col)
        if short_col is None and need_short:
            continue
        drafts: list[Draft] = []
        end = line.end
        for row, cells in body:
            if len(cells) != len(header):
                break
            raw = strip_markup(cells[name_col])
            name = _as_written(_clean(raw))
            # 'Omgevingsdienst Rivierland (ODR)': the short name in brackets in the cell
            bracket = _CELL_SHORT_RE.match(name)
            if bracket and (short_col is None or not _clean(strip_markup(cells[short_col]))):
                name = bracket.group("name")
            if not name or not name_like(strip_determiner(name), strict=False):
                break
            start = row.start + row.text.find(raw) if raw in row.text else row.start
            short = _clean(strip_markup(cells[short_col])) if short_col is not None else ""
            if not short and bracket:
                short = bracket.group("short")
            key = short or name
            drafts.append(Draft(name=name, key=key, start=start, end=row.end,
                                aliases=[name] if key != name else []))
            end = row.end
        if len(drafts) >= 2:
            return PartyList(drafts, Span(line.start, end), [])
    return None


_SIGNS_FOR_RE = compile_cached(r"^\s*(?:voor|namens)\s+(?:de\s+|het\s+)?", re.I)


_PROPER_NAME_RE = compile_cached(r"(?:De|Het|'t)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_ORG_THEN_PERSON_RE = compile_cached(r"\s*(?P<org>[^,\n]{3,80}?)\s*,\s*(?:(?:[A-Z]|IJ|Th|Chr)\.\s*)+(?:[a-z]+\s+){0,2}[A-Z]")


def _signature_org(content: str, signed: bool) -> str | None:
    """The organisation a signature line names ('Voor Stichting X:'); with ``signed`` (a
    person signs on the same line) a proper name like 'De Zwaluwen' is one too."""
    content = _SIGNS_FOR_RE.sub("", content).strip().rstrip(":")
    if any(ch.isdigit() for ch in content):
        return None     # a place and a date
    org = _org_name(content)
    if org is None and signed and _PROPER_NAME_RE.fullmatch(content):
        org = content
    return org


def find_signature_parties(lines: list[Line], start: int, end: int) -> PartyList | None:
    """Parties that only the signature block names: one block of lines each, the
    organisation on the first line ('Gemeente Lindemaas', 'Voor Stichting X:'), then who
    signs for it; or one line each, the organisation and then the person ('De Zwaluwen,
    A. Bakker, voorzitter'). Two organisations at least; a line with a place and a date,
    or a person, names none."""
    drafts: list[Draft] = []
    block: list[Line] = []
    for line in [*(l for l in lines if start <= l.start < end), None]:
        if line is not None and not line.blank:
            block.append(line)
            continue
        # 'VV Heuvelrijk, K. Peters, voorzitter': one line a party, the person after it;
        # else the block's first line names the organisation
        found = [(l, org) for l in block if (m := _ORG_THEN_PERSON_RE.match(strip_markup(l.text)))
                 and (org := _signature_org(m.group("org"), signed=True))]
        if not found and block and (org := _signature_org(strip_markup(block[0].text), signed=False)):
            found = [(block[0], org)]
        for first, org in found:
            if not any(d.name == org for d in drafts):
                at = first.start + max(first.text.find(org), 0)
                drafts.append(Draft(name=org, key=org, start=at, end=at + len(org)))
        block = []
    if len(drafts) < 2:
        return None
    return PartyList(drafts, Span(drafts[0].start, drafts[-1].end), [])


# --------------------------------------------------------------------------- name lists

def _between_ands(word: str, before: str, after: str) -> bool:
    """A single capitalised word with 'en' on both sides ('Aa *en Veen en* Woonbedrijf'):
    in a list of parties, the tail of a place name with 'en' rather than a party (both
    readers of a running list ask this, each with its own check of the neighbours)."""
    return bool(re.fullmatch(r"[A-Z][\w'’-]+", word) and re.fullmatch(r"\s+(?:en|ende)\s+", before)
                and re.fullmatch(r"\s+(?:en|ende)\s+", after))


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
                and not (first in v["org_types"] and len(words) > 1 and words[1][:1].isupper()):
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


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


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


# ------------------------------------------------------------ enumerated organisations

# The words for this text itself: 'Deze afspraken maken ...', 'Dit convenant sluiten ...'
_AGREEMENT_NOUNS = r"afspraken|afspraak|overeenkomst|samenwerkingsovereenkomst|verklaring|intentieverklaring|convenant"
# A sentence that presents the makers: 'Dit document is opgesteld door A, B en C',
# 'Het is een initiatief van A, B en C', 'De partners zijn A, B en C'.
MAKERS_RE = compile_cached(
    r"(?:\b(?:opgesteld|ondertekend|onderschreven|gesloten|aangegaan|uitgesproken|vastgesteld|"
    r"geschreven|gemaakt|getekend)\s+door"
    r"|\b(?:gesloten|aangegaan|afgesloten)\s+tussen"
    r"|\b(?:is|zijn)\s+(?:een\s+)?(?:afspraak|afspraken|overeenkomst|samenwerkingsovereenkomst|verklaring|"
    r"intentieverklaring|convenant)\s+tussen"
    r"|\b(?:een\s+)?(?:gezamenlijk\s+|gemeenschappelijk\s+)?initiatief\s+van"
    r"|\b(?:partners|partijen|deelnemers|ondertekenaars|initiatiefnemers|samenwerkingspartners)"
    r"(?:\s+[a-zë]+){0,4}?\s+zijn"
    r"|\b(?:partners|partijen|organisaties)\s+werken\s+samen\s*:"
    # 'Deze afspraken maken A, B en C met elkaar': the makers after the verb
    rf"|^\s*(?:deze|dit|de)\s+(?:{_AGREEMENT_NOUNS})\s+(?:maken|sluiten|ondertekenen|tekenen|onderschrijven|gaan)\b)"
    r"\s*:?\s+", re.I)
# What may stand between the last maker and the end of the sentence: 'A en B met elkaar.'
_MAKERS_TAIL_RE = compile_cached(r"(?:\s+(?:met\s+elkaar|onderling|samen|gezamenlijk|aan|af))*\s*(?:[.!?,;:]|$)")
# A sentence; the full stop of an initial before a name ('mevrouw S. Koster', 'P. de Vries')
# ends none (that of 'B.V.' may), nor does one before a comma or inside a word or number
# ('Haverdijk N.V., ...', '3.1').
_SENTENCE_RE = compile_cached(r"(?:[^.!?\n]|(?<![.\w][A-Z])(?<=\b[A-Z])\.(?=\s+(?:[A-Z][a-z]|(?:de|van|der|den|ter|ten)\s))"
                          # the last dot of 'B.V.' before a word in lower case: the sentence goes on
                          r"|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])"
                          r"|\.(?=[,\w]))+(?:[.!?](?![\w,])|\n|$)|\n")
_ENUM_SEP_RE = compile_cached(r"\s*,\s*(?:(?:en|ende)\s+)?|\s+(?:en|ende)\s+")
_WE_RE = compile_cached(r"(?<!\w)(?:wij|we|ons|onze)(?!\w)", re.I)


def _org_name(piece: str) -> str | None:
    """The name if this piece reads as an organisation: an organisation word and a name
    ('de gemeente Noordstad', 'Bibliotheek Noorderkwartier', 'Natuurvereniging De
    Grutto', 'GGD Hollands Noorden', 'de GGD') or a name of two capitalised words or more
    ('Theater De Kade'). 'de huisartsen', 'de gemeente', 'Noordstad' are not."""
    v = _vocab()
    name = _as_written(_clean(piece))
    core = strip_determiner(name)
    words = core.split()
    # 'politie eenheid Delta-Noord': a unit word between the type and the name
    plain = " ".join(words[:1] + words[2:]) if len(words) >= 3 and words[1].lower() in v["unit_words"] \
        else core
    if not words or len(words) > 8 or not name_like(plain, strict=True):
        return None
    if _not_party(core) or v["not_heads"].match(core) or v["law_name"].fullmatch(core):
        return None
    head = words[0].lower()
    typed = _org_word(head)
    caps = [w for w in words if w[:1].isupper() and w.lower() not in v["particles"] - v["org_types"]]
    if typed and (len(words) >= 2 or words[0].isupper()):
        return name
    if len(caps) >= 2 and not typed:
        return name
    return None


def _org_word(word: str) -> bool:
    """'stichting', and compounds that end in one: 'jongerenwerkorganisatie'."""
    org = _vocab()["org_words"]
    return word in org or any(word.endswith(t) and len(word) > len(t) + 2 for t in org if len(t) >= 5)


def _unit_of_previous(piece: str) -> bool:
    """'basisteam Vlietmonde-Oever', 'vestiging Lindeveen', 'team Wijkzaken': a unit of
    the organisation named before it, not a party of its own (words: parties.yaml)."""
    words = piece.strip().split()
    return (1 < len(words) <= 4 and words[0].lower() in _vocab()["unit_words"]
            and words[1][:1].isupper())


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
    v = _vocab()
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
            count = len(re.findall(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", body)) - full
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


# --------------------------------------------------------------------- marked names

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
    from .mentions import same_name

    found = find_marked_parties(text, signature.start, signature.end, minimum=1, lone=True)
    names = [n for k in known for n in (k.name, k.key, *k.aliases)]
    return [d for d in (found.parties if found else [])
            if not any(same_name(d.name, n) or same_name(d.key, n) for n in names)]


def find_signing_parties(text: str, start: int, known: list[Draft]) -> list[Draft]:
    """'Deze verklaring wordt ondertekend door A, B en C, en door D, die ...': an
    organisation among the signers that the text did not list is a party too. Only
    organisation names ('Dansschool Move Zandhoven'); persons and offices sign for one."""
    from .mentions import same_name

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
