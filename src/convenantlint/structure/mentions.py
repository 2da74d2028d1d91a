"""Where the text refers to each party: its short name, full name, declared aliases,
an acronym that occurs, a distinctive end of its name ('Noordstad' for 'gemeente
Noordstad', 'Suriname' for 'Regering van de Republiek Suriname') and the generic 'de
gemeente' -- the last two only when no other party could be meant.

One regular expression over the whole text, longest form first, so 'gemeente
Noordstad' is one mention and not 'Noordstad' inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Mention, Party
from . import vocab
from .parties import _LEGAL_FORM_RE, Draft, _vocab
from .text import DETERMINERS, has_determiner, strip_determiner

KEY, NAME, ALIAS, ACRONYM, SUFFIX, TYPE = range(6)


@dataclass(frozen=True)
class Form:
    core: str                  # the words without a determiner
    fold: bool                 # first letter in either case
    det: str                   # 'optional' | 'required' | 'none'
    key: str
    kind: int
    length: int
    not_before_capital: bool = False   # 'de gemeente', not 'de gemeente Zuidstad'


def _form(name: str, fold: bool, key: str, kind: int, det: str = "optional",
          not_before_capital: bool = False) -> Form:
    core = strip_determiner(name) if has_determiner(name) else name
    return Form(core, fold, det, key, kind, len(name), not_before_capital)


def _literal(words: list[str], fold_first: bool) -> str:
    parts = []
    for i, w in enumerate(words):
        esc = re.escape(w)
        if i == 0 and fold_first and w[:1].isalpha() and w[0].lower() != w[0].upper():
            esc = f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:])
        parts.append(esc)
    return r"\s+".join(parts)


def _acronym(name: str) -> str | None:
    v = _vocab()
    initials = [w[0] for w in name.replace("-", " ").split()
                if w[:1].isupper() and w.lower() not in v["particles"]]
    return "".join(initials) if len(initials) >= 2 else None


def _has_word(text: str, word: str) -> bool:
    """Does ``word`` occur as a whole word, in exactly this case? (str.find: fast)"""
    at = text.find(word)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        at = text.find(word, at + 1)
    return False


def build_forms(drafts: list[Draft], text: str) -> list[Form]:
    v = _vocab()
    forms: list[Form] = []
    title = next((line for line in text.splitlines() if line.strip()), "").lower()
    own: dict[str, set[str]] = {}            # word sequences each party's names contain
    for d in drafts:
        seqs: set[str] = set()
        for n in [d.name, d.key, *d.aliases]:
            words = strip_determiner(n).split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    seqs.add(" ".join(words[i:j]))
        own[d.key] = seqs

    def unique(candidate: str, key: str) -> bool:
        return not any(candidate in seqs for k, seqs in own.items() if k != key)

    types: dict[str, list[str]] = {}
    for d in drafts:
        # The key, as the text defines it: case matters ('de gemeente' is another form).
        forms.append(_form(d.key, False, d.key, KEY))
        forms.append(_form(d.name, True, d.key, NAME))
        for alias in d.aliases:
            if alias != d.name:
                forms.append(_form(alias, False, d.key, ALIAS))
        words = strip_determiner(d.name).split()
        # The name without its legal form ('Haven Rivierstad' for 'Haven Rivierstad
        # N.V.'), and an organisation's own name before the unit it names ('Humanitas'
        # for 'Humanitas afdeling Hoogveld')
        for short in _short_forms(words, v):
            if short not in (d.key, strip_determiner(d.key)) and unique(short, d.key) and \
                    (" " in short or (len(short) >= 4 and not _has_word(text, short.lower()))):
                forms.append(_form(short, False, d.key, SUFFIX))
        # Acronyms: capitals inside the name ('GGD' in 'GGD Noord'), or its initials.
        for w in words:
            if len(w) >= 2 and w.isupper() and w.isalpha() and unique(w, d.key) and w != d.key:
                forms.append(_form(w, False, d.key, ACRONYM))
        acr = _acronym(d.name)
        if acr and acr not in words and _has_word(text, acr):
            forms.append(_form(acr, False, d.key, ACRONYM))
        # Distinctive ends of the name: 'Noordstad', 'Republiek Suriname', 'Suriname'; not
        # past a unit word ('Bibliotheek X, vestiging Oostkade': 'Oostkade' is the branch).
        unit_at = next((i for i, w in enumerate(words) if i and w.lower() in v["unit_words"]), len(words))
        for i in range(1, unit_at):
            head = words[i]
            if not head[:1].isupper() or head.lower() in v["particles"]:
                continue
            suffix = " ".join(words[i:])
            if suffix in (d.key, strip_determiner(d.key)) or not unique(suffix, d.key):
                continue
            if i == len(words) - 1:
                # One word: only a name if the text never uses it as a common noun.
                if len(head) < 4 or _has_word(text, head.lower()):
                    continue
            # The place the title is about ('Wijkaanpak Rietlanden', 'Buurtwarmte De
            # Kampen') names the area, not 'Bewonersvereniging Rietlanden'; a government
            # is its place, and a title with the whole name is about the party.
            if words[0].lower() not in v["governments"] and _has_word(title, suffix.lower()) \
                    and not _has_word(title, " ".join(words).lower()):
                continue
            forms.append(_form(suffix, False, d.key, SUFFIX))
        first = words[0].lower() if words else ""
        if first in v["org_types"]:
            types.setdefault(first, []).append(d.key)
        # 'Woningcorporatie Thuis' is also 'de corporatie', 'Woonstichting X' 'de stichting'
        for t in v["org_types"]:
            if len(t) >= 5 and first != t and first.endswith(t) and len(first) > len(t) + 2:
                types.setdefault(t, []).append(d.key)
        key_head = strip_determiner(d.key).lower()
        if key_head in v["org_types"] and key_head != first:
            types.setdefault(key_head, []).append(d.key)
    for word, keys in types.items():
        if len(set(keys)) == 1:
            # 'de gemeente' for the one municipality, not 'de gemeente Zuidstad'.
            forms.append(Form(word, True, "required", keys[0], TYPE, len(word) + 3, True))
    return forms


def _short_forms(words: list[str], v: dict) -> list[str]:
    out = []
    name = " ".join(words)
    bare = _LEGAL_FORM_RE.sub("", name)
    if bare != name and len(bare.split()) >= 2:
        out.append(bare)
    units = v.get("unit_words") or frozenset()
    for i, w in enumerate(words[1:], 1):
        if w in units and words[0][:1].isupper() and all(x[:1].isupper() for x in words[:i]):
            out.append(" ".join(words[:i]).rstrip(","))
            break
    return out


_DET_BEFORE = compile_cached(r"(?:^|(?<=[^\w-]))([Dd]e|[Hh]et)\s+$")


def find_mentions(text: str, drafts: list[Draft]) -> dict[str, list[Mention]]:
    """Every mention of every party, longest form first where forms overlap.

    Each form is searched on its own with a pattern that starts with a literal word
    (fast in Python's regex engine); a determiner before it is taken along afterwards."""
    forms = build_forms(drafts, text)
    out: dict[str, list[Mention]] = {d.key: [] for d in drafts}
    cands: list[tuple[int, int, int, int, str]] = []      # (start, -end, kind, n, key)
    for n, f in enumerate(forms):
        for m in _core_regex(f.core, f.fold).finditer(text):
            s, e = m.span()
            if (s and (text[s - 1].isalnum() or text[s - 1] in "-_")) or \
                    (e < len(text) and (text[e].isalnum() or text[e] == "_" or
                                        (text[e] == "-" and e + 1 < len(text) and text[e + 1].isalnum()))):
                continue
            if f.det != "none":
                d = _DET_BEFORE.search(text, max(0, s - 5), s)
                if d:
                    s = d.start(1)
                elif f.det == "required":
                    continue
            if f.not_before_capital and re.match(r"\s+[A-Z0-9]", text[e:e + 3]):
                continue
            cands.append((s, -e, f.kind, n, f.key))
    cands.sort()
    last_end = -1
    for s, neg_e, _, _, key in cands:
        if s < last_end:
            continue
        out[key].append(Mention(s, -neg_e, text[s:-neg_e]))
        last_end = -neg_e
    return out


@lru_cache(maxsize=512)
def _core_regex(core: str, fold: bool) -> re.Pattern[str]:
    return re.compile(_literal(core.split(), fold))


def normal_form(mention: str, sentence_initial: bool) -> str:
    """A mention as a naming choice: the determiner and its case do not count, nor the
    capital that a sentence start forces ('Gemeente Noordstad' = 'gemeente Noordstad')."""
    words = mention.split()
    if words and words[0].lower() in DETERMINERS and len(words) > 1:
        return " ".join(words[1:])
    core = " ".join(words)
    if sentence_initial and core[:1].isupper():
        return core[0].lower() + core[1:]
    return core


def same_name(a: str, b: str) -> bool:
    """Equal as names, ignoring determiners and the case of a first letter forced by a
    sentence start (either side may be the lowercase one)."""
    a, b = strip_determiner(a), strip_determiner(b)
    return a == b or (a[1:] == b[1:] and a[:1].lower() == b[:1].lower()
                      and (a[:1].islower() or b[:1].islower()) and _initial_ambiguous(a, b))


def _initial_ambiguous(a: str, b: str) -> bool:
    # 'gemeente Noordstad' vs 'Gemeente Noordstad' are one name; 'gemeente' vs 'Gemeente'
    # (a generic word vs a defined short name) are not.
    return len(a.split()) > 1


def build_parties(text: str, drafts: list[Draft]) -> list[Party]:
    from ..agreement import Span

    found = find_mentions(text, drafts)
    parties: list[Party] = []
    for d in drafts:
        mentions = found.get(d.key, [])
        aliases: list[str] = []
        for alias in [*d.aliases, *(m.text for m in mentions)]:
            core = " ".join(strip_determiner(alias).split())     # 'de gemeente\nDelft' is one name
            if same_name(core, d.key) or same_name(core, strip_determiner(d.key)) or same_name(core, d.name):
                continue
            if any(same_name(core, a) or same_name(core, strip_determiner(a)) for a in aliases):
                continue
            aliases.append(alias if alias in d.aliases else _tidy(alias))
        key = d.key
        if d.key == d.name and not d.aliases:
            # No short name given: the text's own short form is the one it uses most
            # ('Grensmeer' for 'gemeente Grensmeer', 'de gemeente' for the one gemeente).
            key = _usual_form(d, mentions, text) or d.key
            if key != d.key:
                aliases = [d.name] + [a for a in aliases if not same_name(strip_determiner(a), strip_determiner(key))]
        parties.append(Party(key=key, name=d.name, aliases=aliases,
                             span=Span(d.start, d.end), mentions=mentions))
    return parties


_PLACE_PREP_RE = compile_cached(r"\b(?:in|te|naar|uit|rond|rondom|buiten|binnen|regio|omgeving)\s+$", re.I)


def _usual_form(d: Draft, mentions, text: str) -> str | None:
    # Only for an organisation named by its type and its own name ('gemeente Grensmeer',
    # 'Ondernemersvereniging Vechtdal Zaken'); an office or 'X van <place>' keeps its
    # full name ('De Regering van het Koninkrijk België' is not 'België').
    v = _vocab()
    words = strip_determiner(d.name).split()
    head = words[0].lower() if words else ""
    typed = head in v["org_types"] or any(head.endswith(t) and len(head) > len(t) + 2
                                          for t in v["org_types"] if len(t) >= 5)
    # Any other name only by the forms of `_short_forms`: 'Haven Rivierstad' for 'Haven
    # Rivierstad N.V.', 'Humanitas' for 'Humanitas afdeling Hoogveld'.
    allowed = None if typed else set(_short_forms(words, v))
    if (not typed and not allowed) or head in v["offices"] or " van " in d.name or len(words) < 2:
        return None
    later = [m for m in mentions if m.start >= d.end]
    if head in v["governments"]:
        # 'de nachtopvang in Westerkogge', 'Ondertekend te Westerkogge': the bare place
        # after a preposition of place is the place, not the gemeente
        later = [m for m in later if not (len(m.text.split()) == 1
                                          and _PLACE_PREP_RE.search(text, max(0, m.start - 12), m.start))]
    if allowed is not None:
        later = [m for m in later if strip_determiner(m.text) in allowed
                 or same_name(strip_determiner(m.text), strip_determiner(d.name))]
    if not later:
        return None
    full = sum(1 for m in later if same_name(strip_determiner(m.text), strip_determiner(d.name)))
    counts: dict[str, int] = {}
    for m in later:
        core = strip_determiner(m.text)
        if same_name(core, strip_determiner(d.name)) or len(core) >= len(strip_determiner(d.name)):
            continue
        form = _tidy(m.text)
        form = form[0].lower() + form[1:] if form.split()[0].lower() in DETERMINERS else form
        counts[form] = counts.get(form, 0) + 1
    if not counts:
        return None
    form, n = max(counts.items(), key=lambda kv: kv[1])
    return form if n > full else None


def _tidy(mention: str) -> str:
    """An alias as a reader would write it: lowercase determiner, one space."""
    words = mention.split()
    if words and words[0].lower() in DETERMINERS:
        words[0] = words[0].lower()
    return " ".join(words)


@lru_cache(maxsize=64)
def _collective_table(extra: tuple[str, ...]) -> dict[int, list[tuple[int, ...]]]:
    """Collective phrases by the hash of their last word, longest first."""
    terms = vocab.words("parties", "collective") + [e.lower() for e in extra]
    by_head: dict[int, list[tuple[int, ...]]] = {}
    for term in terms:
        words = tuple(vocab.h(w) for w in term.replace("‘", " ").replace("’", " ").split())
        if words:
            by_head.setdefault(words[-1], []).append(words)
    for phrases in by_head.values():
        phrases.sort(key=len, reverse=True)
    return by_head


def find_collective(view, extra: list[str]) -> list[tuple[int, int]]:
    """Where the text names all parties together ('Partijen', 'ieder van de partijen',
    'wij'): tokens whose form ends a collective phrase, extended to the longest phrase
    that ends there. Works on the token hashes, so it costs next to nothing."""
    by_head = _collective_table(tuple(extra))
    lower = view.lower
    out: list[tuple[int, int]] = []
    for n in view.where(set(by_head)):
        if lower[n] not in by_head:
            continue            # matched on its lemma only
        first = n
        for words in by_head[lower[n]]:
            k = len(words)
            if k == 1 or (n - k + 1 >= 0 and tuple(lower[n - k + 1:n + 1]) == words):
                first = n - k + 1
                break
        out.append((view.offsets[first], view.ends[n]))
    return out
