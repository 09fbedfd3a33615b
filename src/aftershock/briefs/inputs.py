"""Gather what a brief reads from the store: articles, events and stories for a story or a ripple.

A ripple brief reads the trigger story, the articles behind the ripple's reactions and evidence,
and "bridge" articles: pieces published in the ripple's window that name both the trigger (its top
entities) and the watched region's countries, found through the store's full-text search. Those are
where analysts weigh what the shock means for the region (alliance questions, China's stance),
and the coded reactions alone often miss them.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from aftershock.config import event_filter, settings
from aftershock.gazetteer import country_terms
from aftershock.ripple.corpus import article_text
from aftershock.text import count_term_mentions, lead_paragraph


def trigger_entities(ripple: Mapping) -> list[str]:
    trigger = ripple.get("trigger") or {}
    entities = (trigger.get("terms") or {}).get("entities") or trigger.get("key_terms") or []
    return list(entities[:settings().briefs.bridge_entities])


def bridges_trigger(article: Mapping, ripple: Mapping) -> int:
    """How often an article names the trigger's top entities (0 when it does not)."""
    return count_term_mentions(article_text(article), trigger_entities(ripple))


def _window(ripple: Mapping) -> tuple[date, date]:
    window = ripple["window"]
    start = date.fromisoformat(str(window["start"])[:10])
    end = date.fromisoformat(str(window.get("observed_end") or window["end"])[:10])
    return start, end


def bridge_articles(store, ripple: Mapping, known=frozenset()) -> list[dict]:
    """Articles in the ripple's window naming both the trigger and the watched region, found by
    full-text search (one query per entity and region term, [briefs] `search_hits` hits each),
    most mentions first, at most [briefs] `bridge_articles`."""
    knobs = settings().briefs
    start, end = _window(ripple)
    region_terms = {term for code in ripple["region"]["countries"] for term in country_terms(code)}
    found: dict[object, dict] = {}
    for entity in trigger_entities(ripple):
        for term in sorted(region_terms):
            for article in store.search_articles(f"{entity} {term}", limit=knobs.search_hits):
                published = str(article.get("published") or "")[:10]
                if article["id"] in known or not published:
                    continue
                if start <= date.fromisoformat(published) <= end:
                    found[article["id"]] = article
    ranked = sorted(found.values(), key=lambda a: (-bridges_trigger(a, ripple),
                                                   a.get("published") or "", a["id"]))
    return [a for a in ranked if count_term_mentions(article_text(a), region_terms)][
        :knobs.bridge_articles]


def distinctive_entities(ripple: Mapping) -> list[str]:
    """The trigger's entities that name the happening rather than a country (a ship, a place, a
    person): not a term of its focal countries or the watched region, not part of a longer
    entity, not an all-capital repeat."""
    trigger = ripple.get("trigger") or {}
    entities = (trigger.get("terms") or {}).get("entities") or trigger.get("key_terms") or []
    codes = set(trigger.get("focal_countries") or []) | set(ripple["region"]["countries"])
    national = {term.lower() for code in codes for term in country_terms(code)}
    kept = []
    for entity in entities:
        lowered = entity.lower()
        if lowered in national or any(lowered != other.lower() and lowered in other.lower()
                                      for other in entities):
            continue
        if lowered not in {k.lower() for k in kept}:
            kept.append(entity)
    return kept


def followup_mentions(article: Mapping, entities: list[str]) -> int:
    """How many distinct trigger entities an article's title and opening paragraph name."""
    opening = (article.get("title") or "") + " " + lead_paragraph(article.get("text") or "")
    return sum(1 for entity in entities if count_term_mentions(opening, [entity]))


def followup_articles(store, ripple: Mapping, exclude_stories=frozenset()) -> list[dict]:
    """Later stories of the trigger itself in the ripple's window (a court case, a release, a
    reopening): articles of other stories whose title and opening name at least
    `followup_entities` of the trigger's distinctive entities, found by full-text search, at
    most [briefs] `followup_stories`
    stories (those naming most entities first; not the trigger's, nor `exclude_stories`, the
    reaction stories). Each is marked `brief_role` "followup"."""
    knobs = settings().briefs
    start, end = _window(ripple)
    entities = distinctive_entities(ripple)
    trigger_story = ripple["trigger"].get("story_id")
    minimum = knobs.followup_entities
    found: dict[object, dict] = {}
    for entity in entities:
        for article in store.search_articles(entity, limit=knobs.search_hits):
            published = str(article.get("published") or "")[:10]
            if (not published or article.get("story_id") is None
                    or article.get("story_id") in {trigger_story, *exclude_stories}):
                continue
            if start <= date.fromisoformat(published) <= end \
                    and followup_mentions(article, entities) >= minimum:
                found[article["id"]] = article
    by_story: dict = {}
    for article in found.values():
        by_story.setdefault(article["story_id"], []).append(article)
    ranked = sorted(by_story.values(), key=lambda group: (
        -max(followup_mentions(a, entities) for a in group),
        min(a.get("published") or "" for a in group)))
    return [dict(a, brief_role="followup") for group in ranked[:knobs.followup_stories]
            for a in group]


def ripple_brief_inputs(store, ripple: Mapping) -> tuple[list[dict], list[dict], list[dict]]:
    """(articles, events, stories) a ripple brief is written from."""
    article_ids = {item["article_id"] for item in ripple.get("evidence", [])}
    article_ids |= {reaction["article_id"] for reaction in ripple.get("reactions", [])}
    article_ids |= set(ripple["trigger"].get("article_ids") or [])
    trigger_story = ripple["trigger"].get("story_id")
    # the reaction stories' articles too: the earliest report of an act may not be the linked one
    reacting = {r.get("story_id") for r in ripple.get("reactions", [])} - {None}
    articles = store.articles(ids=article_ids) + store.articles(
        story_ids=[trigger_story, *sorted(reacting)])
    known = {a["id"] for a in articles}

    articles += bridge_articles(store, ripple, known)
    followups = {a["id"]: a for a in followup_articles(store, ripple, reacting)}
    articles = [a for a in articles if a["id"] not in followups] + list(followups.values())
    # folded copies need their originals present to fold into them
    originals = {a.get("duplicate_of") for a in articles} - {None} - {a["id"] for a in articles}
    if originals:
        articles += store.articles(ids=originals)
    articles = list({a["id"]: a for a in articles}.values())
    events = store.events(article_ids=[a["id"] for a in articles],
                          **event_filter(settings().briefs))
    stories = store.stories(ids={a["story_id"] for a in articles if a.get("story_id")})
    return articles, events, stories


def story_brief_inputs(store, story: Mapping) -> tuple[list[dict], list[dict]]:
    """(articles, events) a story brief is written from: the story's own articles only, so a
    copy whose original sits in another story is cited as itself."""
    articles = store.articles(story_ids=[story["id"]])
    events = store.events(story_ids=[story["id"]], **event_filter(settings().briefs))
    return articles, events
