"""Sentence segmentation that understands the layout of agreements."""

from __future__ import annotations

import pytest

from convenantlint.nlp import parse
from convenantlint.nlp.sentences import sentence_starts


def sents(text):
    return [s.text.strip() for s in parse(text).sents]


EXPECTED_EXCERPT = [
    "SAMENWERKINGSOVEREENKOMST",
    "Jeugdhulp Noordstad 2026-2029",
    "De ondergetekenden:",
    "1. De gemeente Noordstad, gevestigd te Noordstad, te dezen vertegenwoordigd door\n"
    "mevr. drs. A.B. de Vries, wethouder Jeugd, hierna te noemen: de Gemeente;",
    "2. Stichting Welzijn Noordstad, gevestigd te Noordstad, hierna: Welzijn Noordstad;",
    "3. Jeugdzorg Oost B.V., gevestigd te Oosterhout, hierna: Jeugdzorg Oost,",
    "hierna gezamenlijk te noemen: Partijen.",
    "Overwegende dat:",
    "a. Partijen samen de jeugdhulp in Noordstad willen verbeteren;",
    "b. de Gemeente o.a. de regie voert t.a.v. de toegang tot jeugdhulp;",
    "c. Partijen bijv. de wachttijden willen terugbrengen tot zes weken.",
    "Komen het volgende overeen:",
    "Artikel 1 Doel",
    "1.1 Partijen werken samen om uiterlijk in 2028 ten minste 250 gezinnen\nsneller te helpen.",
    "Zij evalueren de voortgang twee keer per jaar.",
    "1.2 De stuurgroep stelt jaarlijks een werkplan vast, zie art. 4 lid 2.",
    "Het\nwerkplan bevat o.a. De Jeugdagenda als bijlage.",
    "Artikel 4. Financiën",
    "4.1 De Gemeente draagt € 90.000,- per jaar bij.",
    "Welzijn Noordstad levert 1,2 fte.",
    "4.2 De kosten worden als volgt verdeeld:",
    "- de Gemeente: 60%;",
    "- Welzijn Noordstad: 40%.",
    "4.3 Is er een tekort?",
    "Dan overleggen Partijen binnen zes weken.",
    "ARTIKEL IV - Looptijd",
    "Deze overeenkomst gaat in op 1 januari 2026 en eindigt op 31-12-2029.",
    "## Artikel 5 Geschillen",
    "Geschillen worden voorgelegd aan de stuurgroep, enz.",
    "De stuurgroep beslist\nbinnen drie maanden.",
]


def test_agreement_excerpt(excerpt):
    assert sents(excerpt) == EXPECTED_EXCERPT


def test_every_token_has_a_sentence_start_value(excerpt):
    doc = parse(excerpt)
    assert all(t.is_sent_start in (True, False) for t in doc)
    assert doc[0].is_sent_start is True


@pytest.mark.parametrize(
    "heading",
    [
        "Artikel 4",
        "Artikel 4 Financiën",
        "Artikel 4. Financiën",
        "Artikel 4a – Financiën",
        "Art. 4 – Looptijd",
        "ARTIKEL IV",
        "Artikel IV. Looptijd",
        "## Artikel 3",
        "**Artikel 5 Geschillen**",
        "# Samenwerkingsovereenkomst",
        "Hoofdstuk 2 Organisatie",
    ],
)
def test_article_headings_stand_alone(heading):
    text = f"De vorige zin loopt door tot hier\n{heading}\nde gemeente levert iets."
    # the heading breaks the flow even though neither neighbour ends or starts a sentence
    assert sents(text) == ["De vorige zin loopt door tot hier", heading, "de gemeente levert iets."]


@pytest.mark.parametrize("marker", ["4.1", "4.1.2", "4.1.", "1.", "2)", "(3)", "a.", "b)", "(c)", "i.", "ii.", "-", "•", "*", "–"])
def test_clause_and_list_markers_start_sentences(marker):
    text = f"De Gemeente zal:\n{marker} de regie voeren\n{marker} het budget beheren"
    assert sents(text) == ["De Gemeente zal:", f"{marker} de regie voeren", f"{marker} het budget beheren"]


def test_blank_line_starts_a_sentence():
    assert sents("eerste alinea zonder punt\n\nnog een alinea") == ["eerste alinea zonder punt", "nog een alinea"]


