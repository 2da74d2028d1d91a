"""Parties introduced without a formal party list, and the attribution the per-party
checks depend on: plural type words, headings, contributions without an amount."""

from __future__ import annotations

from convenantlint.structure.matrix import party_matrix


def keys(a):
    return [p.key for p in a.parties]


def rows(a):
    return {r.key: r for r in party_matrix(a)}


def test_prose_introduction_with_hierna(build):
    a = build("Zo doen we het: de Buurtkamer\n\nWie doen er mee\n\n"
              "Buurtvereniging De Ploeg (hierna: de buurtvereniging), de Bibliotheek Oostkade "
              "(hierna: de bibliotheek) en Stichting Welzijn Rivierstad (hierna: Welzijn). "
              "Als we het over 'wij' hebben, bedoelen we deze drie.\n\nWaarom we dit doen\n\n"
              "De bibliotheek wil meer bezoekers.\n")
    assert keys(a) == ["de buurtvereniging", "de bibliotheek", "Welzijn"]


def test_bracketed_short_names_in_a_wij_sentence(build):
    a = build("Samen voor de ouderen\n\nWij zijn de Dorpsraad Beijerland (de dorpsraad), Zorgcentrum "
              "Rustoord (Rustoord) en de Protestantse Gemeente Beijerland (de kerk). We maken ons "
              "zorgen over de ouderen.\n")
    assert keys(a) == ["de dorpsraad", "Rustoord", "de kerk"]


def test_enumeration_continues_after_the_marked_parties(build):
    a = build("Samen voor het buurthuis\n\nWij, dat zijn Buurtvereniging De Linde (de Linde), Stichting "
              "Welzijn Zuid (Welzijn), de gemeente Dalen en Sportclub Dalen Vooruit, willen het buurthuis "
              "openhouden.\n\nWat we doen\n\nWe praten verder.\n")
    assert [p.name for p in a.parties] == ["Buurtvereniging De Linde", "Stichting Welzijn Zuid",
                                           "gemeente Dalen", "Sportclub Dalen Vooruit"]


def test_marked_parties_followed_by_other_organisations_in_passing(build):
    # the next sentence names organisations in passing: no parties
    a = build("Samen voor het buurthuis\n\nWij zijn Buurtvereniging De Linde (de Linde) en Stichting "
              "Welzijn Zuid (Welzijn). We praten met de gemeente Dalen en Sportclub Dalen Vooruit.\n")
    assert keys(a) == ["de Linde", "Welzijn"]


def test_a_bracket_alone_in_prose_invents_no_party(build):
    a = build("Notitie\n\nHet Centrum voor Jeugd en Gezin (CJG) ziet meer vragen dan vorig jaar.\n\n"
              "Wat we doen\n\nWe praten verder.\n")
    assert keys(a) == []


def test_list_with_short_names_takes_the_item_without_one(build):
    a = build("Lokaal Sportakkoord Dalen\n\nDit akkoord is een gezamenlijke ambitie van:\n"
              "- de gemeente Dalen;\n- de Sportraad Dalen (de Sportraad);\n"
              "- Stichting Buurtsport Dalen (Buurtsport).\n\nVoorwoord\n\nSport is van iedereen.\n")
    assert [p.name for p in a.parties] == ["gemeente Dalen", "Sportraad Dalen", "Stichting Buurtsport Dalen"]


def test_numbered_party_heading_and_plain_noun_with_short_name(build):
    a = build("Convenant Veilig Uitgaan\n\n1. Partijen\n\n"
              "1.1 De gemeente Havenstad, vertegenwoordigd door de burgemeester, hierna: de gemeente;\n"
              "1.2 De politie, basisteam Havenstad, vertegenwoordigd door de teamchef, hierna: de politie.\n\n"
              "2. Doel\n\n2.1 Partijen maken het uitgaansgebied veilig.\n")
    assert keys(a) == ["de gemeente", "de politie"]


def test_signed_by_sentence(build):
    a = build("Ambitieverklaring Werk\n\nDeze verklaring wordt ondertekend door de gemeente Ommerdal, als "
              "centrumgemeente van de regio, het Werkbedrijf Dal, Ondernemersvereniging Dal Zaken en het "
              "Dal College.\n\nOnze ambities\n\nIedereen aan het werk.\n", "ambitie")
    assert [p.name for p in a.parties] == ["gemeente Ommerdal", "Werkbedrijf Dal",
                                           "Ondernemersvereniging Dal Zaken", "Dal College"]


def test_plural_type_word_names_each_party_of_that_type(build):
    a = build("Bestuursovereenkomst Fietsroute\n\nPartijen:\n1. De provincie Noordmark, hierna: de provincie;\n"
              "2. De gemeente Ambtveld, hierna: Ambtveld;\n3. De gemeente Rietwijk, hierna: Rietwijk.\n\n"
              "Artikel 1 Kosten\n1. De gemeenten dragen de overige kosten naar rato van het tracé.\n"
              "2. Elke gemeente zet 0,5 fte in voor de gebiedsprocessen.\n")
    r = rows(a)
    assert r["Ambtveld"].contributions_of("geld") and r["Rietwijk"].contributions_of("geld")
    assert [c.amount for c in r["Rietwijk"].contributions_of("tijd")] == [0.5]
    assert not r["de provincie"].contributions


