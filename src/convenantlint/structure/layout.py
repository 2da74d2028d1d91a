"""The skeleton of an agreement: title, articles (or plain sections), clauses,
considerations and the signature block. Works on lines with offsets; no spaCy.

Why lines: Dutch agreements put headings, clause labels and signature lines at the start
of a line; inside a line the same words ("artikel 4", "namens") are references or prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import Article, Clause, Span
from . import vocab
from .text import MD_HEADING_RE, Line, label_of, strip_markup

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

ARTICLE_RE = compile_cached(
    r"""^(?i:artikel|art\.)\s+
        (?P<num>\d{1,3}[a-z]?|[IVXLC]{1,7})(?![\w.]\d)
        (?P<sep>\s*[.:\-–—]\s*|\s+|$)
        (?P<title>.*)$""",
    re.X,
)
# '3. Financiën', '3 Financiën', '3) Financiën' as a heading of its own.
SECTION_RE = compile_cached(r"^(?P<num>\d{1,2})(?:[.)]|\s)\s*(?P<title>\S.*)$")
NUMBER_ONLY_RE = compile_cached(r"^(?P<num>\d{1,2})\.?$")


def number_value(number: str) -> int | None:
    """'4' -> 4, '4a' -> 4, 'IV' -> 4; None when it is no number."""
    m = re.match(r"\d+", number)
    if m:
        return int(m.group(0))
    if number and all(c in ROMAN for c in number):
        total = 0
        for i, c in enumerate(number):
            v = ROMAN[c]
            total += -v if i + 1 < len(number) and ROMAN[number[i + 1]] > v else v
        return total
    return None


@lru_cache(maxsize=None)
def _marker_regexes() -> dict[str, re.Pattern[str]]:
    data = vocab.load("layout")
    return {
        key: vocab.phrase_regex(data.get(key, []))
        for key in ("considerations_start", "agreement_phrases", "signature_start", "annex_start")
    }


def markers(key: str) -> re.Pattern[str]:
    return _marker_regexes()[key]


def _title_like(s: str, max_words: int = 10) -> bool:
    """A short line that reads as a heading: capital first, no sentence punctuation."""
    s = s.strip()
    if not s or len(s) > 90 or len(s.split()) > max_words:
        return False
    if s[-1] in ".;,:" and not s.endswith("etc."):
        return False
    if label_of(s) is not None:
        return False
    return s[0].isupper() or s[0] in "\"“„‘'"


# 'De ondergetekenden:' or 'Ondergetekenden,' with the party list after it on the same line
_LIST_IN_LINE_RE = compile_cached(r"(?:(?<=\s)|^)(?:de\s+)?ondergetekenden(?:\s*[:,]\s*|\s+(?=1[.)]\s))(?=\S.{20})", re.I)


def find_title(lines: list[Line]) -> Span | None:
    """The first line with text. A first line that runs on into the party list (a text
    taken from a web page or PDF without its line breaks) ends where the list begins, and
    is no title at all when it begins with it."""
    for line in lines:
        if line.blank:
            continue
        stripped = strip_markup(line.text)
        if not stripped:
            continue
        offset = line.text.find(stripped)
        start = line.start + max(offset, 0)
        inline = _LIST_IN_LINE_RE.search(stripped)
        if inline is not None:
            if not stripped[:inline.start()].strip():
                return None
            stripped = stripped[:inline.start()].rstrip()
        return Span(start, start + len(stripped))
    return None


def title_block(lines: list[Line], title: Span | None) -> str:
    """The title and a Markdown subtitle right under it ('# Samen Klaverhof' then '## Onze
    ambitie voor de wijk'): together they say what kind of text this is."""
    if title is None:
        return ""
    for i, line in enumerate(lines):
        if line.start <= title.start < max(line.end, line.start + 1):
            j = _next_nonblank(lines, i)
            text = strip_markup(lines[i].text)
            if j is not None and MD_HEADING_RE.match(lines[j].text):
                text += "\n" + strip_markup(lines[j].text)
            return text
    return ""


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, min(len(lines), i + 6)):
        if not lines[j].blank:
            return j
    return None


