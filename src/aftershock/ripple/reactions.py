"""Reactions: events by or toward a watched region that refer to the trigger, with the reason why.

An event counts when at least one link ties it to the trigger; each link says what matched and
where. Weights (summed into the score, plus a small bonus for intensity |Goldstein|/20):
- sentence: an entity term of the trigger in the event's sentence (3.0), or two keywords (1.5);
- actor: the event's other party is a focal country of the trigger, e.g. VEN (2.5);
- story: the event belongs to the trigger story (2.5) or its story's headline/entities name the
  trigger (1.5) and at least half of that story's articles are about the trigger (title names it,
  or the text twice), so one passing mention does not make a whole story a reaction;
- article: the article's title names the trigger (1.5) or its text does at least twice (1.0).
An event by the region's actors with none of these (a tariff meeting in Washington) is not a
reaction.
Neither is background: a sentence about what has been true "for years" or "in the past" reports
history, and one voicing an analyst's or a former official's reading reports commentary, not a
response to the trigger.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from aftershock.gazetteer import Region
from aftershock.ripple.corpus import is_folded_copy
from aftershock.ripple.terms import TriggerTerms
from aftershock.signals.describe import describe_event
from aftershock.signals.series import as_date, region_has_event
from aftershock.text import content_stems, count_term_mentions, find_terms

BACKGROUND_CUES = re.compile(
    r"\b(for (many )?(years|decades)|in recent years|in (the )?past|in previous years|has long|"
    r"have long|has repeatedly|have repeatedly|over the past \w+ years|since (19|20)\d\d)\b",
    re.IGNORECASE)
COMMENTARY = re.compile(
    r"^\W*(some |many |most |other )?(analysts|experts|observers|critics|researchers|commentators|"
    r"scholars)\b|\b(said|says|according to|wrote|argued) (a|an|one|another|the)?\s?(former|"
    r"researcher|analyst|professor|expert|scholar|commentator)\b", re.IGNORECASE)
STORY_FOCUS = 0.5


def is_background(sentence: str) -> bool:
    """True for sentences that report history or habit, or that voice an outside commentator's
    reading ("analysts said ...", "..., said a former official"), rather than a new act."""
    return bool(BACKGROUND_CUES.search(sentence or "") or COMMENTARY.search(sentence or ""))


def story_focus(articles: Iterable[Mapping], terms: TriggerTerms) -> dict:
    """Per story: the share of its articles that are about the trigger (title names it, or the
    text does at least twice)."""
    about: dict = {}
    for article in articles:
        if article.get("story_id") is None:
            continue
        hit = bool(find_terms(article.get("title") or "", terms.entity_terms)) or \
            count_term_mentions(article.get("text") or "", terms.entity_terms) >= 2
        about.setdefault(article["story_id"], []).append(hit)
    return {story: sum(hits) / len(hits) for story, hits in about.items()}


def _link(where: str, via: str, matched: list[str] | str, weight: float) -> dict:
    matched = [matched] if isinstance(matched, str) else list(matched)
    return {"where": where, "via": via, "matched": matched, "weight": weight}


def event_links(event: Mapping, terms: TriggerTerms, trigger_story_id, article: Mapping | None,
                story: Mapping | None, focus: float = 1.0) -> list[dict]:
    """Every reason this event refers to the trigger, strongest first (empty: it does not)."""
    links = []
    sentence = event.get("sentence") or ""
    entity_hits = find_terms(sentence, terms.entity_terms)
    if entity_hits:
        links.append(_link("sentence", "term", entity_hits, 3.0))
    else:
        keyword_hits = sorted(content_stems(sentence) & set(terms.content_terms))
        if len(keyword_hits) >= 2:
            links.append(_link("sentence", "keywords", keyword_hits, 1.5))
    focal_actors = [event.get(f"{side}_country") for side in ("target", "source")
                    if event.get(f"{side}_country") in terms.focal_countries]
    if focal_actors:
        links.append(_link("actor", "country", focal_actors, 2.5))
    story_id = event.get("story_id") if event.get("story_id") is not None else (
        article.get("story_id") if article else None)
    if trigger_story_id is not None and story_id == trigger_story_id:
        links.append(_link("story", "trigger story", str(trigger_story_id), 2.5))
    elif story and focus >= STORY_FOCUS:
        story_text = " ".join([story.get("headline") or "", *(story.get("entities") or [])])
        story_hits = find_terms(story_text, terms.entity_terms)
        if story_hits:
            links.append(_link("story", "term", story_hits, 1.5))
    if article:
        title_hits = find_terms(article.get("title") or "", terms.entity_terms)
        if title_hits:
            links.append(_link("article", "title", title_hits, 1.5))
        elif count_term_mentions(article.get("text") or "", terms.entity_terms) >= 2:
            links.append(_link("article", "text", find_terms(article.get("text") or "",
                                                              terms.entity_terms), 1.0))
    links.sort(key=lambda link: -link["weight"])
    return links


def describe_link(link: Mapping) -> str:
    """"'Venezuela' in the sentence" style explanation of one link."""
    matched = ", ".join(f"'{m}'" for m in link["matched"][:3])
    if link["where"] == "actor":
        return f"its counterpart is {matched}, where the shock landed"
    if link["where"] == "story" and link["via"] == "trigger story":
        return "it is part of the trigger story"
    place = {"sentence": "the sentence", "story": "its story", "article": "the article"}[
        link["where"]
    ]
    if link["via"] == "title":
        place = "the article's title"
    return f"{matched} in {place}"


def find_reactions(
    events: Iterable[Mapping],
    region: Region,
    terms: TriggerTerms,
    trigger_story_id,
    articles: Mapping,
    stories: Mapping,
    window: tuple[date, date],
    focus: Mapping | None = None,
) -> list[dict]:
    """Reactions inside the window, best-linked first. `focus` is story_focus() of the window's
    articles (without it every story counts as about the trigger)."""
    start, end = window
    reactions = []
    for event in events:
        if not event.get("date") or not (start <= as_date(event["date"]) <= end):
            continue
        if not region_has_event(region, event) or is_background(event.get("sentence") or ""):
            continue
        article = articles.get(event.get("article_id"))
        if article is not None and is_folded_copy(article, articles):
            continue
        story_id = event.get("story_id") if event.get("story_id") is not None else (
            article.get("story_id") if article else None)
        links = event_links(event, terms, trigger_story_id, article, stories.get(story_id),
                            (focus or {}).get(story_id, 1.0))
        if not links:
            continue
        goldstein = float(event.get("goldstein") or 0.0)
        score = sum(link["weight"] for link in links) + min(abs(goldstein), 10.0) / 20
        reactions.append({
            "event_id": event.get("id"),
            "date": as_date(event["date"]).isoformat(),
            "actors": {
                "source": {"code": event.get("source_code"), "country": event.get("source_country"),
                           "text": event.get("source_text")},
                "target": {"code": event.get("target_code"), "country": event.get("target_country"),
                           "text": event.get("target_text")},
            },
            "summary": describe_event(event),
            "cameo": event.get("cameo"),
            "root": event.get("root"),
            "quad": event.get("quad"),
            "goldstein": goldstein,
            "sentence": event.get("sentence"),
            "article_id": event.get("article_id"),
            "url": article.get("url") if article else None,
            "outlet": article.get("source") if article else None,
            "title": article.get("title") if article else None,
            "story_id": story_id,
            "link": {**links[0], "why": describe_link(links[0])},
            "links": [{**link, "why": describe_link(link)} for link in links],
            "score": round(score, 3),
        })
    reactions.sort(key=lambda r: (-r["score"], r["date"], r["event_id"] or 0))
    return reactions
