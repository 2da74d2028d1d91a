"""One `check` run: files in, file reports out. Everything the CLI needs, nothing it prints."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import baseline as baseline_mod
from . import config as config_mod
from . import suppress
from .errors import ConvenantlintError
from .positions import as_written
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
    jobs: int = 0              # 0: one process per core when there are many files
    structure: bool = False       # add parties, commitments and structure (JSON output)
    cache: bool = True            # reuse the stored result of a file that did not change


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
    from .api import get_ruleset
    from .sources import expand, read

    cfg = cfg or config_mod.Config()
    files = expand(options.paths)
    if cfg.exclude:
        files = [f for f in files if not any(fnmatch.fnmatch(f.as_posix(), pat) for pat in cfg.exclude)]
    sources = [read(f) for f in files]    # a bad file stops the run before any work
    # The rules alone (a tenth of a second) are enough to check the options; the engine
    # (spaCy and every compiled rule, seconds) is built only when a file needs checking.
    ruleset = get_ruleset(options.rule_dirs, include_builtin=options.builtin_rules)
    known = {r.id for r in ruleset}
    asked = (options.select or set()) | options.ignore | set(cfg.severity)
    unknown = sorted(asked - known)
    if unknown:
        raise ConvenantlintError(f"onbekende controle(s): {', '.join(unknown)}; "
                                 "zie 'convenantlint rules' voor de lijst")
    wanted = (options.select or known) - options.ignore
    known_findings = baseline_mod.load(options.baseline) if options.baseline else None
    out = Run(reports=[], inputs={f.resolve() for f in files})
    checked = _check_with_cache(options, [s.text for s in sources], wanted)
    for source, (kind, findings, extras) in zip(sources, checked):
        findings = config_mod.override_severity(findings, cfg.severity)
        findings, hidden = suppress.apply(findings, source.text)
        out.suppressed += hidden
        if known_findings is not None:
            before = len(findings)
            findings = baseline_mod.filter_known(source.path, findings, known_findings)
            out.baselined += before - len(findings)
        # (the readers' positions are in the plain text; reports give the file as written)
        extras = as_written(extras, source.text, source.moved)
        out.reports.append(FileReport(source.path, source.text, kind, findings, extras, source.moved))
    return out


def _check_with_cache(options: Options, texts: list[str], wanted: set[str]) -> list:
    """Every text's (kind, findings, extras): from the result cache where the text, the
    options and the program are unchanged, else checked (and then stored)."""
    from . import result_cache

    results: list = [None] * len(texts)
    keys: list[str] = []
    if options.cache:
        from .ruleset import builtin_rules_dir

        folders = ([builtin_rules_dir()] if options.builtin_rules else []) + list(options.rule_dirs)
        program = result_cache.fingerprint(folders, options.model)
        keys = [result_cache.key(program, text, options.kind, wanted, options.structure)
                for text in texts]
        results = [result_cache.load(k) for k in keys]
    todo = [i for i, found in enumerate(results) if found is None]
    if todo:
        from . import compiled_regex
        from .api import get_engine

        engine = get_engine(options.rule_dirs, include_builtin=options.builtin_rules,
                            model=options.model)
        fresh = _check_all(engine, [texts[i] for i in todo], options.kind, wanted,
                           options.jobs, options.structure)
        compiled_regex.save()        # the expressions this run compiled, for the next run
        for i, checked in zip(todo, fresh):
            results[i] = checked
            if keys:
                result_cache.store(keys[i], checked)
    return results


_ENGINE = None   # set in the parent before forking, so workers share it copy-on-write
_PARENT_PID: int | None = None   # the process that set _ENGINE


def _check_one(args):
    from .api import analyse

    text, kind, wanted, structure = args
    result = analyse(text, _ENGINE, kind, select=wanted)
    extras = dict(result.extras)
    if structure:
        from .report.parties import parties_json
        from .structure.matrix import party_matrix

        extras.update(parties_json(result.agreement, party_matrix(result.agreement)))
    import os

    if _PARENT_PID is not None and os.getpid() != _PARENT_PID:
        # A worker ends without Python's exit handlers, and the parent only saves what it
        # compiled itself: without this, a folder checked in worker processes compiled the
        # rules' large expressions again at every run (35 s instead of 3 s for the examples).
        from . import compiled_regex

        compiled_regex.save()
    return result.agreement.kind, result.findings, extras


def _check_all(engine, texts: list[str], kind, wanted, jobs: int, structure: bool = False):
    """Check every text, in order; with jobs > 1 in worker processes (Linux/macOS fork)."""
    global _ENGINE
    import multiprocessing
    import os

    global _PARENT_PID
    _ENGINE = engine
    _PARENT_PID = os.getpid()
    import sys

    if jobs == 0:
        # Automatic only where fork is the platform's safe default: the workers inherit
        # the compiled engine instead of building it again.
        jobs = (os.cpu_count() or 1) if sys.platform.startswith("linux") else 1
    items = [(t, kind, wanted, structure) for t in texts]
    if jobs <= 1 or len(texts) < 2 * jobs or "fork" not in multiprocessing.get_all_start_methods():
        return [_check_one(item) for item in items]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return list(pool.imap(_check_one, items, chunksize=max(1, len(items) // (jobs * 8))))
