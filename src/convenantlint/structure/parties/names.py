"""What one entry of a party list names: the party's full name and its short name
('hierna te noemen: "de Gemeente"', '(hierna: Welzijn)', '(de GGD)'), and whether a
piece of text reads as the name of an organisation at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from .. import vocab
from ..text import BULLET_RE, QUOTES, has_determiner, label_of, strip_determiner


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
    r"""(?:\b(?:hierna|hieronder|verder|voortaan)|\bin\s+het\s+(?:onderstaande|vervolg)(?=\s+(?:te\s+noemen|["“„]|['‘](?!s-)))
        |\bnader(?=\s+(?:te\s+noemen|aan\s+te\s+duiden)))(?P<mod>(?:\s+(?:ook|mede|gezamenlijk|samen|tezamen|afzonderlijk|ieder|elk|
            respectievelijk|verder))*)
        (?:\s+in\s+(?:dit|deze)\s+[\w-]+(?=\s+(?:te\s+noemen|genoemd|aangeduid|aan\s+te\s+duiden)))?
        \s*(?:(?:te\s+)?(?:noemen|genoemd|aangeduid|aan\s+te\s+duiden|te\s+duiden)(?:\s+als)?)?
        \s*:?\s*(?:als\s+)?
        (?P<short>(?P<quoted>["“„]|['‘](?!s-))[^"“”„'‘’,;:()\n]{1,60}["”'’](?!\w)|[^,;:()\n]{1,60}?)
        \s*(?(quoted)|(?=[,;)]|\.(?:\s|$)|$|\n|\s+(?:en|of)\s*$
                            # 'hierna te noemen de verhuurder en stichting Y, hierna te noemen ...'
                            |\s+en\s+(?=[^.;:\n]{3,120}?,?\s+hierna\s+(?:te\s+noemen|genoemd)\b)))""",
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
_MAYOR_AND_RE = re.compile(r"^(?:de\s+)?burgemeesters?\s+en\s+(?=(?:het|de)\s+colleges?\s+van\b)", re.IGNORECASE)


def name_like(name: str, strict: bool = True) -> bool:
    """Does this read as the name of an organisation or country?

    Strict (for loose lines of text): every word capitalised or a name particle, the last
    word capitalised. Loose (inside a party list entry): a capital somewhere, not too long.
    """
    v = _vocab()
    if "s-" in name:        # '’s-Hertogenbosch' is read as 'Hertogenbosch'
        name = re.sub(r"(^|\s)['’]s-(?=[A-Z])", r"\1", name)
    # 'de burgemeester en het college van burgemeester en wethouders van de gemeente X' is
    # read as the college (the mayor signs along for his own powers)
    name = _MAYOR_AND_RE.sub("", name, count=1)
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
    r"(?:(?:voor\s+en\s+)?namens|(?:als\s+)?(?:daartoe\s+)?(?:gemachtigde|gevolmachtigde|vertegenwoordiger)\s+van)\s+", re.I)


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
        # So does an office that acts for a public body ('de hoofdofficier van justitie in
        # het arrondissement Noord, handelend als het Openbaar Ministerie'), named in more words.
        acting = _ACTING_AS_RE.match(body_rest, len(raw)) is not None
        represented = (_REPRESENTED_RE.match(body_rest, len(raw)) is not None or acting) \
            and _plain_party_name(name, most=8 if acting else 6) and has_determiner(_clean(raw)) \
            and not _PERSON_TITLE_RE.match(name)
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
# 'de korpschef van politie, handelend als bestuursorgaan van de Politie': an office that
# acts for a public body is a party (also with where it serves between: 'de hoofdofficier
# van justitie in het arrondissement Noord, handelend als ...')
_ACTING_AS_RE = compile_cached(r"[^;:()\n]{0,80}?,?\s*(?:(?:allen|beiden)\s+)?handelend\s+(?:als|in\s+de\s+hoedanigheid\s+van)\b",
                               re.I)


def _plain_party_name(name: str, most: int = 6) -> bool:
    """'politie, basisteam Stellenburg-Kust', 'gemeente': a short noun phrase (at most
    `most` words) that is no body, person or collective."""
    core = strip_determiner(name)
    words = core.split()
    return (0 < len(words) <= most and core[:1].isalpha() and not _not_party(core)
            and not is_collective(core) and not any(c.isdigit() for c in core))


def _between_ands(word: str, before: str, after: str) -> bool:
    """A single capitalised word with 'en' on both sides ('Aa *en Veen en* Woonbedrijf'):
    in a list of parties, the tail of a place name with 'en' rather than a party (both
    readers of a running list ask this, each with its own check of the neighbours)."""
    return bool(re.fullmatch(r"[A-Z][\w'’-]+", word) and re.fullmatch(r"\s+(?:en|ende)\s+", before)
                and re.fullmatch(r"\s+(?:en|ende)\s+", after))


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# The words for this text itself: 'Deze afspraken maken ...', 'Dit convenant sluiten ...'
_AGREEMENT_NOUNS = r"afspraken|afspraak|overeenkomst|samenwerkingsovereenkomst|verklaring|intentieverklaring|convenant"

# A sentence; the full stop of an initial before a name ('mevrouw S. Koster', 'P. de Vries')
# ends none (that of 'B.V.' may), nor does one before a comma or inside a word or number
# ('Haverdijk N.V., ...', '3.1').
_SENTENCE_RE = compile_cached(r"(?:[^.!?\n]|(?<![.\w][A-Z])(?<=\b[A-Z])\.(?=\s+(?:[A-Z][a-z]|(?:de|van|der|den|ter|ten)\s))"
                          # the last dot of 'B.V.' before a word in lower case: the sentence goes on
                          r"|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])"
                          r"|\.(?=[,\w]))+(?:[.!?](?![\w,])|\n|$)|\n")
# (not the 'en' of an elided compound: 'Bouw- en Techniekbedrijven Dommeldal')
_ENUM_SEP_RE = compile_cached(r"\s*,\s*(?:(?:en|ende)\s+)?|(?<!-)\s+(?:en|ende)\s+")


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
