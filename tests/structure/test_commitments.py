"""Who gives a commitment: the clause's subject, a line that starts with the party, the
lead-in of a list, 'ontvangt ... van X', and 'zij' for the party of the sentence before."""

from __future__ import annotations

HEADER = ("Convenant Samen\n\nDe ondergetekenden:\n\n1. De gemeente Noordstad, hierna: de Gemeente;\n"
          "2. Stichting Welzijn Kompas, hierna: Welzijn;\n\nKomen het volgende overeen:\n\n"
          "Artikel 1 Financiën\n")
# the same agreement with a third party
HEADER3 = HEADER.replace("Welzijn;\n\n", "Welzijn;\n3. Woonstichting Thuis, hierna: Thuis;\n\n")


def givers(build, body: str, kind: str = "geld"):
    a = build(HEADER + body)
    return [(c.amount, c.party) for c in a.commitments if c.type == kind]


def test_line_starts_with_party(build):
    body = "De bijdragen zijn:\n- de Gemeente: € 50.000 per jaar;\n- Welzijn: € 10.000 per jaar.\n"
    assert givers(build, body) == [(50000.0, "de Gemeente"), (10000.0, "Welzijn")]


def test_lead_in_of_a_list(build):
    body = "1.1 Welzijn levert:\na. 400 uur per jaar voor huisbezoeken;\nb. 0,5 fte coördinatie.\n"
    assert givers(build, body, "tijd") == [(400.0, "Welzijn"), (0.5, "Welzijn")]


def test_receiver_is_not_the_giver(build):
    body = "1.1 Welzijn ontvangt jaarlijks € 75.000 van de Gemeente.\n"
    assert givers(build, body) == [(75000.0, "de Gemeente")]


def test_pronoun_refers_back(build):
    body = "1.1 De Gemeente stelt het budget vast. Zij betaalt € 20.000 in 2026.\n"
    assert givers(build, body) == [(20000.0, "de Gemeente")]


def test_pronoun_after_a_fronted_word_refers_back(build):
    body = ("1.1 De Gemeente draagt € 64.000 per jaar bij. Daarnaast zet zij een beleidsadviseur in "
            "voor 4 uur per maand.\n")
    assert givers(build, body, "tijd") == [(48.0, "de Gemeente")]


def test_the_employer_gives_the_hours_of_its_employee(build):
    body = "1.1 De coördinator is in dienst van Welzijn en werkt 24 uur per week.\n"
    assert givers(build, body, "tijd") == [(1248.0, "Welzijn")]
    items = ("1.1 Het bureau bestaat uit een projectleider voor 1,0 fte, in dienst van de Gemeente, "
             "en een medewerker van 0,5 fte van Welzijn.\n")
    assert givers(build, items, "tijd")[0] == (1.0, "de Gemeente")


def test_joint_and_distributive(build):
    joint = build(HEADER + "1.1 De Gemeente en Welzijn dragen samen € 30.000 bij.\n")
    c = next(c for c in joint.commitments if c.type == "geld")
    assert (c.party, c.parties) == ("de Gemeente", ["de Gemeente", "Welzijn"])
    each = givers(build, "1.1 Partijen betalen ieder € 4.000 per jaar.\n")
    assert each == [(4000.0, "de Gemeente"), (4000.0, "Welzijn")]
    together = build(HEADER + "1.1 Partijen dragen gezamenlijk € 8.000 bij.\n")
    c = next(c for c in together.commitments if c.type == "geld")
    assert (c.party, c.parties) == (None, ["de Gemeente", "Welzijn"])


def test_knowledge_needs_a_contribution(build):
    a = build(HEADER + "1.1 Welzijn stelt haar netwerk en data beschikbaar.\n"
              "1.2 Kennis is belangrijk voor de wijk.\n"
              "1.3 Welzijn doet mee omdat zij meer vrijwilligers wil inzetten.\n"
              "1.4 De Gemeente biedt ruimte voor overleg.\n")
    got = [(c.text, c.resource, c.party) for c in a.commitments if c.type == "kennis"]
    assert got == [("netwerk", "netwerk", "Welzijn"), ("data", "data", "Welzijn")]


