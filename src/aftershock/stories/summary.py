"""Story summaries: what a story is called, when it ran, how many outlets carried it, and where."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..config import settings
from .online import OnlineClusterer
from .records import StoryState


@dataclass
class StorySummary:
    """The public summary of one story, as the store and the briefs see it."""

    key: str
    representative_headline: str | None
    first_seen: datetime | None
    last_seen: datetime | None
    n_articles: int
    n_outlets: int
    countries: list[str]
    top_entities: list[str]
    article_ids: list[str]

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "representative_headline": self.representative_headline,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "n_articles": self.n_articles,
            "n_outlets": self.n_outlets,
            "countries": self.countries,
            "top_entities": self.top_entities,
            "article_ids": list(self.article_ids),
        }


def summarise_state(story: StoryState, top_k: int | None = None) -> StorySummary:
    """Summarise a story the clusterer has been tracking (its `top_k` entities, default:
    [stories] `summary_entities`)."""
    top_k = settings().stories.summary_entities if top_k is None else top_k
    return StorySummary(
        key=story.key,
        representative_headline=story.representative_headline,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        n_articles=story.n_articles,
        n_outlets=story.n_outlets,
        countries=[code for code, _ in story.countries.most_common()],
        top_entities=[name for name, _ in story.entities.most_common(top_k)],
        article_ids=list(story.article_ids),
    )


def summarise_story(story_or_articles, *, key: str | None = None, top_k: int | None = None,
                    country_extractor=None) -> StorySummary:
    """Summarise a tracked `StoryState`, or a list of article dicts already known to be one story.

    For a list of articles the articles are seeded into a fresh clusterer under one key, so the
    headline, dates, outlets, countries and entities are computed exactly as in streaming.
    """
    if isinstance(story_or_articles, StoryState):
        return summarise_state(story_or_articles, top_k=top_k)
    articles = list(story_or_articles)
    story_key = key or (f"story-{articles[0]['id']}" if articles else "story-empty")
    clusterer = OnlineClusterer(country_extractor=country_extractor, window_days=float("inf"))
    for article in articles:
        clusterer.seed(article, story_key)
    states = clusterer.stories()
    if not states:
        return StorySummary(story_key, None, None, None, 0, 0, [], [], [])
    return summarise_state(states[0], top_k=top_k)
