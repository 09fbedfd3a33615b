"""Evidence for a ripple report: the trigger's reports and the reactions linked to it (a measured
shift links nothing to the trigger, so its events are not evidence).

Every item names its article by `article_id` and `url` (near-duplicate copies are folded into their
original), quotes one sentence, says `why` it supports the report and carries a `score` used to
rank.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from aftershock.ripple.corpus import canonical_id
from aftershock.signals.describe import describe_event
from aftershock.signals.series import as_date
from aftershock.text import lead_paragraph, strip_dateline

from ..config import settings

METRIC_LABELS = {"share_of_events": "share of all events", "count_per_day": "events per day",
                 "conflict_share": "conflict share",
                 "goldstein_mean": "mean Goldstein score"}


def _item(article: Mapping, sentence: str, event: Mapping | None, kind: str, why: str,
          score: float) -> dict:
    day = (as_date(event["date"]) if event and event.get("date")
           else as_date(article["published"]) if article.get("published") else None)
    return {
        "kind": kind,
        "article_id": article["id"],
        "url": article.get("url"),
        "outlet": article.get("source"),
        "date": day.isoformat() if day else None,
        "title": article.get("title"),
        "sentence": strip_dateline(sentence or ""),
        "event_id": event.get("id") if event else None,
        "story_id": article.get("story_id"),
        "why": why,
        "score": round(score, 3),
        # when and where in its article the item was reported: the strand's first report
        "_first": (article.get("published") or "", _position(article, sentence)),
    }


def _position(article: Mapping, sentence: str | None) -> int:
    """Where the sentence starts in its article's text (after any text it was not found in)."""
    found = (article.get("text") or "").find((sentence or "")[:60])
    return found if found >= 0 else len(article.get("text") or "")


def trigger_items(trigger_articles: list[Mapping], trigger_events: list[Mapping],
                  headline: str, focal_countries: Iterable[str] = ()) -> list[dict]:
    """One item per trigger article: its most severe conflict event at a focal country, else its
    lead."""
    focal = set(focal_countries)
    items = []
    ordered = sorted(trigger_articles, key=lambda a: a.get("published") or "")
    for rank, article in enumerate(ordered):
        own_events = sorted(
            (
                e
                for e in trigger_events
                if e.get("article_id") == article["id"]
                and int(e.get("quad") or 0) >= 3
                and (not focal or {e.get("source_country"), e.get("target_country")} & focal)
            ),
            key=lambda e: float(e.get("goldstein") or 0.0),
        )
        event = own_events[0] if own_events else None
        sentence = event["sentence"] if event else lead_paragraph(article.get("text") or "")
        why = f"reports the trigger: {headline}"
        if event:
            why += f" ({describe_event(event)})"
        items.append(_item(article, sentence, event, "trigger", why, max(2.0, 5.0 - 0.5 * rank)))
    return items


def reaction_items(reactions: list[Mapping], articles: Mapping) -> list[dict]:
    items = []
    for reaction in reactions:
        article = articles.get(canonical_id(reaction["article_id"], articles))
        if article is None:
            continue
        why = (f"reaction: {reaction['summary']}; linked to the trigger because "
               f"{reaction['link']['why']}")
        event = {"id": reaction["event_id"], "date": reaction["date"]}
        items.append(
            _item(article, reaction["sentence"], event, "reaction", why, reaction["score"])
        )
    return items




def _story_order(items: list[dict]) -> list[dict]:
    """One story's items in the order they take places: its first report, then its best item of
    each other day in date order (a second item of a day mostly restates that day's act; a
    story's earliest acts are its most direct response to the trigger), then the rest by
    score."""
    lead = [i for i in items if i.get("_lead")]
    days, first_of_day, rest = {i.get("date") for i in lead}, [], []
    for item in sorted((i for i in items if not i.get("_lead")), key=lambda i: -i["score"]):
        day = item.get("date")
        (rest if day in days else first_of_day).append(item)
        days.add(day)
    first_of_day.sort(key=lambda i: str(i.get("date") or ""))
    return lead + first_of_day + rest


def rank_evidence(groups: Iterable[list[dict]], limit: int | None = None) -> list[dict]:
    """Merge item lists, keep the best-scored item per event and per (article, sentence), rank
    them; at most `limit` (default: [ripple] `max_evidence`).

    Two rules keep one heavily reported strand of the response (a condemnation, a launch,
    consular measures) from crowding the others out of a short list: the first report of each
    story (its earliest article's earliest linked sentence, which states the act itself rather
    than a later detail of it) gets the [ripple] `strand_bonus`, and places are dealt round-robin by
    story, the best-scored story first: every story has a place before any has a second, every
    story a second before any a third, and so on (within a story, its first report, then one
    item per day before a second of any day)."""
    limit = settings().ripple.max_evidence if limit is None else limit
    merged = sorted((item for group in groups for item in group), key=lambda i: -i["score"])
    _mark_first_reports(merged)
    merged.sort(key=lambda i: -i["score"])
    taken = _round_robin_by_story(_distinct(merged), limit)
    ranked = sorted(taken, key=lambda i: -i["score"])
    for rank, item in enumerate(ranked, start=1):
        item["rank"] = rank
        item.pop("_first", None)
        item.pop("_lead", None)
    return ranked


def _mark_first_reports(items: list[dict]) -> None:
    """Give the first report of each strand (kind, story) the [ripple] `strand_bonus`; mark it."""
    first: dict = {}
    for item in items:
        strand = (item["kind"], item.get("story_id"))
        if item.get("story_id") is not None and (
                strand not in first or item.get("_first", ()) < first[strand].get("_first", ())):
            first[strand] = item
    bonus = settings().ripple.strand_bonus
    for item in first.values():
        item["score"] = round(item["score"] + bonus, 3)
        item["why"] += "; first report of its story"
        item["_lead"] = True


def _distinct(items: list[dict]) -> list[dict]:
    """The items in order, keeping the first of each event and of each (article, sentence)."""
    seen_events, seen_sentences, distinct = set(), set(), []
    for item in items:
        sentence_key = (item["article_id"], item["sentence"].strip().lower())
        if item["event_id"] is not None and item["event_id"] in seen_events:
            continue
        if sentence_key in seen_sentences:
            continue
        seen_sentences.add(sentence_key)
        if item["event_id"] is not None:
            seen_events.add(item["event_id"])
        distinct.append(item)
    return distinct


def _round_robin_by_story(items: list[dict], limit: int) -> list[dict]:
    """Up to `limit` items dealt one per story per round, the best-scored story first (an item
    without a story is a story of its own); within a story in _story_order."""
    queues: dict = {}
    for item in items:
        key = item.get("story_id") if item.get("story_id") is not None else ("item", id(item))
        queues.setdefault(key, []).append(item)
    queues = {key: _story_order(queue) for key, queue in queues.items()}
    taken: list[dict] = []
    while len(taken) < limit and any(queues.values()):
        for queue in queues.values():
            if queue and len(taken) < limit:
                taken.append(queue.pop(0))
    return taken
