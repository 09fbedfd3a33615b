"""Benchmark the coder on PentaClass-labelled news sentences (benchmark-only data, not shipped).

Reads a TSV of `sentence<TAB>penta` (default /work/shared/bench/pentaclass/dev.tsv), codes each
sentence on its own, takes the PentaClass of the most salient event as the prediction, and
reports accuracy where an event was produced, coverage, macro-F1 (sentences without an event
count as wrong) and sentences/second. Writes bench/results/coding_pentaclass.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aftershock.coding import Coder

DEFAULT_DATA = Path("/work/shared/bench/pentaclass/dev.tsv")
RESULTS = ROOT / "bench" / "results" / "coding_pentaclass.json"


def read_rows(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row[0], int(row[1])) for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if len(row) >= 2 and row[1].strip().isdigit()]


def macro_f1(gold: list[int], predicted: list[int | None], classes=range(5)) -> float:
    scores = []
    for label in classes:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def run(data: Path, n_process: int = 1, batch_size: int = 64) -> dict:
    rows = read_rows(data)
    coder = Coder(n_process=n_process, batch_size=batch_size)
    _ = coder.nlp  # load the model outside the timed part
    docs = [{"id": str(i), "text": sentence} for i, (sentence, _) in enumerate(rows)]
    started = time.perf_counter()
    predicted: list[int | None] = []
    for _, events in coder.code_documents(docs):
        predicted.append(events[0]["penta"] if events else None)
    elapsed = time.perf_counter() - started
    gold = [label for _, label in rows]
    covered = [(g, p) for g, p in zip(gold, predicted) if p is not None]
    confusion = [[0] * 6 for _ in range(5)]
    for g, p in zip(gold, predicted):
        confusion[g][5 if p is None else p] += 1
    return {
        "data": str(data),
        "sentences": len(rows),
        "coverage": round(len(covered) / len(rows), 4),
        "accuracy_when_coded": round(sum(g == p for g, p in covered) / len(covered), 4) if covered else 0.0,
        "macro_f1": round(macro_f1(gold, predicted), 4),
        "macro_f1_when_coded": round(macro_f1([g for g, _ in covered], [p for _, p in covered]), 4),
        "sentences_per_second": round(len(rows) / elapsed, 1),
        "parsed_share": round(coder.stats["parsed"] / max(1, coder.stats["sentences"]), 4),
        "confusion_gold_by_predicted_or_none": confusion,
        "n_process": n_process,
    }


SPEED_SENTENCES = ROOT / "tests" / "fixtures" / "coding" / "speed_sentences.txt"


def speed(path: Path = SPEED_SENTENCES, n_process: int = 1, repeats: int = 3) -> dict:
    """Sentences/second on the project's own sentences: one document per sentence, and the same
    sentences joined into 10-sentence articles (what the pipeline sees)."""
    sentences = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    coder = Coder(n_process=n_process)
    _ = coder.nlp
    as_sentences = [{"id": str(i), "text": s} for i, s in enumerate(sentences)]
    as_articles = [{"id": str(i), "text": " ".join(sentences[i:i + 10])} for i in range(0, len(sentences), 10)]
    result = {"sentences": len(sentences)}
    for label, docs in (("one_per_doc", as_sentences), ("articles_of_10", as_articles)):
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            events = sum(len(events) for _, events in coder.code_documents(docs))
            best = min(best, time.perf_counter() - started)
        result[f"{label}_sentences_per_second"] = round(len(sentences) / best, 1)
        result[f"{label}_events"] = events
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = run(args.data, args.n_process)
    result["speed_own_sentences"] = speed(n_process=args.n_process)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
