"""Evaluate the coder against gold events: recall, root accuracy, precision and actor countries.

Two gold formats. Article gold (`evaluate_gold`, the demo corpus):

A gold event ({"article_id", "sentence", "source", "target", "root", "date"})
is matched when an event the coder produced from the same sentence has the
same root and the same source country (the first three letters of a state
actor code, the whole code for IGO/NGO/IMG actors).
- recall: matched gold events / gold events;
- root_accuracy: among gold events where the coder found an event from the
  same sentence with the same source country, the share with the right root;
- precision: among coded events from gold sentences, the share matching a gold event;
- source/target_country_accuracy: for each gold event whose sentence was coded, the coded
  event with the gold root (else the sentence's first) has the gold source/target country
  (a missing target must be missing).

Sentence gold (`evaluate_sentences`, tests/fixtures/coding/gold_sentences.yaml): one main event
per sentence ({text, source, target, cameo, optional date}; `cameo: null` = no event). The
coder's first (most salient) event is its answer:
- root_accuracy: its root equals the gold root, or no event for a no-event sentence (all
  sentences; an uncoded event sentence is wrong); cameo_accuracy likewise for the full code;
- source/target_country_accuracy and source_code_accuracy: over gold event sentences that
  were coded.
"""
from __future__ import annotations

import json
import re
from collections import Counter
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
          "LAB", "EDU", "HLH", "REL", "INS", "ELI", "AGR"}


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
    matched, same_source, right_root, misses = _gold_recall(gold_events, coded)
    correct, in_gold_sentences = _gold_precision(gold_events, coded)
    countries = _country_agreement(gold_events, coded)
    total = len(gold_events)
    return {
        **countries,
        "gold_events": total,
        "matched": matched,
        "recall": round(matched / total, 4) if total else 0.0,
        "root_accuracy": round(right_root / same_source, 4) if same_source else 0.0,
        "precision": round(correct / in_gold_sentences, 4) if in_gold_sentences else 0.0,
        "coded_events_in_gold_sentences": in_gold_sentences,
        "misses": misses,
    }


def _gold_recall(gold_events: list[dict], coded: dict) -> tuple[int, int, int, list[dict]]:
    """(gold events matched: same sentence, source country and root; gold events with a coded
    event of the same sentence and source country; of those, with the right root; the misses,
    each with what was coded in its sentence)."""
    matched = same_source = right_root = 0
    misses = []
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
    return matched, same_source, right_root, misses


def _gold_precision(gold_events: list[dict], coded: dict) -> tuple[int, int]:
    """(coded events in gold sentences that match a gold event there, coded events in gold
    sentences)."""
    gold_by_article: dict[str, list[dict]] = {}
    for gold in gold_events:
        gold_by_article.setdefault(gold["article_id"], []).append(gold)
    in_gold_sentences: list[dict] = []
    for article_id, golds in gold_by_article.items():
        for event in coded.get(article_id, []):
            if any(_same_sentence(g["sentence"], event["sentence"]) for g in golds):
                in_gold_sentences.append({"event": event, "golds": golds})
    correct = sum(
        any(
            _same_sentence(g["sentence"], item["event"]["sentence"])
            and g["root"] == item["event"]["root"]
            and actor_country(g["source"]) == _event_country(item["event"])
            for g in item["golds"]
        )
        for item in in_gold_sentences
    )
    return correct, len(in_gold_sentences)


def _target_country(event: dict | None) -> str | None:
    target = (event or {}).get("target") or {}
    return target.get("country") or actor_country(target.get("code"))


def _country_agreement(gold_events: list[dict], coded: dict) -> dict:
    sources = targets = compared = 0
    for gold in gold_events:
        events = [e for e in coded.get(gold["article_id"], [])
                  if _same_sentence(gold["sentence"], e["sentence"])]
        if not events:
            continue
        event = next((e for e in events if e["root"] == gold["root"]), events[0])
        compared += 1
        sources += _event_country(event) == actor_country(gold["source"])
        targets += _target_country(event) == actor_country(gold.get("target"))
    return {
        "source_country_accuracy": round(sources / compared, 4) if compared else 0.0,
        "target_country_accuracy": round(targets / compared, 4) if compared else 0.0,
        "events_compared_for_countries": compared,
    }


