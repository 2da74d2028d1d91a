"""The command line: parse options, call the core, choose the report, set the exit code.

Heavy imports (spaCy) happen inside the commands, so `convenantlint --help` stays fast.
"""

from __future__ import annotations

import re
import sys

import click

from . import __version__
from .errors import ConvenantlintError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")
RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}

# Click speaks English; the people reading these messages expect Dutch.
_CLICK_NL = [
    (r"No such option:? '?(.+?)'?\.?(?:\s+Did you mean '?(.+?)'?\?)?$",
     lambda m: f"onbekende optie: {m[1]}" + (f" (bedoelt u {m[2]}?)" if m[2] else "")),
    (r"No such command:? '?(.+?)'?\.?(?:\s+Did you mean '?(.+?)'?\?)?$",
     lambda m: f"onbekende opdracht: {m[1]}" + (f" (bedoelt u {m[2]}?)" if m[2] else "")),
    (r"Missing argument '(.+)'\.?$", lambda m: f"argument {m[1]} ontbreekt"),
    (r"Missing option '(.+)'\.?$", lambda m: f"optie {m[1]} ontbreekt"),
    (r"Option '(.+)' requires an argument\.?$", lambda m: f"optie {m[1]} heeft een waarde nodig"),
    (r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\.$",
     lambda m: f"ongeldige waarde voor {m[1]}: '{m[2]}'; kies uit {m[3].replace(', ', ', ')}"),
    (r"Invalid value for '(.+?)': (.+)$", lambda m: f"ongeldige waarde voor {m[1]}: {m[2]}"),
    (r"Got unexpected extra arguments? \((.+)\)$", lambda m: f"onverwachte extra argumenten: {m[1]}"),
]


def _dutch_usage(message: str) -> str:
    for pattern, make in _CLICK_NL:
        match = re.match(pattern, message.strip(), re.S)
        if match:
            return make(match)
    return message


