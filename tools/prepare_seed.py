"""Make the seed: the built-in rules prepared for this Python, shipped inside the package.

A new cache starts from it (`convenantlint.diskcache`), so the first run on a new machine
does not spend half a minute analysing and compiling the rules' expressions and a few
seconds merging the lemma tables of spacy-lookups-data. Run after changing a rule, an
expression in the code, the expression tuning or lemmas.yaml, with each Python the seed
should serve (the package has one for CPython 3.10 to 3.13):

    python tools/prepare_seed.py
    # the other Pythons, each in a venv of its own with the project installed:
    for v in 3.10 3.12 3.13; do
        python$v -m venv /tmp/seed$v && /tmp/seed$v/bin/pip install -q -e . &&
        /tmp/seed$v/bin/python tools/prepare_seed.py
    done

The test suite fails when the seed for the Python it runs on no longer covers a check of
the bundled texts, or when another Python's seed lacks more than a tenth of what this
one holds (`tests/test_seed.py`): after a small rule edit, making this Python's seed
again is enough. The same code and rules give the same file, byte for byte.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[Path]:
    """Every bundled text: the examples and the evaluation documents."""
    found = [p for p in (ROOT / "corpora").rglob("*") if p.suffix in (".txt", ".md")
             and p.is_file() and p.name.upper() != p.name and not p.name.startswith("README")]
    return sorted(found)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        # an empty cache and no old seed: only what the current code and rules need
        os.environ["CONVENANTLINT_CACHE_DIR"] = folder
        os.environ["CONVENANTLINT_NO_SEED"] = "1"
        from convenantlint import api, diskcache
        from convenantlint.rule_kinds.conditions import LazyPattern

        engine = api.get_engine()
        patterns = sorted({p for p in gc.get_objects() if isinstance(p, LazyPattern)},
                          key=lambda p: (p.pattern, p.flags))
        for pattern in patterns:         # every rule expression, also those no text needs
            pattern.literals
            pattern.clauses
            pattern._compile()
        paths = texts()
        for path in paths:               # what checking a text compiles besides
            api.analyse(path.read_text(encoding="utf-8-sig"), engine)
        memos = {}
        for memo in gc.get_objects():    # the expressions' memos and the rule terms'
            if isinstance(memo, diskcache.Memo):
                memos[f"{memo.name}\x00{memo.key}"] = dict(memo.data)
        # the lemma table is data, the same for every Python; the rest is per Python
        common = {k: v for k, v in diskcache.seedable.items()
                  if k.split("\x00")[0] in diskcache.COMMON_VALUES}
        own = {k: v for k, v in diskcache.seedable.items() if k not in common}
        target = diskcache.seed_path()
        diskcache.write_seed(memos, own, target)
        print(f"{target.relative_to(ROOT)}: {len(patterns)} rule expressions, {len(paths)} "
              "texts; " + ", ".join(f"{n.split(chr(0))[0]} {len(e)}" for n, e in sorted(memos.items()))
              + f", {len(own)} files; {target.stat().st_size / 1e6:.2f} MB")
        if common:
            target = diskcache.seed_path(diskcache.COMMON)
            diskcache.write_seed({}, common, target)
            print(f"{target.relative_to(ROOT)}: {', '.join(sorted(k.split(chr(0))[0] for k in common))}; "
                  f"{target.stat().st_size / 1e6:.2f} MB")
        others = sorted(p.name for p in target.parent.glob("seed-*.seed")
                        if p.name not in (diskcache.seed_path().name, target.name))
        if others:
            print("Also in the package, for other Pythons (run this with each of them too): "
                  + ", ".join(others))
    return 0


if __name__ == "__main__":
    sys.exit(main())
