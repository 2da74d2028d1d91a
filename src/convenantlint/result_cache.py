"""The results of earlier checks, kept on disk: a file that has not changed since the last
run is not checked again (like ruff's cache).

A result is stored under a key made of everything it depends on: the text itself, the
options that change what is checked (kind, the selected checks, whether the party
matrix is wanted) and a fingerprint of the program (its version and every file of the
package, the rule files of every rule folder, the Python, spaCy and model versions).
Any change to one of them gives another key, so a stale result is never read. Results
live in ``results/`` in the cache folder of `diskcache`; removing that folder is always
safe. Like the rest of the cache this is an optimisation only: nothing here raises.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable

from . import diskcache
from .findings import Finding

FORMAT = 1                      # bump when the stored layout changes
_FIELDS = tuple(f.name for f in fields(Finding))
_PACKAGE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt")

Checked = tuple[str, list[Finding], dict[str, Any]]   # kind, findings, extras


def _versions(model: str | None) -> str:
    from importlib import metadata

    parts = [sys.version]
    for dist in ("spacy", "spacy-lookups-data", "ruamel.yaml", model):
        if not dist:
            continue
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except Exception:    # not installed as a distribution (a model folder, say)
            parts.append(f"{dist}=?")
    return "\n".join(parts)


def fingerprint(rule_folders: Iterable[Path], model: str | None) -> str:
    """What every stored result of this program, with these rules, depends on."""
    from . import __version__

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}\n{__version__}\n{_versions(model)}\n{model}\n".encode())
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*")
                   if p.suffix in _PACKAGE_SUFFIXES and "__pycache__" not in p.parts)
    for group, paths in (("package", files), *(("rules", _rule_files(f)) for f in rule_folders)):
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError:
                data = b"?"
            name = path.relative_to(package).as_posix() if group == "package" else path.name
            digest.update(f"{group}:{name}:{len(data)}\n".encode())
            digest.update(data)
    return digest.hexdigest()


def _rule_files(folder: Path) -> list[Path]:
    from .ruleset import rule_files

    try:
        return rule_files(folder)
    except OSError:
        return []


def key(program: str, text: str, kind: str | None, wanted: Iterable[str], structure: bool) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{program}\n{kind}\n{','.join(sorted(wanted))}\n{structure}\n".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def folder() -> Path:
    return diskcache.cache_dir() / "results"


def load(result_key: str) -> Checked | None:
    try:
        value = diskcache._read(folder() / f"{result_key}.marshal")
    except Exception:    # none yet, or a damaged file: checked again
        return None
    if not _valid(value):
        return None
    _, kind, rows, extras = value
    return kind, [Finding(*row) for row in rows], extras


def store(result_key: str, checked: Checked) -> None:
    kind, findings, extras = checked
    value = (_FIELDS, kind, [tuple(getattr(f, name) for name in _FIELDS) for f in findings],
             extras)
    try:
        diskcache._write(folder() / f"{result_key}.marshal", value)
    except Exception:    # extras that marshal cannot keep, a read-only or full disk
        pass


def _valid(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) == 4 and value[0] == _FIELDS
            and isinstance(value[1], str) and isinstance(value[2], list)
            and all(isinstance(row, tuple) and len(row) == len(_FIELDS) for row in value[2])
            and isinstance(value[3], dict))
