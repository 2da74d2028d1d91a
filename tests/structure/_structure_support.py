"""Helpers for the structure tests (imported by conftest.py and the tests; a module name
of its own, so it never clashes with another folder's conftest).


``parse`` is the project's NLP layer (``convenantlint.nlp.parse``) when it exists; until
then a small stand-in with the same contract: a Dutch blank pipeline with lookup lemmas,
sentences per line and full stop, and a few regex entities. The stand-in lives here, in
the tests, on purpose: the structure code itself never looks for entities by regex.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def _real_parse():
    try:
        from convenantlint import nlp
    except ImportError:   # pragma: no cover
        return None
    return getattr(nlp, "parse", None)


@lru_cache(maxsize=1)
def _standin_nlp():
    import spacy
    from spacy.language import Language

    @Language.component("standin_lines")
    def lines(doc):
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            tok.is_sent_start = ("\n" in prev.text or "\n" in prev.whitespace_
                                 or (prev.text in (".", ";", "?", "!") and tok.text[:1].isupper()))
        return doc

    nlp = spacy.blank("nl")
    nlp.add_pipe("standin_lines")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except Exception:   # pragma: no cover - lookups missing
        pass
    return nlp


def _standin_ents():
    from convenantlint.nlp.numbers import AMOUNT_PATTERN as A

    months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    return [
        ("MONEY", re.compile(rf"(?:€|EUR|euro)\s?{A}(?:,-)?|{A}\s+euro", re.I)),
        ("TIME", re.compile(rf"{A}\s+(?:fte|uur|uren|dagdelen|dagdeel|dagen)(?:\s+per\s+(?:week|maand|jaar))?", re.I)),
        ("PERCENT", re.compile(rf"{A}\s*(?:procent|%)", re.I)),
        ("DATE", re.compile(rf"(?:uiterlijk\s+)?\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?|\bin\s+\d{{4}}\b", re.I)),
        ("FREQUENCY", re.compile(r"\bper\s+(?:kwartaal|maand|week)\b|\b(?:jaarlijks|maandelijks)\b", re.I)),
    ]


def standin_parse(text: str):
    doc = _standin_nlp()(text)
    spans = []
    taken: list[tuple[int, int]] = []
    for label, rx in _standin_ents():
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                taken.append((m.start(), m.end()))
    from spacy.util import filter_spans
    doc.ents = filter_spans(spans)
    return doc


def best_parse():
    real = _real_parse()
    return real if real is not None else standin_parse


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")
