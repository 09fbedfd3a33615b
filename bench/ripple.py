"""Benchmark ripple reaction detection against the demo gold reaction links; record the scores.

Builds the demo database (or reuses --db), finds the story that holds most gold
"venezuela-operation" articles, runs the ripple into each gold region, and compares reactions with
`gold-reactions.json`:
- precision: detected reactions (events) whose sentence is a gold reaction sentence;
- recall: gold reaction sentences with at least one detected reaction event;
- coded recall: the same over gold sentences the coder turned into at least one event by a region
  actor (what reaction detection could have found; the rest are coding misses);
the same for the "direct" reactions the verdict counts. Also the verdict for control regions
(Baltic states must show no ripple) and the time a ripple takes.

Trigger resolution, demo and unseen side by side: the share of natural queries naming the
trigger whose resolved story is the one holding most of the trigger's gold articles. Demo: the
queries of tests/test_ripple_trigger_search.py (written while building the ranking). Unseen:
bench/data/unseen/ripple (written blind; its trigger query and 10 alt_queries), reported only,
never tuned on; `--unseen` runs it.

Reaction stories (bench/ripple_scenarios.py), per scenario: the demo, the training scenarios
(bench/data/train/ripple, which the link model is fitted on: in-sample) and, with `--unseen`, the
unseen scenario side by side: reaction-story recall and precision, wrong stories and linked
evidence items in the control regions, key facts the brief states and the share of the analyst's
citations it cites (where the gold lists them). Triggers of the folder scenarios are resolved
from their query, as the CLI does; the demo's is the story holding most trigger gold articles.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from ripple_scenarios import build_app, demo_scenario, evaluate, train_scenarios, unseen_scenario

from aftershock.api import Aftershock
from aftershock.demo import demo_corpus, demo_gold
from aftershock.ripple.verdict import is_direct
from aftershock.signals import resolve_region

RESULTS = Path(__file__).resolve().parent / "results" / "ripple.json"
UNSEEN = Path(__file__).resolve().parent / "data" / "unseen" / "ripple"
DEMO_QUERIES = Path(__file__).resolve().parents[1] / "tests" / "test_ripple_trigger_search.py"
CONTROL_REGIONS = ["baltic-states", "sahel", "southern-africa"]


def build(db_url: str) -> Aftershock:
    app = Aftershock(db_url)
    app.ingest([str(p) for p in demo_corpus()])
    app.build_stories()
    app.code_events()
    app.compute_signals()
    return app


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u2019", "'")).strip().lower()


def trigger_story(app: Aftershock, label: str, gold_stories: dict) -> dict:
    votes = Counter(a["story_id"] for a in app.store.articles()
                    if gold_stories.get(a["ext_id"]) == label and a["story_id"])
    return app.store.story(votes.most_common(1)[0][0])


def score(report: dict, links: list[dict], app: Aftershock, region) -> dict:
    ext = {a["id"]: a["ext_id"] for a in app.store.articles()}
    gold = [(link["article_id"], norm(link["sentence"])) for link in links]

    def matches(reaction) -> set[int]:
        sentence = norm(reaction["sentence"])
        return {i for i, (aid, snippet) in enumerate(gold)
                if ext.get(reaction["article_id"]) == aid and snippet in sentence}

    coded = set()
    for event in app.store.events(article_ids=[i for i, e in ext.items()
                                               if e in {aid for aid, _ in gold}]):
        if region.contains(event.get("source_country")) or region.contains(
                event.get("target_country")):
            for i, (aid, snippet) in enumerate(gold):
                if ext.get(event["article_id"]) == aid and snippet in norm(event["sentence"]):
                    coded.add(i)

    def prf(reactions) -> dict:
        hits = [matches(r) for r in reactions]
        found = set().union(*hits) if hits else set()
        true_pos = sum(1 for h in hits if h)
        precision = true_pos / len(reactions) if reactions else 0.0
        recall = len(found) / len(gold) if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"detected": len(reactions), "true_positive_events": true_pos,
                "precision": round(precision, 4), "recall": round(recall, 4),
                "f1": round(f1, 4),
                "coded_recall": round(len(found & coded) / len(coded), 4) if coded else 0.0,
                "missed_coded": sorted(f"{gold[i][0]}: {links[i]['sentence']}"
                                       for i in coded - found)}

    all_reactions = report["reactions"]
    direct = [r for r in all_reactions if is_direct(r, region.countries)]
    false_positives = [f"{ext.get(r['article_id'])}: {r['sentence'][:100]}"
                       for r in all_reactions if not matches(r)]
    return {"gold_links": len(gold), "gold_coded": len(coded), "all": prf(all_reactions),
            "direct": prf(direct), "false_positive_examples": false_positives[:15]}


def demo_queries() -> list[str]:
    """RAID_QUERIES of the trigger-search test, read without importing the tests package."""
    import ast
    tree = ast.parse(DEMO_QUERIES.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "RAID_QUERIES":
            return ast.literal_eval(node.value)
    raise SystemExit("RAID_QUERIES not found")


def resolution(app: Aftershock, queries: list[str], gold_ext_ids: set[str]) -> dict:
    """Per query: the chosen story and whether it is the story holding most gold articles."""
    from aftershock.errors import AftershockError
    ext = {a["id"]: a["ext_id"] for a in app.store.articles()}
    votes = Counter(a["story_id"] for a in app.store.articles()
                    if a["ext_id"] in gold_ext_ids and a["story_id"])
    target = votes.most_common(1)[0][0]
    rows = []
    for query in queries:
        try:
            story = app.find_story(query)
        except AftershockError as error:
            rows.append({"query": query, "story_id": None, "correct": False,
                         "error": str(error)[:200]})
            continue
        members = [ext[a["id"]] for a in app.store.articles(story_ids=[story["id"]])]
        rows.append({"query": query, "story_id": story["id"], "headline": story["headline"],
                     "correct": story["id"] == target,
                     "gold_articles_in_story": sum(m in gold_ext_ids for m in members),
                     "story_articles": len(members)})
    correct = sum(r["correct"] for r in rows)
    return {"target_story_id": target, "gold_articles": len(gold_ext_ids),
            "gold_articles_in_target": votes[target], "queries": len(rows),
            "resolved_correctly": correct, "rate": round(correct / len(rows), 4),
            "per_query": rows}


def unseen_resolution(app: Aftershock) -> dict:
    """Resolve the unseen scenario's queries in its own store."""
    gold = json.loads((UNSEEN / "gold.json").read_text(encoding="utf-8"))
    queries = [gold["trigger"]["query"], *gold["trigger"]["alt_queries"]]
    return resolution(app, queries, set(gold["trigger"]["origin_article_ids"]))


