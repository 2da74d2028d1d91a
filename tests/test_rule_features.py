"""Rule-file features a team uses in its own rules: the `sentences` kind, the `heading`
condition, `exclude` inside a condition, `$` as the end and `^` as the start of a
sentence."""

from __future__ import annotations

import textwrap

import pytest

TEXT = textwrap.dedent("""\
    Intentieverklaring Sport Lindewaard

    Onze ambitie

    Kinderen bewegen meer, op en rond school.
    Op dit moment beweegt een op de drie kinderen te weinig.

    Wat we doen

    De gemeente opent twee beweegtuinen.
    """)

RULE = r"""id: TEAM-01
name: ambitie zonder getal
dimension: ambitie
scope: sentence
severity: warning
message: "Deze ambitie heeft geen getal."
question: "Welk getal hoort bij deze ambitie?"
rationale: "Een ambitie moet je kunnen toetsen."
check:
  type: sentences
  only_if:
    - heading: [ambitie, "wat we willen bereiken"]
      not: {regex: '\bop\s+dit\s+moment\b'}
  unless: [{builtin: measurable}]
examples:
  trigger:
    - text: "Sport\n\nOnze ambitie\n\nKinderen bewegen meer.\n"
  no_trigger:
    - text: "Sport\n\nWat we doen\n\nKinderen bewegen meer.\n"
"""


def _engine(tmp_path, rule_text: str):
    from convenantlint.api import make_engine
    from convenantlint.ruleset import load_rules

    folder = tmp_path / "regels"
    folder.mkdir()
    (folder / "team-01.yaml").write_text(rule_text, encoding="utf-8")
    return make_engine(load_rules([folder], include_builtin=False))


def _passages(engine, text: str) -> list[str]:
    from convenantlint.api import analyse

    result = analyse(text, engine)
    return [text[f.start:f.end] for f in result.findings if f.rule == "TEAM-01"]


def test_sentences_under_a_heading(tmp_path):
    engine = _engine(tmp_path, RULE)
    assert _passages(engine, TEXT) == ["Kinderen bewegen meer, op en rond school."]


def test_heading_matches_whole_words_only(tmp_path):
    engine = _engine(tmp_path, RULE)
    text = TEXT.replace("Onze ambitie", "Ambitieniveau")
    assert _passages(engine, text) == []


def test_exclude_inside_a_condition(tmp_path):
    rule = RULE.replace(
        "    - heading: [ambitie, \"wat we willen bereiken\"]\n"
        "      not: {regex: '\\bop\\s+dit\\s+moment\\b'}\n",
        "    - {terms: [kinderen], exclude: [de drie kinderen]}\n")
    engine = _engine(tmp_path, rule)
    assert _passages(engine, TEXT) == ["Kinderen bewegen meer, op en rond school."]


@pytest.mark.parametrize("many", [False, True])
def test_dollar_is_the_end_of_the_sentence(tmp_path, many):
    rule = RULE.replace(
        "    - heading: [ambitie, \"wat we willen bereiken\"]\n"
        "      not: {regex: '\\bop\\s+dit\\s+moment\\b'}\n",
        "    - {regex: 'school\\.$'}\n")
    engine = _engine(tmp_path, rule)
    # many sentences end in 'school.': the whole-text search path, not the per-sentence one
    text = TEXT + "".join(f"Wij gaan naar school.\n" for _ in range(12)) if many else TEXT
    found = _passages(engine, text)
    assert "Kinderen bewegen meer, op en rond school." in found
    assert all(p.endswith("school.") for p in found)
    assert len(found) == (13 if many else 1)


@pytest.mark.parametrize("many", [False, True])
def test_caret_is_the_start_of_the_sentence(tmp_path, many):
    """A rule author writes `^` for "the sentence opens with"; it must hold in every
    sentence, not only in the first sentence of the text."""
    rule = RULE.replace(
        "    - heading: [ambitie, \"wat we willen bereiken\"]\n"
        "      not: {regex: '\\bop\\s+dit\\s+moment\\b'}\n",
        "    - {regex: '^(?:kinderen|wij)\\b'}\n")
    engine = _engine(tmp_path, rule)
    text = TEXT + "".join("Wij gaan naar school. Later gaan wij weer.\n" for _ in range(12)) if many else TEXT
    found = _passages(engine, text)
    assert "Kinderen bewegen meer, op en rond school." in found
    # 'wij' inside a sentence is no sentence start; a line start with (?m) stays a line start
    assert all(p.startswith(("Kinderen", "Wij")) for p in found)
    assert len(found) == (13 if many else 1)


TERM_RULE = r"""id: TEAM-01
name: zelf doen
dimension: organisatie
scope: sentence
severity: info
message: "Hier staat {terms}."
question: "Wie doet het?"
rationale: "Wie doet wat."
check:
  type: terms
  terms: [zelf, integraal]
examples:
  trigger: ["De school doet het zelf."]
  no_trigger: ["De school doet het niet."]
"""


