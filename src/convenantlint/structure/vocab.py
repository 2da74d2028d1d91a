"""The word lists of the structure layer, read once from the YAML files beside this module.

They are data, not code, so that a reviewer can extend them without touching Python.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The YAML file ``name`` (without .yaml) as plain Python data, cached."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    with open(_HERE / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle) or {}


def words(name: str, key: str) -> list[str]:
    """A list of lowercase words from a YAML file."""
    return [str(w).lower() for w in load(name).get(key, []) or []]


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex that finds any of the phrases as whole words (spaces match any whitespace)."""
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not parts:
        return re.compile(r"(?!x)x")
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", flags)


class Cue:
    """A cue word with an optional companion word in the same sentence.

    ``words`` are surface forms or lemmas ("draagt", "dragen"); ``with_`` are companion
    words of which one must also be present ("zorg" in "draagt zorg voor"). Multi-word
    entries match as phrases in the lowercase text.
    """

    __slots__ = ("words", "phrases", "with_", "with_phrases")

    def __init__(self, words: Iterable[str], with_: Iterable[str] = ()) -> None:
        self.words = frozenset(w.lower() for w in words if " " not in w)
        self.phrases = tuple(w.lower() for w in words if " " in w)
        self.with_ = frozenset(w.lower() for w in with_ if " " not in w)
        self.with_phrases = tuple(w.lower() for w in with_ if " " in w)

    def matches(self, forms: set[str], lowered: str) -> bool:
        hit = bool(self.words & forms) or any(p in lowered for p in self.phrases)
        if not hit:
            return False
        if not self.with_ and not self.with_phrases:
            return True
        return bool(self.with_ & forms) or any(p in lowered for p in self.with_phrases)


def cues(name: str, key: str) -> list[Cue]:
    return [Cue(item.get("words", []), item.get("with", [])) for item in load(name).get(key, [])]
