"""Sentence boundaries for agreements, from the layout as much as from punctuation.

``sentence_starts(text)`` returns the character offsets where a sentence (or a heading,
clause or list item, which count as sentences here) begins. A sentence starts:

- at the first non-blank character of the text;
- after a blank line (a new paragraph);
- at an article heading line ('Artikel 4', 'Artikel 4. Financiën', 'Art. 4 –',
  'ARTIKEL IV', '## Artikel 3', '**Artikel 5**'), a Markdown heading ('# ...'), and at
  the line after any heading;
- at a numbered clause ('4.1', '4.1.2', '1.', '2)', '(3)') or a list item ('a.', 'b)',
  '(c)', 'i.', '-', '•', '*') at the start of a line;
- at a line after a short line without closing punctuation that reads as a heading
  ('Financiën', 'Partijen', 'Samenwerkingsovereenkomst Jeugdhulp 2026');
- at a line after a line that ends with ';' (list items), or with ':' when the next
  line does not continue in lower case;
- after '.', '!' or '?' followed by whitespace and an upper-case letter, a digit or an
  opening quote — except after an abbreviation that never ends a sentence ('art. 4',
  'o.a. De'), after an initial ('J. Jansen'), and inside a heading ('Artikel 4. Financiën')
  or a clause number ('1. De').

A line break inside a paragraph whose next line goes on in lower case (a hard-wrapped
line) never starts a sentence. Numbers are never split: '4.1', '€ 1.250,-' and
'2.4 miljoen' contain no whitespace after their full stop.
"""

from __future__ import annotations

import bisect
import re

from ..compiled_regex import compile as compile_cached
from .tokenizer import Abbreviations, load_abbreviations

_ARTICLE = compile_cached(
    r"(?:[#>*_]+\s*)*(?:artikel|art\.|article|hoofdstuk|paragraaf|par\.|§|bijlage)\s*"
    r"(?:\d+[a-z]?(?:\.\d+)*|[IVXLC]+|[ivxlc]+)(?![\w.]\w)",
    re.IGNORECASE,
)
_MARKDOWN_HEADING = compile_cached(r"#{1,6}(?:\s|$)")
# '4.1', '4.1.2', '4.1.' (components of at most three digits, the first of at most two)
_MULTI_CLAUSE = compile_cached(r"\(?\d{1,2}(?:\.\d{1,3})+\.?\)?(?=\s|$)")
_SIMPLE_CLAUSE = compile_cached(r"(?:\d{1,2}[.)]|\(\d{1,2}\))(?=\s|$)")
_LIST_ITEM = compile_cached(
    r"(?:(?:[a-zA-Z]|[ivxIVX]{2,4})[.)]|\((?:[a-zA-Z]|[ivxIVX]{2,4})\)|[-–—•*·▪◦○►✓‣⁃]+)(?=\s|$)"
)
_CLOSERS = "\"'”’»)]"
# The lookbehind makes each run of punctuation be tried once, from its start (no
# quadratic backtracking over a line of dots); it comes after the first character so
# that the pattern starts with a character class, which re scans for quickly.
_INLINE = compile_cached(r"([.!?…](?<![.!?…][.!?…])[.!?…]*)([\"'”’»)\]]*)(\s+)(?=\S)")
_OPENERS = "\"'“‘„«([¡¿"

# A heading line ends in a content word, not in one of these.
_CONTINUATION_WORDS = frozenset(
    """de het een en of van voor met in op aan te door bij om tot die dat als naar over
    uit zijn is wordt worden zal zullen kan kunnen moet moeten hun haar dit deze onder
    tussen tegen zonder na maar dan ook niet nog wel er zich ten ter waarin waarbij
    waarvan welke wie wat wanneer hoe waar indien mits zodat omdat doordat terwijl noch
    alsmede alsook evenals respectievelijk inzake jegens volgens vanaf sinds per""".split()
)
_MAX_HEADING_WORDS = 10
_MAX_HEADING_CHARS = 90


def _ends_with_final(line: str) -> bool:
    """Does the line end in '.', '!', '?' or '…' (maybe followed by quotes/brackets)?"""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in ".!?…"


def _marker_end(line: str) -> tuple[int, str]:
    """Length of a clause/list marker at the start of ``line`` (stripped) and its kind."""
    m = _MULTI_CLAUSE.match(line)
    if m:
        rest = line[m.end():].lstrip()
        # '2.4 miljoen' at the start of a wrapped line is a number, not a clause
        if not rest or not rest[0].islower():
            return m.end(), "clause"
    m = _SIMPLE_CLAUSE.match(line)
    if m:
        return m.end(), "clause"
    m = _LIST_ITEM.match(line)
    if m:
        return m.end(), "item"
    return 0, ""


def _starts_upper(s: str) -> bool:
    s = s.lstrip(_OPENERS)
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _is_article_heading(line: str) -> bool:
    m = _ARTICLE.match(line)
    if not m:
        return False
    first = line.lstrip("#>*_ \t")[:1]
    if first.islower():  # '...zoals bedoeld in\nartikel 4 van de wet' is a wrapped line
        return False
    rest = line[m.end():].strip(" \t*_")
    if not rest:
        return True
    words = rest.split()
    if len(words) > _MAX_HEADING_WORDS or len(line) > _MAX_HEADING_CHARS:
        return False  # 'Artikel 4 van de Wet ... is van toepassing.' is a sentence
    # 'Artikel 4. Financiën', 'Art. 4 – Looptijd', 'Artikel 4 (Financiën)'
    return not (rest.endswith((".", ";", ",")) and len(words) > 1)


