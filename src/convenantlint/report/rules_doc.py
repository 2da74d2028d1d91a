"""Rule documentation: the list, one rule explained, and the generated docs/rules.md."""

from __future__ import annotations

from .. import quality
from ..findings import DIMENSIONS
from ..ruleset import Rule, RuleSet

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "melding", None: "uit"}
SCOPE_NL = {"sentence": "zin", "document": "document", "party": "per partij"}


def severity_text(rule: Rule) -> str:
    values = {rule.severity_for(k) for k in ("ambitie", "overeenkomst")}
    if len(values) == 1:
        return SEVERITY_NL[values.pop()]
    return ", ".join(f"{k}: {SEVERITY_NL[rule.severity_for(k)]}" for k in ("ambitie", "overeenkomst"))


def _one_line(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def listing(ruleset: RuleSet) -> str:
    lines = [f"{'ID':<8} {'dimensie':<12} {'ernst':<13} {'naam':<34} wat"]
    for rule in ruleset:
        sev = SEVERITY_NL[rule.severity_for("overeenkomst") or rule.severity_for("ambitie")]
        lines.append(f"{rule.id:<8} {rule.dimension:<12} {sev:<13} {_one_line(rule.name, 33):<34} "
                     f"{_one_line(rule.message, 60)}")
    lines += ["", "Meer over één controle: convenantlint rules ID"]
    return "\n".join(lines)


def _example_text(example, limit: int = 160) -> str:
    text = example if isinstance(example, str) else example["text"]
    return _one_line(text, limit)


def _quality_line(rule: Rule) -> str:
    q = quality.for_rule(rule.id)
    if not q:
        return "nog niet gemeten"
    def f(v):
        return "-" if v is None else f"{v:.2f}"
    return (f"precisie {f(q.get('precision'))}, recall {f(q.get('recall'))} "
            f"(op {q.get('tp', 0) + q.get('fn', 0)} gevallen in de evaluatieset)")


def explain(rule: Rule) -> str:
    out = [f"{rule.id}  {rule.name}",
           f"dimensie: {rule.dimension} · bereik: {SCOPE_NL[rule.scope]} · ernst: {severity_text(rule)}",
           "",
           "Wat meldt deze controle?", f"  {rule.message}", "",
           "Waarom (reflectiemodel)?", f"  {rule.rationale}", "",
           "Vraag aan de partners:", f"  {rule.question}"]
    if rule.fix:
        out += ["", "Zo los je het op:", f"  {rule.fix}"]
    out += ["", "Meldt wel, bijvoorbeeld:"] + [f"  - {_example_text(e)}" for e in rule.examples["trigger"]]
    out += ["", "Meldt niet, bijvoorbeeld:"] + [f"  - {_example_text(e)}" for e in rule.examples["no_trigger"]]
    out += ["", f"Gemeten kwaliteit: {_quality_line(rule)}"]
    out += ["", "Uitzetten:",
            f"  convenantlint check --ignore {rule.id} ...",
            f"  in .convenantlint.yaml:  ignore: [{rule.id}]",
            f"  in de tekst:  <!-- convenantlint-disable {rule.id} -->"]
    return "\n".join(out)


def markdown(ruleset: RuleSet) -> str:
    """docs/rules.md: one section per check, generated; do not edit by hand."""
    out = ["# De controles van convenantlint", "",
           "<!-- Gegenereerd uit rules/*.yaml en src/convenantlint/data/quality.json door",
           "     tools/update_quality.py. Niet met de hand bewerken. -->", "",
           "Elke controle hoort bij een dimensie van het reflectiemodel op samenwerken.",
           "Precisie en recall zijn gemeten op de evaluatieset in `corpora/eval/`.", ""]
    for dim in DIMENSIONS:
        own = [r for r in ruleset if r.dimension == dim]
        out += [f"- **{dim}**: " + ", ".join(f"[{r.id}](#{r.id.lower()}) {r.name}" for r in own)]
    for dim in DIMENSIONS:
        out += ["", f"## {dim.capitalize()}"]
        for rule in (r for r in ruleset if r.dimension == dim):
            out += ["", f"### {rule.id}", "",
                    f"**{rule.name}** · bereik: {SCOPE_NL[rule.scope]} · ernst: {severity_text(rule)} · "
                    f"soort regel: `{rule.check['type']}`"
                    + (f" (`{rule.check['name']}`)" if rule.check["type"] == "builtin" else ""), "",
                    f"**Wat het meldt.** {' '.join(rule.message.split())}", "",
                    f"**Waarom.** {' '.join(rule.rationale.split())}", "",
                    f"**Vraag aan de partners.** {' '.join(rule.question.split())}", ""]
            if rule.fix:
                out += [f"**Zo los je het op.** {' '.join(rule.fix.split())}", ""]
            out += ["Meldt wel:", ""] + [f"- {_example_text(e, 300)}" for e in rule.examples["trigger"]]
            out += ["", "Meldt niet:", ""] + [f"- {_example_text(e, 300)}" for e in rule.examples["no_trigger"]]
            out += ["", f"**Gemeten.** {_quality_line(rule)}.", "",
                    f"**Uitzetten.** `--ignore {rule.id}`, `ignore: [{rule.id}]` in `.convenantlint.yaml`, "
                    f"of `<!-- convenantlint-disable {rule.id} -->` in de tekst."]
    return "\n".join(out) + "\n"
