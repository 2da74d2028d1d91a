"""The public interface: load_pipeline, parse, ModelNotFound, nlp.pipe."""

from __future__ import annotations

import pytest
import spacy

import convenantlint.nlp as nlp_module
from convenantlint.nlp import COMPONENTS, ENV_MODEL, ModelNotFound, load_pipeline, parse
from convenantlint.nlp.tokenizer import TEXT_KEY


def test_default_pipeline(nlp):
    assert isinstance(nlp, spacy.Language)
    assert nlp.lang == "nl"
    assert nlp.pipe_names == list(COMPONENTS)


def test_built_once_per_process(nlp):
    assert load_pipeline() is nlp
    assert load_pipeline(None) is nlp


def test_env_var_empty_means_default(monkeypatch, nlp):
    monkeypatch.setenv(ENV_MODEL, "")
    assert load_pipeline() is nlp


def test_unknown_model_raises_model_not_found():
    with pytest.raises(ModelNotFound) as info:
        load_pipeline("nl_core_news_bestaat_niet")
    message = str(info.value)
    assert "nl_core_news_bestaat_niet" in message
    assert "niet geïnstalleerd" in message  # Dutch, for the user
    assert isinstance(info.value, LookupError)


def test_unknown_model_from_env_var(monkeypatch):
    monkeypatch.setenv(ENV_MODEL, "nl_core_news_ook_niet")
    with pytest.raises(ModelNotFound):
        load_pipeline()


def test_parse_rejects_non_text():
    with pytest.raises(TypeError):
        parse(b"bytes")  # type: ignore[arg-type]


def test_parse_empty_text():
    doc = parse("")
    assert len(doc) == 0 and list(doc.sents) == [] and doc.ents == ()


def test_pipe_gives_the_same_as_parse(nlp, excerpt):
    texts = [excerpt, "", "De Gemeente betaalt € 5.000 per jaar. Zij evalueert jaarlijks.", "\n\n"]
    piped = list(nlp.pipe(texts, batch_size=2))
    for text, doc in zip(texts, piped):
        single = parse(text)
        assert doc.text == text
        assert [t.lemma_ for t in doc] == [t.lemma_ for t in single]
        assert [s.start for s in doc.sents] == [s.start for s in single.sents]
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in single.ents]


def test_pipe_in_two_processes(nlp):
    texts = ["Artikel 4\n4.1 Partijen bouwen 250 woningen.", "De Gemeenten betalen € 90.000. Dat is veel."] * 4
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("250 woningen", "QUANTITY")]
    assert [t.lemma_ for t in docs[1]][:2] == ["de", "gemeente"]


def test_no_private_data_left_on_the_doc(excerpt):
    assert TEXT_KEY not in parse(excerpt).user_data


def test_memory_zone(nlp):
    with nlp.memory_zone():
        inside = [t.lemma_ for t in nlp("De Gemeenten zorgen voor xqzwvblub.")]
    after = [t.lemma_ for t in nlp("De Gemeenten zorgen voor xqzwvblub.")]
    assert inside == after == ["de", "gemeente", "zorgen", "voor", "xqzwvblub", "."]


def test_long_text_is_allowed(nlp):
    text = "De Gemeente betaalt. " * 60_000  # 1.26 million characters
    doc = nlp(text)
    assert len(list(doc.sents)) == 60_000


def _save(nlp, path):
    nlp.to_disk(path)
    return str(path)


def test_trained_pipeline_from_a_path(tmp_path):
    """A pipeline with its own NER: ours replaces it; our components are added."""
    trained = spacy.blank("nl")
    ruler = trained.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "Noordstad"}])
    path = _save(trained, tmp_path / "model")
    nlp = load_pipeline(path)
    assert load_pipeline(path) is nlp
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[-3:] == list(COMPONENTS)
    doc = nlp("De Gemeenten in Noordstad betalen € 90.000. Dat is veel.")
    assert [(e.text, e.label_) for e in doc.ents] == [("€ 90.000", "MONEY")]
    assert [t.lemma_ for t in doc][:2] == ["de", "gemeente"]
    assert len(list(doc.sents)) == 2
    assert TEXT_KEY not in doc.user_data


def test_trained_pipeline_keeps_its_own_lemmatizer(tmp_path, monkeypatch):
    trained = spacy.blank("nl")
    trained.add_pipe("lemmatizer", config={"mode": "lookup"})
    trained.initialize()
    path = _save(trained, tmp_path / "with_lemmatizer")
    monkeypatch.setenv(ENV_MODEL, path)
    nlp = load_pipeline()
    assert "lemmatizer" in nlp.pipe_names
    assert "convenant_lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names[-2:] == ["convenant_sentences", "convenant_entities"]
    doc = nlp("Artikel 1\nPartijen betalen 40 procent.")
    assert [(e.text, e.label_) for e in doc.ents] == [("40 procent", "PERCENT")]


def test_importing_the_package_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys, convenantlint.nlp, convenantlint.nlp.numbers; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_names():
    assert set(nlp_module.__all__) >= {"load_pipeline", "parse", "ModelNotFound"}
