"""Constructions the corpus annotation of commitments and tasks brought up
(test_corpus_commitments.py), each on its own: who gives an amount, what is no
commitment at all, and which sentences are a party's task."""

from __future__ import annotations

from convenantlint.structure.matrix import party_matrix

HEADER = ("Convenant Samen\n\nDe ondergetekenden:\n\n1. De gemeente Noordstad, hierna: de Gemeente;\n"
          "2. Stichting Welzijn Kompas, hierna: Welzijn;\n\nhierna samen: Partijen;\n\n"
          "Komen het volgende overeen:\n\n")


def commitments(build, body: str, kind: str = "geld", header: str = HEADER):
    a = build(header + body)
    return [(c.amount, c.party) for c in a.commitments if c.type == kind]


def tasks(build, body: str, header: str = HEADER) -> dict[str, list[str]]:
    a = build(header + body)
    return {row.key: [t.text for t in row.tasks] for row in party_matrix(a)}


def interests(build, text: str) -> dict[str, list[str]]:
    return {row.key: [i.text for i in row.interests] for row in party_matrix(build(text))}


# ----------------------------------------------------------------- who gives an amount

def test_om_niet_is_no_negation(build):
    body = ("Artikel 1 Inbreng\n1.1 Welzijn:\na. stelt om niet een ruimte beschikbaar en draagt de kosten "
            "van schoonmaak, begroot op € 18.000 per jaar;\n")
    assert commitments(build, body) == [(18000.0, "Welzijn")]


def test_negation_of_another_verb(build):
    body = "Artikel 1 Inbreng\n1.1 Welzijn investeert € 38.000 en vraagt geen bijdrage van de deelnemers.\n"
    assert commitments(build, body) == [(38000.0, "Welzijn")]
    refused = "Artikel 1 Inbreng\n1.1 Welzijn kan de € 40.000 niet meer opbrengen.\n"
    assert commitments(build, refused) == [(40000.0, None)]


def test_collective_lead_in(build):
    body = "Artikel 1 Inbreng\n1.1 Partijen dragen samen bij:\na. € 5.000 voor de communicatie;\n"
    a = build(HEADER + body)
    c = next(c for c in a.commitments if c.type == "geld")
    assert (c.party, c.parties) == (None, ["de Gemeente", "Welzijn"])


def test_shared_amount_is_not_given_by_each(build):
    body = "Artikel 1 Kosten\n1.1 Partijen dragen de kosten van de evaluatie, begroot op € 15.000, ieder voor de helft.\n"
    assert commitments(build, body) == [(15000.0, None)]
    each = "Artikel 1 Kosten\n1.1 Partijen dragen ieder € 5.000 bij.\n"
    assert commitments(build, each) == [(5000.0, "de Gemeente"), (5000.0, "Welzijn")]


def test_amount_named_before(build):
    body = ("Artikel 1 Inbreng\n1.1 De Gemeente stelt € 85.000 per jaar beschikbaar.\n\n"
            "Artikel 2 Financiën\n2.1 Het bedrag van € 85.000 per jaar wordt als subsidie aan Welzijn verleend.\n")
    assert commitments(build, body) == [(85000.0, "de Gemeente"), (85000.0, "de Gemeente")]


def test_party_heading(build):
    text = ("# Afspraken Samen\n\n## Partijen\n\n1. de gemeente Noordstad, hierna: de gemeente;\n"
            "2. Stichting Welzijn Kompas, hierna: Welzijn.\n\n## 1. Afspraken per partij\n\n"
            "### 1.1 Welzijn\n\n- zet 400 uur per jaar in voor de werkgroepen;\n- is penvoerder.\n\n"
            "### 1.2 De gemeente\n\n- stelt € 150.000 per jaar beschikbaar voor een projectleider.\n")
    a = build(text)
    got = [(c.type, c.amount, c.party) for c in a.commitments if c.type in ("geld", "tijd")]
    assert got == [("tijd", 400.0, "Welzijn"), ("geld", 150000.0, "de gemeente")]


