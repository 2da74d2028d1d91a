"""Measured quality: thresholds hold, recorded figures are current, docs are generated."""

from __future__ import annotations

import json

import pytest

from support import EVAL, ROOT

from convenantlint.evaluate import evaluate


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



def _guilder_set(tmp_path, currency: str):
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "brug.txt").write_text(
        "Overeenkomst over de brug\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de Gemeente;\n"
        "2. Het waterschap Leidal, hierna: het Waterschap;\n\nKomen het volgende overeen:\n\n"
        "Artikel 1\n\nDe Gemeente draagt f 220.371 bij aan de brug.\n", "utf-8")
    (docs / "brug.expect.yaml").write_text(
        "kind: overeenkomst\nparties:\n  - {name: gemeente Aarle, short: de Gemeente}\n"
        "  - {name: waterschap Leidal, short: het Waterschap}\n"
        f"commitments:\n  - {{type: geld, currency: {currency}, amount: 220371.0, party: de Gemeente, "
        "text: \"f 220.371\"}\n", "utf-8")
    return tmp_path


def test_an_annotation_in_guilders_is_compared_in_euros(tmp_path, engine):
    ev = evaluate(_guilder_set(tmp_path, "NLG"), engine)
    assert (ev.matrix.commitments_expected, ev.matrix.commitments_right) == (1, 1)


def test_an_unknown_currency_in_an_annotation_is_a_clear_error(tmp_path, engine):
    from convenantlint.errors import InputError
    with pytest.raises(InputError, match="onbekende munt"):
        evaluate(_guilder_set(tmp_path, "XYZ"), engine)
