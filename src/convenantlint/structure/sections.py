"""The heading each passage stands under: article titles and the plain headings of texts
without articles ('Waarom doen we mee?', 'Wie doet wat', '## Wat ons drijft').

The matrix reads a sentence in the light of its heading: under 'Belangen' a sentence
about a party states its interest; under 'Taken' what a party does is its task; under
'Artikel 4 Inzet van de Corporatie' a clause without a subject is the Corporatie's.
Cue words: sections.yaml."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Agreement
from . import vocab
from .text import BULLET_RE, MD_HEADING_RE, label_of, split_lines, strip_markup


@dataclass(frozen=True)
class Section:
    start: int              # start of the heading
    body: int               # end of the heading: the section's text starts here
    title: str
    kinds: frozenset[str]   # 'interests', 'tasks', 'contributions', 'partners'; 'party': the
                            # heading is just a party's name ('### 4.1 OPO Westerhaven')
    parties: tuple[str, ...]  # parties named in the title ('Inzet van de Corporatie')


@lru_cache(maxsize=None)
def _kinds() -> dict[str, re.Pattern[str]]:
    data = vocab.load("sections")
    return {str(k): vocab.phrase_regex(v) for k, v in (data.get("kinds") or {}).items()}


# What may stand beside the party's name in a heading that only names it.
_PARTY_HEAD = compile_cached(r"(?i)\b(?:artikel|art|de|het|partij)\b")


def _heading_like(s: str) -> bool:
    s = s.strip()
    if not s or len(s) > 90 or len(s.split()) > 12:
        return False
    if s[-1] in ".;," or re.search(r"[.;!?]\s", s):
        return False
    return s[0].isupper() or s[0].isdigit()


_BOLD_LINE = compile_cached(r"\*\*.+\*\*(?:\s*\([^()\n]*\))?")
_REMARK = compile_cached(r"\([^()]*\)")


def find_sections(agreement: Agreement) -> list[Section]:
    from .actors import _actors_in, index_of

    text = agreement.text
    idx = index_of(agreement)
    kinds = _kinds()
    heads: dict[int, tuple[int, str]] = {}
    for a in agreement.articles:
        heads[a.start] = (a.heading_end, a.title or "")
    lines = idx.cache.get("lines") or split_lines(text)
    prev_blank = True
    for n, line in enumerate(lines):
        if line.blank:
            prev_blank = True
            continue
        was_blank, prev_blank = prev_blank, False
        if line.start in heads or n == 0:
            continue
        raw = line.text
        md = MD_HEADING_RE.match(raw)
        # '**Het Jeugdfonds**', also with a remark after it: '**De Reddingsbrigade** (vanaf 2027)'
        bold = bool(_BOLD_LINE.fullmatch(raw.rstrip()))
        content = strip_markup(raw)
        if not (md or bold):
            if not was_blank or BULLET_RE.match(content):
                continue
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            if nxt is None or (not nxt.blank and nxt.text[:1].islower()):
                continue        # a wrapped sentence, not a heading
            lab = label_of(content)
            if lab and not re.match(r"\d{1,2}[.)]?$", lab[0]):
                continue
            body = content[lab[1]:] if lab else content
            if not _heading_like(body):
                continue
            content = body
        heads.setdefault(line.start, (line.end, content.rstrip(":").strip()))
    out = []
    for start in sorted(heads):
        end, title = heads[start]
        low = title.lower()
        found = frozenset(k for k, rx in kinds.items() if rx.search(low))
        named: list[str] = []
        rest, pos = [], start
        for actor in _actors_in(idx, start, end):
            if not actor.collective:
                named += [k for k in actor.keys if k not in named]
                rest.append(text[pos:actor.start])
                pos = actor.end
        rest.append(text[pos:end])
        if named and not re.search(r"[^\W\d_]", _PARTY_HEAD.sub(" ", _REMARK.sub(" ", " ".join(rest)))):
            found = found | {"party"}
        out.append(Section(start, end, title, found, tuple(named)))
    return out


def sections_of(agreement: Agreement) -> tuple[list[int], list[Section]]:
    from .actors import index_of

    cache = index_of(agreement).cache
    found = cache.get("sections")
    if found is None:
        secs = find_sections(agreement)
        found = cache["sections"] = ([s.start for s in secs], secs)
    return found


def section_at(agreement: Agreement, pos: int) -> Section | None:
    starts, secs = sections_of(agreement)
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return None
    s = secs[i]
    return s if pos >= s.body or pos >= s.start else None
