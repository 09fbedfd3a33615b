"""Same story is joined; the same *kind* of story (another quake, arrest, launch) is split."""
import json
from pathlib import Path

import pytest

from aftershock.stories import OnlineClusterer, bcubed, cluster_documents

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"
COUNTRY_NAMES = {"Chile": "CHL", "Nepal": "NPL", "North Korea": "PRK", "Pyongyang": "PRK",
                 "South Korea": "KOR", "Seoul": "KOR", "Japan": "JPN", "Tokyo": "JPN",
                 "Germany": "DEU", "Netherlands": "NLD", "Norway": "NOR"}


def fake_countries(text: str) -> set[str]:
    return {code for name, code in COUNTRY_NAMES.items() if name in text}


@pytest.fixture(scope="module")
def articles():
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def stories_by_gold(articles, assignments):
    predicted = dict(assignments)
    return {label: {predicted[a["id"]] for a in articles if a["story"] == label}
            for label in {a["story"] for a in articles}}


@pytest.mark.parametrize("extractor", [None, fake_countries], ids=["no-countries", "countries"])
def test_fixture_partition_matches_gold(articles, extractor):
    assignments = cluster_documents(articles, country_extractor=extractor)
    scores = bcubed(dict(assignments), {a["id"]: a["story"] for a in articles})
    assert scores["precision"] == 1.0
    assert scores["recall"] == 1.0


def test_three_outlets_on_one_launch_share_a_story(articles):
    grouped = stories_by_gold(articles, cluster_documents(articles))
    assert len(grouped["launch-march-2"]) == 1


@pytest.mark.parametrize("first, second", [
    ("quake-chile", "quake-nepal"),
    ("arrest-varga", "arrest-brandt"),
    ("launch-march-2", "launch-march-9"),
])
def test_same_kind_of_event_is_a_different_story(articles, first, second):
    grouped = stories_by_gold(
        articles, cluster_documents(articles, country_extractor=fake_countries)
    )
    assert grouped[first].isdisjoint(grouped[second])


QUAKE_FIRST = (
    "A strong earthquake struck the northern region on Tuesday, collapsing homes in two "
    "towns. Rescue crews searched the rubble for survivors and the army sent tents and water."
)
QUAKE_SECOND = (
    "Rescue crews dug through collapsed homes after a powerful earthquake shook the "
    "mountain region on Tuesday. Soldiers delivered tents, and hospitals treated dozens "
    "of injured survivors."
)


def add_two_quakes(first_countries, second_countries) -> bool:
    clusterer = OnlineClusterer()
    first = clusterer.add({"id": "a", "text": QUAKE_FIRST, "published": "2026-03-03T06:00:00Z",
                           "countries": first_countries})
    second = clusterer.add({"id": "b", "text": QUAKE_SECOND, "published": "2026-03-03T09:00:00Z",
                            "countries": second_countries})
    return first == second


def test_words_alone_join_two_quake_reports():
    assert add_two_quakes(None, None)


def test_different_countries_split_what_words_join():
    assert not add_two_quakes(["CHL"], ["NPL"])


def test_same_country_keeps_them_joined():
    assert add_two_quakes(["CHL"], ["CHL"])


LAUNCH_FIRST = ("North Korea fired a ballistic missile into the sea on Monday, the Joint Chiefs of "
                "Staff said, calling the launch a provocation.")
LAUNCH_SECOND = ("The Joint Chiefs of Staff said Pyongyang launched a ballistic missile on Monday "
                 "that flew toward the sea; Seoul condemned the provocation.")


@pytest.mark.parametrize("second_published, joined", [
    ("2026-03-02T05:00:00Z", True),   # same Monday: one launch
    ("2026-03-09T05:00:00Z", False),  # the next Monday: another launch
])
def test_publication_days_split_launches(second_published, joined):
    clusterer = OnlineClusterer()
    first = clusterer.add({"id": "a", "text": LAUNCH_FIRST, "published": "2026-03-02T01:00:00Z"})
    second = clusterer.add({"id": "b", "text": LAUNCH_SECOND, "published": second_published})
    assert (first == second) is joined
