"""The Dutch tokenizer, without spaCy's 4,670 tokenizer exceptions.

spaCy's Dutch exceptions (a long list of abbreviations from a generic sentence
splitter) cost about a second at start-up, because every special case is tokenised and
interned when the tokenizer is built. Agreements need only the abbreviations in
``abbreviations.yaml``; those are kept whole by one ``token_match`` regular expression,
which costs a millisecond to compile and nothing per abbreviation. spaCy's Dutch
prefix, suffix and infix rules are kept as they are.

Resulting tokens: '€ 1.250,-' -> '€' '1.250,-'; '€90.000' -> '€' '90.000'; '4.1', '1,2',
'31-12-2027', 'e-mail' and 'a.' stay whole; 'art.', 'o.a.', 't.a.v.' stay whole.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .. import diskcache as _cache

ABBREVIATIONS_FILE = Path(__file__).with_name("abbreviations.yaml")
#: doc.user_data key under which the pipeline keeps the original text while our
#: components run (removed by the last one, convenant_entities)
TEXT_KEY = "convenantlint.text"


def doc_text(doc) -> str:
    """``doc.text``, from the copy ``make_doc`` kept while the doc still has the tokens
    it was made with (a retokenised or concatenated doc is read afresh)."""
    kept = doc.user_data.get(TEXT_KEY)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[1] == len(doc):
        return kept[0]
    text = doc.text
    doc.user_data[TEXT_KEY] = (text, len(doc))
    return text


@dataclass(frozen=True)
class Abbreviations:
    never_end: frozenset[str]      # lowercase, with the final full stop
    may_end: frozenset[str]
    letter_labels: frozenset[str]  # words after which 'A.' is a label, not an initial
    dotted: tuple[str, ...]        # regexes for unlisted dotted forms
    expansions: dict[str, str]

    @property
    def all(self) -> frozenset[str]:
        return self.never_end | self.may_end

    def token_pattern(self) -> str:
        listed = sorted(self.all, key=lambda a: (-len(a), a))   # one pattern text in every run
        alternatives = [re.escape(a) for a in listed] + list(self.dotted)
        return r"(?i:" + "|".join(alternatives) + r")\Z"


@functools.cache
def load_abbreviations() -> Abbreviations:
    data = _cache.load_yaml(ABBREVIATIONS_FILE) or {}
    never = {str(k).lower(): str(v) for k, v in (data.get("never_end") or {}).items()}
    may = {str(k).lower(): str(v) for k, v in (data.get("may_end") or {}).items()}
    for abbr in list(never) + list(may):
        if not abbr.endswith(".") or any(c.isspace() for c in abbr):
            raise ValueError(f"{ABBREVIATIONS_FILE.name}: '{abbr}' is geen afkorting met punt")
    return Abbreviations(
        never_end=frozenset(never),
        may_end=frozenset(may),
        letter_labels=frozenset(str(w).lower() for w in data.get("letter_labels") or []),
        dotted=tuple(str(p) for p in data.get("dotted") or []),
        expansions={**never, **may},
    )


@functools.cache
def token_match():
    """``re.match`` of a regex that matches a whole abbreviation token."""
    from .. import compiled_regex

    return compiled_regex.compile(load_abbreviations().token_pattern()).match


def _tokenizer(nlp):
    """spaCy's own tokenizer for the language, with its prefix, suffix and infix
    expressions built the way spaCy builds them but compiled through our disk cache:
    compiling them anew took a tenth of a second at every start."""
    from spacy.tokenizer import Tokenizer

    from .. import compiled_regex

    d = nlp.Defaults

    def joined(entries, before: str = "", after: str = ""):
        pieces = [before + p + after for p in entries or () if p.strip()]
        return compiled_regex.compile("|".join(pieces)) if pieces else None

    # a list item written without a space ('-€ 5.000') starts with a dash, not with '-€'
    prefixes = [*(d.prefixes or ()), r"-(?=[€$£ƒ])"]
    prefix, suffix, infix = joined(prefixes, before="^"), joined(d.suffixes, after="$"), joined(d.infixes)
    return Tokenizer(nlp.vocab, rules=d.tokenizer_exceptions,
                     prefix_search=prefix.search if prefix else None,
                     suffix_search=suffix.search if suffix else None,
                     infix_finditer=infix.finditer if infix else None,
                     token_match=d.token_match, url_match=d.url_match)


def language_class():
    """A ``Dutch`` subclass whose tokenizer has our abbreviations instead of spaCy's
    exceptions. Built lazily so that importing this module does not import spaCy."""
    return _language_class()


@functools.cache
def _language_class():
    from spacy.lang.nl import Dutch, DutchDefaults

    class ConvenantDutchDefaults(DutchDefaults):
        tokenizer_exceptions: dict = {}
        token_match = staticmethod(token_match())

    class ConvenantDutch(Dutch):
        lang = "nl"
        Defaults = ConvenantDutchDefaults

        def make_doc(self, text):
            doc = super().make_doc(text)
            # our components read the text; rebuilding it from the tokens (doc.text)
            # costs more than all of them together, so keep the original for them
            doc.user_data[TEXT_KEY] = (text, len(doc))
            return doc

    # picklable by reference (nlp.pipe(n_process=2)): see the module __getattr__
    ConvenantDutch.__module__ = __name__
    ConvenantDutch.__qualname__ = "ConvenantDutch"
    ConvenantDutchDefaults.__module__ = __name__
    ConvenantDutchDefaults.__qualname__ = "ConvenantDutchDefaults"
    return ConvenantDutch


def __getattr__(name: str):
    if name == "ConvenantDutch":
        return _language_class()
    if name == "ConvenantDutchDefaults":
        return _language_class().Defaults
    raise AttributeError(name)