class DutchGroup(click.Group):
    def main(self, *args, **kwargs):
        kwargs.setdefault("standalone_mode", True)
        try:
            return super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=False)
            sys.exit(EXIT_OK)
        except click.UsageError as exc:
            hint = ""
            if exc.ctx is not None:
                hint = f"\nZie '{exc.ctx.command_path} --help' voor de mogelijkheden."
            click.echo(f"convenantlint: fout: {_dutch_usage(exc.format_message())}{hint}", err=True)
            sys.exit(EXIT_ERROR)
        except click.exceptions.Abort:
            click.echo("convenantlint: afgebroken", err=True)
            sys.exit(EXIT_ERROR)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except ConvenantlintError as exc:
            click.echo(f"convenantlint: fout: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.exit(EXIT_OK)
        except KeyboardInterrupt:
            click.echo("convenantlint: afgebroken", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug of ours: say so plainly, trace only on request
            import os

            if os.environ.get("CONVENANTLINT_DEBUG"):
                raise
            click.echo(f"convenantlint: interne fout ({type(exc).__name__}: {exc}). Dit is een fout "
                       "in convenantlint zelf; meld het graag. Zet CONVENANTLINT_DEBUG=1 voor details.",
                       err=True)
            sys.exit(EXIT_ERROR)


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _terminal_width(fallback: int = 80) -> int:
    """The terminal's width in columns (click's own helper for this is gone since 8.1)."""
    import shutil

    columns = shutil.get_terminal_size((fallback, 24)).columns
    return columns if columns > 0 else fallback


def _say_when_first_run() -> None:
    """On a new machine the first run prepares the rules for half a minute or more before
    it reports anything; someone at a terminal is told why (machines reading the output
    are not: only when the error stream is a terminal)."""
    if not sys.stderr.isatty():
        return
    from . import compiled_regex

    if not compiled_regex.prepared():
        click.echo("convenantlint: eerste keer op deze computer: de regels worden voorbereid. "
                   "Dat duurt ongeveer een minuut en gebeurt maar één keer.", err=True)


def run() -> None:
    """The command's entry point: `main`, then an exit without Python's teardown.

    Tearing down a loaded spaCy pipeline takes a quarter of a second, a tenth of a short
    check; nothing is left to do by then (output is flushed here, caches were written),
    so the process ends at once.
    """
    import os

    from .startup import freeze_after_build

    freeze_after_build()
    try:
        main()
        code = EXIT_OK
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            code = EXIT_ERROR
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)          # a profiler or coverage tool still has to write its data
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass
    os._exit(code)


@click.group(cls=DutchGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", message="convenantlint %(version)s",
                      help="Toon de versie en stop.")
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
def main() -> None:
    """Controleer Nederlandse samenwerkingsovereenkomsten, convenanten en
    ambitiedocumenten op het reflectiemodel op samenwerken: ambitie, belangen,
    relatie, organisatie en proces.

    \b
    Voorbeelden:
      convenantlint check convenant.txt
      convenantlint check contracten/ --format json --fail-on warning
      convenantlint rules AMB-01
    """


def _ids(value: str | None) -> set[str] | None:
    if not value:
        return None
    return {v.strip().upper() for v in value.split(",") if v.strip()}


@main.command(context_settings=CONTEXT)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("paths", nargs=-1, required=True, metavar="PAD...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="Uitvoerformaat: leesbaar rapport (text, standaard) of JSON voor machines.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Laagste ernst die exitcode 1 geeft (standaard: error).")
@click.option("--kind", type=click.Choice(["auto", "ambitie", "overeenkomst"]), default="auto",
              show_default=True, help="Soort document; 'auto' herkent het aan titel en opening.")
@click.option("--select", metavar="ID,...", help="Alleen deze controles (bijv. AMB-01,ORG-03).")
@click.option("--ignore", metavar="ID,...", help="Deze controles overslaan.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), metavar="MAP",
              help="Extra map met eigen regels (YAML); mag vaker.")
@click.option("--no-builtin-rules", is_flag=True, help="Alleen de regels uit --rules gebruiken.")
@click.option("--config", "config_path", type=click.Path(), metavar="BESTAND",
              help="Configuratiebestand (standaard: .convenantlint.yaml of pyproject.toml hierboven).")
@click.option("--no-config", is_flag=True, help="Geen configuratiebestand lezen.")
@click.option("--baseline", type=click.Path(), metavar="BESTAND",
              help="Meld alleen bevindingen die niet in deze baseline staan.")
@click.option("--write-baseline", type=click.Path(), metavar="BESTAND",
              help="Schrijf alle huidige bevindingen naar een baseline en stop met exitcode 0.")
@click.option("--model", metavar="NAAM", envvar="CONVENANTLINT_SPACY_MODEL",
              help="Een geïnstalleerde getrainde spaCy-pijplijn (bijv. nl_core_news_sm).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Aantal processen voor veel bestanden (0 = alle processorkernen, "
                   "1 = geen extra processen).")
@click.option("--color/--no-color", default=None, help="Kleur in het rapport (standaard: alleen op een terminal).")
@click.option("--no-questions", is_flag=True, help="Laat de vragen aan de partners weg uit het rapport.")
@click.option("--no-cache", is_flag=True, envvar="CONVENANTLINT_NO_CACHE",
              help="Controleer elk bestand opnieuw, ook als het niet veranderd is sinds de "
                   "vorige keer (standaard komt de uitkomst dan uit de cache).")
def check(paths, fmt, fail_on, kind, select, ignore, rule_dirs, no_builtin_rules, config_path,
          no_config, baseline, write_baseline, model, jobs, color, no_questions, no_cache) -> None:
    """Controleer teksten en mappen (mappen met alle .txt- en .md-bestanden erin)."""
    from pathlib import Path

    from . import baseline as baseline_mod
    from . import config as config_mod
    from .runner import Options, merge, run

    if no_config:
        cfg = config_mod.Config()
    elif config_path:
        if not Path(config_path).is_file():
            raise ConvenantlintError("configuratiebestand bestaat niet", config_path)
        cfg = config_mod.load(Path(config_path))
    else:
        cfg = config_mod.load(config_mod.find(Path.cwd()))
    options = merge(cfg, Options(
        paths=list(paths), kind=kind, select=_ids(select), ignore=_ids(ignore) or set(),
        rule_dirs=[Path(d) for d in rule_dirs], builtin_rules=not no_builtin_rules, model=model,
        baseline=Path(baseline) if baseline else None, jobs=jobs,
        structure=(fmt or cfg.format) == "json", cache=not no_cache))
    _say_when_first_run()
    result = run(options, cfg)
    reports = result.reports

    if write_baseline:
        count = baseline_mod.write(Path(write_baseline), reports, result.inputs)
        click.echo(f"Baseline geschreven naar {write_baseline}: {count} bevindingen.", err=True)
        sys.exit(EXIT_OK)

    fmt = fmt or cfg.format or "text"
    if fmt == "json":
        from .report.json_report import render as render_json

        click.echo(render_json(reports), nl=False)
    else:
        from .report.text import render as render_text

        use_color = sys.stdout.isatty() if color is None else color
        width = _terminal_width() if sys.stdout.isatty() else 88
        click.echo(render_text(reports, width=min(width, 100), color=use_color,
                               show_questions=not no_questions), nl=False)
        notes = []
        if result.suppressed:
            notes.append(f"{result.suppressed} onderdrukt in de tekst")
        if result.baselined:
            notes.append(f"{result.baselined} al bekend in de baseline")
        if notes:
            click.echo(f"Niet getoond: {', '.join(notes)}.")
    threshold = RANK[fail_on or cfg.fail_on or "error"]
    worst = max((RANK[f.severity] for r in reports for f in r.findings), default=0)
    sys.exit(EXIT_FINDINGS if worst >= threshold else EXIT_OK)


@main.command(context_settings=CONTEXT)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("args", nargs=-1, metavar="[ID | test [MAP]]")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), metavar="MAP",
              help="Extra map met eigen regels.")
