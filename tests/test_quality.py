"""Measured quality: thresholds hold, recorded figures are current, docs are generated."""

from __future__ import annotations

import json

import pytest

from support import EVAL, ROOT


@pytest.fixture(scope="module")
def evaluation(engine):
    from convenantlint.evaluate import evaluate

    return evaluate(EVAL, engine)


def test_no_check_below_its_threshold(evaluation):
    from convenantlint.evaluate import below_thresholds, load_thresholds

    thresholds = load_thresholds(EVAL / "thresholds.yaml")
    assert thresholds, "corpora/eval/thresholds.yaml is empty"
    assert below_thresholds(evaluation, thresholds) == []


def test_recorded_figures_are_current(evaluation):
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from update_quality import quality_payload

    recorded = json.loads((ROOT / "src/convenantlint/data/quality.json").read_text("utf-8"))
    assert recorded == json.loads(json.dumps(quality_payload(evaluation))), \
        "run: python tools/update_quality.py"


def test_eval_set_is_large_enough(evaluation):
    assert evaluation.documents >= 60
    assert evaluation.sentences >= 400


def test_docs_rules_md_is_generated_from_the_rules():
    from convenantlint.report.rules_doc import markdown
    from convenantlint.ruleset import load_rules

    expected = markdown(load_rules())
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == expected, \
        "docs/rules.md is out of date: run python tools/update_quality.py"

