"""The stories stage over the store: pending articles are assigned, re-runs add nothing, and
articles ingested later extend the stories already stored."""
import json

from aftershock.api import Aftershock

from .conftest import FIXTURES, write_jsonl

STORY_FIXTURE = FIXTURES / "stories" / "articles.jsonl"


def _articles():
    rows = [json.loads(line) for line in STORY_FIXTURE.read_text().splitlines() if line.strip()]
    for r in rows:
        r.setdefault("url", f"https://fixture.example/{r['id']}")
        r.setdefault("source", r.get("outlet", "Fixture Desk"))
    return rows


def test_stage_assigns_every_article_and_is_idempotent(store, tmp_path):
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles()))])
    first = app.build_stories()
    assert "assigned" in first
    assert not store.articles(pending_story=True)
    snapshot = {a["id"]: a["story_id"] for a in store.articles()}
    n_stories = store.count("stories")
    assert app.build_stories() == "stories: no pending articles"
    assert {a["id"]: a["story_id"] for a in store.articles()} == snapshot
    assert store.count("stories") == n_stories


def test_later_articles_extend_stored_stories(store, tmp_path):
    rows = sorted(_articles(), key=lambda r: r["published"])
    last_of_story = {r["story"]: r["id"] for r in rows}  # the latest article of each story
    later = [r for r in rows if r["id"] in last_of_story.values()
             and sum(x["story"] == r["story"] for x in rows) > 1]
    earlier = [r for r in rows if r not in later]
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", earlier))])
    app.build_stories()
    before = {s["key"]: s["n_articles"] for s in store.stories()}
    app.ingest([str(write_jsonl(tmp_path / "b.jsonl", later))])
    app.build_stories()
    after = {s["key"]: s for s in store.stories()}
    grown = [k for k, n in before.items() if k in after and after[k]["n_articles"] > n]
    assert grown, "no stored story was extended by the later articles"
    for s in after.values():  # story records agree with the articles that point at them
        members = store.articles(story_ids=[s["id"]])
        assert s["n_articles"] == len(members)
        assert s["headline"] in {a["title"] for a in members}
        assert s["first_seen"][:19] == min(a["published"] for a in members)[:19]
