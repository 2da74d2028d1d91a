"""Rule-based entities: MONEY, TIME, DATE, FREQUENCY, PERCENT, QUANTITY."""

from __future__ import annotations

import pytest

from convenantlint.nlp import parse
from convenantlint.nlp.entities import compile_rules, find_entities

EXAMPLES = {
    "MONEY": [
        "€ 90.000",
        "€90.000,-",
        "EUR 2,4 miljoen",
        "€ 1.250,-",
        "€ 1.250,50",
        "2,4 miljoen euro",
        "€ 6.000 per woning",
        "15 duizend euro",
        "tienduizend euro",
        "tweeëntwintigduizend vijfhonderd euro",
        "€ 50.000 per jaar excl. btw",
        "100 euro",
        "12.000 (twaalfduizend) euro",
        "ƒ 250.000",
        "f 54 miljoen",
        "fl. 1.200,-",
        "NLG 10.000",
        "3.000.000 (drie miljoen) Nederlandse gulden",
        "500.000 Belgische frank",
    ],
    "TIME": [
        "1,2 fte",
        "0,5 FTE",
        "2 fte's",
        "400 uur per jaar",
        "twee dagdelen per week",
        "16 uur per maand",
        "3 dagen per week",
        "één dag in de week",
        "een halve dag per week",
        "8 uur/week",
        "40 uren",
    ],
    "DATE": [
        "1 maart 2027",
        "01-03-2027",
        "31-12-2029",
        "2027-03-01",
        "uiterlijk in 2028",
        "vóór 1 januari 2029",
        "uiterlijk 1 juni",
        "eind 2026",
        "het eerste kwartaal van 2027",
        "binnen zes maanden",
        "binnen drie maanden",
        "binnen 14 dagen",
        "in 2027",
        "Q3 2027",
        "medio 2027",
        "met ingang van 1 januari 2027",
        "in de periode 2025-2028",
        "in het voorjaar van 2027",
        "vóór de zomer",
        "uiterlijk in het najaar",
        "maart 2027",
    ],
    "FREQUENCY": [
        "per kwartaal",
        "maandelijks",
        "jaarlijks",
        "jaarlijkse",
        "wekelijks",
        "halfjaarlijks",
        "tweewekelijks",
        "twee keer per jaar",
        "ten minste vier keer per jaar",
        "4x per jaar",
        "tweemaal per jaar",
        "elke zes weken",
        "iedere maand",
        "om de twee jaar",
        "één keer per maand",
    ],
    "PERCENT": ["40 procent", "40%", "12,5 %", "veertig procent", "vijfentwintig procent"],
    "QUANTITY": [
        "250 woningen",
        "1.000 leerlingen",
        "drie locaties",
        "20 trajecten",
        "250 sociale huurwoningen",
        "vijfentwintig vrijwilligers",
        "twee nieuwe scholen",
        "2,4 miljoen inwoners",
        "200 gratis zwemlessen",
    ],
}
CASES = [(label, ex) for label, examples in EXAMPLES.items() for ex in examples]


def ents(text):
    return [(text[e.start: e.end], e.label) for e in find_entities(text)]


@pytest.mark.parametrize("label, example", CASES)
def test_entity_in_a_sentence(label, example):
    text = f"Partijen spreken af: {example} is het doel."
    assert (example, label) in ents(text)


@pytest.mark.parametrize("label, example", CASES)
def test_entity_at_the_edges_of_the_text(label, example):
    assert ents(example) == [(example, label)]


@pytest.mark.parametrize(
    "text",
    [
        "In artikel 4 lid 2 staat het.",
        "Zie artikel 4 leden 1 en 2.",
        "Artikel 4 Financiën",
        "zie 4.1 en 4.1.2 hierna",
        "4.1 De Gemeente levert",
        "2 Partijen verklaren",
        "nr. 180 en Stb. 2001",
        "Richtlijn 95/46/EG",
        "artikel 21, achtste lid",
        "de Gemeente heeft drie maanden",
        "om 10 uur",
        "om 10.00 uur",
        "open van 9 uur tot 12 uur",
        "bijlage 3 scholen",
        "Zij is 1 van de partijen",
        "een woning en een school",
        "in 2027 gemeenten",
        "sinds 2020 uiterlijk afspraken",
        "Stb. 2001, 180 nieuw afspraken",
    ],
)
def test_near_misses_are_not_quantity_or_money(text):
    assert not [e for e in ents(text) if e[1] in ("QUANTITY", "MONEY", "TIME")]


