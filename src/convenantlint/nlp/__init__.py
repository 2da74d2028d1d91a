"""The Dutch NLP layer: a spaCy pipeline that needs no download.

    >>> from convenantlint.nlp import parse
    >>> doc = parse("Artikel 4 Financiën\\n4.1 De Gemeente draagt € 90.000 bij.")
    >>> [s.text.strip() for s in doc.sents]
    ['Artikel 4 Financiën', '4.1 De Gemeente draagt € 90.000 bij.']
    >>> [(e.text, e.label_) for e in doc.ents]
    [('€ 90.000', 'MONEY')]

``load_pipeline()`` builds ``spacy.blank('nl')``-style Dutch with our own tokenizer
abbreviations and three rule-based components (``convenant_lemmatizer``,
``convenant_sentences``, ``convenant_entities``); it is built once per process. A
trained spaCy pipeline can be used instead (``load_pipeline("nl_core_news_md")`` or
``CONVENANTLINT_SPACY_MODEL``): its tokenizer, tagger, lemmatizer and parser are kept,
its NER and senter are left out, and our sentences and entities run on top.

Importing this package does not import spaCy; ``numbers`` is plain Python.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc

__all__ = ["load_pipeline", "parse", "ModelNotFound", "ENV_MODEL", "COMPONENTS"]

#: Environment variable naming a trained spaCy pipeline to use instead of blank Dutch.
ENV_MODEL = "CONVENANTLINT_SPACY_MODEL"
#: Our components, in pipeline order.
COMPONENTS = ("convenant_lemmatizer", "convenant_sentences", "convenant_entities")
#: Components of a trained pipeline that we leave out: ours replace them.
_EXCLUDE_FROM_TRAINED = ["ner", "senter", "entity_ruler", "entity_linker", "span_finder", "spancat"]
_MAX_LENGTH = 100_000_000  # no parser or NER: memory grows linearly with the text


class ModelNotFound(LookupError):
    """The named spaCy pipeline is not installed."""

    def __init__(self, model: str):
        self.model = model
        super().__init__(
            f"Het spaCy-model '{model}' is niet geïnstalleerd. Installeer het "
            f"(bijvoorbeeld: python -m spacy download {model}), of gebruik het ingebouwde "
            f"Nederlandse model door geen model op te geven en {ENV_MODEL} leeg te laten."
        )


def load_pipeline(model: str | None = None) -> "spacy.Language":
    """The Dutch pipeline, built once per process (per model name).

    ``model``: the name or path of an installed trained spaCy pipeline; when omitted,
    the environment variable ``CONVENANTLINT_SPACY_MODEL``; when that is empty too, the
    built-in rule-based Dutch pipeline. Raises ``ModelNotFound`` when a named pipeline
    is not installed.
    """
    if model:
        model = os.fspath(model)
    else:
        model = os.environ.get(ENV_MODEL, "").strip() or None
    return _load(model)


@functools.cache
def _load(model: str | None) -> "spacy.Language":
    from .spacy_import import import_spacy

    import_spacy()      # first, before any other module imports spaCy the usual way
    return _build_blank() if model is None else _build_trained(model)


def _build_blank() -> "spacy.Language":
    from . import components  # noqa: F401  (registers the components)
    from .entities import load_rules
    from .lemmas import warm
    from .tokenizer import _tokenizer, language_class

    nlp = language_class()(create_tokenizer=_tokenizer)
    nlp.max_length = _MAX_LENGTH
    nlp.meta["name"] = "convenantlint_nl"
    for name in COMPONENTS:
        nlp.add_pipe(name)
    warm()          # lemma table
    load_rules()    # entity patterns
    return nlp


def _build_trained(model: str) -> "spacy.Language":
    from pathlib import Path

    import spacy
    from spacy.util import is_package

    from . import components  # noqa: F401
    from .entities import load_rules

    if not (is_package(model) or Path(model).exists()):
        raise ModelNotFound(model)
    try:
        nlp = spacy.load(model, exclude=_EXCLUDE_FROM_TRAINED)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    names = nlp.pipe_names
    if not any(n in names for n in ("lemmatizer", "trainable_lemmatizer")):
        nlp.add_pipe("convenant_lemmatizer")
    # before the parser, so that the parser keeps our boundaries
    if "parser" in names:
        nlp.add_pipe("convenant_sentences", before="parser")
    else:
        nlp.add_pipe("convenant_sentences")
    nlp.add_pipe("convenant_entities")
    load_rules()
    return nlp


def parse(text: str) -> "Doc":
    """Run the default pipeline over ``text``. The text is not altered: every token's
    ``idx`` is an offset into it."""
    if not isinstance(text, str):
        raise TypeError(f"parse() verwacht tekst (str), geen {type(text).__name__}")
    return load_pipeline()(text)


def pipeline_key(nlp: "spacy.Language") -> str:
    """What a token's lemma depends on: the pipeline, its data files and the versions.

    Used to cache analyses of rule terms between runs; any change to the lemma data
    or the tokenizer gives another key, so a stale analysis is never read. The files are
    named by their content, so the key is the same on every installation (also the key of
    the seed's entries); hashing them costs no more than reading their stamps.
    """
    import spacy

    from .. import __version__
    from ..diskcache import content_key

    from pathlib import Path

    here = Path(__file__).parent
    files = sorted(p for p in here.iterdir() if p.suffix in (".py", ".yaml"))
    try:
        from importlib.metadata import version

        lookups = version("spacy-lookups-data")
    except Exception:  # not installed as a distribution: the lemma files decide
        lookups = "?"
    parts = [__version__, spacy.__version__, lookups, str(nlp.meta.get("name")),
             str(nlp.meta.get("version")), ",".join(nlp.pipe_names)]
    return ";".join(parts + [f"{p.name}:{content_key(p.read_bytes())}" for p in files])
