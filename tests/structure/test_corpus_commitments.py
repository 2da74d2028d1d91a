"""The project's own corpus (corpora/, any folder but eval/ and holdout/), field by field:
the money and time commitments and the tasks that the hand-written .expect.yaml lists.

``commitments:`` lists every amount of money or time a party (or the parties together)
brings in, as {type: geld|tijd, amount, party, text}: amount as structure/quantities.py
normalises it (euros; fte as fte; hours a year when a period is given), party the short
name of the giver or null when it is all parties together or nobody in particular, text a
passage of the document that holds the amount. The tool's money and time commitments with
an amount are compared with it as a multiset of (type, amount, party); commitments
without an amount ('draagt de kosten') are not compared. ``not_commitments:`` lists
passages that hold an amount that is no commitment (a deadline, a target, an interest):
the tool must not report one there (the multiset already says so; the list documents the
trap and lets a known gap be marked).

``tasks:`` maps a party's short name to passages that the 'wie doet wat' matrix must show
among that party's tasks (the sentence of one of its task items holds the passage).

An item the tool cannot get right yet carries ``known_gap: "<reason>"``: it is left out
of the comparison above and checked on its own as a strict xfail, so that pytest counts
the gaps and says so when one is closed. corpora/eval/ and corpora/holdout/ are measured,
not tested: they are never read here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "corpora"
CASES = sorted(p for p in ROOT.rglob("*.expect.yaml")
               if not {"eval", "holdout"} & set(p.relative_to(ROOT).parts)) if ROOT.is_dir() else []
MONEY_TIME = ("geld", "tijd")


def _load(expect: Path) -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(expect.read_text(encoding="utf-8")) or {}


def _source(expect: Path) -> Path:
    stem = expect.name[: -len(".expect.yaml")]
    for ext in (".txt", ".md"):
        if (expect.parent / (stem + ext)).exists():
            return expect.parent / (stem + ext)
    raise AssertionError(f"no text for {expect.name}")


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _span(text: str, passage: str) -> tuple[int, int]:
    at = text.find(passage)
    assert at >= 0, f"passage not in the text: {passage!r}"
    return at, at + len(passage)


def _key(c) -> tuple[str, float, str | None]:
    return c.type, round(float(c.amount), 2), c.party


def _want(item: dict) -> tuple[str, float, str | None]:
    return str(item["type"]), round(float(item["amount"]), 2), item.get("party")


def _money_time(agreement) -> list:
    return [c for c in agreement.commitments if c.type in MONEY_TIME and c.amount is not None]


def _overlaps(c, span: tuple[int, int]) -> bool:
    return c.start < span[1] and span[0] < c.end


def _task_texts(text: str, agreement) -> dict[str, list[str]]:
    from convenantlint.structure.matrix import party_matrix

    return {row.key: [_squash(text[t.start:t.end]) for t in row.tasks] for row in party_matrix(agreement)}


def _task_items(tasks: dict) -> list[tuple[str, str, str | None]]:
    """(party, passage, known gap or None) for every annotated task."""
    out = []
    for party, passages in (tasks or {}).items():
        for p in passages or []:
            if isinstance(p, dict):
                out.append((str(party), str(p["text"]), p.get("known_gap")))
            else:
                out.append((str(party), str(p), None))
    return out


@pytest.fixture(scope="module")
def built(build):
    cache: dict[Path, tuple[str, object]] = {}

    def _get(expect: Path):
        if expect not in cache:
            text = _source(expect).read_text(encoding="utf-8")
            cache[expect] = (text, build(text))
        return cache[expect]
    return _get


ANNOTATED = [p for p in CASES if {"commitments", "tasks"} & set(_load(p))]
IDS = [p.name.split(".")[0] for p in ANNOTATED]


@pytest.mark.skipif(not ANNOTATED, reason="no commitments annotated yet")
@pytest.mark.parametrize("expect", ANNOTATED, ids=IDS)
def test_corpus_commitments(built, expect):
    data = _load(expect)
    if "commitments" not in data:
        pytest.skip("no commitments annotated")
    text, a = built(expect)
    items = data["commitments"] or []
    keys = {p.key for p in a.parties}
    for item in items:
        assert item["type"] in MONEY_TIME, item
        assert item.get("party") is None or item["party"] in keys, item
        _span(text, str(item["text"]))
    tool = _money_time(a)
    # A known gap takes the tool's commitment in its passage (one per gap item, not one
    # that another item of the same passage wants) out of the comparison; a known-gap
    # 'not commitment' takes every one there.
    left = list(tool)
    for item in items:
        if item.get("known_gap"):
            span = _span(text, str(item["text"]))
            wanted = Counter(_want(i) for i in items
                             if not i.get("known_gap") and _span(text, str(i["text"])) == span)
            for c in [c for c in left if c.type == item["type"] and _overlaps(c, span)]:
                if wanted[_key(c)] > 0:
                    wanted[_key(c)] -= 1
                    continue
                left.remove(c)
                break
    for trap in data.get("not_commitments") or []:
        span = _span(text, str(trap["text"]))
        if trap.get("known_gap"):
            left = [c for c in left if not _overlaps(c, span)]
    want = Counter(_want(i) for i in items if not i.get("known_gap"))
    got = Counter(_key(c) for c in left)
    missing = want - got
    extra = got - want
    detail = [f"  missing {k}: {[i['text'] for i in items if _want(i) == k]}" for k in missing]
    detail += [f"  extra   {k}: {[c.text for c in left if _key(c) == k]}" for k in extra]
    assert got == want, "money/time commitments differ:\n" + "\n".join(detail)


@pytest.mark.skipif(not ANNOTATED, reason="no tasks annotated yet")
@pytest.mark.parametrize("expect", ANNOTATED, ids=IDS)
def test_corpus_tasks(built, expect):
    data = _load(expect)
    if "tasks" not in data:
        pytest.skip("no tasks annotated")
    text, a = built(expect)
    tasks = _task_texts(text, a)
    problems = []
    for party, passage, gap in _task_items(data["tasks"]):
        assert party in tasks, f"{party!r} is no party of the document"
        _span(text, passage)
        if gap:
            continue
        if not any(_squash(passage) in t for t in tasks[party]):
            problems.append(f"  {party}: {passage!r}")
    assert not problems, "tasks not found for their party:\n" + "\n".join(problems)


def _gaps() -> list[tuple[Path, str, object]]:
    out = []
    for p in ANNOTATED:
        data = _load(p)
        for item in data.get("commitments") or []:
            if item.get("known_gap"):
                out.append((p, "commitment", item))
        for trap in data.get("not_commitments") or []:
            if trap.get("known_gap"):
                out.append((p, "not_commitment", trap))
        for party, passage, gap in _task_items(data.get("tasks")):
            if gap:
                out.append((p, "task", (party, passage)))
    return out


GAPS = _gaps()


@pytest.mark.skipif(not GAPS, reason="no known gaps")
@pytest.mark.parametrize("expect,what,item", [pytest.param(*g, marks=pytest.mark.xfail(strict=True,
                                              reason="known gap")) for g in GAPS],
                         ids=[f"{g[0].name.split('.')[0]}-{g[1]}{n}" for n, g in enumerate(GAPS)])
def test_corpus_known_gaps(built, expect, what, item):
    """Each known gap on its own: xfail while the tool gets it wrong; XPASS (a failure,
    strict) once it gets it right, to say that the known_gap mark can go."""
    text, a = built(expect)
    if what == "task":
        party, passage = item
        assert any(_squash(passage) in t for t in _task_texts(text, a).get(party, []))
        return
    span = _span(text, str(item["text"]))
    here = [c for c in _money_time(a) if _overlaps(c, span)]
    if what == "not_commitment":
        assert not here
    else:
        assert _want(item) in [_key(c) for c in here if c.type == item["type"]]
