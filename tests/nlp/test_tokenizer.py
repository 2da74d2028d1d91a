"""Tokens keep exact offsets; numbers, dates and abbreviations tokenise sensibly."""

from __future__ import annotations

import pytest

from convenantlint.nlp import parse


def tokens(text):
    return [t.text for t in parse(text) if not t.is_space]


def assert_offsets_exact(text):
    doc = parse(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx: t.idx + len(t.text)] == t.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("€ 1.250,-", ["€", "1.250,-"]),
        ("€90.000", ["€", "90.000"]),
        ("€ 90.000,- per jaar", ["€", "90.000,-", "per", "jaar"]),
        ("artikel 4.1", ["artikel", "4.1"]),
        ("1,2 fte", ["1,2", "fte"]),
        ("31-12-2027", ["31-12-2027"]),
        ("a. de Gemeente", ["a.", "de", "Gemeente"]),
        ("per e-mail", ["per", "e-mail"]),
        ("40%", ["40%"]),
        ("(zie art. 4)", ["(", "zie", "art.", "4", ")"]),
        ("bijv., o.a. en t.a.v.", ["bijv.", ",", "o.a.", "en", "t.a.v."]),
        ("Art. 4 jo. art. 5", ["Art.", "4", "jo.", "art.", "5"]),
        ("I.O.M. de provincie", ["I.O.M.", "de", "provincie"]),
        ("Noordstad B.V. en Zorg N.V.", ["Noordstad", "B.V.", "en", "Zorg", "N.V."]),
        ("c.q. d.d. i.c. resp. enz. etc. e.d. nr. m.b.t.",
         ["c.q.", "d.d.", "i.c.", "resp.", "enz.", "etc.", "e.d.", "nr.", "m.b.t."]),
        ("De heer J. Jansen", ["De", "heer", "J.", "Jansen"]),
        ("de Gemeente.", ["de", "Gemeente", "."]),
        ("in 2027.", ["in", "2027", "."]),
        ("Partijen: de Gemeente;", ["Partijen", ":", "de", "Gemeente", ";"]),
        # a list dash written against the euro sign is no part of the amount
        ("-€ 5.000 per jaar", ["-", "€", "5.000", "per", "jaar"]),
        ("-€5.000", ["-", "€", "5.000"]),
        ("-5 graden", ["-5", "graden"]),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected
    assert_offsets_exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "  Artikel 4\r\n4.1  De Gemeente\tlevert\u00a0€ 90.000,-.\n\n\n",
        "Ĳsselstein İstanbul ﬁnanciën Straße ΣΑΣ naïef coördinatie",
        "emoji 🤝 samenwerking 👍🏽 en \u200b zero width \ufeff bom",
        "a" * 5000,
        "x." * 3000,
    ],
)
def test_text_is_never_altered(text):
    assert_offsets_exact(text)


def test_abbreviations_are_data():
    from convenantlint.nlp.tokenizer import load_abbreviations

    abbr = load_abbreviations()
    assert {"art.", "bijv.", "o.a.", "t.a.v.", "i.o.m.", "m.b.t.", "nr.", "jo."} <= abbr.never_end
    assert {"enz.", "etc.", "e.d."} <= abbr.may_end
    assert len(abbr.all) < 400  # a short list, not spaCy's 4,670 exceptions


def test_tokenizer_has_no_spacy_exceptions(nlp):
    # the ~1 s cost at start-up came from these special cases
    assert len(nlp.tokenizer.rules or {}) < 50
