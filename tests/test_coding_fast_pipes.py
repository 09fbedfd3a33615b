"""The cached attribute ruler and lemmatizer annotate exactly as spaCy's own components do."""
from pathlib import Path

import pytest

from aftershock.coding.coder import load_model
from aftershock.coding.fast_pipes import CachedAttributeRuler, CachedLemmatizer, cached_pipes

SENTENCES = [
    line
    for line in (Path(__file__).parent / "fixtures" / "coding" / "speed_sentences.txt")
    .read_text("utf-8")
    .splitlines()
    if line and not line.startswith("#")
]
SENTENCES += [
    "Y'all gonna see it.",
    "There is a ceasefire, but it ain't holding.",
    "  Spaces  \n here.",
    "I'd say they're gon na win.",
    "Nothin' changed, let's go.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_annotations_as_the_real_components(nlp):
    reference = [_annotations(doc) for doc in nlp.pipe(SENTENCES, disable=["ner"])]
    pipes = cached_pipes(nlp)
    assert [type(p) for p in pipes] == [CachedAttributeRuler, CachedLemmatizer]
    for _ in range(2):  # the second pass is answered from the caches
        fast = []
        for doc in nlp.pipe(SENTENCES, disable=["ner", "attribute_ruler", "lemmatizer"]):
            for pipe in pipes:
                doc = pipe(doc)
            fast.append(_annotations(doc))
        assert fast == reference
    assert pipes[0].exact and pipes[0].cache and pipes[1].cache


def test_empty_doc(nlp):
    doc = nlp.make_doc("")
    for pipe in cached_pipes(nlp):
        assert len(pipe(doc)) == 0