def test_an_item_without_subject_belongs_to_its_lead_in_not_to_a_party_named_in_it(build):
    body = ("1.1 De Gemeente:\na. stelt € 600.000 beschikbaar voor de begeleiding die Welzijn "
            "op grond van deze overeenkomst levert;\nb. zet 1,0 fte procesregisseur in.\n")
    assert givers(build, body) == [(600000.0, "de Gemeente")]
    assert givers(build, body, "tijd") == [(1.0, "de Gemeente")]


def test_a_possessive_refers_back_to_the_party_before(build):
    body = ("1.1 Welzijn draagt € 5.000 bij aan het onderzoek. Haar vrijwilligers zetten daarvoor "
            "samen 10 uur per week in.\n")
    assert givers(build, body) == [(5000.0, "Welzijn")]
    assert [p for _, p in givers(build, body, "tijd")] == ["Welzijn"]


def test_an_amount_by_which_something_changes_is_no_contribution(build):
    # a target ('daalt met € 35 per maand'), written in either order, next to a real one
    body = ("1.1 Partijen willen dat de energierekening van huurders gemiddeld met € 35 per maand daalt.\n"
            "1.2 De huur stijgt met ten hoogste € 12 per maand.\n"
            "1.3 De Gemeente betaalt € 20.000 per jaar.\n")
    assert givers(build, body) == [(20000.0, "de Gemeente")]


def test_what_people_outside_the_agreement_pay_is_no_partys_contribution(build):
    body = ("Wij spreken het volgende af:\n- Meedoen is het eerste halfjaar gratis. Daarna betalen "
            "deelnemers € 5 per maand.\n- De Gemeente betaalt de deelnemers een reiskostenvergoeding van € 200.\n")
    # the amount is still found, but no party gives it (not the group of the lead-in 'Wij')
    assert givers(build, body) == [(5.0, None), (200.0, "de Gemeente")]


def test_one_amount_shared_with_parts_per_party_is_the_groups(build):
    body = ("1.1 De kosten van de evaluatie, begroot op € 24.000, dragen Partijen gezamenlijk: "
            "de Gemeente de helft, Welzijn de andere helft.\n"
            "1.2 Partijen betalen ieder € 4.000 per jaar.\n")
    assert givers(build, body) == [(24000.0, None), (4000.0, "de Gemeente"), (4000.0, "Welzijn")]


def test_the_schedule_of_the_people_served_is_no_partys_time(build):
    body = ("1.1 Welzijn biedt leerwerktrajecten waarin deelnemers drie dagen per week werken en "
            "twee dagen per week les volgen.\n"
            "1.2 Welzijn zet een coach in voor acht uur per week.\n")
    # the participants' days are no commitment of anyone; the coach's hours are Welzijn's
    assert givers(build, body, "tijd") == [(416.0, "Welzijn")]


def test_a_party_named_after_the_people_it_serves_still_gives(build):
    text = HEADER.replace("Stichting Welzijn Kompas, hierna: Welzijn", "Stichting Nieuwkomers, hierna: Nieuwkomers")
    a = build(text + "1.1 Nieuwkomers zet een jobcoach in voor acht uur per week.\n")
    assert [(c.amount, c.party) for c in a.commitments if c.type == "tijd"] == [(416.0, "Nieuwkomers")]


def test_sharing_experiences_in_a_meeting_is_no_partys_knowledge(build):
    a = build(HEADER + "1.1 Partijen komen twee keer per jaar bij elkaar om ervaringen te delen.\n"
              "1.2 Welzijn deelt haar kennis van de wijk met de Gemeente.\n")
    assert [(c.text, c.party) for c in a.commitments if c.type == "kennis"] == [("kennis", "Welzijn")]


