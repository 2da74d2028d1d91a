"""Every way Dutch agreements name their parties, and what is never a party."""

from __future__ import annotations

import pytest

from convenantlint.structure.parties import name_like, parse_entry, parse_name_list


def keys(a):
    return [p.key for p in a.parties]


def test_opening_line_of_countries(build):
    a = build("Onderlinge regeling detentiecapaciteit\n\nNederland, Aruba, Curaçao en Sint Maarten,\n"
              "Overwegende, dat de landen willen samenwerken;\n\nKomen het volgende overeen:\n\n"
              "Artikel 1\n\nAruba stelt cellen beschikbaar.\n")
    assert keys(a) == ["Nederland", "Aruba", "Curaçao", "Sint Maarten"]


def test_opening_line_of_two_states(build):
    a = build("Vriendschapsverdrag\n\nHet Koninkrijk der Nederlanden en de Republiek Suriname,\n"
              "overtuigd van het belang van samenwerking,\nzijn het volgende overeengekomen:\n\n"
              "Artikel 1\n\nDe Republiek Suriname en het Koninkrijk der Nederlanden werken samen.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("Het Koninkrijk der Nederlanden", "Het Koninkrijk der Nederlanden"),
        ("Republiek Suriname", "Republiek Suriname")]
    assert all(p.mentions for p in a.parties)


def test_wij_opening(build):
    a = build("Intentieverklaring Gezonde Wijk\n\nWij, de gemeente Noordstad, Stichting Welzijn Kompas en "
              "GGD Noord, spreken de intentie uit om samen te werken.\n\nWij delen onze kennis.\n")
    assert [p.name for p in a.parties] == ["gemeente Noordstad", "Stichting Welzijn Kompas", "GGD Noord"]
    assert a.kind == "ambitie"


def test_preamble_sentence(build):
    text = ("Werkafspraken boekenonderzoek\n\nIn het kader van het verdrag zijn de Staatsbelastingdienst van "
            "Oekraïne en het Directoraat-generaal Belastingdienst van Nederland het volgende overeengekomen:\n\n"
            "1. De term onderzoek betekent een controle.\n")
    assert keys(build(text)) == ["Staatsbelastingdienst van Oekraïne",
                                 "Directoraat-generaal Belastingdienst van Nederland"]


def test_entries_with_short_names():
    d, _ = parse_entry('1. De gemeente Noordstad, gevestigd te Noordstad, te dezen vertegenwoordigd door '
                       'mevrouw J. de Vries, hierna te noemen: "de Gemeente";', 0)
    assert (d.key, d.name) == ("de Gemeente", "gemeente Noordstad")
    d, _ = parse_entry("2. Stichting Welzijn Kompas (hierna: Welzijn), statutair gevestigd te Noordstad;", 0)
    assert (d.key, d.name) == ("Welzijn", "Stichting Welzijn Kompas")
    d, _ = parse_entry("- GGD Noord (de GGD)", 0)
    assert (d.key, d.name) == ("de GGD", "GGD Noord")
    d, _ = parse_entry("Woningcorporatie Thuisbaas, hierna ‘Thuisbaas’,", 0)
    assert d.key == "Thuisbaas"
    d, collective = parse_entry("hierna gezamenlijk te noemen: Partijen,", 0)
    assert d is None and collective == "Partijen"


def test_name_lists():
    drafts, collective, clean = parse_name_list(
        "De Hongaarse Nationale Belasting- en Douaneadministratie en het Directoraat-generaal "
        "Belastingdienst van Nederland, hierna te noemen de ‘Partijen’, gelet op de wens", 0)
    assert clean and [d.name for d in drafts] == ["Hongaarse Nationale Belasting- en Douaneadministratie",
                                                  "Directoraat-generaal Belastingdienst van Nederland"]
    assert collective == ["de Partijen"]
    _, _, clean = parse_name_list("Noordstad, Zuidstad en Oostdorp werken samen aan de wijk.", 0)
    assert not clean      # prose, not a list of parties


@pytest.mark.parametrize("name", ["Stuurgroep Jeugd", "de heer P. Bakker", "J.P. de Vries", "Partijen",
                                  "wethouder Sociaal Domein", "Waarom we samenwerken"])
def test_never_a_party(name):
    assert not name_like(name, strict=False)


def test_no_party_invented(build):
    a = build("Convenant Samen Sterk\n\nPartijen komen het volgende overeen:\n\nArtikel 1 Stuurgroep\n"
              "De Stuurgroep bestaat uit de wethouder en de directeur.\n\nNamens de gemeente,\n"
              "J. de Vries\n")
    assert a.parties == []


def test_mentions_and_aliases(build):
    text = ("Convenant\n\nDe ondergetekenden:\n\n1. De gemeente Noordstad, hierna: de Gemeente;\n"
            "2. Stichting Welzijn Kompas (SWK), hierna: Welzijn;\n\nKomen het volgende overeen:\n\n"
            "Artikel 1 Taken\n1.1 De Gemeente stelt het plan op.\n1.2 Noordstad betaalt.\n"
            "1.3 De gemeente betaalt ook, net als gemeente Noordstad.\n1.4 SWK en Welzijn voeren het uit.\n"
            "1.5 Dit geldt niet voor de gemeente Zuidstad.\n")
    a = build(text)
    gemeente, welzijn = a.parties
    assert [m.text for m in gemeente.mentions][2:] == ["De Gemeente", "Noordstad", "De gemeente",
                                                       "gemeente Noordstad"]
    assert gemeente.aliases == ["Noordstad", "de gemeente"]
    assert "SWK" in [m.text for m in welzijn.mentions]



def test_the_place_the_title_is_about_is_no_alias_of_a_party_named_after_it(build):
    # 'Rietlanden' is the neighbourhood; the residents' association is only named after it.
    # The municipality, by contrast, is its place.
    text = ("Convenant Wijkaanpak Rietlanden\n\nDe ondergetekenden:\n\n"
            "1. De gemeente Vlierwijk, hierna: de gemeente;\n"
            "2. Bewonersvereniging Rietlanden, hierna: de vereniging;\n\nKomen het volgende overeen:\n\n"
            "Artikel 1 Doel\n1.1 Rietlanden wordt een groene wijk.\n1.2 Vlierwijk betaalt de inrichting.\n"
            "1.3 De vereniging organiseert twee bewonersavonden.\n")
    a = build(text)
    gemeente, vereniging = a.parties
    assert "Rietlanden" not in [m.text for m in vereniging.mentions]
    assert "Vlierwijk" in [m.text for m in gemeente.mentions]



def test_an_enumeration_before_a_short_name_is_several_parties(build):
    text = ("Intentieverklaring Samen Bewegen\n\nDeze intentieverklaring is een afspraak tussen de gemeente "
            "Wiltrop, de gemeente Haarsveld, Zorgverzekeraar Noordveld (hierna: Noordveld) en "
            "Sportbond Oost-Nederland, afdeling Veldmark (hierna: de sportbond).\n\n"
            "Noordveld betaalt de trainers.\n")
    assert keys(build(text)) == ["gemeente Wiltrop", "gemeente Haarsveld", "Noordveld", "de sportbond"]


@pytest.mark.parametrize("opening", [
    "Deze intentieverklaring is een afspraak tussen de gemeente Wiltrop, Stichting Sportief Veldmark "
    "en Zorggroep Noordveld.",
    "Deze verklaring is opgesteld door de gemeente Wiltrop, Stichting Sportief Veldmark en supermarkt "
    "De Korenschoof.",
])
def test_makers_named_in_one_opening_sentence(build, opening):
    text = f"Intentieverklaring Samen Bewegen\n\n{opening}\n\nWij willen dat meer inwoners bewegen.\n"
    got = keys(build(text))
    assert got[:2] == ["gemeente Wiltrop", "Stichting Sportief Veldmark"] and len(got) == 3
    assert got[2] in ("Zorggroep Noordveld", "De Korenschoof")


def test_informal_short_names_in_a_list_entry(build):
    text = ("# Intentieverklaring Cultuur\n\n## Wie zijn wij?\n\n"
            "- het **Stadsmuseum Dorrestad**, kortweg het Stadsmuseum, dat zes dagen per week open is;\n"
            "- **Bibliotheek Dorrestad**, voor iedereen in de stad gewoon de Bieb;\n"
            "- de **gemeente Dorrestad** (verder: de gemeente).\n\n## Onze ambitie\n\nWij willen meer bezoekers.\n")
    assert keys(build(text)) == ["het Stadsmuseum", "de Bieb", "de gemeente"]


# ------------------------------------------------ parties named only in running text

def test_makers_in_running_text(build):
    a = build("# Samen voor de Beekdalen\n\n## Aanleiding\n\nHet beekdal droogt uit. De boeren merken het.\n\n"
              "Deze agenda is opgesteld door het Waterschap Beekdal, de gemeente Hoogeveld, "
              "Stichting Landschapsbeheer Oost en de Agrarische Natuurvereniging De Kievit.\n\n"
              "## Wat we doen\n\n- Het waterschap meet de grondwaterstand.\n"
              "- De gemeente Hoogeveld betaalt de inrichting.\n- Het waterschap deelt de gegevens.\n\n"
              "Waterschap Beekdal · Gemeente Hoogeveld · Stichting Landschapsbeheer Oost\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("het waterschap", "Waterschap Beekdal"), ("gemeente Hoogeveld", "gemeente Hoogeveld"),
        ("Stichting Landschapsbeheer Oost", "Stichting Landschapsbeheer Oost"),
        ("Agrarische Natuurvereniging De Kievit", "Agrarische Natuurvereniging De Kievit")]


@pytest.mark.parametrize("sentence", [
    "Dit plan is een initiatief van GGD Rivierland, Bibliotheek De Oever en Stichting Sport Oost.",
    "De partners in deze aanpak zijn GGD Rivierland, Bibliotheek De Oever en Stichting Sport Oost.",
    "GGD Rivierland, Bibliotheek De Oever en Stichting Sport Oost maken zich zorgen over de jeugd. "
    "Daarom slaan wij de handen ineen.",
])
def test_enumerated_makers(build, sentence):
    a = build("Gezond Rivierland\n\nVeel kinderen bewegen te weinig.\n\n" + sentence +
              "\n\nOnze ambitie\n\nWij willen dat ieder kind sport. De bibliotheek leent boeken uit.\n")
    assert [p.name for p in a.parties] == ["GGD Rivierland", "Bibliotheek De Oever", "Stichting Sport Oost"]
    assert a.parties[1].key == "de bibliotheek"


def test_one_name_per_line_with_trailing_en(build):
    a = build("Convenant Kunst Dichtbij\n\nOndergetekenden,\n\nde gemeente Zandmeer,\n"
              "Stichting Theater Het Anker,\nStichting Bibliotheek Zandmeer en\nStichting Kunstkwartier,\n\n"
              "hierna gezamenlijk te noemen: partijen,\n\nverklaren het volgende.\n\n"
              "1. Ambitie\nPartijen werken samen.\n\n2. Looptijd\nDit convenant geldt vier jaar.\n")
    assert [p.name for p in a.parties] == ["gemeente Zandmeer", "Stichting Theater Het Anker",
                                           "Stichting Bibliotheek Zandmeer", "Stichting Kunstkwartier"]


@pytest.mark.parametrize("text", [
    # organisations mentioned in passing
    "Gezond Rivierland\n\nIn overleg met de GGD en de huisartsen kijken wij naar de jeugd. "
    "Wij willen dat ieder kind sport.\n",
    "Gezond Rivierland\n\nDe wijk is besproken met GGD Rivierland, Bibliotheek De Oever en "
    "Stichting Sport Oost. Wij willen dat ieder kind sport.\n",
    # a subject enumeration without 'wij': background, not the makers
    "Gezond Rivierland\n\nGGD Rivierland, Bibliotheek De Oever en Stichting Sport Oost deden in 2024 "
    "onderzoek. Daaruit blijkt dat kinderen te weinig bewegen.\n\nDe gemeente zet een plan op.\n",
    # the same with 'hebben': a sentence about organisations, not a concluding formula
    "Gezond Rivierland\n\nGGD Rivierland, Bibliotheek De Oever en Stichting Sport Oost hebben in 2024 "
    "onderzoek gedaan. Daaruit blijkt dat kinderen te weinig bewegen.\n\nDe gemeente zet een plan op.\n",
    # makers that are no organisations
    "Gezond Rivierland\n\nDit plan is opgesteld door de wethouder, de ambtenaren en de huisartsen. "
    "Wij willen dat ieder kind sport.\n",
    # places, not organisations
    "Gezond Rivierland\n\nNoordstad, Zuidstad en Oostdorp liggen aan de rivier. Wij wonen er graag.\n",
])
def test_no_party_from_passing_mentions(build, text):
    assert build(text).parties == []


def test_bold_names_under_a_who_heading_with_short_names_in_prose(build):
    a = build("# Samen Klaverhof\n\n## Onze ambitie voor de wijk\n\n### Wie zijn wij?\n\n"
              "- **Stichting Welzijn Dorrewaard**, in dit stuk gewoon *Welzijn*. Onze opbouwwerkers "
              "en vrijwilligers kennen de wijk als geen ander.\n"
              "- **Bibliotheek Dorrewaard**, vestiging Klaverhof, oftewel *de bieb*. Veel meer dan "
              "boeken: een huiskamer voor de buurt.\n"
              "- **Voetbalvereniging Klaverhof '58** (*de club*). Met 600 leden de grootste "
              "vereniging van de wijk.\n- **De Hoeve** is de zorgcoöperatie die in het dorp de "
              "maaltijden regelt en nog veel meer doet voor de ouderen.\n\n### Onze droom\n\n"
              "Welzijn, de bieb, de club en De Hoeve werken samen.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("Welzijn", "Stichting Welzijn Dorrewaard"), ("de bieb", "Bibliotheek Dorrewaard"),
        ("de club", "Voetbalvereniging Klaverhof '58"), ("De Hoeve", "De Hoeve")]
    assert a.kind_detected == "ambitie"        # the subtitle under the title says so


