from __future__ import annotations

import pytest

from convenantlint.structure.kind import detect_kind


@pytest.mark.parametrize("title,kind", [
    ("Intentieverklaring Samen Sterk", "ambitie"),
    ("Ambitiedocument Gezond Opgroeien", "ambitie"),
    ("Manifest voor de wijk", "ambitie"),
    ("Startnotitie Regionale Samenwerking", "ambitie"),
    ("Intentieovereenkomst Energiehub", "ambitie"),
    ("Zorgconvenant Noord", "overeenkomst"),
    ("Samenwerkingsovereenkomst Jeugd", "overeenkomst"),
    ("Bestuursovereenkomst Kanaalzone", "overeenkomst"),
    ("Regiodeal Veenland", "overeenkomst"),
    ("Prestatieafspraken Beekdal 2026", "overeenkomst"),
    ("Onderlinge regeling detentie", "overeenkomst"),
    ("Memorandum van overeenstemming", "overeenkomst"),
])
def test_title_decides(title, kind):
    assert detect_kind(title + "\n\nTekst.", title) == kind


def test_opening_phrases():
    assert detect_kind("Samen verder\n\nDe partners verklaren hun intentie om ...", "Samen verder") == "ambitie"
    text = ("Afspraken jeugd\n\nOverwegende dat partijen in 2023 een intentieverklaring tekenden;\n"
            "Komen het volgende overeen:")
    assert detect_kind(text, "Afspraken jeugd") == "overeenkomst"


def test_default():
    assert detect_kind("Zomaar een tekst", "Zomaar een tekst") == "overeenkomst"
