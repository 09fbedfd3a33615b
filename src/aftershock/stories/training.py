"""Training the learned story scorer: labelled articles turned into same-story pairs with the
features the clusterer sees, and `aftershock train stories LABELS.jsonl`."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .features import weighted_unit
from .intake import ArticleRejected, check_article
from .learned import FEATURES, StoryModel, StoryModelError, fit, pair_features, save_model
from .merging import _rows_matrix
from .online import OnlineClusterer

# Pairs whose word similarity is below this are not weighed: the clusterer only scores stories
# sharing an article's most weighted words, so such pairs never reach the decision.
PAIR_FLOOR = 0.02


def labelled_pairs(docs: list[dict], labels: dict[str, str], signals: dict | None = None,
                   settings=None, pair_floor: float = PAIR_FLOOR) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows (`FEATURES` order) and same-story labels of the labelled article pairs of
    one corpus, featurised as `cluster_documents` does it (the whole corpus primes the IDF)."""
    clusterer = OnlineClusterer(settings, scorer="average-link", **(signals or {}))
    clusterer.prime(docs)
    features = [f for f in clusterer._primed.values() if f.article_id in labels]
    if len(features) < 2:
        return np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int)
    word, entity = clusterer.word_space, clusterer.entity_space
    words = _rows_matrix([(f.word_indices, weighted_unit(f.word_indices, f.word_weights, word))
                          for f in features], word.dim)
    entities = _rows_matrix([(f.entity_indices, weighted_unit(f.entity_indices,
                                                              f.entity_weights, entity))
                             for f in features], entity.dim)
    word_sims = (words @ words.T).toarray()
    entity_sims = (entities @ entities.T).toarray()
    story = [labels[f.article_id] for f in features]
    evidence = [f.evidence for f in features]
    rows, targets = [], []
    for i in range(len(features)):
        for j in range(i + 1, len(features)):
            same = story[i] == story[j]
            if word_sims[i, j] < pair_floor and not same:
                continue
            rows.append([word_sims[i, j], entity_sims[i, j],
                         *pair_features(evidence[i], evidence[j])])
            targets.append(int(same))
    return np.array(rows).reshape(-1, len(FEATURES)), np.array(targets, dtype=int)


def train(corpora: Iterable[tuple[list[dict], dict[str, str]]], signals: dict | None = None,
          settings=None, regularisation: float = 1.0,
          shares: Sequence[float] | None = None, pair_floor: float = PAIR_FLOOR) -> StoryModel:
    """A model from one or more (articles, {id: story}) corpora, each featurised on its own.
    By default every pair counts once, so the corpus with the biggest stories outweighs the
    rest; `shares` (one number per corpus) gives each corpus that share of the total weight."""
    corpora = list(corpora)
    shares = list(shares) if shares is not None else [None] * len(corpora)
    if len(shares) != len(corpora):
        raise ValueError("train: one share per corpus is needed")
    blocks, targets, counts, kept_shares = [], [], [], []
    for (docs, labels), share in zip(corpora, shares):
        rows, same = labelled_pairs(docs, labels, signals, settings, pair_floor)
        if not len(same):
            continue
        blocks.append(rows)
        targets.append(same)
        kept_shares.append(share)
        counts.append({"articles": len(labels), "stories": len(set(labels.values())),
                       "pairs": len(same), "same_story_pairs": int(same.sum()),
                       **({"share": share} if share is not None else {})})
    if not blocks:
        raise StoryModelError("no labelled articles to train on")
    weights = None if kept_shares[0] is None else \
        share_weights([len(block) for block in blocks], kept_shares)
    return fit(np.vstack(blocks), np.concatenate(targets), {"corpora": counts},
               regularisation, weights)


def share_weights(sizes: Sequence[int], shares: Sequence[float]) -> np.ndarray:
    """Row weights giving block k (of sizes[k] rows) shares[k] of the total weight; the mean
    weight stays 1, so the regularisation means what it does unweighted."""
    total, whole = sum(sizes), sum(shares)
    return np.concatenate([np.full(size, share * total / (whole * size))
                           for size, share in zip(sizes, shares)])


def read_labels(path: Path) -> tuple[list[dict], dict[str, str]]:
    """Articles and their `story` labels from a JSONL file. A line may be an article with a
    `story` field, an article without one (read for word statistics only), or just
    {"id", "story"} labelling an article given on another line. Raises StoryModelError for a
    malformed line, a label naming no article of the file, or fewer than two stories."""
    articles: dict[str, dict] = {}
    labels: dict[str, str] = {}
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise StoryModelError(f"labels file {path}: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise StoryModelError(f"{path}, line {number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or row.get("id") is None:
            raise StoryModelError(f"{path}, line {number}: an object with an `id` is needed")
        article_id = str(row["id"])
        if row.get("text") is not None:
            articles[article_id] = row
        if row.get("story") is not None:
            labels[article_id] = str(row["story"])
    unknown = sorted(set(labels) - set(articles))
    if unknown:
        shown = ", ".join(unknown[:10]) + (" ..." if len(unknown) > 10 else "")
        raise StoryModelError(f"{path}: {len(unknown)} labelled id(s) name no article of the "
                              f"file (no line with that id has a `text`): {shown}")
    if len(set(labels.values())) < 2:
        raise StoryModelError(f"{path}: the labels name {len(set(labels.values()))} story; "
                              "at least two are needed to tell same-story pairs from others")
    return list(articles.values()), labels


def train_file(path: Path, output: Path, signals: dict | None = None) -> StoryModel:
    """`aftershock train stories LABELS.jsonl -o MODEL`: nothing is written on an error."""
    docs, labels = read_labels(path)
    rejected = []
    for doc in docs:
        try:
            check_article(doc)
        except ArticleRejected as exc:
            rejected.append(str(exc))
    if rejected:
        raise StoryModelError(f"{path}: {len(rejected)} article(s) cannot be clustered: "
                              + "; ".join(rejected[:3]))
    model = train([(docs, labels)], signals)
    save_model(model, output)
    return model