def test_parties_that_sign_later_in_the_opening_join_the_list(build):
    a = build("Intentieverklaring Buurtwarmte\n\nPartijen:\n1. Gemeente Haverveen (hierna: de "
              "gemeente);\n2. Woonstichting Het Veenhuis (hierna: Het Veenhuis).\n\n"
              "Deze verklaring wordt mede ondertekend door Noordwest Netbeheer B.V., de beheerder "
              "van het net (hierna: Noordwest), en door de Vereniging Dorpsbelang De Kampen, die "
              "het initiatief ondersteunt (hierna: Dorpsbelang).\n\n1. Aanleiding\n\nDe wijk wil "
              "van het gas af.\n")
    assert keys(a) == ["de gemeente", "Het Veenhuis", "Noordwest", "Dorpsbelang"]
    assert a.parties[2].name == "Noordwest Netbeheer B.V."


def test_a_list_goes_on_after_a_subgroup_is_named(build):
    a = build("Bestuursovereenkomst Vakkracht\n\nDe ondergetekenden:\n\n1. Provincie Oostermark "
              "(hierna: de Provincie);\n\n2. de gemeente Ommerdijk, vertegenwoordigd door wethouder "
              "R. Tuinstra, en\n\n3. de gemeente Heukelwolde, vertegenwoordigd door wethouder A. "
              "Koster,\nhierna gezamenlijk te noemen: de Regiogemeenten;\n\n4. de vereniging "
              "Werkgevers Lindeveen (hierna: WLO);\n\nhierna gezamenlijk te noemen: Partijen;\n\n"
              "Artikel 1 Doel\n\nPartijen werken samen.\n\nArtikel 2 Inzet\n\nWLO levert mensen.\n")
    assert keys(a) == ["de Provincie", "gemeente Ommerdijk", "gemeente Heukelwolde", "WLO"]


def test_parties_in_one_running_sentence_with_a_unit_and_the_names_the_text_uses(build):
    a = build("Samenwerkingsconvenant Veilig De Kolk\n\n1. Aanleiding\n\nDit convenant wordt "
              "gesloten tussen de gemeente Vlietmonde, de politie eenheid Delta-Noord, basisteam "
              "Oever, woningcorporatie Havenlicht, Stichting Buurtbemiddeling Vlietmonde en "
              "jongerenwerkorganisatie Stroomop.\n\n2. Afspraken\n\nHavenlicht meldt overlast. "
              "Buurtbemiddeling bemiddelt. Stroomop zoekt jongeren op. Havenlicht en Stroomop "
              "overleggen. Buurtbemiddeling rapporteert aan Stroomop.\n")
    assert [p.name for p in a.parties] == [
        "gemeente Vlietmonde", "politie eenheid Delta-Noord, basisteam Oever",
        "woningcorporatie Havenlicht", "Stichting Buurtbemiddeling Vlietmonde",
        "jongerenwerkorganisatie Stroomop"]
    assert keys(a)[2:] == ["Havenlicht", "Buurtbemiddeling", "Stroomop"]


def test_short_names_in_a_bold_bracket_or_a_later_clause(build):
    a = build("# Manifest Cultuuralliantie\n\n## Wie wij zijn\n\n- **Stichting Katholiek Onderwijs "
              "Eskerveld (SKOE)** – bestuur van twaalf katholieke basisscholen.\n- Stichting voor "
              "Muziekonderwijs Eskerveld – ruim 1.400 leerlingen, de muziekschool die we hierna "
              "gewoon De Klankkast noemen.\n- **Stadstheater Eskerveld** – het podium van de stad.\n\n"
              "## Onze ambitie\n\nIeder kind ziet tien voorstellingen.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("SKOE", "Stichting Katholiek Onderwijs Eskerveld"),
        ("De Klankkast", "Stichting voor Muziekonderwijs Eskerveld"),
        ("Stadstheater Eskerveld", "Stadstheater Eskerveld")]


def test_one_party_per_line_with_its_signatory_and_an_abbreviation_the_text_uses(build):
    a = build("Convenant Kindcentrum\n\nOndergetekenden:\n\nGemeente Dalwijk, vertegenwoordigd door "
              "de wethouder, mevrouw J.A. Brouwer\nStichting Stroomwijs, vertegenwoordigd door de "
              "voorzitter, de heer R. Tahiri\nStichting Katholiek Onderwijs Dalwijk, vertegenwoordigd "
              "door de bestuurder, mevrouw E. van Rijswijk\n\nhierna gezamenlijk: de partners\n\n"
              "Artikel 1 Doel\n\nStroomwijs en KOD werken samen. KOD levert een intern begeleider; "
              "Stroomwijs de coördinator.\n\nArtikel 2 Geld\n\nDe gemeente betaalt de huur.\n")
    assert [p.name for p in a.parties] == ["Gemeente Dalwijk", "Stichting Stroomwijs",
                                           "Stichting Katholiek Onderwijs Dalwijk"]
    assert keys(a)[1:] == ["Stroomwijs", "KOD"]


def test_verder_te_noemen_and_kortweg_give_short_names(build):
    a = build("Uitvoeringsovereenkomst Vroeg Erbij\n\nPartijen\n\n1. Gemeente Lindewaarde, verder te "
              "noemen: de gemeente;\n2. Stichting Geldzorg Lindewaarde, verder te noemen: Geldzorg;\n\n"
              "Wie doen er mee\n\nDeze afspraken zijn gemaakt door:\n- Stichting Landschap Gelderveen, "
              "in deze tekst kortweg het Landschap;\n- Vereniging Vrienden van het Dal, kortweg de "
              "Vrienden.\n\nArtikel 1 Doel\n\nDe gemeente en Geldzorg werken samen.\n")
    assert [(p.key, p.name) for p in a.parties][:2] == [
        ("de gemeente", "Gemeente Lindewaarde"), ("Geldzorg", "Stichting Geldzorg Lindewaarde")]
    b = build("Samen voor het Dal\n\nWie doen er mee\n\nDeze afspraken zijn gemaakt door:\n- de "
              "provincie Gelderveen;\n- Stichting Landschap Gelderveen, in deze tekst kortweg het "
              "Landschap;\n- Vereniging Vrienden van het Dal, kortweg de Vrienden.\n\nWat we willen\n\n"
              "Het Landschap en de Vrienden herstellen houtwallen.\n")
    assert keys(b)[1:] == ["het Landschap", "de Vrienden"]


def test_a_bracket_with_kortweg_gives_the_short_name(build):
    a = build("# Samen voor de Venen\n\n## Wie zijn wij\n\n"
              "- **Recreatieschap Lage Polder** (kortweg: het Schap), dat de paden beheert;\n"
              "- **Stichting Natuurlijk Polderland** (afgekort: SNP);\n"
              "- **Gemeente Oudewaard** (in dit stuk: Oudewaard).\n\n"
              "## Wat brengen we mee\n\nHet Schap, SNP en Oudewaard zoeken samen naar nieuwe routes.\n")
    assert keys(a) == ["het Schap", "SNP", "Oudewaard"]


def test_short_names_given_together_after_the_list_go_in_order(build):
    a = build("Intentieverklaring Lezen in Dalwoude\n\nDeze verklaring is opgesteld door de gemeente "
              "Dalwoude, de Openbare Bibliotheek Dalwoude, Stichting Leesmaatjes Dalwoude en Woonstichting "
              "Het Anker. Hierna noemen we hen kortweg de gemeente, de bibliotheek, Leesmaatjes en Het Anker.\n\n"
              "Wat we willen\n\nDe bibliotheek en Leesmaatjes openen samen een Taalhuis.\n")
    assert keys(a) == ["de gemeente", "de bibliotheek", "Leesmaatjes", "Het Anker"]


def test_short_names_given_together_are_ignored_when_the_counts_differ(build):
    a = build("Intentieverklaring Lezen in Dalwoude\n\nDeze verklaring is opgesteld door de gemeente "
              "Dalwoude, de Openbare Bibliotheek Dalwoude en Stichting Leesmaatjes Dalwoude. Hierna noemen "
              "we hen kortweg de gemeente en de bibliotheek.\n\nWat we willen\n\nWe openen een Taalhuis.\n")
    assert "Stichting Leesmaatjes Dalwoude" in keys(a)


def test_an_organisation_that_signs_too_right_after_the_list_is_a_party(build):
    a = build("Samen tuinieren in Oost\n\nDeze verklaring is opgesteld door Bewonersvereniging De Hoek, "
              "woningcorporatie Woonlinde en de gemeente Rietmond. Ook basisschool De Wilg heeft laten weten "
              "dat zij mee wil doen, en ondertekent deze verklaring.\n\nWat we willen\n\nMeer groen in de wijk.\n")
    assert [p.name for p in a.parties][-1] == "basisschool De Wilg"
    b = build("Samen tuinieren in Oost\n\nDeze verklaring is opgesteld door Bewonersvereniging De Hoek, "
              "woningcorporatie Woonlinde en de gemeente Rietmond. Ook basisschool De Wilg heeft belangstelling "
              "voor een schooltuin.\n\nWat we willen\n\nMeer groen in de wijk.\n")
    assert "basisschool De Wilg" not in [p.name for p in b.parties]


def test_an_abbreviation_of_a_compound_in_the_name_is_its_short_name(build):
    a = build("Convenant IKC Oost\n\nPartijen:\n1. Gemeente Dalmond;\n"
              "2. Stichting Jeugdgezondheidszorg Rivierland;\n3. Stichting Kinderopvang Het Nest.\n\n"
              "Artikel 1 Taken\n\n1.1 De JGZ houdt elke week een spreekuur.\n"
              "1.2 De JGZ deelt haar kennis met de medewerkers van het IKC.\n")
    assert keys(a)[1] == "de JGZ"
    assert "IKC" not in keys(a)    # used twice, but its letters are in no party's name in order


def test_a_name_for_some_parties_between_the_entries_does_not_end_the_list(build):
    a = build("Bestuursovereenkomst Water\n\nDe ondergetekenden:\n\n"
              "1. De Provincie Veenland, hierna te noemen: de Provincie;\n\n"
              "2. De gemeente Aadorp, hierna: Aadorp;\n\n3. De gemeente Beekum, hierna: Beekum;\n\n"
              "Aadorp en Beekum hierna gezamenlijk ook: de Gemeenten;\n\n"
              "4. Het Waterschap Aa en Linge, hierna te noemen: het Waterschap;\n\n"
              "gezamenlijk te noemen: Partijen;\n\nArtikel 1 Doel\n\nPartijen werken samen.\n")
    assert keys(a) == ["de Provincie", "Aadorp", "Beekum", "het Waterschap"]


def test_organisations_in_running_text_split_at_en_and_at_a_comma_after_a_place(build):
    a = build("Convenant Kind en School\n\nDit convenant is een afspraak tussen de gemeente Dalwoude "
              "(kortweg: de gemeente), de schoolbesturen met scholen in Noord, Stichting Openbaar Onderwijs "
              "Dalwoude (SOOD) en kinderopvangorganisatie Het Vlindernest en GGD Rivierland (de GGD).\n\n"
              "Wat we doen\n\nHet Vlindernest opent een peutergroep. De GGD houdt spreekuur.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("gemeente Dalwoude", "de gemeente"), ("Stichting Openbaar Onderwijs Dalwoude", "SOOD"),
        ("kinderopvangorganisatie Het Vlindernest", "Het Vlindernest"), ("GGD Rivierland", "de GGD")]


def test_one_name_with_en_stays_one_party(build):
    a = build("Convenant Zorg\n\nDit convenant is een afspraak tussen Stichting Wonen en Zorg Noord "
              "(hierna: WZN) en de gemeente Dalwoude (hierna: de gemeente).\n\nWat we doen\n\nWZN bouwt.\n")
    assert keys(a) == ["WZN", "de gemeente"]
    assert a.parties[0].name == "Stichting Wonen en Zorg Noord"


def test_a_table_of_parties_with_a_short_name_column(build):
    a = build("Samenwerkingsovereenkomst Transferpunt\n\nPartijen\n\n"
              "Partij                         | Gevestigd te | Hierna te noemen\n"
              "Stichting Ziekenhuis Dalmond   | Dalmond      | het Ziekenhuis\n"
              "Coöperatie Huisartsen Dal U.A. | Dalmond      | HDL\n\n"
              "hierna gezamenlijk te noemen: Partijen.\n\nArtikel 1 Doel\n\nHDL en het Ziekenhuis werken samen.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Stichting Ziekenhuis Dalmond", "het Ziekenhuis"), ("Coöperatie Huisartsen Dal U.A.", "HDL")]


def test_a_markdown_table_of_parties(build):
    a = build("# Samen sporten\n\n| Naam | Korte naam |\n|---|---|\n| Gemeente Dalmond | de gemeente |\n"
              "| Sportraad Dalmond | de Sportraad |\n\n## Wat we doen\n\nDe Sportraad organiseert een sportdag.\n")
    assert keys(a) == ["de gemeente", "de Sportraad"]


