"""Baselines: accept today's findings, report only new ones (like ruff's --add-noqa or
a Vale baseline). Entries match on file, rule and passage, not on line numbers, so
editing text above a known finding does not bring it back."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .report import jsontext

MARKER = "convenantlint-baseline"


def _key(path: str, f) -> str:
    raw = "\x1f".join([path, f.rule, f.party or "", ",".join(f.missing), " ".join(f.excerpt.split())])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def write(path: Path, reports, inputs: set[Path]) -> int:
    if path.resolve() in inputs:
        raise ConfigError("de baseline zou een gecontroleerd bestand overschrijven", path.as_posix())
    if path.exists():
        try:
            existing = json.loads(path.read_text("utf-8"))
            ok = isinstance(existing, dict) and existing.get(MARKER) == 1
        except (OSError, ValueError):
            ok = False
        if not ok:
            raise ConfigError("bestand bestaat al en is geen convenantlint-baseline; "
                              "kies een andere naam", path.as_posix())
    entries = sorted({(r.path, f.rule, _key(r.path, f)) for r in reports for f in r.findings})
    counts = Counter(_key(r.path, f) for r in reports for f in r.findings)
    payload = {MARKER: 1, "findings": [
        {"path": p, "rule": rule, "key": key, "count": counts[key]} for p, rule, key in entries]}
    path.write_text(jsontext.dumps(payload) + "\n", encoding="utf-8")
    return sum(counts.values())


def load(path: Path) -> Counter:
    shown = path.as_posix()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError("baseline-bestand bestaat niet", shown) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"baseline kan niet gelezen worden ({exc})", shown) from None
    if not isinstance(data, dict) or data.get(MARKER) != 1:
        raise ConfigError("dit is geen convenantlint-baseline", shown)
    return Counter({e["key"]: int(e.get("count", 1)) for e in data.get("findings", [])})


def filter_known(path: str, findings, known: Counter):
    kept = []
    for f in findings:
        key = _key(path, f)
        if known.get(key, 0) > 0:
            known[key] -= 1
            continue
        kept.append(f)
    return kept
