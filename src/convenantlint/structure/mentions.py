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

from ..agreement import Mention, Party
from . import vocab
from .parties import Draft, _vocab
from .text import DETERMINERS, has_determiner, strip_determiner

KEY, NAME, ALIAS, ACRONYM, SUFFIX, TYPE = range(6)


@dataclass(frozen=True)
class Form:
    pattern: str
    key: str
    kind: int
    length: int


def _literal(words: list[str], fold_first: bool) -> str:
    parts = []
    for i, w in enumerate(words):
        esc = re.escape(w)
        if i == 0 and fold_first and w[:1].isalpha() and w[0].lower() != w[0].upper():
            esc = f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:])
        parts.append(esc)
    return r"\s+".join(parts)


def _pattern(form: str, fold_first: bool, det: str = "optional") -> str:
    """A form as regex: determiner optional (and of either case), whitespace free."""
    core = strip_determiner(form) if has_determiner(form) else form
    body = _literal(core.split(), fold_first)
    if det == "optional":
        return rf"(?:(?:[Dd]e|[Hh]et)\s+)?{body}"
    if det == "required":
        return rf"(?:[Dd]e|[Hh]et)\s+{body}"
    return body


def _acronym(name: str) -> str | None:
    v = _vocab()
    initials = [w[0] for w in name.replace("-", " ").split()
                if w[:1].isupper() and w.lower() not in v["particles"]]
    return "".join(initials) if len(initials) >= 2 else None


def build_forms(drafts: list[Draft], text: str) -> list[Form]:
    v = _vocab()
    forms: list[Form] = []
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
        forms.append(Form(_pattern(d.key, fold_first=False), d.key, KEY, len(d.key)))
        forms.append(Form(_pattern(d.name, fold_first=True), d.key, NAME, len(d.name)))
        for alias in d.aliases:
            if alias != d.name:
                forms.append(Form(_pattern(alias, fold_first=False), d.key, ALIAS, len(alias)))
        words = strip_determiner(d.name).split()
        # Acronyms: capitals inside the name ('GGD' in 'GGD Noord'), or its initials.
        for w in words:
            if len(w) >= 2 and w.isupper() and w.isalpha() and unique(w, d.key) and w != d.key:
                forms.append(Form(_pattern(w, False), d.key, ACRONYM, len(w)))
        acr = _acronym(d.name)
        if acr and acr not in words and re.search(rf"(?<![\w-]){acr}(?![\w-])", text):
            forms.append(Form(_pattern(acr, False), d.key, ACRONYM, len(acr)))
        # Distinctive ends of the name: 'Noordstad', 'Republiek Suriname', 'Suriname'.
        for i in range(1, len(words)):
            head = words[i]
            if not head[:1].isupper() or head.lower() in v["particles"]:
                continue
            suffix = " ".join(words[i:])
            if suffix in (d.key, strip_determiner(d.key)) or not unique(suffix, d.key):
                continue
            if i == len(words) - 1:
                # One word: only a name if the text never uses it as a common noun.
                if len(head) < 4 or re.search(rf"(?<![\w-]){re.escape(head.lower())}(?![\w-])", text):
                    continue
            forms.append(Form(_pattern(suffix, False), d.key, SUFFIX, len(suffix)))
        first = words[0].lower() if words else ""
        if first in v["org_types"]:
            types.setdefault(first, []).append(d.key)
        key_head = strip_determiner(d.key).lower()
        if key_head in v["org_types"] and key_head != first:
            types.setdefault(key_head, []).append(d.key)
    for word, keys in types.items():
        if len(set(keys)) == 1:
            # 'de gemeente' for the one municipality, not 'de gemeente Zuidstad'.
            pat = _pattern(word, fold_first=True, det="required") + r"(?!\s+[A-Z0-9])"
            forms.append(Form(pat, keys[0], TYPE, len(word) + 3))
    return forms


def find_mentions(text: str, drafts: list[Draft]) -> dict[str, list[Mention]]:
    forms = build_forms(drafts, text)
    out: dict[str, list[Mention]] = {d.key: [] for d in drafts}
    if not forms:
        return out
    forms.sort(key=lambda f: (-f.length, f.kind))
    rx = re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?P<f{i}>{f.pattern})" for i, f in enumerate(forms))
        + r")(?![\w]|-\w)")
    for m in rx.finditer(text):
        form = forms[int(m.lastgroup[1:])]
        out[form.key].append(Mention(m.start(), m.end(), m.group(0)))
    return out


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
            core = strip_determiner(alias)
            if same_name(core, d.key) or same_name(core, d.name):
                continue
            if any(same_name(core, a) for a in aliases):
                continue
            aliases.append(alias if alias in d.aliases else _tidy(alias))
        parties.append(Party(key=d.key, name=d.name, aliases=aliases,
                             span=Span(d.start, d.end), mentions=mentions))
    return parties


def _tidy(mention: str) -> str:
    """An alias as a reader would write it: lowercase determiner, one space."""
    words = mention.split()
    if words and words[0].lower() in DETERMINERS:
        words[0] = words[0].lower()
    return " ".join(words)


def collective_regex(extra: list[str]) -> re.Pattern[str]:
    terms = vocab.words("parties", "collective") + [e.lower() for e in extra]
    return vocab.phrase_regex(terms)
