"""Train the ripple link model (aftershock.ripple.linking) on labelled scenarios; choose its
threshold by cross-validation by scenario; write the model JSON.

Scenarios: the demo (its shipped gold) and every folder under bench/data/train/ripple. Never the
unseen scenario. For each, the pipeline runs on its corpus, the ripple runs from the trigger's
origin story into the watched region and into each control region with every linked candidate
kept (`link_threshold` 0), and each candidate becomes a row: its features and a label
(`--label`): 1 when its sentence holds a gold reaction sentence ("sentence", the default) or
when its article belongs to a gold reaction story of the watched region ("story");
control-region candidates are all 0.

Cross-validation leaves one scenario out. The threshold maximises the mean over held-out
scenarios of the reaction-story F1 (control-region stories count as wrong reported stories).
The reported cross-validated score of each scenario is nested: its threshold is chosen on the
other scenarios alone (leaving each of them out in turn), the model is fitted on them, and the
held-out scenario is scored once.

    python bench/train_ripple_links.py                 # build rows, cross-validate, write model
    python bench/train_ripple_links.py --rows R.json   # reuse (or write) the candidate rows
    python bench/train_ripple_links.py --keep-shipped  # score and cross-validate a refit only

The results also score the shipped model as it is (the packaged model at the current
`link_threshold`) on every scenario, so a refit is judged beside it: with `--keep-shipped` the
refit is cross-validated and recorded but neither the model file nor the threshold is written.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from ripple_scenarios import (
    ROOT,
    Scenario,
    build_app,
    demo_scenario,
    external_ids,
    norm,
    origin_story,
    story_labels,
    story_scores,
    train_scenarios,
)

from aftershock.config import settings
from aftershock.ripple.linking import (
    FEATURES,
    LinkModel,
    fit,
    load_model,
    packaged_model_path,
    save_model,
)

RESULTS = ROOT / "bench" / "results" / "ripple_links.json"
DEFAULTS = ROOT / "src" / "aftershock" / "defaults.toml"
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]
REGULARISATION = 1.0
LABELS = {"sentence": "sentence_gold", "story": "story_label_gold"}


def candidate_rows(scenario: Scenario, folder: str) -> list[dict]:
    """Every linked candidate of the watched and control regions, with features and label."""
    app = build_app(scenario, folder)
    story = origin_story(app, scenario)
    labels = story_labels(app, scenario)
    ext = external_ids(app)
    everything = LinkModel(0.0, dict.fromkeys(FEATURES, 0.0), {})
    gold_sentences = [(g["article_id"], norm(g["sentence"])) for g in scenario.reactions]
    rows = []
    for region in [scenario.watched, *scenario.controls]:
        control = region != scenario.watched
        report = app.ripple(story["id"], region, link_model=everything, link_threshold=0.0,
                            keep_features=True)
        for reaction in report["reactions"]:
            article = ext.get(reaction["article_id"])
            gold = scenario.stories.get(article) in scenario.reaction_stories
            sentence = norm(reaction["sentence"])
            stated = any(aid == article and snippet in sentence
                         for aid, snippet in gold_sentences)
            rows.append({"scenario": scenario.name, "region": region, "control": control,
                         "story_id": reaction["story_id"],
                         "story_label": labels.get(reaction["story_id"]),
                         "article": article, "sentence": (reaction["sentence"] or "")[:160],
                         "story_label_gold": int(gold and not control),
                         "sentence_gold": int(stated and not control),
                         "features": reaction["features"]})
    return rows


def scenario_score(rows: list[dict], probabilities: list[float], threshold: float,
                   reaction_stories: set[str]) -> dict:
    """Story-level scores of one scenario's rows at a threshold; control stories are wrong."""
    watched = {r["story_id"] for r, p in zip(rows, probabilities)
               if p >= threshold and not r["control"]}
    labels = {r["story_id"]: r["story_label"] for r in rows if not r["control"]}
    scores = story_scores(watched, labels, reaction_stories)
    control = {(r["region"], r["story_id"]) for r, p in zip(rows, probabilities)
               if p >= threshold and r["control"]}
    reported = scores["reported"] + len(control)
    precision = scores["correct_reported"] / reported if reported else 0.0
    recall = scores["recall"]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"recall": recall, "precision_watched": scores["precision"],
            "control_wrong_stories": len(control), "f1": round(f1, 4),
            "missed": scores["missed"], "wrong": scores["wrong"]}


