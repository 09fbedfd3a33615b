"""Train the coder's learned fallback and its calibration on PentaClass dev, and report them.

The fallback (aftershock.coding.fallback) gives a sentence that names an actor but fires no verb
pattern its PentaClass and most likely CAMEO root: TF-IDF (words and word pairs) + logistic
regression for the PentaClass, and a second, smaller logistic regression for the root, trained
on the sentences whose pattern event agrees with the gold PentaClass (silver roots). Both are
calibrated by isotonic regression on out-of-fold predictions, and so are the patterns' own
confidences. Everything is reported by 5-fold cross-validation beside the in-sample figure:

- PentaClass accuracy (a sentence with no event counts wrong) for the patterns alone and for
  the patterns with the fallback, at the shipped minimum confidence;
- reliability tables (predicted confidence bin -> observed accuracy) for model and pattern
  events, out of fold.

Writes src/aftershock/data/models/coding-fallback.json (weights only: the training sentences
are GPL and never shipped) and bench/results/coding_fallback.json. PentaClass dev is read from
--data (benchmark-only, /work/shared/bench/pentaclass/dev.tsv).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from coding import DEFAULT_DATA, read_rows

from aftershock.coding import Coder
from aftershock.coding.fallback import (
    MODEL_KIND,
    MODEL_PATH,
    MODEL_VERSION,
    Prediction,
    SentenceModel,
    linear_weights,
)
from aftershock.config import settings

RESULTS = ROOT / "bench" / "results" / "coding_fallback.json"
PENTA_FEATURES = {"ngram_range": (1, 2), "sublinear_tf": True, "min_df": 2, "max_features": 5000}
ROOT_FEATURES = {"ngram_range": (1, 1), "sublinear_tf": True, "min_df": 2, "max_features": 1500}
C_PENTA, C_ROOT = 4.0, 4.0
BINS = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]


class _Recorder:
    """A stand-in fallback that notes which sentences the coder would hand the fallback and
    answers nothing (so the events are the patterns' alone, their confidences raw)."""

    def __init__(self):
        self.asked: set[str] = set()

    def predict(self, sentences):
        self.asked.update(sentences)
        return [Prediction(0, "01", 0.0, 0.0) for _ in sentences]

    def calibrate_pattern(self, raw):
        return raw


def pattern_run(sentences: list[str]) -> list[dict]:
    """The pattern coder alone on each sentence: its first event (or None), and whether the
    coder would ask the fallback about it."""
    recorder = _Recorder()
    coder = Coder(fallback=recorder)
    docs = [{"id": str(i), "text": s} for i, s in enumerate(sentences)]
    out = []
    for (_, events), sentence in zip(coder.code_documents(docs), sentences):
        first = events[0] if events else None
        out.append({"penta": first["penta"] if first else -1,
                    "root": first["root"] if first else None,
                    "raw": first["confidence"] if first else 0.0,
                    "actor": sentence.strip() in recorder.asked})
    return out


def fit(texts, labels, features, c):
    vectorizer = TfidfVectorizer(**features)
    matrix = vectorizer.fit_transform(texts)
    return vectorizer, LogisticRegression(C=c, max_iter=3000).fit(matrix, labels)


def reliability(confidence: np.ndarray, correct: np.ndarray) -> list[dict]:
    table = []
    for lo, hi in itertools.pairwise(BINS):
        chosen = (confidence >= lo) & (confidence < hi)
        if chosen.any():
            table.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": int(chosen.sum()),
                          "mean_confidence": round(float(confidence[chosen].mean()), 3),
                          "accuracy": round(float(correct[chosen].mean()), 3)})
    return table


def isotonic_table(scores, correct) -> dict:
    iso = IsotonicRegression(y_min=0.01, y_max=0.99, out_of_bounds="clip").fit(scores, correct)
    return {"x": [round(float(x), 4) for x in iso.X_thresholds_],
            "y": [round(float(y), 4) for y in iso.y_thresholds_]}


