"""What every rule kind shares: the Hit it yields and the registry that finds it by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:
    from ..findings import Finding
    from ..ruleset import Rule
    from .conditions import DocIndex, Matchers


@dataclass(frozen=True)
class Hit:
    """One reason to report: where, and what fills the message's placeholders."""

    start: int | None
    end: int | None
    terms: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()            # part names (for JSON)
    missing_labels: tuple[str, ...] = ()     # their Dutch labels (for the message)
    party: str | None = None
    detail: str = ""
    severity: str | None = None              # overrides the rule's severity
    unit: int | None = None                  # sentence number, for the excerpt


@dataclass
class Context:
    """What a rule kind may look at while checking one document."""

    index: "DocIndex"
    results: dict[str, list["Finding"]] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)    # e.g. the phases PRO-05 saw

    @property
    def agreement(self):
        return self.index.agreement


class RuleKind:
    """Compiled form of one rule: built once per rule set, run once per document."""

    def __init__(self, rule: "Rule", matchers: "Matchers") -> None:
        self.rule = rule
        self.check: dict[str, Any] = rule.check
        self.needs: tuple[str, ...] = ()      # rules whose results this one reads

    def run(self, ctx: Context) -> Iterable[Hit]:
        raise NotImplementedError


KINDS: dict[str, type[RuleKind]] = {}
BUILTINS: dict[str, type[RuleKind]] = {}


def kind(name: str) -> Callable[[type[RuleKind]], type[RuleKind]]:
    def register(cls: type[RuleKind]) -> type[RuleKind]:
        KINDS[name] = cls
        return cls
    return register


def builtin(name: str) -> Callable[[type[RuleKind]], type[RuleKind]]:
    def register(cls: type[RuleKind]) -> type[RuleKind]:
        BUILTINS[name] = cls
        return cls
    return register
