"""The lawyer's view of a text: ``build_agreement(text, doc, kind)`` -> Agreement.

Modules, one job each:
  text.py         lines with offsets, labels, quotes
  layout.py       title, articles/sections, clauses, considerations, signature
  parties/        the party list and the names it gives (one module per way of naming)
  mentions.py     every place a party is referred to
  actors.py       attribute(): which party acts in a span
  definitions.py  defined terms
  commitments.py  money, time, knowledge, dates and who gives them
  kind.py         ambitie or overeenkomst
  matrix.py       the 'wie doet wat' matrix per party
  problems.py     AMB-10 helpers: cross-references, definitions, party naming
Word lists live in the YAML files beside them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..agreement import KINDS, Agreement
from .actors import attribute
from .kind import detect_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_agreement", "attribute", "detect_kind"]


def build_agreement(text: str, doc: "Doc", kind: str | None = None) -> Agreement:
    """Read the structure, parties and commitments of one text. ``kind`` None or 'auto'
    detects the document kind; 'ambitie' or 'overeenkomst' overrides it."""
    from . import layout
    from . import commitments as _commitments
    from .definitions import find_definitions
    from .mentions import build_parties
    from .parties import find_inline_collective, find_parties, find_signature_joiners
    from .text import split_lines

    if kind not in (None, "auto") and kind not in KINDS:
        raise ValueError(f"onbekende documentsoort: {kind!r} (kies uit {', '.join(KINDS)} of auto)")
    lines = split_lines(text)
    title = layout.find_title(lines)
    title_line = next((l.number for l in lines if title and l.start <= title.start < max(l.end, l.start + 1)), None)
    headings = layout.find_article_headings(lines)
    articles = [a for _, a in headings]

    party_list = find_parties(text, lines, title, articles)

    skip = [s for s in (title, party_list.span if party_list else None) if s]
    if not articles:
        articles = [a for _, a in layout.find_sections(lines, skip, title_line)]
    first_article = articles[0].start if articles else 0
    signature = layout.find_signature(lines, len(text), articles[-1].start + 1 if articles
                                      else max(len(text) * 6 // 10, first_article))
    layout.close_articles(articles, lines, len(text), signature)

    pre_end = layout.preamble_end(text, articles, 0)
    considerations = layout.find_considerations(text, lines, articles[0].start if articles else
                                                (pre_end if pre_end else min(len(text), 6000)),
                                                sections=not articles)
    clause_skip = [s for s in (title, signature) if s]
    clauses = layout.find_clauses(lines, articles, clause_skip, len(text))
    definitions = find_definitions(text, lines, articles, pre_end)

    drafts = party_list.parties if party_list else []
    if drafts and signature is not None:
        # 'Voor toetreding: Stichting Werkgeverskring X (hierna: de Werkgeverskring)': a party
        # that joins by signing, given its short name only in the signature block
        drafts.extend(find_signature_joiners(text, signature, drafts))
    parties = build_parties(text, drafts)
    for d in definitions:
        # 'hierna te noemen: de Gemeente' in the party list stands for the party's name.
        owner = next((p for p in parties if p.span and p.span.start <= d.start < p.span.end), None)
        if owner is not None:
            d.definition = owner.name
    collective = list(dict.fromkeys((party_list.collective if party_list else [])
                                    + find_inline_collective(text, 0, articles[0].start if articles else min(len(text), 4000),
                                                             drafts)))

    detected = detect_kind(text, layout.title_block(lines, title))
    agreement = Agreement(
        text=text, doc=doc,
        kind=detected if kind in (None, "auto") else kind,
        kind_detected=detected,
        title=title,
        parties=parties,
        party_list=party_list.span if party_list and party_list.span else None,
        considerations=considerations,
        articles=articles,
        clauses=clauses,
        definitions=definitions,
        signature=signature,
        later_signatures=layout.find_later_signatures(lines, len(text), signature),
        collective=collective,
    )
    skip_commit = [s for s in (title, agreement.party_list, considerations, signature) if s] \
        + agreement.later_signatures
    from .actors import index_of

    index_of(agreement).cache["lines"] = lines     # read again by sections.py
    agreement.commitments = _commitments.find_commitments(agreement, skip_commit)
    return agreement
