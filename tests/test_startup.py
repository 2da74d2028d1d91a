"""Start-up shortcuts change nothing a user sees: the structure layer's expressions come
from the disk cache with the same matches, and building an engine through the library
leaves Python's garbage collector as it found it."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import convenantlint.nlp
import convenantlint.rule_kinds
import convenantlint.structure

EXAMPLES = sorted((Path(__file__).parent.parent / "corpora" / "voorbeelden").glob("*.txt"))[:4]


def _module_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for package in (convenantlint.structure, convenantlint.nlp, convenantlint.rule_kinds):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in sorted(vars(module).items()):
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.append((f"{module.__name__}.{name}", value))
    return found


PATTERNS = _module_patterns()


def test_the_structure_layer_has_expressions_to_compare():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_a_module_expression_matches_as_re_would(name, pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.lower()):
            got = [(m.span(), m.groups()) for m in pattern.finditer(variant)]
            want = [(m.span(), m.groups()) for m in plain.finditer(variant)]
            assert got == want, f"{name} differs on {path.name}"


def test_building_an_engine_through_the_library_leaves_the_collector_on():
    from convenantlint.api import get_engine

    frozen_before = gc.get_freeze_count()
    assert gc.isenabled()
    get_engine()
    assert gc.isenabled()
    # freezing is for the command's own process only: a library user's dropped engine
    # must stay collectable
    assert gc.get_freeze_count() == frozen_before
