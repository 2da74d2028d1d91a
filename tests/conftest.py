"""Shared fixtures: the built-in engine is built once per test session (spaCy start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SHARED_BWB = ROOT.parent / "shared" / "corpora" / "bwb"


@pytest.fixture(scope="session")
def engine():
    from convenantlint.api import get_engine

    return get_engine()


@pytest.fixture(scope="session")
def analyse(engine):
    from convenantlint.api import analyse as run

    def go(text: str, kind: str | None = None):
        return run(text, engine, kind)

    return go


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None):
    """Run the installed command as a user would (a fresh process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONVENANTLINT_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "convenantlint", *args], cwd=cwd or ROOT,
                          capture_output=True, input=input, env=env)
