"""Benchmark the story clusterer on ECB+ (two real events per topic) and record the scores."""
from __future__ import annotations

import argparse
import inspect
import json
import random
import sys
import time
from pathlib import Path

from aftershock.stories import OnlineClusterer, bcubed, cluster_documents

DEFAULT_DATA = Path("/work/shared/bench/ecbplus/dev.jsonl")
RESULTS = Path(__file__).resolve().parent / "results" / "stories_ecbplus.json"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stage_signals() -> dict:
    """The country and actor finders the `cluster` command and the store stage give the
    clusterer (bench only; the stage takes any)."""
    from aftershock.stories import actor_signals
    return actor_signals()


def with_entities(docs: list[dict]) -> tuple[list[dict], float]:
    """Copies of the documents carrying their spaCy named entities, parsed once for every run
    below (as the store keeps them); returns the parse time too."""
    from aftershock.coding.named_entities import article_entities
    copies = [dict(doc) for doc in docs]
    started = time.perf_counter()
    article_entities(copies)
    return copies, time.perf_counter() - started


def run(docs: list[dict], **params) -> dict:
    """Cluster the documents (ECB+ has no dates: order is the stream order) and score them."""
    gold = {doc["id"]: doc["gold"] for doc in docs}
    stream = [{"id": d["id"], "title": d.get("title"), "text": d["text"],
               "entities": d.get("entities")} for d in docs]
    started = time.perf_counter()
    assignments = cluster_documents(stream, **params)
    elapsed = time.perf_counter() - started
    scores = bcubed(dict(assignments), gold)
    scores["seconds"] = elapsed
    scores["docs_per_second"] = len(docs) / elapsed if elapsed else float("inf")
    return scores


def load_demo() -> tuple[list[dict], dict, dict]:
    """The demo corpus articles, gold story labels, and gold near-duplicate links (copy ->
    original)."""
    from aftershock.demo import demo_corpus, demo_gold
    gold = demo_gold()
    docs = [doc for path in demo_corpus() for doc in load(path)]
    return docs, gold["stories"], {copy: original for original, copy in gold["duplicates"]}


def run_demo(**params) -> dict:
    """B-cubed on the demo corpus: words, names and time only; with the stage's signals
    (spaCy entities, countries, lead actors: what `aftershock cluster` uses); and each with
    ingest's duplicate links set."""
    docs, gold, duplicate_of = load_demo()
    report = {"n_docs": len(docs), "n_gold_stories": len(set(gold.values()))}
    parsed, _ = with_entities(docs)
    variants = {"words_entities_time": (docs, {}),
                "with_countries": (parsed, stage_signals())}
    for name, (variant_docs, extra) in variants.items():
        for with_duplicates in (False, True):
            stream = [dict(doc, duplicate_of=duplicate_of.get(doc["id"]) if with_duplicates
                           else None) for doc in variant_docs]
            started = time.perf_counter()
            assignments = dict(cluster_documents(stream, **params, **extra))
            elapsed = time.perf_counter() - started
            scores = bcubed(assignments, gold)
            scores["docs_per_second"] = len(docs) / elapsed
            report[name + ("_and_duplicate_links" if with_duplicates else "")] = scores
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--shuffles", type=int, default=5,
                        help="extra runs on shuffled stream orders (order sensitivity)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--param", action="append", default=[],
                        help="override a clusterer parameter, e.g. --param threshold=0.3")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"benchmark data not found: {args.data}", file=sys.stderr)
        return 1
    params = {}
    for item in args.param:
        name, value = item.split("=", 1)
        params[name] = float(value)
    plain = load(args.data)
    docs, parse_seconds = with_entities(plain)
    print(f"spaCy named entities for {len(docs)} documents in {parse_seconds:.1f} s "
          "(once, reused by every run below)")
    overrides, params = params, {**stage_signals(), **params}
    file_order = run(docs, **params)
    shuffled = []
    for seed in range(args.shuffles):
        order = docs[:]
        random.Random(seed).shuffle(order)
        shuffled.append(run(order, **params))
    defaults = {name: parameter.default for name, parameter
                in inspect.signature(OnlineClusterer).parameters.items()
                if isinstance(parameter.default, (int, float))}
    result = {"dataset": "ECB+ dev (topics 1-22)", "n_docs": len(docs),
              "defaults": defaults,
              "params": overrides,
              "signals": "spaCy named entities, countries and lead actors (as the CLI)",
              "entity_parse_seconds": parse_seconds,
              "file_order": file_order,
              "file_order_words_and_capitalised_names_only": {
                  k: v for k, v in run(plain).items() if k in ("f1", "pairwise_f1")}}
    if shuffled:
        result["shuffled_mean"] = {
            key: sum(run_[key] for run_ in shuffled) / len(shuffled)
            for key in ("precision", "recall", "f1", "pairwise_f1", "n_pred_clusters",
                        "docs_per_second")
        }
    no_prime = run(docs, prime_idf=False, **params)
    result["file_order_without_idf_priming"] = {k: no_prime[k] for k in ("f1", "pairwise_f1",
                                                                         "n_pred_clusters")}
    fo = file_order
    print(f"B-cubed P={fo['precision']:.3f} R={fo['recall']:.3f} F1={fo['f1']:.3f}  "
          f"pairwise F1={fo['pairwise_f1']:.3f}  clusters={fo['n_pred_clusters']} "
          f"(gold {fo['n_gold_clusters']})  {fo['docs_per_second']:.0f} docs/s")
    if shuffled:
        sm = result["shuffled_mean"]
        print(f"shuffled x{len(shuffled)}: B-cubed F1={sm['f1']:.3f} pairwise F1="
              f"{sm['pairwise_f1']:.3f} clusters={sm['n_pred_clusters']:.1f}")
    print(f"without IDF priming: B-cubed F1={no_prime['f1']:.3f} "
          f"pairwise F1={no_prime['pairwise_f1']:.3f} clusters={no_prime['n_pred_clusters']}")
    result["demo_corpus"] = demo = run_demo(**overrides)
    for name, scores in demo.items():
        if isinstance(scores, dict):
            print(f"demo {name}: B-cubed P={scores['precision']:.3f} R={scores['recall']:.3f} "
                  f"F1={scores['f1']:.3f} pairwise F1={scores['pairwise_f1']:.3f} "
                  f"clusters={scores['n_pred_clusters']} (gold {scores['n_gold_clusters']})")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