def test_money_written_in_words_is_money_not_also_a_resource(build):
    # 'stelt ... beschikbaar' gives a resource only when what is made available is no
    # amount: with digits and with number words alike, or AMB-06 would see knowledge
    body = ("1.1 De Gemeente stelt tweeëntwintigduizend vijfhonderd euro beschikbaar.\n"
            "1.2 Welzijn zet vierentwintig uur per week in.\n")
    assert givers(build, body) == [(22500.0, "de Gemeente")]
    assert givers(build, body, "tijd") == [(1248.0, "Welzijn")]
    assert givers(build, body, "kennis") == []


def test_an_organ_gives_for_its_party(build):
    # Gedeputeerde Staten act for the provincie, the college of one gemeente for that
    # gemeente; 'Staten' is no collective subject then, and a school's 'college van
    # bestuur' or a name with 'College' in it is no organ of a gemeente
    text = ("Bestuursovereenkomst Vakschool\n\nPartijen:\n1. Provincie Zandmark, vertegenwoordigd door "
            "Gedeputeerde Staten, hierna: de Provincie;\n2. gemeente Aarlo, hierna: Aarlo;\n"
            "3. gemeente Bredevoort, hierna: Bredevoort;\n4. Stichting Zandmark College, hierna: "
            "Zandmark College.\n\nArtikel 1 Bijdragen\n1.1 Gedeputeerde Staten stellen EUR 2,4 miljoen beschikbaar.\n"
            "1.2 Het college van burgemeester en wethouders van Aarlo levert 0,6 fte projectleiding.\n"
            "1.3 Het college van bestuur van Zandmark College zet 1,5 fte docenten in.\n")
    a = build(text)
    money = [(c.amount, c.party) for c in a.commitments if c.type == "geld"]
    time = [(c.amount, c.party) for c in a.commitments if c.type == "tijd"]
    assert money == [(2400000.0, "de Provincie")]
    assert time == [(0.6, "Aarlo"), (1.5, "Zandmark College")]


def test_each_after_a_pronoun_and_a_receiver_in_a_relative_clause(build):
    # 'Zij zetten daarvoor elk ...': each of the parties the pronoun points back to; a
    # receiving verb in a relative clause ('die ... krijgt') does not make the item a goal
    body = ("1.1 De Gemeente en Welzijn ruimen samen het park op. Zij zetten daarvoor elk 8 uur per week in.\n"
            "1.2 Welzijn:\na. betaalt iedere vrijwilliger die een diploma krijgt een premie van € 250,-.\n")
    assert givers(build, body, "tijd") == [(416.0, "de Gemeente"), (416.0, "Welzijn")]
    assert givers(build, body) == [(250.0, "Welzijn")]


def test_both_of_three_is_the_two_named_before(build):
    text = ("Regiodeal Oostmark\n\nPartijen:\n1. gemeente Aldorp, hierna: Aldorp;\n2. gemeente Bredam, hierna: "
            "Bredam;\n3. gemeente Cuyk-Oost, hierna: Cuyk-Oost.\n\nArtikel 1 Inzet\n1.1 Aldorp en Bredam "
            "hebben personeel tekort; beide gemeenten zetten elk 0,5 fte in.\n")
    a = build(text)
    assert sorted((c.amount, c.party) for c in a.commitments if c.type == "tijd") == [(0.5, "Aldorp"), (0.5, "Bredam")]


def test_what_a_party_pays_now_under_an_interests_heading_is_no_contribution(build):
    body = ("Artikel 1 Wat ieder van ons eraan heeft\n\nWelzijn betaalt nu voor de afvoer van oude meubels.\n\n"
            "Artikel 2 Inzet\n\n2.1 Welzijn zet 6 uur per week in.\n")
    a = build(HEADER.replace("Artikel 1 Financiën\n", "") + body)
    assert [(c.type, c.party) for c in a.commitments if c.type in ("geld", "tijd")] == [("tijd", "Welzijn")]


