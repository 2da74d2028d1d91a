"""Invalid rule files are errors that name the file, line and column, in Dutch."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from convenantlint.errors import RuleError
from convenantlint.ruleset import load_rules

VALID = """\
id: TST-01
name: testregel
dimension: ambitie
scope: sentence
severity: warning
message: "Het woord {terms} is vaag."
question: "Wat bedoelen jullie precies?"
rationale: "Het model waarschuwt voor juichbegrippen."
check:
  type: terms
  terms: [synergie]
examples:
  trigger: ["Wij zoeken synergie."]
  no_trigger: ["Wij leveren 3 rapporten."]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(folder: Path):
    return load_rules([folder], include_builtin=False)


def test_valid_rule_loads(tmp_path):
    write(tmp_path, "a.yaml", VALID)
    ruleset = load(tmp_path)
    assert [r.id for r in ruleset] == ["TST-01"]
    assert ruleset.get("TST-01").severity_for("ambitie") == "warning"


def test_unknown_key_names_file_line_and_column(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace("  terms: [synergie]", "  terms: [synergie]\n  termz: [x]"))
    with pytest.raises(RuleError) as err:
        load(tmp_path)
    e = err.value
    assert e.path.endswith("a.yaml") and e.line == 12 and e.column == 3
    assert "onbekende sleutel 'termz'" in str(e)


def test_missing_field(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace('question: "Wat bedoelen jullie precies?"\n', ""))
    with pytest.raises(RuleError, match="verplicht veld 'question' ontbreekt"):
        load(tmp_path)


def test_bad_enum_value_points_at_it(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace("dimension: ambitie", "dimension: ambities"))
    with pytest.raises(RuleError) as err:
        load(tmp_path)
    assert err.value.line == 3 and "ambities" in err.value.message


def test_bad_regex(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace("  terms: [synergie]", "  terms: [synergie]\n  unless: [{regex: '(['}]"))
    with pytest.raises(RuleError, match="ongeldige reguliere expressie") as err:
        load(tmp_path)
    assert err.value.line == 12


def test_bad_token_pattern_is_reported_when_compiled(tmp_path, engine):
    from convenantlint.engine import Engine

    bad = VALID.replace("  type: terms\n  terms: [synergie]", "  type: pattern\n  patterns: [[{LEMMAX: worden}]]")
    write(tmp_path, "a.yaml", bad)
    with pytest.raises(RuleError, match="ongeldig patroon") as err:
        Engine(load(tmp_path), engine.nlp)
    assert err.value.path.endswith("a.yaml") and err.value.line is not None


def test_duplicate_id(tmp_path):
    write(tmp_path, "a.yaml", VALID)
    write(tmp_path, "b.yaml", VALID)
    with pytest.raises(RuleError, match="dubbele regel-ID TST-01") as err:
        load(tmp_path)
    assert err.value.path.endswith("b.yaml") and err.value.line == 1


def test_yaml_syntax_error_has_position(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace("scope: sentence", "scope: [sentence"))
    with pytest.raises(RuleError, match="ongeldige YAML") as err:
        load(tmp_path)
    assert err.value.line is not None


def test_unknown_dependency(tmp_path):
    write(tmp_path, "a.yaml", VALID + "depends_on: [XYZ-99]\n")
    with pytest.raises(RuleError, match="onbekende regel XYZ-99"):
        load(tmp_path)


def test_builtin_rules_are_valid_and_unique():
    ruleset = load_rules()
    assert len({r.id for r in ruleset}) == len(ruleset) >= 35
    for rule in ruleset:
        assert rule.message and rule.question and rule.rationale


DEFINED = VALID.replace("check:\n", """\
define:
  partij: '(?:de|het)\\s+(?:gemeente|provincie)'
  besluit: '(?&partij)\\s+beslist'
check:
""").replace("  terms: [synergie]", "  terms: [beslist]\n  only_if: [{regex: '(?&besluit)\\s+alleen'}]")


def test_a_defined_part_is_written_once_and_used_by_name(tmp_path, engine):
    from convenantlint.api import analyse, make_engine

    write(tmp_path, "a.yaml", DEFINED)
    ruleset = load(tmp_path)
    assert "(?&" not in str(ruleset.get("TST-01").check)
    own = make_engine(ruleset)
    assert [f.rule for f in analyse("De provincie beslist alleen over de subsidie.", own).findings] == ["TST-01"]
    assert analyse("De stuurgroep beslist alleen over de subsidie.", own).findings == []


def test_an_unknown_defined_part_is_an_error_at_its_use(tmp_path):
    write(tmp_path, "a.yaml", DEFINED.replace("(?&besluit)\\s+alleen", "(?&besluiten)\\s+alleen"))
    with pytest.raises(RuleError, match=r"onbekende definitie \(\?&besluiten\)") as err:
        load(tmp_path)
    assert err.value.line == 15


def test_a_definition_may_only_use_those_above_it(tmp_path):
    swapped = DEFINED.replace("  partij: '(?:de|het)\\s+(?:gemeente|provincie)'\n", "")
    swapped = swapped.replace("check:\n", "  partij: '(?:de|het)\\s+gemeente'\ncheck:\n", 1)
    write(tmp_path, "a.yaml", swapped)
    with pytest.raises(RuleError, match="definitie 'besluit' gebruikt") as err:
        load(tmp_path)
    assert err.value.line == 10      # the line of the definition that uses it


def test_the_built_in_rules_are_cached_even_when_installed_under_the_temp_folder(tmp_path, monkeypatch):
    # A CI job often installs into a venv under /tmp; rule folders there are otherwise
    # taken for a test's throw-away rules and never cached (every start then parses all).
    import tempfile

    from convenantlint import ruleset

    from convenantlint import diskcache

    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path / "cache"))
    # a Python the package has no seed for (with a seed they come from there, uncopied)
    monkeypatch.setenv("CONVENANTLINT_NO_SEED", "1")
    diskcache._seed.cache_clear()
    builtin = ruleset.builtin_rules_dir().resolve()
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(builtin.parent))
    try:
        ruleset.load_rules([], include_builtin=True)
    finally:
        monkeypatch.delenv("CONVENANTLINT_NO_SEED")
        diskcache._seed.cache_clear()
    cached = list((tmp_path / "cache").glob("rule-*.marshal"))
    assert len(cached) == len(list(builtin.glob("*.yaml")))


def test_every_built_in_expression_compiles():
    # Loading trusts the built-in rules' expressions (compiling them all is most of a
    # first start); this test is where they are compiled, every one of them.
    from convenantlint.ruleset import _load_yaml, builtin_rules_dir, parse_rule, rule_files

    files = rule_files(builtin_rules_dir())
    assert len(files) >= 35
    for path in files:
        parse_rule(_load_yaml(path, path.name), path.name, check_regexes=True)


def test_a_user_rule_with_a_bad_expression_in_a_definition_use_is_an_error(tmp_path):
    write(tmp_path, "a.yaml", VALID.replace("  type: terms\n  terms: [synergie]\n",
                                            "  type: terms\n  terms: [synergie]\n"
                                            "  only_if:\n    - regex: '(?&woord)+('\n")
          .replace("check:\n", "define:\n  woord: 'x'\ncheck:\n"))
    with pytest.raises(RuleError) as err:
        load(tmp_path)
    assert "ongeldige reguliere expressie" in str(err.value)
    assert "a.yaml:" in str(err.value)
