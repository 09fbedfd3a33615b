"""The merge pass joins stories that are one; near-duplicate copies follow their original."""
import json
from pathlib import Path

from aftershock.stories import OnlineClusterer, cluster_documents

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"


def fixture_articles() -> dict[str, dict]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, lines)}


def test_merge_pass_joins_a_story_split_in_two():
    articles = fixture_articles()
    clusterer = OnlineClusterer()
    clusterer.seed(articles["arr-bra-1"], "left")
    clusterer.seed(articles["arr-bra-2"], "right")
    clusterer.seed(articles["arr-var-1"], "varga")
    renamed = clusterer.merge_pass()
    assert renamed in ({"right": "left"}, {"left": "right"})
    survivor = next(iter(renamed.values()))
    keys = {s.key: s.article_ids for s in clusterer.stories()}
    assert set(keys) == {survivor, "varga"}
    assert sorted(keys[survivor]) == ["arr-bra-1", "arr-bra-2"]
    assert clusterer.story_of("arr-bra-2") == survivor


def test_merge_pass_keeps_the_larger_storys_key():
    articles = fixture_articles()
    clusterer = OnlineClusterer(merge_threshold=0.3)
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "big")
    clusterer.seed(articles["eq-chl-3"], "small")
    assert clusterer.merge_pass() == {"small": "big"}


def test_merge_pass_leaves_different_stories_alone():
    articles = fixture_articles()
    clusterer = OnlineClusterer()
    for article_id, key in (("eq-chl-1", "chile"), ("eq-npl-1", "nepal"), ("port-1", "port")):
        clusterer.seed(articles[article_id], key)
    assert clusterer.merge_pass() == {}


def test_duplicate_copy_joins_its_originals_story():
    articles = fixture_articles()
    clusterer = OnlineClusterer()
    original = clusterer.add(articles["msl-1-a"])
    clusterer.add(articles["chess-1"])
    copy = dict(articles["msl-1-copy"], text="Completely different words about chess openings.")
    assert clusterer.add(copy) == original


def test_cluster_documents_returns_input_order_and_final_keys():
    articles = list(fixture_articles().values())
    assignments = cluster_documents(articles)
    assert [article_id for article_id, _ in assignments] == [a["id"] for a in articles]
    assert len({key for _, key in assignments}) == 8


def test_lone_follow_up_gets_a_last_chance_to_join_its_story():
    articles = fixture_articles()
    clusterer = OnlineClusterer(merge_threshold=0.95, straggler_threshold=0.05)
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "quake")
    clusterer.seed(articles["eq-chl-3"], "follow-up")
    clusterer.seed(articles["port-1"], "port")
    assert clusterer.merge_pass() == {}
    assert clusterer.rescue_stragglers() == {"follow-up": "quake"}
    assert clusterer.story_of("eq-chl-3") == "quake"
    assert clusterer.story_of("port-1") == "port"
    assert clusterer.take_absorbed() == {"follow-up": "quake"}
    assert clusterer.take_absorbed() == {}


def test_lone_article_is_rescued_only_as_it_leaves_the_window():
    articles = fixture_articles()
    clusterer = OnlineClusterer(window_days=1.0, merge_threshold=0.95, threshold=0.95,
                                straggler_threshold=0.05)
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "quake")
    clusterer.seed(dict(articles["eq-chl-3"], published=articles["eq-chl-2"]["published"]),
                   "follow-up")
    assert clusterer.story_of("eq-chl-3") == "follow-up"
    clusterer.add({"id": "later", "text": "Parliament passed the budget after a late vote.",
                   "published": "2026-04-01T00:00:00Z"})
    (quake,) = [s for s in clusterer.stories() if s.key == "quake"]
    assert sorted(quake.article_ids) == ["eq-chl-1", "eq-chl-2", "eq-chl-3"]
    assert not quake.active
