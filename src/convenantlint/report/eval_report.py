"""Reports of `convenantlint eval`: a table per check and per dimension, and the cases it got wrong."""

from __future__ import annotations

from ..evaluate import Evaluation
from . import jsontext


def _f(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def render_text(ev: Evaluation, dimension_of: dict[str, str], show: int = 5,
                problems: list[str] | None = None) -> str:
    out = [f"Evaluatie: {ev.documents} documenten, {ev.sentences} zinnen, "
           f"{ev.verdicts} oordelen over documenten en partijen "
           f"({ev.verdicts_right / ev.verdicts:.0%} juist)." if ev.verdicts else
           f"Evaluatie: {ev.documents} documenten, {ev.sentences} zinnen.", ""]
    out.append(f"{'controle':<9}{'dimensie':<13}{'TP':>5}{'FP':>5}{'FN':>5}  {'prec':>5} {'recall':>6} {'F1':>5}  onderdelen")
    for check, s in ev.scores.items():
        parts = f"{s.parts_found}/{s.parts_expected}" if s.parts_expected else ""
        out.append(f"{check:<9}{dimension_of.get(check, '?'):<13}{s.tp:>5}{s.fp:>5}{s.fn:>5}  "
                   f"{_f(s.precision):>5} {_f(s.recall):>6} {_f(s.f1):>5}  {parts}")
    out.append("")
    out.append("Macro-F1 per dimensie:")
    for dim, value in ev.dimension_f1(dimension_of).items():
        out.append(f"  {dim:<13}{_f(value)}")
    m = ev.matrix
    if m.parties_expected or m.commitments_expected:
        out += ["", "Partijen en inbreng (wie brengt wat):"]
        if m.parties_expected:
            out.append(f"  partijen met de juiste korte naam: {m.parties_right}/{m.parties_expected}; "
                       f"verzonnen: {m.parties_invented}")
        if m.commitments_expected:
            out.append(f"  geld en tijd met het juiste bedrag en de juiste partij: "
                       f"{m.commitments_right}/{m.commitments_expected} ({_f(m.commitment_recall)}); "
                       f"juist bedrag, andere partij: {m.commitments_wrong_party}; "
                       f"gemeld zonder annotatie: {m.commitments_extra}")
        if show:
            out += [f"  {line}" for line in m.misses[: show * 4]]
    if show:
        for kind, title in (("fp", "Onterecht gemeld"), ("fn", "Gemist")):
            cases = [e for e in ev.examples if e.kind == kind]
            if not cases:
                continue
            out += ["", f"{title} ({len(cases)}; eerste {show} per controle):"]
            shown: dict[str, int] = {}
            for e in cases:
                if shown.get(e.check, 0) >= show:
                    continue
                shown[e.check] = shown.get(e.check, 0) + 1
                passage = f" — {' '.join(e.passage.split())[:150]}" if e.passage else ""
                out.append(f"  {e.check}  {e.where}{passage}")
    if problems:
        out += ["", "Onder de drempel:"] + [f"  {p}" for p in problems]
    elif problems is not None:
        out += ["", "Alle controles halen hun drempel."]
    return "\n".join(out) + "\n"


def render_json(ev: Evaluation, dimension_of: dict[str, str], problems: list[str] | None = None) -> str:
    payload = {
        "version": 1,
        "documents": ev.documents,
        "sentences": ev.sentences,
        "verdicts": ev.verdicts,
        "verdicts_right": ev.verdicts_right,
        "checks": {
            c: {"dimension": dimension_of.get(c), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "precision": _round(s.precision), "recall": _round(s.recall), "f1": _round(s.f1),
                "parts_expected": s.parts_expected, "parts_found": s.parts_found}
            for c, s in ev.scores.items()
        },
        "dimensions": {d: _round(v) for d, v in ev.dimension_f1(dimension_of).items()},
        "errors": [{"check": e.check, "type": e.kind, "where": e.where, "passage": e.passage}
                   for e in ev.examples],
        "below_thresholds": problems or [],
        "matrix": {
            "parties_expected": ev.matrix.parties_expected,
            "parties_right": ev.matrix.parties_right,
            "parties_invented": ev.matrix.parties_invented,
            "commitments_expected": ev.matrix.commitments_expected,
            "commitments_right": ev.matrix.commitments_right,
            "commitments_wrong_party": ev.matrix.commitments_wrong_party,
            "commitments_extra": ev.matrix.commitments_extra,
            "commitment_recall": _round(ev.matrix.commitment_recall),
            "commitment_precision": _round(ev.matrix.commitment_precision),
            "misses": ev.matrix.misses,
        },
    }
    return jsontext.dumps(payload) + "\n"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
