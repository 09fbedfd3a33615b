"""Resuming a stream from stored assignments: seeded stories are extended, not rebuilt."""
import json
from pathlib import Path

from aftershock.stories import OnlineClusterer

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"


def articles_in_time_order():
    articles = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return sorted(articles, key=lambda article: article["published"])


def test_seeded_story_is_extended_by_later_articles():
    articles = {a["id"]: a for a in articles_in_time_order()}
    clusterer = OnlineClusterer()
    clusterer.seed(articles["eq-chl-1"], "stored-quake-17")
    clusterer.seed(articles["eq-chl-2"], "stored-quake-17")
    assert clusterer.add(articles["eq-chl-3"]) == "stored-quake-17"
    (story,) = [s for s in clusterer.stories() if s.key == "stored-quake-17"]
    assert story.article_ids == ["eq-chl-1", "eq-chl-2", "eq-chl-3"]


def test_seed_makes_no_decision_even_for_unrelated_articles():
    articles = {a["id"]: a for a in articles_in_time_order()}
    clusterer = OnlineClusterer()
    clusterer.seed(articles["eq-chl-1"], "k1")
    clusterer.seed(articles["chess-1"], "k1")
    assert [s.n_articles for s in clusterer.stories()] == [2]


def test_resumed_stream_gives_same_keys_as_uninterrupted_stream():
    ordered = articles_in_time_order()
    uninterrupted = OnlineClusterer()
    expected = {a["id"]: uninterrupted.add(a) for a in ordered}

    half = 6  # the restart falls inside the Chile earthquake story
    first_run = OnlineClusterer()
    stored = {a["id"]: first_run.add(a) for a in ordered[:half]}
    resumed = OnlineClusterer()
    for article in ordered[:half]:
        resumed.seed(article, stored[article["id"]])
    later = {a["id"]: resumed.add(a) for a in ordered[half:]}
    assert {**stored, **later} == expected
    # At least one later article must have joined a story that started before the restart.
    assert set(later.values()) & set(stored.values())


def test_new_keys_never_collide_with_seeded_keys():
    clusterer = OnlineClusterer(key_prefix="story-")
    clusterer.seed({"id": "x", "text": "Budget talks stall in parliament over pension reform."},
                   "story-y")
    key = clusterer.add({"id": "y", "title": "Volcano erupts",
                         "text": "Lava poured from the volcano as villagers fled the ash cloud."})
    assert key != "story-y"
    assert {s.key for s in clusterer.stories()} == {"story-y", key}