def test_a_table_whose_short_names_stand_in_bold_or_under_in_dit_convenant(build):
    bold = build("# Sport in de Buurt\n\n## Partijen\n\n| Organisatie | Vertegenwoordigd door | |\n|---|---|---|\n"
                 "| Gemeente Rijnwaarde | J. de Boer, wethouder | **Rijnwaarde** |\n"
                 "| Stichting Sportservice Rijnwaarde | K. Amrani, directeur | **de Sportservice** |\n\n"
                 "## Inbreng\n\nDe Sportservice levert 0,6 fte buurtsportcoach.\n")
    assert [(p.name, p.key) for p in bold.parties] == [
        ("Gemeente Rijnwaarde", "Rijnwaarde"), ("Stichting Sportservice Rijnwaarde", "de Sportservice")]
    headed = build("# Sport in de Buurt\n\n| Partij | In dit convenant |\n|---|---|\n"
                   "| Gemeente Rijnwaarde | de gemeente |\n| Voetbalvereniging De Zwaluwen | VV De Zwaluwen |\n\n"
                   "## Inbreng\n\nDe gemeente draagt € 40.000 bij.\n")
    assert keys(headed) == ["de gemeente", "VV De Zwaluwen"]


def test_a_list_after_any_line_with_a_colon_when_every_entry_has_a_short_name(build):
    a = build("# Taalhuis Oost\n\nDeze afspraken maken wij:\n\n- **Bibliotheek Oost**, in dit stuk: *de Bieb*;\n"
              "- **Gemeente Oost**, in dit stuk: de gemeente;\n- Stichting Buurtwerk Oost, in deze tekst "
              "kortweg Buurtwerk.\n\n## Wat we doen\n\nDe Bieb opent het Taalhuis.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Bibliotheek Oost", "de Bieb"), ("Gemeente Oost", "de gemeente"), ("Stichting Buurtwerk Oost", "Buurtwerk")]
    plain = build("# Notitie\n\nWe spraken hierover met:\n\n- Bibliotheek Oost;\n- Gemeente Oost.\n\n"
                  "## Wat we doen\n\nDe bibliotheek opent het Taalhuis.\n")
    assert keys(plain) == []     # entries without a short name of their own: no party list


def test_the_last_party_of_a_running_list_without_a_short_name(build):
    a = build("Intentieverklaring Voedselhub\n\nDe gemeente Amerswold (hierna: de gemeente), Stichting "
              "Voedselbank Eemland (hierna: de Voedselbank) en Hogeschool Eemvallei hebben elkaar gesproken "
              "over een voedselhub.\n\nWat we gaan doen\n\nDe Voedselbank zoekt een koelruimte.\n")
    assert keys(a) == ["de gemeente", "de Voedselbank", "Hogeschool Eemvallei"]


def test_a_party_that_joins_in_an_article_is_a_party_from_then_on(build):
    a = build("Samenwerkingsovereenkomst Thuis in Ommeland\n\nDe ondergetekenden:\n\n1. de gemeente "
              "Ommeland (hierna: de Gemeente);\n2. Stichting Zorgkring Ommeland (hierna: Zorgkring);\n\n"
              "Artikel 1 Doel\n\nPartijen helpen ouderen thuis te blijven wonen.\n\nArtikel 4 "
              "Toetreding\n\n4.1 Andere organisaties kunnen toetreden als alle partijen instemmen.\n"
              "4.2 Vereniging Buurtkracht Ommeland (hierna: Buurtkracht) treedt met ingang van 1 mei "
              "2027 toe tot deze overeenkomst.\n4.3 Buurtkracht zet vanaf dan 6 uur per week in.\n")
    assert keys(a) == ["de Gemeente", "Zorgkring", "Buurtkracht"]
    assert a.parties[2].name == "Vereniging Buurtkracht Ommeland"
    inverted = build("Overeenkomst Leerwerkroute\n\nDeze overeenkomst is gesloten tussen Stichting ROC "
                     "Rijnoever te Oostwaard (hierna: het ROC) en Brouwer Installatietechniek B.V. te Wielsum "
                     "(hierna: Brouwer).\n\n1. Doel\n\n1.1 Partijen leiden monteurs op.\n\n8. Toetreding\n\n"
                     "8.2 Met ingang van 1 januari 2027 treedt Woonstichting De Wielen (hierna: De Wielen) toe "
                     "tot deze overeenkomst.\n")
    assert [(p.key, p.name) for p in inverted.parties] == [
        ("het ROC", "Stichting ROC Rijnoever"), ("Brouwer", "Brouwer Installatietechniek B.V."),
        ("De Wielen", "Woonstichting De Wielen")]


def test_legal_form_before_a_name_is_no_part_of_it(build):
    a = build("Overeenkomst Warmtenet Hoogveld\n\nDe partijen:\n\n1. De publiekrechtelijke rechtspersoon "
              "gemeente Hoogveld, gevestigd te Hoogveld, hierna te noemen: de Gemeente;\n2. De besloten "
              "vennootschap Warmtebedrijf Hoogveld B.V., gevestigd te Hoogveld, hierna: het Warmtebedrijf;\n\n"
              "Artikel 1 Doel\n\nPartijen leggen een warmtenet aan.\n")
    assert [(p.key, p.name) for p in a.parties] == [("de Gemeente", "gemeente Hoogveld"),
                                                    ("het Warmtebedrijf", "Warmtebedrijf Hoogveld B.V.")]


def test_short_forms_a_text_uses_without_announcing_them(build):
    # a short name in brackets in a table cell; a name without its legal form; an
    # organisation's own name before the unit ('afdeling') that signs
    a = build("# Convenant Schone Lucht Rivierstad\n\n| Partij | Vertegenwoordigd door |\n|---|---|\n"
              "| Gemeente Rivierstad | wethouder K. Jansen |\n| Omgevingsdienst Rivierland (ODR) | "
              "directeur L. Smit |\n| Haven Rivierstad N.V. | algemeen directeur |\n| Humanitas afdeling "
              "Rivierstad | voorzitter |\n\n## Afspraken\n\n1. De ODR controleert de bedrijven in de haven.\n"
              "2. Haven Rivierstad betaalt € 80.000 per jaar voor de meetpunten.\n3. Humanitas zet vijf "
              "vrijwilligers in.\n")
    assert keys(a) == ["Gemeente Rivierstad", "ODR", "Haven Rivierstad", "Humanitas"]
    assert a.parties[1].name == "Omgevingsdienst Rivierland"
    assert [(c.amount, c.party) for c in a.commitments if c.type == "geld"] == [(80000.0, "Haven Rivierstad")]


def test_plural_entry_and_a_name_with_its_own_article(build):
    a = build("Samenwerkingsovereenkomst Jeugdhulp Heuvelland\n\nDeze overeenkomst wordt gesloten tussen:\n"
              "- de gemeenten Aarlo, Bredevoort en Cortveld (hierna gezamenlijk: de Gemeenten);\n"
              "- Supermarkt De Korenaar, gevestigd te Aarlo;\n- Stichting Welzijn Heuvelland (verder: "
              "Welzijn).\n\nArtikel 1 Inzet\n1.1 De Korenaar levert elke week fruit.\n1.2 Welzijn zet "
              "0,5 fte in.\n")
    assert keys(a) == ["Aarlo", "Bredevoort", "Cortveld", "De Korenaar", "Welzijn"]
    assert a.parties[0].name == "gemeente Aarlo"


def test_a_marker_after_an_enumeration_names_its_last_party(build):
    # '..., Stichting X, Vereniging Y en de GGD Noord (hierna: de GGD)': three parties, and
    # the one without a short name is called by the part of its name the text uses
    a = build("Convenant Sportief Veenland\n\nDe volgende partijen werken samen: de gemeente Veenland "
              "(hierna: de gemeente), Stichting Sportservice Veenland, Voetbalvereniging VV Oranje en de "
              "GGD Noord (hierna: de GGD).\n\nArtikel 1 Afspraken\n1.1 Sportservice zet een buurtsportcoach "
              "in voor 0,6 fte.\n1.2 De GGD levert cijfers over overgewicht.\n")
    assert keys(a) == ["de gemeente", "Sportservice", "Voetbalvereniging VV Oranje", "de GGD"]
    assert [(c.amount, c.party) for c in a.commitments if c.type == "tijd"] == [(0.6, "Sportservice")]


def test_makers_named_together_with_the_subject(build):
    a = build("# Samen tegen eenzaamheid in Dorpshaven\n\nSamen met de bibliotheek Dorpshaven, Welzijnswerk "
              "Dorpshaven en de Zonnebloem afdeling Dorpshaven zet de gemeente Dorpshaven zich in tegen "
              "eenzaamheid.\n\n## Wat doen we\n- De gemeente betaalt € 12.000 per jaar.\n- De Zonnebloem "
              "bezoekt ouderen thuis.\n")
    assert [p.name for p in a.parties] == ["bibliotheek Dorpshaven", "Welzijnswerk Dorpshaven",
                                           "Zonnebloem afdeling Dorpshaven", "gemeente Dorpshaven"]
    assert [c.type for c in a.commitments if c.party == "de Zonnebloem"] == []


def test_an_organisation_among_the_signers_is_a_party(build):
    a = build("# Cultuurcoalitie Veldhoven-Oost\n\nWij zijn Stichting Theater De Kade (hierna: De Kade) en "
              "Bibliotheek Veldhoven (hierna: de Bibliotheek).\n\n## Wat we doen\n\nDe Kade opent haar zaal.\n\n"
              "## Ondertekening\n\nDeze verklaring wordt ondertekend door De Kade en de Bibliotheek, en door "
              "Muziekschool Crescendo Veldhoven, die later aanschoof, namens wie mevrouw A. Smit tekent.\n")
    assert keys(a) == ["De Kade", "de Bibliotheek", "Muziekschool Crescendo Veldhoven"]


def test_a_party_list_in_one_sentence_with_semicolons(build):
    a = build("Overeenkomst Buurtwarmte Lindeoord\n\nDe ondergetekenden: de gemeente Lindeoord, vertegenwoordigd "
              "door wethouder P. Smit, hierna te noemen: de Gemeente; Woonstichting Het Lindehuis, gevestigd te "
              "Lindeoord, hierna te noemen: het Lindehuis; de Buurtcoöperatie Lindeoord U.A. (BCL), "
              "vertegenwoordigd door haar voorzitter; en, met ingang van 1 januari 2028, de Stichting "
              "Huurdersraad Lindeoord, hierna te noemen: de Huurdersraad;\n\nhierna gezamenlijk te noemen: "
              "partijen;\n\nArtikel 1 Doel\n\nPartijen leggen een warmtenet aan.\n")
    assert keys(a) == ["de Gemeente", "het Lindehuis", "BCL", "de Huurdersraad"]


def test_a_line_naming_some_parties_does_not_end_the_list(build):
    a = build("Regiodeal Oostmark\n\nPARTIJEN\n\n1. De provincie Oostmark, hierna: de Provincie;\n\n"
              "2. De gemeente Aldorp, hierna: Aldorp;\n\n3. De gemeente Bredam, hierna: Bredam;\n\npartijen 2 "
              "en 3 hierna samen ook: de Gemeenten;\n\n4. Coöperatie Werkgevers Oostmark U.A., hierna: de "
              "Werkgeverscoöperatie.\n\nArtikel 1 Doel\n\nPartijen werken samen.\n")
    assert keys(a) == ["de Provincie", "Aldorp", "Bredam", "de Werkgeverscoöperatie"]


def test_entries_labelled_with_capital_letters_and_a_unit_as_party(build):
    a = build("Convenant Veilig Havenkwartier\n\nPartijen\n\nA. de gemeente Havenstad, te dezen vertegenwoordigd "
              "door de burgemeester (hierna: \"de Gemeente\");\n\nB. het basisteam Havenstad-Noord van de "
              "politie-eenheid Kust, vertegenwoordigd door teamchef A. Smit (hierna: \"de Politie\");\n\nC. de "
              "Stichting Jongerenwerk Havenstad, gevestigd te Havenstad (hierna: \"Jongerenwerk\");\n\nhierna "
              "gezamenlijk te noemen: \"Partijen\";\n\nArtikel 1 Doel\n\nPartijen verminderen de overlast.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de Gemeente", "gemeente Havenstad"),
        ("de Politie", "basisteam Havenstad-Noord van de politie-eenheid Kust"),
        ("Jongerenwerk", "Stichting Jongerenwerk Havenstad")]


def test_a_line_with_only_place_and_date_opens_the_signature_block(build):
    text = ("Intentieverklaring Voedselhub\n\nDe gemeente Amerswold (hierna: de gemeente) en Stichting "
            "Voedselbank Eemland (hierna: de Voedselbank) verkennen een voedselhub.\n\nWat we doen\n\n"
            "De Voedselbank zoekt een koelruimte. De gemeente stelt een kwartiermaker aan.\n\n"
            "Amerswold, 14 mei 2026\n\nGemeente Amerswold, R. Bakker, wethouder\n"
            "Stichting Voedselbank Eemland, G. Hoornstra, voorzitter\n")
    a = build(text)
    assert a.signature is not None and text[a.signature.start:].startswith("Amerswold, 14 mei 2026")
    early = build("Convenant Buurt\n\nUtrecht, 1 maart 2026\n\n" + text.split("\n\n", 1)[1])
    assert early.signature is None or early.signature.start > early.text.index("Wat we doen")


def test_a_plain_text_table_aligned_with_spaces(build):
    a = build("UITVOERINGSAFSPRAKEN LEESPLAN\n\nPARTIJEN\n\n"
              "Naam                                        In deze afspraken\n"
              "Stichting Bibliotheek Waalvliet             de Bibliotheek\n"
              "Gemeente Waalvliet                          de gemeente\n\n"
              "1 WAT WE DOEN\n\n1.1 De Bibliotheek leent boeken uit.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Stichting Bibliotheek Waalvliet", "de Bibliotheek"), ("Gemeente Waalvliet", "de gemeente")]



def test_a_place_name_with_en_in_a_running_list(build):
    for others in ("", "de Vereniging Dorpsbelangen Westerbroek (Dorpsbelangen), "):
        a = build("Intentieverklaring Dorpswarmte\n\nWij, de Energiecoöperatie Westerbroek (de Coöperatie), "
                  + others + "de gemeente Aa en Veen en Woonbedrijf Veenland, verklaren dat wij samen een "
                  "warmtenet verkennen.\n\nWat we doen\n\nDe Coöperatie organiseert een avond.\n")
        names = [p.name for p in a.parties]
        assert "gemeente Aa en Veen" in names and "Woonbedrijf Veenland" in names and "Veen" not in names