def test_article_and_clause_numbers_are_no_entities():
    assert ents("Artikel 4 Financiën\n4.1 De Gemeente betaalt.\nArtikel 5 lid 2") == []


def test_longest_match_wins_and_nothing_overlaps():
    text = "De Gemeente stelt 400 uur per jaar en € 6.000 per woning beschikbaar, uiterlijk in 2028."
    assert ents(text) == [("400 uur per jaar", "TIME"), ("€ 6.000 per woning", "MONEY"), ("uiterlijk in 2028", "DATE")]
    spans = find_entities(text)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_quantity_and_frequency_side_by_side():
    assert ents("250 woningen per jaar") == [("250 woningen", "QUANTITY"), ("per jaar", "FREQUENCY")]


def test_money_beats_quantity_after_a_euro_sign():
    assert ents("€ 90.000 extra middelen") == [("€ 90.000", "MONEY")]


def test_a_list_dash_before_the_euro_sign_is_not_in_the_amount():
    assert [e for e in ents("De Gemeente draagt bij:\n-€ 5.000 per jaar;\n-€2.000 eenmalig.")
            if e[1] == "MONEY"] == [("€ 5.000 per jaar", "MONEY"), ("€2.000", "MONEY")]


def test_doc_ents_are_token_spans(excerpt):
    doc = parse(excerpt)
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("€ 90.000,- per jaar", "MONEY") in found
    assert ("1,2 fte", "TIME") in found
    assert ("uiterlijk in 2028", "DATE") in found
    assert ("250 gezinnen", "QUANTITY") in found
    assert ("twee keer per jaar", "FREQUENCY") in found
    assert ("60%", "PERCENT") in found
    for e in doc.ents:
        assert excerpt[e.start_char: e.end_char] == e.text


def test_char_span_expands_to_whole_tokens():
    text = "bedrag:€90.000,-"
    assert ents(text) == [("€90.000,-", "MONEY")]
    doc = parse(text)  # one token: the entity grows to cover it
    assert [(e.text, e.label_) for e in doc.ents] == [("bedrag:€90.000,-", "MONEY")]


def test_patterns_must_be_lowercase():
    with pytest.raises(ValueError, match="lower case"):
        compile_rules({"labels": {"MONEY": [{"anchor": "number", "match": "EUR"}]}})


def test_patterns_need_anchor_and_match():
    with pytest.raises(ValueError, match="anchor"):
        compile_rules({"labels": {"MONEY": ["€"]}})


def test_custom_rules_from_data():
    rules = compile_rules({
        "labels": {"BODY": [{"anchor": ["(?:stuur|werk)groep(?:en)?"], "match": r"(?:stuur|werk)groep(?:en)?\b"}]},
    })
    text = "De Stuurgroep en de werkgroepen, niet de stuurgroepvergadering"
    assert [(text[e.start: e.end], e.label) for e in rules.find(text)] == [("Stuurgroep", "BODY"), ("werkgroepen", "BODY")]


@pytest.mark.parametrize("text", ["het dagelijks leven van inwoners", "Het dagelijks bestuur besluit",
                                  "in de dagelijkse praktijk van de school"])
def test_everyday_is_no_frequency(text):
    # 'dagelijks leven' makes nothing measurable; 'dagelijks' alone still is a frequency
    assert not [e for e in ents(text) if e[1] == "FREQUENCY"]
    assert ("dagelijks", "FREQUENCY") in ents("De coördinator is dagelijks bereikbaar.")


@pytest.mark.parametrize("text,found", [
    ("een inzet van 16 uur per week", "16 uur per week"),
    ("een zorgteam met een omvang van 5,6 fte, dat dag en nacht bereikbaar is", "5,6 fte"),
    ("maximaal tot 2 fte", "2 fte"),
])
def test_an_amount_of_time_after_van_or_tot_is_no_time_of_day(text, found):
    assert (found, "TIME") in [(e[0], e[1]) for e in ents(text)]


@pytest.mark.parametrize("text", ["zoals bedoeld onder f 1 van dit artikel", "de leden e en f, 2 en 3",
                                  "Frank 2000 is de naam van de zaal"])
def test_a_lone_f_or_a_name_is_no_money(text):
    assert not [e for e in ents(text) if e[1] == "MONEY"]
