"""The on-disk cache is an optimisation: it never makes anything fail."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

from convenantlint import diskcache as _cache


def test_cache_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("CONVENANTLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _cache.cache_dir() == tmp_path / "convenantlint"
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path / "elders"))
    assert _cache.cache_dir() == tmp_path / "elders"


def test_builds_once_then_reads(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"a": (1, 2), "b": "tekst"}

    assert _cache.cached("probe", "v1", build) == {"a": (1, 2), "b": "tekst"}
    assert _cache.cached("probe", "v1", build) == {"a": (1, 2), "b": "tekst"}
    assert len(calls) == 1
    _cache.cached("probe", "v2", build)  # another key: built again
    assert len(calls) == 2


def test_corrupt_file_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    _cache.cached("probe", "k", lambda: [1, 2, 3])
    (path,) = tmp_path.glob("probe-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert _cache.cached("probe", "k", lambda: [4, 5]) == [4, 5]
    assert marshal.loads(path.read_bytes()) == [4, 5]


def test_value_failing_the_check_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    _cache.cached("probe", "k", lambda: {"version": 1})
    assert _cache.cached("probe", "k", lambda: {"version": 2}, check=lambda v: v["version"] == 2) == {"version": 2}


def test_keep_latest_removes_older_versions(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    for version in ("v1", "v2", "v3"):
        _cache.cached("big", version, lambda: version, keep_latest=2)
    assert len(list(tmp_path.glob("big-*.marshal"))) == 2
    assert _cache.load("big", "v3") == "v3"


def test_two_installations_sharing_a_cache_keep_each_their_own_version(monkeypatch, tmp_path):
    # A global install and a project's venv of another version, run in turn: neither may
    # remove the other's file, or every run builds everything again.
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    built = []

    def run(version):
        return _cache.cached("rules", version, lambda: built.append(version) or version, keep_latest=2)

    for _ in range(3):
        run("old")
        run("new")
    assert built == ["old", "new"]
    # a third version removes the one used longest ago, not the one just used
    os.utime(_cache._path("rules", "old"), (1, 1))   # used longest ago
    run("newest")
    assert _cache.load("rules", "old") is None
    assert _cache.load("rules", "new") == "new"


def test_unwritable_cache_dir_falls_back_to_memory(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(blocker / "cache"))
    assert _cache.cached("probe", "k", lambda: "value") == "value"
    assert _cache.cached("probe", "k", lambda: "again") == "again"


def test_unmarshalable_value_is_returned_anyway(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    value = object()
    assert _cache.cached("probe", "k", lambda: value) is value


def test_pipeline_works_without_a_usable_cache(tmp_path):
    """A fresh process whose cache folder cannot be created still lemmatises."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "CONVENANTLINT_CACHE_DIR": str(blocker / "cache")}
    code = "from convenantlint.nlp import parse; print([t.lemma_ for t in parse('De Gemeenten')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "['de', 'gemeente']"


def test_yaml_loader_caches_by_content(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "data.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    assert _cache.load_yaml(data) == {"a": 1}
    data.write_text("a: 2\n", encoding="utf-8")
    assert _cache.load_yaml(data) == {"a": 2}


def test_keep_latest_removes_only_older_versions_of_the_same_name(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    _cache.store("yaml-parties", "v1", {"a": 1}, keep_latest=1)
    _cache.store("yaml-parties-extra", "v1", {"b": 2}, keep_latest=1)
    _cache.store("yaml-parties", "v2", {"a": 3}, keep_latest=1)
    assert _cache.load("yaml-parties", "v2") == {"a": 3}
    assert _cache.load("yaml-parties", "v1") is None               # the older version is gone
    assert _cache.load("yaml-parties-extra", "v1") == {"b": 2}     # another name sharing a prefix stays


def _saving_run(memo, *wanted: str) -> dict:
    """One run: read the wanted entries, add the missing ones, save."""
    seen = {w: memo.get(w) for w in wanted}
    for w in wanted:
        if seen[w] is None:
            memo[w] = w.upper()
    memo.save()
    return seen


def test_memo_forgets_entries_no_run_asks_for(monkeypatch, tmp_path):
    # A rule writer's edits each leave expressions behind; the file every run reads
    # must not keep them forever.
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))

    def run(*wanted: str) -> dict:
        return _saving_run(_cache.Memo("probe", "v1", keep=2), *wanted)

    run("oud", "blijvend")
    run("blijvend", "nieuw1")
    run("blijvend", "nieuw2")
    assert run("oud", "blijvend", "nieuw2") == {"oud": None, "blijvend": "BLIJVEND",
                                                 "nieuw2": "NIEUW2"}
    assert len(list(tmp_path.glob("probe-*.marshal"))) == 1


def test_memo_keeps_an_entry_of_the_current_rules_however_many_runs_save(monkeypatch, tmp_path):
    # Runs that compile something new but never need one large rule expression (their
    # texts lack its words) must not drop it while the rules stay the same: the next text
    # that needs it would compile it again (up to a second for the largest).
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    current = {"epoch": "regels-1"}

    def run(*wanted: str) -> dict:
        return _saving_run(_cache.Memo("probe", "v1", keep=2, epoch=lambda: current["epoch"]), *wanted)

    run("zelden", "vaak")
    for n in range(6):
        run("vaak", f"nieuw{n}")               # six saving runs without 'zelden'
    assert run("zelden") == {"zelden": "ZELDEN"}

    # Once the rules change often enough, what no run asked for is dropped after all.
    for n in range(3):
        current["epoch"] = f"regels-{n + 2}"
        run("vaak", f"ander{n}")
    assert run("zelden", "vaak") == {"zelden": None, "vaak": "VAAK"}


def test_memo_reads_a_file_written_before_epochs_existed(monkeypatch, tmp_path):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    _cache.store("probe", "v1", {"generation": 3, "entries": {"a": (3, "A")}})
    memo = _cache.Memo("probe", "v1", epoch=lambda: "e")
    assert memo.get("a") == "A"
    memo["b"] = "B"
    memo.save()
    assert _cache.Memo("probe", "v1").get("a") == "A"


def test_memo_saves_of_two_processes_keep_each_others_entries(monkeypatch, tmp_path):
    # Worker processes of one run read the file at the same moment and each save what
    # they compiled; the last save must not drop what the first one wrote.
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    first, second = _cache.Memo("probe", "v1"), _cache.Memo("probe", "v1")
    assert first.get("a") is None and second.get("b") is None    # both read the empty file
    first["a"] = "A"
    second["b"] = "B"
    first.save()
    second.save()
    later = _cache.Memo("probe", "v1")
    assert (later.get("a"), later.get("b")) == ("A", "B")
