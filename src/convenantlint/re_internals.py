"""CPython's own regular-expression parser, compiler and opcodes.

`re._parser`, `re._compiler` and `re._constants` since Python 3.11; in 3.10 the same
modules under their older names (`sre_parse`, `sre_compile`, `sre_constants`), which
3.11 and later still have but warn about.
"""

from __future__ import annotations

try:
    from re import _compiler as compiler
    from re import _constants as constants
    from re import _parser as parser
except ImportError:                          # Python 3.10
    import sre_compile as compiler           # type: ignore[no-redef]
    import sre_constants as constants        # type: ignore[no-redef]
    import sre_parse as parser               # type: ignore[no-redef]

# Possessive repeats came with 3.11: before, no parse tree holds one.
POSSESSIVE_REPEAT = getattr(constants, "POSSESSIVE_REPEAT", object())

__all__ = ["compiler", "constants", "parser", "POSSESSIVE_REPEAT"]