def test_a_cost_that_comes_at_a_partys_expense(build):
    body = "1.1 De huur van de camera's, € 18.500 inclusief btw, komt voor rekening van Welzijn.\n"
    assert givers(build, body) == [(18500.0, "Welzijn")]


def test_a_rent_per_unit_of_use_is_a_price_not_a_contribution(build):
    body = ("1.1 Welzijn betaalt de gemeente een huur van € 38,50 per veld per uur en € 12,00 per kleedkamer "
            "per dagdeel.\n1.2 Welzijn draagt € 5.000 per jaar bij aan het onderhoud.\n")
    assert givers(build, body) == [(5000.0, "Welzijn")]


def test_a_share_of_an_amount_comes_from_its_giver_not_from_the_receiver(build):
    body = ("1.1 De Gemeente stelt € 62.000 per jaar beschikbaar. Daarvan gaat € 40.000 naar Welzijn voor de "
            "coördinatie en € 22.000 naar de Bibliotheek.\n")
    assert givers(build, body) == [(62000.0, "de Gemeente"), (40000.0, "de Gemeente"), (22000.0, "de Gemeente")]


def test_hours_per_week_in_a_season_count_the_weeks_of_that_season(build):
    body = ("1.1 Welzijn houdt het strandpaviljoen open van 1 april tot en met 30 september.\n"
            "1.2 Welzijn zet daarvoor in die periode een medewerker in voor tien uur per week.\n"
            "1.3 De Gemeente zet het hele jaar een beheerder in voor vier uur per week.\n")
    assert givers(build, body, "tijd") == [(260.0, "Welzijn"), (208.0, "de Gemeente")]


def test_hours_for_one_person_at_each_of_several_places(build):
    body = "1.1 Welzijn stelt op elk van zijn negen locaties een coördinator vrij voor 40 uur per jaar.\n"
    assert givers(build, body, "tijd") == [(360.0, "Welzijn")]


def test_an_amount_in_the_budget_of_a_party_comes_from_that_party(build):
    body = ("1.1 Het veld wordt in 2026 vervangen. De kosten hiervan, € 310.000, zijn opgenomen in het "
            "investeringsplan van de Gemeente.\n")
    assert givers(build, body) == [(310000.0, "de Gemeente")]


def test_hours_per_week_over_a_trial_of_some_weeks(build):
    body = ("1.1 Welzijn zet twee vrijwilligers in voor de proef, ieder 5 uur per week gedurende de zes weken "
            "van de proef.\n1.2 De Gemeente zet een beleidsmedewerker in voor 2 uur per week.\n")
    assert givers(build, body, "tijd") == [(60.0, "Welzijn"), (104.0, "de Gemeente")]


def test_costs_without_an_amount_that_come_at_a_partys_expense(build):
    body = "1.1 De kosten van het onderhoud van de tuin komen voor rekening van Welzijn.\n"
    a = build(HEADER + body)
    assert [(c.type, c.party) for c in a.commitments] == [("geld", "Welzijn")]


def test_time_spent_getting_to_know_each_other_is_no_contribution(build):
    body = ("1.1 Om elkaar beter te leren kennen, loopt Welzijn een dagdeel mee bij de Gemeente.\n"
            "1.2 Welzijn zet 6 uur per week in.\n")
    assert givers(build, body, "tijd") == [(312.0, "Welzijn")]


def test_hours_with_the_period_in_front(build):
    body = "1.1 Welzijn zet per week ten minste 20 uur medewerkers in.\n"
    assert givers(build, body, "tijd") == [(1040.0, "Welzijn")]


