"""Dutch lemmas without a trained model, from the tables of spacy-lookups-data.

``lemmatize(word)`` looks the lowercased word up, in this order:

1. ``nl_lemma_lookup`` (213k inflected forms; it has no capitals, so the stock lookup
   lemmatizer misses 'Gemeenten'), then the per-POS exceptions of ``nl_lemma_exc``
   (irregular and frequent forms that the lookup table lacks: 'gemeenten', 'is',
   'partijen'; nouns win over adjectives and verbs, but a form that is itself a verb
   infinitive stays one: 'delen', 'stellen'), and last the overrides of ``lemmas.yaml``
   (noun plurals that agreements use more than the verb: 'weken' -> 'week');
2. a word that is itself a known lemma (``nl_lemma_index``) stays as it is;
3. the suffix rules of ``nl_lemma_rules`` for nouns, verbs and adjectives, accepted only
   when they give a known lemma of that part of speech;
4. compounds: the longest known tail decides ('samenwerkingsafspraken' ->
   'samenwerkingsafspraak');
5. otherwise the lowercased word.

Loading the gzipped JSON costs about a second, so the merged table is cached on disk
(see ``_cache``) as a few thousand hash buckets of plain text; a bucket is parsed only
when a word that falls in it is first looked up. Cold start is then a few milliseconds
and a typical agreement touches a small part of the table.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import json
import re
import zlib
from pathlib import Path

from .. import diskcache as _cache

N_BUCKETS = 1 << 14
OVERRIDES_FILE = Path(__file__).with_name("lemmas.yaml")
_POS_FLAGS = {"noun": "n", "verb": "v", "adj": "a", "adp": "p", "det": "d"}
# Exceptions: later entries win, so the most useful part of speech comes last.
_EXC_ORDER = ("pron", "det", "adj", "verb", "noun")
_RULE_POS = (("noun", "n"), ("verb", "v"), ("adj", "a"))
_TABLES = ("lookup", "exc", "index", "rules")


def _data_dir() -> Path:
    """spacy-lookups-data's data folder, found without importing the package (whose
    ``__init__`` resolves the paths of every language's files)."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("spacy-lookups-data is niet geïnstalleerd")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _version(data_dir: Path) -> str:
    try:
        about = (data_dir.parent / "about.py").read_text(encoding="utf-8")
        m = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", about)
        return m.group(1) if m else "?"
    except OSError:
        return "?"


def _read_table(data_dir: Path, table: str) -> dict:
    with gzip.open(data_dir / f"nl_lemma_{table}.json.gz", "rb") as fh:
        return json.loads(fh.read())


def _clean(s: str) -> bool:
    return bool(s) and "\t" not in s and "\n" not in s


def build_table(data_dir: Path, overrides: dict[str, str] | None = None) -> dict:
    """Merge the four Dutch tables into hash buckets of 'form\\tlemma\\tflags' lines."""
    lookup = _read_table(data_dir, "lookup")
    exc = _read_table(data_dir, "exc")
    index = _read_table(data_dir, "index")
    rules = _read_table(data_dir, "rules")

    infinitives = {str(v).lower() for v in index.get("verb", [])}
    forms: dict[str, str] = {}
    for pos in _EXC_ORDER:
        for form, lemmas in exc.get(pos, {}).items():
            form = form.lower()
            if lemmas and (pos == "verb" or form not in infinitives):
                forms[form] = str(lemmas[0]).lower()
    for form, lemma in lookup.items():
        forms[form.lower()] = str(lemma).lower()
    # 'geld' -> 'gelden', 'belang' -> 'belangen', 'meer' -> 'meren': the tables read
    # these as the first person of a verb, which agreements hardly use; keep the word.
    # A stem in -t/-d is also the third person ('moet', 'besluit'), so it only stays
    # itself when it is a known noun, adjective or preposition too ('inzet').
    non_verb_lemmas = {
        str(v).lower() for pos in ("noun", "adj", "adp", "det") for v in index.get(pos, [])
    }
    for form, lemma in list(forms.items()):
        if lemma in infinitives and _is_verb_stem(form, lemma):
            if not form.endswith(("t", "d")) or form in non_verb_lemmas:
                del forms[form]
    forms = {k: v for k, v in forms.items() if k != v and _clean(k) and _clean(v)}
    for form, lemma in (overrides or {}).items():
        form, lemma = str(form).lower(), str(lemma).lower()
        if form == lemma:
            # its own lemma ('e-mail', not 'e-mailen'; 'zelfs', not 'zelf'): an entry
            # without a lemma, so that the suffix rules do not guess one either
            forms[form] = ""
        elif _clean(form) and _clean(lemma):
            forms[form] = lemma

    flags: dict[str, str] = {}
    for pos, flag in _POS_FLAGS.items():
        for lemma in index.get(pos, []):
            lemma = str(lemma).lower()
            if _clean(lemma) and flag not in flags.get(lemma, ""):
                flags[lemma] = flags.get(lemma, "") + flag

    buckets: list[list[str]] = [[] for _ in range(N_BUCKETS)]
    for key in sorted(forms.keys() | flags.keys()):
        b = zlib.crc32(key.encode("utf-8")) & (N_BUCKETS - 1)
        buckets[b].append(f"{key}\t{forms.get(key, '')}\t{flags.get(key, '')}")
    return {
        "n_buckets": N_BUCKETS,
        "buckets": tuple("\n".join(lines) for lines in buckets),
        "rules": {pos: [tuple(r) for r in rules.get(pos, [])] for pos, _ in _RULE_POS},
    }


