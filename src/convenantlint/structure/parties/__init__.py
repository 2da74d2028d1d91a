"""Who the parties are: the party list ('De ondergetekenden:', 'Partijen:', 'De partners
in deze afspraken zijn: ...'), an opening line that names them ('Nederland, Aruba,
Curaçao en Sint Maarten,'), or a preamble sentence ('zijn X, Y en Z het volgende
overeengekomen'). Each entry gives a full name and, when the text gives one, the short
name ('hierna te noemen: "de Gemeente"', '(hierna: Welzijn)', '(de GGD)').

Never invent a party: signatories, bodies and 'Partijen' are not parties, and a line is
only read as a list of names when every piece of it reads as a name.

The readers, one module per way of naming parties:

  names.py        one entry: full name and short name; what reads as a name
  lists.py        party lists ('De ondergetekenden:', 'Partijen:', numbered, bulleted, headless)
  tables.py       tables of parties and the signature block
  name_lists.py   a run of names in one line
  places.py       municipalities named by place
  openings.py     the title and an opening line or preamble
  enumerated.py   a sentence that enumerates the makers
  short_names.py  short names given after the list
  marked.py       names marked with a short name wherever they stand
  neighbours.py   unmarked names beside a marked one
  joining.py      parties that join later
  find.py         the order in which the readers are tried
"""

from __future__ import annotations

from .find import find_parties
from .joining import (find_acceding_parties, find_joining_parties, find_signature_joiners,
                      find_signing_parties)
from .lists import (find_group_lines, find_headless_list, find_parties_before_formula,
                    find_party_list, find_regulation_parties)
from .marked import find_marked_parties
from .name_lists import parse_name_list
from .names import (Draft, HIERNA_RE, PartyList, _clean, _vocab, is_collective, name_like, naming,
                    parse_entry)
from .openings import find_opening_parties, find_title_parties
from .short_names import (_LEGAL_FORM_RE, descriptor_names, find_inline_collective,
                          respective_short_names, state_names, state_short, text_short_names,
                          text_tail_names)
from .tables import find_signature_parties, find_table_parties

__all__ = [
    "Draft",
    "HIERNA_RE",
    "PartyList",
    "_LEGAL_FORM_RE",
    "_clean",
    "_vocab",
    "descriptor_names",
    "find_acceding_parties",
    "find_group_lines",
    "find_headless_list",
    "find_inline_collective",
    "find_joining_parties",
    "find_marked_parties",
    "find_opening_parties",
    "find_parties",
    "find_parties_before_formula",
    "find_party_list",
    "find_regulation_parties",
    "find_signature_joiners",
    "find_signature_parties",
    "find_signing_parties",
    "find_table_parties",
    "find_title_parties",
    "is_collective",
    "name_like",
    "naming",
    "parse_entry",
    "parse_name_list",
    "respective_short_names",
    "state_names",
    "state_short",
    "text_short_names",
    "text_tail_names",
]