def evaluate_sentences(coder, cases: list[dict], default_date=None) -> dict:
    """Score the coder's first event per sentence against one-event-per-sentence gold."""
    docs = [{"id": str(i), "text": case["text"], "date": case.get("date", default_date)}
            for i, case in enumerate(cases)]
    firsts = {
        doc_id: (events[0] if events else None) for doc_id, events in coder.code_documents(docs)
    }
    tally: Counter = Counter()
    errors = []
    for i, case in enumerate(cases):
        event = firsts.get(str(i))
        tally.update(_sentence_tally(case, event))
        if _wrong_event(case, event):
            errors.append(
                {
                    "text": case["text"],
                    "gold": [case.get("source"), case.get("target"), case.get("cameo")],
                    "coded": None
                    if event is None
                    else [
                        event["source"]["code"],
                        (event["target"] or {}).get("code"),
                        event["cameo"],
                    ],
                }
            )
    total = len(cases)
    with_events = sum(1 for case in cases if case.get("cameo") is not None)
    coded = tally["coded"]
    return {
        "sentences": total,
        "coverage": round(coded / with_events, 4) if with_events else 0.0,
        "root_accuracy": round(tally["right_root"] / total, 4) if total else 0.0,
        "cameo_accuracy": round(tally["right_code"] / total, 4) if total else 0.0,
        "source_country_accuracy": round(tally["source_country"] / coded, 4) if coded else 0.0,
        "target_country_accuracy": round(tally["target_country"] / coded, 4) if coded else 0.0,
        "source_code_accuracy": round(tally["source_code"] / coded, 4) if coded else 0.0,
        "errors": errors,
    }


def _sentence_tally(case: dict, event: dict | None) -> dict[str, int]:
    """What one sentence adds to the counts: right root and code (no event for a sentence
    without one counts as right), and, when both gold and coder have an event, its countries
    and source code."""
    gold_code = case.get("cameo")
    if gold_code is None:
        return {"right_root": int(event is None), "right_code": int(event is None)}
    if event is None:
        return {}
    return {
        "right_root": int(event["root"] == gold_code[:2]),
        "right_code": int(event["cameo"] == gold_code),
        "coded": 1,
        "source_country": int(_event_country(event) == actor_country(case.get("source"))),
        "target_country": int(_target_country(event) == actor_country(case.get("target"))),
        "source_code": int(event["source"]["code"] == case.get("source")),
    }


def _wrong_event(case: dict, event: dict | None) -> bool:
    """An event where gold has none (or none where it has one), or the wrong root or source
    country."""
    gold_code = case.get("cameo")
    if gold_code is None or event is None:
        return (gold_code is None) != (event is None)
    return event["root"] != gold_code[:2] \
        or _event_country(event) != actor_country(case.get("source"))


# Organisation codes a gold file may spell the short way, and the coder's code for each.
IGO_SPELLINGS = {"IGONAT": "IGOWSTNAT", "IGOEEC": "IGOEUR", "IGOAFR": "IGOAFRAU",
                 "IGOSEA": "IGOSEAASN"}


def load_gold_sentences(path: str | Path) -> tuple[list[dict], str | None]:
    """(cases, default date) of a gold sentence YAML file; organisation codes spelt the short
    way (IGO_SPELLINGS) are read as the coder's."""
    import yaml
    spec = yaml.safe_load(Path(path).read_text("utf-8"))
    cases = [{**case, **{role: IGO_SPELLINGS.get(case.get(role), case.get(role))
                         for role in ("source", "target") if role in case}}
             for case in spec["sentences"]]
    return cases, spec.get("default_date")


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