def find_article_headings(lines: list[Line]) -> list[tuple[int, Article]]:
    """'Artikel 4 Financiën', 'Artikel 4. Financiën', 'ARTIKEL IV', '## Artikel 4' and
    'Artikel 4' with the title on the next line. Returns (line index, Article) with end
    still unset; numbers must rise, so a line that merely starts with a reference
    ('Artikel 28 van het Verdrag bepaalt ...') is not taken for a heading."""
    found: list[tuple[int, Article]] = []
    last = 0
    for i, line in enumerate(lines):
        if line.blank or line.text[0] not in "#*_Aa":
            continue
        content = strip_markup(line.text)
        m = ARTICLE_RE.match(content)
        if m is None:
            continue
        value = number_value(m.group("num"))
        if value is None or value <= last:
            continue
        title = m.group("title").strip().strip("*_").strip()
        sep = m.group("sep")
        heading_end = line.end
        if title:
            explicit = bool(sep.strip())
            if not explicit and not title[0].isupper():
                continue        # 'Artikel 4 is van toepassing ...': a sentence
            if len(title) > 100 or (title.endswith((".", ";", ",")) and len(title.split()) > 6):
                continue
            title = title.rstrip(".:")
        else:
            j = _next_nonblank(lines, i)
            if j is not None:
                candidate = strip_markup(lines[j].text)
                if _title_like(candidate) and not ARTICLE_RE.match(candidate):
                    title = candidate
                    heading_end = lines[j].end
        last = value
        found.append((i, Article(number=m.group("num"), title=title, start=line.start,
                                 heading_end=heading_end, end=heading_end)))
    return found


def find_sections(lines: list[Line], skip: list[Span], title_line: int | None) -> list[tuple[int, Article]]:
    """Headings without the word 'Artikel', for texts that have no articles: Markdown
    '## Financiën', or '3. Financiën' alone on a line. Numbered ones must count up by one,
    so a numbered list inside a section is not taken for headings."""

    def skipped(line: Line) -> bool:
        return any(s.start <= line.start < s.end for s in skip)

    md: list[tuple[int, int, Article]] = []
    for i, line in enumerate(lines):
        if line.blank or i == title_line or skipped(line):
            continue
        m = MD_HEADING_RE.match(line.text)
        if m and m.group(2).strip():
            head = m.group(2).replace("**", "").strip()
            num = SECTION_RE.match(head)
            number, title = (num.group("num"), num.group("title").strip()) if num else ("", head)
            md.append((len(m.group(1)), i, Article(number=number, title=title.rstrip(".:"),
                                                   start=line.start, heading_end=line.end,
                                                   end=line.end)))
    if md:
        level = min(l for l, _, _ in md)
        return [(i, a) for l, i, a in md if l == level]

    found: list[tuple[int, Article]] = []
    expected = None
    for i, line in enumerate(lines):
        if line.blank or i == title_line or skipped(line):
            continue
        content = strip_markup(line.text)
        title, heading_end = "", line.end
        m = SECTION_RE.match(content)
        if m and _title_like(m.group("title"), max_words=9):
            title = m.group("title").strip()
        else:
            m = NUMBER_ONLY_RE.match(content)
            if not m:
                continue
            j = _next_nonblank(lines, i)
            if j is None or not _title_like(lines[j].text, max_words=9):
                continue
            title, heading_end = strip_markup(lines[j].text), lines[j].end
        value = int(m.group("num"))
        if expected is not None and value != expected:
            continue
        if expected is None and value > 1:
            continue
        # A list of short items ("1. Kennis\n2. Data") is no heading: a heading is
        # followed by text, not straight away by its next number.
        j = _next_nonblank(lines, i)
        if j is not None and j == i + 1:
            nxt = SECTION_RE.match(strip_markup(lines[j].text))
            if nxt and int(nxt.group("num")) == value + 1:
                continue
        expected = value + 1
        found.append((i, Article(number=m.group("num"), title=title, start=line.start,
                                 heading_end=heading_end, end=heading_end)))
    return found if len(found) >= 2 else []


