"""The result cache: a file that did not change is not checked again, and what comes out
of the cache is exactly what a fresh check gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import CORPORA, run_cli

from convenantlint import api, result_cache, runner

TEXTS = sorted(CORPORA.glob("*.txt"))[:3]

RULE = """\
id: TST-01
name: proefregel
dimension: ambitie
scope: sentence
severity: warning
message: "{message}"
question: "Wat bedoelen jullie?"
rationale: "Alleen voor de test van de cache."
check:
  type: terms
  terms: [samenwerking]
examples:
  trigger: ["De samenwerking is goed."]
  no_trigger: ["De gemeente betaalt."]
"""


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    # Only the results go to a folder of the test; the compiled rules stay where they
    # are (filling a new cache with those takes the better part of a minute).
    monkeypatch.setattr(result_cache, "folder", lambda: tmp_path / "cache" / "results")
    work = tmp_path / "teksten"
    work.mkdir()
    for path in TEXTS:
        shutil.copy(path, work / path.name)
    return work


@pytest.fixture()
def checked(monkeypatch):
    """How many texts each run really checked (not taken from the cache)."""
    counts: list[int] = []
    real = runner._check_all

    def counting(engine, texts, *args, **kwargs):
        counts.append(len(texts))
        return real(engine, texts, *args, **kwargs)

    monkeypatch.setattr(runner, "_check_all", counting)
    return counts


def _run(folder: Path, **options):
    options.setdefault("jobs", 1)
    result = runner.run(runner.Options(paths=[str(folder)], **options))
    return [(r.path, r.kind, r.findings, r.extras) for r in result.reports]


def test_an_unchanged_file_comes_from_the_cache_exactly_as_checked(folder, checked):
    first = _run(folder, structure=True)
    second = _run(folder, structure=True)
    assert checked == [len(TEXTS)]                 # the second run checked nothing
    assert second == first                         # findings, kinds, parties: all the same
    assert any(findings for _, _, findings, _ in first)
    assert all("parties" in extras for _, _, _, extras in first)


def test_only_the_changed_file_is_checked_again(folder, checked):
    before = _run(folder)
    changed = folder / TEXTS[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nWij versterken de synergie.\n",
                       encoding="utf-8")
    after = _run(folder)
    assert checked == [len(TEXTS), 1]
    assert after[0] == before[0] and after[2] == before[2]
    assert [f.rule for f in after[1][2]].count("AMB-01") > [f.rule for f in before[1][2]].count("AMB-01")


def test_other_options_are_checked_again(folder, checked):
    _run(folder)
    _run(folder, select={"AMB-01"})
    _run(folder, kind="ambitie")
    _run(folder, structure=True)
    assert checked == [len(TEXTS)] * 4
    only = _run(folder, select={"AMB-01"})
    assert checked == [len(TEXTS)] * 4
    assert {f.rule for _, _, findings, _ in only for f in findings} == {"AMB-01"}


def test_a_changed_rule_file_is_checked_again(folder, checked, tmp_path):
    rules = tmp_path / "regels"
    rules.mkdir()
    rule = rules / "tst-01.yaml"
    rule.write_text(RULE.format(message="Eerste tekst."), encoding="utf-8")
    own = {"rule_dirs": [rules], "builtin_rules": False}
    first = _run(folder, **own)
    rule.write_text(RULE.format(message="Tweede tekst."), encoding="utf-8")
    api._ruleset.cache_clear()     # as in a new process: the edited rules and their engine
    api._engine.cache_clear()
    second = _run(folder, **own)
    assert checked == [len(TEXTS), len(TEXTS)]
    messages = {f.message for _, _, findings, _ in second for f in findings}
    assert messages == {"Tweede tekst."}
    assert {f.message for _, _, findings, _ in first for f in findings} == {"Eerste tekst."}


def test_no_cache_checks_every_file(folder, checked):
    _run(folder)
    _run(folder, cache=False)
    assert checked == [len(TEXTS), len(TEXTS)]


def test_a_damaged_cache_entry_is_checked_again(folder, checked, tmp_path):
    first = _run(folder)
    for entry in (tmp_path / "cache" / "results").iterdir():
        entry.write_bytes(b"\x00kapot")
    second = _run(folder)
    assert checked == [len(TEXTS), len(TEXTS)]
    assert second == first


def test_the_command_gives_the_same_bytes_from_the_cache(folder):
    # In the user's own cache: the second run reads what the first stored; the third
    # checks afresh.
    outputs = []
    for extra in ([], [], ["--no-cache"]):
        done = run_cli("check", str(folder), "--format", "json", "--fail-on", "never", *extra)
        assert done.returncode == 0, done.stderr.decode()
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert b'"rule": "' in outputs[0]