def test_a_term_matches_its_inflections_but_not_other_words_spelled_like_one(tmp_path):
    # 'integrale' is a form of 'integraal'; 'zelfs' (even) is no form of 'zelf'
    engine = _engine(tmp_path, TERM_RULE)
    assert _passages(engine, "Het is een integrale aanpak.") == ["integrale"]
    assert _passages(engine, "De school doet het zelf.") == ["zelf"]
    assert _passages(engine, "Zelfs de school doet mee.") == []


PARTICIPLE_RULE = TERM_RULE.replace("terms: [zelf, integraal]", "terms: [beslissend]")


def test_a_present_participle_term_does_not_match_the_verb(tmp_path):
    # 'beslissend' (decisive) is an adjective here: 'beslist' (decides) is another word
    engine = _engine(tmp_path, PARTICIPLE_RULE)
    assert _passages(engine, "De gemeente heeft de beslissende stem.") == ["beslissende"]
    assert _passages(engine, "De gemeente beslist over de subsidie.") == []


def test_the_text_year_comes_from_its_own_date_and_not_from_a_period():
    from convenantlint.rule_kinds.conditions import text_year

    assert text_year("Ambitie\n\nWe beginnen in 2027.\n\nNoorderkwartier, 4 november 2026\n") == 2026
    assert text_year("# Samen\n\n*Ambitiedocument natuur, voorjaar 2025*\n\nTekst.\n") == 2025
    assert text_year("Convenant\nseptember 2026 tot september 2028\n\nTekst zonder datum.\n") is None
    assert text_year("Aldus overeengekomen en ondertekend te Dalwijk op 12 maart 2024.\n") == 2024


PATTERN_RULE = RULE.split("check:")[0] + """check:
  type: pattern
  patterns:
    - [{LOWER: {IN: [moet, moeten]}}, {LOWER: {IN: [nog, later]}}]
    - [{LOWER: wordt}, {LOWER: bekeken}]
    - [{LOWER: {IN: [ooit, misschien]}}]
examples:
  trigger: ["Dit wordt bekeken."]
  no_trigger: ["Dit is klaar."]
"""


def test_a_pattern_with_a_word_list_matches_each_of_its_words(tmp_path):
    from convenantlint.rule_kinds.conditions import _literal

    engine = _engine(tmp_path, PATTERN_RULE)
    text = ("Plan\n\nDe route moet nog worden gekozen. De plannen moeten later klaar zijn. "
            "Dit wordt bekeken. De route moet snel klaar zijn. Misschien komt er een loket.\n")
    assert _passages(engine, text) == ["moet nog", "moeten later", "wordt bekeken", "Misschien"]
    # the lowercase word lists run as plain word sequences; a capital keeps spaCy's Matcher
    assert _literal([{"LOWER": {"IN": ["moet", "moeten"]}}, {"LOWER": "nog"}]) == [("moet", "nog"), ("moeten", "nog")]
    assert _literal([{"LOWER": {"IN": ["ooit", "Misschien"]}}]) is None


def test_die_after_a_preposition_opens_no_relative_clause(tmp_path):
    # skip_if: relative_clause drops a hedge that describes someone ('Jongeren die zich
    # inspannen'); in 'na die periode' the 'die' is a determiner, so the hedge counts
    rule = RULE.split("check:")[0] + """check:
  type: terms
  terms: [te zijner tijd, in principe]
  skip_if: [relative_clause]
examples:
  trigger: ["Dat regelen we te zijner tijd."]
  no_trigger: ["Huishoudens die in principe recht hebben, krijgen een brief."]
"""
    engine = _engine(tmp_path, rule)
    text = "Over een bijdrage na die periode besluit de gemeente te zijner tijd.\n"
    assert _passages(engine, text) == ["te zijner tijd"]
    assert _passages(engine, "De gemeente schrijft alle huishoudens aan die in principe recht hebben.\n") == []


def _window_rule(words: int) -> str:
    return RULE.split("check:")[0] + f"""check:
  type: terms
  terms: [waar mogelijk]
  skip_if:
    - {{after: '\\bzitten\\b', words: {words}}}
examples:
  trigger: ["De scholen helpen waar mogelijk."]
  no_trigger: ["De scholen helpen."]
"""


def test_a_skip_window_may_reach_twenty_words_and_no_further(tmp_path):
    # 'waar mogelijk' as 'where possibly' is recognised by the verb at the end of its
    # clause, which can stand far off: the window reaches up to 20 words
    from convenantlint.errors import RuleError

    for name in "abcd":
        (tmp_path / name).mkdir()
    text = ("De werkgroep brengt in kaart waar mogelijk knelpunten in de fietsroute van de "
            "oude kern naar het Kastanjecollege zitten.\n")
    assert _passages(_engine(tmp_path / "a", _window_rule(12)), text) == []
    assert _passages(_engine(tmp_path / "b", _window_rule(8)), text) == ["waar mogelijk"]
    assert _passages(_engine(tmp_path / "c", _window_rule(20)), text) == []
    with pytest.raises(RuleError):
        _engine(tmp_path / "d", _window_rule(21))
