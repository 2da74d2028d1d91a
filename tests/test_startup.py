"""Start-up shortcuts change nothing a user sees: the structure layer's expressions come
from the disk cache with the same matches, and building an engine through the library
leaves Python's garbage collector as it found it."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re

import pytest

import convenantlint.nlp
import convenantlint.rule_kinds
import convenantlint.structure
from support import CORPORA, assert_matches_like_re

EXAMPLES = sorted(CORPORA.glob("*.txt"))[:4]


def _module_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for package in (convenantlint.structure, convenantlint.nlp, convenantlint.rule_kinds):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in sorted(vars(module).items()):
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.append((f"{module.__name__}.{name}", value))
    return found


PATTERNS = _module_patterns()


def test_the_structure_layer_has_expressions_to_compare():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_a_module_expression_matches_as_re_would(name, pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.lower()):
            assert_matches_like_re(pattern, plain, variant)


def test_building_an_engine_through_the_library_leaves_the_collector_on():
    from convenantlint.api import get_engine

    frozen_before = gc.get_freeze_count()
    assert gc.isenabled()
    get_engine()
    assert gc.isenabled()
    # freezing is for the command's own process only: a library user's dropped engine
    # must stay collectable
    assert gc.get_freeze_count() == frozen_before


AGREEMENT = """Samenwerkingsovereenkomst {place}

De ondergetekenden:
1. De gemeente {place}, hierna te noemen: de Gemeente;
2. Stichting {school}, hierna te noemen: {short};

Artikel 1 Begripsbepalingen
{term}: het plan van aanpak voor de wijk {place}-Zuid.

Artikel 2 Inzet
{short} stelt 0,4 fte beschikbaar voor het {term}. De Gemeente draagt € 20.000 bij.
Het {term} wordt jaarlijks geëvalueerd.
"""


def test_a_texts_own_names_do_not_enter_the_expression_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVENANTLINT_CACHE_DIR", str(tmp_path))
    from convenantlint import compiled_regex
    from convenantlint.api import analyse, get_engine

    monkeypatch.setattr(compiled_regex, "_entries", None)
    engine = get_engine()
    analyse(AGREEMENT.format(place="Noordstad", school="Het Lichtpunt", short="Lichtpunt",
                             term="Wijkplan"), engine)
    before = set(compiled_regex.entries())
    analyse(AGREEMENT.format(place="Zuiderveen", school="De Kompasroos", short="Kompasroos",
                             term="Buurtplan"), engine)
    # the same agreement with other names: an expression made from those names would be
    # stored for every document ever checked
    assert set(compiled_regex.entries()) - before == set()


_SPACY_IMPORT_PROBE = """
import json, sys
from convenantlint.api import analyse, get_engine
engine = get_engine()
found = [f.rule for f in analyse(open(sys.argv[1], encoding="utf-8").read(), engine).findings]
cli_then = "spacy.cli" in sys.modules or "typer" in sys.modules
import spacy
assert callable(spacy.cli.info)        # used as an attribute, spaCy's CLI loads
import spacy.cli                       # and so does an import of it
from spacy.cli import download         # noqa: F401
about = spacy.info(silent=True)        # and spacy.info still answers
print(json.dumps({"cli_then": cli_then, "findings": len(found),
                  "info": sorted(about)[:1], "real_cli": hasattr(spacy.cli, "app")}))
"""


def test_spacy_is_imported_without_its_cli_and_the_cli_still_loads_when_asked_for():
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _SPACY_IMPORT_PROBE, str(EXAMPLES[0])],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["cli_then"] is False
    assert seen["findings"] > 0
    assert seen["info"] and seen["real_cli"] is True
