"""AMB-10 support for the rule engine: references to articles that do not exist,
definitions that are not used (or terms used as defined but never defined), and a party
named in more than one way. Each returns (start, end, detail) with a Dutch detail text
in plain language (B1)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Agreement
from . import vocab
from .layout import ARTICLE_RE, number_value
from .mentions import same_name
from .parties import is_collective, state_short
from .text import QUOTES, strip_determiner, strip_markup

Problem = tuple[int, int, str]

ORDINALS = {w: i for i, w in enumerate(
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste".split(), 1)}
_ORD = "|".join(ORDINALS)
_NUM = r"\d{1,3}[a-z]?|[IVXLC]{1,7}\b"

REF_RE = compile_cached(
    rf"""(?:
        \b(?:het\s+)?(?P<ord>{_ORD})\s+lid\s+van\s+(?:dit\s+|het\s+)?artikel(?:\s+(?P<art_o>{_NUM}))?
      | \blid\s+(?P<lid_n>\d{{1,2}})\s+van\s+(?:dit\s+|het\s+)?artikel(?:\s+(?P<art_l>{_NUM}))?
      | \b(?:artikel|art\.)\s+(?P<art>{_NUM})(?:\.(?P<sub>\d{{1,2}}))?
            (?:,?\s+(?P<ord2>{_ORD})\s+lid|,?\s+lid\s+(?P<lid2>\d{{1,2}}))?
    )""", re.X | re.I)


class _Groups:
    """A match found in the lowercased text, with its groups read from the text itself."""

    __slots__ = ("m", "text")

    def __init__(self, m: re.Match, text: str) -> None:
        self.m, self.text = m, text

    def start(self) -> int:
        return self.m.start()

    def end(self) -> int:
        return self.m.end()

    def group(self, name: str) -> str | None:
        a, b = self.m.span(name)
        return None if a < 0 else self.text[a:b]


def _references(text: str):
    """REF_RE's matches. Without IGNORECASE, on the lowercased text, the expression runs
    several times faster (Python's `re` then skips ahead on first letters)."""
    from .. import compiled_regex

    lower = text.lower()
    if len(lower) != len(text) or not compiled_regex.foldable(REF_RE.pattern, REF_RE.flags):
        yield from REF_RE.finditer(text)     # a letter that changes length when lowercased
        return
    rx = compiled_regex.compile(compiled_regex.lowered(REF_RE.pattern), REF_RE.flags & ~re.IGNORECASE)
    for m in rx.finditer(lower):
        yield _Groups(m, text)


@lru_cache(maxsize=None)
def _layout_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(vocab.words("layout", k)) for k in
            ("external_sources", "not_terms", "law_suffixes", "self_references", "institutions",
             "term_nouns")}


_REF_TAIL = compile_cached(
    rf"^(?:[,\s]|en\b|tot\s+en\s+met\b|t/m\b|de\s+artikelen\b|artikel(?:en)?\b|art\.|lid\b|"
    rf"leden\b|onder\b|letter\b|sub\b|onderdeel\b|\d+(?:\.\d+)?[a-z]?\b|[a-z]\)|(?:{_ORD})\b)+", re.I)


def _external(text: str, end: int) -> bool:
    """'artikel 38, eerste lid, van het Statuut', 'artikel 2:25 BW', 'artikel 11.7 Tw',
    'artikel 5, artikel 13, eerste lid, ... van de IGR': another law or treaty."""
    stop = re.search(r"[.;:\n]\s", text[end:end + 300])
    after = text[end:end + (stop.start() if stop else 300)]
    if re.match(r":\d", text[end:end + 2]):
        return True
    rest = _REF_TAIL.sub("", after, count=1)
    m = re.match(r"(?P<prep>(?:van|uit|der|bij|in)\s+(?:de|het|der)?\s*)?(?P<w>[\w-]+)", rest, re.I)
    if not m:
        return False
    word = m.group("w")
    low = word.lower()
    if low in ("deze", "dit", "onderhavige", "bovenstaand", "voornoemd"):
        return False
    if low in _layout_words()["external_sources"] or low.endswith(("wet", "verdrag")):
        return True
    if not m.group("prep"):
        # 'artikel 11.7 Tw', 'artikel 7:400 BW': an abbreviation straight after.
        return word[:1].isupper() and len(word) <= 6 and rest[:1] == word[:1]
    return word[:1].isupper() and not low.startswith("partij")


def _has_numbered_articles(agreement: Agreement) -> bool:
    text = agreement.text
    return sum(1 for a in agreement.articles
               if ARTICLE_RE.match(strip_markup(text[a.start:a.heading_end]))) >= 2


