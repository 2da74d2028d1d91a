"""ORG-08: the weight of the organisation against the size of the collaboration.

A body ("orgaan") is counted once, however often and in whatever form the text names it:
'de stuurgroep', 'Stuurgroep', 'stuurgroepen' and 'de stuurgroepvergadering' are one
body. Options (all in the rule's YAML):

- `bodies`: words and phrases that name a body (stuurgroep, bestuurlijk overleg, ...). A
  one-word body also counts in a compound: as the first part it is the same body
  (stuurgroepleden -> stuurgroep), as the last part the compound names its own body
  (Regiegroep IKC, buurtteamoverleg -> buurtteamoverleg).
- `compound_only`: words that name a body only as the last part of a compound:
  'het convenantoverleg' and 'het leesteam' are bodies, but 'overleg' and 'team' on their
  own are not ('in overleg met', 'ons team').
- `exclude`: words that look like a body but are not one of the collaboration
  (geschillencommissie, keukentafel, wijkteam, ...).
- `owned`: bodies that belong to one party ('het algemeen bestuur van de
  veiligheidsregio', 'het Waterschap informeert het algemeen bestuur'): counted only when
  they are the collaboration's own ('het algemeen bestuur van het samenwerkingsverband').
- `constituted`: a regex; a bare `compound_only` word counts as a body after all when its
  sentence says who sits in it ('In het netwerk zitten Anja Hovens (Steunpunt), ...').
- A compound_only body that the title also names is the partnership itself
  ('Afsprakenlijst Taalnetwerk Zuid'), not a body inside it: it is not counted.
- `hypothetical`: a regex; a body named in a sentence that matches it is a body that
  may come one day ('Waar nodig wordt een werkgroep ingesteld'), not one that exists.
- `max_bodies`, `words_per_body`, `min_bodies_over`: over-organisation is reported when
  at least `min_bodies_over` bodies are named and there are more than `max_bodies` of
  them, or fewer than `words_per_body` words per body.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..compiled_regex import compile as compile_cached
from .anchor import anchor_span
from .base import Context, Hit, RuleKind, builtin

_MIN_PART = 3          # the other part of a compound has at least this many letters
_MIN_TERM = 5          # a body word matches in a compound only from this length
_COLLAB = compile_cached(r"^(samenwerking\w*|convenant\w*|overeenkomst\w*|netwerk\w*|programma\w*|"
                     r"regiodeal\w*|pact\w*|akkoord\w*|verklaring\w*)$")


def _singulars(word: str) -> list[str]:
    """The word and the singular forms it may be a plural of (werkgroepen, overleggen,
    commissies, teams, IKC-teams)."""
    forms = [word]
    for suffix in ("'s", "en", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                forms.append(stem[:-1])                       # overleggen -> overleg
    return forms


def _adjective(word: str) -> str:
    """bestuurlijke -> bestuurlijk, operationele -> operationeel, algemene -> algemeen."""
    if word.endswith(("lijke", "ische", "ieke", "ijke")):
        return word[:-1]
    if word.endswith("ele") and len(word) > 5:
        return word[:-3] + "eel"
    if word.endswith("ene") and len(word) > 5:
        return word[:-3] + "een"
    return word


@builtin("organisatiegraad")
class Organisation(RuleKind):
    """ORG-08: no governance body at all, or more bodies than the text can carry."""

    def __init__(self, rule, matchers) -> None:
        super().__init__(rule, matchers)
        options = self.check.get("options", {})
        terms = [str(t).lower() for t in (options.get("bodies") or ["stuurgroep"])]
        self.single = {t for t in terms if " " not in t}
        self.multi = sorted({tuple(_adjective(w) for w in t.split()) for t in terms if " " in t},
                            key=lambda t: (-len(t), t))
        self.compound_only = {str(t).lower() for t in options.get("compound_only") or []}
        self.exclude = {str(t).lower() for t in options.get("exclude") or []}
        self.owned = {str(t).lower() for t in options.get("owned") or []}
        con = options.get("constituted")
        self.constituted = compile_cached(con) if con else None
        hyp = options.get("hypothetical")
        self.hypothetical = compile_cached(hyp, re.IGNORECASE) if hyp else None
        self.max_bodies = int(options.get("max_bodies", 4))
        self.words_per_body = int(options.get("words_per_body", 300))
        self.min_bodies_over = int(options.get("min_bodies_over", 2))
        heads = self.single | self.compound_only
        self._heads = sorted((h for h in heads if len(h) >= _MIN_TERM or h in self.compound_only),
                             key=lambda h: (-len(h), h))
        self._mods = sorted((h for h in self.single if len(h) >= _MIN_TERM), key=lambda h: (-len(h), h))
        self._first = {p[0] for p in self.multi}
        self._memo: dict[str, str | None] = {}
        self._starts: dict[int, bool] = {}      # per vocabulary id: may a body start here

    # -------------------------------------------------------------- one word

    def _word_body(self, word: str) -> str | None:
        """The body a single word names, or None (memoised: texts repeat their words)."""
        if word not in self._memo:
            self._memo[word] = self._analyse(word)
        return self._memo[word]

    def _analyse(self, word: str) -> str | None:
        forms = _singulars(word)
        # ('G-korfbalteam' is excluded as 'korfbalteam' is)
        if any(f in self.exclude or f.rsplit("-", 1)[-1] in self.exclude for f in forms):
            return None
        for f in forms:
            if f in self.single:
                return f
        for f in forms:
            if f in self.compound_only:
                return "=" + f                                # bare 'overleg', 'team'
        bare = word.replace("-", "")
        for mod in self._mods:                                # stuurgroepleden -> stuurgroep
            if bare.startswith(mod) and len(bare) - len(mod) >= _MIN_PART:
                return mod
        for f in forms:                                       # buurtkameroverleg, IKC-team
            plain = f.replace("-", "")
            for head in self._heads:
                if plain.endswith(head) and len(plain) - len(head) >= _MIN_PART:
                    return f
        return None

    # -------------------------------------------------------------- the text

    def _candidates(self, doc) -> list[int]:
        """Token positions where a body may start, found per distinct word rather than per
        token: a long text repeats its words, and this runs on every document."""
        import numpy as np
        from spacy.attrs import LOWER

        if not len(doc):
            return []
        lower = doc.to_array([LOWER])
        uniq, inverse = np.unique(lower, return_inverse=True)
        strings = doc.vocab.strings
        memo = self._starts
        wanted = np.fromiter(
            (memo[h] if h in memo else memo.setdefault(h, self._may_start(strings[h]))
             for h in uniq.tolist()), dtype=bool, count=len(uniq))
        return np.flatnonzero(wanted[inverse.reshape(-1)]).tolist()

    def _may_start(self, word: str) -> bool:
        return _adjective(word) in self._first or self._word_body(word) is not None

    def bodies(self, doc, title: str = "") -> dict[str, tuple[int, int]]:
        names: dict[str, tuple[int, int]] = {}
        title = title.lower()
        n = len(doc)
        i = 0
        for pos in self._candidates(doc):
            if pos < i:
                continue                                  # inside a body found before
            i = pos
            word = doc[i].lower_
            found = None
            phrases = self.multi if _adjective(word) in self._first else ()
            for phrase in phrases:                            # bestuurlijk overleg
                k = len(phrase)
                if i + k > n:
                    continue
                got = [_adjective(doc[j].lower_) for j in range(i, i + k - 1)]
                if got == list(phrase[:-1]) and phrase[-1] in _singulars(doc[i + k - 1].lower_):
                    found = (" ".join(phrase), i + k)
                    break
            if found is None and (doc[i].is_alpha or "-" in word):
                name = self._word_body(word)
                if name is not None and self._own_name(name, title):
                    name = None        # 'Afsprakenlijst Taalnetwerk Zuid': the partnership itself
                if name is not None and name.startswith("="):
                    # a bare 'overleg' or 'netwerk' is a body only where the sentence says
                    # who sits in it: 'In het netwerk zitten Anja Hovens (Steunpunt), ...'
                    name = name[1:] if self._in_sentence(doc[i], self.constituted) else None
                if name is not None:
                    found = (name, i + 1)
            if found is None:
                continue
            name, end = found
            if self._in_sentence(doc[i], self.hypothetical):
                i = end
                continue                                  # 'waar nodig wordt een werkgroep ingesteld'
            if name in self.owned:
                # a board counts only as the collaboration's own ('het algemeen bestuur van
                # het samenwerkingsverband'); otherwise it is a party's board ('het
                # Waterschap informeert het algemeen bestuur')
                nxt = [doc[j].lower_ for j in range(end + 1, min(end + 4, n))] \
                    if end < n and doc[end].lower_ == "van" else []
                nxt = [w for w in nxt if w not in ("de", "het", "haar", "zijn")]
                if not (nxt and _COLLAB.match(nxt[0])):
                    i = end
                    continue
            names.setdefault(name, (doc[i].idx, doc[end - 1].idx + len(doc[end - 1])))
            i = end
        return names

    def _own_name(self, name: str, title: str) -> bool:
        """A compound such as 'taalnetwerk' or 'buurtteam' that the title also uses names the
        partnership itself ('Afsprakenlijst Taalnetwerk Zuid'), not a body inside it."""
        if not title or name.startswith("=") or name in self.single:
            return False
        if not any(name.replace("-", "").endswith(h) for h in self.compound_only):
            return False
        return re.search(r"\b" + re.escape(name) + r"\b", title) is not None

    @staticmethod
    def _in_sentence(token, regex) -> bool:
        if regex is None:
            return False
        try:
            sent = token.sent
        except ValueError:                                # no sentence boundaries
            return False
        return bool(regex.search(sent.text))

    def run(self, ctx: Context) -> Iterable[Hit]:
        doc = ctx.index.doc
        agreement = ctx.agreement
        title = ""
        if agreement.title is not None:
            title = agreement.text[agreement.title.start:agreement.title.end]
        names = self.bodies(doc, title)
        words = ctx.index.word_count
        start, end = anchor_span(ctx.agreement, None)
        if not names:
            yield Hit(start=start, end=end, detail="er is geen overleg- of bestuursorgaan")
            return
        count = len(names)
        if count < self.min_bodies_over:
            return
        if count > self.max_bodies or words / count < self.words_per_body:
            listed = ", ".join(sorted(names))
            first = min(names.values())
            yield Hit(start=first[0], end=first[1],
                      detail=f"{count} organen ({listed}) op {words} woorden")