def test_a_capped_deficit_at_a_partys_expense(build):
    body = ("1.1 Een exploitatietekort van Welzijn komt tot een bedrag van € 15.000 per jaar voor rekening van "
            "de Gemeente.\n")
    assert givers(build, body) == [(15000.0, "de Gemeente")]


def test_parts_of_an_amount_from_an_earlier_article_belong_to_its_giver(build):
    body = ("1.1 De Gemeente draagt € 100.000 per jaar bij.\n1.2 Welzijn draagt € 5.000 bij.\n"
            "1.3 Het bedrag uit artikel 1.1 wordt besteed aan de coördinator (€ 60.000) en de uren van "
            "Welzijn (€ 40.000).\n")
    assert givers(build, body) == [(100000.0, "de Gemeente"), (5000.0, "Welzijn"), (60000.0, "de Gemeente"),
                                   (40000.0, "de Gemeente")]


def test_hours_over_a_stretch_with_its_years_count_as_a_yearly_rate(build):
    body = "1.1 Welzijn zet een adviseur in van 1 mei 2026 tot 1 maart 2027 voor 10 uur per week.\n"
    assert givers(build, body, "tijd") == [(520.0, "Welzijn")]


def test_a_pronoun_after_a_sentence_whose_own_subject_is_a_pronoun(build):
    body = ("1.1 De Gemeente stelt € 10.000 beschikbaar. Daarnaast stelt zij € 2.000 beschikbaar voor materiaal. "
            "Zij zet een klantmanager van het team Werk en Inkomen voor 4 uur per week in.\n")
    assert givers(build, body, "tijd") == [(208.0, "de Gemeente")]


def test_people_of_a_party_give_their_time_for_it(build):
    body = "1.1 Ten minste acht vrijwilligers van Welzijn zijn samen 20 uur per week in het buurthuis aanwezig.\n"
    assert givers(build, body, "tijd") == [(1040.0, "Welzijn")]


def test_a_named_staff_member_gives_for_the_party_of_the_sentence_before(build):
    body = ("1.1 De Gemeente stelt een werkplek beschikbaar. Fatima Bakker, beleidsadviseur wonen, is "
            "6 uur per week beschikbaar voor het project.\n")
    assert givers(build, body, "tijd") == [(312.0, "de Gemeente")]


def test_a_total_of_several_parties_contributions_is_theirs_together(build):
    text = (HEADER3 + "1.1 Welzijn draagt € 6.000 bij en Thuis "
            "€ 8.000.\n1.2 De bijdragen van Welzijn en Thuis vormen samen het werkbudget, in 2027 dus € 14.000.\n")
    c = next(c for c in build(text).commitments if c.amount == 14000.0)
    assert (c.party, c.parties) == (None, ["Welzijn", "Thuis"])


def test_shares_after_the_party_that_pays_them_and_the_joint_total(build):
    body = ("1.1 Voor de boodschappen is er een gezamenlijk budget van € 4.800 voor het jaar, waarvan "
            "de Gemeente € 3.000 en Welzijn € 1.800 betaalt.\n")
    a = build(HEADER + body)
    assert [(c.amount, c.party) for c in a.commitments if c.type == "geld"] == [
        (4800.0, None), (3000.0, "de Gemeente"), (1800.0, "Welzijn")]


def test_a_staff_member_with_a_job_word_between_gives_for_the_party_after_van(build):
    body = "1.1 Een medewerker logistiek van Welzijn besteedt daar vier uur per week aan.\n"
    assert givers(build, body, "tijd") == [(208.0, "Welzijn")]


def test_a_cost_shared_in_fractions_is_the_named_parties_together_in_its_clause_only(build):
    text = (HEADER3 + "1.1 De kosten van de evaluatie, begroot op "
            "€ 12.000, dragen de Gemeente voor de helft en Welzijn en Thuis ieder voor een kwart.\n"
            "1.2 Een tekort draagt de Gemeente tot ten hoogste € 5.000 per jaar; een groter tekort dragen "
            "de Gemeente en Thuis ieder voor de helft.\n")
    got = {c.amount: (c.party, c.parties) for c in build(text).commitments if c.type == "geld"}
    assert got[12000.0] == (None, ["de Gemeente", "Welzijn", "Thuis"])
    assert got[5000.0] == ("de Gemeente", ["de Gemeente"])


