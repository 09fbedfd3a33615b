"""Outside reactions stay stories of their own, and an article that arrived before its own story
existed moves to it once it does: the dateline lead, the foreign-lead veto and re-homing."""
import json

import numpy as np
import pytest

from aftershock.api import Aftershock
from aftershock.coding.actors import countries_in, load_actor_dictionary
from aftershock.coding.named_entities import article_entities
from aftershock.stories import OnlineClusterer, actor_signals
from aftershock.stories.features import lead_country
from aftershock.stories.vectors import Centroid

from .conftest import FIXTURES, write_jsonl

DICTIONARY = load_actor_dictionary()
FIND = DICTIONARY.find
REHOME_FIXTURE = FIXTURES / "stories" / "rehome.jsonl"

DRILLS = [
    {"id": "d1", "published": "2026-02-02T03:00:00+00:00",
     "title": "China starts military drills around Taiwan",
     "text": "China's military began large-scale drills around Taiwan on Monday, sending "
             "warships, fighter jets and coast guard vessels around the island."},
    {"id": "d2", "published": "2026-02-02T06:00:00+00:00",
     "title": "Chinese warships and jets encircle Taiwan in drills",
     "text": "Taiwan said Chinese warships, fighter jets and coast guard vessels surrounded the "
             "island on Monday as China's military drills began."},
]


def reaction(leader: str) -> dict:
    """The same words around the drills, led by an outside capital or by the island itself."""
    return {"id": "r1", "published": "2026-02-03T09:00:00+00:00",
            "title": "Concern grows over drills around Taiwan",
            "text": f"{leader} on Tuesday urged China to halt the drills around Taiwan, as "
                    "warships, fighter jets and coast guard vessels stayed around the island."}


def test_dateline_country_leads_when_the_lede_opens_with_a_body_without_one():
    lede = ("WASHINGTON — A bipartisan group of senators on Sunday urged faster deliveries of "
            "air defence interceptors to Ukraine.")
    assert lead_country(None, lede, None, FIND) is None
    assert lead_country(None, lede, None, FIND, DICTIONARY.dateline_country) == "USA"
    # an organisation is not a body of the dateline's country
    nato = "BRUSSELS — NATO said on Wednesday it would send more ships to the Baltic Sea."
    assert lead_country(None, nato, None, FIND, DICTIONARY.dateline_country) is None
    # an actor with a country keeps it, whatever the dateline says
    seoul = "WASHINGTON — South Korea asked the United States for details of the raid."
    assert lead_country(None, seoul, None, FIND, DICTIONARY.dateline_country) == "KOR"


@pytest.mark.parametrize("path", ["merge", "rescue"])
@pytest.mark.parametrize("story_runs_until, joins", [
    ("2026-02-03T20:00:00+00:00", True),  # 11 hours past the lone article: it may still join
    ("2026-02-05T09:00:00+00:00", False),  # two days past it: the story has moved on
])
def test_a_story_that_ran_on_past_a_lone_article_does_not_take_it_in(story_runs_until, joins,
                                                                      path):
    later = {"id": "d3", "published": story_runs_until,
             "title": "China keeps warships around Taiwan as drills go on",
             "text": "Chinese warships, fighter jets and coast guard vessels stayed around "
                     "Taiwan as China's military drills went on."}
    clusterer = OnlineClusterer(country_extractor=countries_in, actor_finder=FIND,
                                merge_threshold=0.02, straggler_threshold=0.01,
                                rehome_margin=None, time_penalty=0.0)
    for doc in (*DRILLS, later):
        clusterer.seed(doc, "drills")
    clusterer.seed(reaction("Taiwan"), "reaction")  # 2026-02-03 09:00, led from inside
    if path == "merge":
        renamed = clusterer.merge_pass()
    else:
        clusterer.merge_threshold = 0.99  # only the rescue may act
        renamed = clusterer.rescue_stragglers()
    assert (renamed == {"reaction": "drills"}) is joins
    assert (clusterer.story_of("r1") == "drills") is joins


