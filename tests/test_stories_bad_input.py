"""Bad articles are clustered with a note or rejected with a reason; none breaks the stream."""
from datetime import UTC, datetime

import pytest

from aftershock.stories import ArticleRejected, OnlineClusterer, check_article, cluster_documents

NOW = datetime(2026, 3, 10, tzinfo=UTC)
FERRY = ("A ferry carrying 300 passengers ran aground off the island of Kelmar on Sunday; "
         "coast guard boats took everyone ashore and the captain was questioned.")
FERRY_AGAIN = ("Coast guard boats brought all 300 passengers of the ferry that ran aground off "
               "Kelmar ashore on Sunday, and investigators questioned the captain.")


def ferry(article_id: str, **fields) -> dict:
    return {"id": article_id, "title": "Ferry runs aground off Kelmar", "text": FERRY,
            "published": "2026-03-08T09:00:00Z", **fields}


def fresh_story_sums(clusterer: OnlineClusterer, key: str):
    vectors = clusterer.state.active[key]
    return vectors.size, vectors.words.indices.copy(), vectors.words.weights.copy()


def test_article_without_title_is_clustered_on_its_text():
    clusterer = OnlineClusterer(now=NOW)
    first = clusterer.add(ferry("a"))
    second = clusterer.add({"id": "b", "text": FERRY_AGAIN, "published": "2026-03-08T10:00:00Z"})
    assert second == first
    assert any("article b: no title" in note for note in clusterer.notes)


@pytest.mark.parametrize("text", ["", "   ", "1234 5678 !!", None])
def test_article_with_no_title_and_no_words_is_rejected_and_changes_nothing(text):
    clusterer = OnlineClusterer(now=NOW)
    key = clusterer.add(ferry("a"))
    before = fresh_story_sums(clusterer, key)
    with pytest.raises(ArticleRejected, match="article empty: no title and no text"):
        clusterer.add({"id": "empty", "title": "", "text": text,
                       "published": "2026-03-08T11:00:00Z"})
    after = fresh_story_sums(clusterer, key)
    assert before[0] == after[0] == 1
    assert (before[1] == after[1]).all() and (before[2] == after[2]).all()
    assert [s.article_ids for s in clusterer.stories()] == [["a"]]


def test_title_only_article_is_clustered():
    clusterer = OnlineClusterer(now=NOW)
    first = clusterer.add(ferry("a"))
    assert clusterer.add({"id": "t", "title": "Ferry runs aground off Kelmar, 300 rescued",
                          "text": "", "published": "2026-03-08T12:00:00Z"}) == first


def test_very_long_text_is_cut_and_still_joins_its_story():
    clusterer = OnlineClusterer(now=NOW, max_text_chars=5_000)
    first = clusterer.add(ferry("a"))
    long_text = FERRY_AGAIN + " " + " ".join(["The investigation continues."] * 20_000)
    assert clusterer.add(ferry("long", text=long_text)) == first
    assert any("article long: text has" in note and "first 5000" in note
               for note in clusterer.notes)


@pytest.mark.parametrize("published, reason", [
    (None, "no published date"),
    ("", "no published date"),
    ("last Tuesday", "unreadable published date"),
    ("2091-01-01T00:00:00Z", "is in the future"),
])
def test_missing_bad_or_future_date_is_clustered_without_time(published, reason):
    clusterer = OnlineClusterer(now=NOW)
    first = clusterer.add(ferry("a"))
    assert clusterer.add(ferry("b", text=FERRY_AGAIN, published=published)) == first
    assert any(note.startswith("article b:") and reason in note for note in clusterer.notes)


def test_future_date_does_not_push_the_clock_and_evict_live_stories():
    clusterer = OnlineClusterer(now=NOW, window_days=3.0)
    first = clusterer.add(ferry("a"))
    clusterer.add({"id": "f", "title": "Budget vote delayed", "text": "Parliament delayed the "
                   "budget vote again.", "published": "2091-01-01T00:00:00Z"})
    assert first in clusterer.active_keys
    assert clusterer.add(ferry("b", text=FERRY_AGAIN, published="2026-03-08T15:00:00Z")) == first


@pytest.mark.parametrize("doc, reason", [
    ({"title": "No id here", "text": FERRY}, "article has no id"),
    ({"id": "  ", "text": FERRY}, "article has no id"),
    (["not", "an", "object"], "article is a list"),
    ({"id": "n", "text": 42}, "article n: text is a int"),
])
def test_malformed_articles_are_rejected_with_a_reason(doc, reason):
    with pytest.raises(ArticleRejected, match=reason):
        check_article(doc, NOW)


def test_batch_reports_rejections_and_notes_and_clusters_the_rest():
    docs = [ferry("a"), {"id": "empty", "text": ""}, ferry("b", text=FERRY_AGAIN, title=None),
            ferry("c", published="2091-05-05T00:00:00Z")]
    problems: list[str] = []
    notes: list[str] = []
    pairs = dict(cluster_documents(docs, problems=problems, notes=notes, now=NOW))
    assert set(pairs) == {"a", "b", "c"}
    assert pairs["a"] == pairs["b"] == pairs["c"]
    assert problems == ["article empty: no title and no text with words to cluster on"]
    assert any(n.startswith("article b: no title") for n in notes)
    assert any(n.startswith("article c: published date") for n in notes)
