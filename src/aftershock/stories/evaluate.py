"""Clustering quality measures for stories: B-cubed and pairwise precision, recall and F1."""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def bcubed(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict:
    """B-cubed and pairwise scores of predicted labels against gold labels.

    Items are the gold ids; an id missing from `pred` counts as a singleton cluster of its own.
    Returns precision, recall, f1 (B-cubed), pairwise_precision, pairwise_recall, pairwise_f1,
    n_pred_clusters, n_gold_clusters and n_items.
    """
    items = list(gold)
    if not items:
        raise ValueError("gold has no items")
    predicted = {item: pred.get(item, ("__singleton__", item)) for item in items}
    joint = Counter((predicted[item], gold[item]) for item in items)
    pred_sizes = Counter(predicted.values())
    gold_sizes = Counter(gold[item] for item in items)

    precision_sum = recall_sum = 0.0
    for (pred_label, gold_label), overlap in joint.items():
        precision_sum += overlap * overlap / pred_sizes[pred_label]
        recall_sum += overlap * overlap / gold_sizes[gold_label]
    precision, recall = precision_sum / len(items), recall_sum / len(items)

    def pairs(count: int) -> int:
        return count * (count - 1) // 2

    true_pairs = sum(pairs(n) for n in joint.values())
    pred_pairs = sum(pairs(n) for n in pred_sizes.values())
    gold_pairs = sum(pairs(n) for n in gold_sizes.values())
    pairwise_precision = true_pairs / pred_pairs if pred_pairs else 1.0
    pairwise_recall = true_pairs / gold_pairs if gold_pairs else 1.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "pairwise_precision": pairwise_precision,
        "pairwise_recall": pairwise_recall,
        "pairwise_f1": _f1(pairwise_precision, pairwise_recall),
        "n_pred_clusters": len(pred_sizes),
        "n_gold_clusters": len(gold_sizes),
        "n_items": len(items),
    }
