"""Reactions: events by or toward a watched region that refer to the trigger, with the reason why.

An event of the region in the window is a candidate when at least one link ties it to the trigger;
each link says what matched and where:
- sentence: an entity term of the trigger in the event's sentence, or two of its keywords;
- actor: the event's other party is a focal country of the trigger, e.g. VEN;
- story: the event belongs to the trigger story, or its story's headline/entities name the
  trigger and at least half ([ripple] `story_focus`) of that story's articles are about the
  trigger (title names it, or the text twice), so one passing mention does not make a whole
  story a reaction;
- article: the article's title names the trigger or its text does at least twice.
Whether a candidate is a reaction is a learned decision (aftershock.ripple.linking): a logistic
regression over which links fired and the candidate's other features (when, toward whom, what
kind of act, where in its article, whether the sentence reads as background such as history or
an analyst's reading, and its story's other candidates), kept when P(reaction) reaches the
[ripple] `link_threshold`. An event by the region's actors with no link (a tariff meeting in
Washington) is never a candidate.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from aftershock.config import settings
from aftershock.gazetteer import Region
from aftershock.gazetteer.countries import country_terms
from aftershock.registry import component
from aftershock.ripple.corpus import is_folded_copy
from aftershock.ripple.linking import LinkModel, add_story_features, event_features
from aftershock.ripple.terms import TriggerTerms
from aftershock.signals.describe import describe_event
from aftershock.signals.series import as_date, region_has_event
from aftershock.text import content_stems, count_term_mentions, find_terms
from aftershock.text.folding import fold, term_pattern

BACKGROUND_CUES = re.compile(
    r"\b(for (many )?(years|decades)|in recent years|in (the )?past|in previous years|has long|"
    r"have long|has repeatedly|have repeatedly|over the past \w+ years|since (19|20)\d\d)\b",
    re.IGNORECASE)
COMMENTARY = re.compile(
    r"^\W*(some |many |most |other )?(analysts|experts|observers|critics|researchers|commentators|"
    r"scholars)\b|\b(said|says|according to|wrote|argued) (a|an|one|another|the)?\s?(former|"
    r"researcher|analyst|professor|expert|scholar|commentator)\b", re.IGNORECASE)
SCORE_SCALE = 10.0  # a reaction's evidence score is SCORE_SCALE * P(reaction)


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


# Display order of the link kinds (the first is the one `link` names in a reaction).
LINK_ORDER = {("sentence", "term"): 0, ("actor", "country"): 1, ("story", "trigger story"): 2,
              ("story", "term"): 3, ("sentence", "keywords"): 4, ("article", "title"): 5,
              ("article", "text"): 6}


def _link(where: str, via: str, matched: list[str] | str) -> dict:
    matched = [matched] if isinstance(matched, str) else list(matched)
    return {"where": where, "via": via, "matched": matched}


def event_links(event: Mapping, terms: TriggerTerms, trigger_story_id, article: Mapping | None,
                story: Mapping | None, focus: float = 1.0) -> list[dict]:
    """Every reason this event refers to the trigger, most direct first (empty: none)."""
    links = [*_sentence_links(event.get("sentence") or "", terms),
             *_actor_links(event, terms),
             *_story_links(event, terms, trigger_story_id, article, story, focus),
             *_article_links(article, terms)]
    links.sort(key=lambda link: LINK_ORDER[(link["where"], link["via"])])
    return links


def _sentence_links(sentence: str, terms: TriggerTerms) -> list[dict]:
    """The sentence names the trigger, or shares at least two of its content words."""
    entity_hits = find_terms(sentence, terms.entity_terms)
    if entity_hits:
        return [_link("sentence", "term", entity_hits)]
    keyword_hits = sorted(content_stems(sentence) & set(terms.content_terms))
    return [_link("sentence", "keywords", keyword_hits)] if len(keyword_hits) >= 2 else []


def _actor_links(event: Mapping, terms: TriggerTerms) -> list[dict]:
    """A side of the event is a country where the shock landed."""
    focal_actors = [event.get(f"{side}_country") for side in ("target", "source")
                    if event.get(f"{side}_country") in terms.focal_countries]
    return [_link("actor", "country", focal_actors)] if focal_actors else []


def _story_links(event: Mapping, terms: TriggerTerms, trigger_story_id, article, story,
                 focus: float) -> list[dict]:
    """The event's story is the trigger story, or a story about the trigger that names it."""
    story_id = event.get("story_id") if event.get("story_id") is not None else (
        article.get("story_id") if article else None)
    if trigger_story_id is not None and story_id == trigger_story_id:
        return [_link("story", "trigger story", str(trigger_story_id))]
    if story and focus >= settings().ripple.story_focus:
        story_text = " ".join([story.get("headline") or "", *(story.get("entities") or [])])
        story_hits = find_terms(story_text, terms.entity_terms)
        if story_hits:
            return [_link("story", "term", story_hits)]
    return []


def _article_links(article: Mapping | None, terms: TriggerTerms) -> list[dict]:
    """The article's title names the trigger, or its text does at least twice."""
    if not article:
        return []
    title_hits = find_terms(article.get("title") or "", terms.entity_terms)
    if title_hits:
        return [_link("article", "title", title_hits)]
    text = article.get("text") or ""
    if count_term_mentions(text, terms.entity_terms) >= 2:
        return [_link("article", "text", find_terms(text, terms.entity_terms))]
    return []


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


def _position(article: Mapping | None, sentence: str) -> float:
    """Where the sentence starts in its article's text, 0 (first) to 1 (last or not found)."""
    text = (article or {}).get("text") or ""
    found = text.find(sentence[:60]) if sentence else -1
    return found / len(text) if found >= 0 and text else 1.0