def test_hard_wrapped_lines_do_not_start_sentences():
    text = "De Gemeente en de Stichting zullen in\nhet eerste kwartaal van 2027 een\nwerkplan opstellen. Dat werkplan\nwordt jaarlijks bijgesteld."
    assert sents(text) == [
        "De Gemeente en de Stichting zullen in\nhet eerste kwartaal van 2027 een\nwerkplan opstellen.",
        "Dat werkplan\nwordt jaarlijks bijgesteld.",
    ]


def test_wrapped_line_starting_with_a_name_is_not_a_sentence():
    text = "Partijen overleggen hierover met de\nGemeente Noordstad en de provincie."
    assert sents(text) == [text]


def test_short_line_is_a_heading():
    text = "Financiën\nDe Gemeente betaalt.\n\nDoel van de samenwerking\nPartijen willen samen meer bereiken."
    assert sents(text) == [
        "Financiën",
        "De Gemeente betaalt.",
        "Doel van de samenwerking",
        "Partijen willen samen meer bereiken.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De Gemeente betaalt. De Stichting levert.", ["De Gemeente betaalt.", "De Stichting levert."]),
        ("Is dat zo? Ja. Prima! Dan gaan we.", ["Is dat zo?", "Ja.", "Prima!", "Dan gaan we."]),
        ("Dat is geregeld. 2027 wordt het eerste jaar.", ["Dat is geregeld.", "2027 wordt het eerste jaar."]),
        ('Zij zegt: "Klaar." "Mooi," zegt hij.', ['Zij zegt: "Klaar."', '"Mooi," zegt hij.']),
        ("Dat staat in art. 4 van de wet.", ["Dat staat in art. 4 van de wet."]),
        ("Dat staat in Art. 4 lid 2.", ["Dat staat in Art. 4 lid 2."]),
        ("Partijen regelen o.a. De Jeugdagenda.", ["Partijen regelen o.a. De Jeugdagenda."]),
        ("Partijen regelen bijv. De Jeugdagenda.", ["Partijen regelen bijv. De Jeugdagenda."]),
        ("Zie nr. 5 en Stb. 2001, nr. 180.", ["Zie nr. 5 en Stb. 2001, nr. 180."]),
        ("Namens de Gemeente tekent dhr. J. Jansen.", ["Namens de Gemeente tekent dhr. J. Jansen."]),
        ("Het plan staat in bijlage A. De Gemeente stelt het vast.", ["Het plan staat in bijlage A.", "De Gemeente stelt het vast."]),
        ("Scholen, sportclubs enz. De Gemeente betaalt.", ["Scholen, sportclubs enz.", "De Gemeente betaalt."]),
        ("Het budget is € 1.250,- per jaar. Daarna stopt het.", ["Het budget is € 1.250,- per jaar.", "Daarna stopt het."]),
        ("Het budget stijgt tot 2.4 miljoen euro.", ["Het budget stijgt tot 2.4 miljoen euro."]),
        ("Zie artikel 4.1 en 4.2 hieronder.", ["Zie artikel 4.1 en 4.2 hieronder."]),
        ("de gemeente betaalt. daarna niet meer.", ["de gemeente betaalt. daarna niet meer."]),
    ],
)
def test_punctuation(text, expected):
    assert sents(text) == expected


def test_semicolon_ends_a_list_item_line():
    text = "De Gemeente levert geld;\nde Stichting levert menskracht;\nde Provincie levert kennis."
    assert sents(text) == ["De Gemeente levert geld;", "de Stichting levert menskracht;", "de Provincie levert kennis."]


def test_long_line_starting_with_artikel_is_a_sentence_not_a_heading():
    text = "Artikel 4 van de Wet maatschappelijke ondersteuning is van toepassing op deze overeenkomst. De Gemeente ziet erop toe."
    assert sents(text) == [
        "Artikel 4 van de Wet maatschappelijke ondersteuning is van toepassing op deze overeenkomst.",
        "De Gemeente ziet erop toe.",
    ]


def test_sentence_starts_is_a_plain_function():
    text = "Titel\n\nArtikel 1\n1.1 De Gemeente betaalt. De Stichting levert."
    starts = sentence_starts(text)
    assert starts == sorted(set(starts))
    assert [text[s] for s in starts] == ["T", "A", "1", "D"]


def test_empty_and_blank_texts():
    assert sentence_starts("") == []
    assert sentence_starts("\n\n  \n") == []
    assert sents("") == []


def test_leading_whitespace_joins_the_first_sentence():
    assert [s.text for s in parse("\n\nTitel\n\nTekst hier.").sents] == ["\n\nTitel\n\n", "Tekst hier."]