def test_a_description_of_the_party_before_is_not_the_next_partys_name(build):
    a = build("Samenwerkingsovereenkomst gebouw De Hoek\n\nDeze overeenkomst is gesloten tussen de gemeente "
              "Aarle (de gemeente), eigenaar van het gebouw, Stichting Onderwijs De Es (De Es), bevoegd gezag "
              "van basisschool De Es, Kinderopvang De Wolk B.V. (De Wolk) en de Stichting Bibliotheek Aarle "
              "(de Bibliotheek).\n\nHet beheer van het gebouw De Hoek (hierna: het gebouw) ligt bij de "
              "gemeente.\n\n1. Ruimten\n\nDe gemeente stelt het gebouw beschikbaar. De Wolk betaalt huur.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("De Es", "Stichting Onderwijs De Es"),
        ("De Wolk", "Kinderopvang De Wolk B.V."), ("de Bibliotheek", "Stichting Bibliotheek Aarle")]


def test_a_police_unit_in_a_running_list_keeps_its_own_short_name(build):
    a = build("Convenant Veilig Centrum\n\nDit convenant wordt aangegaan door de gemeente Aarle, het "
              "politiebasisteam Aarle-Oost (hierna: de politie) en Stichting Nachtwacht (hierna: "
              "Nachtwacht).\n\n1. Doel\n\nDe politie surveilleert. Nachtwacht zet straatcoaches in. De "
              "gemeente betaalt de coaches.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("de politie", "politiebasisteam Aarle-Oost"),
        ("Nachtwacht", "Stichting Nachtwacht")]


def test_parties_named_only_in_the_signature_table(build):
    a = build("# Samen cultuur maken\n\nRond het plein liggen de bibliotheek, de muziekschool en het theater. "
              "Het plan is van de bibliotheek, de muziekschool, het theater en de gemeente.\n\n## Ambitie\n\n"
              "De bibliotheek en het theater maken samen een programma. De muziekschool doet mee. De gemeente "
              "zoekt geld. Het theater levert de zaal.\n\n## Ondertekening\n\nAarle, 1 maart 2026\n\n"
              "| Namens | Naam |\n|---|---|\n| Bibliotheek Aarle | A. Bos, directeur |\n"
              "| Muziekschool De Toon | B. Smit, directeur |\n| Stadstheater De Kap | C. Lam, zakelijk leider |\n"
              "| Gemeente Aarle | D. Vos, wethouder |\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de bibliotheek", "Bibliotheek Aarle"), ("de muziekschool", "Muziekschool De Toon"),
        ("het theater", "Stadstheater De Kap"), ("de gemeente", "Gemeente Aarle")]


def test_a_party_that_joined_later_with_its_short_name_in_brackets(build):
    a = build("# Droog bedrijventerrein\n\nDit document is opgesteld door de gemeente Aarle (hierna: de "
              "gemeente) en Waterschap Dommel (het waterschap). In mei 2026 heeft Hogeschool Zuid, lectoraat "
              "Water en Ruimte (de hogeschool), zich bij ons aangesloten.\n\n## Wat we doen\n\nDe gemeente "
              "legt groen aan. Het waterschap meet. De hogeschool levert studenten.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("het waterschap", "Waterschap Dommel"),
        ("de hogeschool", "Hogeschool Zuid, lectoraat Water en Ruimte")]


def test_parties_named_only_in_the_blocks_of_the_signature(build):
    a = build("# Streekvoedsel Aarle\n\nDe gemeente, Boerenerf en de hogeschool willen meer streekvoedsel in "
              "de kantines. Boerenerf werft telers. De hogeschool onderzoekt de vraag. Boerenerf en de "
              "hogeschool delen hun kennis. De gemeente zoekt kantines.\n\n## Ondertekening\n\n"
              "Aarle, 15 december 2026\n\nGemeente Aarle\nP. Verhoeven, wethouder\n\n"
              "Vereniging Boerenerf Aarle\nG. Hendriks, voorzitter\n\nHogeschool Maasdal\n"
              "dr. M. Dijkhuis, lector\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "Gemeente Aarle"), ("Boerenerf", "Vereniging Boerenerf Aarle"),
        ("de hogeschool", "Hogeschool Maasdal")]


