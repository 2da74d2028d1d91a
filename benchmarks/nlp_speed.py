"""Speed of the NLP layer: cold start and throughput.

    python benchmarks/nlp_speed.py [--words 150000] [--repeat 3] [--json]

(1) Cold start: in fresh processes, the time for ``import convenantlint.nlp;
    load_pipeline()`` beyond ``import spacy`` itself, with a warm cache (one run first
    fills the cache; that run is reported separately). Target: under 0.6 s.
(2) Throughput in words per second on one document of ~150k words (the texts of
    shared/corpora/bwb repeated; generated Dutch agreement text when that folder is
    missing), for our full pipeline versus the baseline ``spacy.blank('nl')`` + spaCy's
    own ``lemmatizer`` in lookup mode. Target: ours at least as fast as the baseline.
    Also ``nlp.pipe`` over the same words split into separate documents.

Exit status 0 always; the figures are printed (and written as JSON with --json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_DIRS = [
    ROOT.parent / "shared" / "corpora" / "bwb",
    Path("/work/shared/corpora/bwb"),
    ROOT / "corpora",
]

_COLD = r"""
import time, sys
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
import convenantlint.nlp
nlp = convenantlint.nlp.load_pipeline()
t2 = time.perf_counter()
nlp("Artikel 1\n1.1 De Gemeente levert uiterlijk 1 maart 2027 € 90.000 en 2 fte.")
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def _run_cold(env: dict) -> tuple[float, ...]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return tuple(float(x) for x in out)


def cold_start(runs: int) -> dict:
    env = dict(os.environ)
    env.pop("CONVENANTLINT_SPACY_MODEL", None)
    _run_cold(env)  # fills the user's cache if it is empty
    warm = [_run_cold(env) for _ in range(runs)]
    with tempfile.TemporaryDirectory() as empty:  # the very first run on a machine
        first = _run_cold({**env, "CONVENANTLINT_CACHE_DIR": empty})
    return {
        "import_spacy_s": statistics.median(t[0] for t in warm),
        "load_pipeline_s": statistics.median(t[1] for t in warm),
        "load_pipeline_max_s": max(t[1] for t in warm),
        "first_doc_s": statistics.median(t[2] for t in warm),
        "empty_cache_load_pipeline_s": first[1],
    }


_WORDS = """de het een gemeente stichting partijen samenwerking jeugdhulp inwoners zorg welzijn
provincie woningen afspraken uitvoering taken verantwoordelijk overleg stuurgroep werkgroep
budget bijdrage kosten verdeling evaluatie jaarlijks maandelijks kwartaal doelen ambitie
belangen vertrouwen escalatie geschil besluit unaniem meerderheid wijken scholen leerlingen
locaties trajecten medewerkers uren fte dagdelen per week jaar maand uiterlijk binnen zal
zullen draagt zorg voor levert stelt beschikbaar verplicht zich inspannen waar mogelijk""".split()


def generated_text(n_words: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    parts, count, art = [], 0, 1
    while count < n_words:
        parts.append(f"\n\nArtikel {art} Onderwerp {art}\n")
        for clause in range(1, 6):
            words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 30))]
            extra = rnd.choice(["€ 90.000", "2,4 miljoen euro", "1,2 fte", "uiterlijk 1 maart 2027",
                                "twee keer per jaar", "250 woningen", "40 procent", "o.a. de"])
            sentence = " ".join(words[:5] + extra.split() + words[5:])
            parts.append(f"{art}.{clause} {sentence[0].upper()}{sentence[1:]}.\n")
            count += len(words) + len(extra.split()) + 1
        art += 1
    return "".join(parts)


def corpus_text(n_words: int) -> tuple[str, str]:
    for d in CORPUS_DIRS:
        files = sorted(d.glob("*.txt")) if d.is_dir() else []
        if files:
            base = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
            n = max(1, len(base.split()))
            reps = max(1, -(-n_words // n))
            return "\n\n".join([base] * reps), f"{d} ({len(files)} files x {reps})"
    return generated_text(n_words), "generated"


def throughput(text: str, repeat: int) -> dict:
    import spacy

    from convenantlint.nlp import load_pipeline

    words = len(text.split())
    ours = load_pipeline()
    base = spacy.blank("nl")
    base.max_length = len(text) + 1
    base.add_pipe("lemmatizer", config={"mode": "lookup"})
    base.initialize()
    tok_only = spacy.blank("nl")
    tok_only.max_length = len(text) + 1

    def best(fn) -> float:
        fn()  # warm-up (tokenizer caches, lemma table buckets)
        return min(_timed(fn) for _ in range(repeat))

    t_ours = best(lambda: ours(text))
    t_base = best(lambda: base(text))
    t_tok = best(lambda: tok_only(text))
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    t_pipe = best(lambda: list(ours.pipe(paragraphs, batch_size=256)))
    t_base_pipe = best(lambda: list(base.pipe(paragraphs, batch_size=256)))
    per_component: dict[str, float] = {}
    for _ in range(repeat):
        doc = ours.make_doc(text)
        for name, proc in ours.pipeline:
            t = _timed(lambda: proc(doc))
            per_component[name] = min(t, per_component.get(name, t))
    return {
        "words": words,
        "ours_wps": words / t_ours,
        "baseline_wps": words / t_base,
        "ratio": t_base / t_ours,
        "tokenizer_only_wps": words / t_tok,
        "ours_pipe_wps": words / t_pipe,
        "baseline_pipe_wps": words / t_base_pipe,
        "pipe_docs": len(paragraphs),
        "component_s": per_component,
    }


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args(argv)

    cold = cold_start(args.cold_runs)
    print("cold start (fresh process, warm cache, median of %d):" % args.cold_runs)
    print(f"  import spacy                     {cold['import_spacy_s']:.3f} s")
    print(f"  import convenantlint.nlp + load  {cold['load_pipeline_s']:.3f} s"
          f"  (max {cold['load_pipeline_max_s']:.3f}; target < 0.6)")
    print(f"  first small doc                  {cold['first_doc_s']:.3f} s")
    print(f"  with an empty cache (first run)  {cold['empty_cache_load_pipeline_s']:.3f} s")

    text, source = corpus_text(args.words)
    tp = throughput(text, args.repeat)
    print(f"throughput on one doc of {tp['words']:,} words ({source}):")
    print(f"  ours (tokenizer+lemma+sentences+entities) {tp['ours_wps']:,.0f} words/s")
    print(f"  baseline blank nl + lookup lemmatizer     {tp['baseline_wps']:,.0f} words/s")
    print(f"  ours / baseline                           {tp['ratio']:.2f}x  (target >= 1.0)")
    print(f"  tokenizer only (spaCy blank nl)           {tp['tokenizer_only_wps']:,.0f} words/s")
    print(f"  nlp.pipe over {tp['pipe_docs']} paragraphs: ours {tp['ours_pipe_wps']:,.0f}"
          f" / baseline {tp['baseline_pipe_wps']:,.0f} words/s")
    print("  per component (s): " + ", ".join(f"{k} {v:.3f}" for k, v in tp["component_s"].items()))
    if args.json:
        Path(args.json).write_text(json.dumps({"cold": cold, "throughput": tp, "source": source}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
