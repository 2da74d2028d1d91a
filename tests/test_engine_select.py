"""`--select` runs only the selected checks (and those they read), with the same findings."""

from __future__ import annotations

from support import CORPORA


def test_selected_findings_equal_the_full_run(engine):
    from convenantlint.structure import build_agreement

    ids = [rule.id for rule in engine.ruleset]
    for path in sorted(CORPORA.glob("*.txt"))[:4]:
        text = path.read_text("utf-8-sig")
        agreement = build_agreement(text, engine.nlp(text))
        full = engine.check(agreement).findings
        for rule_id in ids:
            alone = engine.check(agreement, select={rule_id}).findings
            assert alone == [f for f in full if f.rule == rule_id], (path.name, rule_id)


def test_unselected_rules_do_not_run(engine, monkeypatch):
    from convenantlint.structure import build_agreement

    ran = []
    for kind in engine.kinds:
        original = kind.run
        monkeypatch.setattr(kind, "run", lambda ctx, original=original, rid=kind.rule.id:
                            (ran.append(rid), original(ctx))[1])
    text = (CORPORA / sorted(p.name for p in CORPORA.glob("*.txt"))[0]).read_text("utf-8-sig")
    engine.check(build_agreement(text, engine.nlp(text)), select={"AMB-01"})
    assert ran == ["AMB-01"]