def test_price_is_paid_by_the_payer(build):
    body = ("Artikel 1 Inbreng\n1.1 Welzijn stelt een ruimte beschikbaar tegen een vergoeding van € 45 per "
            "maand, te betalen door de Gemeente.\n1.2 Welzijn rekent deelnemers ten hoogste € 2,50 per les.\n")
    assert commitments(build, body) == [(45.0, "de Gemeente")]
    rent = "Artikel 1 Inbreng\n1.1 De Gemeente huurt een zaal tegen een huurprijs van € 900 per jaar.\n"
    assert commitments(build, rent) == [(900.0, "de Gemeente")]


def test_paying_out_of_money_received_is_no_inbreng(build):
    body = ("Artikel 1 Financiën\n1.1 De Gemeente verleent Welzijn een subsidie van € 50.000.\n"
            "1.2 Welzijn betaalt daaruit de coördinator.\n")
    assert commitments(build, body) == [(50000.0, "de Gemeente")]
    assert any("betaalt daaruit" in t for t in tasks(build, body)["Welzijn"])


# ------------------------------------------------------------------- amounts of time

def test_headcount_each(build):
    body = "Artikel 1 Inbreng\n1.1 Welzijn zet twee coaches ieder twee dagdelen per week in.\n"
    assert commitments(build, body, "tijd") == [(832.0, "Welzijn")]


def test_headcount_each_after_the_verb_or_a_comma(build):
    # 'elk' further from the number: after 'in voor', or after a comma
    body = "Artikel 1 Inbreng\n1.1 Welzijn zet drie jongerenwerkers in voor elk één dagdeel per week.\n"
    assert commitments(build, body, "tijd") == [(624.0, "Welzijn")]
    body = "Artikel 1 Inbreng\n1.1 Welzijn zet twee buurtcoaches in, elk vier uur per week.\n"
    assert commitments(build, body, "tijd") == [(416.0, "Welzijn")]
    body = "Artikel 1 Inbreng\n1.1 Welzijn stelt twee consulenten vrij, ieder voor drie dagdelen per maand.\n"
    assert commitments(build, body, "tijd") == [(288.0, "Welzijn")]


def test_headcount_far_from_each_and_after_another_number(build):
    # six words between the number and 'ieder'; an earlier 'een' is not the headcount
    body = ("Artikel 1 Inbreng\n1.1 Welzijn zet twee buurtcoaches met het aandachtsgebied schulden in, "
            "ieder voor acht uur per week.\n"
            "1.2 Welzijn stelt op elk van haar drie locaties een spreekkamer beschikbaar en maakt haar "
            "vier consulenten ieder twee uur per week vrij.\n")
    assert commitments(build, body, "tijd") == [(832.0, "Welzijn"), (416.0, "Welzijn")]


def test_headcount_with_an_average_and_one_person_per_place(build):
    body = ("Artikel 1 Inbreng\n1.1 Welzijn werkt met 20 vrijwilligers, die ieder gemiddeld twee uur "
            "per week beschikbaar zijn.\n"
            "1.2 Welzijn zet in elk van de drie wijken een opbouwwerker in voor vier uur per week.\n")
    assert commitments(build, body, "tijd") == [(2080.0, "Welzijn"), (624.0, "Welzijn")]


def test_day_of_the_week_is_weekly(build):
    body = "Artikel 1 Inbreng\n1.1 Welzijn is elke dinsdag na het overleg een uur beschikbaar.\n"
    assert commitments(build, body, "tijd") == [(52.0, "Welzijn")]


def test_opening_hours_are_no_time_brought_in(build):
    body = "Artikel 1 Doelen\n1.1 In 2027 is in de wijk een ontmoetingspunt ingericht dat vier dagdelen per week open is.\n"
    assert commitments(build, body, "tijd") == []


def test_interests_heading_states_stakes(build):
    text = ("Afspraken Samen\n\nWie zijn wij\n\nDe gemeente Noordstad (hierna: de Gemeente) en Stichting "
            "Welzijn Kompas (hierna: Welzijn).\n\nWat het ons oplevert\n\n"
            "De Gemeente is gemiddeld € 8.000 kwijt aan elke huisuitzetting.\n\nWat we inbrengen\n\n"
            "Welzijn stelt € 5.000 beschikbaar.\n")
    a = build(text)
    assert [(c.amount, c.party) for c in a.commitments if c.type == "geld"] == [(5000.0, "Welzijn")]


