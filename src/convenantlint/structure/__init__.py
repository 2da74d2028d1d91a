"""The lawyer's view of a text: ``build_agreement(text, doc, kind)`` -> Agreement.

Modules, one job each:
  text.py         lines with offsets, labels, quotes
  layout.py       title, articles/sections, clauses, considerations, signature
  parties.py      the party list and the names it gives
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
    from .parties import (descriptor_names, find_acceding_parties, find_group_lines, find_headless_list,
                          find_inline_collective, find_joining_parties, find_marked_parties,
                          find_opening_parties, find_parties_before_formula, find_party_list,
                          find_regulation_parties, find_signature_joiners, find_signature_parties,
                          find_signing_parties, find_table_parties, find_title_parties,
                          respective_short_names, state_names, text_short_names, text_tail_names)
    from .text import split_lines

    if kind not in (None, "auto") and kind not in KINDS:
        raise ValueError(f"onbekende documentsoort: {kind!r} (kies uit {', '.join(KINDS)} of auto)")
    lines = split_lines(text)
    title = layout.find_title(lines)
    title_line = next((l.number for l in lines if title and l.start <= title.start < max(l.end, l.start + 1)), None)
    headings = layout.find_article_headings(lines)
    articles = [a for _, a in headings]

    # The parties: a party list, else an opening line or preamble sentence. They are
    # looked for before the second article (some texts list them in article 1).
    if len(articles) >= 2:
        zone_end = articles[1].start
    elif articles:
        zone_end = articles[0].start
    else:
        zone_end = len(text)
    party_list = find_table_parties(lines, zone_end) or find_party_list(lines, zone_end)
    if party_list is not None and party_list.parties and \
            all(d.key == d.name and not d.aliases for d in party_list.parties):
        # a list of full names only: the short names are the ones the text goes on to use
        text_short_names(text, party_list.parties, party_list.span.end)
        text_tail_names(text, party_list.parties, party_list.span.end)
    # after the title, up to the second article (or the first 3,000 characters of a text
    # without articles): where the finders below look, each only if those before it found nothing
    after_title = title.end if title else 0
    opening = zone_end if articles else min(len(text), 3000)
    if party_list is None:
        # a list without a header: its first entry opens the text and names its short name
        party_list = find_headless_list(lines, after_title, zone_end)
    if party_list is None:
        # 'De gemeenten: A, B en C; De ketenpartners: X, Y': labelled groups without a header
        party_list = find_group_lines(lines, after_title, opening)
    if party_list is None:
        opening_end = layout.preamble_end(text, articles, min(len(text), 6000))
        party_list = find_opening_parties(text, lines, after_title,
                                          max(opening_end, min(len(text), 3000)) if not articles else opening_end)
    if party_list is None:
        # Parties introduced in prose or a loose list by their short names.
        party_list = find_marked_parties(text, after_title, opening)
    if party_list is None:
        # 'De colleges van ... van de gemeenten A en B, ieder voor zover ...': a joint regulation
        party_list = find_regulation_parties(text, after_title, opening)
    if party_list is None:
        # one name per line before 'zijn het volgende overeengekomen', with who signs 'voor deze'
        party_list = find_parties_before_formula(lines, after_title, opening)
    if party_list is None:
        # a table of parties without short names, in the opening
        party_list = find_table_parties(lines, opening, need_short=False)
    if party_list is None:
        # Only the signature block names the parties, in a table ('| Namens | Naam |'):
        # their short names are the ones the text used before it ('de bibliotheek').
        party_list = find_table_parties(lines, len(text), need_short=False, signers=True)
        if party_list is None:
            # or its blocks of lines: 'Gemeente Lindemaas' / 'P. Verhoeven, wethouder'
            block = layout.find_signature(lines, len(text), len(text) // 2)
            if block is not None:
                party_list = find_signature_parties(lines, block.start, block.end)
        if party_list is None and title is not None:
            # 'Verdrag tussen het Koninkrijk der Nederlanden en het Koninkrijk België ...'
            party_list = find_title_parties(text, title)
        if party_list is not None:
            # a part of the name used twice or more ('Boerenerf') first, else the type
            # ('de hogeschool'), else a part used once beside parties that have one
            body = title.end if title else 0
            state_names(text, party_list.parties, body)
            text_tail_names(text, party_list.parties, body)
            text_short_names(text, party_list.parties, body)
            text_tail_names(text, party_list.parties, body,
                            once=any(d.key != d.name for d in party_list.parties))

    if party_list is not None and party_list.span is not None:
        # 'Hierna noemen we hen kortweg A, B en C.'
        respective_short_names(text, party_list.parties, party_list.span.end)
        # 'Deze verklaring wordt mede ondertekend door ... (hierna: Noordwest)'
        joining = find_joining_parties(text, party_list.span.end,
                                       zone_end if articles else min(len(text), party_list.span.end + 3000),
                                       party_list.parties)
        party_list.parties.extend(joining)
        party_list.parties.extend(find_acceding_parties(text, zone_end if articles else party_list.span.end,
                                                        len(text), party_list.parties))
        party_list.parties.extend(find_signing_parties(text, party_list.span.end, party_list.parties))
        descriptor_names(text, party_list.parties, party_list.span.end)
        state_names(text, party_list.parties, party_list.span.end)
        # a party without a short name among parties with one: the part of its name the
        # text goes on to use, even once
        if any(d.key != d.name for d in party_list.parties):
            text_tail_names(text, party_list.parties, party_list.span.end, once=True)

    skip = [s for s in (title, party_list.span if party_list else None) if s]
    if not articles:
        articles = [a for _, a in layout.find_sections(lines, skip, title_line)]
    first_article = articles[0].start if articles else 0
    signature = layout.find_signature(lines, len(text), articles[-1].start + 1 if articles
                                      else max(len(text) * 6 // 10, first_article))
    layout.close_articles(articles, lines, len(text), signature)

    pre_end = layout.preamble_end(text, articles, 0)
    considerations = layout.find_considerations(text, lines, articles[0].start if articles else
                                                (pre_end if pre_end else min(len(text), 6000)))
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