def story_level_line(result: dict) -> str:
    s, brief = result["stories"], result.get("brief") or {}
    controls = result["controls"]
    cited = brief.get("analyst_cited")
    return (f"{result['scenario']:>14}: reaction stories recall {s['recall']:.3f} "
            f"({s['found']}/{s['gold_reaction_stories']}), precision {s['precision']:.3f} "
            f"({s['correct_reported']}/{s['reported']}); control wrong stories "
            f"{sum(c['wrong_stories'] for c in controls)}, linked evidence "
            f"{sum(c['linked_evidence'] for c in controls)}; key facts "
            f"{brief.get('key_facts', float('nan')):.3f}; analyst citations cited "
            f"{'n/a' if cited is None else format(cited, '.3f')}; events P "
            f"{result['events']['precision']:.3f} R {result['events']['recall']:.3f}"
            f"{'' if result['trigger_is_origin'] else ' (trigger query chose another story)'}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="Reuse a database built from the demo corpus.")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--unseen", action="store_true",
                        help="Also report the blind unseen scenario (reporting only).")
    args = parser.parse_args(argv)
    gold = demo_gold()
    started = time.perf_counter()
    if args.db:
        app, build_seconds = Aftershock(args.db), 0.0
    else:
        folder = tempfile.mkdtemp(prefix="aftershock-bench-ripple-")
        app = build(f"sqlite:///{folder}/demo.db")
        build_seconds = time.perf_counter() - started
    by_pair: dict[tuple[str, str], list[dict]] = {}
    for link in gold["reactions"]:
        by_pair.setdefault((link["trigger"], link["region"]), []).append(link)
    results = {"gold_file": "src/aftershock/data/demo/gold-reactions.json",
               "build_seconds": round(build_seconds, 2), "pairs": [], "controls": []}
    demo_gold_ids = {i for i, label in gold["stories"].items() if label == "venezuela-operation"}
    results["trigger_resolution"] = {"demo": resolution(app, demo_queries(), demo_gold_ids)}
    results["story_level"] = {"demo": evaluate(app, demo_scenario())}
    for scenario in train_scenarios():
        scenario_app = build_app(scenario, tempfile.mkdtemp(prefix="aftershock-bench-train-"))
        results["story_level"][scenario.name] = evaluate(scenario_app, scenario)
    if args.unseen:
        unseen = unseen_scenario()
        unseen_app = build_app(unseen, tempfile.mkdtemp(prefix="aftershock-bench-unseen-"))
        results["trigger_resolution"]["unseen"] = unseen_resolution(unseen_app)
        results["story_level"]["unseen"] = evaluate(unseen_app, unseen)
    for (label, region_slug), links in sorted(by_pair.items()):
        story = trigger_story(app, label, gold["stories"])
        region = resolve_region(region_slug)
        t0 = time.perf_counter()
        report = app.ripple(story["id"], region)
        seconds = time.perf_counter() - t0
        entry = {"trigger": label, "trigger_story_id": story["id"],
                 "headline": story["headline"], "region": region_slug,
                 "ripple_seconds": round(seconds, 3), "verdict": report["verdict"],
                 **score(report, links, app, region)}
        entry["verdict"] = {k: v for k, v in entry["verdict"].items() if k != "event_ids"}
        results["pairs"].append(entry)
        for control in CONTROL_REGIONS:
            control_report = app.ripple(story["id"], control)
            results["controls"].append({"trigger": label, "region": control,
                                        "detected": control_report["detected"],
                                        "reactions": len(control_report["reactions"]),
                                        "reason": control_report["verdict"]["reason"]})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for entry in results["pairs"]:
        for kind in ("all", "direct"):
            s = entry[kind]
            print(f"{entry['trigger']} -> {entry['region']} [{kind}]: {s['detected']} reactions, "
                  f"precision {s['precision']:.3f}, recall {s['recall']:.3f}, F1 {s['f1']:.3f}, "
                  f"coded recall {s['coded_recall']:.3f} ({entry['gold_coded']}/"
                  f"{entry['gold_links']} gold sentences coded)")
        print(f"  verdict: {entry['verdict']['reason']}; ripple took {entry['ripple_seconds']}s")
    for control in results["controls"]:
        print(f"control {control['trigger']} -> {control['region']}: detected "
              f"{control['detected']} ({control['reason']})")
    for corpus, entry in results["trigger_resolution"].items():
        print(f"trigger resolution ({corpus}): {entry['resolved_correctly']}/{entry['queries']} "
              f"queries resolve to the story holding most of the trigger's gold articles")
    for result in results["story_level"].values():
        print(story_level_line(result))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
