"""A ripple brief also reads "bridge" articles: in the ripple's window, naming both the trigger
and the watched region, found through the store's full-text search, even with no coded events."""
from aftershock.briefs.inputs import bridge_articles, bridges_trigger, distinctive_entities
from aftershock.ingest import ingest

from .conftest import article, write_jsonl

RIPPLE = {
    "trigger": {"story_id": 1, "article_ids": [],
                "terms": {"entities": ["Venezuela", "Caracas", "Maduro", "Rodríguez"]}},
    "region": {"name": "Korean Peninsula", "slug": "korean-peninsula", "countries": ["PRK", "KOR"]},
    "window": {"start": "2026-01-03", "end": "2026-02-01", "observed_end": "2026-02-01"},
    "reactions": [], "evidence": [],
}


def test_bridge_articles_name_trigger_and_region_inside_the_window(store, tmp_path):
    rows = [
        article(
            1,
            title="What the Venezuela precedent means for the alliance",
            published="2026-01-06T08:00:00+00:00",
            text="The raid on Caracas will be felt in Seoul. Venezuela showed that allies "
            "are not consulted, and South Korea worries about commitments.",
        ),
        article(
            2,
            title="Seoul markets calm",
            published="2026-01-07T08:00:00+00:00",
            text="South Korean shares rose on Tuesday as chip exports grew strongly.",
        ),
        article(
            3,
            title="Caracas wakes to smoke",
            published="2026-01-04T08:00:00+00:00",
            text="Residents of Caracas queued for bread after the raid on Venezuela's capital.",
        ),
        article(
            4,
            title="Old column on Venezuela and Pyongyang",
            published="2025-11-02T08:00:00+00:00",
            text="Venezuela and North Korea have long been friends, a columnist wrote.",
        ),
    ]
    ingest(store, [str(write_jsonl(tmp_path / "a.jsonl", rows))])
    found = bridge_articles(store, RIPPLE)
    assert [a["title"] for a in found] == ["What the Venezuela precedent means for the alliance"]
    assert bridges_trigger(found[0], RIPPLE) == 3  # "Venezuela" in title and text, "Caracas"
    assert bridge_articles(store, RIPPLE, known={found[0]["id"]}) == []


def test_follow_ups_are_found_by_the_happenings_own_names_not_by_country_names():
    ripple = {"trigger": {"focal_countries": ["NOR"], "terms": {"entities": [
        "Norway", "Norwegian", "Hallvard Star", "Star", "Strait of Hormuz", "Hormuz", "Bergen",
        "Pyongyang"]}},
        "region": {"countries": ["PRK", "KOR"]}}
    assert distinctive_entities(ripple) == ["Hallvard Star", "Strait of Hormuz", "Bergen"]
