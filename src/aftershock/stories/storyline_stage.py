"""Storylines over the store: link every stored story into its storyline after a `stories` run.

The whole store is relinked each time (stories merge, grow and move between runs, and a
storyline's average link depends on all its stories); the work is one read of the placed
articles and their stored entities, and pairs only between stories sharing a telling term.
"""
from __future__ import annotations

from collections import Counter

from ..config import StoriesSettings
from ..store import Store
from .storylines import link_storylines, load_model, story_profile


def build_storylines(store: Store, settings: StoriesSettings) -> str:
    """Relink every stored story into storylines and store them; what was made, in words."""
    stories = {s["id"]: s for s in store.stories(order="time")}
    members: dict[int, list[dict]] = {i: [] for i in stories}
    for story_id, title, text, published, article_id in store.placed_article_texts():
        if story_id in members:
            members[story_id].append({"id": article_id, "title": title, "text": text,
                                      "published": published})
    entities = store.article_entities(d["id"] for docs in members.values() for d in docs)
    for docs in members.values():
        for doc in docs:
            doc["entities"] = entities.get(doc["id"])
    keyed = {str(i): i for i in stories}
    from ..coding.actors import countries_in
    profiles = [story_profile(str(i), members[i], countries_in) for i in stories]
    model = load_model(settings.storyline_model or None)
    line_of = link_storylines(profiles, model, settings.storyline_threshold,
                              settings.storyline_max_gap_days)
    # a storyline's key names its earliest story by id: stable across runs that keep it
    store.replace_storylines({keyed[k]: v.replace("line-", "storyline-", 1)
                              for k, v in line_of.items()})
    sizes = Counter(line_of.values())
    return (f"{len(sizes)} storylines ({sum(1 for n in sizes.values() if n > 1)} of more than "
            "one story)")


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
