"""AMB-10 helpers: cross-references, definitions and party naming."""

from __future__ import annotations

from _structure_support import fixture_text
from convenantlint.structure.problems import crossref_problems, definition_problems, party_naming_problems


def spans(problems, text):
    return [text[s:e] for s, e, _ in problems]


def test_crossrefs(build):
    text = fixture_text("bestuursovereenkomst-kanaalzone.txt")
    problems = crossref_problems(build(text))
    assert spans(problems, text) == ["artikel VI", "lid 7 van artikel III"]
    assert all(detail.startswith("De tekst verwijst naar") for _, _, detail in problems)
    assert "artikel III heeft geen lid 7" in problems[1][2]


def test_crossrefs_ignore_other_laws(build):
    body = ("Artikel 1 Doel\n1.1 Zie artikel 2.\n1.2 Zoals bedoeld in artikel 38, eerste lid, van het Statuut.\n"
            "1.3 Zie artikel 2:25 BW en artikel 11.7 Tw.\n1.4 Zie artikel 14.\n1.5 Zoals bedoeld in artikel 1.3.\n"
            "1.6 Zie lid 5 van artikel 2.\n\nArtikel 2 Slot\n2.1 Dit is het einde.\n2.2 Echt.\n")
    text = "Convenant\n\n" + body
    assert spans(crossref_problems(build(text)), text) == ["artikel 14", "lid 5 van artikel 2"]


def test_no_crossrefs_without_articles(build):
    text = "Afspraken\n\nWe volgen artikel 14 van ons eigen reglement en artikel 3.\n"
    assert crossref_problems(build(text)) == []


def test_definitions(build):
    text = fixture_text("prestatieafspraken-beekdal.txt")
    problems = definition_problems(build(text))
    assert spans(problems, text) == ["Energielabel", "Stuurgroep"]
    assert "daarna niet meer gebruikt" in problems[0][2]
    assert "nergens uit" in problems[1][2]


def test_defined_terms_that_are_used_are_fine(build):
    text = fixture_text("samenwerking-welzijn-noordstad.txt")
    assert definition_problems(build(text)) == []


def test_term_used_before_its_inline_definition(build):
    text = ("Convenant\n\nDe Regiegroep komt vaak bijeen.\nEr is een overleg van bestuurders "
            "(hierna: de Regiegroep). De Regiegroep beslist.\n")
    problems = definition_problems(build(text))
    assert spans(problems, text) == ["Regiegroep"]
    assert problems[0][0] == text.index("Regiegroep")


def test_party_naming(build):
    text = fixture_text("samenwerking-welzijn-noordstad.txt")
    problems = party_naming_problems(build(text))
    assert spans(problems, text) == ["de gemeente", "De gemeente Noordstad", "Noordstad"]
    assert all("'de Gemeente'" in detail for _, _, detail in problems)
    # 'inwoners van Noordstad' (a place) and the signature block are not reported.
    assert text.index("inwoners van Noordstad") + 12 not in [s for s, _, _ in problems]


def test_consistent_naming_is_fine(build):
    text = fixture_text("bestuursovereenkomst-kanaalzone.txt")
    assert party_naming_problems(build(text)) == []


def test_a_states_formal_name_beside_its_common_name_is_no_naming_problem(build):
    from convenantlint.structure.problems import party_naming_problems
    a = build("Overeenkomst Grensrivier\n\nHet Koninkrijk der Nederlanden en het Koninkrijk België,\n\n"
              "zijn het volgende overeengekomen:\n\nArtikel 1\n\nNederland baggert de vaargeul. België "
              "betaalt de helft.\n\nArtikel 2\n\nNederland en België overleggen jaarlijks.\n\nArtikel 3\n\n"
              "Deze overeenkomst geldt alleen voor het Europese deel van het Koninkrijk der Nederlanden.\n")
    assert [p.key for p in a.parties] == ["Nederland", "België"]
    assert party_naming_problems(a) == []
