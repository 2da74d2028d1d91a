"""The 'wie doet wat' report: per party what it brings, does, decides, how it joins or
leaves and what its interest is. Text for people (Dutch, B1), JSON for machines.

Empty cells are shown on purpose, with one clear marker: they are what the partners
still have to talk about.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from ..agreement import Agreement, Commitment
    from ..structure.matrix import MatrixItem, PartyRow

EMPTY = "— (niet geregeld)"
NO_PARTIES = "Geen partijen gevonden. Noem de partijen aan het begin van de tekst, bijvoorbeeld na 'De ondergetekenden:'."

# The cells, in the order of the model's questions: halen en brengen, wie doet wat,
# wie bepaalt wat, wie hoort erbij, belangen.
CELLS = (
    ("geld", "Geld"),
    ("tijd", "Tijd"),
    ("kennis", "Kennis en middelen"),
    ("tasks", "Taken (wie doet wat)"),
    ("decisions", "Beslissen (wie bepaalt wat)"),
    ("membership", "Erbij en eruit"),
    ("interests", "Belang"),
)
_SHORT = {"geld": "Geld", "tijd": "Tijd", "kennis": "Kennis", "tasks": "Taken",
          "decisions": "Beslissen", "membership": "Erbij/eruit", "interests": "Belang"}

BOLD, DIM, YELLOW, RESET = "\x1b[1m", "\x1b[2m", "\x1b[33m", "\x1b[0m"
_PERIOD = {"jaar": "per jaar", "maand": "per maand", "week": "per week", "kwartaal": "per kwartaal",
           "halfjaar": "per half jaar", "eenmalig": "eenmalig"}


# --------------------------------------------------------------------------- formatting

def number_nl(value: float) -> str:
    """90000 -> '90.000', 1.2 -> '1,2', 2400000 -> '2.400.000'."""
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}".replace(",", ".")
    whole, frac = f"{value:,.2f}".split(".")
    frac = frac.rstrip("0")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def describe(c: "Commitment") -> str:
    """One contribution as a reader wants to see it, normalised."""
    if c.type == "geld":
        parts = []
        if c.share is not None:
            parts.append(f"{number_nl(c.share)}% van de kosten")
        if c.amount is not None:
            money = f"€ {number_nl(c.amount)}"
            if c.share is not None:
                money = "maximaal " + money
            per = ""
            if c.unit and "/" in c.unit:
                tail = c.unit.split("/", 1)[1]
                per = " " + _PERIOD.get(tail, f"per {tail}")
            elif c.period == "eenmalig":
                per = " eenmalig"
            if c.currency:          # 'f 54 miljoen' stays readable beside its euros
                per += f" ({c.text.strip()})"
            parts.append(money + per)
        return ", ".join(parts) or c.text
    if c.type == "tijd":
        if c.amount is None:
            return c.text
        if c.unit == "fte":
            return f"{number_nl(c.amount)} fte" + (f" {_PERIOD[c.period]}" if c.period in _PERIOD else "")
        if c.unit == "uur/jaar":
            return f"{number_nl(c.amount)} uur per jaar ({c.text.strip()})"
        return f"{number_nl(c.amount)} uur ({c.text.strip()})"
    if c.type == "kennis":
        kind = c.resource or "kennis"
        return f"{kind}: {c.text}" if kind != c.text.lower() else c.text
    return c.text


def _item(i: "MatrixItem") -> str:
    where = f" (art.\u00a0{i.article})" if i.article else ""  # never split over lines
    detail = f"{i.detail}: " if i.detail and i.detail not in i.text.lower() else ""
    return f"{detail}{i.text}{where}"


def cell_lines(row: "PartyRow", cell: str) -> list[str]:
    if cell in ("geld", "tijd", "kennis"):
        return [describe(c) for c in row.contributions_of(cell)]
    if cell == "decisions":
        lines = []
        if row.bodies:
            lines.append("zit in: " + ", ".join(row.bodies))
        return lines + [_item(i) for i in row.decisions]
    return [_item(i) for i in getattr(row, cell)]


def _wrap(s: str, width: int, **kw) -> list[str]:
    return [line.replace("\u00a0", " ") for line in textwrap.wrap(s, width, **kw)]


def _paint(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{RESET}" if color and s else s


# --------------------------------------------------------------------------- text

def render_parties_text(rows: "list[PartyRow]", width: int = 80, color: bool = False) -> str:
    """A table when it fits in ``width`` columns, else one block per party."""
    width = max(40, int(width or 80))
    if not rows:
        return NO_PARTIES + "\n"
    header = f"Wie doet wat: {len(rows)} {'partij' if len(rows) == 1 else 'partijen'}"
    table = _table(rows, width, color)
    body = table if table is not None else _blocks(rows, width, color)
    open_cells = sum(1 for r in rows for c, _ in CELLS if not cell_lines(r, c))
    footer = (f"{open_cells} lege {'cel' if open_cells == 1 else 'cellen'}: "
              f"dit moeten de partners nog samen afspreken." if open_cells
              else "Alle cellen zijn gevuld.")
    return "\n".join([_paint(header, BOLD, color), "", body.rstrip("\n"), "", footer]) + "\n"


def _title(row: "PartyRow") -> tuple[str, str]:
    name = row.name
    extra = []
    if row.key != row.name:
        extra.append(f"in de tekst: {row.key}")
    if row.aliases:
        extra.append("ook: " + ", ".join(row.aliases))
    return name, "; ".join(extra)


def _blocks(rows: "list[PartyRow]", width: int, color: bool) -> str:
    label_w = max(len(label) for _, label in CELLS) + 2
    text_w = max(20, width - label_w - 2)
    out: list[str] = []
    for row in rows:
        name, extra = _title(row)
        out.append(_paint(name, BOLD, color))
        if extra:
            out.extend("  " + line for line in textwrap.wrap(f"({extra})", width - 2))
        for cell, label in CELLS:
            lines = cell_lines(row, cell)
            pad = " " * (label_w + 2)
            first = True
            if not lines:
                out.append(f"  {label.ljust(label_w)}{_paint(EMPTY, YELLOW, color)}")
                continue
            for entry in lines:
                # Two columns go to the bullet ('• ') and to the indent under it.
                wrapped = _wrap(entry, text_w - 2) or [""]
                for n, piece in enumerate(wrapped):
                    lead = f"  {label.ljust(label_w)}" if first else pad
                    out.append(f"{lead}• {piece}" if n == 0 else f"{pad}  {piece}")
                    first = False
        out.append("")
    return "\n".join(out)


def _table(rows: "list[PartyRow]", width: int, color: bool) -> str | None:
    """One row per party, one column per cell; None when it does not fit."""
    columns = [("party", "Partij")] + [(c, _SHORT[c]) for c, _ in CELLS]
    min_w = 14
    sep = " │ "
    if len(columns) * min_w + (len(columns) - 1) * len(sep) > width:
        return None
    avail = width - (len(columns) - 1) * len(sep)
    col_w = [max(min_w, avail // len(columns))] * len(columns)
    col_w[-1] = avail - sum(col_w[:-1])
    lines = [sep.join(_paint(label.ljust(w), BOLD, color) for (_, label), w in zip(columns, col_w))]
    lines.append("─┼─".join("─" * w for w in col_w))
    for row in rows:
        cells: list[list[tuple[str, bool]]] = []
        for (cell, _), w in zip(columns, col_w):
            if cell == "party":
                name, extra = _title(row)
                wrapped = textwrap.wrap(name, w) + (textwrap.wrap(f"({extra})", w) if extra else [])
                cells.append([(x, False) for x in wrapped])
                continue
            entries = cell_lines(row, cell)
            if not entries:
                cells.append([(x, True) for x in textwrap.wrap(EMPTY, w)])
                continue
            wrapped = []
            for entry in entries:
                wrapped += _wrap("• " + entry, w, subsequent_indent="  ")
            cells.append([(x, False) for x in wrapped])
        height = max(len(c) for c in cells)
        for n in range(height):
            parts = []
            for c, w in zip(cells, col_w):
                text, empty = c[n] if n < len(c) else ("", False)
                padded = text.ljust(w)
                parts.append(_paint(padded, YELLOW, color) if empty else padded)
            lines.append(sep.join(parts).rstrip())
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- JSON

def _positions(agreement: "Agreement"):
    from ..structure.text import LineIndex

    index = LineIndex(agreement.text)

    def pos(start: int | None, end: int | None) -> dict[str, Any]:
        if start is None or end is None:
            return {"start": None, "end": None, "line": None, "column": None,
                    "end_line": None, "end_column": None}
        line, column = index.position(start)
        end_line, end_column = index.position(end)
        return {"start": start, "end": end, "line": line, "column": column,
                "end_line": end_line, "end_column": end_column}
    return pos


def _commitment_json(c: "Commitment", pos) -> dict[str, Any]:
    return {"type": c.type, "text": c.text, "party": c.party, "parties": list(c.parties or ([c.party] if c.party else [])),
            "amount": c.amount, "unit": c.unit, "period": c.period, "share": c.share,
            "resource": c.resource, "currency": c.currency, "description": describe(c), **pos(c.start, c.end)}


def _item_json(i: "MatrixItem", pos) -> dict[str, Any]:
    return {"text": i.text, "article": i.article, "detail": i.detail or None, **pos(i.start, i.end)}


def parties_json(agreement: "Agreement", rows: "Iterable[PartyRow]") -> dict[str, Any]:
    """``parties``, ``commitments`` and ``structure`` for the JSON report; JSON-safe, with
    a fixed key order, offsets also as 1-based line and column (end exclusive)."""
    pos = _positions(agreement)
    by_key = {p.key: p for p in agreement.parties}
    parties = []
    for row in rows:
        party = by_key.get(row.key)
        span = party.span if party else None
        parties.append({
            "key": row.key,
            "name": row.name,
            "aliases": list(row.aliases),
            "introduced": pos(span.start, span.end) if span else None,
            "mentions": len(party.mentions) if party else 0,
            "contributions": [_commitment_json(c, pos) for c in row.contributions],
            "dates": [_commitment_json(c, pos) for c in row.dates],
            "tasks": [_item_json(i, pos) for i in row.tasks],
            "decisions": [_item_json(i, pos) for i in row.decisions],
            "bodies": list(row.bodies),
            "membership": [_item_json(i, pos) for i in row.membership],
            "interests": [_item_json(i, pos) for i in row.interests],
            "empty": row.empty(),
        })
    a = agreement
    span = lambda s: pos(s.start, s.end) if s is not None else None  # noqa: E731
    structure = {
        "kind": a.kind,
        "kind_detected": a.kind_detected,
        "title": ({"text": a.text[a.title.start:a.title.end], **pos(a.title.start, a.title.end)}
                  if a.title else None),
        "party_list": span(a.party_list),
        "collective": list(a.collective),
        "considerations": span(a.considerations),
        "articles": [{"number": x.number, "title": x.title, **pos(x.start, x.end)} for x in a.articles],
        "clauses": [{"label": c.label, "article": c.article, **pos(c.start, c.end)} for c in a.clauses],
        "definitions": [{"term": d.term, "definition": d.definition, **pos(d.start, d.end)}
                        for d in a.definitions],
        "signature": span(a.signature),
    }
    return {
        "parties": parties,
        "commitments": [_commitment_json(c, pos) for c in a.commitments],
        "structure": structure,
    }