def test_a_cost_split_in_percentages_is_shared_and_each_share_stays_with_its_party(build):
    text = (HEADER3 + "1.1 Van de kosten, begroot op € 85.000, "
            "draagt de Gemeente 30% en Welzijn 70%.\n1.2 Valt het budget tekort, dan betaalt de Gemeente "
            "60% en Thuis 40% van het tekort.\n")
    money = [(c.amount, c.unit, c.party) for c in build(text).commitments if c.type == "geld"]
    assert (85000.0, "EUR", None) in money
    assert [(u, p) for a, u, p in money if u == "%"] == [("%", "de Gemeente"), ("%", "Thuis")]


def test_a_total_of_the_amounts_named_before_is_of_their_givers_and_a_ticket_price_is_none(build):
    text = (HEADER3 + "1.1 De Gemeente draagt € 20.000 bij. "
            "Welzijn draagt € 7.500 bij. Samen brengen we daarmee € 27.500 bij elkaar.\n"
            "1.2 Thuis laat een pendelbus rijden. Een retourtje kost € 2.\n")
    money = {c.amount: (c.party, c.parties) for c in build(text).commitments if c.type == "geld"}
    assert money[27500.0] == (None, ["de Gemeente", "Welzijn"])
    assert 2.0 not in money


def test_each_with_its_own_amount_and_the_cap_of_a_named_share(build):
    text = (HEADER3 + "1.1 Welzijn en Thuis vullen samen het "
            "buurtfonds, ieder met € 15.000 per jaar.\n1.2 De kosten, begroot op € 14.000, dragen Partijen "
            "als volgt: Thuis 50%, met een maximum van € 7.500 per jaar, Welzijn 25% en de Gemeente 25%.\n")
    money = [(c.amount, c.party) for c in build(text).commitments if c.type == "geld" and c.amount]
    assert (15000.0, "Welzijn") in money and (15000.0, "Thuis") in money
    assert (7500.0, "Thuis") in money


def test_a_total_split_after_it_in_brackets_is_shared_and_each_share_stays_with_its_party(build):
    text = (HEADER3 + "1.1 De kosten van het portaal, € 14.000 per jaar, worden gedragen door de Gemeente "
            "(€ 6.000), Welzijn (€ 5.000) en Thuis (€ 3.000).\n")
    money = [(c.amount, c.party) for c in build(text).commitments if c.type == "geld"]
    assert money == [(14000.0, None), (6000.0, "de Gemeente"), (5000.0, "Welzijn"), (3000.0, "Thuis")]


def test_one_amount_given_by_each_of_several_is_no_split_of_the_amount_before(build):
    text = (HEADER3 + "1.1 De regio draagt hetzelfde bedrag bij: de Gemeente € 3.000.000 en Welzijn en Thuis "
            "elk € 1.500.000.\n")
    money = [(c.amount, c.party) for c in build(text).commitments if c.type == "geld"]
    assert (3000000.0, "de Gemeente") in money


def test_a_can_of_the_people_served_does_not_hedge_a_partys_offer(build):
    text = (HEADER + "1.1 Welzijn stelt vijf leerwerkplekken per jaar beschikbaar voor kandidaten die eerst "
            "een werkritme opdoen voordat zij bij een bedrijf kunnen beginnen.\n"
            "1.2 De Gemeente stelt een spreekkamer beschikbaar als het even kan.\n")
    kennis = [(c.text, c.party) for c in build(text).commitments if c.type == "kennis"]
    assert kennis == [("leerwerkplekken", "Welzijn")]