def test_generic_cost_rule_and_hedged_offer_give_nothing(build):
    a = build("Convenant\n\nPartijen:\n1. De gemeente Westerkamp, hierna: de gemeente;\n"
              "2. Zorgverzekeraar Zuidland, hierna: de zorgverzekeraar.\n\nArtikel 1 Inbreng\n"
              "1. Iedere partij draagt de kosten van de uren die zij inbrengt.\n"
              "2. Partijen delen kennis en ervaring waar mogelijk.\n3. De zorgverzekeraar draagt geen kosten.\n")
    assert not rows(a)["de zorgverzekeraar"].contributions


def test_heading_makes_interest_and_task(build):
    a = build("Samenwerkingsafspraken\n\nPartijen:\n- Stichting Buurtwerk Oost (Buurtwerk)\n"
              "- Woonbedrijf Oost (het Woonbedrijf)\n\nWat ieder van ons erin ziet\n\n"
              "Voor Buurtwerk is dit een kans om preventief werk te laten zien.\n\nTaakverdeling\n\n"
              "Het Woonbedrijf verstuurt in maart een brief aan alle huurders.\n")
    r = rows(a)
    assert r["Buurtwerk"].interests and not r["het Woonbedrijf"].interests
    assert r["het Woonbedrijf"].tasks and not r["Buurtwerk"].tasks


def test_inbreng_is_no_task(build):
    a = build("Overeenkomst\n\nPartijen:\n1. Stichting Onderwijs Noord, hierna: de Stichting;\n"
              "2. Vereniging Onderwijs Zuid, hierna: VOZ.\n\nArtikel 1 Inzet en taken\n"
              "1. VOZ detacheert een leerkracht voor 0,4 fte bij de Stichting.\n"
              "2. De Stichting werft het team en is werkgever van het personeel.\n")
    r = rows(a)
    assert r["de Stichting"].tasks and not r["VOZ"].tasks
    assert r["VOZ"].contributions_of("tijd")


def test_inline_opening_and_subjectless_clauses_under_a_party_heading(build):
    a = build("Intentieverklaring Wijk Oost\n\nDe gemeente Noordstad, stichting Welzijn Noord en "
              "Woningcorporatie Thuis spreken uit dat zij samen de wijk versterken.\n\n"
              "Artikel 1 Inzet van de corporatie\na. stelt een ruimte in het wijkcentrum beschikbaar;\n"
              "b. organiseert twee bewonersavonden per jaar.\n\nArtikel 2 Geld\n"
              "De kosten van de avonden worden gedragen door Welzijn Noord.\n", "ambitie")
    assert [p.name for p in a.parties] == ["gemeente Noordstad", "stichting Welzijn Noord",
                                           "Woningcorporatie Thuis"]
    r = {row.name: row for row in party_matrix(a)}
    assert r["Woningcorporatie Thuis"].contributions and r["Woningcorporatie Thuis"].tasks
    assert r["stichting Welzijn Noord"].contributions_of("geld")
    assert not r["gemeente Noordstad"].contributions


def test_plain_heading_over_one_name_per_line_and_the_short_names_the_text_uses(build):
    a = build("Intentieverklaring Groen Dak\n\nWie tekenen deze verklaring\n\nGemeente Dalen\n"
              "Woonstichting Het Dalense Huis\nBouwbedrijf Gebr. Van Vliet B.V.\n\nWaarom\n\n"
              "De gemeente wil meer groene daken. Dalense Huis heeft veel platte daken en Van Vliet "
              "legt ze aan. Dalense Huis betaalt de helft; Van Vliet levert de planten.\n")
    assert keys(a) == ["de gemeente", "Dalense Huis", "Van Vliet"]


def test_an_abbreviation_in_a_name_before_its_short_name(build):
    a = build("Afspraken Warmte\n\nDe gemeente Aavelde (**de gemeente**), energiecoöperatie Brakeloo "
              "Energie U.A. (**de coöperatie**) en Vereniging Dorpsbelang Brakeloo (**Dorpsbelang**) "
              "spreken af om samen te werken.\n")
    assert keys(a) == ["de gemeente", "de coöperatie", "Dorpsbelang"]


def test_a_relative_clause_between_commas_does_not_hide_the_contribution(build):
    a = build("Afspraken Proeftuin\n\nDe gemeente Dalen (de gemeente) en Woonstichting De Kern (De Kern) "
              "werken samen.\n\nDe Kern stelt het portiekcomplex aan de Esdoornlaan, dat leeg komt te "
              "staan, beschikbaar als proeftuin.\n")
    assert [c.type for c in rows(a)["De Kern"].contributions] == ["kennis"]
