"""One `check` run: files in, file reports out. Everything the CLI needs, nothing it prints."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import baseline as baseline_mod
from . import config as config_mod
from . import suppress
from .errors import ConvenantlintError
from .report import FileReport


@dataclass
class Options:
    paths: list[str]
    kind: str | None = None
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    rule_dirs: list[Path] = field(default_factory=list)
    builtin_rules: bool = True
    model: str | None = None
    baseline: Path | None = None


@dataclass
class Run:
    reports: list[FileReport]
    suppressed: int = 0
    baselined: int = 0
    inputs: set[Path] = field(default_factory=set)


def merge(cfg: config_mod.Config, cli: Options) -> Options:
    """Command-line options win over the config file; lists of IDs are combined."""
    return replace(
        cli,
        kind=cli.kind if cli.kind not in (None, "auto") else cfg.kind,
        select=cli.select if cli.select is not None else cfg.select,
        ignore=set(cli.ignore) | set(cfg.ignore),
        rule_dirs=list(cfg.rules) + list(cli.rule_dirs),
    )


def run(options: Options, cfg: config_mod.Config | None = None) -> Run:
    from .api import analyse, get_engine
    from .sources import expand, read

    cfg = cfg or config_mod.Config()
    files = expand(options.paths)
    if cfg.exclude:
        files = [f for f in files if not any(fnmatch.fnmatch(f.as_posix(), pat) for pat in cfg.exclude)]
    sources = [read(f) for f in files]    # a bad file stops the run before any work
    engine = get_engine(options.rule_dirs, include_builtin=options.builtin_rules, model=options.model)
    known = {r.id for r in engine.ruleset}
    asked = (options.select or set()) | options.ignore | set(cfg.severity)
    unknown = sorted(asked - known)
    if unknown:
        raise ConvenantlintError(f"onbekende controle(s): {', '.join(unknown)}; "
                                 "zie 'convenantlint rules' voor de lijst")
    wanted = (options.select or known) - options.ignore
    known_findings = baseline_mod.load(options.baseline) if options.baseline else None
    out = Run(reports=[], inputs={f.resolve() for f in files})
    for source in sources:
        result = analyse(source.text, engine, options.kind, select=wanted)
        findings = config_mod.override_severity(result.findings, cfg.severity)
        findings, hidden = suppress.apply(findings, source.text)
        out.suppressed += hidden
        if known_findings is not None:
            before = len(findings)
            findings = baseline_mod.filter_known(source.path, findings, known_findings)
            out.baselined += before - len(findings)
        result.findings = findings
        out.reports.append(FileReport(source.path, result))
    return out
