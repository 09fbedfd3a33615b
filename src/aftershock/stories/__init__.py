"""Story stage: online clustering of a news stream into stories, with story summaries."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from .evaluate import bcubed
from .features import parse_published
from .online import OnlineClusterer
from .records import StoryState, StorySummary, summarise_story

__all__ = [
    "OnlineClusterer",
    "StoryState",
    "StorySummary",
    "bcubed",
    "cluster_documents",
    "summarise_story",
]

_UNDATED = datetime.max.replace(tzinfo=UTC)


def _publication_order(doc: dict) -> datetime:
    return parse_published(doc.get("published")) or _UNDATED


def cluster_documents(docs: Iterable[dict], *, prime_idf: bool = True,
                      **params) -> list[tuple[str, str]]:
    """Cluster a batch of articles into stories and return (id, story key) pairs in input order.

    Articles are fed to an `OnlineClusterer(**params)` in publication order (stable for ties;
    undated articles last), then one merge pass joins stories that turned out to be one. With
    `prime_idf` the batch's document frequencies are counted first, since the whole batch is known.
    """
    docs = list(docs)
    clusterer = OnlineClusterer(**params)
    ordered = sorted(docs, key=_publication_order)
    if prime_idf:
        clusterer.prime(ordered)
    for doc in ordered:
        clusterer.add(doc)
    clusterer.merge_pass()
    story_of = {}
    for story in clusterer.stories():
        for article_id in story.article_ids:
            story_of[article_id] = story.key
    return [(str(doc["id"]), story_of[str(doc["id"])]) for doc in docs]
