"""Story stage: online clustering of a news stream into stories, with story summaries."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from .evaluate import bcubed
from .features import parse_published
from .intake import ArticleRejected, check_article
from .online import OnlineClusterer
from .records import StoryState
from .summary import StorySummary, summarise_story

__all__ = [
    "ArticleRejected",
    "OnlineClusterer",
    "StoryState",
    "StorySummary",
    "actor_signals",
    "bcubed",
    "check_article",
    "cluster_documents",
    "summarise_story",
]

_UNDATED = datetime.max.replace(tzinfo=UTC)


def actor_signals() -> dict:
    """What the actor dictionary tells the clusterer, as `OnlineClusterer` and
    `cluster_documents` keywords: the countries a text names, its actors, and its dateline's
    country. The `cluster` command and the `stories` stage both cluster with these."""
    from aftershock.coding.actors import countries_in, load_actor_dictionary
    dictionary = load_actor_dictionary()
    return {"country_extractor": countries_in, "actor_finder": dictionary.find,
            "dateline_finder": dictionary.dateline_country}


def _publication_order(doc) -> datetime:
    published = doc.get("published") if isinstance(doc, dict) else None
    return parse_published(published) or _UNDATED


def cluster_documents(docs: Iterable[dict], *, prime_idf: bool = True,
                      problems: list[str] | None = None, notes: list[str] | None = None,
                      **params) -> list[tuple[str, str]]:
    """Cluster a batch of articles into stories and return (id, story key) pairs in input order.

    Articles are fed to an `OnlineClusterer(**params)` in publication order (stable for ties;
    undated articles last), then one merge pass joins stories that turned out to be one, and lone
    articles get their last chance to join a story (`rescue_stragglers`). With
    `prime_idf` the batch's document frequencies are counted first, since the whole batch is known.
    Articles with nothing to cluster on are left out of the result, with the reason for each
    in `problems`; a note for each article clustered despite a flaw (no title, no, bad or future
    date, cut text) goes to `notes`.
    """
    docs = list(docs)
    clusterer = OnlineClusterer(**params)
    ordered = sorted(docs, key=_publication_order)
    if prime_idf:
        clusterer.prime(ordered)
    rejected: set[int] = set()
    for doc in ordered:
        try:
            clusterer.add(doc)
        except ArticleRejected as error:
            rejected.add(id(doc))
            if problems is not None:
                problems.append(str(error))
    if notes is not None:
        notes.extend(clusterer.notes)
    clusterer.merge_pass()
    clusterer.rescue_stragglers()
    story_of = {}
    for story in clusterer.stories():
        for article_id in story.article_ids:
            story_of[article_id] = story.key
    return [(str(doc["id"]), story_of[str(doc["id"])]) for doc in docs if id(doc) not in rejected]
