"""token.lemma_: lowercase lemmas from spacy-lookups-data, also for capitalised words."""

from __future__ import annotations

import pytest

from convenantlint.nlp import parse
from convenantlint.nlp.lemmas import analyse, lemmatize


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("Gemeenten", "gemeente"),
        ("gemeenten", "gemeente"),
        ("GEMEENTEN", "gemeente"),
        ("uitgevoerd", "uitvoeren"),
        ("werkzaamheden", "werkzaamheid"),
        ("Werkzaamheden", "werkzaamheid"),
        ("partijen", "partij"),
        ("Partijen", "partij"),
        ("is", "zijn"),
        ("woningen", "woning"),
        ("leerlingen", "leerling"),
        ("afspraken", "afspraak"),
        ("bijdragen", "bijdrage"),
        ("weken", "week"),
        ("uren", "uur"),
        ("dagdelen", "dagdeel"),
        ("verplichten", "verplichten"),
        ("zal", "zullen"),
        ("moet", "moeten"),
        ("heeft", "hebben"),
        ("draagt", "dragen"),
        # the tables read these as a verb's first person ('gelden', 'overleggen',
        # 'hebben', 'emmen'); agreements mean the word itself
        ("geld", "geld"),
        ("overleg", "overleg"),
        ("belang", "belang"),
        ("meer", "meer"),
        ("het", "het"),
        ("en", "en"),
        ("niet", "niet"),
        ("gerealiseerd", "realiseren"),
        # a verb infinitive stays itself, though 'delen' is also the plural of 'deel'
        ("delen", "delen"),
        ("werken", "werken"),
        ("uitvoeren", "uitvoeren"),
        # compounds the tables lack: the tail decides
        ("samenwerkingsafspraken", "samenwerkingsafspraak"),
        ("kostenverdelingen", "kostenverdeling"),
        ("e-mails", "e-mail"),
        # unknown words and non-words fall back to the lowercased form
        ("Noordstad", "noordstad"),
        ("4.1", "4.1"),
        ("€", "€"),
        ("art.", "art."),
        ("xqzwv", "xqzwv"),
    ],
)
def test_lemmatize(word, lemma):
    assert lemmatize(word) == lemma


def test_lemmas_on_tokens():
    doc = parse("De Gemeenten hebben de werkzaamheden uitgevoerd.")
    assert [t.lemma_ for t in doc] == ["de", "gemeente", "hebben", "de", "werkzaamheid", "uitvoeren", "."]


def test_every_lemma_is_lowercase(excerpt):
    for t in parse(excerpt):
        assert t.lemma_ == t.lemma_.lower(), t.text


def test_part_of_speech_flags():
    assert "n" in analyse("woningen")[1]
    assert "v" in analyse("uitgevoerd")[1]
