"""Extractive sentence selection: TF-IDF centrality plus event/actor coverage, chosen with MMR.

score(s) = cosine(s, centroid of the section's candidates)
           + w * (event_coverage per coded event (up to 2)
                  + country_coverage per distinct actor country (up to 3))
           + the section's own bonus            (w = `coverage_weight`, 1 unless a section
                                                 values analysis over event-dense reports)
MMR then picks, one at a time, the candidate maximising lambda * score - (1 - lambda) * the
largest similarity to anything already said (in this section or an earlier one); candidates more
similar than `redundancy_cap` to something already said, or whose content words mostly
(`containment_cap`) repeat an earlier sentence's, are never picked. The weights and caps are
the [briefs] settings (aftershock.config).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from aftershock.config import settings

_WORD = re.compile(r"[a-z0-9']+")


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS and len(w) > 2}


def repeats(text: str, earlier: str) -> bool:
    """True when most content words of the shorter sentence already appear in the other."""
    a, b = content_words(text), content_words(earlier)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= settings().briefs.containment_cap


def chronological(candidates: Iterable[dict]) -> list[dict]:
    return sorted(candidates, key=lambda c: (c.get("date") or "", c.get("published") or "",
                                             c.get("position") or (0, 0)))


def _vectors(texts: list[str]):
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2))
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return np.zeros((len(texts), 1))
    return matrix.toarray()


def _cosine_rows(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(vector) or 1.0)
    norms[norms == 0] = 1.0
    return matrix @ vector / norms


def select_sentences(
    candidates: list[dict],
    limit: int,
    already_said: Iterable[str] = (),
    lambda_: float | None = None,
    redundancy_cap: float | None = None,
    per_article: int | None = None,
    coverage_weight: float = 1.0,
) -> list[dict]:
    """Up to `limit` candidates, diverse and central, at most `per_article` from any one
    article (a section draws on several reports, not one article's paraphrase), returned in
    chronological order."""
    knobs = settings().briefs
    lambda_ = knobs.mmr_lambda if lambda_ is None else lambda_
    redundancy_cap = knobs.redundancy_cap if redundancy_cap is None else redundancy_cap
    per_article = per_article or knobs.per_article
    said = list(already_said)
    if not candidates or limit <= 0:
        return []
    texts = [c["text"] for c in candidates]
    matrix = _vectors(texts + said)
    pool = matrix[: len(texts)]
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    unit = matrix / norms[:, None]
    similarity = unit[: len(texts)] @ unit.T  # candidates x (candidates + said)
    scores = _scores(candidates, _cosine_rows(pool, pool.mean(axis=0)), knobs, coverage_weight)

    chosen: list[int] = []
    said_columns = list(range(len(texts), len(matrix)))
    while len(chosen) < limit:
        best, best_value = None, -np.inf
        for index in range(len(candidates)):
            redundancy = _redundancy(index, chosen, candidates, texts, said, similarity,
                                     said_columns, per_article, redundancy_cap)
            if redundancy is None:
                continue
            value = lambda_ * scores[index] - (1 - lambda_) * redundancy
            if value > best_value:
                best, best_value = index, value
        if best is None:
            break
        chosen.append(best)
    return chronological([{**candidates[i], "score": round(scores[i], 4)} for i in chosen])


def _scores(candidates: list[dict], centrality, knobs, coverage_weight: float) -> list[float]:
    """Each candidate's worth on its own: centrality, the events and countries it covers
    (capped) and its bonus."""
    scores = []
    for candidate, central in zip(candidates, centrality):
        coverage = knobs.event_coverage * min(len(candidate.get("events") or []), 2)
        coverage += knobs.country_coverage * min(len(candidate.get("countries") or []), 3)
        scores.append(
            float(central) + coverage_weight * coverage + float(candidate.get("bonus", 0.0))
        )
    return scores


def _redundancy(index: int, chosen: list[int], candidates: list[dict], texts: list[str],
                said: list[str], similarity, said_columns: list[int], per_article: int,
                redundancy_cap: float) -> float | None:
    """How much candidate `index` repeats what is said or chosen (its greatest similarity), or
    None when it cannot be picked: already chosen, its article's quota full, too similar, or a
    repeat of an earlier sentence."""
    if index in chosen:
        return None
    if sum(candidates[i].get("article_id") == candidates[index].get("article_id")
           for i in chosen) >= per_article:
        return None
    columns = said_columns + chosen
    redundancy = float(similarity[index, columns].max()) if columns else 0.0
    if redundancy > redundancy_cap:
        return None
    earlier = said + [texts[i] for i in chosen]
    if any(repeats(texts[index], other) for other in earlier):
        return None
    return redundancy
