"""The library entry points: text in, findings out. No files, no printing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .engine import Engine, Result
from .errors import ConvenantlintError
from .findings import Finding
from .ruleset import RuleSet, load_rules
from .startup import collector_paused


@lru_cache(maxsize=4)
def _ruleset(rule_dirs: tuple[str, ...], include_builtin: bool) -> RuleSet:
    with collector_paused():
        return load_rules([Path(d) for d in rule_dirs], include_builtin=include_builtin)


@lru_cache(maxsize=4)
def _engine(rule_dirs: tuple[str, ...], include_builtin: bool, model: str | None) -> Engine:
    with collector_paused():
        return Engine(_ruleset(rule_dirs, include_builtin), _pipeline(model))


def get_ruleset(rule_dirs: Iterable[str | Path] = (), include_builtin: bool = True) -> RuleSet:
    """The rules alone, without spaCy: the same object `get_engine` builds on."""
    return _ruleset(tuple(str(d) for d in rule_dirs), include_builtin)


def _pipeline(model: str | None):
    from .nlp import ModelNotFound, load_pipeline

    try:
        return load_pipeline(model)
    except ModelNotFound as exc:
        raise ConvenantlintError(str(exc)) from None


def get_engine(rule_dirs: Iterable[str | Path] = (), include_builtin: bool = True,
               model: str | None = None) -> Engine:
    return _engine(tuple(str(d) for d in rule_dirs), include_builtin, model)


def make_engine(ruleset: RuleSet, model: str | None = None) -> Engine:
    return Engine(ruleset, _pipeline(model))


def analyse(text: str, engine: Engine, kind: str | None = None,
            select: Iterable[str] | None = None) -> Result:
    """Parse, build the agreement view and run every rule that applies."""
    from .plain_text import plain
    from .structure import build_agreement

    text = plain(text)
    doc = engine.nlp(text)
    agreement = build_agreement(text, doc, None if kind in (None, "auto") else kind)
    return engine.check(agreement, select=select)


def lint_text(text: str, kind: str | None = None, rules: RuleSet | None = None) -> list[Finding]:
    """Findings for one text with the built-in rules (or the given rule set)."""
    engine = make_engine(rules) if rules is not None else get_engine()
    return analyse(text, engine, kind).findings
