"""Regular expressions compiled once per installation instead of once per run.

Parsing and compiling the rules' large expressions is most of what the first check of a
short text costs (a third of a second); the result of that work is a list of integers
that CPython's regular-expression engine takes as it is. We keep those lists in the disk
cache, keyed by the Python version, and hand them to the engine directly the next time.
Anything unexpected (another Python, a changed engine) falls back to ``re.compile``: the
cache only ever saves time, it never changes a match. On the way the parse tree is
rewritten for speed (`regex_tuning`), again without changing any match.

Only for expressions fixed by the program, its word lists or the rules: one built from a
text's own words (a party's name, a defined term) would add an entry for every document
ever checked and make every run write the cache file again; those use `re.compile`.
"""

from __future__ import annotations

import os
import re
import sys
import weakref
from typing import Any, Callable, Iterable

def _engine_version() -> str:
    from .re_internals import constants

    return str(getattr(constants, "MAGIC", "0"))


def _key() -> str:
    try:
        from .regex_tuning import VERSION
    except ImportError:                      # another Python: code is not rewritten
        VERSION = "0"
    # '-b': code words stored as bytes (`_code_bytes`); '-i': flags in entries' keys written
    # as numbers (as a flag object they read 're.NOFLAG' or '0' by the Python version)
    return (f"{sys.implementation.name}-{sys.version_info.major}.{sys.version_info.minor}"
            f"-{_engine_version()}-t{VERSION}-b-i")


_entries = None      # diskcache.Memo, created on first use
# The rules of the engines this process holds; an engine dropped by a library user takes
# its rules with it.
_rules: "weakref.WeakValueDictionary[int, Any]" = weakref.WeakValueDictionary()


def use_rules(rules: "Iterable[Any]") -> None:
    """Name the rules whose expressions this process compiles (see `epoch`)."""
    for rule in rules:
        _rules[id(rule)] = rule


