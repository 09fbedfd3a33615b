"""Benchmark the event coder: PentaClass on real news sentences, the team's gold sets, and speed.

- PentaClass dev set (`--data`, default /work/shared/bench/pentaclass/dev.tsv, benchmark-only,
  never shipped): each sentence is coded on its own; the PentaClass of the first (most salient)
  event is the prediction. Reports accuracy and macro-F1 over all sentences (an uncoded sentence
  counts as wrong), the same where an event was produced, coverage and the confusion matrix.
- The team's gold sentences (tests/fixtures/coding/gold_sentences.yaml, in-sample: the rules
  were written against them) and the blind gold sentences (bench/data/unseen/coding/, unseen:
  written by a writer who never read the rules, frozen): root and CAMEO accuracy, source/target
  country accuracy, source actor-code accuracy.
- PentaClass three ways: in-sample (the shipped fallback was trained on all of dev), and
  cross-validated (5 folds, from bench/results/coding_fallback.json, which
  bench/train_coding_fallback.py writes when it trains the model).
- The demo corpus gold events (articles): recall, root accuracy, precision and source/target
  country accuracy.
- Role spans on ConfliBERT's role-tagged sentences (bench/coding_roles.py): source and target
  span accuracy of the first event, in-sample (the target model was trained on them) and 5-fold
  cross-validated (bench/results/coding_roles_model.json, from bench/train_coding_roles.py).
- Speed, whole coder including parsing, for each `--n-process`: wall-clock sentences/second and
  CPU time per sentence of this process and its worker processes (the machine is shared, so
  wall-clock numbers are noisy; CPU time says what free cores would do). The load average at
  the end is recorded with the results. Two workloads: the dev sentences one per document
  (nearly every sentence is parsed) and the demo corpus articles (the pre-filter skips
  sentences with no actor or no event word).

Writes bench/results/coding.json and prints it.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import coding_roles

from aftershock.coding import Coder
from aftershock.coding.evaluate import (
    evaluate_gold,
    evaluate_sentences,
    load_demo_corpus,
    load_gold_sentences,
)

DEFAULT_DATA = Path("/work/shared/bench/pentaclass/dev.tsv")
GOLD_SENTENCES = ROOT / "tests" / "fixtures" / "coding" / "gold_sentences.yaml"
BLIND_GOLD = ROOT / "bench" / "data" / "unseen" / "coding" / "gold_blind.yaml"
FALLBACK_RESULTS = ROOT / "bench" / "results" / "coding_fallback.json"
DEMO = ROOT / "src" / "aftershock" / "data" / "demo"
RESULTS = ROOT / "bench" / "results" / "coding.json"


def read_rows(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (row[0], int(row[1]))
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if len(row) >= 2 and row[1].strip().isdigit()
        ]


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


def pentaclass(coder: Coder, rows: list[tuple[str, int]]) -> dict:
    docs = [{"id": str(i), "text": sentence} for i, (sentence, _) in enumerate(rows)]
    predicted = [events[0]["penta"] if events else None for _, events in coder.code_documents(docs)]
    gold = [label for _, label in rows]
    covered = [(g, p) for g, p in zip(gold, predicted) if p is not None]
    confusion = [[0] * 6 for _ in range(5)]
    for g, p in zip(gold, predicted):
        confusion[g][5 if p is None else p] += 1
    return {
        "sentences": len(rows),
        "accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(rows), 4),
        "macro_f1": round(macro_f1(gold, predicted), 4),
        "coverage": round(len(covered) / len(rows), 4),
        "accuracy_when_coded": round(sum(g == p for g, p in covered) / len(covered), 4)
        if covered
        else 0.0,
        "macro_f1_when_coded": round(macro_f1([g for g, _ in covered], [p for _, p in covered]), 4),
        "confusion_gold_rows_by_predicted_then_none": confusion,
    }


def timed(coder: Coder, docs: list[dict], n_sentences: int, repeats: int) -> dict:
    """Best of `repeats` runs: wall sentences/s, and CPU seconds of this process and its
    children (worker processes) per 1,000 sentences."""
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(repeats):
        before = os.times()
        started = time.perf_counter()
        for _ in coder.code_documents(docs):
            pass
        wall = time.perf_counter() - started
        after = os.times()
        cpu = sum(after[i] - before[i] for i in range(4))
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return {"sentences": n_sentences, "sentences_per_second": round(n_sentences / best_wall, 1),
            "cpu_seconds_per_1000_sentences": round(1000 * best_cpu / n_sentences, 2),
            "sentences_per_cpu_second": round(n_sentences / best_cpu, 1) if best_cpu else None}


def speed(rows, articles: dict, n_process: int, repeats: int) -> dict:
    coder = Coder(n_process=1)
    _ = coder.nlp
    # warm the caches the way a long-running coder has them warm (forked workers inherit them)
    list(coder.code_documents({"id": str(i), "text": s} for i, (s, _) in enumerate(rows[:200])))
    coder.n_process = n_process
    dev_docs = [{"id": str(i), "text": sentence} for i, (sentence, _) in enumerate(rows)]
    demo_docs = [
        {"id": key, "text": a["text"], "date": a.get("published")} for key, a in articles.items()
    ]
    coder.stats = {"sentences": 0, "parsed": 0}
    dev = timed(coder, dev_docs, len(rows), repeats)
    coder.stats = {"sentences": 0, "parsed": 0}
    list(coder.code_documents(demo_docs))
    demo_sentences = coder.stats["sentences"]
    demo = timed(coder, demo_docs, demo_sentences, repeats)
    demo["parsed_share"] = round(coder.stats["parsed"] / max(1, coder.stats["sentences"]), 4)
    return {"n_process": n_process, "dev_one_sentence_per_doc": dev, "demo_articles": demo}


def role_spans(coder: Coder) -> dict | None:
    """Source and target span accuracy on the role-tagged sentences (bench/coding_roles.py): the
    shipped coder in-sample (its target model was trained on them) and the target model's 5-fold
    cross-validated figures (bench/results/coding_roles_model.json)."""
    if not coding_roles.DEFAULT_DATA.exists():
        return None
    scored = coding_roles.score(coding_roles.read_sentences(coding_roles.DEFAULT_DATA), coder)
    trained = json.loads(coding_roles.MODEL_RESULTS.read_text("utf-8")).get("shipped", {}) \
        if coding_roles.MODEL_RESULTS.exists() else {}
    return {"data": str(coding_roles.DEFAULT_DATA),
            "in_sample": {k: scored[k] for k in ("source_span_accuracy",
                                                 "target_span_accuracy")},
            "cross_validated": trained.get("cross_validated")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--gold", type=Path, default=GOLD_SENTENCES)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    rows = read_rows(args.data)
    coder = Coder()
    cases, default_date = load_gold_sentences(args.gold)
    gold_sentences = evaluate_sentences(coder, cases, default_date)
    blind_cases, blind_date = load_gold_sentences(BLIND_GOLD)
    blind = evaluate_sentences(coder, blind_cases, blind_date)
    articles, demo_gold = load_demo_corpus(DEMO)
    demo = evaluate_gold(coder, articles, demo_gold)
    fallback = json.loads(FALLBACK_RESULTS.read_text("utf-8")) if FALLBACK_RESULTS.exists() \
        else {}
    result = {
        "pentaclass_dev": {"data": str(args.data), "in_sample": pentaclass(coder, rows),
                           "patterns_only": pentaclass(Coder(nlp=coder.nlp, fallback=None),
                                                       rows),
                           "cross_validated": fallback.get(
                               "pentaclass_accuracy_no_event_wrong", {}).get(
                               "patterns_plus_fallback", {}).get("cross_validated"),
                           "reliability_cross_validated": fallback.get(
                               "reliability_cross_validated")},
        "unseen_gold_sentences": {"data": str(BLIND_GOLD.relative_to(ROOT)),
                                  **{k: v for k, v in blind.items() if k != "errors"},
                                  "errors": len(blind["errors"])},
        "gold_sentences": {"data": str(args.gold.relative_to(ROOT)),
                           **{k: v for k, v in gold_sentences.items() if k != "errors"},
                           "errors": len(gold_sentences["errors"])},
        "demo_gold": {k: v for k, v in demo.items() if k != "misses"},
        "role_spans": role_spans(coder),
        "speed": [speed(rows, articles, n, args.repeats) for n in args.n_process],
        "load_average_at_end": os.getloadavg(),
        "cpus": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
