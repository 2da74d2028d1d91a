"""Helpers shared by the tests: running the command as a user would, comparing expressions."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora" / "voorbeelden"
EVAL = ROOT / "corpora" / "eval"
SHARED_BWB = ROOT.parent / "shared" / "corpora" / "bwb"


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None):
    """Run the installed command in a fresh process."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CONVENANTLINT_") or k == "CONVENANTLINT_CACHE_DIR"}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "convenantlint", *args], cwd=cwd or ROOT,
                          capture_output=True, input=input, env=env)


def assert_matches_like_re(compiled: re.Pattern, plain: re.Pattern, text: str, pos: int = 0,
                           endpos: int | None = None) -> None:
    """The same matches, spans and groups as `re` gives (for the rewritten and cached forms)."""
    end = len(text) if endpos is None else endpos
    got = [(m.span(), m.groups()) for m in compiled.finditer(text, pos, end)]
    want = [(m.span(), m.groups()) for m in plain.finditer(text, pos, end)]
    assert got == want, (compiled.pattern, text)