def combined(patterns, penta, confidence, minimum) -> np.ndarray:
    """The first event's PentaClass: the pattern's, else the model's where it is confident
    enough and the fallback may speak; -1 for no event."""
    out = np.array([p["penta"] for p in patterns])
    fallback = (out < 0) & np.array([p["actor"] for p in patterns]) & (confidence >= minimum)
    out[fallback] = penta[fallback]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    rows = read_rows(args.data)
    texts = [s for s, _ in rows]
    gold = np.array([g for _, g in rows])
    patterns = pattern_run(texts)
    rule_penta = np.array([p["penta"] for p in patterns])
    raw = np.array([p["raw"] for p in patterns])
    coded = rule_penta >= 0
    silver = [i for i, p in enumerate(patterns) if p["penta"] == gold[i]]

    # out-of-fold model probabilities
    folds = StratifiedKFold(5, shuffle=True, random_state=7)
    oof_penta, oof_prob = np.zeros(len(rows), int), np.zeros(len(rows))
    oof_pattern_conf = np.zeros(len(rows))
    for train, test in folds.split(texts, gold):
        vec, model = fit([texts[i] for i in train], gold[train], PENTA_FEATURES, C_PENTA)
        probs = model.predict_proba(vec.transform([texts[i] for i in test]))
        oof_penta[test], oof_prob[test] = probs.argmax(1), probs.max(1)
        train_coded = [i for i in train if coded[i]]
        pattern_iso = IsotonicRegression(y_min=0.01, y_max=0.99, out_of_bounds="clip").fit(
            raw[train_coded], (rule_penta == gold)[train_coded])
        oof_pattern_conf[test] = pattern_iso.predict(raw[test])
    # calibration of the model, itself cross-validated: isotonic fitted on four folds of the
    # out-of-fold probabilities, applied to the fifth
    oof_conf = np.zeros(len(rows))
    for train, test in folds.split(texts, gold):
        iso = IsotonicRegression(y_min=0.01, y_max=0.99, out_of_bounds="clip").fit(
            oof_prob[train], (oof_penta == gold)[train])
        oof_conf[test] = iso.predict(oof_prob[test])
    minimum = settings().coding.fallback_min_confidence

    # the shipped model: everything in-sample
    vec, model = fit(texts, gold, PENTA_FEATURES, C_PENTA)
    root_vec, root_model = fit([texts[i] for i in silver], [patterns[i]["root"] for i in silver],
                               ROOT_FEATURES, C_ROOT)
    document = {
        "kind": MODEL_KIND, "version": MODEL_VERSION,
        "trained_on": "PentaClass dev (ConfliBERT CAMEO set), 1,349 sentences; weights only",
        "penta": linear_weights(vec, model),
        "root": linear_weights(root_vec, root_model),
        "calibration": {"model": isotonic_table(oof_prob, oof_penta == gold),
                        "pattern": isotonic_table(raw[coded], (rule_penta == gold)[coded])},
    }
    args.model.parent.mkdir(parents=True, exist_ok=True)
    args.model.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")

    shipped = SentenceModel(args.model)  # the package's own inference must match scikit-learn
    predicted = shipped.predict(texts)
    assert [p.penta for p in predicted] == model.predict(vec.transform(texts)).tolist()
    in_penta = np.array([p.penta for p in predicted])
    in_conf = np.array([p.confidence for p in predicted])

    def accuracy(values) -> float:
        return round(float((values == gold).mean()), 4)

    result = {
        "data": str(args.data), "sentences": len(rows),
        "fallback_min_confidence": minimum,
        "pentaclass_accuracy_no_event_wrong": {
            "patterns_only": accuracy(rule_penta),
            "patterns_plus_fallback": {
                "in_sample": accuracy(combined(patterns, in_penta, in_conf, minimum)),
                "cross_validated": accuracy(combined(patterns, oof_penta, oof_conf, minimum))},
            "model_for_every_uncoded_sentence_cross_validated":
                accuracy(np.where(rule_penta >= 0, rule_penta, oof_penta)),
            "model_alone_cross_validated": accuracy(oof_penta),
        },
        "coverage": {"patterns_only": round(float(coded.mean()), 4),
                     "patterns_plus_fallback_cross_validated": round(float(
                         (combined(patterns, oof_penta, oof_conf, minimum) >= 0).mean()), 4)},
        "reliability_cross_validated": {
            "model_events": reliability(oof_conf, oof_penta == gold),
            "pattern_events_raw": reliability(raw[coded], (rule_penta == gold)[coded]),
            "pattern_events_calibrated": reliability(oof_pattern_conf[coded],
                                                     (rule_penta == gold)[coded]),
        },
        "model_bytes": args.model.stat().st_size,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
