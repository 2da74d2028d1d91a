"""Field-by-field checks on agreements written for these tests (fixtures/): parties,
articles, definitions and commitments, in five styles Dutch agreements use."""

from __future__ import annotations

import pytest

from _structure_support import fixture_text

# (type, amount, party) of every money, time and knowledge commitment, in text order.
CASES = {
    "samenwerking-welzijn-noordstad.txt": {
        "kind": "overeenkomst",
        "title": "Samenwerkingsovereenkomst Vroeg Erbij Noordstad 2026-2029",
        "parties": [("de Gemeente", "gemeente Noordstad"), ("Welzijn", "Stichting Welzijn Kompas"),
                    ("de GGD", "Gemeentelijke Gezondheidsdienst Noord")],
        "collective": ["Partijen"],
        "articles": [("1", "Begripsbepalingen"), ("2", "Doel"), ("3", "Taken"), ("4", "Financiën"),
                     ("5", "Overleg en besluitvorming"), ("6", "Toetreding en uittreding"), ("7", "Looptijd")],
        "clauses": {"4": ["4.1", "4.2", "4.3", "4.4", "4.5"], "1": ["a.", "b.", "c.", "d."]},
        "definitions": ["Gemeente", "Welzijn", "Werkgroep", "Regiegroep", "Werkplan", "Signaal"],
        "resources": [("jeugdarts", "personeel", "de GGD"), ("expertise", "kennis", "Welzijn"),
                      ("vergaderruimte", "ruimte", "Welzijn")],
        "money_time": [("geld", 90000.0, "de Gemeente"), ("tijd", 1.2, "Welzijn"),
                       ("tijd", 416.0, "de GGD"), ("geld", 120000.0, "de Gemeente"),
                       ("geld", 5000.0, "de Gemeente"), ("geld", 5000.0, "Welzijn"),
                       ("geld", 5000.0, "de GGD")],
        "deadlines": [("uiterlijk 1 juni 2026", "de Gemeente")],
    },
    "intentieverklaring-oostwijk.md": {
        "kind": "ambitie",
        "title": "Intentieverklaring Samen Sterk in Oostwijk",
        "parties": [("de gemeente", "gemeente Rivierstad"), ("De Linde", "Woonstichting De Linde"),
                    ("Zorggroep Oost", "Zorggroep Oost")],
        "articles": [("", "Partners"), ("", "Onze ambitie"), ("", "Wat iedere partner inbrengt"),
                     ("", "Belangen"), ("", "Hoe we samenwerken"), ("", "Vervolg")],
        "definitions": ["gemeente"],
        "resources": [("wijkconsulenten", "personeel", "De Linde"), ("kennis", "kennis", "Zorggroep Oost"),
                      ("locatie", "ruimte", "Zorggroep Oost")],
        "money_time": [("geld", 250000.0, "de gemeente"), ("tijd", 832.0, "De Linde")],
        "deadlines": [("Uiterlijk 1 maart 2026", None)],     # 'wij': all partners together
    },
    "bestuursovereenkomst-kanaalzone.txt": {
        "kind": "overeenkomst",
        "title": "Bestuursovereenkomst Kanaalzone Beter Bereikbaar",
        "parties": [("de Minister", "De Minister van Infrastructuur en Waterstaat"),
                    ("de Provincie", "Gedeputeerde Staten van de provincie Zuidland"),
                    ("Havenstad", "Het college van burgemeester en wethouders van de gemeente Havenstad")],
        "collective": ["Partijen"],
        "articles": [("I", "DOEL"), ("II", "BIJDRAGEN"), ("III", "ORGANISATIE"),
                     ("IV", "LOOPTIJD EN OPZEGGING"), ("V", "SLOTBEPALING")],
        "clauses": {"II": ["1.", "2.", "3.", "4.", "5."], "III": ["1.", "2.", "3.", "4."]},
        "definitions": ["Minister", "Provincie", "Havenstad"],
        "resources": [("medewerkers", "personeel", "Havenstad")],
        "money_time": [("geld", 2400000.0, "de Minister"), ("geld", 250000.0, "de Provincie")],
        "deadlines": [("uiterlijk in 2028", None)],
    },
    "samenwerkingsafspraken-kindcentrum.txt": {
        "kind": "overeenkomst",
        "title": "Samenwerkingsafspraken Kindcentrum De Boomgaard",
        "parties": [("SOOV", "Stichting Openbaar Onderwijs Veldhoven"),
                    ("Kwetternest", "Kinderopvang Kwetternest B.V."),
                    ("JGZ", "Jeugdgezondheidszorg Brabant-Zuid")],
        "articles": [("1", "Waarom we samenwerken"), ("2", "Wat we afspreken"), ("3", "Wie beslist"),
                     ("4", "Stoppen")],
        "definitions": [],
        "resources": [("lokalen", "ruimte", "Kwetternest")],
        "money_time": [("geld", 12000.0, "SOOV"), ("tijd", 400.0, "JGZ")],
        "deadlines": [],
    },
    "prestatieafspraken-beekdal.txt": {
        "kind": "overeenkomst",
        "title": "Prestatieafspraken Beekdal 2026-2029",
        "parties": [("de Gemeente", "gemeente Beekdal"), ("Thuis", "Woonstichting Thuis"),
                    ("de Huurdersvereniging", "Huurdersvereniging Samen Thuis")],
        "articles": [("1", "Begripsbepalingen"), ("2", "Nieuwbouw"), ("3", "Leefbaarheid"),
                     ("4", "Monitoring"), ("5", "Looptijd")],
        "clauses": {"1": ["1.1", "1.2", "1.3"], "3": ["3.1", "3.2", "3.3"]},
        "definitions": ["Gemeente", "Thuis", "Huurdersvereniging", "Sociale huurwoning", "Wijkplan",
                        "Energielabel"],
        "resources": [("kennis", "kennis", "de Huurdersvereniging")],
        "money_time": [("geld", 6000.0, "de Gemeente"), ("geld", 45000.0, "Thuis")],
        "deadlines": [("vóór 1 januari 2029", "Thuis")],
    },
}


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request, build):
    text = fixture_text(request.param)
    return CASES[request.param], build(text), text


