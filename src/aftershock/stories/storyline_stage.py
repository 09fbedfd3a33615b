"""Storylines over the store: link stored stories into storylines after a `stories` run.

A run relinks the storylines that could have changed: those with a story active since the
earliest pending article less `storyline_max_gap_days` (stories further apart are never
linked), with every story of each, so the work stays bounded as the store grows. Older
storylines keep their stored links. A store with none (made before storylines existed) is
linked whole. The work is one read of the stories' articles and stored entities (a batch of
stories at a time, each story reduced to its profile), and pairs only between stories sharing
a telling term.
"""
from __future__ import annotations

from datetime import datetime

from ..config import StoriesSettings
from ..store import Store
from .storylines import link_storylines, load_model, story_profile

# Stories whose article texts are read at once: memory stays flat however many are relinked.
PROFILE_BATCH = 2000


def build_storylines(store: Store, settings: StoriesSettings,
                     since: datetime | None = None) -> str:
    """Relink the storylines active since `since` (None: every story) and store them; what the
    store holds afterwards, in words."""
    from ..coding.actors import countries_in
    if since is None:
        stories = {s["id"]: s for s in store.stories(order="time")}
    else:
        stories = {s["id"]: s for s in store.stories(active_since=since, order="time")}
        touched = set(store.storylines_of(stories).values())
        for line in store.storyline_stories(touched).values():
            stories.update((s["id"], s) for s in line)
    profile_of = {}
    ids = sorted(stories)
    for start in range(0, len(ids), PROFILE_BATCH):  # texts of a batch of stories at a time
        profile_of.update(_profiles(store, ids[start:start + PROFILE_BATCH], countries_in))
    profiles = [profile_of[i] for i in sorted(stories, key=lambda i: (stories[i]["first_seen"], i))]
    model = load_model(settings.storyline_model or None)
    line_of = link_storylines(profiles, model, settings.storyline_threshold,
                              settings.storyline_max_gap_days)
    # a storyline's key names its earliest story by id: stable across runs that keep it
    store.replace_storylines({int(k): v.replace("line-", "storyline-", 1)
                              for k, v in line_of.items()},
                             story_ids=None if since is None else stories)
    sizes = store.storyline_sizes()
    return (f"{len(sizes)} storylines ({sum(1 for n in sizes.values() if n > 1)} of more than "
            "one story)")


def _profiles(store: Store, story_ids: list[int], countries_in) -> dict:
    """The storyline profile of each story, from its articles (in id order) and their stored
    entities; only these stories' texts are held."""
    members: dict[int, list[dict]] = {i: [] for i in story_ids}
    for story_id, title, text, published, article_id in store.placed_article_texts(story_ids):
        if story_id in members:
            members[story_id].append({"id": article_id, "title": title, "text": text,
                                      "published": published})
    entities = store.article_entities(d["id"] for docs in members.values() for d in docs)
    for docs in members.values():
        for doc in docs:
            doc["entities"] = entities.get(doc["id"])
    return {i: story_profile(str(i), docs, countries_in) for i, docs in members.items()}


STORY_FIELDS = ("id", "key", "headline", "first_seen", "last_seen", "n_articles", "n_outlets",
                "countries")


def storyline_record(key: str, stories: list[dict]) -> dict:
    """A storyline as the API shows it: key, span, counts, the headline of its largest story
    (most outlets, then articles, then earliest), and its stories earliest first."""
    stories = sorted(stories, key=lambda s: (s["first_seen"], s["id"]))
    lead = min(stories, key=lambda s: (-s["n_outlets"], -s["n_articles"], s["first_seen"],
                                       s["id"]))
    countries = sorted({c for s in stories for c in (s.get("countries") or [])})
    return {"storyline": key, "headline": lead["headline"], "lead_story_id": lead["id"],
            "first_seen": stories[0]["first_seen"],
            "last_seen": max(s["last_seen"] for s in stories),
            "n_stories": len(stories), "n_articles": sum(s["n_articles"] for s in stories),
            "countries": countries,
            "stories": [{k: s.get(k) for k in STORY_FIELDS} for s in stories]}
