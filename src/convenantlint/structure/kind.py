"""Is this text an ambition (intentieverklaring) or an agreement (convenant)?

The title says it most reliably; then strong phrases in the opening ("komen het
volgende overeen", "verklaren hun intentie"); then the first kind word in the opening.
Word lists: kind.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..compiled_regex import compile as compile_cached
from ..agreement import KINDS
from . import vocab


def _word_regex(words: list[str]) -> re.Pattern[str]:
    # Inside words too: "Zorgconvenant", "Bestuursovereenkomst". Spaces: any whitespace.
    return compile_cached(vocab.alternation(sorted(set(words), key=lambda p: (-len(p), p))), re.I)


@lru_cache(maxsize=None)
def _patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    data = vocab.load("kind")
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for kind in KINDS:
        spec = data.get(kind, {})
        words = [str(w) for w in spec.get("words", [])]
        out[kind] = {
            "title": _word_regex(words + [str(w) for w in spec.get("title_only", [])]),
            "opening": _word_regex(words),
            "phrases": vocab.phrase_regex(spec.get("phrases", [])),
        }
    return out


def _earliest(text: str, key: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for order, (kind, pats) in enumerate(_patterns().items()):
        m = pats[key].search(text)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, kind)
    return best[2] if best else None


def detect_kind(text: str, title: str = "") -> str:
    """'ambitie' or 'overeenkomst' from the title and the opening of the text."""
    data = vocab.load("kind")
    if title:
        found = _earliest(title, "title")
        if found:
            return found
    opening = text[: int(data.get("opening_chars", 800))]
    found = _earliest(opening, "phrases") or _earliest(opening, "opening")
    return found or str(data.get("default", "overeenkomst"))