def test_interests_of_a_group_alias_and_of_a_party_s_members(build):
    text = ("Bestuursovereenkomst Hubs\n\nDe ondergetekenden:\n1. de gemeente Aldeveen, hierna: Aldeveen;\n"
            "2. de gemeente Baarloo, hierna: Baarloo;\n3. Ondernemersvereniging Oost, hierna: de OVO;\n"
            "Aldeveen en Baarloo hierna samen ook: de gemeenten.\n\nOverwegende dat:\n"
            "a. de gemeenten belang hebben bij lagere kosten voor het leerlingenvervoer;\n"
            "b. de ondernemers die lid zijn van de OVO belang hebben bij minder inbraken;\n\n"
            "komen het volgende overeen:\n\nArtikel 1\nAldeveen organiseert de bijeenkomsten.\n")
    got = interests(build, text)
    assert all(got[k] for k in ("Aldeveen", "Baarloo", "de OVO"))


def test_an_aim_a_party_must_meet_is_its_interest(build):
    text = ("Convenant Water\n\nDe ondergetekenden:\n1. Waterschap Dommel, hierna: het Waterschap;\n"
            "2. de gemeente Aaldijk, hierna: Aaldijk;\n\nOverwegende dat:\n"
            "a. het Waterschap de doelen van de Kaderrichtlijn Water moet halen;\n"
            "b. Aaldijk wateroverlast in de kern wil voorkomen;\n\nkomen het volgende overeen:\n\n"
            "Artikel 1\nHet Waterschap legt de buffer aan.\n")
    got = interests(build, text)
    assert got["het Waterschap"] and got["Aaldijk"]


# --------------------------------------------------------------------------- tasks

def test_lead_in_of_a_task_list(build):
    body = ("Artikel 1 Taakverdeling\n1.1 Welzijn:\na. is verantwoordelijk voor de huisbezoeken;\n"
            "b. draagt zorg voor de registratie.\n1.2 De Gemeente brengt in:\na. 0,5 fte voor de procesregisseur;\n")
    got = tasks(build, body)
    assert [t for t in got["Welzijn"] if "huisbezoeken" in t or "registratie" in t] == \
        ["is verantwoordelijk voor de huisbezoeken;", "draagt zorg voor de registratie."]
    assert not any("procesregisseur" in t for t in got["de Gemeente"])


def test_each_party_named_after_the_colon(build):
    body = ("Artikel 1 Communicatie\n1.1 Iedere partij informeert haar eigen achterban: de Gemeente de "
            "gemeenteraad, Welzijn haar raad van toezicht.\n")
    got = tasks(build, body)
    assert got["de Gemeente"] and got["Welzijn"]
    plain = tasks(build, "Artikel 1 Communicatie\n1.1 Iedere partij informeert haar eigen achterban.\n")
    assert plain == {"de Gemeente": [], "Welzijn": []}


def test_separable_task_verbs(build):
    body = ("Artikel 1 Uitvoering\n1.1 De Gemeente wijst een projectleider aan.\n"
            "1.2 Welzijn zorgt ervoor dat de wijkcoaches bereikbaar zijn.\n")
    got = tasks(build, body)
    assert got["de Gemeente"] and got["Welzijn"]
    fact = tasks(build, "Artikel 1 Aanleiding\n1.1 De Gemeente heeft de wijk in 2025 aangewezen als proeftuin.\n")
    assert fact["de Gemeente"] == []


def test_chairing_and_consulting_are_tasks(build):
    body = ("Artikel 1 Overleg\n1.1 De projectleider van de Gemeente zit de projectgroep voor.\n"
            "1.2 De coach van Welzijn is elke week beschikbaar voor vragen van collega's.\n")
    got = tasks(build, body)
    assert got["de Gemeente"] and got["Welzijn"]


