"""The Finding type and the per-dimension summary every report shows."""

from __future__ import annotations

from dataclasses import dataclass, field

DIMENSIONS = ("ambitie", "belangen", "relatie", "organisatie", "proces")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}

# Statuses a reader sees at a glance; the score explains itself through the findings.
STATUS_OK = "op orde"
STATUS_ATTENTION = "aandacht nodig"
STATUS_MISSING = "ontbreekt"

# Points a finding costs its dimension's score (100 = nothing found).
PENALTY = {"error": 25, "warning": 10, "info": 3}


@dataclass(frozen=True)
class Finding:
    rule: str
    dimension: str
    severity: str
    message: str
    question: str
    start: int | None          # character offsets into the text; None: no useful place
    end: int | None
    excerpt: str = ""
    missing: tuple[str, ...] = ()     # parts a document check found missing
    party: str | None = None          # the party a party check speaks about
    scope: str = "sentence"
    name: str = ""                    # the rule's short Dutch name ("juichbegrip")

    def sort_key(self) -> tuple:
        # Findings without a place come first, like a file-level note in ruff.
        return (-1 if self.start is None else self.start, self.rule, self.party or "", self.missing)


@dataclass
class DimensionSummary:
    dimension: str
    status: str
    score: int
    findings: int
    by_severity: dict[str, int] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)


def summarise(findings: list[Finding]) -> dict[str, DimensionSummary]:
    """Score each dimension from its findings.

    A dimension with an error finding 'ontbreekt' (something the model calls essential is
    absent), one with warnings needs 'aandacht', one with only info notes is 'op orde'.
    """
    summaries: dict[str, DimensionSummary] = {}
    for dimension in DIMENSIONS:
        own = [f for f in findings if f.dimension == dimension]
        counts = {s: sum(1 for f in own if f.severity == s) for s in SEVERITIES}
        score = max(0, 100 - sum(PENALTY[f.severity] for f in own))
        if counts["error"]:
            status = STATUS_MISSING
        elif counts["warning"]:
            status = STATUS_ATTENTION
        else:
            status = STATUS_OK
        summaries[dimension] = DimensionSummary(
            dimension=dimension,
            status=status,
            score=score,
            findings=len(own),
            by_severity=counts,
            rules=sorted({f.rule for f in own}),
        )
    return summaries
