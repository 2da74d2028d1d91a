"""Shared fixtures: the built-in engine is built once per test session (spaCy start-up)."""

from __future__ import annotations

import os

import pytest

from convenantlint.diskcache import cache_dir

# The tests keep their disk cache beside the user's, not in it: the throw-away rule
# folders of many tests would otherwise push the built-in rules' compiled expressions
# out of the cache that the user's own runs read. Kept between test runs (a cold cache
# costs a minute or more); `support.run_cli` passes it on to the processes it starts.
if not os.environ.get("CONVENANTLINT_CACHE_DIR"):
    os.environ["CONVENANTLINT_CACHE_DIR"] = str(cache_dir().with_name("convenantlint-tests"))


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
