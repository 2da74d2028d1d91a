"""Apply a rule set to an Agreement: the pure core, text in, findings out.

`Engine` compiles a RuleSet once against the spaCy vocabulary (all term lists and token
patterns of all rules into shared matchers) and then checks any number of documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from . import compiled_regex
from .errors import RuleError
from .findings import Finding
from .rule_kinds import builtins as _builtins  # noqa: F401  (registers the built-ins)
from .rule_kinds import organisation as _organisation  # noqa: F401
from .rule_kinds import party as _party  # noqa: F401
from .rule_kinds import requires as _requires  # noqa: F401
from .rule_kinds import sentence as _sentence  # noqa: F401
from .rule_kinds.base import BUILTINS, KINDS, Context, Hit, RuleKind
from .rule_kinds.conditions import DocIndex, Matchers
from .ruleset import Rule, RuleSet, _locate

if TYPE_CHECKING:
    from spacy.language import Language

    from .agreement import Agreement

EXCERPT_MAX = 240


@dataclass
class Result:
    """Everything `check` knows about one document."""

    agreement: "Agreement"
    findings: list[Finding]
    extras: dict[str, Any] = field(default_factory=dict)


def _order(kinds: list[RuleKind]) -> list[RuleKind]:
    """Rules that read other rules' results run after them (depends_on, builtin needs)."""
    by_id = {k.rule.id: k for k in kinds}
    done: set[str] = set()
    ordered: list[RuleKind] = []

    def visit(k: RuleKind, trail: tuple[str, ...]) -> None:
        if k.rule.id in done:
            return
        if k.rule.id in trail:
            raise RuleError(f"regel {k.rule.id}: kringverwijzing in depends_on ({' -> '.join(trail)})",
                            k.rule.path)
        for dep in tuple(k.rule.depends_on) + tuple(k.needs):
            if dep in by_id:
                visit(by_id[dep], trail + (k.rule.id,))
        done.add(k.rule.id)
        ordered.append(k)

    for k in sorted(kinds, key=lambda k: k.rule.id):
        visit(k, ())
    return ordered


def compile_rule(rule: Rule, matchers: Matchers) -> RuleKind:
    check = rule.check
    if check["type"] == "builtin":
        cls = BUILTINS.get(check["name"])
        if cls is None:
            line, col = _locate(rule.positions, ("check", "name"))
            known = ", ".join(sorted(BUILTINS))
            raise RuleError(f"regel {rule.id}: onbekende ingebouwde controle '{check['name']}' "
                            f"(bekend: {known})", rule.path, line, col)
    else:
        cls = KINDS[check["type"]]
    try:
        return cls(rule, matchers)
    except ValueError as exc:   # spaCy's Matcher rejects a malformed token pattern
        line, col = _locate(rule.positions, ("check",))
        first = str(exc).strip().splitlines()
        raise RuleError(f"regel {rule.id}: ongeldig patroon: {first[-1] if first else exc}",
                        rule.path, line, col) from None


class Engine:
    def __init__(self, ruleset: RuleSet, nlp: "Language") -> None:
        self.ruleset = ruleset
        self.nlp = nlp
        compiled_regex.use_rules(ruleset)
        self.matchers = Matchers(nlp)
        self.kinds = _order([compile_rule(rule, self.matchers) for rule in ruleset])
        self.matchers.save()
        compiled_regex.save_literals()     # worked out for every expression while compiling

    def check(self, agreement: "Agreement", select: Iterable[str] | None = None) -> Result:
        index = DocIndex(agreement, self.matchers)
        ctx = Context(index=index)
        wanted = set(select) if select is not None else None
        needed = self._needed(wanted) if wanted is not None else None
        findings: list[Finding] = []
        for rule_kind in self.kinds:
            rule = rule_kind.rule
            if needed is not None and rule.id not in needed:
                continue                       # not selected, and no selected rule reads it
            severity = rule.severity_for(agreement.kind)
            if severity is None:
                continue
            if any(ctx.results.get(dep) for dep in rule.depends_on):
                ctx.results[rule.id] = []
                continue
            own = [self._finding(rule, severity, hit, index) for hit in rule_kind.run(ctx)]
            own = _dedupe(own)
            ctx.results[rule.id] = own
            if wanted is None or rule.id in wanted:
                findings.extend(own)
        findings.sort(key=Finding.sort_key)
        return Result(agreement=agreement, findings=findings, extras=dict(ctx.extras))

    def _needed(self, wanted: set[str]) -> set[str]:
        """The selected rules and every rule whose results they read."""
        by_id = {k.rule.id: k for k in self.kinds}
        needed: set[str] = set()
        todo = [rid for rid in wanted if rid in by_id]
        while todo:
            rid = todo.pop()
            if rid in needed:
                continue
            needed.add(rid)
            k = by_id[rid]
            todo.extend(d for d in (*k.rule.depends_on, *k.needs) if d in by_id)
        return needed

    def _finding(self, rule: Rule, severity: str, hit: Hit, index: DocIndex) -> Finding:
        values = {
            "terms": ", ".join(f"'{t}'" for t in hit.terms),
            "missing": _join_dutch(hit.missing_labels or hit.missing),
            "party": hit.party or "",
            "detail": hit.detail,
        }
        message = _fill(rule.message, values)
        question = _fill(rule.question, values)
        excerpt = ""
        if hit.start is not None:
            unit = hit.unit if hit.unit is not None else index.unit_at(hit.start)
            excerpt = _excerpt(index, unit, hit.start, hit.end or hit.start)
        scope = "party" if hit.party else rule.scope
        return Finding(rule=rule.id, dimension=rule.dimension, severity=hit.severity or severity,
                       message=message, question=question, start=hit.start, end=hit.end,
                       excerpt=excerpt, missing=hit.missing, party=hit.party, scope=scope,
                       name=rule.name)


def _fill(template: str, values: dict[str, str]) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return " ".join(out.split())


def _join_dutch(items: tuple[str, ...]) -> str:
    items = tuple(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _excerpt(index: DocIndex, unit: int, start: int, end: int) -> str:
    """The passage a reader needs: the sentence, shortened around the match if long."""
    units = index.units("sentence")
    if not units:
        return ""
    s_start, s_end = units[unit][0], units[unit][1]
    if not (s_start <= start <= s_end):
        s_start, s_end = start, max(end, start)
    text = " ".join(index.text[s_start:s_end].split())
    if len(text) <= EXCERPT_MAX:
        return text
    rel = len(" ".join(index.text[s_start:start].split()))
    left = max(0, rel - EXCERPT_MAX // 3)
    piece = text[left:left + EXCERPT_MAX]
    return ("…" if left else "") + piece.strip() + ("…" if left + EXCERPT_MAX < len(text) else "")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        key = (f.start, f.end, f.party, f.missing, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
