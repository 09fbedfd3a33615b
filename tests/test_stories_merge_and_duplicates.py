"""The merge pass joins stories that are one; near-duplicate copies follow their original."""
import json
from pathlib import Path

from aftershock.stories import OnlineClusterer, cluster_documents

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"


def fixture_articles() -> dict[str, dict]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, lines)}


def rescue_only_clusterer() -> OnlineClusterer:
    """A clusterer that joins nothing on arrival or by merging: only straggler rescues act."""
    return OnlineClusterer(window_days=1.0, merge_threshold=0.95, threshold=0.95,
                           straggler_threshold=0.05)


def advance_clock(clusterer: OnlineClusterer, published: str) -> None:
    """Move the stream's clock with an unrelated article, so older stories leave the window."""
    clusterer.add({"id": f"budget-{published}", "published": published,
                   "text": "Parliament passed the budget after a late vote."})


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


def test_merge_pass_between_equal_stories_keeps_the_older_key():
    """Of two stories of one size, the one created first keeps its key, whatever the names
    (creation order, not key order)."""
    articles = fixture_articles()
    clusterer = OnlineClusterer(merge_threshold=0.3)
    clusterer.seed(articles["arr-var-1"], "other")
    clusterer.seed(articles["eq-chl-1"], "z-first")
    clusterer.seed(articles["eq-chl-2"], "a-second")
    assert clusterer.merge_pass() == {"a-second": "z-first"}


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
    clusterer = rescue_only_clusterer()
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "quake")
    clusterer.seed(dict(articles["eq-chl-3"], published=articles["eq-chl-2"]["published"]),
                   "follow-up")
    assert clusterer.story_of("eq-chl-3") == "follow-up"
    advance_clock(clusterer, "2026-04-01T00:00:00Z")
    (quake,) = [s for s in clusterer.stories() if s.key == "quake"]
    assert sorted(quake.article_ids) == ["eq-chl-1", "eq-chl-2", "eq-chl-3"]
    assert not quake.active


def test_closing_story_takes_in_its_late_follow_up_before_it_leaves_the_window():
    # The follow-up came too late to be scored with its story, and is still inside the window
    # when the story leaves it: the story takes it in (its best story) and stays for more.
    articles = fixture_articles()
    clusterer = rescue_only_clusterer()
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "quake")
    clusterer.seed(articles["eq-chl-3"], "follow-up")  # 21 hours after the last quake report
    clusterer.seed(dict(articles["port-1"], published="2026-03-04T10:00:00+00:00"), "port")
    advance_clock(clusterer, "2026-03-04T13:00:00+00:00")  # the quake story's last day
    assert clusterer.story_of("eq-chl-3") == "quake"
    assert clusterer.story_of("port-1") == "port"  # not the closing story's: not its best
    assert "quake" in clusterer.active_keys
    assert clusterer.take_absorbed() == {"follow-up": "quake"}


def test_closing_story_leaves_a_lone_article_whose_best_story_is_elsewhere():
    # The lone report reaches the closing story, but a later report of the same quake is
    # closer to it: it is left for that story (still active) to decide on later.
    articles = fixture_articles()
    clusterer = rescue_only_clusterer()
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(articles[article_id], "closing")
    for article_id in ("eq-chl-1", "eq-chl-2"):
        clusterer.seed(dict(articles[article_id], id=f"{article_id}-later",
                            published="2026-03-04T08:00:00+00:00"), "later")
    clusterer.seed(articles["eq-chl-3"], "follow-up")
    advance_clock(clusterer, "2026-03-04T13:00:00+00:00")
    assert "closing" not in clusterer.active_keys
    assert clusterer.story_of("eq-chl-3") == "follow-up"
    assert clusterer.rescue_stragglers() == {"follow-up": "later"}
