"""Inline suppressions, in the text itself, for passages the partners have discussed.

    <!-- convenantlint-disable AMB-01 -->      off from here (all rules if no IDs)
    <!-- convenantlint-enable AMB-01 -->       on again
    <!-- convenantlint-disable-next AMB-05 --> off for the next sentence-like line only

HTML comments survive in Markdown, render as nothing, and are easy to grep; in plain
text they read as what they are: a note for the linter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding

_DIRECTIVE = re.compile(
    r"<!--\s*convenantlint-(disable-next|disable|enable)\b([^>]*?)-->", re.IGNORECASE)
_ALL = "*"


@dataclass(frozen=True)
class Region:
    rule: str          # an ID or "*"
    start: int
    end: int


def _ids(raw: str) -> list[str]:
    ids = [p.strip().upper() for p in re.split(r"[,\s]+", raw) if p.strip()]
    return ids or [_ALL]


def regions(text: str) -> list[Region]:
    if "convenantlint-" not in text:
        return []
    out: list[Region] = []
    open_at: dict[str, int] = {}
    for m in _DIRECTIVE.finditer(text):
        action, ids = m[1].lower(), _ids(m[2])
        if action == "disable-next":
            line_end = text.find("\n", m.end())
            nxt = text.find("\n", line_end + 1) if line_end != -1 else -1
            end = len(text) if nxt == -1 else nxt
            out += [Region(rule, m.start(), end) for rule in ids]
        elif action == "disable":
            for rule in ids:
                open_at.setdefault(rule, m.start())
        else:
            for rule in ids:
                keys = list(open_at) if rule == _ALL else [rule]
                for key in keys:
                    if key in open_at:
                        out.append(Region(key, open_at.pop(key), m.end()))
    out += [Region(rule, start, len(text)) for rule, start in open_at.items()]
    return out


def apply(findings: list[Finding], text: str) -> tuple[list[Finding], int]:
    """Findings that are not suppressed, and how many were."""
    found = regions(text)
    if not found:
        return findings, 0
    kept = []
    for f in findings:
        hit = False
        for r in found:
            if r.rule not in (_ALL, f.rule):
                continue
            # A finding about the whole text is silenced by any directive naming its rule:
            # where it points (the title) is not where people write the directive.
            whole_text = f.start is None or f.scope != "sentence"
            if (whole_text and r.rule == f.rule) or (f.start is not None and r.start <= f.start < r.end):
                hit = True
                break
        if not hit:
            kept.append(f)
    return kept, len(findings) - len(kept)