def epoch() -> str:
    """What the cached expressions of this process come from: our own code and data
    files and the rules in use. Runs under the same epoch never drop each other's
    entries, however many of them save (`diskcache.Memo`); asked only when saving."""
    import hashlib
    from pathlib import Path

    from .diskcache import file_key

    here = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in here.rglob("*") if p.suffix in (".py", ".yaml")):
        try:
            digest.update(file_key(path).encode("utf-8", "surrogatepass") + b"\n")
        except OSError:
            pass
    for text in sorted({f"{rule.id}\x00{rule.check!r}" for rule in list(_rules.values())}):
        digest.update(text.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def _store():
    global _entries
    if _entries is None:
        from .diskcache import Memo

        _entries = Memo("regex", _key(), epoch=epoch)
    return _entries


# One unit that lowercasing must keep: an escape, or the name in '(?P<name>' / '(?P=name)'.
_ESCAPE = re.compile(r"\(\?P(?:<\w+>|=\w+\))|\\.|.", re.DOTALL)


def foldable(pattern: str, flags: int) -> bool:
    """A case-insensitive pattern without case-sensitive groups gives the same matches,
    lowercased (`lowered`), on the lowercased text without the IGNORECASE flag: Python's
    `re` then skips ahead on first letters, which makes large alternations much faster."""
    return bool(flags & re.IGNORECASE) and "(?-i" not in pattern


def lowered(pattern: str) -> str:
    """The pattern with its letters lowercased; escapes (\\W, \\S, \\B) and group names
    kept."""
    return "".join(c if len(c) > 1 else c.lower() for c in _ESCAPE.findall(pattern))


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name says it)
    try:
        import _sre

        from .re_internals import parser as _parser
    except ImportError:                      # another Python: no shortcut
        return re.compile(pattern, flags)
    key = f"{int(flags)}\x00{pattern}"
    entries = _store()
    entry = entries.get(key)
    if entry is not None:
        try:
            stored_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, stored_flags, _code_list(code), groups, groupindex,
                                indexgroup)
        except Exception:                    # a stale entry: compile it the normal way
            entries.pop(key)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _tuned_code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        code = [int(c) for c in code]
        compiled = _sre.compile(pattern, int(flags | parsed.state.flags), code,
                                parsed.state.groups - 1, groupindex, tuple(indexgroup))
        entry = (int(flags | parsed.state.flags), _code_bytes(code), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:
        return re.compile(pattern, flags)
    entries[key] = entry
    return compiled


def _code_bytes(code: list[int]) -> "bytes | list[int]":
    # Kept as bytes: the cache holds millions of code words (the expanded party patterns),
    # and reading them back as one bytes object per expression instead of one int object
    # per word halves the time to load the file (27 MB with every rule compiled: 0.15 s
    # as lists, 0.07 s as bytes).
    from array import array

    words = array("I")
    if words.itemsize != _code_size():
        return code
    try:
        words.extend(code)
    except OverflowError:
        return code
    return words.tobytes()


def _code_list(code: "bytes | list[int]") -> list[int]:
    if isinstance(code, bytes):
        from array import array

        return array("I", code).tolist()
    return code


def _code_size() -> int:
    import _sre

    return _sre.CODESIZE


def _tuned_code(parsed, flags: int) -> list[int]:
    from .re_internals import compiler as _compiler

    try:
        from . import regex_tuning

        return regex_tuning.code(parsed, flags)
    except Exception:                        # another Python, or a construct it does not know
        return _compiler._code(parsed, flags)


_literal_sets = None     # diskcache.Memo of regex_literals.necessary results


def prepared() -> bool:
    """Whether the rules' expressions come analysed for this Python (from an earlier run or
    the seed shipped with the package): when not, the coming run does it first (about half
    a minute on a slow machine)."""
    from .diskcache import exists, seed_exists

    return seed_exists() or exists("literals", _literal_key())


def _literal_key() -> str:
    from . import regex_literals

    return f"{_key()}-l{regex_literals.VERSION}"


def _literal_store():
    global _literal_sets
    if _literal_sets is None:
        from .diskcache import Memo

        _literal_sets = Memo("literals", _literal_key(), epoch=epoch)
    return _literal_sets


def literals(pattern: str, flags: int = 0, fold: bool = False) -> "tuple[str, ...] | None":
    """`regex_literals.necessary(pattern, flags)`, kept between runs (parsing the large
    expressions to find them costs most of a second). With `fold`, of the pattern as it
    runs on the lowercased text (`lowered`, without IGNORECASE); the entry is keyed by the
    pattern as written, so a run that finds it lowercases nothing."""
    from . import regex_literals

    return _analysed("", regex_literals.necessary, pattern, flags, fold)


def conjunctions(pattern: str, flags: int = 0, fold: bool = False):
    """`regex_literals.conjunctions(pattern, flags)`, kept between runs like `literals`."""
    from . import regex_literals

    return _analysed("c\x00", regex_literals.conjunctions, pattern, flags, fold)


def _analysed(tag: str, analyse: "Callable[[str, int], Any]", pattern: str, flags: int, fold: bool):
    """`analyse(pattern, flags)` (of the lowercased pattern with `fold`), from the disk
    cache when a run worked it out before; nested tuples of strings, or None."""
    store = _literal_store()
    key = f"{tag}{int(flags)}\x00{int(fold)}\x00{pattern}"
    if key in store:
        found = store[key]
        return None if found is None else _nested(tuple, found)
    found = analyse(lowered(pattern), flags & ~re.IGNORECASE) if fold else analyse(pattern, flags)
    store[key] = None if found is None else _nested(list, found)
    return found


def _nested(kind: type, value):
    """`value` with every tuple or list in it, at any depth, made a `kind`."""
    return kind(_nested(kind, v) if isinstance(v, (list, tuple)) else v for v in value)


def save_literals() -> None:
    if _literal_sets is not None:
        _literal_sets.save()


_derived = None     # diskcache.Memo of rewritten pattern texts


def derived(tag: str, pattern: str, flags: int, rewrite: "Callable[[str], str | None]") -> "str | None":
    """``rewrite(pattern)``, kept between runs under ``tag``: rewriting the rules' large
    expressions (lowercasing, merging alternatives) costs as much as compiling them, and
    the compiled form is looked up by the rewritten text. ``tag`` must change whenever
    ``rewrite`` does (callers derive it from the rewriting code itself)."""
    store = _derived_store()
    key = f"{tag}\x00{int(flags)}\x00{pattern}"
    if key in store:
        return store[key]
    value = rewrite(pattern)
    store[key] = value
    return value


def _derived_store():
    global _derived
    if _derived is None:
        from .diskcache import Memo

        _derived = Memo("derived", _key(), epoch=epoch)
    return _derived


def code_tag(*functions: "Callable[..., Any]") -> str:
    """A short fingerprint of functions' compiled code: a derived entry made by other
    code is never used."""
    import zlib

    def fingerprint(code) -> bytes:
        # not marshal: its output depends on reference counts, which differ between runs
        parts = [code.co_code, repr(code.co_names).encode()]
        for const in code.co_consts:
            parts.append(fingerprint(const) if hasattr(const, "co_code") else repr(const).encode())
        return b"\x00".join(parts)

    return format(zlib.crc32(b"".join(fingerprint(f.__code__) for f in functions)), "08x")


def save() -> None:
    """Keep what this run compiled for the next one (best effort, never raises)."""
    if _entries is not None:
        _entries.save()
    if _derived is not None:
        _derived.save()
    save_literals()


def entries() -> dict[str, Any]:
    return dict(_store().data)
