"""The project's own corpus (corpora/, any folder but eval/ and holdout/: *.txt|md with
.expect.yaml): the parties that the hand-written annotation lists, in order, with the
right short name and full name. corpora/eval/ and corpora/holdout/ are measured, not
tested: they are never read here."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "corpora"
CASES = sorted(p for p in ROOT.rglob("*.expect.yaml")
               if not {"eval", "holdout"} & set(p.relative_to(ROOT).parts)) if ROOT.is_dir() else []


def _source(expect: Path) -> Path | None:
    stem = expect.name[: -len(".expect.yaml")]
    for ext in (".txt", ".md"):
        if (expect.parent / (stem + ext)).exists():
            return expect.parent / (stem + ext)
    return None


@pytest.mark.skipif(not CASES, reason="no annotated corpus yet")
@pytest.mark.parametrize("expect", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_corpus_parties(build, expect):
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(expect.read_text(encoding="utf-8")) or {}
    if "parties" not in data:
        pytest.skip("no parties annotated")
    source = _source(expect)
    assert source is not None
    a = build(source.read_text(encoding="utf-8"))
    want = [(p["short"], p["name"]) for p in data["parties"] or []]
    assert [p.key for p in a.parties] == [w[0] for w in want]
    assert [p.name for p in a.parties] == [w[1] for w in want]
    if "kind" in data:
        assert a.kind == data["kind"]
