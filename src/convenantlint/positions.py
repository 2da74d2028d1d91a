"""Character offsets to 1-based line and column, in characters of the decoded text."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .plain_text import Moved


class LineIndex:
    """Offsets of the plain text to the line and column of the file as written (`moved`:
    where plain_text took invisible characters out of a line)."""

    def __init__(self, text: str, moved: "Moved | None" = None) -> None:
        self.moved = moved if moved is not None and moved.lines else None
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        column = offset - self.starts[line]
        if self.moved is not None:
            column = self.moved.column(self.starts[line], column)
        return line + 1, column + 1

    def offset(self, offset: int) -> int:
        """The character offset in the file as written."""
        if self.moved is None:
            return offset
        line = bisect_right(self.starts, offset) - 1
        return self.starts[line] + self.moved.column(self.starts[line], offset - self.starts[line])


def as_written(data: Any, text: str, moved: "Moved") -> Any:
    """JSON-like report data with each position (a mapping with 'start' and 'column', and
    'end' and 'end_column') given in the file as written: the offsets, lines and columns
    the structure and party readers computed on the plain `text`. Most texts moved nothing:
    their data comes back as it is."""
    if not moved.lines:
        return data
    return _remapped(data, LineIndex(text, moved))


def _remapped(data: Any, index: LineIndex) -> Any:
    if isinstance(data, list):
        return [_remapped(item, index) for item in data]
    if not isinstance(data, dict):
        return data
    out = {key: _remapped(value, index) for key, value in data.items()}
    if isinstance(data.get("start"), int) and "column" in data:
        out["line"], out["column"] = index.line_col(data["start"])
        out["start"] = index.offset(data["start"])
    if isinstance(data.get("end"), int) and "end_column" in data:
        out["end_line"], out["end_column"] = index.line_col(data["end"])
        out["end"] = index.offset(data["end"])
    return out
