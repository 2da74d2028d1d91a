"""Speed of the structure layer: what building the Agreement and the 'wie doet wat'
matrix adds to the NLP time on the same texts.

    python benchmarks/structure_speed.py [--repeat 5] [--json]

Texts: shared/corpora/bwb (real government agreements) and the project's corpora/
(*.txt and *.md in any folder but eval/, which is held out). Each text is parsed once; then, ``--repeat`` times, the
whole set is parsed again (NLP time) and built again (structure + matrix time); the
best round of each counts, so a busy machine disturbs the figures less.
The issue's target (structure + matrix add at most 20% to the time of `check`) is
measured by bench_check.py; against the parse alone the share is far higher. Exit status 0 always.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def texts() -> list[tuple[str, str]]:
    folders = [ROOT.parent / "shared" / "corpora" / "bwb", Path("/work/shared/corpora/bwb"), ROOT / "corpora"]
    seen: set[Path] = set()
    out = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted([*folder.rglob("*.txt"), *folder.rglob("*.md")]):
            if "eval" in path.relative_to(folder).parts:
                continue            # the held-out evaluation set is never read
            if path.resolve() in seen or path.name in ("FORMAT.md", "SOURCES.md", "README.md"):
                continue
            seen.add(path.resolve())
            out.append((path.name, path.read_text(encoding="utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from convenantlint.nlp import parse
    from convenantlint.structure import build_agreement
    from convenantlint.structure.matrix import party_matrix

    corpus = texts()
    words = sum(len(t.split()) for _, t in corpus)
    t0 = time.perf_counter()
    docs = [(t, parse(t)) for _, t in corpus]
    first_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text, doc in docs:
        party_matrix(build_agreement(text, doc))
    first_build = time.perf_counter() - t0     # includes loading vocabularies once

    nlp_times, build_times, structure_only = [], [], []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        for _, text in corpus:
            parse(text)
        nlp_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        agreements = [build_agreement(text, doc) for text, doc in docs]
        t1 = time.perf_counter()
        for a in agreements:
            party_matrix(a)
        t2 = time.perf_counter()
        structure_only.append(t1 - t0)
        build_times.append(t2 - t0)
    nlp, build, struct = min(nlp_times), min(build_times), min(structure_only)
    result = {
        "documents": len(corpus),
        "words": words,
        "nlp_seconds": round(nlp, 4),
        "structure_seconds": round(struct, 4),
        "structure_and_matrix_seconds": round(build, 4),
        "ratio": round(build / nlp, 3) if nlp else None,
        "first_round_nlp_seconds": round(first_parse, 4),
        "first_round_structure_seconds": round(first_build, 4),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(corpus)} documents, {words} words")
    print(f"NLP (parse)                 {nlp * 1000:8.1f} ms   {words / nlp:10.0f} words/s")
    print(f"structure (build_agreement) {struct * 1000:8.1f} ms")
    print(f"structure + matrix          {build * 1000:8.1f} ms   {words / build:10.0f} words/s")
    print(f"added to NLP time           {build / nlp:8.1%}   (the target, <= 20% of check: bench_check.py)")
    print(f"first round (cold caches): NLP {first_parse * 1000:.1f} ms, structure + matrix "
          f"{first_build * 1000:.1f} ms")


if __name__ == "__main__":
    main()
