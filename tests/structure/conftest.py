"""Fixtures for the structure tests: ``parse`` (the project's NLP layer, or a stand-in
while it does not exist) and ``build`` (text -> Agreement). Helpers live in
_structure_support.py."""

from __future__ import annotations

import pytest

from _structure_support import best_parse


@pytest.fixture(scope="session")
def parse():
    return best_parse()


@pytest.fixture(scope="session")
def build(parse):
    from convenantlint.structure import build_agreement

    def _build(text: str, kind: str | None = None):
        return build_agreement(text, parse(text), kind)
    return _build