def test_kind_and_title(case):
    want, a, text = case
    assert a.kind == want["kind"] == a.kind_detected
    assert text[a.title.start:a.title.end] == want["title"]


def test_parties_key_and_name(case):
    want, a, _ = case
    assert [(p.key, p.name) for p in a.parties] == want["parties"]
    for p in a.parties:
        assert p.mentions, p.key
        assert p.span is not None


def test_collective_names(case):
    want, a, _ = case
    for name in want.get("collective", []):
        assert name in a.collective


def test_articles(case):
    want, a, text = case
    assert [(x.number, x.title) for x in a.articles] == want["articles"]
    for x, y in zip(a.articles, a.articles[1:]):
        assert x.start < x.heading_end <= x.end <= y.start
        assert not text[x.end - 1].isspace()


def test_clauses(case):
    want, a, _ = case
    for number, labels in want.get("clauses", {}).items():
        assert [c.label for c in a.clauses if c.article == number] == labels


def test_definitions(case):
    want, a, text = case
    assert [d.term for d in a.definitions] == want["definitions"]
    for d in a.definitions:
        assert text[d.start:d.end] == d.term


def test_money_and_time(case):
    want, a, _ = case
    got = [(c.type, c.amount, c.party) for c in a.commitments if c.type in ("geld", "tijd")]
    assert got == want["money_time"]


def test_resources(case):
    want, a, _ = case
    got = [(c.text, c.resource, c.party) for c in a.commitments if c.type == "kennis"]
    assert got == want["resources"]


def test_deadlines(case):
    want, a, _ = case
    deadlines = [c for c in a.commitments if c.type == "datum" and c.unit == "deadline"]
    for text, party in want["deadlines"]:
        found = [c for c in deadlines if c.text == text]
        assert found, f"{text!r} not among {[c.text for c in deadlines]}"
        assert found[0].party == party
        if party is None:     # a collective subject: every party
            assert found[0].parties == [k for k, _ in want["parties"]]


def test_offsets_point_into_text(case):
    _, a, text = case
    for c in a.commitments:
        assert text[c.start:c.end] == c.text
    for p in a.parties:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text


def test_normalised_amounts(build):
    a = build(fixture_text("samenwerking-welzijn-noordstad.txt"))
    by_text = {c.text.split(" per ")[0]: c for c in a.commitments}
    assert by_text["€ 90.000"].unit == "EUR/jaar" and by_text["€ 90.000"].period == "jaar"
    assert by_text["1,2 fte"].unit == "fte"
    dagdelen = next(c for c in a.commitments if "dagdelen" in c.text)
    assert (dagdelen.amount, dagdelen.unit, dagdelen.period) == (416.0, "uur/jaar", "week")
    share = next(c for c in a.commitments if c.share is not None)
    assert (share.share, share.amount) == (40.0, 120000.0)
    assert share.text.startswith("40 procent") and share.text.endswith("€ 120.000")


def test_money_per_unit(build):
    a = build(fixture_text("prestatieafspraken-beekdal.txt"))
    woning = next(c for c in a.commitments if c.amount == 6000.0)
    assert woning.unit == "EUR/woning"


def test_number_words(build):
    a = build(fixture_text("bestuursovereenkomst-kanaalzone.txt"))
    words = next(c for c in a.commitments if "tweehonderdvijftigduizend" in c.text)
    assert words.amount == 250000.0


def test_structure_spans(build):
    text = fixture_text("samenwerking-welzijn-noordstad.txt")
    a = build(text)
    assert text[a.party_list.start:].startswith("De ondergetekenden:")
    assert text[a.considerations.start:a.considerations.end].startswith("Overwegende dat:")
    assert text[a.considerations.end:].lstrip(" ;\n").startswith("Komen het volgende overeen")
    assert text[a.signature.start:].startswith("Aldus overeengekomen")
    assert a.articles[-1].end <= a.signature.start


def test_kind_override(build):
    text = fixture_text("intentieverklaring-oostwijk.md")
    a = build(text, kind="overeenkomst")
    assert (a.kind, a.kind_detected) == ("overeenkomst", "ambitie")
    with pytest.raises(ValueError):
        build(text, kind="contract")
