"""Parties in a table (Markdown or aligned columns) and in the signature block.

A header row such as '| Partij | Gevestigd te | Hierna te noemen |' names the columns;
the column words live in parties.yaml (table_name_columns, table_short_columns).
"""

from __future__ import annotations

import re

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from ..text import TABLE_SEPARATOR_RE, Line, strip_determiner, strip_markup, table_cells
from .names import Draft, PartyList, _as_written, _clean, _org_name, _vocab, name_like


_ALIGNED_GAP = compile_cached(r" {2,}|\t+")


def _table_row(text: str) -> "list[str] | None":
    """The cells of a table row: between pipes ('| A | B |'), or, in plain text, columns
    aligned with runs of spaces or tabs ('Naam      In deze afspraken')."""
    if text.count("|") >= 2:
        return table_cells(text)
    cells = [c for c in _ALIGNED_GAP.split(text.strip()) if c]
    return cells if len(cells) >= 2 else None


_CELL_SHORT_RE = compile_cached(r"(?P<name>.*?\S)\s*\((?:hierna:?\s*|kortweg:?\s*)?(?P<short>(?:de\s+|het\s+)?"
                            r"[A-Z][\w&'’.-]{1,25}(?:\s+[A-Z][\w&'’.-]*){0,2})\)$")


_BOLD_CELL = compile_cached(r"^(?:\*\*|__)[^*_|]+(?:\*\*|__)$")


def _table_body(rows: list[Line]) -> list[tuple[Line, list[str]]]:
    """The rows of a table after its header, with their cells, up to the first line that
    is no table row (separator rows like '|---|---|' left out)."""
    body = []
    for row in rows:
        cells = None if row.blank else _table_row(row.text)
        if cells is None:
            break
        if not TABLE_SEPARATOR_RE.match(row.text):
            body.append((row, cells))
    return body


def _bold_column(body: list[tuple[Line, list[str]]], width: int, name_col: int) -> int | None:
    """The one column (not the name's) whose cell is in bold on every row of the table."""
    rows = [cells for _, cells in body]
    if len(rows) < 2 or any(len(cells) != width for cells in rows):
        return None
    bold = [k for k in range(width)
            if k != name_col and all(_BOLD_CELL.match(cells[k]) for cells in rows)]
    return bold[0] if len(bold) == 1 else None


def find_table_parties(lines: list[Line], zone_end: int, need_short: bool = True,
                       signers: bool = False) -> PartyList | None:
    """Parties in a table, plain or Markdown: a header row with a column for the name
    ('Partij', 'Naam', 'Organisatie') and one for the short name ('Hierna te noemen',
    'Korte naam', 'Afkorting'; without ``need_short`` it may lack one: a last resort, as a
    table of contributions per party has a 'Partij' column too), then one row per party.
    With ``signers``, the table of a signature block: its 'Namens' column holds the
    organisations (its 'Naam' column the persons who sign)."""
    v = _vocab()
    for i, line in enumerate(lines):
        if line.start >= zone_end:
            break
        head_cells = _table_row(line.text)
        if head_cells is None:
            continue
        header = [strip_markup(c).lower().rstrip(":") for c in head_cells]
        columns = v["table_signer_columns"] if signers else v["table_name_columns"]
        name_col = next((k for k, c in enumerate(header) if c in columns), None)
        if name_col is None and signers and any(c.startswith("namens") for c in header):
            # '| Partner | Namens de partner |': the organisations in the first column, who
            # signs for each in the column 'namens'
            name_col = next((k for k, c in enumerate(header) if c in v["table_name_columns"]), None)
        if name_col is None:
            continue
        short_col = next((k for k, c in enumerate(header)
                          if any(c.startswith(w) for w in v["table_short_columns"])), None)
        body = _table_body(lines[i + 1:])
        if short_col is None:
            short_col = _bold_column(body, len(header), name_col)
        if short_col is None and need_short:
            continue
        drafts: list[Draft] = []
        end = line.end
        for row, cells in body:
            if len(cells) != len(header):
                break
            raw = strip_markup(cells[name_col])
            name = _as_written(_clean(raw))
            # 'Omgevingsdienst Rivierland (ODR)': the short name in brackets in the cell
            bracket = _CELL_SHORT_RE.match(name)
            if bracket and (short_col is None or not _clean(strip_markup(cells[short_col]))):
                name = bracket.group("name")
            if not name or not name_like(strip_determiner(name), strict=False):
                break
            start = row.start + row.text.find(raw) if raw in row.text else row.start
            short = _clean(strip_markup(cells[short_col])) if short_col is not None else ""
            if not short and bracket:
                short = bracket.group("short")
            key = short or name
            drafts.append(Draft(name=name, key=key, start=start, end=row.end,
                                aliases=[name] if key != name else []))
            end = row.end
        if len(drafts) >= 2:
            return PartyList(drafts, Span(line.start, end), [])
    return None


_SIGNS_FOR_RE = compile_cached(r"^\s*(?:voor|namens)\s+(?:de\s+|het\s+)?", re.I)


_PROPER_NAME_RE = compile_cached(r"(?:De|Het|'t)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_ORG_THEN_PERSON_RE = compile_cached(r"\s*(?P<org>[^,\n]{3,80}?)\s*,\s*(?:(?:[A-Z]|IJ|Th|Chr)\.\s*)+(?:[a-z]+\s+){0,2}[A-Z]")


def _signature_org(content: str, signed: bool) -> str | None:
    """The organisation a signature line names ('Voor Stichting X:'); with ``signed`` (a
    person signs on the same line) a proper name like 'De Zwaluwen' is one too."""
    content = _SIGNS_FOR_RE.sub("", content).strip().rstrip(":")
    if any(ch.isdigit() for ch in content):
        return None     # a place and a date
    org = _org_name(content)
    if org is None and signed and _PROPER_NAME_RE.fullmatch(content):
        org = content
    return org


def find_signature_parties(lines: list[Line], start: int, end: int) -> PartyList | None:
    """Parties that only the signature block names: one block of lines each, the
    organisation on the first line ('Gemeente Lindemaas', 'Voor Stichting X:'), then who
    signs for it; or one line each, the organisation and then the person ('De Zwaluwen,
    A. Bakker, voorzitter'). Two organisations at least; a line with a place and a date,
    or a person, names none."""
    drafts: list[Draft] = []
    block: list[Line] = []
    for line in [*(l for l in lines if start <= l.start < end), None]:
        if line is not None and not line.blank:
            block.append(line)
            continue
        # 'VV Heuvelrijk, K. Peters, voorzitter': one line a party, the person after it;
        # else the block's first line names the organisation
        found = [(l, org) for l in block if (m := _ORG_THEN_PERSON_RE.match(strip_markup(l.text)))
                 and (org := _signature_org(m.group("org"), signed=True))]
        if not found and block and (org := _signature_org(strip_markup(block[0].text), signed=False)):
            found = [(block[0], org)]
        for first, org in found:
            if not any(d.name == org for d in drafts):
                at = first.start + max(first.text.find(org), 0)
                drafts.append(Draft(name=org, key=org, start=at, end=at + len(org)))
        block = []
    if len(drafts) < 2:
        return None
    return PartyList(drafts, Span(drafts[0].start, drafts[-1].end), [])