def title_region(title: str, region_countries: Iterable[str],
                 trigger_terms: Iterable[str]) -> tuple[float, float]:
    """(the title names a country of the region, it names one before any trigger term)."""
    folded = fold(title or "")
    region_at = [m.start() for code in region_countries for term in country_terms(code)
                 for m in [term_pattern(term).search(folded)] if m]
    if not region_at:
        return 0.0, 0.0
    trigger_at = [m.start() for term in trigger_terms
                  for m in [term_pattern(term).search(folded)] if m]
    return 1.0, float(not trigger_at or min(region_at) < min(trigger_at))


def trigger_actor_countries(trigger_events: Iterable[Mapping], region_countries) -> list[str]:
    """Who carried out the trigger: the weighted sources of its conflictual events (outside the
    watched region), as focal_countries weighs their targets."""
    weight: dict = {}
    for event in trigger_events:
        source = event.get("source_country")
        if int(event.get("quad") or 0) >= 3 and source and source not in set(region_countries):
            weight[source] = weight.get(source, 0.0) + 1.0 + max(
                0.0, -float(event.get("goldstein") or 0.0))
    top = max(weight.values(), default=0.0)
    return sorted(code for code, w in weight.items() if w >= 0.5 * top) if top else []


def reaction_candidates(
    events: Iterable[Mapping],
    region: Region,
    terms: TriggerTerms,
    trigger_story_id,
    articles: Mapping,
    stories: Mapping,
    window: tuple[date, date],
    focus: Mapping | None = None,
    trigger_actors: Iterable[str] = (),
) -> list[dict]:
    """Every event of the region in the window that some link ties to the trigger, as
    {"event", "article", "story_id", "links", "features"} (features: linking.FEATURES)."""
    start, end = window
    window_days = (end - start).days + 1
    actors = list(trigger_actors)
    candidates = []
    for event in events:
        if not event.get("date") or not (start <= as_date(event["date"]) <= end):
            continue
        if not region_has_event(region, event):
            continue
        article = articles.get(event.get("article_id"))
        if article is not None and is_folded_copy(article, articles):
            continue
        story_id = event.get("story_id") if event.get("story_id") is not None else (
            article.get("story_id") if article else None)
        story_focus_share = (focus or {}).get(story_id, 1.0)
        links = event_links(event, terms, trigger_story_id, article, stories.get(story_id),
                            story_focus_share)
        if not links:
            continue
        sentence = event.get("sentence") or ""
        in_title, title_lead = title_region((article or {}).get("title") or "",
                                            region.countries, terms.entity_terms)
        features = event_features(
            event, links,
            keyword_hits=len(content_stems(sentence) & set(terms.content_terms)),
            focal_countries=terms.focal_countries,
            region_countries=region.countries,
            text_mentions=count_term_mentions((article or {}).get("text") or "",
                                              terms.entity_terms),
            focus=story_focus_share,
            days_after=(as_date(event["date"]) - start).days,
            window_days=window_days,
            position=_position(article, sentence),
            background=is_background(sentence),
            trigger_actors=actors,
            title_region=in_title,
            title_region_lead=title_lead)
        candidates.append({"event": event, "article": article, "story_id": story_id,
                           "links": links, "features": features})
    add_story_features([(c["story_id"], c["features"]) for c in candidates])
    return candidates


def find_reactions(
    events: Iterable[Mapping],
    region: Region,
    terms: TriggerTerms,
    trigger_story_id,
    articles: Mapping,
    stories: Mapping,
    window: tuple[date, date],
    focus: Mapping | None = None,
    *,
    trigger_actors: Iterable[str] = (),
    model: LinkModel | None = None,
    threshold: float | None = None,
    keep_features: bool = False,
) -> list[dict]:
    """Reactions inside the window, most probable first: the candidates whose P(reaction) under
    the link model reaches the threshold (defaults: those of the [components] reaction_linker,
    the [ripple] `link_model` and `link_threshold` for the learned one). `focus` is
    story_focus() of the window's articles (without it every story counts as about the trigger);
    `trigger_actors` are trigger_actor_countries(). `keep_features` leaves each reaction's
    features in it."""
    if model is None or threshold is None:
        chosen_model, chosen_threshold = component("reaction_linker")(settings().ripple)
        model = model or chosen_model
        threshold = chosen_threshold if threshold is None else threshold
    reactions = []
    for candidate in reaction_candidates(events, region, terms, trigger_story_id, articles,
                                         stories, window, focus, trigger_actors):
        probability = model.probability(candidate["features"])
        if probability < threshold:
            continue
        event, article, links = candidate["event"], candidate["article"], candidate["links"]
        reaction = {
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
            "goldstein": float(event.get("goldstein") or 0.0),
            "sentence": event.get("sentence"),
            "article_id": event.get("article_id"),
            "url": article.get("url") if article else None,
            "outlet": article.get("source") if article else None,
            "title": article.get("title") if article else None,
            "story_id": candidate["story_id"],
            "link": {**links[0], "why": describe_link(links[0])},
            "links": [{**link, "why": describe_link(link)} for link in links],
            "probability": round(probability, 4),
            # on the scale the evidence ranking shares with the trigger's reports (2 to 5)
            "score": round(SCORE_SCALE * probability, 3),
        }
        if keep_features:
            reaction["features"] = candidate["features"]
        reactions.append(reaction)
    reactions.sort(key=lambda r: (-r["score"], r["date"], r["event_id"] or 0))
    return reactions