def test_a_limit_that_something_is_measured_against_is_no_contribution(build):
    body = ("1.1 De Gemeente draagt € 80.000 bij.\n"
            "1.2 Indien de kosten hoger uitvallen dan € 120.000, overleggen partijen.\n"
            "1.3 Uitgaven van meer dan € 2.500 legt Welzijn vooraf voor aan de Gemeente.\n"
            "1.4 Boven een bedrag van € 10.000 beslist de Gemeente.\n"
            "1.5 Welzijn zet 300 uur per jaar in; bij een overschrijding van 40 uur meldt Welzijn dat.\n")
    assert givers(build, body) == [(80000.0, "de Gemeente")]
    assert givers(build, body, "tijd") == [(300.0, "Welzijn")]


def test_granting_a_contribution_is_inbreng_not_a_task(build):
    from convenantlint.structure.matrix import party_matrix
    a = build(HEADER + "1.1 De Gemeente verleent Welzijn een subsidie van € 40.000 per jaar.\n"
              "1.2 Welzijn verleent de cliënten voorrang bij de inloop.\n")
    rows = {r.key: r for r in party_matrix(a)}
    assert [c.amount for c in rows["de Gemeente"].contributions] == [40000.0]
    assert rows["de Gemeente"].tasks == []
    assert len(rows["Welzijn"].tasks) == 1


def test_a_limit_named_after_the_amount_is_no_contribution(build):
    body = ("1.1 De Gemeente draagt € 80.000 bij.\n"
            "1.2 Opdrachten waarvan de waarde € 15.000 niet overschrijdt, gunt Welzijn zelf.\n"
            "1.3 Welzijn meldt kosten die boven het totaalbedrag van € 90.000 uitkomen.\n")
    assert givers(build, body) == [(80000.0, "de Gemeente")]


def test_the_header_of_a_table_column_names_the_giver(build):
    body = ("1.1 De bijdragen per jaar zijn:\n\n"
            "Jaar | Inbreng Welzijn | Inbreng Gemeente\n"
            "---- | --------------- | ----------------\n"
            "2026 | € 15.000 | € 45.000\n"
            "2027 | € 12.500 | € 50.000\n")
    assert givers(build, body) == [(15000.0, "Welzijn"), (45000.0, "de Gemeente"),
                                   (12500.0, "Welzijn"), (50000.0, "de Gemeente")]


def test_a_table_column_of_a_state_by_its_adjective(build):
    a = build("Verdrag tussen het Koninkrijk der Nederlanden en het Koninkrijk België\n\n"
              "Het Koninkrijk der Nederlanden en het Koninkrijk België, hierna te noemen de Partijen,\n\n"
              "Zijn het volgende overeengekomen:\n\nArtikel 1\nDe kosten worden als volgt betaald.\n\n"
              "Periode | Belgische bijdrage | Totaal\n2030 | 4 miljoen euro | 9 miljoen euro\n")
    belgie = a.parties[1].key
    money = [(c.amount, c.party) for c in a.commitments if c.type == "geld"]
    assert money == [(4_000_000.0, belgie), (9_000_000.0, None)]


def test_guilders_are_money_in_euros_at_the_fixed_rate(build):
    body = ("1.1 De Gemeente stelt ƒ 2.203.710 beschikbaar.\n"
            "1.2 Welzijn draagt 220.371 (tweehonderdtwintigduizend driehonderdeenenzeventig) gulden bij.\n"
            "1.3 De kosten vallen onder f, lid 3.\n")
    a = build(HEADER + body)
    money = [(c.amount, c.party, c.currency) for c in a.commitments if c.type == "geld"]
    assert money == [(1_000_000.0, "de Gemeente", "NLG"), (100_000.0, "Welzijn", "NLG")]
    from convenantlint.report.parties import describe
    first = next(c for c in a.commitments if c.type == "geld")
    assert describe(first) == "€ 1.000.000 (ƒ 2.203.710)"


