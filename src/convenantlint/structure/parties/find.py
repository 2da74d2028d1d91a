"""The order in which the party readers are tried on one text, and the short names
looked for once the parties are known. The first reader that finds a list wins; the
readers further down the chain are looser, so they only run when the stricter ones
found nothing.
"""

from __future__ import annotations

from ...agreement import Article, Span
from .. import layout
from ..text import Line
from .joining import find_acceding_parties, find_joining_parties, find_signing_parties
from .lists import (find_group_lines, find_headless_list, find_parties_before_formula,
                    find_party_list, find_regulation_parties)
from .marked import find_marked_parties
from .names import PartyList
from .openings import find_opening_parties, find_title_parties
from .short_names import (descriptor_names, respective_short_names, state_names, text_short_names,
                          text_tail_names)
from .tables import find_signature_parties, find_table_parties


def find_parties(text: str, lines: list[Line], title: Span | None, articles: list[Article]) -> PartyList | None:
    """The parties of one text with their short names, or None when no reader finds any."""
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

    return party_list
