"""Measure every check on corpora/eval/, record the figures, regenerate docs/rules.md.

Run after changing a rule or the evaluation set:

    python tools/update_quality.py            # measure, write quality.json and docs/rules.md
    python tools/update_quality.py --raise-thresholds   # also lift thresholds to what is measured
    python tools/update_quality.py --rebase-thresholds  # after adding harder text to the set

The test suite fails when docs/rules.md or the recorded figures are out of date, or when
a check falls below its threshold in corpora/eval/thresholds.yaml.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "corpora" / "eval"
QUALITY = ROOT / "src" / "convenantlint" / "data" / "quality.json"
DOCS = ROOT / "docs" / "rules.md"
THRESHOLDS = EVAL / "thresholds.yaml"


def quality_payload(ev) -> dict:
    def r(v):
        return None if v is None else round(v, 4)
    return {
        "evaluation": {"documents": ev.documents, "sentences": ev.sentences,
                       "verdicts": ev.verdicts, "verdicts_right": ev.verdicts_right},
        "checks": {c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": r(s.precision),
                       "recall": r(s.recall), "f1": r(s.f1),
                       "parts_expected": s.parts_expected, "parts_found": s.parts_found}
                   for c, s in sorted(ev.scores.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raise-thresholds", action="store_true",
                    help="lift thresholds to what is measured (never lowers one)")
    ap.add_argument("--rebase-thresholds", action="store_true",
                    help="set thresholds to what is measured, also lower: only when the "
                         "evaluation set itself grew (new, harder text), never to let a "
                         "rule change pass; say so in the commit message")
    args = ap.parse_args()

    from convenantlint.api import get_engine
    from convenantlint.evaluate import evaluate
    from convenantlint.report.rules_doc import markdown

    engine = get_engine()
    ev = evaluate(EVAL, engine)
    payload = quality_payload(ev)
    QUALITY.write_text(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")
    from convenantlint import quality

    quality.measured.cache_clear()
    DOCS.write_text(markdown(engine.ruleset), "utf-8")
    print(f"wrote {QUALITY.relative_to(ROOT)} and {DOCS.relative_to(ROOT)}")
    if args.raise_thresholds or args.rebase_thresholds:
        from ruamel.yaml import YAML

        yaml = YAML()
        current = yaml.load(THRESHOLDS.read_text("utf-8")) if THRESHOLDS.exists() else {}
        current = current or {}
        for check, s in payload["checks"].items():
            limits = current.setdefault(check, {})
            for metric in ("precision", "recall"):
                value = s[metric]
                if value is None:
                    continue
                floor = int(value * 100) / 100     # round down: the figure must stay reproducible
                if args.rebase_thresholds or floor > limits.get(metric, 0):
                    limits[metric] = floor
        with THRESHOLDS.open("w", encoding="utf-8") as fh:
            yaml.dump(dict(sorted(current.items())), fh)
        verb = "rebased" if args.rebase_thresholds else "raised"
        print(f"{verb} thresholds in {THRESHOLDS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
