"""Text as users paste it, made plain without moving a single character.

Agreements copied from Word or a web page carry non-breaking and other typographic
spaces ('€\u00a090.000', 'artikel\u00a04') and, from old Mac files, lines ended by a bare
carriage return. Rules and readers expect a plain space and a line feed. Each of these is
replaced by one character, so every offset, and with it every line and column a finding
reports, stays where it was in the file.
"""

from __future__ import annotations

import re

# no-break space, figure space, narrow no-break space, the fixed-width spaces of
# typesetting, the ideographic space: all read as a plain space
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"})
_BARE_CR = re.compile(r"\r(?!\n)")


def plain(text: str) -> str:
    """The same text with odd spaces as ' ' and a bare '\\r' as '\\n' (same length)."""
    if "\r" in text:
        text = _BARE_CR.sub("\n", text)
    return text.translate(_SPACES)
