"""Throughput of `check` against the bare spaCy tokenizer + lookup lemmatizer.

Generates a large corpus (default 240 documents, >= 300,000 words) by recombining the
paragraphs of the bundled example agreements (and the shared BWB agreements when they
are there), then in one run measures:

  1. words per second of the whole lint (parse, agreement structure, every rule), in
     this process through the API,
  2. words per second of bare spaCy: spacy.blank("nl") + its lookup lemmatizer (timed
     document by document in turn with 1., so that a machine whose speed drifts during
     the run weighs on both alike),
  3. their ratio (target >= 0.5),
  4. the command itself on the corpus as a folder (`check DIR --format json`), in a
     fresh process with --jobs 1 and with the default (one process per core), each
     with --no-cache; then once more after a run that filled the result cache (no file
     changed: what a CI run on an unchanged repository costs),
  5. where the time goes: parse, structure, party matrix, rules.

Usage: python benchmarks/bench_check.py [--docs 240] [--words 300000] [--seed 7]
Prints figures; asserts nothing. Record results in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "corpora" / "voorbeelden", ROOT.parent / "shared" / "corpora" / "bwb"]

TOWNS = ["Noordstad", "Westerkwartier", "Oostland", "Zuidbroek", "Heuvelrug", "Kanaalzone",
         "Lindewaard", "Bergveld", "Rivierstreek", "Duinhoeve"]


def paragraphs() -> list[str]:
    out: list[str] = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")):
            text = path.read_text(encoding="utf-8-sig")
            out += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]
    if not out:
        sys.exit("geen brontekst gevonden in corpora/voorbeelden")
    return out


def generate(n_docs: int, min_words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = paragraphs()
    per_doc = max(300, min_words // n_docs + 1)
    docs = []
    for i in range(n_docs):
        town = TOWNS[i % len(TOWNS)]
        parts = [f"Samenwerkingsovereenkomst {town} {i + 1}", ""]
        words = 0
        article = 1
        while words < per_doc:
            para = rng.choice(pool).replace("Noordstad", town)
            if rng.random() < 0.3:
                parts += [f"Artikel {article}", ""]
                article += 1
            parts += [para, ""]
            words += len(para.split())
        docs.append("\n".join(parts))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=240)
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    docs = generate(args.docs, args.words, args.seed)
    n_words = sum(len(d.split()) for d in docs)
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}, "
          f"Python {platform.python_version()}, {platform.system()}")
    print(f"corpus: {len(docs)} documents, {n_words:,} words")

    from convenantlint.api import analyse, get_engine

    t0 = time.perf_counter()
    engine = get_engine()
    setup = time.perf_counter() - t0
    analyse(docs[0], engine)   # warm caches the way a long run has them

    import spacy

    bare = spacy.blank("nl")
    bare.add_pipe("lemmatizer", config={"mode": "lookup"})
    bare.initialize()
    bare(docs[0])
    # The two are timed document by document in turn, so that a machine that slows down
    # or speeds up during the run (a shared VM) weighs on both alike.
    lint = base = 0.0
    findings = 0
    for text in docs:
        t0 = time.perf_counter()
        bare(text)
        t1 = time.perf_counter()
        findings += len(analyse(text, engine).findings)
        t2 = time.perf_counter()
        base += t1 - t0
        lint += t2 - t1

    # The command itself, as a user runs it on a folder: a fresh process, start-up and
    # JSON report included, caches cold except the rule/term cache on disk.
    import os
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(docs):
            Path(tmp, f"doc{i:03}.txt").write_text(text, encoding="utf-8")
        exe = [sys.executable, "-m", "convenantlint", "check", tmp, "--format", "json",
               "--fail-on", "never"]
        cli = {}
        for jobs in ("1", "0"):
            t0 = time.perf_counter()
            subprocess.run(exe + ["--jobs", jobs, "--no-cache"], stdout=subprocess.DEVNULL,
                           check=True)
            cli[jobs] = time.perf_counter() - t0
        # A CI run on a repository where nothing changed since the last run: the first
        # run stores every result, the second reads them back.
        subprocess.run(exe, stdout=subprocess.DEVNULL, check=True)
        t0 = time.perf_counter()
        subprocess.run(exe, stdout=subprocess.DEVNULL, check=True)
        cli["again"] = time.perf_counter() - t0


    lint_wps = n_words / lint
    base_wps = n_words / base
    print(f"setup (rules + pipeline): {setup:.2f} s")
    print(f"check in process (API):   {lint:.2f} s  {lint_wps:,.0f} words/s  ({findings} findings)")
    print(f"bare spaCy tok+lemma:     {base:.2f} s  {base_wps:,.0f} words/s")
    print(f"ratio check/bare:         {lint_wps / base_wps:.2f}  (target >= 0.5; one process, in process)")
    for jobs, label in (("1", "one process"), ("0", f"{os.cpu_count()} processes, the default")):
        wps = n_words / cli[jobs]
        print(f"CLI check --jobs {jobs} ({label}): {cli[jobs]:.2f} s  {wps:,.0f} words/s"
              f"  ratio {wps / base_wps:.2f}  (cold process, start-up included)")
    print(f"CLI check, no file changed since the last run (result cache): {cli['again']:.2f} s")

    # Where the time goes, phase by phase, as `check --format json` spends it (the JSON
    # report adds the party matrix). Issue 3: structure + matrix at most 20% of check.
    from convenantlint.structure import build_agreement
    from convenantlint.structure.matrix import party_matrix

    phases = dict.fromkeys(("parse", "structure", "matrix", "rules"), 0.0)
    for text in docs:
        t0 = time.perf_counter()
        doc = engine.nlp(text)
        t1 = time.perf_counter()
        agreement = build_agreement(text, doc)
        t2 = time.perf_counter()
        party_matrix(agreement)
        t3 = time.perf_counter()
        engine.check(agreement)
        t4 = time.perf_counter()
        for name, dt in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            phases[name] += dt
    total = sum(phases.values())
    print("phases (check with party matrix): " + ", ".join(
        f"{name} {secs:.2f} s ({secs / total:.0%})" for name, secs in phases.items()))
    share = (phases["structure"] + phases["matrix"]) / total
    print(f"structure + matrix share: {share:.0%}  (target <= 20%)")


if __name__ == "__main__":
    main()