def _lids(agreement: Agreement, number: str) -> set[int]:
    out: set[int] = set()
    for c in agreement.clauses:
        if c.article != number:
            continue
        label = c.label.strip("().")
        if label.isdigit():
            out.add(int(label))
        elif re.fullmatch(r"\d+\.\d+", label) and label.split(".")[0] == number:
            out.add(int(label.split(".")[1]))
    return out


def crossref_problems(agreement: Agreement) -> list[Problem]:
    if not _has_numbered_articles(agreement):
        return []
    text = agreement.text
    by_value = {number_value(a.number): a for a in agreement.articles}
    numbers = [a.number for a in agreement.articles]
    heads = {a.start for a in agreement.articles}
    out: list[Problem] = []
    for m in _references(text):
        if m.start() in heads or _line_start(text, m.start()) in heads and _is_heading(agreement, m.start()):
            continue
        if _external(text, m.end()):
            continue
        art = m.group("art") or m.group("art_o") or m.group("art_l")
        lid = (ORDINALS.get((m.group("ord") or m.group("ord2") or "").lower())
               or _int(m.group("lid_n")) or _int(m.group("lid2")) or _int(m.group("sub")))
        if art is None:
            here = agreement.article_at(m.start())
            if here is None:
                continue
            article = here
            art = here.number
        else:
            article = by_value.get(number_value(art))
        if article is None:
            out.append((m.start(), m.end(),
                        f"De tekst verwijst naar artikel {art}, maar dat artikel bestaat niet. "
                        f"De artikelen lopen van {numbers[0]} tot en met {numbers[-1]}."))
            continue
        if lid:
            lids = _lids(agreement, article.number)
            if lids and lid not in lids:
                out.append((m.start(), m.end(),
                            f"De tekst verwijst naar lid {lid} van artikel {article.number}, maar "
                            f"artikel {article.number} heeft geen lid {lid} (het heeft {len(lids)} "
                            f"{'lid' if len(lids) == 1 else 'leden'})."))
    return out


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _is_heading(agreement: Agreement, pos: int) -> bool:
    return any(a.start <= pos < a.heading_end for a in agreement.articles)


# --------------------------------------------------------------------------- definitions

def _party_words(agreement: Agreement) -> set[str]:
    words: set[str] = set()
    for p in agreement.parties:
        for n in (p.key, p.name, *p.aliases, *(m.text for m in p.mentions)):
            for w in strip_determiner(n).split():
                words.add(w.lower())
    return words


def _uses(text: str, term: str, start: int, end: int | None = None) -> list[re.Match[str]]:
    rx = re.compile(rf"(?<![\w-]){re.escape(term)}(?:en|s|'s)?(?![\w-])", re.I)
    return list(rx.finditer(text, start, len(text) if end is None else end))


def definition_problems(agreement: Agreement) -> list[Problem]:
    text = agreement.text
    out: list[Problem] = []
    party_words = _party_words(agreement)
    defined = {d.term.lower() for d in agreement.definitions}
    for d in agreement.definitions:
        term = d.term
        if term.lower() in party_words or is_collective(term):
            continue            # a party's short name: party_naming_problems speaks about it
        inline = "hierna" in text[max(0, d.start - 40):d.start].lower()
        line_end = text.find("\n", d.end)
        # After an inline '(hierna: X)' the term may follow on the same line; after a
        # list entry 'X: de x ...' the rest of the line is the definition itself.
        after = d.end if inline else (len(text) if line_end == -1 else line_end)
        if not _uses(text, term, after):
            out.append((d.start, d.end,
                        f"Het begrip '{term}' wordt gedefinieerd, maar daarna niet meer gebruikt. "
                        f"Is de definitie nodig, of heet het later anders?"))
            continue
        if inline:
            floor = agreement.title.end if agreement.title else 0
            early = [u for u in _uses(text, term, floor, d.start - 1) if u.group(0)[:1].isupper()
                     and not _inside(agreement, u.start())]
            if early:
                u = early[0]
                out.append((u.start(), u.end(),
                            f"Het begrip '{term}' wordt hier al gebruikt, maar pas verderop "
                            f"uitgelegd ('hierna: {term}')."))
    out += _undefined_terms(agreement, defined, party_words)
    out.sort()
    return out


def _inside(agreement: Agreement, pos: int) -> bool:
    spans = agreement.unread_spans()
    return any(s.start <= pos < s.end for s in spans)


_CAP_RE = compile_cached(r"\b(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it|die|[Ee]en|[Oo]nze|[Hh]un|haar|zijn) "
                     r"(?P<w>[A-Z][a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)(?![\w-])(?!\s+[A-Z])")
