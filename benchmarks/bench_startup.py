"""Cold-start times, as a user feels them: fresh processes, median of several runs.

  - `convenantlint --help`                       (target < 1 s)
  - `convenantlint check` on a one-page agreement (target < 2 s, all included)
  - the same on a new machine: an empty cache folder, so the rules come from the seed
    shipped in the package (with --without-seed also as if there were none: the rules
    are then analysed and compiled first, about half a minute)

Usage: python benchmarks/bench_startup.py [--runs 5] [--without-seed]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_PAGE = """Samenwerkingsovereenkomst Wijkaanpak Noordstad

De ondergetekenden:
1. De gemeente Noordstad, hierna te noemen: de Gemeente;
2. Stichting Welzijn Noordstad, hierna te noemen: Welzijn;
3. Woonstichting Thuis, hierna te noemen: de Corporatie.

Artikel 1 Doel
Partijen verminderen de eenzaamheid in de wijk Oost met 20 procent vóór 1 januari 2028.

Artikel 2 Inbreng
2.1 De Gemeente draagt € 90.000 per jaar bij.
2.2 Welzijn levert 1,2 fte opbouwwerk.
2.3 De Corporatie stelt twee ruimtes in de wijk beschikbaar.

Artikel 3 Besluitvorming
De stuurgroep, waarin elke partij één stem heeft, besluit met gewone meerderheid.
De stuurgroep komt vier keer per jaar bijeen.

Artikel 4 Geschillen
Partijen lossen geschillen op in overleg; lukt dat niet, dan volgt mediation.

Artikel 5 Looptijd
Deze overeenkomst geldt van 1 maart 2026 tot en met 31 december 2028.
Iedere partij kan met een opzegtermijn van zes maanden uittreden.
"""


def timed(cmd: list[str], runs: int, new_cache: bool = False, **env: str) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            run_env = dict(os.environ, **env)
            if new_cache:
                run_env["CONVENANTLINT_CACHE_DIR"] = cache
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=run_env)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--without-seed", action="store_true",
                    help="also time a first run without the shipped seed (slow)")
    args = ap.parse_args()
    exe = [sys.executable, "-m", "convenantlint"]
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "een-pagina.txt"
        doc.write_text(ONE_PAGE, encoding="utf-8")
        subprocess.run(exe + ["check", str(doc)], capture_output=True)   # fills the lemma cache
        print(f"convenantlint --help:          {timed(exe + ['--help'], args.runs):.2f} s (median of {args.runs})")
        # --no-cache: every run checks the page afresh, as a page never seen before
        page = timed(exe + ['check', str(doc), '--no-cache'], args.runs)
        print(f"convenantlint check (1 page):  {page:.2f} s (median of {args.runs})")
        again = timed(exe + ['check', str(doc)], args.runs)
        print(f"the same page unchanged again: {again:.2f} s (median of {args.runs}; result cache)")
        first_runs = min(args.runs, 3)
        first = timed(exe + ['check', str(doc)], first_runs, new_cache=True)
        print(f"first run on a new machine:    {first:.2f} s (median of {first_runs}; empty cache, seed)")
        if args.without_seed:
            bare = timed(exe + ['check', str(doc)], 1, new_cache=True, CONVENANTLINT_NO_SEED="1")
            print(f"the same without the seed:     {bare:.2f} s (one run)")


if __name__ == "__main__":
    main()
