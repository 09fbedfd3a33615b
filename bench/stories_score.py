"""Score a story clustering file against gold labels: pairwise and B-cubed precision/recall/F1.

Independent of the package's own evaluation code, so the benchmark does not grade itself.
Usage: python bench/stories_score.py PREDICTED.jsonl GOLD.json   (GOLD: {"id": "label", ...})
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path


def read_predicted(path: Path) -> dict[str, str]:
    """{"id", "story"} lines, as `aftershock cluster` writes them."""
    predicted = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            predicted[str(row["id"])] = str(row["story"])
    return predicted


def harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: dict[str, str], gold: dict[str, str]) -> dict:
    """Scores over the gold items; an item the prediction lacks is a singleton of its own."""
    items = sorted(gold)
    labels = {item: predicted.get(item, f"missing::{item}") for item in items}
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item in items:
        by_pred.setdefault(labels[item], set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    # B-cubed: per item, the share of its predicted cluster that shares its gold label, and back.
    precision = recall = 0.0
    for item in items:
        same_pred, same_gold = by_pred[labels[item]], by_gold[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    precision, recall = precision / len(items), recall / len(items)
    # Pairwise: every unordered pair of items, linked or not.
    pred_pairs = {frozenset(p) for members in by_pred.values() for p in combinations(members, 2)}
    gold_pairs = {frozenset(p) for members in by_gold.values() for p in combinations(members, 2)}
    shared = len(pred_pairs & gold_pairs)
    pair_p = shared / len(pred_pairs) if pred_pairs else 1.0
    pair_r = shared / len(gold_pairs) if gold_pairs else 1.0
    return {
        "bcubed_precision": precision, "bcubed_recall": recall,
        "bcubed_f1": harmonic(precision, recall),
        "pairwise_precision": pair_p, "pairwise_recall": pair_r,
        "pairwise_f1": harmonic(pair_p, pair_r),
        "n_items": len(items), "n_predicted": len(by_pred), "n_gold": len(by_gold),
        "n_missing": sum(item not in predicted for item in items),
        "size_histogram": dict(sorted(Counter(len(m) for m in by_pred.values()).items())),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    predicted = read_predicted(Path(args[0]))
    gold = {str(k): str(v) for k, v in json.loads(Path(args[1]).read_text("utf-8")).items()}
    print(json.dumps(score(predicted, gold), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
