from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def nlp():
    from convenantlint.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def excerpt() -> str:
    return (HERE / "agreement_excerpt.txt").read_text(encoding="utf-8")
