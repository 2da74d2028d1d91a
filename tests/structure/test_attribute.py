"""attribute(): which party acts in a sentence or clause."""

from __future__ import annotations

import pytest

from convenantlint.structure import attribute

HEADER = ("Convenant Samen\n\nDe ondergetekenden:\n\n1. De gemeente Noordstad, hierna: de Gemeente;\n"
          "2. Stichting Welzijn Kompas, hierna: Welzijn;\n3. GGD Noord (de GGD);\n\n"
          "hierna gezamenlijk te noemen: Partijen,\n\nKomen het volgende overeen:\n\nArtikel 1 Afspraken\n")
ALL = ["de Gemeente", "Welzijn", "de GGD"]

CASES = [
    ("De Gemeente draagt € 90.000 per jaar bij en Welzijn levert 1,2 fte.", ["de Gemeente", "Welzijn"]),
    ("Het werkplan wordt door de Gemeente opgesteld.", ["de Gemeente"]),
    ("Welzijn wordt door de Gemeente gesubsidieerd.", ["de Gemeente"]),
    ("Partijen stellen samen een plan op.", ALL),
    ("Ieder van de partijen draagt bij aan de kosten.", ALL),
    ("Wij zetten ons samen in voor de wijk.", ALL),
    ("Alle partners leveren gegevens aan.", ALL),
    ("De Gemeente informeert Welzijn en de GGD.", ["de Gemeente"]),
    ("Nadat de Gemeente het plan heeft vastgesteld, voert Welzijn het uit.", ["Welzijn"]),
    ("In 2026 levert Welzijn twee rapporten.", ["Welzijn"]),
    ("De Gemeente en Welzijn stellen het plan op.", ["de Gemeente", "Welzijn"]),
    ("De Gemeente, Welzijn en de GGD overleggen elk kwartaal.", ALL),
    ("Voor de Gemeente is dit van belang.", []),
    ("Het plan wordt opgesteld.", []),
    ("Er komt een stuurgroep met een vertegenwoordiger van de Gemeente, Welzijn en de GGD.", []),
    ("1.4 De GGD stelt een jeugdarts beschikbaar; Welzijn levert vrijwilligers.", ["de GGD", "Welzijn"]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_attribute(build, sentence, expected):
    text = HEADER + sentence + "\n"
    a = build(text)
    start = text.index(sentence)
    assert attribute(a, start, start + len(sentence)) == expected


def test_attribute_without_parties(build):
    text = "Een tekst zonder partijen. Er wordt veel gedaan."
    a = build(text)
    assert attribute(a, 0, len(text)) == []
    assert attribute(a, 5, 5) == []
