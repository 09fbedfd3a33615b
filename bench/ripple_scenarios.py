"""Ripple scenarios for the bench and the link model's trainer: a corpus, its gold, and how to run
and score a ripple on it at the story level.

A scenario folder holds `articles.jsonl` and `gold.json` (`trigger` {query, origin_article_ids},
`watched_region`, `control_region`, `stories` {article id: label}, `reaction_stories` [labels],
`reactions` [{article_id, sentence, actor}], `analyst_citations` [article ids], `brief_facts`
[{fact, keywords}]). The demo is read from its shipped gold files into the same shape.

Story-level scoring: a system story counts as gold story L when at least half of its articles
carry label L (the largest label). The ripple reports as reaction stories the stories holding at
least one of its reactions; recall is the share of gold reaction stories some reported story
counts as, precision the share of reported stories that count as a gold reaction story.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from aftershock.api import Aftershock
from aftershock.demo import demo_corpus, demo_gold

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "bench" / "data" / "train" / "ripple"
UNSEEN = ROOT / "bench" / "data" / "unseen" / "ripple"
DEMO_FACTS = ROOT / "tests" / "fixtures" / "briefs" / "demo_ripple_key_facts.json"
DEMO_CONTROLS = ["baltic-states", "sahel", "southern-africa"]


@dataclass
class Scenario:
    name: str
    kind: str                      # "demo", "train" or "unseen"
    article_files: list[Path]
    stories: dict[str, str]        # article id -> gold story label
    reaction_stories: set[str]
    reactions: list[dict]          # {article_id, sentence, actor}
    watched: str
    controls: list[str]
    origin_ids: set[str]           # the trigger's origin articles
    query: str | None = None
    analyst_citations: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)   # key_fact_coverage's form


def demo_scenario() -> Scenario:
    gold = demo_gold()
    reactions = [r for r in gold["reactions"] if r["trigger"] == "venezuela-operation"
                 and r["region"] == "korean-peninsula"]
    facts = json.loads(DEMO_FACTS.read_text(encoding="utf-8"))["facts"]
    return Scenario(
        name="demo", kind="demo", article_files=list(demo_corpus()), stories=gold["stories"],
        reaction_stories={gold["stories"][r["article_id"]] for r in reactions},
        reactions=reactions, watched="korean-peninsula", controls=DEMO_CONTROLS,
        origin_ids={i for i, label in gold["stories"].items() if label == "venezuela-operation"},
        facts=facts)


def folder_scenario(folder: Path, kind: str, name: str | None = None) -> Scenario:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    facts = [{"id": f"fact-{n}", "fact": fact["fact"], "keywords": list(fact["keywords"]),
              "all": [re.escape(k) for k in fact["keywords"]]}
             for n, fact in enumerate(gold.get("brief_facts") or [], start=1)]
    return Scenario(
        name=name or folder.name, kind=kind, article_files=[folder / "articles.jsonl"],
        stories=gold["stories"], reaction_stories=set(gold["reaction_stories"]),
        reactions=gold["reactions"], watched=gold["watched_region"],
        controls=[gold["control_region"]],
        origin_ids=set(gold["trigger"]["origin_article_ids"]), query=gold["trigger"]["query"],
        analyst_citations=list(gold.get("analyst_citations") or []), facts=facts)


def train_scenarios() -> list[Scenario]:
    """The training scenarios under bench/data/train/ripple (each a folder with a gold.json)."""
    if not TRAIN.is_dir():
        return []
    return [folder_scenario(p, "train", f"train-{p.name}") for p in sorted(TRAIN.iterdir())
            if (p / "gold.json").is_file()]


def unseen_scenario() -> Scenario:
    return folder_scenario(UNSEEN, "unseen", "unseen")


def lift_future_limit() -> None:
    """Scenarios set in later years than today: lift ingest's future limit (articles keep their
    dates, which the story stage reads against their text)."""
    import aftershock.published
    aftershock.published.FUTURE_TOLERANCE = timedelta(days=3650)


def build_app(scenario: Scenario, folder: str) -> Aftershock:
    lift_future_limit()
    app = Aftershock(f"sqlite:///{folder}/{scenario.name}.db")
    report = app.ingest([str(p) for p in scenario.article_files])
    if report.rejected:
        raise SystemExit(f"{scenario.name}: {report.rejected} articles rejected")
    app.build_stories()
    app.code_events()
    app.compute_signals()
    return app


def external_ids(app: Aftershock) -> dict:
    return {a["id"]: a["ext_id"] for a in app.store.articles()}


def origin_story(app: Aftershock, scenario: Scenario) -> dict:
    """The story holding most of the trigger's origin articles."""
    votes = Counter(a["story_id"] for a in app.store.articles()
                    if a["ext_id"] in scenario.origin_ids and a["story_id"])
    return app.store.story(votes.most_common(1)[0][0])


def trigger_story(app: Aftershock, scenario: Scenario, use_query: bool) -> tuple[dict, bool]:
    """(the trigger story, whether it is the origin story): the story the scenario's query
    resolves to when `use_query` and the scenario has one (as the CLI would), else the origin."""
    origin = origin_story(app, scenario)
    if use_query and scenario.query:
        story = app.find_story(scenario.query)
        return story, story["id"] == origin["id"]
    return origin, True


def story_labels(app: Aftershock, scenario: Scenario) -> dict:
    """System story id -> the gold label at least half its articles carry (None: no such)."""
    members: dict = {}
    for article in app.store.articles():
        if article["story_id"]:
            members.setdefault(article["story_id"], []).append(
                scenario.stories.get(article["ext_id"]))
    return majority_labels(members)