def find_signature(lines: list[Line], text_len: int, after: int) -> Span | None:
    """The block that starts with 'Aldus overeengekomen', 'Namens ...', 'Voor akkoord'."""
    rx = markers("signature_start")
    for line in lines:
        if line.blank or line.start < after or len(line.text) > 160:
            continue
        content = strip_markup(line.text)
        m = rx.match(content)
        if m is None:
            continue
        return Span(line.start, _block_end(lines, line.start, text_len))
    # No such words: a line with only a place and a date in the last third of the text,
    # followed by the signers ('Amerswold, 14 mei 2026' / 'Gemeente Amerswold, R. Bakker,
    # wethouder').
    for n, line in enumerate(lines):
        if line.blank or line.start < max(after, text_len * 2 // 3):
            continue
        if _PLACE_DATE_RE.fullmatch(strip_markup(line.text).strip()) and any(
                not nxt.blank for nxt in lines[n + 1:]):
            return Span(line.start, _block_end(lines, line.start, text_len))
    return None


def find_later_signatures(lines: list[Line], text_len: int, signature: Span | None) -> list[Span]:
    """Signature blocks in what follows the first one (a toetredingsverklaring after the
    signatures, with its own place, date and signers), each up to the next annex."""
    rx = markers("signature_start")
    out: list[Span] = []
    after = signature.end if signature and signature.end < text_len else text_len
    while after < text_len:
        start = next((l.start for l in lines if not l.blank and l.start > after and len(l.text) <= 160
                      and (rx.match(strip_markup(l.text))
                           or _PLACE_DATE_RE.fullmatch(strip_markup(l.text).strip()))), None)
        if start is None:
            break
        end = _block_end(lines, start, text_len)
        out.append(Span(start, end))
        after = max(end, start + 1)
    return out


_PLACE_DATE_RE = compile_cached(
    r"(?:(?:plaats\s+en\s+datum|datum)\s*:\s*)?[A-Z][\w'’.-]+(?:[ -][A-Z\w'’.-]+){0,3},?\s+"
    r"(?:de\s+)?\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\s+\d{4}\.?")


def _block_end(lines: list[Line], start: int, text_len: int) -> int:
    """End of a trailing block: the next annex heading, else the last text."""
    rx = markers("annex_start")
    last = start
    for line in lines:
        if line.start <= start or line.blank:
            continue
        content = strip_markup(line.text)
        if rx.match(content) and len(content) < 80 and line.start > start:
            return last
        last = line.end
    return max(last, start)


def close_articles(articles: list[Article], lines: list[Line], text_len: int,
                   signature: Span | None) -> None:
    """Each article ends where the next starts; the last at the signature, an annex or
    the end of its text."""
    for a, b in zip(articles, articles[1:]):
        a.end = _trim_end(lines, a.heading_end, b.start)
    if not articles:
        return
    last = articles[-1]
    stop = signature.start if signature and signature.start > last.start else text_len
    rx = markers("annex_start")
    for line in lines:
        if last.heading_end < line.start < stop and not line.blank:
            content = strip_markup(line.text)
            if rx.match(content) and len(content) < 80 and (line.text.startswith("#")
                                                             or len(content.split()) <= 4):
                stop = line.start
                break
    last.end = _trim_end(lines, last.heading_end, stop)


def _trim_end(lines: list[Line], floor: int, limit: int) -> int:
    """The end of the last text before ``limit`` (so spans carry no trailing blank lines)."""
    end = floor
    for line in lines:
        if line.start >= limit:
            break
        if not line.blank and line.end <= limit:
            end = max(end, line.end)
    return end


# --------------------------------------------------------------------------- clauses

def _style(label: str) -> str:
    """The numbering style of a label: the level of a clause follows from the order in
    which styles first appear inside an article (like list levels in a word processor)."""
    core = label.strip("().")
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", label):
        return f"dotted{label.rstrip('.').count('.')}"
    if core.isdigit():
        return "number"
    if core in ("ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"):
        return "roman"
    return "letter"


def find_clauses(lines: list[Line], articles: list[Article], skip: list[Span],
                 text_len: int) -> list[Clause]:
    """Numbered clauses and list items ('4.1', '1.', 'a.', '2)') with their article.

    A clause runs to the next clause of the same or a higher level, a heading, the end
    of its article, or a paragraph after a blank line that is not part of a list."""
    heading_lines = {a.start for a in articles}
    cands: list[tuple[int, str, int, str | None]] = []   # (line idx, label, start, article)
    styles: dict[str | None, list[str]] = {}
    levels: list[int] = []
    art_i = 0
    for i, line in enumerate(lines):
        if line.blank or line.start in heading_lines:
            continue
        if any(s.start <= line.start < s.end for s in skip):
            continue
        while art_i + 1 < len(articles) and line.start >= articles[art_i + 1].start:
            art_i += 1
        article = articles[art_i] if articles and articles[art_i].start <= line.start < articles[art_i].end else None
        if article is not None and line.start < article.heading_end:
            continue
        found = label_of(line.text)
        if found is None:
            continue
        label = found[0]
        if re.fullmatch(r"\d+(?:\.\d+)+\.?", label) and article is not None and article.number.isdigit():
            if label.split(".")[0] != article.number:
                continue   # '1.250 euro' or a stray number, not a clause of this article
        key = article.number if article else None
        order = styles.setdefault(f"{key}@{article.start if article else -1}", [])
        style = _style(label)
        if style not in order:
            order.append(style)
        cands.append((i, label, line.start, article.number if article else None))
        levels.append(order.index(style))

    clauses: list[Clause] = []
    for n, (i, label, start, art) in enumerate(cands):
        article = next((a for a in articles if a.start <= start < a.end), None)
        limit = article.end if article else text_len
        for m in range(n + 1, len(cands)):
            if cands[m][3] != art or cands[m][2] >= limit:
                break
            if levels[m] <= levels[n]:
                limit = min(limit, cands[m][2])
                break
        end = _paragraph_end(lines, i, limit, {c[0] for c in cands})
        clauses.append(Clause(label=label, start=start, end=end, article=art))
    return clauses


def _paragraph_end(lines: list[Line], i: int, limit: int, clause_lines: set[int]) -> int:
    end = lines[i].end
    gap = False
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line.start >= limit:
            break
        if line.blank:
            gap = True
            continue
        if MD_HEADING_RE.match(line.text):
            break
        if gap and j not in clause_lines:
            break
        end = line.end
        gap = False
    return min(end, limit) if end > lines[i].start else lines[i].end


# --------------------------------------------------------------------------- considerations

def find_considerations(text: str, lines: list[Line], limit: int, sections: bool = False) -> Span | None:
    """From 'Overwegende (dat)' to 'Komen het volgende overeen' or the first article; in a
    text of headed sections without articles (`sections`), to the next heading."""
    start_rx = markers("considerations_start")
    agree_rx = markers("agreement_phrases")
    m = None
    for found in start_rx.finditer(text, 0, limit):
        # At the start of a line (or of a comma-joined preamble chunk), not in prose.
        before = text[max(0, found.start() - 3):found.start()].rstrip(" \t*#-–•")
        if not before or before[-1] in "\n,;:":
            m = found
            break
    if m is None:
        return None
    start = m.start()
    a = agree_rx.search(text, m.end(), limit)
    end = a.start() if a else (_next_heading(lines, m.end(), limit) if sections else limit)
    if a:
        # 'Partijen komen het volgende overeen:' on its own line: the subject goes too.
        line_start = text.rfind("\n", 0, end) + 1
        if line_start > start and len(text[line_start:end].split()) <= 3:
            end = line_start
    while end > m.end() and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Span(start, max(end, m.end()))


def _next_heading(lines: list[Line], after: int, limit: int) -> int:
    """Without 'Komen het volgende overeen', considerations under a heading of their own
    ('Uitgangspunten') end where the next heading starts ('Inzet van partijen'), not at the
    end of the opening: the sections after them are the agreement itself."""
    previous_blank = False
    for line in lines:
        if line.start >= limit:
            break
        if line.start > after and previous_blank and not line.blank and _bare_heading(line.text):
            return line.start
        previous_blank = line.blank
    return limit


def _bare_heading(s: str) -> bool:
    s = s.strip().strip("*#_ ").strip()
    return bool(s) and len(s.split()) <= 8 and s[-1] not in ".;:,!?" and (s[0].isupper() or s[0].isdigit())


def preamble_end(text: str, articles: list[Article], default: int) -> int:
    """Where the agreement proper starts: the agreement phrase or the first article."""
    first = articles[0].start if articles else default
    m = markers("agreement_phrases").search(text, 0, first)
    return m.end() if m else first
