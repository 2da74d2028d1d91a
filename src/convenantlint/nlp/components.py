"""The spaCy components of the Dutch pipeline, registered by name on import.

- ``convenant_lemmatizer`` sets ``token.lemma_`` (lowercase, see ``lemmas``);
- ``convenant_sentences`` sets ``token.is_sent_start`` on every token (see ``sentences``);
- ``convenant_entities`` sets ``doc.ents`` (see ``entities`` and ``entities.yaml``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .entities import find_entities
from .lemmas import analyse
from .sentences import sentence_starts
from .tokenizer import TEXT_KEY, doc_text


class ConvenantLemmatizer:
    """Sets ``token.lemma_`` for every token, looked up on the lowercased form."""

    def __init__(self, name: str = "convenant_lemmatizer"):
        self.name = name
        # hash of the lowercase form -> hash of its lemma; the lemma strings are stored
        # permanently, so the hashes stay valid inside and after a memory zone
        self._memo: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lowers = doc.to_array(LOWER).tolist()
        memo = self._memo
        missing = {h for h in lowers if h not in memo}
        if missing:
            if len(memo) > 500_000:
                memo.clear()
                missing = set(lowers)
            strings = doc.vocab.strings
            for h in missing:
                lower = strings[h]
                lemma = analyse(lower)[0]
                memo[h] = h if lemma == lower else _add_permanent(strings, lemma)
        values = numpy.fromiter(map(memo.__getitem__, lowers), dtype=numpy.uint64, count=len(lowers))
        doc.from_array([LEMMA], values.reshape(-1, 1))
        return doc


def _add_permanent(strings, s: str) -> int:
    try:
        return strings.add(s, allow_transient=False)
    except TypeError:  # spaCy < 3.8: no memory zones, every string is permanent
        return strings.add(s)


@Language.factory("convenant_lemmatizer", assigns=["token.lemma"])
def make_convenant_lemmatizer(nlp: Language, name: str) -> ConvenantLemmatizer:
    return ConvenantLemmatizer(name)


def set_sentence_starts(doc: Doc) -> None:
    """Set ``token.is_sent_start`` (True or False) for every token of ``doc``."""
    n = len(doc)
    if n == 0:
        return
    values = numpy.full(n, -1, dtype=numpy.int64)
    values[0] = 1
    starts = sentence_starts(doc_text(doc))
    if starts and (len(starts) > 1 or starts[0] > 0):
        offsets = doc.to_array(IDX).astype(numpy.int64)
        idx = numpy.searchsorted(offsets, numpy.asarray(starts, dtype=numpy.int64), side="left")
        idx = idx[idx < n]
        if len(idx) and idx[0] > 0 and doc.to_array(IS_SPACE)[: idx[0]].all():
            idx = idx[1:]  # leading whitespace belongs to the first sentence
        values[idx] = 1
    doc.from_array([SENT_START], values.view(numpy.uint64).reshape(-1, 1))


def set_entities(doc: Doc) -> None:
    """Set ``doc.ents`` from ``find_entities(doc.text)``, each entity grown to whole
    tokens (``alignment_mode="expand"``); when two grow onto the same token, the longer
    one stays."""
    text = doc_text(doc) if len(doc) else ""
    doc.user_data.pop(TEXT_KEY, None)
    found = find_entities(text)
    if not found:
        if doc.has_annotation("ENT_IOB"):
            doc.ents = []
        return
    spans = []
    taken: set[int] = set()
    for ent in sorted(found, key=lambda e: e.start - e.end):
        span = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tokens = range(span.start, span.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        spans.append(span)
    spans.sort(key=lambda s: s.start)
    doc.ents = spans


@Language.component("convenant_sentences", assigns=["token.is_sent_start"])
def convenant_sentences(doc: Doc) -> Doc:
    set_sentence_starts(doc)
    return doc


@Language.component("convenant_entities", assigns=["doc.ents"])
def convenant_entities(doc: Doc) -> Doc:
    set_entities(doc)
    return doc