def _is_verb_stem(form: str, infinitive: str) -> bool:
    """Is ``form`` the present-tense stem of ``infinitive`` ('zet'/'zetten',
    'meer'/'meren', 'geef'/'geven', 'beter'/'beteren')?"""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return False
    stem = infinitive[:-2]
    candidates = {stem}
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        candidates.add(stem[:-1])  # zetten -> zet, overleggen -> overleg
    elif (
        len(stem) >= 2 and stem[-1] not in "aeiou" and stem[-2] in "aeiou"
        and (len(stem) == 2 or stem[-3] not in "aeiou")
        and not (len(stem) > 3 and stem.endswith(("en", "er", "el", "em")))
    ):
        candidates.add(stem[:-1] + stem[-2] + stem[-1])  # meren -> meer, velen -> veel
    for c in list(candidates):
        if c.endswith("v"):
            candidates.add(c[:-1] + "f")  # geven -> geef
        elif c.endswith("z"):
            candidates.add(c[:-1] + "s")  # lezen -> lees
    return form in candidates


def _valid(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.get("n_buckets") == N_BUCKETS
        and isinstance(value.get("buckets"), tuple)
        and len(value["buckets"]) == N_BUCKETS
        and isinstance(value.get("rules"), dict)
    )


class LemmaStore:
    """The merged table, parsed lazily bucket by bucket."""

    def __init__(self, table: dict):
        self._raw: tuple[str, ...] = table["buckets"]
        self._parsed: list[dict[str, tuple[str, str]] | None] = [None] * len(self._raw)
        self._mask = len(self._raw) - 1
        self.rules: dict[str, list[tuple[str, str]]] = {
            pos: [(str(a), str(b)) for a, b in table["rules"].get(pos, [])] for pos, _ in _RULE_POS
        }

    def entry(self, word: str) -> tuple[str, str] | None:
        """(lemma or '', part-of-speech flags of the word as a lemma) or None."""
        b = zlib.crc32(word.encode("utf-8", "surrogatepass")) & self._mask
        bucket = self._parsed[b]
        if bucket is None:
            bucket = {}
            raw = self._raw[b]
            if raw:
                for line in raw.split("\n"):
                    k, lemma, flags = line.split("\t")
                    bucket[k] = (lemma, flags)
            self._parsed[b] = bucket
        return bucket.get(word)

    def flags(self, word: str) -> str:
        e = self.entry(word)
        return e[1] if e else ""


_BUILD = "2"   # bump when build_table changes: the table is cached on disk under it


@functools.cache
def get_store() -> LemmaStore:
    data_dir = _data_dir()
    key = ";".join(
        [_BUILD, _version(data_dir), _cache.file_key(OVERRIDES_FILE)]
        + [_cache.file_key(data_dir / f"nl_lemma_{t}.json.gz") for t in _TABLES]
    )

    def build() -> dict:
        overrides = (_cache.load_yaml(OVERRIDES_FILE) or {}).get("overrides") or {}
        return build_table(data_dir, overrides)

    # In the seed (building it is most of a first run): keyed by content, not by file stamps
    seed_key = ";".join(
        [_BUILD, _version(data_dir), _cache.content_key(OVERRIDES_FILE.read_bytes())]
        + [str((data_dir / f"nl_lemma_{t}.json.gz").stat().st_size) for t in _TABLES]
    )
    return LemmaStore(_cache.cached("lemmas-nl", key, build, _valid, keep_latest=_cache.KEEP_VERSIONS,
                                    seed_name="lemmas-nl", seed_key=seed_key))


@functools.lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[str, str]:
    """(lemma, part-of-speech flags of that lemma) for one lowercased word.

    Flags: 'n' noun, 'v' verb, 'a' adjective, 'p' adposition, 'd' determiner; '' when
    the table does not know the lemma.
    """
    store = get_store()
    e = store.entry(word)
    if e is not None:
        lemma, flags = e
        if lemma:
            return lemma, store.flags(lemma) or _tail_flags(store, lemma)
        return word, flags
    if len(word) < 3 or not word.isalpha():
        head, sep, tail = word.rpartition("-")
        if sep and head and len(tail) >= 3 and tail.isalpha():  # 'e-mails', 'jeugd-partners'
            lemma, flags = analyse(tail)
            return f"{head}-{lemma}", flags
        return word, ""
    for pos, flag in _RULE_POS:
        for old, new in store.rules.get(pos, ()):
            if old and word.endswith(old) and len(word) - len(old) >= 2:
                candidate = word[: len(word) - len(old)] + new
                cflags = store.flags(candidate)
                if flag in cflags:
                    return candidate, cflags
    # compounds: the longest tail of at least 4 letters that the table knows
    for i in range(3, len(word) - 3):
        tail = word[i:]
        te = store.entry(tail)
        if te is not None:
            lemma, flags = te
            if lemma:
                return word[:i] + lemma, store.flags(lemma) or _tail_flags(store, lemma)
            return word, flags
    return word, ""


def _tail_flags(store: LemmaStore, lemma: str) -> str:
    """Part of speech of a compound lemma the index lacks ('huurwoning'): its tail's."""
    for i in range(3, len(lemma) - 3):
        flags = store.flags(lemma[i:])
        if flags:
            return flags
    return ""


def lemmatize(word: str) -> str:
    """The lowercase lemma of ``word`` (any case)."""
    return analyse(word.lower())[0]


def warm() -> None:
    """Load the table now (``load_pipeline`` calls this so the first doc is not slower)."""
    get_store()


__all__ = ["lemmatize", "analyse", "get_store", "LemmaStore", "warm"]