@click.option("--markdown", is_flag=True, help="Alle controles als Markdown (zoals docs/rules.md).")
@click.option("--builtins", is_flag=True, help="Toon de ingebouwde controles die regels kunnen noemen.")
def rules(args, rule_dirs, markdown, builtins) -> None:
    """Toon de controles, leg er één uit, of test de voorbeelden van een regelmap.

    \b
      convenantlint rules                 alle controles
      convenantlint rules AMB-01          één controle uitgelegd
      convenantlint rules test            voorbeelden van de ingebouwde regels testen
      convenantlint rules test mijn-regels/   voorbeelden van eigen regels testen
    """
    from pathlib import Path

    from .report.rules_doc import explain, listing
    from .report.rules_doc import markdown as render_markdown
    from .ruleset import load_rules

    if args and args[0].lower() == "test":
        if len(args) > 2:
            raise click.UsageError("Got unexpected extra arguments (" + " ".join(args[2:]) + ")")
        _rules_test(Path(args[1]) if len(args) == 2 else None, [Path(d) for d in rule_dirs])
        return
    if len(args) > 1:
        raise click.UsageError("Got unexpected extra arguments (" + " ".join(args[1:]) + ")")
    if builtins:
        from .engine import BUILTINS

        for name, cls in sorted(BUILTINS.items()):
            click.echo(f"{name:<20} {(cls.__doc__ or '').strip().splitlines()[0]}")
        return
    ruleset = load_rules([Path(d) for d in rule_dirs])
    if markdown:
        click.echo(render_markdown(ruleset), nl=False)
    elif args:
        rule = ruleset.get(args[0].upper())
        if rule is None:
            raise ConvenantlintError(f"onbekende controle: {args[0]}; "
                                     "zie 'convenantlint rules' voor de lijst")
        click.echo(explain(rule))
    else:
        click.echo(listing(ruleset))


def _rules_test(folder, extra_dirs) -> None:
    from .api import get_engine
    from .rule_tests import run_examples
    from .ruleset import builtin_rules_dir

    if folder is not None and not folder.exists():
        raise ConvenantlintError("de map met regels bestaat niet", str(folder))
    if folder is None or folder.resolve() == builtin_rules_dir().resolve():
        engine = get_engine(extra_dirs)
        chosen = [r for r in engine.ruleset if r.builtin]
        where = "ingebouwde regels"
    else:
        engine = get_engine(list(extra_dirs) + [folder])
        chosen = [r for r in engine.ruleset if not r.builtin]
        where = folder.as_posix()
    count, failures = run_examples(chosen, engine)
    for f in failures:
        what = "meldt niet, maar zou moeten melden" if f.expected else "meldt, maar zou niet moeten melden"
        click.echo(f"{f.rule.path}: {f.rule.id}: voorbeeld {what}:")
        click.echo(f"    «{' '.join(f.text.split())[:200]}»")
        if f.got:
            click.echo(f"    gemeld: {f.got[0]}")
        if f.detail:
            click.echo(f"    {f.detail}")
    click.echo(f"{len(chosen)} regels ({where}), {count} voorbeelden: "
               f"{count - len(failures)} goed, {len(failures)} fout.")
    sys.exit(EXIT_FINDINGS if failures else EXIT_OK)


