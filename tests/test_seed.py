"""The seed: a new cache starts with the built-in rules prepared (`tools/prepare_seed.py`)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys

import pytest

from convenantlint import diskcache
from support import ROOT

# the seed in the repository for the Python running the tests (made for one or a few)
REPO_SEED = ROOT / "src" / "convenantlint" / "data" / diskcache.seed_path().name
pytestmark = pytest.mark.skipif(not REPO_SEED.is_file(),
                                reason=f"no seed for this Python version ({REPO_SEED.name})")


def test_the_installed_package_ships_the_seed():
    assert diskcache.seed_path().is_file()
    assert diskcache.seed_path(diskcache.COMMON).is_file()
    assert diskcache.seed_exists()

# In a fresh process with an empty cache folder: build the engine, check one bundled text
# and report what the run had to work out itself instead of finding it in the seed.
_PROBE = r"""
import gc, json, sys
from convenantlint import api, compiled_regex, diskcache
engine = api.get_engine()
result = api.analyse(open(sys.argv[1], encoding="utf-8-sig").read(), engine)
compiled_regex.save()
memos = [m for m in gc.get_objects() if isinstance(m, diskcache.Memo)]
print(json.dumps({
    "worked out": {m.name: len(m.added) for m in memos if m.added},
    "memos": sorted(m.name for m in memos),
    "files": sorted(k.split("\x00")[0] for k in diskcache.seedable),
    "findings": [(f.rule, f.start, f.end, f.party) for f in result.findings],
}))
"""


def _probe(cache, text, **env):
    run_env = {k: v for k, v in os.environ.items() if not k.startswith("CONVENANTLINT_")}
    run_env.update(CONVENANTLINT_CACHE_DIR=str(cache), **env)
    out = subprocess.run([sys.executable, "-c", _PROBE, str(text)], capture_output=True,
                         text=True, env=run_env, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


TEXT = ROOT / "corpora" / "voorbeelden" / "convenant-langer-thuis-noordstad.txt"


def test_a_first_run_finds_every_rule_prepared_in_the_seed(tmp_path):
    got = _probe(tmp_path / "leeg", TEXT)
    assert {"regex", "literals", "derived", "terms"} <= set(got["memos"])
    stale = {k: got[k] for k in ("worked out", "files") if got[k]}
    assert not stale, ("the seed no longer covers the built-in rules; run "
                       f"`python tools/prepare_seed.py` ({stale})")
    # nothing of the seed is copied into the user's cache folder (it held 68 MB of it)
    copied = [p.name for p in (tmp_path / "leeg").rglob("*.marshal")]
    assert not copied


def test_a_run_keeps_only_what_the_seed_lacks_in_the_cache_folder(tmp_path):
    # a rule expression the seed cannot know: worked out once, then read from the folder
    probe = ("from convenantlint import compiled_regex as c; import json, sys; "
             "c.compile(r'\\bzeldzaam\\w*woord\\b'); c.save(); "
             "print(json.dumps(sorted(c._store().added)))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONVENANTLINT_")}
    env["CONVENANTLINT_CACHE_DIR"] = str(tmp_path)
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True,
                                      text=True, env=env, cwd=ROOT, check=True).stdout)
            for _ in range(2)]
    assert len(runs[0]) == 1 and runs[1] == []
    (regex_file,) = tmp_path.glob("regex-*.marshal")
    stored = marshal.loads(regex_file.read_bytes())
    assert list(stored["entries"]) == runs[0]


def test_a_run_with_the_seed_finds_what_a_run_without_it_finds(tmp_path):
    seeded = _probe(tmp_path / "met", TEXT)
    unseeded = _probe(tmp_path / "zonder", TEXT, CONVENANTLINT_NO_SEED="1")
    assert unseeded["worked out"]["regex"] > 100            # it did the work itself
    assert "lemmas-nl" in unseeded["files"]
    assert seeded["findings"] == unseeded["findings"]
    assert seeded["findings"]


def test_a_damaged_seed_is_ignored(tmp_path, monkeypatch):
    damaged = tmp_path / "seed.seed"
    damaged.write_bytes(b"\xfd7zXZ\x00kapot")
    monkeypatch.setattr(diskcache, "seed_path", lambda part="": damaged)
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path / "cache"))
    diskcache._seed.cache_clear()
    try:
        assert diskcache._seed() == {"memos": {}, "values": {}}
        assert diskcache.seed_entries("regex", "x") is None
        # a seed whose one value is damaged: that value is built, the others are used
        diskcache.write_seed({"regex\x00k": {"a": 1, "b": 2}}, {"v\x00k": [1]}, damaged)
        diskcache._seed.cache_clear()
        entries = diskcache.seed_entries("regex", "k")
        assert entries.get("a") == (True, 1)
        seed = diskcache._seed()
        seed["memos"]["regex\x00k"][diskcache.entry_id("b")] = b"zkapot"
        seed["values"]["v\x00k"] = b"xkapot"
        assert entries.get("b") == (False, None)
        assert diskcache.cached("v", "k", lambda: ["gebouwd"], seed_name="v") == ["gebouwd"]
    finally:
        diskcache._seed.cache_clear()


def test_the_seed_file_is_written_the_same_way_every_time(tmp_path, monkeypatch):
    memos = {"regex\x00k": {"b": (1, b"\x00\x01", 0, {}, ()), "a": (2, b"", 0, {"g": 1}, (None, "g"))}}
    values = {"rule-x\x00k2": {"id": "X-01", "kinds": ("ambitie",)}}
    first, second = tmp_path / "1.seed", tmp_path / "2.seed"
    diskcache.write_seed(memos, values, first)
    reordered = {"regex\x00k": dict(reversed(list(memos["regex\x00k"].items())))}
    diskcache.write_seed(reordered, values, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_mode & 0o044 == 0o044          # readable for every user
    monkeypatch.setattr(diskcache, "seed_path", lambda part="": first)
    diskcache._seed.cache_clear()
    try:
        assert diskcache.seed_entries("regex", "k").get("a") == (True, (2, b"", 0, {"g": 1}, (None, "g")))
        assert diskcache.seed_value("rule-x\x00k2") == values["rule-x\x00k2"]
    finally:
        diskcache._seed.cache_clear()


def _key_sets(path) -> dict:
    seed = marshal.loads(path.read_bytes())
    sets = {name.split("\x00")[0]: set(entries) for name, entries in seed["memos"].items()}
    sets["files"] = set(seed["values"])
    return sets


def test_the_seeds_for_other_pythons_hold_nearly_the_same_rules():
    # Each Python's seed is made with that Python. One made from older rules lacks their
    # newer expressions; that only costs a first run on that Python the work the seed no
    # longer covers (for a tenth of the expressions, a few seconds), so a small rule edit
    # needs only this Python's seed made again, and a larger drift fails here. (The
    # rewritten forms are keyed by a tag of the rewriting code's bytecode, which differs
    # between Pythons: not compared.)
    others = sorted(p for p in REPO_SEED.parent.glob("seed-cpython-*.seed") if p != REPO_SEED)
    if not others:
        pytest.skip("no seed for another Python")
    here = _key_sets(REPO_SEED)
    for other in others:
        theirs = _key_sets(other)
        for part in ("regex", "literals", "terms", "files"):
            missing = len(here[part] - theirs.get(part, set())) / max(1, len(here[part]))
            assert missing <= 0.10, (
                f"{other.name} lacks {missing:.0%} of the {part} of {REPO_SEED.name}; run "
                "`python tools/prepare_seed.py` with that Python too")
