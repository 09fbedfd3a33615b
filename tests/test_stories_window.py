"""Only stories active within the window are compared; old stories leave the active set."""
import random
from datetime import UTC, datetime, timedelta

from aftershock.stories import OnlineClusterer

FLOOD_TEXT = ("Floodwaters swept through the river valley after days of heavy rain, forcing "
              "thousands of residents in Dravik to leave their homes, officials said.")


def dated(article_id: str, text: str, day: int) -> dict:
    moment = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=day)
    return {"id": article_id, "text": text, "published": moment.isoformat()}


def test_article_after_window_starts_a_new_story():
    clusterer = OnlineClusterer(window_days=7.0)
    first = clusterer.add(dated("f1", FLOOD_TEXT, 0))
    late = clusterer.add(dated("f2", FLOOD_TEXT, 12))
    assert late != first


def test_evicted_story_keeps_its_summary():
    clusterer = OnlineClusterer(window_days=3.0)
    first = clusterer.add(dated("f1", FLOOD_TEXT, 0))
    clusterer.add(dated("other", "Parliament passed the budget after a late-night vote.", 5))
    assert first not in clusterer.active_keys
    evicted = next(s for s in clusterer.stories() if s.key == first)
    assert not evicted.active
    assert evicted.article_ids == ["f1"]
    assert evicted.first_seen == datetime(2026, 3, 1, tzinfo=UTC)


def invented_words(seed: int, count: int = 25) -> str:
    """Pseudo-words unique to one seed, so each day's article shares no vocabulary."""
    generator = random.Random(seed)
    return " ".join("".join(generator.choice("bdfgklmnprstvz") + generator.choice("aeiou")
                            for _ in range(4)) for _ in range(count))


def test_active_set_stays_bounded_on_a_long_stream():
    clusterer = OnlineClusterer(window_days=2.0)
    sizes = []
    for day in range(60):
        text = invented_words(day)
        clusterer.add(dated(f"d{day}", text, day))
        sizes.append(len(clusterer.active_keys))
    assert max(sizes) <= 4
    assert len(clusterer.stories()) == 60


def test_undated_articles_are_never_evicted():
    clusterer = OnlineClusterer(window_days=1.0)
    key = clusterer.add({"id": "u1", "text": FLOOD_TEXT})
    clusterer.add(dated("d1", "Parliament passed the budget after a late-night vote.", 30))
    assert key in clusterer.active_keys
