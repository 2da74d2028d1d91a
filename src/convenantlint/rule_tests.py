"""Run the examples of a rule set: every `trigger` must report, every `no_trigger` must not."""

from __future__ import annotations

from dataclasses import dataclass

from .ruleset import Rule


@dataclass
class ExampleFailure:
    rule: Rule
    expected: bool
    text: str
    got: list[str]        # messages of what was reported (for a no_trigger), else []
    detail: str = ""


def example_kind(rule: Rule, example) -> str:
    kind = example.get("kind") if isinstance(example, dict) else None
    return kind or ("overeenkomst" if rule.severity_for("overeenkomst") else "ambitie")


def run_examples(rules: list[Rule], engine) -> tuple[int, list[ExampleFailure]]:
    from .api import analyse

    count = 0
    failures: list[ExampleFailure] = []
    for rule in rules:
        for expected, key in ((True, "trigger"), (False, "no_trigger")):
            for example in rule.examples[key]:
                count += 1
                text = example if isinstance(example, str) else example["text"]
                result = analyse(text, engine, example_kind(rule, example))
                own = [f for f in result.findings if f.rule == rule.id]
                if isinstance(example, dict) and example.get("party"):
                    own = [f for f in own if f.party == example["party"]]
                if expected and not own:
                    failures.append(ExampleFailure(rule, True, text, []))
                elif not expected and own:
                    failures.append(ExampleFailure(rule, False, text, [f.message for f in own]))
                elif expected and isinstance(example, dict) and "missing" in example:
                    named = sorted({m for f in own for m in f.missing})
                    if named != sorted(example["missing"]):
                        failures.append(ExampleFailure(
                            rule, True, text, [], f"ontbrekend volgens de regel: {', '.join(named) or '-'}; "
                            f"verwacht: {', '.join(sorted(example['missing']))}"))
    return count, failures
