"""Evaluate the coder against gold events: recall, root accuracy and precision on gold sentences.

A gold event ({"article_id", "sentence", "source", "target", "root", "date"})
is matched when an event the coder produced from the same sentence has the
same root and the same source country (the first three letters of a state
actor code, the whole code for IGO/NGO/IMG actors).
- recall: matched gold events / gold events;
- root_accuracy: among gold events where the coder found an event from the
  same sentence with the same source country, the share with the right root;
- precision: among coded events from gold sentences, the share matching a gold event.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_NON_STATE = ("IGO", "NGO", "IMG", "MNC")


def actor_country(code: str | None) -> str | None:
    """PRKGOV -> PRK; IGOUNO -> IGOUNO; bare role codes (GOV) -> None."""
    if not code:
        return None
    if code.startswith(_NON_STATE):
        return code
    return code[:3] if len(code) >= 3 and code[:3].isupper() and code[:3] not in _ROLES else None


_ROLES = {"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "BUS", "MED", "CVL", "REF",
          "LAB", "EDU", "HLH", "REL", "INS", "ELI"}


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _same_sentence(gold: str, coded: str) -> bool:
    gold, coded = _normal(gold), _normal(coded)
    return bool(gold) and bool(coded) and (gold in coded or coded in gold)


def _event_country(event: dict) -> str | None:
    source = event.get("source") or {}
    return source.get("country") or actor_country(source.get("code"))


def evaluate_gold(coder, articles: dict, gold_events: list[dict]) -> dict:
    """Code the articles that hold gold events and score the coder's events against them."""
    needed = {gold["article_id"] for gold in gold_events}
    docs = [{"id": article_id, "text": articles[article_id]["text"],
             "date": articles[article_id].get("published") or articles[article_id].get("date")}
            for article_id in sorted(needed) if article_id in articles]
    coded = dict(coder.code_documents(docs))
    matched = same_source = right_root = 0
    misses = []
    in_gold_sentences: list[dict] = []
    gold_by_article: dict[str, list[dict]] = {}
    for gold in gold_events:
        gold_by_article.setdefault(gold["article_id"], []).append(gold)
    for gold in gold_events:
        events = [e for e in coded.get(gold["article_id"], [])
                  if _same_sentence(gold["sentence"], e["sentence"])]
        country = actor_country(gold["source"])
        with_source = [e for e in events if _event_country(e) == country]
        if with_source:
            same_source += 1
            right_root += any(e["root"] == gold["root"] for e in with_source)
        if any(e["root"] == gold["root"] for e in with_source):
            matched += 1
        else:
            misses.append({"gold": gold, "coded": [
                {"source": e["source"]["code"], "cameo": e.get("cameo", e["root"]),
                 "target": (e.get("target") or {}).get("code")} for e in events]})
    for article_id, golds in gold_by_article.items():
        for event in coded.get(article_id, []):
            if any(_same_sentence(g["sentence"], event["sentence"]) for g in golds):
                in_gold_sentences.append({"event": event, "golds": golds})
    correct = sum(
        any(_same_sentence(g["sentence"], item["event"]["sentence"]) and g["root"] == item["event"]["root"]
            and actor_country(g["source"]) == _event_country(item["event"]) for g in item["golds"])
        for item in in_gold_sentences)
    total = len(gold_events)
    return {
        "gold_events": total,
        "matched": matched,
        "recall": round(matched / total, 4) if total else 0.0,
        "root_accuracy": round(right_root / same_source, 4) if same_source else 0.0,
        "precision": round(correct / len(in_gold_sentences), 4) if in_gold_sentences else 0.0,
        "coded_events_in_gold_sentences": len(in_gold_sentences),
        "misses": misses,
    }


def load_demo_corpus(directory: str | Path) -> tuple[dict, list[dict]]:
    """Articles (id -> record) and gold events from articles-*.jsonl / gold-*.json files."""
    directory = Path(directory)
    articles: dict[str, dict] = {}
    for path in sorted(directory.glob("articles-*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles[record["id"]] = record
    gold: list[dict] = []
    for path in sorted(directory.glob("gold-*.json")):
        gold.extend(json.loads(path.read_text("utf-8")).get("events", []))
    return articles, gold