def _looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation: 'Financiën', 'Doel van de samenwerking'."""
    if len(line) > _MAX_HEADING_CHARS or _ends_with_final(line):
        return False
    if line.endswith((",", ";", ":", "-", "–", "(", "/", "&")):
        return False
    words = line.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    return words[-1].lower().strip("*_") not in _CONTINUATION_WORDS


def _ends_sentence(word: str, before: str, abbr: Abbreviations) -> bool:
    """Does the full stop that ends ``word`` (as written, with the stop) end a sentence?

    ``before`` is the word in front of it (lowercase, may be '')."""
    w = word.lstrip(_OPENERS).lower()
    if w in abbr.never_end:
        return False
    if w in abbr.may_end:
        return True
    core = w[:-1]
    if len(core) == 1 and core.isalpha():
        if word.lstrip(_OPENERS)[0].isupper():  # an initial, unless 'bijlage A.'
            return before.strip("(,") in abbr.letter_labels
        return True
    return True


def _word_start(text: str, lo: int, end: int) -> int:
    """Start of the whitespace-delimited word that ends at ``end`` (not before ``lo``)."""
    i = end
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


class _Line:
    __slots__ = ("start", "end", "text", "kind", "marker_end", "heading")

    def __init__(self, start: int, end: int, text: str):
        self.start = start          # offset of the first non-blank character
        self.end = end              # offset just after the last non-blank character
        self.text = text            # the stripped line
        self.kind = ""              # 'article', 'markdown', 'clause', 'item' or ''
        self.marker_end = start     # offset after the clause/list marker, if any
        self.heading = False        # the whole line is a heading: no break inside it


def _lines(text: str) -> list[_Line | None]:
    """Non-blank lines with offsets; ``None`` for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped_left = raw.lstrip()
        if not stripped_left.strip():
            out.append(None)
        else:
            start = pos + (len(raw) - len(stripped_left))
            body = stripped_left.rstrip()
            out.append(_Line(start, start + len(body), body))
        pos += len(raw) + 1
    return out


def sentence_starts(text: str, abbr: Abbreviations | None = None) -> list[int]:
    """Sorted character offsets at which a sentence begins (see the module docstring)."""
    if abbr is None:
        abbr = load_abbreviations()
    lines = _lines(text)
    starts: set[int] = set()

    # 1. classify lines
    for ln in lines:
        if ln is None:
            continue
        t = ln.text
        if _MARKDOWN_HEADING.match(t):
            ln.kind, ln.heading = "markdown", True
        elif _is_article_heading(t):
            ln.kind, ln.heading = "article", True
        else:
            n, kind = _marker_end(t)
            if kind:
                ln.kind, ln.marker_end = kind, ln.start + n

    # 2. line starts
    prev: _Line | None = None
    prev_blank = True
    for i, ln in enumerate(lines):
        if ln is None:
            prev_blank = True
            continue
        t = ln.text
        is_start = False
        if prev is None or prev_blank or ln.kind or prev.heading:
            is_start = True
        elif prev.text.endswith(";"):
            is_start = True
        elif prev.text.endswith(":") and not t[:1].islower():
            is_start = True
        elif _ends_with_final(prev.text) and _starts_upper(t):
            words = prev.text.rsplit(None, 2)
            last = words[-1].rstrip(_CLOSERS)
            before = words[-2].lower() if len(words) > 1 else ""
            is_start = not last.endswith(".") or _ends_sentence(last, before, abbr)
        if is_start:
            starts.add(ln.start)
        # a short line standing alone is a heading when the next line starts afresh
        if is_start and not ln.heading and _looks_like_heading(t):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and (_starts_upper(nxt.text) or nxt.kind):
                ln.heading = True
        prev, prev_blank = ln, False

    # 3. full stops, question and exclamation marks inside the lines
    line_starts = [ln.start for ln in lines if ln is not None]
    line_objs = [ln for ln in lines if ln is not None]
    for m in _INLINE.finditer(text):
        nxt = m.end()
        if not _starts_upper(text[nxt: nxt + 3]):
            continue
        k = bisect.bisect_right(line_starts, m.start(1)) - 1
        if k < 0:
            continue
        ln = line_objs[k]
        if ln.heading or m.start(1) < ln.marker_end:
            continue
        if "\n" in m.group(3):
            continue  # across a line break: decided line by line above
        punct = m.group(1)
        if punct == ".":
            w_start = _word_start(text, ln.start, m.start(1))
            word = text[w_start: m.start(1)] + "."
            b_end = w_start
            while b_end > ln.start and text[b_end - 1].isspace():
                b_end -= 1
            before = text[_word_start(text, ln.start, b_end): b_end].lower()
            if not _ends_sentence(word, before, abbr):
                continue
        starts.add(nxt)

    first = next((ln.start for ln in lines if ln is not None), None)
    if first is not None:
        starts.add(first)
    return sorted(starts)
