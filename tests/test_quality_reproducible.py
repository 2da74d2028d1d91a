"""The eval command's figures are the same on every run.

A module of its own so that, with the tests spread over processes, this second full pass
over corpora/eval runs beside test_quality.py's pass instead of after it. It runs the
command in a fresh process with another hash seed (set and dict order, the disk caches
already warm or not) and compares with the recorded figures, which test_quality.py
compares with an in-process run: three separate runs, one set of figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from support import ROOT


def test_eval_command_gives_the_recorded_figures_in_a_fresh_process():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CONVENANTLINT_") or k == "CONVENANTLINT_CACHE_DIR"}
    env["PYTHONHASHSEED"] = "12345"
    done = subprocess.run([sys.executable, "-m", "convenantlint", "eval", "corpora/eval",
                           "--format", "json"], cwd=ROOT, capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    measured = json.loads(done.stdout)
    recorded = json.loads((ROOT / "src/convenantlint/data/quality.json").read_text("utf-8"))
    assert {c: (s["tp"], s["fp"], s["fn"], s["parts_expected"], s["parts_found"])
            for c, s in measured["checks"].items()} == \
        {c: (s["tp"], s["fp"], s["fn"], s["parts_expected"], s["parts_found"])
         for c, s in recorded["checks"].items()}, "run: python tools/update_quality.py"
    assert {k: measured[k] for k in ("documents", "sentences", "verdicts", "verdicts_right")} \
        == recorded["evaluation"]
    assert measured["below_thresholds"] == []
