"""Trigger resolution: a text query names a story by ranking stories (headline, titles, leads,
entities) with a prior for the happening over its follow-ups; ids resolve as ids; a query that
names nothing is an error that suggests the closest stories."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from aftershock.api import Aftershock, AftershockError
from aftershock.cli import main
from aftershock.config import settings
from aftershock.demo import demo_corpus, demo_gold
from aftershock.ripple.story_search import (
    NoStoryMatches,
    StoryDocument,
    rank_stories,
    storyline_origin,
)

# The Venezuela raid named in different words, as an analyst might type it.
RAID_QUERIES = [
    "Maduro captured",  # the README's example
    "Maduro",
    "capture of Maduro",
    "capture of Nicolás Maduro",
    "Maduro seized",
    "U.S. raid on Caracas",
    "Venezuela raid",
    "Venezuela operation",
    "US military operation in Venezuela",
    "US attack on Venezuela",
    "American special forces seize Venezuelan president",
    "Trump announces Maduro capture",
    "strikes on Caracas",
    "Caracas airstrikes",
    "Maduro ousted by American troops",
    "the night raid on Caracas",
    "U.S. forces capture Maduro in Venezuela operation",
]

WEIGHTS = {"headline": 1.0, "titles": 1.0, "leads": 1.0, "entities": 0.5, "share_exponent": 0.0}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo corpus ingested and grouped into stories (no coding: search needs none)."""
    app = Aftershock(f"sqlite:///{tmp_path_factory.mktemp('search') / 'demo.db'}")
    app.ingest([str(p) for p in demo_corpus()])
    app.build_stories()
    yield app
    app.store.close()


@pytest.fixture(scope="module")
def raid_story_id(demo):
    """The stored story holding most articles the gold labels as the raid itself."""
    labels = demo_gold()["stories"]
    votes = Counter(a["story_id"] for a in demo.store.articles()
                    if labels.get(a["ext_id"]) == "venezuela-operation")
    return votes.most_common(1)[0][0]


@pytest.mark.parametrize("query", RAID_QUERIES)
def test_natural_queries_for_the_raid_resolve_to_the_raid_story(demo, raid_story_id, query):
    assert demo.find_story(query)["id"] == raid_story_id


def test_a_query_naming_a_follow_up_still_finds_the_follow_up(demo, raid_story_id):
    court = demo.find_story("Maduro pleads not guilty in New York")
    assert court["id"] != raid_story_id and "guilty" in court["headline"]
    oil = demo.find_story("oil prices after Maduro capture")
    assert oil["id"] != raid_story_id and "Oil" in oil["headline"]


def test_ids_resolve_as_ids_whether_int_or_digits(demo, raid_story_id):
    assert demo.find_story(raid_story_id)["id"] == raid_story_id
    assert demo.find_story(str(raid_story_id))["id"] == raid_story_id
    story, candidates = demo.resolve_trigger(raid_story_id)
    assert story["id"] == raid_story_id and candidates == []
    with pytest.raises(AftershockError, match="no story with id 999999"):
        demo.find_story(999999)


def test_a_query_that_names_nothing_suggests_the_closest_stories(demo):
    with pytest.raises(NoStoryMatches) as error:
        demo.find_story("Maduor")  # a misspelt name: no word matches, the spelling is close
    assert error.value.closest and "Maduro" in str(error.value)
    assert "--trigger ID" in str(error.value)
    with pytest.raises(NoStoryMatches, match="no story matches 'zzqx wobble'"):
        demo.find_story("zzqx wobble")


def test_stories_search_lists_ranked_candidates(demo, raid_story_id):
    runner = CliRunner()
    url = str(demo.store.engine.url)
    result = runner.invoke(main, ["stories", "search", "Maduro", "captured", "--db", url,
                                  "--format", "json", "--limit", "5"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["id"] == raid_story_id and len(rows) == 5
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert {"id", "headline", "first_seen", "n_articles", "n_outlets", "score"} <= set(rows[0])
    table = runner.invoke(main, ["stories", "search", "Maduro captured", "--db", url])
    assert table.exit_code == 0 and table.output.splitlines()[1].startswith(f"{raid_story_id}\t")


def _doc(story_id, headline, first_seen, outlets, titles):
    story = {"id": story_id, "headline": headline, "first_seen": first_seen,
             "n_articles": len(titles), "n_outlets": outlets, "countries": [], "entities": []}
    return StoryDocument.build(story, [{"title": t, "text": t} for t in titles], WEIGHTS)


def test_the_happening_outranks_a_follow_up_that_names_it_in_every_line():
    happening = _doc(1, "Dam bursts above Lowtown", "2030-05-01T06:00:00", 6,
                     ["Dam bursts above Lowtown", "Flood sweeps Lowtown after dam collapse",
                      "Lowtown dam failure: what we know", "Rescuers search Lowtown",
                      "Dam burst floods valley", "Lowtown residents flee"])
    follow_up = _doc(2, "Insurers count cost of Lowtown dam collapse", "2030-05-03T06:00:00", 1,
                     ["Insurers count cost of Lowtown dam collapse"])
    ranked = rank_stories("Lowtown dam collapse", [follow_up, happening], 10, settings().ripple)
    assert [r["id"] for r in ranked] == [1, 2]
    assert ranked[1]["relevance"] == 1.0  # it matches best, but the prior says follow-up


class _Lines:
    """A store that knows only which storyline each story is in."""

    def __init__(self, lines):
        self.lines = lines

    def storylines_of(self, ids):
        return {i: self.lines[i] for i in ids if i in self.lines}


def _candidate(story_id, first_seen, relevance):
    return {"id": story_id, "first_seen": first_seen, "relevance": relevance}


def test_a_follow_up_matched_best_resolves_to_its_storylines_first_story():
    follow_up, origin, other = (_candidate(7, "2030-05-09T00:00:00", 1.0),
                                _candidate(3, "2030-05-01T00:00:00", 0.2),
                                _candidate(1, "2030-04-20T00:00:00", 0.9))
    store = _Lines({7: "line-3", 3: "line-3", 1: "line-1"})
    assert storyline_origin(store, [follow_up, origin, other], 0.05) is origin
    # an origin that barely matches the query, a best match with no storyline, or the step
    # switched off (above 1) keep the best match
    assert storyline_origin(store, [follow_up, origin, other], 0.5) is follow_up
    assert storyline_origin(_Lines({3: "line-3"}), [follow_up, origin], 0.05) is follow_up
    assert storyline_origin(store, [follow_up, origin, other], 1.01) is follow_up