@main.command(context_settings=CONTEXT)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("paths", nargs=-1, required=True, metavar="PAD...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat: tabel of JSON.")
@click.option("--kind", type=click.Choice(["auto", "ambitie", "overeenkomst"]), default="auto",
              show_default=True, help="Soort document.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Breedte van de tabel (standaard: de terminal, anders 80).")
@click.option("--color/--no-color", default=None, help="Kleur (standaard: alleen op een terminal).")
def parties(paths, fmt, kind, width, color) -> None:
    """Toon per partij wat zij inbrengt, doet, beslist en belangrijk vindt (wie doet wat).

    Lege cellen zijn wat de partners nog moeten bespreken."""
    from .api import get_engine
    from .report import jsontext
    from .positions import as_written
    from .report.parties import parties_json, render_parties_text
    from .sources import expand, read
    from .structure import build_agreement
    from .structure.matrix import party_matrix

    sources = [read(f) for f in expand(list(paths))]
    _say_when_first_run()
    nlp = get_engine().nlp
    is_tty = sys.stdout.isatty()
    width = width or (min(_terminal_width(), 120) if is_tty else 80)
    use_color = is_tty if color is None else color
    files = []
    for n, source in enumerate(sources):
        agreement = build_agreement(source.text, nlp(source.text), None if kind == "auto" else kind)
        rows = party_matrix(agreement)
        if fmt == "json":
            files.append({"path": source.path, "kind": agreement.kind,
                          **as_written(parties_json(agreement, rows), source.text, source.moved)})
        else:
            if n:
                click.echo("")
            click.echo(click.style(f"{source.path}  ({agreement.kind})", bold=True) if use_color
                       else f"{source.path}  ({agreement.kind})")
            click.echo(render_parties_text(rows, width=width, color=use_color).rstrip("\n"))
    if fmt == "json":
        click.echo(jsontext.dumps({"version": 1, "files": files}))


@main.command(name="eval", context_settings=CONTEXT)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("root", required=False, default="corpora/eval", metavar="[MAP]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoerformaat.")
@click.option("--thresholds", type=click.Path(), metavar="BESTAND",
              help="Drempels per controle (standaard: MAP/thresholds.yaml als die bestaat); "
                   "exitcode 1 als een controle eronder zakt.")
@click.option("--show", type=int, default=5, show_default=True,
              help="Aantal fout beoordeelde voorbeelden per controle in het rapport.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), metavar="MAP",
              help="Extra map met eigen regels.")
def eval_cmd(root, fmt, thresholds, show, rule_dirs) -> None:
    """Meet precisie en recall van elke controle op een geannoteerde set (zie corpora/FORMAT.md)."""
    from pathlib import Path

    from .api import get_engine
    from .evaluate import below_thresholds, evaluate, load_thresholds
    from .report.eval_report import render_json, render_text

    _say_when_first_run()
    engine = get_engine([Path(d) for d in rule_dirs])
    ev = evaluate(Path(root), engine)
    limits_path = Path(thresholds) if thresholds else Path(root) / "thresholds.yaml"
    problems = None
    if thresholds and not limits_path.is_file():
        raise ConvenantlintError("drempelbestand bestaat niet", thresholds)
    if limits_path.is_file():
        problems = below_thresholds(ev, load_thresholds(limits_path))
    dimension_of = {r.id: r.dimension for r in engine.ruleset}
    if fmt == "json":
        click.echo(render_json(ev, dimension_of, problems), nl=False)
    else:
        click.echo(render_text(ev, dimension_of, show, problems), nl=False)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
