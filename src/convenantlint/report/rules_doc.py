"""Rule documentation: the list, one rule explained, and docs/rules.md."""

from __future__ import annotations

from ..ruleset import Rule, RuleSet

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "melding", None: "uit"}
SCOPE_NL = {"sentence": "zin", "document": "document", "party": "per partij"}


def _severity(rule: Rule) -> str:
    values = {rule.severity_for(k) for k in ("ambitie", "overeenkomst")}
    if len(values) == 1:
        return SEVERITY_NL[values.pop()]
    return ", ".join(f"{k}: {SEVERITY_NL[rule.severity_for(k)]}" for k in ("ambitie", "overeenkomst"))


def listing(ruleset: RuleSet) -> str:
    lines = [f"{'ID':<8} {'dimensie':<12} {'ernst':<14} naam"]
    for rule in ruleset:
        sev = _severity(rule)
        sev = sev if len(sev) <= 14 else SEVERITY_NL[rule.default_severity if rule.default_severity != "off" else None]
        lines.append(f"{rule.id:<8} {rule.dimension:<12} {sev:<14} {rule.name}")
    lines.append("")
    lines.append("Meer over één controle: convenantlint rules ID")
    return "\n".join(lines)


def _example_text(example) -> str:
    text = example if isinstance(example, str) else example["text"]
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "…"


def explain(rule: Rule) -> str:
    out = [f"{rule.id}  {rule.name}",
           f"dimensie: {rule.dimension} · bereik: {SCOPE_NL[rule.scope]} · ernst: {_severity(rule)}",
           "",
           "Wat zoekt deze controle?", f"  {rule.message}", "",
           "Waarom (reflectiemodel)?", f"  {rule.rationale}", "",
           "Vraag aan de partners:", f"  {rule.question}"]
    if rule.fix:
        out += ["", "Zo los je het op:", f"  {rule.fix}"]
    out += ["", "Meldt wel:"] + [f"  - {_example_text(e)}" for e in rule.examples["trigger"]]
    out += ["", "Meldt niet:"] + [f"  - {_example_text(e)}" for e in rule.examples["no_trigger"]]
    out += ["", "Uitzetten:",
            f"  convenantlint check --ignore {rule.id} ...",
            f"  of in de tekst: <!-- convenantlint-disable {rule.id} -->"]
    return "\n".join(out)
