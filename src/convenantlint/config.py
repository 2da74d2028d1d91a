"""Layered configuration: defaults < config file < command line.

The file is `.convenantlint.yaml` (or `convenantlint.yaml`), or a `[tool.convenantlint]`
table in `pyproject.toml`, found in the current folder or the nearest parent, or named
with `--config`. Paths in it are relative to the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

FILENAMES = (".convenantlint.yaml", "convenantlint.yaml", ".convenantlint.yml")
SEVERITY_VALUES = ("error", "warning", "info", "off")
KEYS = {"select", "ignore", "fail_on", "kind", "rules", "severity", "exclude", "format"}


@dataclass
class Config:
    path: str | None = None
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    fail_on: str | None = None
    kind: str | None = None
    format: str | None = None
    rules: list[Path] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)


def find(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        for name in FILENAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.convenantlint]" in pyproject.read_text("utf-8", "replace"):
            return pyproject
    return None


def _read(path: Path) -> dict[str, Any]:
    shown = path.as_posix()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"configuratie kan niet gelezen worden ({exc})", shown) from None
    if path.name == "pyproject.toml":
        try:
            import tomllib
        except ImportError:                  # Python 3.10: the same parser, as a package
            import tomli as tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("convenantlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"ongeldige TOML: {exc}", shown) from None
        return data
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        data = YAML(typ="safe").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ConfigError(f"ongeldige YAML: {exc.problem}", shown,
                          mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("de configuratie moet een mapping zijn (select:, ignore:, ...)", shown)
    return data


def _id_set(value: Any, key: str, shown: str) -> set[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' moet een lijst met controle-ID's zijn", shown)
    return {v.strip().upper() for v in value if v.strip()}


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    shown = path.as_posix()
    data = _read(path)
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"onbekende sleutel '{unknown[0]}' (toegestaan: {', '.join(sorted(KEYS))})", shown)
    cfg = Config(path=shown)
    base = path.parent
    if "select" in data:
        cfg.select = _id_set(data["select"], "select", shown)
    if "ignore" in data:
        cfg.ignore = _id_set(data["ignore"], "ignore", shown)
    for key, allowed in (("fail_on", ("error", "warning", "info", "never")),
                         ("kind", ("auto", "ambitie", "overeenkomst")),
                         ("format", ("text", "json"))):
        if key in data:
            if data[key] not in allowed:
                raise ConfigError(f"'{key}' moet een van {', '.join(allowed)} zijn, niet {data[key]!r}", shown)
            setattr(cfg, key, data[key])
    if "rules" in data:
        dirs = data["rules"] if isinstance(data["rules"], list) else [data["rules"]]
        cfg.rules = [(base / str(d)).resolve() for d in dirs]
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise ConfigError("'severity' moet een mapping zijn, zoals {AMB-08: off}", shown)
        for rule_id, value in sev.items():
            value = "off" if value is False else str(value)
            if value not in SEVERITY_VALUES:
                raise ConfigError(f"ernst voor {rule_id} moet een van {', '.join(SEVERITY_VALUES)} zijn", shown)
            cfg.severity[str(rule_id).upper()] = value
    if "exclude" in data:
        ex = data["exclude"]
        cfg.exclude = [str(e) for e in (ex if isinstance(ex, list) else [ex])]
    return cfg


def override_severity(findings, severity: dict[str, str]):
    """Apply the config's severity table: a new severity, or 'off' to drop the rule."""
    if not severity:
        return findings
    from dataclasses import replace

    out = []
    for f in findings:
        new = severity.get(f.rule)
        if new == "off":
            continue
        out.append(replace(f, severity=new) if new else f)
    return out
