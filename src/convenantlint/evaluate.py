"""Measure rule quality on an annotated set (corpora/eval/, format in corpora/FORMAT.md).

Per check: true/false positives and misses, precision, recall, F1; per dimension the
macro-F1; for document checks also how many of the annotated missing parts were named.
Where documents annotate them: the parties (right short name, invented, missed) and the
money and time commitments (right amount and party, right amount but another party,
missed, reported where the annotation has none).
Pure: reads the annotation files it is pointed at, prints nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .findings import DIMENSIONS
from .sources import decode

SENTENCE_CHECKS = ("AMB-01", "AMB-03", "AMB-05", "BEL-04", "ORG-03", "ORG-09", "REL-03")
PARTY_CHECKS = ("AMB-07", "BEL-03", "ORG-02")


@dataclass
class Example:
    """One misjudged case, to show the reader."""

    check: str
    kind: str          # "fp" or "fn"
    where: str
    passage: str


@dataclass
class Score:
    check: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    parts_expected: int = 0
    parts_found: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class MatrixScore:
    """Parties and money/time commitments against the annotation (issue: the party matrix)."""

    parties_expected: int = 0
    parties_right: int = 0          # found, with the annotated short name
    parties_invented: int = 0       # found by the tool, not in the annotation
    commitments_expected: int = 0
    commitments_right: int = 0      # same type, amount and party
    commitments_wrong_party: int = 0  # same type and amount, another party
    commitments_extra: int = 0      # reported with an amount the annotation does not have
    misses: list[str] = field(default_factory=list)

    @property
    def commitment_recall(self) -> float | None:
        return self.commitments_right / self.commitments_expected if self.commitments_expected else None

    @property
    def commitment_precision(self) -> float | None:
        reported = self.commitments_right + self.commitments_wrong_party + self.commitments_extra
        return self.commitments_right / reported if reported else None


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    documents: int = 0
    sentences: int = 0
    verdicts: int = 0
    verdicts_right: int = 0
    matrix: MatrixScore = field(default_factory=MatrixScore)

    def score(self, check: str) -> Score:
        if check not in self.scores:
            self.scores[check] = Score(check)
        return self.scores[check]

    def add(self, check: str, expected: bool, predicted: bool, where: str, passage: str = "") -> None:
        s = self.score(check)
        if expected and predicted:
            s.tp += 1
        elif predicted:
            s.fp += 1
            self.examples.append(Example(check, "fp", where, passage))
        elif expected:
            s.fn += 1
            self.examples.append(Example(check, "fn", where, passage))

    def dimension_f1(self, dimension_of: dict[str, str]) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for dim in DIMENSIONS:
            values = [s.f1 for c, s in self.scores.items() if dimension_of.get(c) == dim and s.f1 is not None]
            out[dim] = sum(values) / len(values) if values else None
        return out


def _yaml(path: Path) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        return YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (YAMLError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"annotatie kan niet gelezen worden: {exc}", path.as_posix()) from None


def _norm(name: str) -> str:
    name = name.lower().strip().strip('"“”\'')
    return re.sub(r"^(de|het|een)\s+", "", name)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _document_files(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expect in sorted(folder.rglob("*.expect.yaml")):
        stem = expect.name[: -len(".expect.yaml")]
        for suffix in (".txt", ".md"):
            text = expect.with_name(stem + suffix)
            if text.exists():
                pairs.append((text, expect))
                break
    return pairs


def evaluate_documents(ev: Evaluation, folder: Path, engine, analyse) -> None:
    for text_path, expect_path in _document_files(folder):
        spec = _yaml(expect_path) or {}
        shown = text_path.as_posix()
        text = decode(text_path.read_bytes(), shown)
        result = analyse(text, engine, spec.get("kind"))
        ev.documents += 1
        by_rule: dict[str, list] = {}
        for f in result.findings:
            by_rule.setdefault(f.rule, []).append(f)

        for check, want in (spec.get("document") or {}).items():
            got = [f for f in by_rule.get(check, []) if f.party is None]
            expected = bool(want)
            ev.verdicts += 1
            ev.verdicts_right += expected == bool(got)
            ev.add(check, expected, bool(got), shown, got[0].message if got else "")
            if isinstance(want, list) and want:
                s = ev.score(check)
                named = {m for f in got for m in f.missing}
                s.parts_expected += len(want)
                s.parts_found += len(set(want) & named)

        agreement = result.agreement
        # Map the tool's party keys to the annotation's parties by short or full name.
        annotated = spec.get("parties") or []
        def annotation_for(key: str) -> str | None:
            party = next((p for p in agreement.parties if p.key == key), None)
            names = {_norm(key)} | ({_norm(party.name)} | {_norm(a) for a in party.aliases} if party else set())
            for entry in annotated:
                if _norm(str(entry.get("short", ""))) in names or _norm(str(entry.get("name", ""))) in names:
                    return str(entry.get("short") or entry.get("name"))
            return None

        for check, must in (spec.get("party") or {}).items():
            must_set = {str(m) for m in must or []}
            reported = {annotation_for(f.party) for f in by_rule.get(check, []) if f.party}
            for entry in annotated:
                short = str(entry.get("short") or entry.get("name"))
                expected = short in must_set
                predicted = short in reported
                ev.verdicts += 1
                ev.verdicts_right += expected == predicted
                ev.add(check, expected, predicted, f"{shown} [{short}]")

        if annotated:
            _score_parties(ev.matrix, agreement, annotated, shown)
        if "commitments" in spec:
            _score_commitments(ev.matrix, agreement, spec.get("commitments") or [],
                               annotation_for, shown)

        for item in spec.get("sentences") or []:
            needle = _squash(str(item["text"]))
            hit = any(needle in _squash(f.excerpt) or _squash(f.excerpt) in needle
                      for f in by_rule.get(item["rule"], []) if f.excerpt)
            ev.add(item["rule"], True, hit, shown, str(item["text"]))
        for item in spec.get("not_sentences") or []:
            needle = _squash(str(item["text"]))
            hit = any(needle in _squash(f.excerpt) or (_squash(f.excerpt) in needle and f.excerpt)
                      for f in by_rule.get(item["rule"], []) if f.excerpt)
            ev.add(item["rule"], False, hit, shown, str(item["text"]))


def _score_parties(m: MatrixScore, agreement, annotated: list[dict], shown: str) -> None:
    wanted = {_norm(str(e.get("short") or e.get("name"))): str(e.get("short") or e.get("name"))
              for e in annotated}
    names = {_norm(str(e.get("name", ""))) for e in annotated}
    m.parties_expected += len(wanted)
    found = set()
    for party in agreement.parties:
        key = _norm(party.key)
        if key in wanted:
            found.add(key)
        elif key not in names and _norm(party.name) not in names:
            m.parties_invented += 1
            m.misses.append(f"{shown}: partij verzonnen of verkeerd benoemd: {party.key}")
    m.parties_right += len(found)
    for key in sorted(set(wanted) - found):
        m.misses.append(f"{shown}: partij niet (met de juiste korte naam) gevonden: {wanted[key]}")


def _euros(item: dict, shown: str) -> float:
    """The annotated amount in euros: 'currency: NLG' gives it in guilders, as the text does."""
    amount = float(item["amount"])
    code = item.get("currency")
    if code and str(code).upper() != "EUR":
        from .nlp.entities import currency, currency_codes
        old = currency(str(code))
        if old is None:
            known = ", ".join(["EUR", *currency_codes()])
            raise InputError(f"onbekende munt in de annotatie: {code!r} (bekend: {known})", shown)
        amount /= old.per_euro
    return round(amount, 2)


def _score_commitments(m: MatrixScore, agreement, items: list[dict], annotation_for,
                       shown: str) -> None:
    from collections import Counter

    want = Counter((str(i["type"]), _euros(i, shown),
                    None if i.get("party") is None else _norm(str(i["party"]))) for i in items)
    got = Counter()
    for c in agreement.commitments:
        if c.type in ("geld", "tijd") and c.amount is not None:
            party = annotation_for(c.party) if c.party else None
            got[(c.type, round(float(c.amount), 2), None if party is None else _norm(party))] += 1
    m.commitments_expected += sum(want.values())
    right = want & got
    m.commitments_right += sum(right.values())
    rest_want, rest_got = want - right, got - right
    by_amount = Counter((t, a) for t, a, _ in rest_got.elements())
    for (t, a, party), n in sorted(rest_want.items(), key=str):
        other = min(n, by_amount[(t, a)])
        by_amount[(t, a)] -= other
        m.commitments_wrong_party += other
        m.misses.append(f"{shown}: {t} {a:g} van {party or 'alle partijen'} "
                        + ("bij een andere partij" if other else "niet gevonden"))
    m.commitments_extra += sum(by_amount.values())


def evaluate_sentences(ev: Evaluation, folder: Path, engine, analyse) -> None:
    for path in sorted(folder.glob("*.yaml")):
        items = _yaml(path) or []
        for n, item in enumerate(items, 1):
            text = str(item["text"])
            expected = set(item.get("expect") or [])
            result = analyse(text, engine, item.get("kind", "overeenkomst"))
            got = {f.rule for f in result.findings}
            ev.sentences += 1
            for check in SENTENCE_CHECKS:
                ev.add(check, check in expected, check in got, f"{path.as_posix()}#{n}", text)


def evaluate(root: Path, engine) -> Evaluation:
    from .api import analyse

    if not root.is_dir():
        raise InputError("de evaluatieset bestaat niet", root.as_posix())
    ev = Evaluation()
    subs = [s for s in ("documents", "mutations", "sentences") if (root / s).is_dir()]
    if not subs:
        # A plain folder of annotated documents, such as corpora/voorbeelden.
        evaluate_documents(ev, root, engine, analyse)
    for sub in ("documents", "mutations"):
        if sub in subs:
            evaluate_documents(ev, root / sub, engine, analyse)
    if "sentences" in subs:
        evaluate_sentences(ev, root / "sentences", engine, analyse)
    ev.scores = dict(sorted(ev.scores.items()))
    return ev


def load_thresholds(path: Path) -> dict[str, dict[str, float]]:
    data = _yaml(path) or {}
    return {str(k): {m: float(v) for m, v in (vals or {}).items()} for k, vals in data.items()}


def below_thresholds(ev: Evaluation, thresholds: dict[str, dict[str, float]]) -> list[str]:
    problems = []
    for check, limits in sorted(thresholds.items()):
        s = ev.scores.get(check)
        for metric, minimum in sorted(limits.items()):
            value = getattr(s, metric) if s else None
            if value is None:
                continue
            if value + 1e-9 < minimum:
                problems.append(f"{check}: {metric} {value:.2f} < drempel {minimum:.2f}")
    return problems
