"""Defined terms: the entries of a Begripsbepalingen/Definities article or an
'Afkortingen' list ('Werkgroep: de ...', 'a. Werkgroep: ...', '"Regiegroep": ...'),
'wordt verstaan onder X: ...', 'De term ‘X’ heeft de betekenis van ...', and inline
'(hierna: de Regiegroep)', 'hierna te noemen: ...'."""

from __future__ import annotations

import re
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Article, Definition
from . import vocab
from .parties import HIERNA_RE, _clean, is_collective, naming
from .text import BULLET_RE, QUOTES, Line, label_of, occurrences, strip_determiner, strip_markup

_Q = re.escape(QUOTES)
# 'Werkgroep: de ...', '"Regiegroep": ...', 'CBP: College ...', 'werkgroep - de ...'
ENTRY_RE = compile_cached(
    rf"^[{_Q}]?(?P<term>[^\W\d][\w’'\- ]{{0,60}}?)[{_Q}]?\s*(?::|\s[-–—]\s)\s*(?P<def>\S.*)$")
VERSTAAN_RE = compile_cached(
    r"(?:wordt|worden)\s+(?:(?:in|voor)\s+(?:de(?:ze)?|dit|het)\s+[\w\s]{1,40}?)?verstaan\s+onder\s*:?",
    re.I)
ONDER_RE = compile_cached(
    rf"\bonder\s+[{_Q}]?(?P<term>[^\W\d][\w’'\- ]{{1,50}}?)[{_Q}]?\s+wordt\s+(?:in\s+[\w\s]{{1,40}}?\s+)?verstaan\s*:?\s*(?P<def>[^.;\n]*)",
    re.I)
TERM_RE = compile_cached(
    rf"(?:term|uitdrukking|begrip)\s+[{_Q}](?P<term>[^{_Q}\n]{{1,60}})[{_Q}]\s+(?P<def>[^.;\n]*)",
    re.I)


@lru_cache(maxsize=None)
def _titles() -> re.Pattern[str]:
    return vocab.phrase_regex(vocab.words("layout", "definition_titles"))


def _term_ok(term: str) -> bool:
    words = term.split()
    return 1 <= len(words) <= 6 and not term.lower().startswith(("artikel", "lid ", "zie "))


def _entry(text: str, line: Line, out: list[Definition]) -> bool:
    content = line.text
    offset = line.start
    lab = label_of(content)
    bullet = BULLET_RE.match(content)
    skip = lab[1] if lab else (bullet.end() if bullet else 0)
    m = ENTRY_RE.match(content[skip:])
    if m is None or not _term_ok(m.group("term").strip()):
        return False
    term = m.group("term").strip()
    start = offset + skip + m.start("term")
    out.append(Definition(term=term, start=start, end=start + len(term),
                          definition=m.group("def").strip().rstrip(";.")))
    return True


def _inline_list(text: str, start: int, end: int, out: list[Definition]) -> None:
    """'wordt verstaan onder:uitrusting: de ...;hulpmiddelen: goederen ...' on one line."""
    pos = start
    for piece in re.split(r"(;)", text[start:end]):
        if piece != ";":
            stripped = piece.strip()
            lab = label_of(stripped)
            body = stripped[lab[1]:] if lab else stripped
            m = ENTRY_RE.match(body)
            if m and _term_ok(m.group("term").strip()):
                term = m.group("term").strip()
                at = text.find(term, pos, pos + len(piece))
                if at >= 0:
                    out.append(Definition(term=term, start=at, end=at + len(term),
                                          definition=m.group("def").strip().rstrip(";.")))
        pos += len(piece)


def find_definitions(text: str, lines: list[Line], articles: list[Article],
                     preamble_end: int) -> list[Definition]:
    out: list[Definition] = []
    regions: list[tuple[int, int]] = []
    for a in articles:
        if _titles().search(a.title):
            regions.append((a.heading_end, a.end))
    # A definitions list outside the articles: a heading line such as 'Gehanteerde
    # afkortingen' followed by 'TERM: meaning' lines.
    for i, line in enumerate(lines):
        if line.blank or len(line.text) > 60:
            continue
        content = strip_markup(line.text).rstrip(":")
        if _titles().fullmatch(content.strip()) and not any(s <= line.start < e for s, e in regions):
            end = next((a.start for a in articles if a.start > line.start), len(text))
            regions.append((line.end, end))
    for rs, re_ in regions:
        misses = 0
        for line in lines:
            if line.start < rs or line.blank:
                continue
            if line.start >= re_:
                break
            vm = VERSTAAN_RE.search(line.text)
            if vm and line.text[vm.end():].strip():
                _inline_list(text, line.start + vm.end(), line.end, out)
                continue
            if _entry(text, line, out):
                misses = 0
            elif out and (misses := misses + 1) > 3 and not articles:
                break
    # The regexes below run only where their literal part occurs: most texts have few.
    low = text.lower()
    if "verstaan" in low:
        # 'wordt verstaan onder: ...' anywhere else (one line, ';'-separated).
        for m in VERSTAAN_RE.finditer(text):
            if any(s <= m.start() < e for s, e in regions):
                continue
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end == -1 else line_end
            if text[m.end():line_end].strip():
                _inline_list(text, m.end(), line_end, out)
        for at in occurrences(low, "onder "):
            m = ONDER_RE.match(text, at)
            if m:
                _add_match(m, out)
    for word in ("term", "uitdrukking", "begrip"):
        for at in occurrences(low, word):
            m = TERM_RE.match(text, at)
            if m:
                _add_match(m, out)
    # Inline short names: '(hierna: de Regiegroep)', 'hierna te noemen: het Fonds'.
    for at in occurrences(low, "hierna"):
        m = HIERNA_RE.match(text, at)
        if m is None or not naming(text, m):
            continue
        value = _clean(m.group("short"))
        mod = (m.group("mod") or "").lower()
        if not value or is_collective(value) or "gezamenlijk" in mod or len(value.split()) > 5:
            continue
        term = strip_determiner(value)
        at = text.find(term, m.start("short"), m.end("short") + 2)
        if at < 0:
            continue
        out.append(Definition(term=term, start=at, end=at + len(term),
                              definition=_antecedent(text, m.start())))
    seen: set[tuple[str, int]] = set()
    unique: list[Definition] = []
    for d in sorted(out, key=lambda d: d.start):
        if (d.term.lower(), d.start) in seen or any(u.start <= d.start < u.end for u in unique):
            continue
        seen.add((d.term.lower(), d.start))
        unique.append(d)
    return unique


def _add_match(m: re.Match[str], out: list[Definition]) -> None:
    term = m.group("term").strip()
    if _term_ok(term):
        out.append(Definition(term=term, start=m.start("term"), end=m.start("term") + len(term),
                              definition=m.group("def").strip()))


def _antecedent(text: str, pos: int) -> str:
    """The words a 'hierna:' stands for: back to the previous clause boundary."""
    head = text[max(0, pos - 160):pos].rstrip(" ,(")
    cut = max(head.rfind(c) for c in ".;:\n")
    return head[cut + 1:].strip().strip(",").strip()
