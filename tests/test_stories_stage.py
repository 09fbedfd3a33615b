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


def _partition(store) -> set[frozenset]:
    by_story: dict[int, set] = {}
    for a in store.articles():
        by_story.setdefault(a["story_id"], set()).add(a["ext_id"])
    return {frozenset(ids) for ids in by_story.values()}


def _records_agree(store) -> None:
    assert not store.articles(pending_story=True)
    for s in store.stories():
        members = store.articles(story_ids=[s["id"]])
        assert s["n_articles"] == len(members) > 0
        assert s["headline"] in {a["title"] for a in members}


def _stage(store, chunk: int, processes: int = 1) -> str:
    from aftershock.config import replace, settings
    from aftershock.stories.stage import build_stories
    return build_stories(store, replace(settings().stories, chunk_articles=chunk,
                                        ner_processes=processes))


def test_chunked_run_commits_every_chunk_and_keeps_story_records_whole(tmp_path):
    """Pending articles are read, clustered and committed a chunk at a time by one clusterer:
    every article is placed, every story record agrees with its members, and the fixture's
    stories come out as the one-batch run makes them."""
    from aftershock.store import Store
    rows = _articles()
    stores = {}
    for chunk in (len(rows), 5, 1):
        stores[chunk] = Store(f"sqlite:///{tmp_path / f'chunk-{chunk}.db'}")
        Aftershock(store=stores[chunk]).ingest(
            [str(write_jsonl(tmp_path / f"in-{chunk}.jsonl", rows))])
        report = _stage(stores[chunk], chunk)
        assert report.startswith(f"stories: {len(rows)} articles assigned")
        _records_agree(stores[chunk])
    whole = _partition(stores[len(rows)])
    assert _partition(stores[5]) == whole
    assert _partition(stores[1]) == whole
    for store in stores.values():
        store.close()


def test_a_run_killed_between_chunks_keeps_what_it_committed(store, tmp_path, monkeypatch):
    """The chunks committed before a failure stay; the next run places the rest."""
    from aftershock.stories import stage
    rows = _articles()
    Aftershock(store=store).ingest([str(write_jsonl(tmp_path / "a.jsonl", rows))])
    real, calls = stage._run_chunk, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, "_run_chunk", failing)
    try:
        _stage(store, 5)
    except RuntimeError:
        pass
    else:
        raise AssertionError("the third chunk should have failed")
    assert len(store.articles(pending_story=True)) == len(rows) - 10
    monkeypatch.setattr(stage, "_run_chunk", real)
    assert _stage(store, 5).startswith(f"stories: {len(rows) - 10} articles assigned")
    _records_agree(store)


def test_worker_processes_parse_the_next_chunk_with_the_same_outcome(tmp_path, monkeypatch):
    """With [stories] ner_processes > 1 the next chunk is parsed by worker processes while
    this one clusters: the same entities are stored and the same stories come out."""
    from aftershock.coding import named_entities
    from aftershock.store import Store
    monkeypatch.setattr(named_entities, "MIN_TEXTS_PER_PROCESS", 2)  # workers even for 5
    rows = _articles()
    outcome = {}
    for processes in (1, 2):
        store = Store(f"sqlite:///{tmp_path / f'processes-{processes}.db'}")
        Aftershock(store=store).ingest(
            [str(write_jsonl(tmp_path / f"in-{processes}.jsonl", rows))])
        assert _stage(store, 5, processes).startswith(f"stories: {len(rows)} articles assigned")
        _records_agree(store)
        ids = {a["id"]: a["ext_id"] for a in store.articles()}
        outcome[processes] = (_partition(store), {ids[i]: found for i, found in
                                                  store.article_entities(ids).items()})
        store.close()
    assert len(outcome[2][1]) == len(rows)
    assert outcome[2] == outcome[1]