def test_name_for_some_parties_is_no_collective(build):
    header = ("Bestuursovereenkomst Samen\n\nDe ondergetekenden:\n\n"
              "1. Gedeputeerde Staten van de provincie Zuidland, hierna: de Provincie;\n"
              "2. Het college van burgemeester en wethouders van de gemeente Aadorp, hierna: Aadorp;\n"
              "3. Het college van burgemeester en wethouders van de gemeente Beekdorp, hierna: Beekdorp;\n\n"
              "Aadorp en Beekdorp hierna samen: de Gemeenten; alle ondergetekenden samen: Partijen;\n\n"
              "Komen het volgende overeen:\n\n")
    body = "Artikel 1 Verantwoording\n1.1 De Gemeenten informeren hun raden jaarlijks over de voortgang.\n"
    a = build(header + body)
    assert "de Gemeenten" not in a.collective
    got = {row.key: row.tasks for row in party_matrix(a)}
    assert got["Aadorp"] and got["Beekdorp"] and not got["de Provincie"]


def test_an_interest_of_some_members_of_a_party(build):
    text = ("Intentieverklaring Dorpsvervoer\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de gemeente;\n"
            "2. Vereniging Dorpsraad Oudeweer, hierna: Oudeweer.\n\nWat erop het spel staat\n\nVoor een paar van "
            "ons in de dorpsraad van Oudeweer is het ook persoonlijk: onze ouders komen de deur niet meer uit.\n\n"
            "Wat we doen\n\nDe gemeente houdt een enquête. Oudeweer organiseert een avond.\n")
    found = interests(build, text)
    assert found["Oudeweer"] and not found["de gemeente"]



def test_what_a_party_does_anyway_under_who_we_are_is_no_task(build):
    text = ("Intentieverklaring Samen Eten\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de gemeente;\n"
            "2. Stichting Voedselbank Aarle, hierna: de Voedselbank.\n\nWie wij zijn\n\nDe Voedselbank "
            "organiseert elke week de uitgifte van pakketten.\n\nWat we doen\n\nDe gemeente organiseert een "
            "buurtmaaltijd.\n")
    found = tasks(build, "", header=text)
    assert found["de Voedselbank"] == [] and found["de gemeente"]


def test_what_a_party_lacks_is_no_task(build):
    body = ("Artikel 1 Doel\n1.1 De Gemeente heeft leerlingen, maar Welzijn heeft geen tijd om jongeren op te "
            "leiden.\n")
    assert tasks(build, body)["Welzijn"] == []


def test_a_party_named_as_the_place_is_not_the_actor(build):
    text = ("Intentieverklaring Samen Eten\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de gemeente;\n"
            "2. Stichting Voedselbank Aarle, hierna: de Voedselbank.\n\nWaarom wij meedoen\n\nIn onze gemeente "
            "halen ruim 700 huishoudens een pakket.\n\nWat we doen\n\nDe gemeente organiseert een maaltijd.\n")
    assert interests(build, text)["de gemeente"] == []


def test_interests_under_a_heading_on_what_each_seeks_and_the_collective_interest(build):
    text = ("Intentieverklaring Zorgtechniek\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de gemeente;\n"
            "2. ROC De Wissel, hierna: De Wissel.\n\nWat ieder van ons zoekt\n\nDe Wissel ziet de instroom in de "
            "zorgopleidingen dalen.\n\nDe gemeente doet mee in het belang van alle inwoners van Aarle.\n\n"
            "Wat we doen\n\nDe Wissel past twee lesmodules aan. De gemeente zoekt een locatie.\n")
    found = interests(build, text)
    assert found["De Wissel"] and found["de gemeente"] == []


def test_informing_each_own_board_names_no_party_as_actor(build):
    text = ("Intentieverklaring Zorgtechniek\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de gemeente;\n"
            "2. ROC De Wissel, hierna: De Wissel.\n\nWat we doen\n\nDe Wissel past twee lesmodules aan. Ieder van "
            "ons informeert de eigen achterban, zoals de raad van toezicht en de gemeenteraad, over deze "
            "verklaring.\n")
    assert tasks(build, "", header=text)["de gemeente"] == []