_QUOTED_RE = compile_cached(rf"[{re.escape(QUOTES)}](?P<w>[A-Z][\wà-ÿ-]{{3,}}(?:\s[\wà-ÿ-]+){{0,2}})[{re.escape(QUOTES)}]")


_ADJECTIVE_ENDINGS = ("se", "sche", "isch", "ische")   # 'Nederlandse', 'Caribische'


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ-]+", text))


def _undefined_terms(agreement: Agreement, defined: set[str], party_words: set[str]) -> list[Problem]:
    """Words used as defined terms (capitalised mid-sentence, or in quotes) that the text
    never defines. Reported once, at the first use, when used so at least twice."""
    text = agreement.text
    words = _layout_words()
    skip = words["self_references"] | words["institutions"] | words["not_terms"]
    uses: dict[str, list[tuple[int, int]]] = {}
    for rx in (_CAP_RE, _QUOTED_RE):
        for m in rx.finditer(text):
            w = m.group("w")
            low = w.lower()
            if _inside(agreement, m.start()) or _is_heading(agreement, m.start()):
                continue
            if (low in skip or low in party_words or is_collective(w)
                    or any(low.endswith(s) for s in words["law_suffixes"])
                    or low.endswith(_ADJECTIVE_ENDINGS)):
                continue
            if low in defined or low.rstrip("s") in defined or low.removesuffix("en") in defined:
                continue
            if any(low == d or low.startswith(d) and len(low) - len(d) <= 2 for d in defined):
                continue
            uses.setdefault(low, []).append((m.start("w"), m.end("w")))
    out: list[Problem] = []
    lowered = None
    for low, spans in uses.items():
        if len(spans) < 2:
            continue
        # A common noun written with a capital reads as a defined term ('de Stuurgroep'
        # beside 'een stuurgroep', or a body); a word the text never writes in lowercase
        # is more likely a name ('het Rijksinstituut').
        if low not in words["term_nouns"]:
            lowered = lowered if lowered is not None else _lower_words(text)
            if low not in lowered:
                continue
        start, end = spans[0]
        word = text[start:end]
        out.append((start, end,
                    f"'{word}' wordt gebruikt als een vast begrip (met hoofdletter of tussen "
                    f"aanhalingstekens), maar de tekst legt nergens uit wat ermee bedoeld wordt."))
    return out


# --------------------------------------------------------------------------- party naming

def party_naming_problems(agreement: Agreement) -> list[Problem]:
    """Mentions of a party that deviate from the name the text fixed for it.

    With a short name ('hierna: de Gemeente'), every later mention by another name
    ('gemeente Noordstad', 'Noordstad', 'de gemeente') is reported. A place name or
    'de gemeente' after 'in', 'uit', 'van' is read as a place, not as the party."""
    text = agreement.text
    out: list[Problem] = []
    skip = agreement.unread_spans()
    for party in agreement.parties:
        if same_name(party.key, party.name):
            continue            # no short name was fixed: nothing to deviate from
        if state_short(party.name) == party.key:
            continue            # a state's formal name beside its common one ('het Koninkrijk
                                # der Nederlanden', 'Nederland') is how treaties are written
        intro_end = party.span.end if party.span else 0
        if agreement.party_list:
            intro_end = max(intro_end, agreement.party_list.end)
        for m in party.mentions:
            if m.start < intro_end or any(s.start <= m.start < s.end for s in skip):
                continue
            if same_name(m.text, party.key) or _sentence_initial_same(text, m, party.key):
                continue
            full = same_name(m.text, party.name) or _sentence_initial_same(text, m, party.name)
            if not full and _place_like(text, m):
                continue
            out.append((m.start, m.end,
                        f"Hier staat '{m.text.strip()}', maar de tekst noemt deze partij "
                        f"'{party.key}'. Gebruik overal dezelfde naam."))
    out.sort()
    return out


def _sentence_initial_same(text: str, mention, name: str) -> bool:
    before = text[max(0, mention.start - 8):mention.start].rstrip()
    initial = not before or before[-1] in ".!?:\n" or re.search(r"(?:^|\n)\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[-•*])\s*$", before)
    if not initial:
        return False
    a, b = strip_determiner(mention.text), strip_determiner(name)
    return a[:1].lower() + a[1:] == b[:1].lower() + b[1:]


def _place_like(text: str, mention) -> bool:
    """'inwoners van Noordstad', 'in de gemeente': the place, not the organisation."""
    before = text[max(0, mention.start - 25):mention.start].lower()
    core = strip_determiner(mention.text.strip())
    if len(core.split()) == 1 and core[:1].isupper():
        return bool(re.search(r"\b(?:in|uit|van|binnen|buiten|te|rond|naar)\s*$", before))
    return bool(re.search(r"\b(?:in|binnen|buiten)\s*$", before))
