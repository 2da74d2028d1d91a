"""Whatever the text, the pipeline does not crash and offsets stay exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convenantlint.nlp import load_pipeline
from convenantlint.nlp.entities import find_entities
from convenantlint.nlp.numbers import parse_dutch_number, parse_money, parse_time
from convenantlint.nlp.sentences import sentence_starts

PIECES = [
    "Artikel 4", "ARTIKEL IV", "## Artikel 3", "4.1", "4.1.2", "1.", "2)", "a.", "b)", "-", "•", "*",
    "€ 1.250,-", "€90.000", "EUR 2,4 miljoen", "1,2 fte", "twee dagdelen per week", "uiterlijk in 2028",
    "31-12-2027", "Q3 2027", "per kwartaal", "40%", "veertig procent", "250 woningen", "drie locaties",
    "art.", "o.a.", "t.a.v.", "bijv.", "enz.", "J.", "B.V.", "e-mail", "De Gemeente", "partijen",
    "binnen zes maanden", "ten minste vier keer per jaar", "vijfentwintig", "anderhalf", "een half",
    ".", ",", ";", ":", "?", "!", "…", "(", ")", '"', "'", "„", "”", "«", "»",
    " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u200b", "\ufeff",
    "İ", "ß", "ﬁ", "Σ", "ǅ", "é", "ë", "🤝", "\u0301", "١٢٣", "²", "½", "Ⅳ",
]

agreement_like = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
any_text = st.text(max_size=300)
long_line = st.builds(lambda piece, n: piece * n, st.sampled_from(["a", "x.", "1.", "€ ", "Art. ", ". ", "......"]), st.integers(1000, 4000))
texts = st.one_of(agreement_like, any_text, long_line, st.just(""))


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_pipeline_never_crashes_and_offsets_are_exact(text):
    doc = load_pipeline()(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx: t.idx + len(t.text)] == t.text
        assert isinstance(t.lemma_, str)
    if len(doc):
        assert doc[0].is_sent_start
        assert all(t.is_sent_start in (True, False) for t in doc)
        assert sum(len(s) for s in doc.sents) == len(doc)
    previous_end = 0
    for e in doc.ents:
        assert previous_end <= e.start < e.end <= len(doc)
        assert text[e.start_char: e.end_char] == e.text
        previous_end = e.end


@settings(max_examples=300, deadline=None, database=None)
@given(texts)
def test_pure_functions_never_crash(text):
    starts = sentence_starts(text)
    assert starts == sorted(set(starts))
    assert all(0 <= s < len(text) and not text[s].isspace() for s in starts)
    spans = find_entities(text)
    assert all(0 <= a.start < a.end <= len(text) for a in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    parse_dutch_number(text)
    parse_money(text)
    parse_time(text)