def majority_labels(members: dict) -> dict:
    """Story -> the label at least half of its members' labels are (None: no such label)."""
    labels = {}
    for story, gold in members.items():
        label, count = Counter(gold).most_common(1)[0]
        labels[story] = label if label is not None and 2 * count >= len(gold) else None
    return labels


def story_scores(reported: set, labels: dict, reaction_stories: set[str]) -> dict:
    """Reaction-story recall and precision of the reported story ids against gold."""
    hits = {labels.get(s) for s in reported} & reaction_stories
    correct = [s for s in reported if labels.get(s) in reaction_stories]
    recall = len(hits) / len(reaction_stories) if reaction_stories else 1.0
    precision = len(correct) / len(reported) if reported else (0.0 if reaction_stories else 1.0)
    return {"reported": len(reported), "correct_reported": len(correct),
            "gold_reaction_stories": len(reaction_stories), "found": len(hits),
            "recall": round(recall, 4), "precision": round(precision, 4),
            "missed": sorted(reaction_stories - hits),
            "wrong": sorted(str(labels.get(s)) for s in reported
                            if labels.get(s) not in reaction_stories)}


def reported_stories(report: dict) -> set:
    return {r["story_id"] for r in report["reactions"] if r.get("story_id") is not None}


def event_scores(report: dict, scenario: Scenario, ext: dict) -> dict:
    """Event level: reactions whose sentence holds a gold reaction sentence (precision), gold
    sentences some reaction holds (recall)."""
    gold = [(g["article_id"], norm(g["sentence"])) for g in scenario.reactions]
    found, true_pos = set(), 0
    for reaction in report["reactions"]:
        sentence = norm(reaction["sentence"])
        hits = {i for i, (aid, snippet) in enumerate(gold)
                if ext.get(reaction["article_id"]) == aid and snippet in sentence}
        found |= hits
        true_pos += bool(hits)
    detected = len(report["reactions"])
    return {"detected": detected,
            "precision": round(true_pos / detected, 4) if detected else 0.0,
            "recall": round(len(found) / len(gold), 4) if gold else 1.0}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u2019", "'")).strip().lower()


def brief_scores(app: Aftershock, report: dict, scenario: Scenario) -> dict:
    """Key facts the ripple's brief states, and the share of the analyst's citations it cites.
    The demo's facts are patterns one cited sentence must match (key_fact_coverage); a folder
    scenario's are keywords, stated when each occurs in the brief's cited sentences
    (`key_facts`; `key_facts_one_sentence` asks one sentence to hold them all)."""
    from aftershock.briefs.quality import all_sentences, check_brief, key_fact_coverage
    brief = app.brief_model(ripple_id=report["id"])
    coverage = key_fact_coverage(brief, scenario.facts)
    # keyword facts (folder scenarios): every keyword somewhere in the brief's cited sentences
    cited_text = " ".join(s["text"] for _, s in all_sentences(brief) if s.get("citations"))
    keyword_facts = [f for f in scenario.facts if f.get("keywords")]
    stated_anywhere = [f["id"] for f in keyword_facts
                       if all(re.search(re.escape(k), cited_text, re.IGNORECASE)
                              for k in f["keywords"])]
    urls = set()
    for source in brief.get("sources", []):
        urls.add(source.get("url"))
        urls.update(copy.get("url") for copy in source.get("copies") or [])
    url_of = {a["ext_id"]: a["url"] for a in app.store.articles()}
    cited = [a for a in scenario.analyst_citations if url_of.get(a) in urls]
    checks = {k: len(v) for k, v in check_brief(brief, app.store.articles()).items() if v}
    return {"key_facts": (round(len(stated_anywhere) / len(keyword_facts), 4)
                          if keyword_facts else coverage["ratio"]),
            "key_facts_one_sentence": coverage["ratio"],
            "facts_missing": ([f["id"] for f in keyword_facts if f["id"] not in stated_anywhere]
                              if keyword_facts else coverage["missing"]),
            "analyst_citations": len(scenario.analyst_citations),
            "analyst_cited": (round(len(cited) / len(scenario.analyst_citations), 4)
                              if scenario.analyst_citations else None),
            "analyst_uncited": sorted(set(scenario.analyst_citations) - set(cited)),
            "checks_failed": checks}


def evaluate(app: Aftershock, scenario: Scenario, use_query: bool = True,
             with_brief: bool = True, **link_options) -> dict:
    """Run the ripple into the watched region and every control region; score it."""
    story, is_origin = trigger_story(app, scenario, use_query)
    labels = story_labels(app, scenario)
    ext = external_ids(app)
    report = app.ripple(story["id"], scenario.watched, **link_options)
    result = {"scenario": scenario.name, "trigger_story_id": story["id"],
              "trigger_headline": story["headline"], "trigger_is_origin": is_origin,
              "region": scenario.watched, "verdict": report["verdict"]["reason"],
              "detected": report["detected"],
              "stories": story_scores(reported_stories(report), labels,
                                      scenario.reaction_stories),
              "events": event_scores(report, scenario, ext), "controls": []}
    for control in scenario.controls:
        control_report = app.ripple(story["id"], control, **link_options)
        wrong = reported_stories(control_report)
        result["controls"].append({
            "region": control, "detected": control_report["detected"],
            "linked_evidence": sum(1 for item in control_report["evidence"]
                                   if item["kind"] == "reaction"),
            "wrong_stories": len(wrong)})
    if with_brief:
        result["brief"] = brief_scores(app, report, scenario)
    return result
