"""Helpers for tests that run the command as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora" / "voorbeelden"
EVAL = ROOT / "corpora" / "eval"
SHARED_BWB = ROOT.parent / "shared" / "corpora" / "bwb"


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None):
    """Run the installed command in a fresh process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONVENANTLINT_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "convenantlint", *args], cwd=cwd or ROOT,
                          capture_output=True, input=input, env=env)
