"""The default report: per file, per dimension, in Dutch, for a person reading it."""

from __future__ import annotations

import textwrap

from ..findings import DIMENSIONS, SEVERITIES
from . import FileReport

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "melding"}
SEVERITY_PLURAL_NL = {"error": "fouten", "warning": "waarschuwingen", "info": "meldingen"}
COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}
STATUS_COLORS = {"op orde": "green", "aandacht nodig": "yellow", "ontbreekt": "red"}


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, **kwargs) -> str:
        if not self.color:
            return text
        import click

        return click.style(text, **kwargs)


def _wrap(text: str, indent: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=max(40, width - len(indent)), initial_indent=indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [indent]


def render_file(report: FileReport, width: int = 88, color: bool = False,
                show_questions: bool = True) -> str:
    st = _Style(color)
    out: list[str] = []
    n = len(report.findings)
    head = f"{report.path}  ({report.kind}, {n} {'bevinding' if n == 1 else 'bevindingen'})"
    out.append(st(head, bold=True))
    phases = report.extras.get("phases")
    if phases:
        out.extend(_wrap(f"Fasen die de tekst laat zien: {', '.join(phases)}", "  ", width))
    summary = report.summary()
    lines = report.lines()
    for dim in DIMENSIONS:
        s = summary[dim]
        own = [f for f in report.findings if f.dimension == dim]
        status = st(s.status, fg=STATUS_COLORS.get(s.status), bold=True)
        out.append("")
        out.append(f"  {dim.upper()}  ·  {status}  ·  score {s.score}")
        if not own:
            out.append("    geen bevindingen")
            continue
        for f in own:
            where = "{}:{}".format(*lines.line_col(f.start)) if f.start is not None else "-"
            sev = st(SEVERITY_NL[f.severity], fg=COLORS[f.severity])
            label = f"{f.rule} {f.name}" + (f" ({f.party})" if f.party else "")
            out.append(f"    {where:<8} {sev:<{12 + (len(sev) - len(SEVERITY_NL[f.severity]))}} {st(label, bold=True)}")
            indent = " " * 13
            if f.excerpt and f.scope == "sentence":
                out.extend(_wrap(f"«{f.excerpt}»", indent, width))
            out.extend(_wrap(f.message, indent, width))
            if show_questions:
                out.extend(_wrap(f"Vraag aan de partners: {f.question}", indent, width))
    out.append("")
    out.append("  Samenvatting")
    out.append(f"    {'dimensie':<13}{'status':<17}{'score':>5}  bevindingen")
    for dim in DIMENSIONS:
        s = summary[dim]
        status = st(f"{s.status:<17}", fg=STATUS_COLORS.get(s.status))
        out.append(f"    {dim:<13}{status}{s.score:>5}  {s.findings}")
    return "\n".join(out)


def render(reports: list[FileReport], width: int = 88, color: bool = False,
           show_questions: bool = True) -> str:
    parts = [render_file(r, width, color, show_questions) for r in reports]
    counts = {s: 0 for s in SEVERITIES}
    for r in reports:
        for f in r.findings:
            counts[f.severity] += 1
    total = sum(counts.values())
    files = len(reports)
    detail = ", ".join(f"{counts[s]} {SEVERITY_PLURAL_NL[s] if counts[s] != 1 else SEVERITY_NL[s]}"
                       for s in SEVERITIES)
    tail = (f"Gecontroleerd: {files} {'bestand' if files == 1 else 'bestanden'}, "
            f"{total} {'bevinding' if total == 1 else 'bevindingen'} ({detail}).")
    return "\n\n".join(parts + [tail]) + "\n"
