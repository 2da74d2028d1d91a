"""Building the long-lived parts (spaCy, the rules, the disk caches) without the garbage
collector.

Start-up creates about a million objects that live as long as the process. Python's
collector runs every few hundred allocations and scans the older objects again and again
while they are made: on a one-page check that was a fifth of our own work (0.15-0.25 s),
and 0.25 s of `import spacy`. None of it is garbage, so the collector is paused while
they are built and switched back on afterwards.

The command itself (`cli.run`, a process that ends with the command) also freezes what
was built: `gc.freeze` moves those objects out of the collector's view, so that the
collections while texts are checked skip them (a third off the check of a short text)
and forked workers share their memory pages untouched. A library user's process is not
frozen: an engine it drops must stay collectable.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_freeze_after_build = False


def freeze_after_build() -> None:
    """For a process that lives exactly as long as one command."""
    global _freeze_after_build
    _freeze_after_build = True


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze_after_build:
            gc.freeze()
        if was_enabled:
            gc.enable()