def test_a_compound_type_before_a_club_name_with_a_year(build):
    a = build("Afspraken sportpark\n\nDeze afspraken zijn gemaakt tussen de gemeente Aarle (hierna: de "
              "gemeente), voetbalvereniging VVA '28 (hierna: VVA) en Hockeyclub Aarle (hierna: HCA).\n\n"
              "1. Beheer\n\nVVA maait het gras. HCA beheert de kantine.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("VVA", "voetbalvereniging VVA '28"), ("HCA", "Hockeyclub Aarle")]


def test_the_colon_of_hierna_opens_no_list_and_the_signers_complete_it(build):
    a = build("OVEREENKOMST OUD PAPIER AARLE\n\nPartijen bij deze overeenkomst zijn de gemeente Aarle, "
              "Afvalbedrijf Kust B.V. (hierna: Kust) en de twee verenigingen die hieronder mede "
              "ondertekenen.\n\nArtikel 1 Inzameling\n\nKust levert de containers. De gemeente betaalt.\n\n"
              "Artikel 2 Duur\n\nDeze overeenkomst loopt tot 2028. Kust haalt het papier op.\n\n"
              "Aldus overeengekomen te Aarle op 18 november 2026.\n\nGemeente Aarle\nW. de Boer, wethouder\n\n"
              "Afvalbedrijf Kust B.V.\nP. Terpstra, directeur\n\nMuziekvereniging Crescendo\nA. Hiemstra, "
              "voorzitter\n\nKorfbalvereniging Aarle\nS. Bouma, voorzitter\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "Gemeente Aarle"), ("Kust", "Afvalbedrijf Kust B.V."),
        ("Muziekvereniging Crescendo", "Muziekvereniging Crescendo"),
        ("Korfbalvereniging Aarle", "Korfbalvereniging Aarle")]


def test_a_party_that_joined_without_a_short_name(build):
    a = build("# Sportpark Aarle\n\n| Partij | Hierna te noemen |\n|---|---|\n| Voetbalvereniging Aarle | VVA |\n"
              "| Gemeente Aarle | de gemeente |\n\nOp 1 maart 2027 is Jeu-de-boulesclub De Bok toegetreden tot "
              "deze afspraken.\n\n## Wat we doen\n\nVVA maait. De gemeente betaalt. De Bok betaalt mee aan de "
              "kantine. De Bok schenkt koffie.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("De Bok", "Jeu-de-boulesclub De Bok")


def test_a_colon_inside_brackets_is_not_the_colon_of_the_list_header(build):
    a = build("Samenwerkingsovereenkomst Aarle\n\nDe ondergetekenden (hierna gezamenlijk: partijen):\n\n"
              "1. De gemeente Aarle, gevestigd te Aarle;\n2. Stichting Welzijn Aarle, gevestigd te Aarle.\n\n"
              "Artikel 1\n\nDe gemeente betaalt. Stichting Welzijn Aarle levert de coach.\n")
    assert [p.name for p in a.parties] == ["gemeente Aarle", "Stichting Welzijn Aarle"]


def test_makers_named_after_the_verb_with_a_short_name_in_brackets(build):
    a = build("Samen sporten in Aarle\n\nWie wij zijn\n\nDeze afspraken maken voetbalvereniging VV Aarle, "
              "korfbalvereniging De Kievit, de Stichting Jongerenwerk Aarle (verder: JWA) en de gemeente Aarle "
              "met elkaar.\n\nWat we doen\n\nJWA zoekt jongeren op. De gemeente betaalt de ballen. VV Aarle "
              "geeft training. De Kievit stelt de zaal beschikbaar.\n\nNieuwe clubs\n\nPer 1 januari 2027 sluit "
              "Hockeyclub Aarle (HC Aarle) zich aan.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("VV Aarle", "voetbalvereniging VV Aarle"), ("De Kievit", "korfbalvereniging De Kievit"),
        ("JWA", "Stichting Jongerenwerk Aarle"), ("de gemeente", "gemeente Aarle"), ("HC Aarle", "Hockeyclub Aarle")]


def test_a_party_that_will_join_with_sluit_zich_aan(build):
    a = build("Afspraken sportpark\n\nDeze afspraken zijn gemaakt tussen de gemeente Aarle (hierna: de "
              "gemeente) en voetbalvereniging VVA (hierna: VVA).\n\nArtikel 1 Beheer\n\nVVA maait het gras.\n\n"
              "Artikel 2 Geld\n\nDe gemeente betaalt.\n\nArtikel 3 Nieuwe clubs\n\nPer 1 januari 2027 sluit "
              "Mixed Hockeyclub Aarle (MHC Aarle) zich aan. De provincie sluit zich aan bij het beleid van de regio.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("MHC Aarle", "Mixed Hockeyclub Aarle")
    assert len(a.parties) == 3


def test_signature_lines_with_the_organisation_and_the_person_on_one_line(build):
    a = build("Buurtafspraken\n\nWe spreken af dat de velden op woensdag open zijn en dat de kantine open is.\n"
              "De trainers geven op woensdag les aan de jongeren uit de wijk. De jongerenwerker haalt ze op.\n"
              "In de zomer is er een toernooi op het plein bij het winkelcentrum.\n"
              "We kijken na een jaar terug.\n\nOndertekend in Aarle op 1 mei 2026\n\n"
              "VV Aarle, K. Peters, voorzitter\nDe Kievit, A. Bakker, voorzitter\n"
              "Gemeente Aarle, E. Visser, wethouder\n")
    assert [p.name for p in a.parties] == ["VV Aarle", "De Kievit", "Gemeente Aarle"]


def test_a_party_declaring_to_accede_after_the_signatures_with_its_representative(build):
    a = build("Samenwerkingsovereenkomst Leerwerkplaats\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: "
              "de gemeente;\n2. Stichting Vakcollege Aarle, hierna: het Vakcollege.\n\nArtikel 1 Taken\n\n"
              "Het Vakcollege leidt op. De gemeente betaalt.\n\nArtikel 2 Duur\n\nTot 2029.\n\n"
              "Aldus overeengekomen te Aarle op 1 maart 2026.\n\nGemeente Aarle\nP. Smit\n\n"
              "Stichting Vakcollege Aarle\nJ. Bos\n\n\nTOETREDINGSVERKLARING\n\nWoonstichting De Linde, gevestigd "
              "te Aarle, vertegenwoordigd door haar directeur-bestuurder mevrouw S. Koster, hierna: De Linde, "
              "verklaart per 1 januari 2027 toe te treden tot de overeenkomst.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("De Linde", "Woonstichting De Linde")


def test_a_short_name_given_in_a_relative_clause_after_the_last_name(build):
    a = build("# Intentieverklaring Groene Pleinen\n\nDeze intentieverklaring is opgesteld door de gemeente Aarle "
              "(hierna: de gemeente), Stichting Openbaar Onderwijs Aarle (hierna: OOA) en de vereniging "
              "Natuurwerkplaats Aarle, die wij hieronder kortweg de Natuurwerkplaats noemen.\n\n## Wat we doen\n\n"
              "De Natuurwerkplaats organiseert een plantdag. OOA stelt het plein beschikbaar.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("de Natuurwerkplaats", "vereniging Natuurwerkplaats Aarle")


def test_a_party_that_joins_by_signing_with_its_short_name_in_the_signature_block(build):
    a = build("Samenwerkingsovereenkomst Taalhuis\n\nDe ondergetekenden:\n\n1. De gemeente Aarle, hierna: de "
              "Gemeente;\n2. Stichting Bibliotheek Aarle, hierna: de Bibliotheek.\n\nArtikel 1 Taken\n\n"
              "De Bibliotheek opent het taalhuis. De Werkgeverskring werft deelnemers.\n\nArtikel 2 Duur\n\n"
              "Tot 2029.\n\nAldus overeengekomen te Aarle op 1 maart 2026.\n\nGemeente Aarle\nP. Smit\n\n"
              "Stichting Bibliotheek Aarle\nJ. Bos\n\nVoor toetreding:\n\nStichting Werkgeverskring Aarle "
              "(hierna: de Werkgeverskring)\nM. Pieters\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("de Werkgeverskring", "Stichting Werkgeverskring Aarle")
    assert len(a.parties) == 3


def test_the_initiator_named_before_the_list_of_co_signers(build):
    a = build("# Intentieverklaring Digitaal Mee\n\n## Wie ondertekenen\n\nDeze verklaring is een initiatief van de "
              "gemeente Aarle (hierna: de gemeente) en wordt mede ondertekend door Bibliotheek Aarle (hierna: de "
              "Bibliotheek), ROC Aarle en Stichting Thuisadministratie Aarle (hierna: Thuisadministratie).\n\n"
              "## Wat we doen\n\nDe Bibliotheek opent een loket. Thuisadministratie helpt thuis.\n")
    assert [p.key for p in a.parties][0] == "de gemeente"
    assert len(a.parties) == 4


def test_a_party_that_joins_the_agreement_later_with_sluit_bij_aan(build):
    a = build("# Zwemvangnet Aarle\n\n| Partij | Hierna |\n|---|---|\n| Gemeente Aarle | de gemeente |\n"
              "| Zwembad De Plas B.V. | het Zwembad |\n\n## Wie doen mee\n\nPer 1 januari 2027 sluit Reddingsbrigade "
              "Aarle (hierna: de Reddingsbrigade) bij deze afspraken aan.\n\n## Wat we doen\n\nHet Zwembad geeft "
              "les. De gemeente betaalt. De Reddingsbrigade helpt bij de lessen.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("de Reddingsbrigade", "Reddingsbrigade Aarle")


def test_an_ampersand_name_and_an_accession_after_a_company_abbreviation(build):
    a = build("Intentieverklaring Kust\n\nDeze intentieverklaring wordt aangegaan door de gemeente Aarle, het "
              "Recreatieschap Duinrand (hierna: het Recreatieschap) en de Stichting Duin & Dal, die het duin "
              "beheert.\n\nArtikel 1 Doel\n\nWij willen een mooie kust.\n\nArtikel 2 Inzet\n\nHet Recreatieschap "
              "telt de bezoekers.\n\nBijlage: Toetredingsverklaring\n\nOndergetekende, Reinigingsdienst Aarle N.V., "
              "vertegenwoordigd door de heer B. Kuipers, directeur (hierna: RDA), verklaart met ingang van 1 "
              "februari 2027 toe te treden tot deze intentieverklaring.\n")
    pairs = [(p.key, p.name) for p in a.parties]
    assert ("Stichting Duin & Dal", "Stichting Duin & Dal") in pairs
    assert pairs[-1] == ("RDA", "Reinigingsdienst Aarle N.V.")


def test_a_party_that_joined_later_in_prose_far_from_the_list_without_a_short_name(build):
    filler = "De gemeente en de Buurtbus rijden proefritten en bespreken de uitkomsten met de dorpen. " * 40
    a = build("# Vervoer op maat\n\n| Partij | In deze verklaring |\n|---|---|\n| Gemeente Aarle | de gemeente |\n"
              "| Stichting Buurtbus Aarle | de Buurtbus |\n\n## Wat we doen\n\n" + filler +
              "\n\n## Wie er nog bij kan\n\nOp 2 maart 2026 heeft ook Taxibedrijf Rijnstroom B.V. zich bij deze "
              "verklaring aangesloten.\n")
    assert [(p.key, p.name) for p in a.parties][-1] == ("Taxibedrijf Rijnstroom B.V.", "Taxibedrijf Rijnstroom B.V.")


def test_a_party_that_wants_to_join_and_signs_in_the_next_sentence(build):
    a = build("# Korte keten\n\n## Wie wij zijn\n\nDeze verklaring wordt ondertekend door de gemeente Aarle "
              "(**de gemeente**) en Coöperatie Boerenerf U.A. (**Boerenerf**).\n\nNa de eerste avond heeft ook "
              "Stichting Streekmarkt Aarle (**de Streekmarkt**) laten weten mee te willen doen. Zij ondertekent "
              "deze verklaring als derde partner.\n\n## Wat we doen\n\nDe gemeente zoekt een plek. Boerenerf "
              "levert groente. De Streekmarkt verkoopt.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("Boerenerf", "Coöperatie Boerenerf U.A."),
        ("de Streekmarkt", "Stichting Streekmarkt Aarle")]


def test_a_party_that_wants_to_join_late_in_the_text_and_signs_by_its_short_name(build):
    filler = "De school en de zorggroep werken samen aan een leerwerkplaats en bespreken hun plannen. " * 12
    a = build("# Leerwerkplaats\n\n| Partij | In deze verklaring |\n|---|---|\n| ROC De Wissel | De Wissel |\n"
              "| Zorggroep Beekdal | Beekdal |\n\n## Wat we doen\n\n" + filler + "\n\n## Wie nog meer meedoet\n\n"
              "Na de eerste gesprekken heeft ook Stichting Thuiszorg Aarle (hierna: Thuiszorg) laten weten mee "
              "te willen doen. Thuiszorg heeft te weinig verpleegkundigen. Thuiszorg ondertekent deze "
              "verklaring als derde partij.\n")
    assert [p.key for p in a.parties] == ["De Wissel", "Beekdal", "Thuiszorg"]


def test_route_codes_with_a_name_in_brackets_are_no_parties(build):
    a = build("Afspraken gladheid\n\nDeze afspraken worden gemaakt tussen de gemeente Aarle (hierna: de gemeente) "
              "en Stroomberg Infra B.V. (hierna: de aannemer).\n\nDeze afspraken gaan over de fietsroutes F12 "
              "(Aarle-Eemdijk) en F15 (Aarle-Westerbroek).\n\n1. Taken\n\nDe aannemer strooit. De gemeente betaalt.\n")
    assert [p.key for p in a.parties] == ["de gemeente", "de aannemer"]


def test_clubs_named_after_their_type_in_the_sentence_of_the_parties(build):
    a = build("Afspraken sportpark\n\nDeze afspraken zijn gemaakt tussen de gemeente Aarle (hierna: de gemeente), "
              "Sportbedrijf Aarle B.V. (hierna: het Sportbedrijf) en de verenigingen VV Aarle en MHC De Vaart. "
              "Zij gaan over sportpark De Vaart.\n\n1. Taken\n\nVV Aarle en MHC De Vaart maken de kleedkamers "
              "schoon. MHC De Vaart betaalt € 3.000. VV Aarle betaalt € 5.000.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de gemeente", "gemeente Aarle"), ("het Sportbedrijf", "Sportbedrijf Aarle B.V."),
        ("VV Aarle", "VV Aarle"), ("MHC De Vaart", "MHC De Vaart")]


def test_a_list_of_parties_with_a_dash_before_who_signs_and_a_column_header(build):
    a = build("UITVOERINGSAFSPRAKEN WATERBERGING\n\nPartijen\n\nPartij — vertegenwoordigd door\n"
              "Waterschap Lage Veen (het Waterschap) — de heer P. Hamstra, lid van het dagelijks bestuur\n"
              "Gemeente Lageveld (de Gemeente) — mevrouw E. Tjeerdsma, wethouder\n"
              "Agrarisch Collectief Oostpolder (het Collectief) — mevrouw A. de Haan, voorzitter\n\n"
              "hierna samen: Partijen.\n\n1. Aanleg\n1.1 Het Waterschap legt de berging aan.\n"
              "1.2 Het Collectief informeert zijn leden. De Gemeente verlegt het fietspad.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Waterschap Lage Veen", "het Waterschap"), ("Gemeente Lageveld", "de Gemeente"),
        ("Agrarisch Collectief Oostpolder", "het Collectief")]


def test_a_name_with_en_in_it_ends_at_its_short_name_in_a_running_list(build):
    a = build("Intentieverklaring Kust\n\nDeze intentieverklaring wordt ondertekend door de gemeente Westduin "
              "(hierna: de gemeente), Ondernemersvereniging Strand en Boulevard Westduin (hierna: de "
              "Strandondernemers), Stichting Duinbehoud (hierna: Duinbehoud) en supermarkt De Korenbloem.\n\n"
              "Wat wij willen\n\nDe gemeente en de Strandondernemers willen meer gasten buiten het seizoen. "
              "Duinbehoud en De Korenbloem denken mee.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("gemeente Westduin", "de gemeente"),
        ("Ondernemersvereniging Strand en Boulevard Westduin", "de Strandondernemers"),
        ("Stichting Duinbehoud", "Duinbehoud"), ("De Korenbloem", "De Korenbloem")]


def test_a_party_described_in_lower_case_before_the_last_marked_one(build):
    a = build("AFSPRAKEN GELDLOKET\n\nDeze afspraken maken de gemeente Meerdal (hierna: de gemeente), "
              "Samen Rond, vrijwilligersorganisatie voor thuisadministratie, en het Diaconaal Platform "
              "Meerdal (hierna: het Platform).\n\n1. Taken\n\nSamen Rond helpt bij de post. Het Platform "
              "verwijst mensen door. De gemeente betaalt de huur.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("gemeente Meerdal", "de gemeente"), ("Samen Rond", "Samen Rond"),
        ("Diaconaal Platform Meerdal", "het Platform")]


def test_a_village_in_brackets_after_a_street_is_no_party(build):
    # 'de haltes Kerkstraat (Ommel), Dorpsplein (Haspel)': two bracketed words side by side
    # look like short names, but a street or square is no organisation
    a = build("AFSPRAKEN BELBUS\n\nPartij — vertegenwoordigd door\n\n"
              "Gemeente Aarle (hierna: de gemeente) — de heer P. Smit, wethouder\n"
              "Vervoerder Oostlijn B.V. (hierna: Oostlijn) — mevrouw K. Bos, manager regio Kempen\n"
              "Belbusvereniging Aarle (hierna: de Vereniging) — de heer G. Kok, voorzitter\n\n"
              "1. Route\n\n1.1 De bus stopt bij de haltes Molenweg (Hoeve), Marktplein (Eerde) en het station.\n"
              "1.2 Oostlijn levert de bus. De Vereniging zet de chauffeurs in.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Gemeente Aarle", "de gemeente"), ("Vervoerder Oostlijn B.V.", "Oostlijn"),
        ("Belbusvereniging Aarle", "de Vereniging")]


# Agreements as they come out of a PDF or an official gazette: short lines, plain nouns
# that sign by a representative, descriptions in brackets, rows of a flattened table.

def test_plain_nouns_that_sign_through_a_representative_are_parties(build):
    a = build("Convenant Veilig Uitgaan Zeehaven\n\nOndergetekenden, te weten:\n"
              "De gemeente Zeehaven, hierbij vertegenwoordigd door de burgemeester, mr. P. de Boer;\n"
              "De politie, hierbij vertegenwoordigd door teamchef J. Kramer;\n"
              "De horeca, hierbij vertegenwoordigd door de voorzitter van de horecavereniging, R. Smit;\n\n"
              "Overwegende dat de uitgaansavonden veilig moeten blijven;\n\nKomen het volgende overeen:\n\n"
              "Artikel 1\n\nDe politie surveilleert op vrijdag en zaterdag.\n")
    assert [p.name for p in a.parties] == ["gemeente Zeehaven", "politie", "horeca"]


def test_a_short_name_on_its_own_broken_line_belongs_to_the_entry_above(build):
    a = build("Ondergetekenden:\nDe gemeente Aldeburg, ten deze\nrechtsgeldig vertegenwoordigd door wethouder\n"
              "K. Visser\nHierna te noemen de gemeente\nAldeburg\nen\nStichting Muziekhuis Aldeburg ten\n"
              "deze rechtsgeldig vertegenwoordigd door de directeur\nHierna te noemen het\nMuziekhuis\n"
              "Overwegende dat\n- de gemeente het muziekonderwijs steunt;\nKomen partijen het volgende overeen:\n"
              "1. Activiteiten\nHet Muziekhuis geeft les op alle basisscholen. De gemeente Aldeburg betaalt.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("gemeente Aldeburg", "de gemeente Aldeburg"), ("Stichting Muziekhuis Aldeburg", "het Muziekhuis")]
    assert "de gemeente Aldeburg" not in a.parties[0].aliases


def test_an_entry_goes_on_after_a_date_left_open(build):
    a = build("Samenwerkingsafspraken Zorgregio Noord\n\nDe navolgende publiekrechtelijke rechtspersonen:\n"
              "Gemeente VELDHOVEN, in deze rechtsgeldig vertegenwoordigd door wethouder mevrouw Bos, ter uitvoering "
              "van het besluit van het college d.d. ….\n….en daartoe gevolmachtigd door de burgemeester;\n"
              "Gemeente MEERSTAD, in deze rechtsgeldig vertegenwoordigd door wethouder de heer Jansen;\n"
              "Gemeente OOSTWOLD, in deze rechtsgeldig vertegenwoordigd door wethouder mevrouw Kok;\n\n"
              "Overwegende dat de zorg in de regio onder druk staat;\n\nKomen het volgende overeen:\n\n"
              "Artikel 1\n\nDe gemeenten delen hun cijfers.\n")
    assert keys(a) == ["Gemeente VELDHOVEN", "Gemeente MEERSTAD", "Gemeente OOSTWOLD"]


def test_a_unit_named_inside_a_bracketed_description_is_no_short_name(build):
    a = build("Convenant Rampenzorg\n\nONDERGETEKENDEN:\n\nVeiligheidsregio Kustland (waar de Brandweer "
              "Kustland (BWK) en de meldkamer onderdeel van uitmaken), gevestigd te Havenstad, "
              "rechtsgeldig vertegenwoordigd door de voorzitter,\n\nen\n\nZorgdienst Kustland, gevestigd "
              "te Havenstad, rechtsgeldig vertegenwoordigd door de voorzitter van het bestuur,\n\n"
              "OVERWEGENDE DAT:\n\nde taken opnieuw verdeeld worden;\n\nKOMEN OVEREEN:\n\nArtikel 1\n\n"
              "Veiligheidsregio Kustland leidt de oefeningen.\n")
    assert keys(a) == ["Veiligheidsregio Kustland", "Zorgdienst Kustland"]


def test_a_flattened_row_of_governments_gives_one_party_each(build):
    a = build("Bestuursovereenkomst Grondwater Oost\n\nPartijen\n\n"
              "gemeente Aa en Bolder gemeente Asveld gemeente Grootbeek\n\nprovincie Oostland\n\n"
              "OVERWEGINGEN\n\nHet grondwater daalt.\n\nArtikel 1\n\nDe gemeenten meten het grondwater.\n")
    assert keys(a)[:4] == ["gemeente Aa en Bolder", "gemeente Asveld", "gemeente Grootbeek", "provincie Oostland"]


def test_a_list_of_signers_ends_at_the_stop_after_an_acronym(build):
    a = build("Intentieverklaring Onderdak\n\nDeze verklaring is opgesteld en ondertekend door de gemeente "
              "Dalvoorde, Stichting Nachtopvang Dalvoorde en Meerhoeve GGZ. Wij werken al jaren samen in "
              "de nachtopvang in Dalvoorde.\n\nWat wij willen\n\nIn Dalvoorde hoeft niemand buiten te slapen.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("gemeente Dalvoorde", "gemeente Dalvoorde"), ("Stichting Nachtopvang Dalvoorde", "Stichting Nachtopvang Dalvoorde"),
        ("Meerhoeve GGZ", "Meerhoeve GGZ")]


def test_a_considerations_heading_in_capitals_is_no_party(build):
    a = build("Bestuursakkoord Schoon Water\n\nDE PARTIJEN bij dit akkoord:\nhet Rijk, de provincie Veenland en "
              "de Vereniging van Waterbedrijven (VWB),\n\nREKENING HOUDEND MET:\n\nhet landelijke beleid voor "
              "drinkwater;\n\nKomen het volgende overeen:\n\nArtikel 1\n\nHet Rijk betaalt de metingen.\n")
    assert "REKENING HOUDEND MET" not in keys(a)


# Forms found in real agreements (blind round RD79), written here with our own names.

def test_a_party_number_said_twice_does_not_end_the_list(build):
    a = build("Samenwerkingsovereenkomst Muziekschool Rivierland\n\nDe ondergetekenden:\n"
              "1. Het college van burgemeester en wethouders van de gemeente Aalwijk, gevestigd te [adres], "
              "vertegenwoordigd door de burgemeester,\nen\n"
              "1. Het college van burgemeester en wethouders van de gemeente Beemdorp, gevestigd te [adres], "
              "vertegenwoordigd door de burgemeester,\nen\n"
              "2. Het college van burgemeester en wethouders van de gemeente Cromveen, gevestigd te [adres], "
              "vertegenwoordigd door de burgemeester,\n"
              "hierna verder te noemen de gemeenten; overwegende dat,\n"
              "• zij sinds 2015 samen de muziekschool subsidiëren;\n"
              "• zij de lessen betaalbaar willen houden;\n"
              "komen het volgende overeen:\nArtikel 1\nDe gemeenten betalen samen de huur.\n")
    assert [p.name for p in a.parties] == [
        f"Het college van burgemeester en wethouders van de gemeente {g}"
        for g in ("Aalwijk", "Beemdorp", "Cromveen")]


def test_an_entry_broken_by_a_blank_line_and_burgemeester_en_wethouders_as_a_party(build):
    a = build("CONVENANT REGIO NOORDVELD 2030\n\nDE ONDERGETEKENDEN:\n\n"
              "1. Gedeputeerde staten van de provincie Veenland,\n\n"
              "ten deze rechtsgeldig vertegenwoordigd door de Commissaris van de Koning;\n\n"
              "2. Burgemeester en wethouders van de gemeente Aalwijk,\n\n"
              "ten deze rechtsgeldig vertegenwoordigd door de Burgemeester;\n\n"
              "3. Burgemeester en wethouders van de gemeente Beemdorp, ten deze rechtsgeldig "
              "vertegenwoordigd door de Burgemeester;\n\nkomen het volgende overeen:\n\nArtikel 1\n\n"
              "De gemeenten stellen samen een woonagenda op.\n")
    assert [p.name for p in a.parties] == [
        "Gedeputeerde staten van de provincie Veenland",
        "Burgemeester en wethouders van de gemeente Aalwijk",
        "Burgemeester en wethouders van de gemeente Beemdorp"]


def test_a_second_group_of_parties_after_its_own_lead_in(build):
    a = build("Convenant Bestrijding Plantenziekten\n\nDe ondergetekenden:\n\n"
              "De Minister van Landbouw, Natuur en Voedselkwaliteit, vertegenwoordigd door de "
              "directeur-generaal;\n\nEn de sectorpartijen:\n\n"
              "1. De vereniging Fruitteelt Nederland, vertegenwoordigd door de voorzitter;\n\n"
              "2. De stichting Kwekerijkeur, vertegenwoordigd door de directeur;\n\n"
              "verder te noemen: partijen;\n\nkomen het volgende overeen:\n\nArtikel 1\n\n"
              "Partijen betalen samen de bestrijding.\n")
    assert [p.name for p in a.parties] == [
        "De Minister van Landbouw, Natuur en Voedselkwaliteit", "vereniging Fruitteelt Nederland",
        "stichting Kwekerijkeur"]


def test_an_enumeration_named_de_partijen_is_the_party_list(build):
    a = build("Samenwerkingsovereenkomst Vitaal Veenland\n\nProvincie Veenland, Waterschap Lage Weiden, "
              "gemeente Aalwijk en Stichting Boerenland, hierna te noemen “de partijen”, werken samen aan "
              "een vitaal platteland.\n\nArtikel 1\n\nDe partijen maken een gebiedsplan.\n")
    assert [p.name for p in a.parties] == [
        "Provincie Veenland", "Waterschap Lage Weiden", "gemeente Aalwijk", "Stichting Boerenland"]


def test_a_sentence_that_ends_in_de_volgende_partijen_opens_the_list(build):
    a = build("Samenwerkingsconvenant Werk in de Regio\n\nInleiding\n\nDe arbeidsmarkt staat onder druk.\n\n"
              "Daarom werken de volgende partijen samen in het Regionaal Werkberaad:\n\n"
              "• Het Ministerie van Sociale Zaken en Werkgelegenheid\n\n• Werkbedrijf Oostvaart\n\n"
              "• Stichting Leerwerk Oostvaart\n\nWe richten ons op werk voor iedereen.\n")
    assert [p.name for p in a.parties] == [
        "Ministerie van Sociale Zaken en Werkgelegenheid", "Werkbedrijf Oostvaart", "Stichting Leerwerk Oostvaart"]


def test_het_volgende_is_still_no_party_list_header(build):
    a = build("Convenant Schoon Water\n\nDe ondergetekenden:\n\n1. De gemeente Aalwijk;\n\n"
              "2. Waterschap Lage Weiden;\n\nkomen het volgende overeen:\n\nArtikel 1\n\n"
              "Het waterschap meet de waterkwaliteit.\n")
    assert [p.name for p in a.parties] == ["gemeente Aalwijk", "Waterschap Lage Weiden"]


def test_a_group_entry_names_its_members_as_parties(build):
    a = build("Convenant Werken in de Zorg\n\nPartijen:\n\n"
              "- het Ministerie van Volksgezondheid, Welzijn en Sport, hierna: VWS;\n"
              "- de werkgeversorganisaties: Zorgwerk Nederland en ActiZorg;\n"
              "- de werknemersorganisaties: Bond Zorgpersoneel, Unie Verpleging en NU'91;\n"
              "- Stichting Opleidingsfonds Zorg, hierna: het Fonds.\n\n"
              "Komen het volgende overeen:\n\nArtikel 1\n\nVWS betaalt de opleidingen.\n")
    assert [p.name for p in a.parties] == [
        "Ministerie van Volksgezondheid, Welzijn en Sport", "Zorgwerk Nederland", "ActiZorg",
        "Bond Zorgpersoneel", "Unie Verpleging", "NU'91", "Stichting Opleidingsfonds Zorg"]



@pytest.mark.parametrize("opening, names", [
    ("De Minister van Onderwijs, Cultuur en Wetenschap, de gemeente Aalwijk en Stichting Lezen Aalwijk,",
     ["De Minister van Onderwijs, Cultuur en Wetenschap", "gemeente Aalwijk", "Stichting Lezen Aalwijk"]),
    ("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, de Minister van Volksgezondheid, "
     "Welzijn en Sport en de provincie Veenland,",
     ["De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
      "Minister van Volksgezondheid, Welzijn en Sport", "provincie Veenland"]),
    ("De Minister van Financiën, Bank Noord en Spaarbank Zuid,",
     ["De Minister van Financiën", "Bank Noord", "Spaarbank Zuid"]),
])
def test_a_ministers_portfolio_with_commas_is_one_party(build, opening, names):
    a = build(f"Convenant Leesbevordering\n\n{opening}\n\nkomen het volgende overeen:\n\nArtikel 1\n\n"
              "Partijen maken een leesplan.\n")
    assert [p.name for p in a.parties] == names


def test_a_state_signing_by_its_formal_name_is_called_by_its_common_name(build):
    a = build("Overeenkomst Grensrivier\n\nHet Koninkrijk der Nederlanden en het Koninkrijk België,\n\n"
              "zijn het volgende overeengekomen:\n\nArtikel 1\n\nNederland baggert de vaargeul. "
              "België betaalt de helft van de kosten.\n\nArtikel 2\n\nNederland en België overleggen "
              "jaarlijks over het onderhoud.\n")
    assert [(p.name, p.key) for p in a.parties] == [
        ("Het Koninkrijk der Nederlanden", "Nederland"), ("Koninkrijk België", "België")]


def test_an_opening_that_names_the_parties_as_one_plural(build):
    a = build("Onderlinge regeling Gedetineerdenvervoer\n\nDe landen Aruba, Curaçao en Nederland, "
              "namens deze: de ministers van Justitie van die landen,\nhierna gezamenlijk te noemen: "
              "Partijen;\n\nArtikel 1\n\nCuraçao regelt het vervoer.\n")
    assert [p.key for p in a.parties] == ["Aruba", "Curaçao", "Nederland"]


def test_the_name_for_all_treaty_parties_is_no_short_name_of_the_last(build):
    a = build("Verdrag Estuarium\n\nHet Koninkrijk der Nederlanden en het Vlaams Gewest, hierna te noemen "
              "„de Verdragsluitende Partijen”, komen het volgende overeen:\n\nArtikel 1\n\n"
              "Vlaanderen verdiept de vaargeul. Vlaanderen betaalt de kosten. Nederland geeft de vergunning.\n")
    assert "de Verdragsluitende Partijen" not in [p.key for p in a.parties]
    assert [p.key for p in a.parties][-1] == "Vlaanderen"


def test_a_law_with_its_abbreviation_is_no_party(build):
    a = build("Werkafspraken Toezicht Spam\n\nWerkafspraken tussen de Autoriteit Post en Telecom (APT) en de "
              "Autoriteit Persoonsgegevens (AP) over het toezicht op artikel 11.7 Telecommunicatiewet (Tw)."
              "\n\nArtikel 1\n\nDe APT behandelt de klachten. De AP adviseert de APT.\n")
    assert [p.key for p in a.parties] == ["APT", "AP"]


def test_two_sides_named_together_as_the_parties_outrank_abbreviations_in_the_considerations(build):
    a = build("Verdrag Nieuwe Sluis\n\nHet Koninkrijk der Nederlanden, enerzijds, en het Vlaamse Gewest, "
              "anderzijds, hierna te noemen „de Verdragsluitende Partijen”, Overwegende dat:\n\n"
              "– de Maatschappelijke Kosten Baten Analyse (MKBA) positief uitvalt;\n"
              "– het Stakeholders Advies Forum (SAF) de sluis steunt;\n\nZijn het volgende overeengekomen:\n\n"
              "Artikel 1\n\nNederland bouwt de sluis. Vlaanderen betaalt een deel. Nederland beheert de sluis. "
              "Vlaanderen levert de gegevens.\n")
    assert [p.key for p in a.parties] == ["Nederland", "Vlaanderen"]


def test_parties_named_together_with_hierna_de_partijen_genoemd(build):
    a = build("Verdrag Spoorlijn\n\nHet Koninkrijk der Nederlanden en het Koninkrijk België, hierna de "
              "„Partijen\" genoemd, Herinnerend aan het overleg van de ministers van Verkeer van België, "
              "Duitsland, Frankrijk en Nederland in 1989 over snelle treinen tussen Parijs, Brussel, Keulen "
              "en Amsterdam; Verlangend de spoorlijn tussen Breda en Antwerpen snel aan te leggen; Zijn het "
              "volgende overeengekomen:\n\nArtikel 1\n\nBelgië legt het zuidelijke deel aan.\n")
    assert [p.name for p in a.parties] == ["Het Koninkrijk der Nederlanden", "Koninkrijk België"]


def test_names_before_the_considerations_on_one_line(build):
    a = build("Overeenkomst over de grensbrug\n\n"
              "De gemeente Aarle en de Stadt Kranenbeek Geleid door de wens het verkeer over de grens "
              "te vereenvoudigen, Verlangende de goede betrekkingen te bevorderen, Zijn het volgende "
              "overeengekomen:\n\nArtikel 1\n\nDe gemeente Aarle onderhoudt de brug.\n\nArtikel 2\n\n"
              "De Stadt Kranenbeek betaalt de verlichting.\n")
    assert [p.name for p in a.parties] == ["gemeente Aarle", "Stadt Kranenbeek"]


def test_names_that_agree_with_the_verb_after_them(build):
    a = build("Protocol\n\nHet waterschap Leidal en de provincie Zuiderland zijn ter uitvoering van "
              "artikel 3 van de overeenkomst van 2 mei 2024 overeengekomen:\n\n"
              "- de dijk bij Aarle te versterken;\n- de kosten te delen.\n")
    assert [p.name for p in a.parties] == ["waterschap Leidal", "provincie Zuiderland"]


def test_the_title_names_the_parties_when_the_opening_does_not(build):
    a = build("Verdrag tussen het Koninkrijk der Nederlanden en het Groothertogdom Luxemburg "
              "betreffende een gezamenlijke meetpost\n\n"
              "Hare Majesteit de Koningin der Nederlanden en Zijne Koninklijke Hoogheid de Groothertog, "
              "verlangende samen te werken, hebben hun gevolmachtigden benoemd.\n\nArtikel 1\n\n"
              "Luxemburg stelt een terrein beschikbaar. Luxemburg meldt het gebruik aan Nederland.\n\n"
              "Artikel 2\n\nNederland betaalt de meetpost. Nederland draagt de kosten.\n")
    assert sorted(p.key for p in a.parties) == ["Luxemburg", "Nederland"]


def test_a_title_without_parties_invents_none(build):
    a = build("Samenwerking tussen zorg en welzijn in de wijk\n\nWe werken samen aan een gezonde wijk.\n")
    assert a.parties == []


def test_ministers_and_an_organ_named_hieronder_aangeduid_als(build):
    a = build("Overeenkomst voor het beheer van het streekarchief\n\n"
              "De Ministers van Onderwijs en van Financiën, hieronder verder aangeduid als \"de Ministers\", "
              "vertegenwoordigende het Rijk, partij ter ene zijde, en het bestuur der Stichting "
              "\"Streekarchief Aarle en omstreken\" te Aarle, hieronder verder aangeduid als \"het bestuur\", "
              "partij ter andere zijde, zijn, onder voorbehoud van goedkeuring, overeengekomen als volgt:\n\n"
              "Artikel 1\n\nDe Ministers stellen het gebouw beschikbaar. Het bestuur beheert het archief.\n")
    assert [p.key for p in a.parties] == ["de Ministers", "het bestuur"]


def test_the_person_who_signs_is_not_the_party(build):
    a = build("Convenant Samen\n\nDe ondergetekenden:\n\n"
              "1. De heer J. Jansen, wethouder, handelend namens de gemeente Noordstad, hierna: de Gemeente;\n"
              "2. Mevrouw A. de Vries, te dezen handelende voor en namens Stichting Welzijn Kompas, "
              "gevestigd te Noordstad, hierna: Welzijn;\n\nKomen het volgende overeen:\n\n"
              "Artikel 1\n\nDe Gemeente betaalt de huur.\n")
    assert [(p.key, p.name) for p in a.parties] == [("de Gemeente", "gemeente Noordstad"),
                                                   ("Welzijn", "Stichting Welzijn Kompas")]


@pytest.mark.parametrize("title", ["Samenwerkingsovereenkomst huurders\n\n", ""])
def test_a_one_line_party_list_with_quoted_short_names(build, title):
    # the title may be missing, or run on into the list (a text copied from a web page)
    a = build(title + "Ondergetekenden, Woonstichting Dalzicht, hierna te noemen \"de verhuurder\" en "
              "Huurdersbelangenvereniging Dalzicht, hierna te noemen \"de huurdersraad\" Overwegende dat:\n"
              "- partijen goed willen samenwerken.\n\nArtikel 1\n\nDe verhuurder informeert de huurdersraad.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("de verhuurder", "Woonstichting Dalzicht"),
        ("de huurdersraad", "Huurdersbelangenvereniging Dalzicht")]


def test_a_title_that_runs_on_into_the_party_list_ends_before_it(build):
    a = build("Convenant wijkbeheer Oostpolder De ondergetekenden: Woonstichting Dalzicht, hierna: de "
              "verhuurder, en de gemeente Oostpolder, hierna: de gemeente.\n\nArtikel 1\n\nDe gemeente maait.\n")
    assert a.text[a.title.start:a.title.end] == "Convenant wijkbeheer Oostpolder"
    assert keys(a) == ["de verhuurder", "de gemeente"]


def test_unquoted_short_names_in_one_running_sentence(build):
    a = build("Samenwerkingsovereenkomst\n\nOndergetekenden, Woonstichting Dalzicht, hierna te noemen de "
              "verhuurder en stichting Huurdersraad Dalzicht, hierna te noemen de HRD. In overweging nemende "
              "dat partijen willen samenwerken:\n\nArtikel 1\n\nDe verhuurder informeert de HRD.\n")
    assert keys(a) == ["de verhuurder", "de HRD"]


def test_a_list_without_a_header_that_opens_with_a_short_name(build):
    a = build("Convenant van de Minister van Onderwijs met de sportbonden\n\n"
              "De Minister van Onderwijs, handelend als bestuursorgaan, hierna te noemen: de Minister;\n\nen\n\n"
              "1. de Vereniging Sport Noord, gevestigd te Assen, te dezen vertegenwoordigd door haar voorzitter "
              "de heer P. Bos;\n\n2. de Stichting Bewegen Zuid, gevestigd te Breda, te dezen vertegenwoordigd "
              "door haar voorzitter mevrouw L. Smit;\n\ngezamenlijk te noemen: de Bonden;\n\n"
              "de Minister en de Bonden gezamenlijk te noemen: partijen;\n\nOverwegende dat sport gezond is,\n\n"
              "Artikel 1\n\nDe Minister betaalt de campagne.\n")
    assert keys(a) == ["de Minister", "Vereniging Sport Noord", "Stichting Bewegen Zuid"]


def test_the_person_after_a_ministers_name_and_the_entry_after_a_collective_line(build):
    a = build("Regio Deal Westhoek\n\nPartijen\n\n"
              "1. De Minister van Landbouw, mevrouw A.B. de Graaf, hierna te noemen: LNV;\n\n"
              "2. de Staatssecretaris van Financiën, de heer C. Dekker.\n\n"
              "Partijen genoemd onder 1 en 2, ieder handelend als bestuursorgaan, hierna samen te noemen: Rijk;\n\n"
              "en\n\nGedeputeerde Staten van de provincie Westland, hierna te noemen: de Provincie;\n\n"
              "Algemene overwegingen\n\nDe regio krimpt.\n")
    assert [(p.key, p.name) for p in a.parties] == [
        ("LNV", "De Minister van Landbouw"),
        ("Staatssecretaris van Financiën", "Staatssecretaris van Financiën"),
        ("de Provincie", "Gedeputeerde Staten van de provincie Westland")]


@pytest.mark.parametrize("opening, expected", [
    ("De raden, de colleges van burgemeester en wethouders en de burgemeesters van de gemeenten "
     "Bergen op Zoom, ’s-Hertogenbosch en Oosterhout, ieder voor zover het hun bevoegdheden betreft;",
     ["Bergen op Zoom", "’s-Hertogenbosch", "Oosterhout"]),
    ("De algemene besturen van het Waterschap Aa en Maas en het Waterschap Brabantse Delta en het "
     "college van de gemeente Tilburg, ieder voor zoveel het zijn bevoegdheden betreft,",
     ["Waterschap Aa en Maas", "Waterschap Brabantse Delta", "gemeente Tilburg"]),
])
def test_the_opening_of_a_joint_regulation_names_its_parties(build, opening, expected):
    a = build("Gemeenschappelijke regeling Belastingen West\n\n" + opening + "\n\nGelet op de Wet "
              "gemeenschappelijke regelingen;\n\nBesluiten de volgende regeling te treffen:\n\n"
              "Artikel 1\n\nEr is een openbaar lichaam.\n\nArtikel 2\n\nHet bestuur int de heffingen.\n")
    assert keys(a) == expected


def test_a_group_of_municipalities_listed_by_their_places(build):
    a = build("Convenant handhaving Westhoek\n\nDE ONDERGETEKENDEN: •\n"
              "• De Burgemeesters, mede namens de colleges van de volgende gemeenten: Aalten, Gilze en Rijen, "
              "Bergen op Zoom, Loon op zand, Zundert.\n"
              "• Stichting Buurtwerk Westhoek, gevestigd te Aalten, hierna: het Buurtwerk.\n\n"
              "OVERWEGENDE DAT\nde handhaving beter kan.\n\nArtikel 1\n\nHet Buurtwerk meldt overlast.\n")
    assert keys(a) == ["Aalten", "Gilze en Rijen", "Bergen op Zoom", "Loon op zand", "Zundert", "het Buurtwerk"]
    assert a.parties[0].name == "gemeente Aalten"


def test_roman_entries_that_start_on_the_header_line_and_name_groups(build):
    a = build("Convenant Wonen Heuvelland 2024\n\n"
              "Partijen: I. De colleges van burgemeester en wethouders van de gemeenten: Epen, Gulpen, Vaals en "
              "Wittem, verder in dit convenant aan te duiden als \"de gemeenten\".\n\n"
              "II. Het gewest Heuvelland, verder in dit convenant aan te duiden als \"het gewest\".\n\n"
              "III. De verhuurders in de gemeenten en andere partijen: Woonstichting Epen, Stichting Wonen "
              "Gulpen en Omstreken, verder in dit convenant aan te duiden als \"de verhuurders\".\n\n"
              "IV. I, II en III gezamenlijk verder aan te duiden als \"partijen\".\n\n"
              "Overwegende dat:\nde wachtlijsten lang zijn.\n\nArtikel 1\n\nHet gewest houdt de lijst bij.\n")
    assert keys(a) == ["Epen", "Gulpen", "Vaals", "Wittem", "het gewest", "Woonstichting Epen",
                       "Stichting Wonen Gulpen en Omstreken"]


def test_an_entry_for_several_municipalities_gives_each_place(build):
    a = build("Cultuurconvenant Zuidrand\n\n"
              "De Minister van Onderwijs, Cultuur en Wetenschap, handelend als bestuursorgaan, hierna te noemen: "
              "de minister,\n\nen\n\n"
              "De gemeenten, voor zover het de bestuurlijke bevoegdheden betreft Burgemeester en wethouders van "
              "de gemeenten Venlo, Weert, Roermond, te dezen vertegenwoordigd door de wethouders voor cultuur, "
              "hierna te noemen: gemeenten,\n\nOverwegende dat:\ncultuur verbindt.\n\nArtikel 1\n\n"
              "De minister betaalt.\n")
    assert keys(a) == ["de minister", "Venlo", "Weert", "Roermond"]
    assert "gemeenten" in a.collective


def test_entries_with_a_bullet_and_a_number_and_a_date_line(build):
    a = build("Convenant Dierenwelzijn Noord\n\nDe ondergetekenden:\n\n"
              "  • 1. De vereniging Melkvee Noord, vertegenwoordigd door de heer P. Bos, voorzitter;\n\n"
              "  • 2. De stichting Kalverzorg, vertegenwoordigd door mevrouw A. Smit;\n\n"
              "verder te noemen: partijen;\n\nIn aanmerking nemende:\n\ndat dieren gezond moeten zijn.\n")
    assert keys(a) == ["vereniging Melkvee Noord", "stichting Kalverzorg"]
    b = build("Samenwerkingsovereenkomst Wmo Heuvelrand\n\nOndergetekenden,\n\n"
              "De Gemeente Heuvelrand, hierbij vertegenwoordigd door de heer J. Bos, ter uitvoering van het "
              "besluit van het college\n\nd.d. 10-7-2025.\n\n"
              "De Gemeente Dalwijk, hierbij vertegenwoordigd door mevrouw C. Smit, ter uitvoering van het "
              "besluit van het college\n\nd.d. 8-7-2025.\n\nHierna gezamenlijk genoemd: “de gemeenten”.\n\n"
              "Overwegen het volgende:\n\nde inkoop wordt samen gedaan.\n")
    assert keys(b) == ["Gemeente Heuvelrand", "Gemeente Dalwijk"]


def test_places_one_per_line_after_the_colleges_of_the_municipalities(build):
    a = build("Samenwerkingsconvenant Signalering Jeugd\n"
              "De colleges van Burgemeester en Wethouders van de gemeenten:\nBrielle\nCapelle aan den IJssel\n"
              "’s-Gravendeel\nWestvoorne\nOverwegende dat signalen vroeg gedeeld moeten worden;\n\n"
              "Artikel 1\n\nDe gemeenten gebruiken één verwijsindex.\n")
    assert keys(a) == ["Brielle", "Capelle aan den IJssel", "’s-Gravendeel", "Westvoorne"]


def test_a_group_of_places_on_a_line_that_lost_its_breaks(build):
    a = build("Samenwerkingsovereenkomst Veiligheidshuis Noordkust\n2024\n"
              "Samenwerkingsovereenkomst Veiligheidshuis Noordkust De gemeenten: Ameland, Harlingen, het Bildt, "
              "Terschelling en Vlieland, op grond van artikel 171 van de Gemeentewet allen vertegenwoordigd door "
              "hun burgemeesters; De ketenpartners: zie bijlage A\nOverwegende dat:\nveiligheid telt.\n")
    assert keys(a) == ["Ameland", "Harlingen", "het Bildt", "Terschelling", "Vlieland"]


def test_one_party_per_line_before_the_formula_with_who_signs_voor_deze(build):
    a = build("Convenant inzake de samenwerking tussen de marechaussee en de douane\n\n"
              "Ter uitvoering van het plan van aanpak dient er een structurele samenwerking te komen.\n\n"
              "De Minister van Defensie\nvoor deze\nDe Bevelhebber der Koninklijke marechaussee\n\nen\n"
              "De Staatssecretaris van Financiën\nvoor deze\nDe Directeur Douane\n\n"
              "zijn het volgende overeengekomen:\n\nArtikel 1\n\nDe diensten delen gegevens.\n")
    assert keys(a) == ["De Minister van Defensie", "De Staatssecretaris van Financiën"]


def test_a_label_on_its_own_line_and_who_signs_voor_deze(build):
    a = build("Regionaal convenant woonoverlast\n\nPartijen:\n\n  • 1.\n\n    Politie. Voor deze de politiechef "
              "van de eenheid; hierna te duiden als “de politie”;\n\n  • 2.\n\n    Deelnemende gemeenten. Voor deze "
              "de burgemeester; hierna te duiden als \"de burgemeester\";\n\n"
              "Hierna gezamenlijk te worden aangeduid als ‘Partijen’,\n\nOverwegende dat:\n\nover­last schaadt.\n")
    assert [(p.key, p.name) for p in a.parties] == [("de politie", "Politie"),
                                                   ("de burgemeester", "Deelnemende gemeenten")]


def test_numbered_entries_in_one_line_after_ondergetekenden(build):
    a = build("DEELNAMEOVEREENKOMST HET DATAHUIS - WATERSCHAP DALRIJK Versie 1.0\n\n"
              "DEELNAMEOVEREENKOMST HET DATAHUIS - WATERSCHAP DALRIJK ONDERGETEKENDEN 1. De Stichting Het "
              "Datahuis, gevestigd te Amersfoort, hierna ook genoemd: 'Stichting HDH' 2. Waterschap Dalrijk, "
              "gevestigd te Delft, hierna te noemen: \"het waterschap\", partijen genoemd onder 1 en 2\n\n"
              "Overwegende dat:\nde gegevens gedeeld worden.\n")
    assert keys(a) == ["Stichting HDH", "het waterschap"]


def test_numbers_on_their_own_lines_and_short_names_in_single_quotes(build):
    a = build("Overeenkomst Warmtenet Dalkamp\n\n. OVEREENKOMST WARMTENET DALKAMP 20-07-2027\n\n1.\n\n"
              "HET OPENBAAR LICHAAM GEMEENTE DALKAMP, vertegenwoordigd door de heer J. Bos, wethouder, "
              "hierna te noemen 'de Gemeente'\n\n2.\n\nDE NAAMLOZE VENNOOTSCHAP WARMTE NOORD, statutair gevestigd "
              "te Arnhem, hierna te noemen 'het Warmtebedrijf' De Gemeente en het Warmtebedrijf hierna "
              "gezamenlijk als 'Partijen',\n\n. OVERWEGENDE DAT:\n\nwarmte duurzaam moet zijn.\n")
    assert keys(a) == ["de Gemeente", "het Warmtebedrijf"]


def test_in_het_onderstaande_genoemd_gives_short_names(build):
    a = build("Overeenkomst over het onderhoud van de Grensbeek\n\nHet waterschap Dalrijk, in het onderstaande "
              "„waterschap” genoemd, en de Stichting Beekdal, in het onderstaande „stichting” genoemd, sluiten de "
              "volgende overeenkomst:\n\nArtikel 1\n\nHet waterschap maait de beek.\n")
    assert [(p.key, p.name) for p in a.parties] == [("waterschap", "waterschap Dalrijk"),
                                                   ("stichting", "Stichting Beekdal")]


def test_delegations_of_island_territories_are_the_parties(build):
    a = build("Overgangsakkoord Eilanden\n\nDe delegaties van:\n- Nederland;\n- het eilandgebied Bonaire;\n"
              "- het eilandgebied Saba,\n\noverwegende:\n\ndat de eilanden een nieuwe status krijgen.\n")
    assert keys(a) == ["Nederland", "eilandgebied Bonaire", "eilandgebied Saba"]


def test_a_short_name_for_several_parties_and_the_united_kingdom(build):
    a = build("Overeenkomst inzake gegevens\n\nDe Regering van het Koninkrijk der Nederlanden, de Regering van de "
              "Bondsrepubliek Duitsland en de Regering van het Verenigd Koninkrijk van Groot-Brittannië en "
              "Noord-Ierland (hierna te noemen „de Drie Regeringen”) en de Regering van de Verenigde Staten van "
              "Amerika (hierna te noemen „de Regering van de Verenigde Staten”);\n\nGelet op het verdrag;\n\n"
              "Zijn het volgende overeengekomen:\n\nArtikel 1\n\nDe gegevens blijven geheim.\n")
    assert "de Drie Regeringen" not in keys(a)
    assert any(p.name.endswith("Groot-Brittannië en Noord-Ierland") for p in a.parties)
    assert len(a.parties) == 4


def test_entries_with_seat_and_representative_after_a_subtitle_and_a_date(build):
    a = build("Convenant tussen politie district Westland en GGZ Westland\nUitwerking van het landelijke "
              "convenant\njuli 2024\nPolitie district Westland en GGZ Westland\n"
              "Politie district Westland, gevestigd te Delft, ten deze vertegenwoordigd door mevrouw S. Bos, "
              "districtschef\nen\nGGZ Westland, gevestigd te Delft, ten deze vertegenwoordigd door de heer A. Smit\n"
              "hebben op basis van het landelijke convenant, dat in 2023 is ondertekend door de Raad van "
              "Korpschefs\nen de vereniging GGZ Nederland, een convenant opgesteld.\n"
              "Het convenant van 2004 komt hiermee te vervallen.\n")
    assert keys(a) == ["Politie district Westland", "GGZ Westland"]


def test_clusters_of_municipalities_with_group_headings_and_signers(build):
    a = build("Samenwerkingsovereenkomst Werkbedrijf Zuidrand\nPartijen:\nGemeenten:\n"
              "De gemeente Dalstad (Centrumgemeente), vertegenwoordigd door:\n- Wethouder Werk en Inkomen\n"
              "De gemeenten Aalbeek, Berkhout en Zuidplas (cluster ABZ),\nvertegenwoordigd door\n"
              "- Wethouder Sociale Zaken, gemeente Aalbeek\n- Wethouder Werk, gemeente Zuidplas\n"
              "De gemeente Hoekwaard, vertegenwoordigd door\nWethouder Participatie, gemeente Hoekwaard\n"
              "Werkgeversorganisaties:\nVNO NCW,\nvertegenwoordigd door Bestuurslid\n"
              "MKB Nederland, vertegenwoordigd door\nVoorzitter MKB Dalstad\nABU,\n"
              "vertegenwoordigd door Voorzitter\n\nOverwegende dat:\nwerk loont.\n")
    assert keys(a) == ["Centrumgemeente", "Aalbeek", "Berkhout", "Zuidplas", "gemeente Hoekwaard",
                       "VNO NCW", "MKB Nederland", "ABU"]


def test_numbered_bullets_go_on_after_a_shared_short_name_and_legal_forms_before_a_comma(build):
    a = build("Regio Deal Westkust\n\nPartijen:\n\n • 1. de minister van Landbouw, hierna te noemen: LNV;\n\n"
              " • 2. de minister van Binnenlandse Zaken, mevrouw drs. K. de Boer;\n\n"
              " • 3. de staatssecretaris van Binnenlandse Zaken, de heer R. Smit;\n\n"
              "Partijen onder 2 en 3 ieder handelend als bestuursorgaan en hierna samen te noemen: BZK;\n\n"
              " • 4. de minister voor Rechtsbescherming, hierna te noemen: JenV;\n\n"
              "Alle Partijen hierna allen tezamen te noemen: Partijen.\n\nOverwegende dat de kust krimpt.\n")
    assert keys(a)[0] == "LNV" and keys(a)[-1] == "JenV" and len(a.parties) == 4
    b = build("Gebruiksovereenkomst Golfbaan De ondergetekenden: 1. De rechtspersoonlijkheid bezittende "
              "vereniging, Golfclub De Heide gevestigd te Ede, ten deze vertegenwoordigd door de voorzitter, "
              "nader aan te duiden als “de vereniging\" en 2. De besloten vennootschap Beheer Heide b.v., "
              "gevestigd te Ede, nader aan te duiden als \"de vennootschap\" In aanmerking nemende dat\n")
    assert [(p.key, p.name) for p in b.parties] == [("de vereniging", "Golfclub De Heide"),
                                                   ("de vennootschap", "Beheer Heide b.v.")]


def test_an_apostrophe_inside_a_name_stays(build):
    a = build("Overeenkomst natuurherstel\n\nPartijen:\n1. Waterschap Hunze en Aa’s, hierna: het waterschap;\n"
              "2. Stichting Het Drentse Landschap, hierna: de stichting;\n\nArtikel 1\n\nHet waterschap peilt.\n")
    assert a.parties[0].name == "Waterschap Hunze en Aa’s"


def test_a_heading_after_the_list_that_names_no_kind_of_party_ends_it(build):
    a = build("Convenant Buurthuis\n\nPartijen:\n- de gemeente Noordstad, hierna: de gemeente;\n"
              "- Stichting Welzijn Kompas, hierna: Welzijn;\nAfspraken:\n- De gemeente zorgt voor de zaal.\n"
              "- Welzijn levert twee vrijwilligers.\n")
    assert keys(a) == ["de gemeente", "Welzijn"]


def test_the_colleges_of_municipalities_in_one_line_and_a_foundation_after_them(build):
    a = build("GEMEENSCHAPPELIJKE REGELING LEERPLICHT WEST\nDe colleges van burgemeester en wethouders van de "
              "gemeenten Aalten, Borculo en Eibergen;\n\ngezien de besluiten van de raden;\n\nArtikel 1\n\nEr is "
              "een bureau.\n")
    assert keys(a) == ["Aalten", "Borculo", "Eibergen"]
    b = build("Convenant jeugdgezondheidszorg Oostrand 2025\nDe colleges van burgemeester en wethouders van de "
              "gemeenten Aalten, Borculo en Eibergen en het bestuur van Stichting Jeugdgezondheid Oostrand "
              "(Stichting JGO), hierna te noemen partijen;\nOverwegende:\ndat kinderen gezond opgroeien.\n")
    assert keys(b) == ["Aalten", "Borculo", "Eibergen", "Stichting JGO"]


def test_numbered_entries_in_one_line_after_partijen(build):
    a = build("Green Deal Minder Verspilling Partijen 1. De Staatssecretaris van Economische Zaken, de heer J. Bos; "
              "2. De Minister van Volksgezondheid, mevrouw A. Smit; 3. Het Centraal Bureau Voedsel, te dezen "
              "vertegenwoordigd door de heer P. de Vries, hierna te noemen: CBV; Hierna allen samen te noemen: "
              "Partijen. Algemene overwegingen\n")
    assert keys(a) == ["De Staatssecretaris van Economische Zaken", "De Minister van Volksgezondheid", "CBV"]


def test_ministers_in_one_entry_are_parties_of_their_own_and_their_joint_name_is_collective(build):
    a = build("Convenant Schone Havens\n\nPartijen:\n\n"
              "1. de Minister van Infrastructuur en Waterstaat, de Staatssecretaris van Financiën en de Minister "
              "van Economische Zaken en Klimaat, allen handelend als bestuursorgaan, hierna samen te noemen: "
              "het Rijk;\n\n"
              "2. Havenbedrijf Zuidwaard N.V., hierna te noemen: het Havenbedrijf.\n\n"
              "Artikel 1\nHet Havenbedrijf meldt elk kwartaal de lozingen aan het Rijk.\n")
    assert keys(a) == ["Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën",
                       "Minister van Economische Zaken en Klimaat", "het Havenbedrijf"]
    assert "het Rijk" in a.collective


def test_an_office_that_acts_for_a_public_body_is_a_party(build):
    a = build("Convenant Veilige Wijken\n\nPartijen:\n\n"
              "1. de burgemeester en het college van burgemeester en wethouders van de gemeente Havelte, "
              "hierna te noemen: de gemeente;\n\n"
              "2. de korpschef van politie, handelend als bestuursorgaan van de Politie;\n\n"
              "3. de hoofdofficier van justitie in het arrondissement Noord, handelend als het Openbaar Ministerie;\n\n"
              "4. de heer K. Smit, handelend als gemachtigde van Stichting Buurtzorg Havelte.\n\n"
              "Artikel 1\nPartijen delen elk kwartaal hun cijfers.\n")
    # who signs as an agent is no party: the foundation he acts for is
    assert keys(a) == ["de gemeente", "korpschef van politie",
                       "hoofdofficier van justitie in het arrondissement Noord", "Stichting Buurtzorg Havelte"]


def test_parties_that_reached_agreement_after_the_auxiliary(build):
    a = build("Akkoord Jeugd en Sport Oostland 2026\n\n"
              "Op 3 februari 2026 hebben de gemeente Oostland, Sportservice Oostland en Stichting Jeugdwerk "
              "De Brug in het jeugdoverleg overeenstemming bereikt over de volgende afspraken.\n\n"
              "Artikel 1 Inzet\nSportservice Oostland zet twee buurtsportcoaches in.\n")
    assert keys(a) == ["gemeente Oostland", "Sportservice Oostland", "Stichting Jeugdwerk De Brug"]


def test_an_auxiliary_before_names_without_an_agreement_after_them_names_no_parties(build):
    a = build("Verslag Jeugd en Sport Oostland 2026\n\n"
              "In 2025 hebben de gemeente Oostland, Sportservice Oostland en Stichting Jeugdwerk De Brug "
              "samen veel kinderen bereikt.\n\nDe resultaten staan in de bijlage.\n")
    assert keys(a) != ["gemeente Oostland", "Sportservice Oostland", "Stichting Jeugdwerk De Brug"]


def test_clubs_named_by_a_compound_type_word_in_a_list_of_makers(build):
    a = build("Intentieverklaring Sport in de Buurt\n\nDeze verklaring is opgesteld door de gemeente "
              "Aarle, hockeyvereniging De Vlinders (De Vlinders), zwemvereniging Aquarijn (Aquarijn) en "
              "Tennisclub Smash (TC Smash).\n\nWij willen dat meer kinderen sporten.\n")
    assert keys(a)[1:] == ["De Vlinders", "Aquarijn", "TC Smash"]


def test_parties_named_only_in_a_signature_table_with_who_signs_for_them(build):
    a = build("Ambitiedocument Cultuur Drieland\n\n## Waarom doen we dit?\n\nCultuur is van belang voor de "
              "inwoners van Drieland. In Drieland doet lang niet iedereen mee. De bibliotheek deelt haar kennis "
              "van leesbevordering.\n\n## Ondertekening\n\n| Partner | Namens de partner |\n|---|---|\n"
              "| Gemeente Oosterveen | L. Brinkhorst, wethouder |\n| Bibliotheek Drieland | W. Schoonderwoerd, "
              "directeur |\n| Kunstencentrum De Klankkast | N. Osinga, directeur |\n")
    assert [p.name for p in a.parties] == ["Gemeente Oosterveen", "Bibliotheek Drieland", "Kunstencentrum De Klankkast"]
    # 'Drieland' is the region the text speaks of, not the library's short name
    assert [p.key for p in a.parties][1] != "Drieland"
