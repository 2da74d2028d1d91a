"""Every rule's own examples behave as declared: the YAML is its own first test."""

from __future__ import annotations

import pytest

from convenantlint.ruleset import load_rules

RULES = list(load_rules())


def _cases():
    for rule in RULES:
        for expect, key in ((True, "trigger"), (False, "no_trigger")):
            for n, example in enumerate(rule.examples[key]):
                yield pytest.param(rule, example, expect, id=f"{rule.id}-{key}-{n + 1}")


def test_catalogue_is_complete():
    ids = {r.id for r in RULES}
    expected = {f"AMB-{n:02d}" for n in range(1, 11)} | {f"BEL-{n:02d}" for n in range(1, 6)} \
        | {f"REL-{n:02d}" for n in range(1, 6)} | {f"ORG-{n:02d}" for n in range(1, 10)} \
        | {f"PRO-{n:02d}" for n in range(1, 7)}
    assert expected <= ids, f"missing from rules/: {sorted(expected - ids)}"


@pytest.mark.parametrize("rule,example,expect", list(_cases()))
def test_example(analyse, rule, example, expect):
    text = example if isinstance(example, str) else example["text"]
    kind = None if isinstance(example, str) else example.get("kind")
    kind = kind or ("overeenkomst" if rule.severity_for("overeenkomst") else "ambitie")
    result = analyse(text, kind)
    own = [f for f in result.findings if f.rule == rule.id]
    if isinstance(example, dict) and example.get("party"):
        own = [f for f in own if f.party == example["party"]]
    if expect:
        assert own, f"{rule.id} should report on: {text!r}"
        if isinstance(example, dict) and "missing" in example:
            assert sorted(own[0].missing) == sorted(example["missing"])
    else:
        assert not own, f"{rule.id} should not report on: {text!r}, got {[f.message for f in own]}"