def rehome_docs() -> list[dict]:
    docs = [json.loads(line) for line in REHOME_FIXTURE.read_text().splitlines() if line]
    article_entities(docs)
    return docs


@pytest.mark.parametrize("margin", [0.05, None])
def test_an_article_moves_to_the_story_that_began_after_it(margin):
    docs = rehome_docs()
    clusterer = OnlineClusterer(rehome_margin=margin, **actor_signals())
    for doc in docs[:3]:  # the launch, and the president's departure the same day
        clusterer.add(doc)
    assert clusterer.story_of("departure") == clusterer.story_of("launch-1")
    clusterer.merge_pass()
    assert clusterer.take_moved() == {}  # no better story yet
    launch = clusterer.story_of("launch-1")
    for doc in docs[3:]:  # the summit, a day later
        clusterer.add(doc)
    clusterer.merge_pass()
    summit = clusterer.story_of("summit-1")
    assert summit != launch
    if margin is None:
        assert clusterer.story_of("departure") == launch
        assert clusterer.take_moved() == {}
        assert not clusterer.state.recent  # nothing kept for a re-homing that never runs
        return
    assert clusterer.story_of("departure") == summit
    assert clusterer.take_moved() == {"departure": launch}
    assert clusterer.take_moved() == {}
    states = {s.key: s for s in clusterer.stories()}
    assert states[launch].article_ids == ["launch-1", "launch-2"]
    assert states[summit].article_ids == ["summit-1", "summit-2", "departure"]
    assert states[launch].n_outlets == 2 and "Capital Daily" not in states[launch].outlets
    assert states[summit].n_outlets == 3
    assert states[launch].last_seen.isoformat() == "2026-03-08T02:30:00+00:00"
    assert states[summit].first_seen.isoformat() == "2026-03-08T07:40:00+00:00"
    assert states[launch].representative_headline in {d["title"] for d in docs[:2]}
    assert clusterer.state.active[launch].size == 2 and clusterer.state.active[summit].size == 3
    # the summit story now holds the departure: another pass moves nothing back
    clusterer.merge_pass()
    assert clusterer.take_moved() == {}


def test_centroid_remove_takes_back_exactly_what_was_added():
    centroid = Centroid()
    centroid.add(np.array([3, 7, 9]), np.array([0.6, 0.8, 0.0]))
    centroid.add(np.array([7, 11]), np.array([0.5, 0.5]))
    centroid.remove(np.array([7, 11]), np.array([0.5, 0.5]))
    assert centroid.indices.tolist() == [3, 7]
    assert centroid.weights.tolist() == pytest.approx([0.6, 0.8])


def test_stories_stage_stores_a_move_into_a_later_story(store, tmp_path):
    rows = [{**row, "url": f"https://fixture.example/{row['id']}"}
            for row in map(json.loads, REHOME_FIXTURE.read_text().splitlines())]
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", rows[:3]))])
    app.build_stories()
    by_url = {a["url"].rsplit("/", 1)[1]: a for a in store.articles()}
    launch_story = by_url["launch-1"]["story_id"]
    assert by_url["departure"]["story_id"] == launch_story
    app.ingest([str(write_jsonl(tmp_path / "b.jsonl", rows[3:]))])
    message = app.build_stories()
    assert ", 1 moved, " in message  # then the storylines
    by_url = {a["url"].rsplit("/", 1)[1]: a for a in store.articles()}
    summit_story = by_url["summit-1"]["story_id"]
    assert summit_story != launch_story
    assert by_url["departure"]["story_id"] == summit_story
    assert by_url["launch-2"]["story_id"] == launch_story
    for story in store.stories():  # both records agree with the articles that point at them
        members = store.articles(story_ids=[story["id"]])
        assert story["n_articles"] == len(members)
        assert story["headline"] in {a["title"] for a in members}
        assert story["first_seen"][:19] == min(a["published"] for a in members)[:19]
    assert {s["id"]: s["n_articles"] for s in store.stories()} == {launch_story: 2,
                                                                    summit_story: 3}
