r"""Text as users paste it, made plain without moving a line.

Agreements copied from Word, a PDF or a web page carry non-breaking and other typographic
spaces ('€\u00a090.000', 'artikel\u00a04'), invisible characters inside words (the soft
hyphen of 'samen\u00adwerking', zero-width spaces and joiners) and, from old Mac files,
lines ended by a bare carriage return. Rules and readers expect a plain space, whole words
and a line feed. The text keeps its length: a typographic space becomes one space and a
bare '\r' one '\n', so offsets, lines and columns stay exactly where they were in the
file; a line loses its invisible characters to spaces at its end, so its words are whole
and every line keeps its place. Where that moves a character within its line, `Moved`
says where it stood, so that reports give the line and column of the file as written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# no-break space, figure space, narrow no-break space, the fixed-width spaces of
# typesetting, the ideographic space: all read as a plain space
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"})
_BARE_CR = re.compile(r"\r(?!\n)")
# soft hyphen, zero-width space, non-joiner and joiner, word joiner, a byte order mark
# inside the text
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_LINE_WITH_INVISIBLE = re.compile(f"^[^\\r\\n]*[{_INVISIBLE}][^\\r\\n]*", re.MULTILINE)
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)


def plain(text: str) -> str:
    """The same text, as long: odd spaces as ' ', a bare '\\r' as '\\n', words whole."""
    return plain_and_moved(text)[0]


def plain_and_moved(text: str) -> "tuple[str, Moved]":
    """`plain(text)`, and where it took characters out of their lines (nothing, for most
    texts)."""
    if "\r" in text:
        text = _BARE_CR.sub("\n", text)
    if not _HAS_INVISIBLE.search(text):
        return text.translate(_SPACES), Moved()
    lines = []

    def whole_words(line: re.Match[str]) -> str:
        # the characters taken out come back as spaces at the end of their line: a space
        # next to the word would split a phrase ('brede  welvaart' is two tokens and a
        # space), and at the line end the lines keep their places
        written = line.group()
        words = written.translate(_DROP_INVISIBLE)
        lines.append((line.start(), len(written), tuple(n for n, c in enumerate(written) if c in _INVISIBLE)))
        return words + " " * (len(written) - len(words))

    text = _LINE_WITH_INVISIBLE.sub(whole_words, text)
    return text.translate(_SPACES), Moved(tuple(lines))


@dataclass(frozen=True)
class Moved:
    """Per line that `plain` changed within: its start offset, its length and the columns
    (0-based, as written) of the characters taken out. Plain, hashable data: it crosses
    processes with the report."""

    lines: tuple[tuple[int, int, tuple[int, ...]], ...] = ()

    @cached_property
    def _by_start(self) -> dict[int, tuple[int, tuple[int, ...]]]:
        return {start: (length, taken) for start, length, taken in self.lines}

    def column(self, line_start: int, column: int) -> int:
        """The 0-based column in the file of what stands at `column` in the plain line."""
        found = self._by_start.get(line_start)
        if found is None:
            return column
        length, taken = found
        before = 0
        for at in taken:
            if at <= column + before:
                before += 1
            else:
                break
        return min(column + before, length)

