"""Import spaCy without its command-line interface.

``import spacy`` also imports spaCy's own CLI (typer, weasel, jinja2, its config
templates), only to offer ``spacy.info``. We never use that CLI, and it is about a
quarter of spaCy's import time: 0.4-0.5 s of a cold start on a slow machine, where the
target for checking a one-page agreement is 2 s in all.

So while spaCy itself is imported, two empty stand-ins take the place of ``spacy.cli``
and ``spacy.cli.info``; right after, they are taken away again. Nothing else changes:
``spacy.info`` imports the real function when it is first called, and ``spacy.cli``
(imported, or only used as an attribute, by the user's own code in the same process,
say) loads the real package then.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's own `spacy.info`, imported when it is first used."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_cli_when_used(name: str) -> Any:
    """`spacy.cli` as an attribute, imported on first use (PEP 562)."""
    if name == "cli":
        import importlib

        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def import_spacy() -> types.ModuleType:
    """The spaCy package, imported without its CLI when it was not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if any(name in sys.modules for name in _STAND_INS):    # odd, but then leave it be
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if spacy.__dict__.get("cli") is cli:
        del spacy.cli
    if "cli" not in spacy.__dict__ and "__getattr__" not in spacy.__dict__:
        spacy.__getattr__ = _import_cli_when_used  # type: ignore[attr-defined]
    return spacy