def predict(model: LinkModel, rows: list[dict]) -> list[float]:
    return [model.probability(r["features"]) for r in rows]


def best_threshold(per_scenario: dict) -> tuple[float, float]:
    """(threshold, mean F1) maximising the mean story F1 over scenarios; per_scenario maps a
    name to (rows, probabilities, gold reaction stories). Ties go to the higher threshold."""
    best = (0.5, -1.0)
    for threshold in THRESHOLDS:
        mean = sum(scenario_score(rows, probs, threshold, gold)["f1"]
                   for rows, probs, gold in per_scenario.values()) / len(per_scenario)
        if mean >= best[1]:
            best = (threshold, mean)
    return best


def leave_one_out(by_name: dict, gold: dict) -> tuple[dict, dict]:
    """Out-of-fold probabilities per scenario, and the nested held-out score of each."""
    out_of_fold, nested = {}, {}
    for held, held_rows in by_name.items():
        train = [r for name, rows in by_name.items() if name != held for r in rows]
        model = fit([r["features"] for r in train], [r["label"] for r in train], {},
                    REGULARISATION)
        out_of_fold[held] = predict(model, held_rows)
        others = [name for name in by_name if name != held]
        if len(others) >= 2:  # choose the threshold on the other scenarios alone
            inner = {}
            for inner_held in others:
                inner_train = [r for name in others if name != inner_held
                               for r in by_name[name]]
                inner_model = fit([r["features"] for r in inner_train],
                                  [r["label"] for r in inner_train], {}, REGULARISATION)
                inner[inner_held] = (by_name[inner_held], predict(inner_model,
                                                                  by_name[inner_held]),
                                     gold[inner_held])
            threshold = best_threshold(inner)[0]
        else:
            threshold = 0.5
        nested[held] = {"threshold": threshold,
                        **scenario_score(held_rows, out_of_fold[held], threshold, gold[held])}
    return out_of_fold, nested


def pool_held_out(by_name: dict, gold: dict, pool: list[str]) -> dict:
    """The shipped procedure judged on today's rows: nested leave-one-out within the scenarios
    the shipped model was fitted on, and each newer scenario scored once by the model fitted on
    that pool at its cross-validated threshold (the newer scenarios are held out)."""
    pooled = {name: by_name[name] for name in pool}
    out_of_fold, scores = leave_one_out(pooled, gold)
    threshold = best_threshold({name: (pooled[name], out_of_fold[name], gold[name])
                                for name in pool})[0]
    train = [r for name in pool for r in by_name[name]]
    model = fit([r["features"] for r in train], [r["label"] for r in train], {}, REGULARISATION)
    for name, named in by_name.items():
        if name not in pooled:
            scores[name] = {"threshold": threshold, **scenario_score(
                named, predict(model, named), threshold, gold[name])}
    return {"pool": pool, "threshold": threshold, "scores": scores, "mean_f1": mean_of(scores)}


def mean_of(nested: dict) -> float:
    return round(sum(s["f1"] for s in nested.values()) / len(nested), 4)


