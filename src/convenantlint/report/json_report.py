"""`--format json`, version 1 of interface.md: stable keys, stable order, byte for byte."""

from __future__ import annotations

from . import FileReport, jsontext


def finding_dict(report: FileReport, finding) -> dict:
    if finding.start is not None:
        line, column = report.lines().line_col(finding.start)
        end_line, end_column = report.lines().line_col(finding.end if finding.end is not None
                                                       else finding.start)
    else:
        line = column = end_line = end_column = None
    return {
        "rule": finding.rule,
        "name": finding.name,
        "dimension": finding.dimension,
        "severity": finding.severity,
        "message": finding.message,
        "question": finding.question,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "excerpt": finding.excerpt,
        "scope": finding.scope,
        "party": finding.party,
        "missing": list(finding.missing),
    }


def file_dict(report: FileReport) -> dict:
    summary = report.summary()
    out = {
        "path": report.path,
        "kind": report.kind,
        "findings": [finding_dict(report, f) for f in report.findings],
        "dimensions": {
            name: {"status": s.status, "score": s.score, "findings": s.findings}
            for name, s in summary.items()
        },
    }
    for key in ("phases", "parties", "commitments", "structure"):
        if key in report.extras:
            out[key] = report.extras[key]
    return out


def render(reports: list[FileReport]) -> str:
    payload = {"version": 1, "files": [file_dict(r) for r in reports]}
    return jsontext.dumps(payload) + "\n"
