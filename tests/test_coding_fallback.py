"""The coder's learned fallback: model events where no verb pattern fires, a calibrated
confidence and a method on every event, and downstream stages that choose what to take."""
import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from aftershock.api import Aftershock
from aftershock.coding import Coder
from aftershock.coding.cameo import PENTA_ROOTS
from aftershock.coding.fallback import (
    MODEL_PATH,
    ModelFileError,
    SentenceModel,
    _LinearText,
    linear_weights,
)
from aftershock.config import load_settings

# A sentence naming two actors with no event verb the patterns know.
NO_PATTERN = "Russia's navy and Norway's coast guard were in the Barents Sea on Monday."
PATTERN = "North Korea's foreign ministry condemned the U.S. raid in Venezuela on Sunday."


@pytest.fixture(scope="module")
def coder():
    return Coder()


def test_every_event_says_how_it_was_found_and_how_sure_the_coder_is(coder):
    pattern = coder.code_text(PATTERN, "2026-01-04")
    assert pattern[0]["method"] == "pattern" and pattern[0]["root"] == "11"
    model = coder.code_text(NO_PATTERN, "2026-01-05")
    assert [e["method"] for e in model] == ["model"]
    event = model[0]
    assert event["source"]["country"] == "RUS" and event["target"]["country"] == "NOR"
    assert event["root"] in PENTA_ROOTS[event["penta"]]
    assert event["cameo"] == event["root"] + "0"
    for e in pattern + model:
        assert 0.0 < e["confidence"] < 1.0


def test_without_the_fallback_only_patterns_code(coder):
    plain = Coder(nlp=coder.nlp, fallback=None)
    assert plain.code_text(NO_PATTERN, "2026-01-05") == []
    raw = plain.code_text(PATTERN, "2026-01-04")[0]["confidence"]
    calibrated = coder.code_text(PATTERN, "2026-01-04")[0]["confidence"]
    assert calibrated == SentenceModel().calibrate_pattern(raw)


def test_a_model_event_below_the_minimum_confidence_is_dropped(coder):
    strict = Coder(nlp=coder.nlp)
    strict.fallback_min_confidence = 1.0
    assert strict.code_text(NO_PATTERN, "2026-01-05") == []


@pytest.mark.parametrize("text", [
    "Le gouvernement français a convoqué l'ambassadeur russe mardi.",
    "Japan | China | Korea | 2026 | 14.2 | 17.9",
    "- Germany\n- France\n- Poland",
    "Venezuela Crisis Deepens",
])
def test_lists_tables_headlines_and_other_languages_never_crash(coder, text):
    for event in coder.code_text(text, "2026-01-05"):
        assert event["method"] in ("pattern", "model")


def test_the_numpy_inference_reproduces_scikit_learn():
    texts = ["troops attacked the border town", "ministers met for talks on trade",
             "the army shelled villages overnight", "the envoy praised the agreement",
             "police arrested protesters in the capital", "leaders signed a cooperation deal",
             "rebels fired rockets at the base", "the president welcomed the visit"] * 2
    labels = [4, 1, 4, 0, 4, 1, 4, 0] * 2
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    model = LogisticRegression(max_iter=1000).fit(vectorizer.fit_transform(texts), labels)
    ours = _LinearText(json.loads(json.dumps(linear_weights(vectorizer, model))))
    probe = ["the army attacked the town again", "talks on a trade deal", "unknown words only"]
    expected = model.predict_proba(vectorizer.transform(probe))
    assert np.allclose(ours.probabilities(probe), expected, atol=1e-4)


def test_a_missing_or_foreign_model_file_is_named_with_how_to_rebuild(tmp_path):
    with pytest.raises(ModelFileError, match=r"missing\.json is missing.*train_coding_fallback"):
        SentenceModel(tmp_path / "missing.json")
    stale = json.loads(MODEL_PATH.read_text("utf-8"))
    stale["version"] = 99
    (tmp_path / "stale.json").write_text(json.dumps(stale), "utf-8")
    with pytest.raises(ModelFileError, match=r"stale\.json was built for version 99"):
        SentenceModel(tmp_path / "stale.json")
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    with pytest.raises(ModelFileError, match=r"broken\.json cannot be read"):
        SentenceModel(tmp_path / "broken.json")


def test_signals_leave_model_events_out_unless_told(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = Aftershock(f"sqlite:///{tmp_path / 'm.db'}")
    article = {"id": "m1", "url": "https://wire.example/m1", "source": "Wire",
               "title": "Navies in the north", "published": "2026-01-05T08:00:00+00:00",
               "text": NO_PATTERN + " " + PATTERN}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(article) + "\n", "utf-8")
    app.ingest([str(path)])
    app.code_events()
    methods = sorted(e["method"] for e in app.store.events())
    assert methods == ["model", "pattern"]
    assert [e["method"] for e in app.store.events(model_events=False)] == ["pattern"]
    assert app.store.events(min_confidence=0.999) == []
    app.compute_signals()
    n_default = sum(r["n"] for r in app.store.series("dyad") if r.get("n"))
    (tmp_path / "with-model.toml").write_text("[signals]\nmodel_events = true\n", "utf-8")
    app.settings = load_settings(tmp_path / "with-model.toml")
    app.compute_signals()
    n_with_model = sum(r["n"] for r in app.store.series("dyad") if r.get("n"))
    assert n_with_model > n_default
