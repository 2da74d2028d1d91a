"""Small text helpers shared by the structure modules: lines with offsets, quotes,
determiners, list labels. Pure functions on strings; no spaCy."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..compiled_regex import compile as compile_cached

QUOTES = "\"'“”„‘’‚«»`´"
DETERMINERS = ("de", "het", "een", "den")

# A list label at the start of a line: "4.1", "1.", "2)", "(3)", "a.", "b)", "(c)",
# "iv.", or a bullet. The label must be followed by a space or a letter ("a.het" occurs
# in published texts) and not be an abbreviation like "o.a.".
LABEL_RE = compile_cached(
    r"""^(?P<label>
        \d{1,2}(?:\.\d{1,2})+\.?            # 4.1  4.1.2  4.1.
      | \d{1,2}[.)]                         # 1.  2)
      | \(\d{1,2}\)                         # (3)
      | [a-z][.)](?![a-z]\.)                # a.  b)
      | \([a-z]\)                           # (c)
      | (?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)] # ii.  iv)
    )(?=\s|[A-Za-zÀ-ÿ"“„‘'])""",
    re.X,
)
# '- item', and '-item' as older published texts print it (a dash right before a letter
# or a currency sign)
BULLET_RE = compile_cached(r"^(?:[-–—•*▪·◦]\s+|[-–—•▪](?=[^\W\d_]|[€ƒ]))")
MD_HEADING_RE = compile_cached(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# The row under a table's header: '|---|:---:|', '---- | ----'
TABLE_SEPARATOR_RE = compile_cached(r"^\s*\|?\s*:?-{3,}")


def table_cells(row: str) -> list[str]:
    """The cells of a table row written with pipes: '| A | B |' -> ['A', 'B']."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [c.strip() for c in row.split("|")]


@dataclass(frozen=True)
class Line:
    """One line of the text: ``start``/``end`` cover its text without outer whitespace."""

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = pos + lead if stripped else pos
        lines.append(Line(number, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def strip_markup(s: str) -> str:
    """Markdown emphasis and heading marks around a line: '## **Artikel 4**' -> 'Artikel 4'."""
    if s[:1] == "#":
        s = MD_HEADING_RE.sub(r"\2", s)
    if "**" in s or "__" in s:
        s = s.replace("**", "").replace("__", "")
    return s.strip()


def strip_quotes(s: str) -> str:
    return s.strip().strip(QUOTES).strip()


def strip_determiner(s: str) -> str:
    """'de Gemeente' -> 'Gemeente', 'Het Koninkrijk' -> 'Koninkrijk'."""
    parts = s.split(None, 1)
    if len(parts) == 2 and parts[0].lower() in DETERMINERS:
        return parts[1]
    return s


def has_determiner(s: str) -> bool:
    parts = s.split(None, 1)
    return len(parts) == 2 and parts[0].lower() in DETERMINERS


def label_of(line: str) -> tuple[str, int] | None:
    """The list label at the start of a line and the offset where its text starts."""
    m = LABEL_RE.match(line)
    if m is None:
        return None
    rest = len(m.group(0))
    while rest < len(line) and line[rest].isspace():
        rest += 1
    return m.group("label"), rest


def is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


class LineIndex:
    """Offsets to 1-based line and column, end exclusive, as interface.md fixes them."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


WORD_RE = compile_cached(r"[\w][\w'’-]*")


def occurrences(lowered: str, word: str, start: int = 0, end: int | None = None):
    """Positions of ``word`` in an already lowercased text (str.find: C speed). Used to
    run a costly regex only where its literal part occurs."""
    end = len(lowered) if end is None else end
    at = lowered.find(word, start, end)
    while at != -1:
        yield at
        at = lowered.find(word, at + 1, end)