def write_threshold(threshold: float) -> None:
    text = DEFAULTS.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^link_threshold = [0-9.]+", f"link_threshold = {threshold}", text)
    DEFAULTS.write_text(new, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, help="candidate rows: read if present, else write")
    parser.add_argument("--out", type=Path, default=packaged_model_path())
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--label", choices=sorted(LABELS), default="sentence",
                        help="what a positive candidate is: its sentence holds a gold reaction "
                             "sentence, or its article is in a gold reaction story")
    parser.add_argument("--no-write-threshold", action="store_true",
                        help="leave [ripple] link_threshold in defaults.toml as it is")
    parser.add_argument("--keep-shipped", action="store_true",
                        help="record the refit's scores but write neither the model nor the "
                             "threshold (the shipped model stays)")
    args = parser.parse_args(argv)
    scenarios = [demo_scenario(), *train_scenarios()]
    gold = {s.name: s.reaction_stories for s in scenarios}
    if args.rows and args.rows.is_file():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows, started = [], time.perf_counter()
        for scenario in scenarios:
            rows += candidate_rows(scenario, tempfile.mkdtemp(prefix="aftershock-links-"))
        print(f"built candidate rows in {time.perf_counter() - started:.1f}s")
        if args.rows:
            args.rows.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
    for row in rows:
        row["label"] = row[LABELS[args.label]]
    by_name = {s.name: [r for r in rows if r["scenario"] == s.name] for s in scenarios}
    for name, named in by_name.items():
        print(f"{name}: {len(named)} candidates, {sum(r['label'] for r in named)} positive "
              f"({args.label} labels), {sum(r['control'] for r in named)} in control regions")
    results: dict = {"scenarios": list(by_name), "regularisation": REGULARISATION,
                     "label": args.label,
                     "rows": len(rows), "positives": sum(r["label"] for r in rows)}
    shipped_path = packaged_model_path()
    if shipped_path.is_file():  # the shipped model as it is, at the shipped threshold
        shipped, shipped_threshold = load_model(shipped_path), settings().ripple.link_threshold
        results["shipped_model"] = {
            "trained_on": shipped.trained_on.get("scenarios"), "threshold": shipped_threshold,
            "scores": {name: scenario_score(named, predict(shipped, named), shipped_threshold,
                                            gold[name]) for name, named in by_name.items()}}
        results["shipped_model"]["mean_f1"] = mean_of(results["shipped_model"]["scores"])
        pool = [n for n in by_name if n in (shipped.trained_on.get("scenarios") or [])]
        if 2 <= len(pool) < len(by_name):
            results["shipped_pool_cross_validated"] = pool_held_out(by_name, gold, pool)
    if len(by_name) >= 2:
        out_of_fold, nested = leave_one_out(by_name, gold)
        threshold, mean_f1 = best_threshold(
            {name: (by_name[name], out_of_fold[name], gold[name]) for name in by_name})
        results["cross_validated"] = nested
        results["threshold_cv_mean_f1"] = round(mean_f1, 4)
        results["nested_cv_mean_f1"] = {args.label: mean_of(nested)}
        for other, column in LABELS.items():  # the other labelling, for comparison
            if other != args.label:
                relabelled = {name: [{**r, "label": r[column]} for r in named]
                              for name, named in by_name.items()}
                results["nested_cv_mean_f1"][other] = mean_of(
                    leave_one_out(relabelled, gold)[1])
    else:
        threshold = 0.5
        print("one scenario only: no cross-validation, threshold stays 0.5")
    model = fit([r["features"] for r in rows], [r["label"] for r in rows],
                {"scenarios": list(by_name), "candidates": len(rows),
                 "positives": results["positives"], "label": args.label,
                 "threshold": threshold,
                 "regularisation": REGULARISATION,
                 "trainer": "bench/train_ripple_links.py"}, REGULARISATION)
    if args.keep_shipped:
        results["refit_written"] = False
    else:
        save_model(model, args.out)
        results["refit_written"] = True
    results["threshold"] = threshold
    results["in_sample"] = {name: scenario_score(by_name[name], predict(model, by_name[name]),
                                                 threshold, gold[name])
                            for name in by_name}
    results["coefficients"] = {"intercept": round(model.intercept, 4),
                               **{k: round(v, 4) for k, v in model.coefficients.items()}}
    if not (args.no_write_threshold or args.keep_shipped):
        write_threshold(threshold)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    for key in ("shipped_model", "shipped_pool_cross_validated"):
        if key in results:
            print(f"{key}: mean story F1 {results[key]['mean_f1']}")
    print(f"threshold {threshold} (mean held-out story F1 "
          f"{results.get('threshold_cv_mean_f1', 'n/a')}); nested cross-validated mean story "
          f"F1 by labelling: {results.get('nested_cv_mean_f1', 'n/a')}")
    columns = {"in_sample": results.get("in_sample", {}),
               "cross_validated": results.get("cross_validated", {}),
               "shipped_model": results.get("shipped_model", {}).get("scores", {}),
               "shipped_pool_cv": results.get("shipped_pool_cross_validated", {}).get("scores",
                                                                                       {})}
    for column, scores in columns.items():
        for name, s in scores.items():
            print(f"  {column} {name}: story recall {s['recall']:.3f}, precision (watched) "
                  f"{s['precision_watched']:.3f}, control wrong stories "
                  f"{s['control_wrong_stories']}, F1 {s['f1']:.3f}")
    written = args.out if results["refit_written"] else "no model (--keep-shipped)"
    print(f"wrote {written} and {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
