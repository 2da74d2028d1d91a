"""Robustness on real government agreements (shared/corpora/bwb, when present): nothing
crashes, no party is invented, the known parties are found, and it is fast enough."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from convenantlint.report.parties import parties_json, render_parties_text
from convenantlint.structure.matrix import party_matrix
from convenantlint.structure.parties import is_collective
from convenantlint.structure.problems import crossref_problems, definition_problems, party_naming_problems


def _bwb_dir() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "corpora" / "bwb"
        if candidate.is_dir():
            return candidate
    return None


BWB = _bwb_dir()
FILES = sorted(BWB.glob("*.txt")) if BWB else []
pytestmark = pytest.mark.skipif(not FILES, reason="shared/corpora/bwb is not on this machine")

KNOWN = {
    "bwb-onderlinge-regeling-ambtelijk-wetgevingsoverleg-koninkrijk.txt":
        ["Nederland", "Aruba", "Curaçao", "Sint Maarten"],
    "bwb-overeenkomst-nl-brd-bijstand-rampen.txt": ["Het Koninkrijk der Nederlanden", "Bondsrepubliek Duitsland"],
    "bwb-vriendschaps-en-samenwerkingsovereenkomst-nl-suriname.txt":
        ["De Regering van de Nederlandse Antillen", "Regering van de Republiek Suriname"],
    "bwb-raamovereenkomst-technische-samenwerking-nl-costa-rica.txt":
        ["De Regering van het Koninkrijk der Nederlanden", "Regering van de Republiek Costa Rica"],
    "bwb-samenwerkingsprotocol-cbp-opta.txt": ["CBP", "OPTA"],
}
PERSON = re.compile(r"^(?:de heer|mevrouw|dhr\.?|mw\.?|[A-Z]\.\s?[A-Z]?\.?\s)", re.I)


@pytest.fixture(scope="module")
def built(parse):
    from convenantlint.structure import build_agreement

    out = {}
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        out[path.name] = build_agreement(text, parse(text))
    return out


@pytest.mark.parametrize("name", [p.name for p in FILES])
def test_no_crash_and_no_invented_party(built, name):
    a = built[name]
    rows = party_matrix(a)
    render_parties_text(rows, 80, False)
    parties_json(a, rows)
    crossref_problems(a), definition_problems(a), party_naming_problems(a)
    assert len(a.parties) <= 6
    for p in a.parties:
        assert p.name in a.text, p.name                 # named in the text itself
        assert not PERSON.match(p.name) and not is_collective(p.name)
        sig = a.signature
        assert p.span is None or sig is None or p.span.start < sig.start
    for c in a.commitments:
        assert c.party is None or c.party in {p.key for p in a.parties}


@pytest.mark.parametrize("name,names", sorted(KNOWN.items()))
def test_known_parties(built, name, names):
    assert [p.name for p in built[name].parties] == names


def test_fast_enough(parse):
    """A generous bound (machines differ): the exact ratio is printed by
    benchmarks/structure_speed.py."""
    from convenantlint.structure import build_agreement

    docs = [(t, parse(t)) for t in (p.read_text(encoding="utf-8") for p in FILES)]
    build_agreement(*docs[0])           # vocabularies and regexes are loaded once
    start = time.perf_counter()
    for text, doc in docs:
        party_matrix(build_agreement(text, doc))
    assert time.perf_counter() - start < 3.0
