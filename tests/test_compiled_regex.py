"""Expressions compiled from the disk cache behave exactly as `re.compile` would."""

from __future__ import annotations

import re

import pytest

PATTERNS = [
    (r"\b(?:de|het)\s+(?P<wie>gemeente|provincie)\b(?:\s+van\s+(?-i:[A-Z])\w+)?", re.IGNORECASE),
    (r"(?m)^[ \t]*artikel\s+\d+[a-z]?\.?\s*$", 0),
    (r"(?<![\w-])\w*(?:overleg|team)(?![\w-])", 0),
    (r"€\s?\d{1,3}(?:\.\d{3})*(?:,\d{2}|,-)?", 0),
]
TEXTS = ["De Gemeente van Noordstad beslist.", "het provincie van noordstad", "Artikel 12a\n",
         "  artikel 3.\nTekst", "het Contractoverleg en het leesteam", "€ 90.000 en € 1.250,-",
         "geen treffer hier"]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_cached_expression_matches_like_re(tmp_path, monkeypatch, pattern, flags):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    from convenantlint import compiled_regex

    monkeypatch.setattr(compiled_regex, "_entries", None)
    first = compiled_regex.compile(pattern, flags)        # compiled and remembered
    compiled_regex.save()
    monkeypatch.setattr(compiled_regex, "_entries", None)  # a new run: read from disk
    assert compiled_regex.entries(), "nothing was stored"
    second = compiled_regex.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    for text in TEXTS:
        for compiled in (first, second):
            got, want = compiled.search(text), plain.search(text)
            assert (got and (got.span(), got.groups(), got.groupdict())) == \
                (want and (want.span(), want.groups(), want.groupdict()))


def test_a_bad_expression_still_raises(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    from convenantlint import compiled_regex

    with pytest.raises(re.error):
        compiled_regex.compile(r"(unclosed", 0)


def test_a_folded_expression_keeps_its_group_names():
    # 'lowered' makes a case-insensitive expression run on the lowercased text; the names
    # of its groups must stay as written, or the groups cannot be read (or compiled).
    from convenantlint.compiled_regex import lowered

    pattern = r"\b(?P<Art>Artikel)\s+(?P<nr>\d+|[IVX]+)\b(?:\s+(?P=Art))?"
    folded = re.compile(lowered(pattern))
    m = folded.search("zie artikel iv en artikel 3")
    assert m and m.group("Art") == "artikel" and m.group("nr") == "iv"


def test_a_rewritten_expression_is_kept_between_runs_and_redone_when_the_code_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    from convenantlint import compiled_regex

    monkeypatch.setattr(compiled_regex, "_derived", None)
    calls = []

    def rewrite(p: str) -> str:
        calls.append(p)
        return p.lower()

    assert compiled_regex.derived("t1", "Gemeente|RAAD", 0, rewrite) == "gemeente|raad"
    compiled_regex.save()
    monkeypatch.setattr(compiled_regex, "_derived", None)     # a new run: read from disk
    assert compiled_regex.derived("t1", "Gemeente|RAAD", 0, rewrite) == "gemeente|raad"
    assert len(calls) == 1
    # another tag (the rewriting code changed) never reuses the old entry
    assert compiled_regex.derived("t2", "Gemeente|RAAD", 0, str.upper) == "GEMEENTE|RAAD"


def test_the_code_tag_follows_the_code():
    from convenantlint import compiled_regex

    def one(x):
        return x + 1

    def two(x):
        return x + 2

    assert compiled_regex.code_tag(one) == compiled_regex.code_tag(one)
    assert compiled_regex.code_tag(one) != compiled_regex.code_tag(two)


def test_a_worker_process_saves_what_it_compiled(monkeypatch):
    # A folder is checked in forked worker processes; they end without exit handlers, so
    # each saves its compiled expressions itself (else every run compiled them again).
    import os

    from convenantlint import compiled_regex, runner
    from convenantlint.api import get_engine

    saves = []
    monkeypatch.setattr(compiled_regex, "save", lambda: saves.append(os.getpid()))
    monkeypatch.setattr(runner, "_ENGINE", get_engine())
    item = ("Partijen overleggen elk kwartaal over de voortgang.", None, None, False)
    monkeypatch.setattr(runner, "_PARENT_PID", os.getpid())
    runner._check_one(item)
    assert saves == []                       # the parent saves once, after all texts
    monkeypatch.setattr(runner, "_PARENT_PID", os.getpid() + 1)
    runner._check_one(item)
    assert saves == [os.getpid()]


def test_the_epoch_follows_the_rules_and_not_the_run(monkeypatch):
    import dataclasses

    from convenantlint import compiled_regex
    from convenantlint.ruleset import load_rules

    import weakref

    monkeypatch.setattr(compiled_regex, "_rules", weakref.WeakValueDictionary())
    rules = list(load_rules())
    compiled_regex.use_rules(rules)
    first = compiled_regex.epoch()
    compiled_regex.use_rules(list(load_rules()))      # the same rules again, read anew
    assert compiled_regex.epoch() == first
    changed = dataclasses.replace(rules[0], check={**rules[0].check, "extra": "x"})
    compiled_regex.use_rules([changed])
    assert compiled_regex.epoch() != first


_KEYS_PROBE = """
import hashlib, sys
from convenantlint import compiled_regex
from convenantlint.api import analyse, get_engine
for path in sys.argv[1:]:
    analyse(open(path, encoding="utf-8").read(), get_engine())
keys = sorted(repr(k) for k in compiled_regex._store()._touched)
print(len(keys), hashlib.blake2b("\\n".join(keys).encode("utf-8", "surrogatepass")).hexdigest())
"""


def test_every_run_asks_the_cache_for_the_same_expressions_whatever_the_hash_seed():
    # An expression built from a set of words in the set's order (which changes with
    # Python's hash seed) gave another pattern text in every process: a new cache entry,
    # and a rewrite of the whole cache file, at every run.
    import os
    import subprocess
    import sys

    from support import CORPORA

    texts = [str(p) for p in sorted(CORPORA.glob("*.txt"))[:3]]
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _KEYS_PROBE, *texts], capture_output=True,
                              text=True, encoding="utf-8", env=env)
        assert done.returncode == 0, done.stderr
        seen.append(done.stdout.split())
    assert int(seen[0][0]) > 100
    assert seen[0] == seen[1]
