"""Rewrite a parsed regular expression so that CPython's `re` runs it faster, with the
same matches.

The rules' expressions are long alternations (`\\bbeslist|\\bbesluit|...|[;:]...`). Python's
`re` tries every alternative at every position of the text, and without a known first
character it starts a match attempt at every position. Two rewrites of the parse tree fix
most of that:

* alternatives with the same head (a leading `\\b`, then a first letter) are gathered
  into one alternative with a nested branch, like a trie: `\\bbeslist|\\bbesluit` becomes
  `\\bbesl(?:ist|uit)`;
* the characters a match can start with are worked out past leading assertions
  (`\\b`, look-behinds), so that the engine skips every position where none of them is.

An alternative is only moved up past another where no match of the two can start at the
same position (their first characters differ), so at every position the same alternative
wins as before: the match, its span and its groups do not change. Anything this module
does not understand is left as it is.
"""

from __future__ import annotations

from re import _compiler, _parser
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    GROUPREF_EXISTS,
    IN,
    INFO,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NEGATE,
    POSSESSIVE_REPEAT,
    RANGE,
    SRE_FLAG_IGNORECASE,
    SRE_FLAG_LOCALE,
    SRE_INFO_CHARSET,
    SUBPATTERN,
    SUCCESS,
)

# Bump when the rewrite changes: compiled code is cached under this version.
VERSION = "1"

_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
_ZERO_WIDTH = (AT, ASSERT, ASSERT_NOT)
_CASE_FLAGS = SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE


def code(parsed: _parser.SubPattern, flags: int) -> list[int]:
    """The engine code for `parsed`, like `re._compiler._code`, after the rewrites."""
    flags = parsed.state.flags | flags
    if flags & SRE_FLAG_LOCALE:
        return _compiler._code(parsed, flags)
    tree = _rewrite(parsed, bool(flags & SRE_FLAG_IGNORECASE))
    out: list[int] = []
    _compiler._compile_info(out, tree, flags)
    low, high = tree.getwidth()
    if out[2] == 0 and low > 0 and not flags & SRE_FLAG_IGNORECASE:
        first = _first(tree)
        if first:
            charset, _ = _compiler._optimize_charset(first)
            out = [INFO, 0, SRE_INFO_CHARSET, min(low, _compiler.MAXCODE),
                   min(high, _compiler.MAXCODE)]
            _compiler._compile_charset(charset, flags, out)
            out[1] = len(out) - 1
    _compiler._compile(out, tree.data, flags)
    out.append(SUCCESS)
    return out


def _sub(like: _parser.SubPattern, data: list) -> _parser.SubPattern:
    return _parser.SubPattern(like.state, data)


def _rewrite(sp: _parser.SubPattern, folded: bool) -> _parser.SubPattern:
    data = []
    for op, av in sp.data:
        if op is BRANCH:
            alternatives = [_rewrite(alt, folded) for alt in av[1]]
            data.append((BRANCH, (av[0], _gather(sp, alternatives, folded))))
        elif op is SUBPATTERN:
            group, add, delete, inner = av
            if (add | delete) & _CASE_FLAGS:
                data.append((op, av))          # a change of case rules: leave it alone
            else:
                data.append((op, (group, add, delete, _rewrite(inner, folded))))
        elif op in _REPEATS:
            low, high, inner = av
            data.append((op, (low, high, _rewrite(inner, folded))))
        elif op in (ASSERT, ASSERT_NOT):
            direction, inner = av
            data.append((op, (direction, _rewrite(inner, folded))))
        elif op is ATOMIC_GROUP:
            data.append((op, _rewrite(av, folded)))
        elif op is GROUPREF_EXISTS:
            group, yes, no = av
            data.append((op, (group, _rewrite(yes, folded),
                              None if no is None else _rewrite(no, folded))))
        else:
            data.append((op, av))
    return _sub(sp, data)


def _letter(ch: int, folded: bool) -> int | None:
    """The key a literal is grouped by; None where case folding makes it unclear."""
    if not folded:
        return ch
    if ch < 128:
        return ord(chr(ch).lower())
    return None


def _head(alt: _parser.SubPattern, folded: bool) -> tuple | None:
    """What `alt` may share with its neighbours: its leading `\\b`-like anchors, or else
    its first literal. None for anything else."""
    if not alt.data:
        return None
    op, av = alt.data[0]
    if op is AT:
        anchors = []
        for op2, av2 in alt.data:
            if op2 is not AT:
                break
            anchors.append(av2)
        if len(anchors) == len(alt.data):
            return None
        return ("at", tuple(anchors))
    if op is LITERAL:
        key = _letter(av, folded)
        return None if key is None else ("literal", key)
    return None


def _starts(alt: _parser.SubPattern, folded: bool) -> set[int] | None:
    """The characters (case-folded keys when `folded`) a match of `alt` can start with;
    None when unknown or too many."""
    first = _first(alt)
    if first is None:
        return None
    out: set[int] = set()
    for op, av in first:
        if op is LITERAL:
            key = _letter(av, folded)
            if key is None:
                return None
            out.add(key)
        elif op is RANGE and av[1] - av[0] < 512 and not (folded and av[1] >= 128):
            out.update(_letter(c, folded) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def _gather(like: _parser.SubPattern, alternatives: list, folded: bool) -> list:
    # [head, members, start characters of the members (None: unknown)]
    groups: list[list] = []
    for alt in alternatives:
        head = _head(alt, folded)
        starts = _starts(alt, folded)
        target = None
        if head is not None and starts is not None:
            for index in range(len(groups) - 1, -1, -1):
                if groups[index][0] == head:
                    target = index
                    break
                theirs = groups[index][2]
                if theirs is None or theirs & starts:
                    break                     # may match where this one does: keep order
        if target is None:
            groups.append([head, [alt], starts])
        else:
            group = groups[target]
            group[1].append(alt)
            group[2] = None if group[2] is None else group[2] | starts
    out = []
    for head, members, _ in groups:
        if head is None or len(members) == 1:
            out.extend(members)
            continue
        if head[0] == "at":
            shared = list(members[0].data[:len(head[1])])
        else:
            shared = [members[0].data[0]]
            if any(m.data[0] != shared[0] for m in members):
                out.extend(members)           # 'A' and 'a' under IGNORECASE: keep as is
                continue
        rests = [_sub(like, m.data[len(shared):]) for m in members]
        out.append(_sub(like, shared + [(BRANCH, (None, _gather(like, rests, folded)))]))
    return out


def _first(sp: _parser.SubPattern) -> list | None:
    """Charset items for the first character any match consumes, looking past leading
    zero-width assertions; None when that cannot be told."""
    for op, av in sp.data:
        if op in _ZERO_WIDTH:
            continue
        if op is LITERAL:
            return [(LITERAL, av)]
        if op is IN:
            if any(item_op is NEGATE for item_op, _ in av):
                return None
            return list(av)
        if op is BRANCH:
            out: list = []
            for alt in av[1]:
                part = _first(alt)
                if part is None:
                    return None
                out += part
            return out
        if op is SUBPATTERN:
            _, add, delete, inner = av
            if (add | delete) & _CASE_FLAGS or inner.getwidth()[0] == 0:
                return None
            return _first(inner)
        if op in _REPEATS:
            low, _, inner = av
            if low < 1:
                return None
            return _first(inner)
        return None
    return None
