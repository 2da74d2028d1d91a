"""convenantlint.nlp.numbers: Dutch numbers, money and time commitments."""

from __future__ import annotations

import pytest

from convenantlint.nlp.numbers import parse_dutch_number, parse_money, parse_time


@pytest.mark.parametrize(
    "text, expected",
    [
        ("twee", 2),
        ("een", 1),
        ("één", 1),
        ("Twee", 2),
        ("elf", 11),
        ("twaalf", 12),
        ("negentien", 19),
        ("twintig", 20),
        ("vijfentwintig", 25),
        ("tweeëntwintig", 22),
        ("drieënveertig", 43),
        ("negenennegentig", 99),
        ("honderd", 100),
        ("honderdtwintig", 120),
        ("honderdentwintig", 120),
        ("tweehonderdvijftig", 250),
        ("duizend", 1000),
        ("tienduizend", 10_000),
        ("vijftienhonderd", 1500),
        ("tweeduizendvijfhonderd", 2500),
        ("anderhalf", 1.5),
        ("anderhalve", 1.5),
        ("half", 0.5),
        ("een half", 0.5),
        ("een halve", 0.5),
        ("tweeënhalf", 2.5),
        ("twee en een half", 2.5),
        ("1", 1),
        ("12,5", 12.5),
        ("0,5", 0.5),
        ("1.000", 1000),
        ("1.250,-", 1250),
        ("1.250,--", 1250),
        ("1.250,50", 1250.5),
        ("90.000", 90_000),
        ("1.250.000", 1_250_000),
        ("4.1", 4.1),
        ("2,4 miljoen", 2_400_000),
        ("2.4 miljoen", 2_400_000),
        ("1,5 mln", 1_500_000),
        ("3 miljard", 3e9),
        ("15 duizend", 15_000),
        ("twee miljoen", 2_000_000),
        ("vijf duizend drie honderd", 5300),
        ("tweeëntwintigduizend vijfhonderd", 22_500),
        ("drie miljoen tweehonderdduizend", 3_200_000),
        ("  7  ", 7),
    ],
)
def test_parse_dutch_number(text, expected):
    assert parse_dutch_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "de", "twee drie", "artikel 4", "31-12-2027", "tweede", "€", "4.1.2", None, 12],
)
def test_parse_dutch_number_rejects_what_is_not_a_number(text):
    assert parse_dutch_number(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("€ 90.000", 90_000),
        ("€90.000", 90_000),
        ("€90.000,-", 90_000),
        ("€ 1.250,-", 1250),
        ("€ 1.250,50", 1250.5),
        ("EUR 2,4 miljoen", 2_400_000),
        ("2,4 miljoen euro", 2_400_000),
        ("€ 6.000 per woning", 6000),
        ("15 duizend euro", 15_000),
        ("tienduizend euro", 10_000),
        ("€ 1,5 mln", 1_500_000),
        ("k€ 250", 250_000),
        ("twee ton", 200_000),
        ("een bedrag van € 50.000 per jaar", 50_000),
    ],
)
def test_parse_money(text, expected):
    assert parse_money(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "geen geld", "euro", None])
def test_parse_money_without_amount(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1,2 fte", (1.2, "fte", None)),
        ("0,5 FTE", (0.5, "fte", None)),
        ("2 fte's", (2, "fte", None)),
        ("400 uur per jaar", (400, "uur", "jaar")),
        ("twee dagdelen per week", (2, "dagdeel", "week")),
        ("16 uur per maand", (16, "uur", "maand")),
        ("3 dagen per week", (3, "dag", "week")),
        ("één dag in de week", (1, "dag", "week")),
        ("een halve dag per week", (0.5, "dag", "week")),
        ("anderhalve dag per maand", (1.5, "dag", "maand")),
        ("8 uur per kwartaal", (8, "uur", "kwartaal")),
        ("4 uur/week", (4, "uur", "week")),
        ("200 uur op jaarbasis", (200, "uur", "jaar")),
        ("ten minste 8 uur per week", (8, "uur", "week")),
        ("40 uren", (40, "uur", None)),
    ],
)
def test_parse_time(text, expected):
    amount, unit, period = parse_time(text)
    assert amount == pytest.approx(expected[0])
    assert (unit, period) == expected[1:]


@pytest.mark.parametrize("text", ["", "geen tijd", "per week", "uur", None])
def test_parse_time_without_commitment(text):
    assert parse_time(text) is None


def test_the_old_spelling_of_million():
    from convenantlint.nlp.numbers import parse_dutch_number
    assert parse_dutch_number("1,6 millioen") == 1_600_000
    assert parse_dutch_number("twee milliard") == 2_000_000_000