def test_a_negation_in_a_condition_in_front_refuses_nothing(build):
    body = ("1.1 Indien het project op 1 juli nog niet klaar is, is de Gemeente bereid tot een "
            "maximum van € 30.000 het tekort te dekken.\n"
            "1.2 Als de subsidie uitblijft, kan Welzijn de € 12.000 niet meer opbrengen.\n")
    assert givers(build, body) == [(30000.0, "de Gemeente"), (12000.0, None)]


def test_the_amount_referred_back_to_keeps_its_giver(build):
    body = ("1.1 Welzijn betaalt eenmalig € 20.000.\n"
            "1.2 Het vaste bedrag als bedoeld in het eerste lid wordt in twee termijnen van elk "
            "€ 10.000 voldaan.\n")
    assert givers(build, body) == [(20000.0, "Welzijn"), (10000.0, "Welzijn")]


def test_list_items_with_a_dash_right_before_the_word(build):
    body = ("1.1 De Gemeente draagt in totaal € 90.000 bij. Dit bedrag is als volgt opgebouwd:\n\n"
            "-€ 60.000 is bestemd voor de inloop;\n\n-€ 30.000 is bestemd voor de cursussen.\n")
    assert givers(build, body) == [(90000.0, "de Gemeente"), (60000.0, "de Gemeente"),
                                   (30000.0, "de Gemeente")]


def test_a_markdown_table_with_outer_pipes_names_the_giver_by_column(build):
    body = ("1.1 De bijdragen per jaar zijn:\n\n"
            "| Jaar | Inbreng Welzijn | Inbreng Gemeente |\n"
            "|------|-----------------|------------------|\n"
            "| 2026 | € 15.000 | € 45.000 |\n")
    assert givers(build, body) == [(15000.0, "Welzijn"), (45000.0, "de Gemeente")]


def test_a_contribution_column_in_the_table_of_parties_gives_each_row_its_amount(build):
    a = build("# Samenwerkingsovereenkomst Brede School Lindeveen\n\n## Partijen\n\n"
              "| Partij | Namens de partij | Inbreng per jaar | Aandeel |\n|---|---|---|---|\n"
              "| Gemeente Lindeveen (hierna: de Gemeente) | wethouder A. Bos | € 60.000 | 60% |\n"
              "| Stichting Kinderopvang Lindeveen (hierna: de Opvang) | directeur C. Aydin | 0,5 fte | – |\n"
              "| Bibliotheek Lindeveen (hierna: de Bibliotheek) | directeur R. Smit | € 40.000 | 40% |\n\n"
              "## Artikel 1 Doel\n\nPartijen richten samen een brede school in; de verbouwing is geraamd op € 250.000.\n")
    got = [(c.type, c.amount, c.party) for c in a.commitments if c.type in ("geld", "tijd")]
    assert ("geld", 60000.0, "de Gemeente") in got
    assert ("tijd", 0.5, "de Opvang") in got
    assert ("geld", 40000.0, "de Bibliotheek") in got
    # the estimate in the articles is no party's contribution
    assert ("geld", 250000.0, "de Gemeente") not in got and ("geld", 250000.0, "de Bibliotheek") not in got


def test_amounts_in_a_table_of_parties_without_a_contribution_column_are_no_contribution(build):
    a = build("# Convenant Lindeveen\n\n## Partijen\n\n"
              "| Partij | Omzet 2025 |\n|---|---|\n"
              "| Gemeente Lindeveen (hierna: de Gemeente) | € 90 miljoen |\n"
              "| Bibliotheek Lindeveen (hierna: de Bibliotheek) | € 2 miljoen |\n\n"
              "## Artikel 1\n\nDe Bibliotheek organiseert elke week een voorleesuur.\n")
    assert [c for c in a.commitments if c.type == "geld" and c.party] == []
