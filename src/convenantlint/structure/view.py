"""The tokens of a parsed text as plain lists of numbers, built once per agreement.

The matrix and the commitments look at the words of every sentence; spaCy's Token
objects cost about a microsecond each to create, so we read the doc once as an array
and compare string hashes (spaCy's own ``hash_string``) instead of strings.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..agreement import Agreement


@dataclass
class DocView:
    offsets: list[int]                        # token start offsets
    ends: list[int]
    lower: list[int]                          # hash of the lowercase form
    lemma: list[int]                          # hash of the lemma (0 when none)
    sents: list[tuple[int, int, int, int]]    # (start_char, end_char, first token, end token)
    text: str
    array: object = None                      # the numpy array (IDX, LENGTH, LOWER, LEMMA, ...)

    def where(self, codes) -> list[int]:
        """Indexes of the tokens whose form or lemma hash is in ``codes``: a sorted
        lookup over the whole column at once (numpy), not a Python loop per token."""
        if not codes or self.array is None:
            return []
        import numpy

        wanted = numpy.sort(numpy.fromiter(codes, dtype=numpy.uint64, count=len(codes)))
        mask = None
        for col in (2, 3):
            values = self.array[:, col]
            pos = numpy.minimum(numpy.searchsorted(wanted, values), len(wanted) - 1)
            hit = wanted[pos] == values
            mask = hit if mask is None else (mask | hit)
        return mask.nonzero()[0].tolist()

    def forms(self, i: int, j: int) -> set[int]:
        """Hashes of the lowercase forms and lemmas of tokens i..j."""
        out = set(self.lower[i:j])
        out.update(self.lemma[i:j])
        return out

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect_left(self.offsets, start), bisect_left(self.offsets, end)

    def word(self, i: int) -> str:
        return self.text[self.offsets[i]:self.ends[i]]


def build_view(doc, text: str) -> DocView:
    from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, SENT_START

    if not len(doc):
        return DocView([], [], [], [], [], text, None)
    arr = doc.to_array([IDX, LENGTH, LOWER, LEMMA, SENT_START])
    offsets = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    starts = (arr[:, 4] == 1).nonzero()[0].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts + [len(offsets)]
    sents = [(offsets[a], ends[b - 1], a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    return DocView(offsets, ends, arr[:, 2].tolist(), arr[:, 3].tolist(), sents, text, arr)


def doc_view(agreement: Agreement) -> DocView:
    """The view of the agreement's doc, built with its actor index (actors.index_of)."""
    return _index_of()(agreement).cache["view"]


def _index_of():
    global _INDEX_OF
    if _INDEX_OF is None:
        from .actors import index_of
        _INDEX_OF = index_of
    return _INDEX_OF


_INDEX_OF = None
