"""The coder's learned fallback: a sentence that names an actor but fires no verb pattern gets
its PentaClass and most likely CAMEO root from a linear model over TF-IDF word features, and every
event's confidence is calibrated (isotonic, fitted out of fold) so that it reads as the chance
that the event's class is right.

The model is a JSON file of weights (no pickle) built by `bench/train_coding_fallback.py` from
PentaClass dev; inference here reproduces scikit-learn's TfidfVectorizer (lower-cased tokens of
two or more word characters, word n-grams, sublinear term frequency, idf, L2 norm) and
multinomial logistic regression exactly, with numpy alone.
"""
from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import AftershockError
from ..registry import coder_fallbacks
from .cameo import PENTA_ROOTS

MODEL_KIND = "aftershock-coding-fallback"
MODEL_VERSION = 1
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "coding-fallback.json"
REBUILD = "rebuild it with `python bench/train_coding_fallback.py`"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


class ModelFileError(AftershockError):
    """A model file that is missing, unreadable or built for another version."""


@dataclass(frozen=True)
class Prediction:
    penta: int
    root: str
    probability: float  # the model's own
    confidence: float  # calibrated


class _LinearText:
    """TF-IDF features and a multinomial logistic regression, from their stored weights."""

    def __init__(self, part: dict):
        self.index = {term: i for i, term in enumerate(part["vocabulary"])}
        self.ngram_max = int(part["ngram_max"])
        self.idf = np.asarray(part["idf"], dtype=float)
        self.classes = list(part["classes"])
        self.coef = np.asarray(part["coef"], dtype=float)
        self.intercept = np.asarray(part["intercept"], dtype=float)
        if self.coef.shape != (len(self.classes), len(self.index)) or \
                self.idf.shape != (len(self.index),):
            raise ValueError("weights do not match the vocabulary")

    def _vector(self, text: str) -> np.ndarray:
        tokens = _TOKEN.findall(text.lower())
        grams = Counter(" ".join(tokens[i:i + n]) for n in range(1, self.ngram_max + 1)
                        for i in range(len(tokens) - n + 1))
        vector = np.zeros(len(self.index))
        for gram, count in grams.items():
            column = self.index.get(gram)
            if column is not None:
                vector[column] = (1.0 + math.log(count)) * self.idf[column]
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def probabilities(self, texts: list[str]) -> np.ndarray:
        matrix = np.vstack([self._vector(t) for t in texts]) if texts else \
            np.zeros((0, len(self.index)))
        scores = matrix @ self.coef.T + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


class SentenceModel:
    """The packaged fallback model (or one at `path`)."""

    def __init__(self, path: str | Path = MODEL_PATH):
        self.path = Path(path)
        try:
            document = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            raise ModelFileError(f"model file {self.path} is missing; {REBUILD}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelFileError(f"model file {self.path} cannot be read ({exc}); "
                                 f"{REBUILD}") from None
        if not isinstance(document, dict) or document.get("kind") != MODEL_KIND:
            raise ModelFileError(f"model file {self.path} is not a coding fallback model; "
                                 f"{REBUILD}")
        if document.get("version") != MODEL_VERSION:
            raise ModelFileError(
                f"model file {self.path} was built for version {document.get('version')!r} "
                f"of the fallback, this is version {MODEL_VERSION}; {REBUILD}")
        try:
            self.penta = _LinearText(document["penta"])
            self.root = _LinearText(document["root"])
            calibration = document["calibration"]
            self._model_curve = _curve(calibration["model"])
            self._pattern_curve = _curve(calibration["pattern"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFileError(f"model file {self.path} is incomplete ({exc}); "
                                 f"{REBUILD}") from None

    def predict(self, sentences: list[str]) -> list[Prediction]:
        """PentaClass, the most likely root of that class, and a calibrated confidence."""
        if not sentences:
            return []
        penta_probs = self.penta.probabilities(sentences)
        root_probs = self.root.probabilities(sentences)
        out = []
        for row, roots in zip(penta_probs, root_probs):
            best = int(np.argmax(row))
            penta = int(self.penta.classes[best])
            allowed = [i for i, root in enumerate(self.root.classes)
                       if root in PENTA_ROOTS[penta]]
            root = self.root.classes[max(allowed, key=lambda i: roots[i])] if allowed \
                else PENTA_ROOTS[penta][0]
            probability = float(row[best])
            out.append(Prediction(penta, root, round(probability, 4),
                                  round(float(np.interp(probability, *self._model_curve)), 4)))
        return out

    def calibrate_pattern(self, raw: float) -> float:
        """A pattern event's heuristic confidence as the chance its class is right."""
        return round(float(np.interp(raw, *self._pattern_curve)), 4)


def linear_weights(vectorizer, model) -> dict:
    """A fitted TfidfVectorizer and LogisticRegression as the weights `_LinearText` reads."""
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {"vocabulary": vocabulary,
            "ngram_max": vectorizer.ngram_range[1],
            "idf": [round(float(v), 6) for v in vectorizer.idf_],
            "classes": [str(c) for c in model.classes_],
            "coef": [[round(float(v), 6) for v in row] for row in model.coef_],
            "intercept": [round(float(v), 6) for v in model.intercept_]}


def _curve(table: dict) -> tuple[list[float], list[float]]:
    x, y = list(table["x"]), list(table["y"])
    if not x or len(x) != len(y):
        raise ValueError("empty calibration table")
    return x, y


_LOCK = threading.Lock()
_LOADED: dict[Path, SentenceModel] = {}


@coder_fallbacks.register("pentaclass-tfidf")
def pentaclass_tfidf(path: str | Path = MODEL_PATH) -> SentenceModel:
    """The TF-IDF + logistic regression fallback trained on PentaClass dev (loaded once)."""
    path = Path(path)
    with _LOCK:
        if path not in _LOADED:
            _LOADED[path] = SentenceModel(path)
        return _LOADED[path]
