"""Every rule's own examples behave as declared: the YAML is its own first test."""

from __future__ import annotations

import pytest

from convenantlint.rule_tests import run_examples
from convenantlint.ruleset import load_rules

RULES = list(load_rules())


def test_catalogue_is_complete():
    ids = {r.id for r in RULES}
    expected = {f"AMB-{n:02d}" for n in range(1, 11)} | {f"BEL-{n:02d}" for n in range(1, 6)} \
        | {f"REL-{n:02d}" for n in range(1, 6)} | {f"ORG-{n:02d}" for n in range(1, 10)} \
        | {f"PRO-{n:02d}" for n in range(1, 7)}
    assert expected <= ids, f"missing from rules/: {sorted(expected - ids)}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples(engine, rule):
    count, failures = run_examples([rule], engine)
    assert count >= 2
    lines = [("moet melden" if f.expected else f"mag niet melden ({'; '.join(f.got)})")
             + f": {f.text[:120]!r} {f.detail}" for f in failures]
    assert not failures, "\n".join(lines)
