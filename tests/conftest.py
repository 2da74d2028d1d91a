"""Shared fixtures: the built-in engine is built once per test session (spaCy start-up)."""

from __future__ import annotations

import pytest


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
