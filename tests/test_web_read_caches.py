"""The read caches the dashboard leans on at scale: a write makes the next read fresh.

Story search keeps each story's document per version of the story and a query's ranking while
the articles and stories are unchanged; the network's quad totals and the map's points are kept
while the events (and, for the points, the stories) are unchanged; `serve` fills them before its
first answer. Each cached answer must equal what an uncached store answers."""
from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from sqlalchemy import event

from aftershock.api import Aftershock
from aftershock.ripple import story_search
from aftershock.store import Store
from aftershock.text.folding import fold, stem
from aftershock.web import desk, views
from aftershock.web.warm import warm_caches


def _article(store: Store, n: int, title: str, text: str, source: str = "Outlet") -> int:
    return store.insert_article({
        "ext_id": f"c{n}", "url": f"https://cache.example/{n}", "canonical_url": f"cache/{n}",
        "title": title, "lang": "en", "published": datetime(2026, 1, 5, 8, n % 60),
        "content_hash": f"{n:064d}", "source": source, "text": text})


def _story(store: Store, key: str, headline: str, article_ids: list[int],
           countries=("KOR",)) -> int:
    story_id = store.save_story({
        "key": key, "headline": headline, "first_seen": datetime(2026, 1, 5, 8),
        "last_seen": datetime(2026, 1, 6, 8), "n_articles": len(article_ids),
        "n_outlets": 1, "countries": list(countries), "entities": []})
    store.assign_story(article_ids, story_id)
    return story_id


def _event(place: str | None, quad: int = 4) -> dict:
    return {"sentence": "PRK fires on KOR", "source": {"text": "PRK", "code": "PRKMIL",
            "country": "PRK"}, "target": {"text": "KOR", "code": "KOR", "country": "KOR"},
            "cameo": "190" if quad == 4 else "040", "root": "19" if quad == 4 else "04",
            "quad": quad, "penta": 4 if quad == 4 else 1,
            "goldstein": -10.0 if quad == 4 else 1.0, "plover": None, "date": "2026-01-05",
            "place": place}


@pytest.fixture
def ash(tmp_path):
    app = Aftershock(f"sqlite:///{tmp_path / 'cache.db'}")
    store = app.store
    first = [_article(store, 1, "Harbour storm closes port", "Seoul - A harbour storm closed "
                      "the port on Monday."),
             _article(store, 2, "Storm hits harbour", "Busan - The storm hit the harbour.")]
    _story(store, "harbour", "Harbour storm closes port", first)
    second = [_article(store, 3, "Missile drills near the coast", "Seoul - Missile drills "
                       "were held near the coast.")]
    _story(store, "drills", "Missile drills near the coast", second)
    yield app
    store.close()


def _fresh_search(app: Aftershock, query: str, limit: int = 20) -> list[dict]:
    """What a store with empty caches answers (a new Store object on the same database)."""
    with Store(app.store.url, migrate=False) as other:
        return story_search.search_stories(other, query, app.settings.ripple, limit=limit)


def _statements(store: Store) -> list[str]:
    seen: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(conn, cursor, statement, params, context, executemany):
        seen.append(statement)

    return seen


def test_a_repeated_search_reads_no_articles(ash):
    first = ash.search_stories("harbour storm")
    assert [r["headline"] for r in first][:1] == ["Harbour storm closes port"]
    seen = _statements(ash.store)
    assert ash.search_stories("harbour storm") == first
    assert not any("articles_fts" in s or "articles.text" in s for s in seen), seen
    seen.clear()
    # Another query over the same stories: the full-text index is asked, no article is read.
    assert ash.search_stories("storm port") == _fresh_search(ash, "storm port")
    assert any("articles_fts" in s for s in seen)
    assert not any("articles.text" in s for s in seen), seen


def test_a_new_story_shows_in_the_next_search(ash):
    before = ash.search_stories("harbour")
    assert len(before) == 1
    new = [_article(ash.store, 4, "Harbour cranes toppled", "Incheon - Harbour cranes fell.")]
    story_id = _story(ash.store, "cranes", "Harbour cranes toppled", new)
    after = ash.search_stories("harbour")
    assert story_id in {r["id"] for r in after}
    assert after == _fresh_search(ash, "harbour")


def test_a_story_that_gains_an_article_is_read_again(ash):
    assert ash.search_stories("typhoon") == []
    harbour = next(s for s in ash.store.stories() if s["key"] == "harbour")
    # ranked once, so its document is held: a new member must replace it
    ash.search_stories("harbour")
    added = _article(ash.store, 5, "Typhoon follows the harbour storm",
                     "Seoul - A typhoon followed the storm.")
    members = [a["id"] for a in ash.store.articles(story_ids=[harbour["id"]])] + [added]
    _story(ash.store, "harbour", "Harbour storm closes port", members)
    found = ash.search_stories("typhoon")
    assert [r["id"] for r in found] == [harbour["id"]]
    assert ash.search_stories("harbour") == _fresh_search(ash, "harbour")
    assert ash.search_stories("harbour typhoon") == _fresh_search(ash, "harbour typhoon")


def test_ranked_stories_on_the_page_follow_a_rename(ash):
    rows = views.ranked_stories(ash, "harbour", limit=5)
    assert rows[0]["headline"] == "Harbour storm closes port"
    harbour = next(s for s in ash.store.stories() if s["key"] == "harbour")
    members = [a["id"] for a in ash.store.articles(story_ids=[harbour["id"]])]
    _story(ash.store, "harbour", "Harbour storm: port shut for a week", members)
    assert views.ranked_stories(ash, "harbour", limit=5)[0]["headline"] == \
        "Harbour storm: port shut for a week"


def test_the_document_cache_keeps_at_most_its_size(ash):
    cache = story_search.DocumentCache(max_entries=1)
    weights = story_search.search_weights(ash.settings.ripple)
    docs = cache.documents(ash.store, ash.store.stories(), weights)
    assert len(docs) == 2 and len(cache._docs) == 1


def test_network_quad_totals_follow_new_events(ash):
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul", quad=4)])
    edge = next(e for e in desk.network_by_quad(ash)["edges"] if e["source"] == "PRK")
    assert (edge["q1"], edge["q4"]) == (0, 1)
    seen = _statements(ash.store)
    desk.network_by_quad(ash)
    assert not any("GROUP BY" in s.upper() for s in seen), seen
    ash.store.replace_events(ids[1], [_event("Seoul", quad=1), _event(None, quad=1)])
    edge = next(e for e in desk.network_by_quad(ash)["edges"] if e["source"] == "PRK")
    assert (edge["q1"], edge["q4"]) == (2, 1)


def test_map_points_follow_events_and_stories(ash):
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul")])
    points = desk.event_places(ash)["points"]
    assert [(p["place"], p["n"]) for p in points] == [("Seoul", 1)]
    harbour = points[0]["events"][0]["story_id"]
    ash.store.replace_events(ids[2], [_event("Seoul"), _event("Pyongyang")])
    points = {p["place"]: p for p in desk.event_places(ash)["points"]}
    assert points["Seoul"]["n"] == 2 and points["Pyongyang"]["n"] == 1
    # The story stage moves the first article into the drills story: the points say so.
    drills = next(s["id"] for s in ash.store.stories() if s["key"] == "drills")
    _story(ash.store, "drills", "Missile drills near the coast", [ids[0], ids[2]])
    stories = {e["story_id"] for p in desk.event_places(ash)["points"] for e in p["events"]}
    assert stories == {drills} != {harbour}


def test_serve_warm_up_fills_the_caches(ash):
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul")])
    took = warm_caches(ash, echo=lambda line: pytest.fail(line))
    assert {"network", "map places", "story documents"} <= set(took)
    seen = _statements(ash.store)
    desk.network_by_quad(ash)
    views.world_map(ash)
    desk.event_places(ash)
    assert not any("GROUP BY" in s.upper() or "place" in s for s in seen), seen
    seen.clear()
    ash.search_stories("missile")
    assert not any("articles.text" in s for s in seen), seen


def test_warm_up_on_an_empty_store(tmp_path):
    app = Aftershock(f"sqlite:///{tmp_path / 'empty.db'}")
    assert "story documents" in warm_caches(app, echo=lambda line: pytest.fail(line))
    app.store.close()


def test_fold_and_stem_answer_as_before():
    def slow_fold(text):
        decomposed = unicodedata.normalize("NFKD", text or "")
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return plain.replace("\u2019", "'").replace("\u2018", "'")

    texts = ["Nicolás Maduro\u2019s \u2018raid\u2019", "plain ascii", "", None, "Zürich…",
             "ﬁ ẞ Ǆ 한국어 日本 Ελληνικά a\u0300\u0301", "".join(map(chr, range(0x20, 0x3000)))]
    for text in texts:
        assert fold(text) == slow_fold(text)
    assert [stem(w) for w in ("captured", "captures", "capture", "Seoul's")] == \
        ["captur", "captur", "captur", "seoul"]


def test_a_write_by_another_connection_shows_at_once(ash):
    """Another process (here another Store on the same file) codes events: the next read of
    the cached aggregates sees them, though this store's own write counter never moved."""
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul", quad=4)])
    assert [e["n"] for e in ash.store.dyad_totals()] == [1]
    assert ash.store.country_daily("PRK")[0]["n"] == 1
    with Store(ash.store.url, migrate=False) as other:
        other.replace_events(ids[1], [_event("Seoul", quad=1), _event("Seoul", quad=1)])
    assert [e["n"] for e in ash.store.dyad_totals()] == [3]
    assert ash.store.country_daily("PRK")[0]["n"] == 3
    assert len(desk.event_places(ash)["points"][0]["events"]) == 3


def test_unchanged_tables_are_not_counted_again(ash):
    """While nothing commits, a cached read asks SQLite's data_version, not the tables' counts
    (a count of half a million events takes milliseconds)."""
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul")])
    ash.store.dyad_totals()
    ash.store.country_conflict()
    seen = _statements(ash.store)
    for _ in range(3):
        ash.store.dyad_totals()
        ash.store.country_conflict()
    assert seen == []
    ash.store.replace_events(ids[1], [_event("Seoul")])
    seen.clear()
    assert ash.store.dyad_totals()[0]["n"] == 2
    assert any("count(" in s for s in seen)


@pytest.mark.parametrize("path", ["/ripples", "/watchlists", "/watchlists/w/edit",
                                  "/watchlists/w/delete", "/login"])
def test_forms_do_their_blocking_work_off_the_event_loop(ash, monkeypatch, path):
    """A form's store work (a ripple analysis takes seconds) runs in a worker thread: readers
    are answered meanwhile. Here the form's first blocking step sleeps a second."""
    import asyncio
    import time

    import httpx

    from aftershock.web import create_app, pages

    def slow_check(request, form):
        time.sleep(1.0)

    monkeypatch.setattr(pages, "check_form_origin", slow_check)
    monkeypatch.setattr(pages, "session_user", lambda request: None)
    app = create_app(aftershock=ash)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            t0 = time.monotonic()
            form = asyncio.create_task(client.post(path, data={"token": "x"}))
            await asyncio.sleep(0.1)
            read = await client.get("/api/regions")
            read_at = time.monotonic() - t0
            answer = await form
            return read.status_code, read_at, answer.status_code, time.monotonic() - t0

    # (its own thread: a browser test earlier in the run may hold an event loop in this one)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        read_status, read_at, form_status, form_at = pool.submit(
            asyncio.run, scenario()).result()
    assert read_status == 200 and form_status in (401, 303)
    assert read_at < 0.7 < form_at, (read_at, form_at)


def test_cached_bodies_follow_writes(ash):
    """/api/network, /api/map, the /network page and the series routes keep their bodies; a
    write (coded events, stored series or anomalies) makes the next answer fresh."""
    from fastapi.testclient import TestClient

    from aftershock.web import create_app
    client = TestClient(create_app(aftershock=ash))
    ids = [a["id"] for a in ash.store.articles()]
    ash.store.replace_events(ids[0], [_event("Seoul", quad=4)])
    assert [e["n"] for e in client.get("/api/network").json()["edges"]] == [1]
    assert client.get("/api/map").json()["countries"][0]["n"] == 1
    assert "\">0 · 0 · 0 · 1</td>" in client.get("/network").text
    day = {"kind": "dyad", "key": "PRK>KOR", "date": "2026-01-05", "n": 1, "q1": 0, "q2": 0,
           "q3": 0, "q4": 1, "goldstein_sum": -10.0, "goldstein_mean": -10.0,
           "conflict_share": 1.0, "share_of_day": 1.0}
    ash.store.replace_series([day])
    assert [r["n"] for r in client.get("/api/series/dyad/PRK/KOR").json()["rows"]] == [1]
    first_etag = client.get("/api/series/dyad/PRK/KOR").headers["etag"]

    ash.store.replace_events(ids[1], [_event("Seoul", quad=1), _event("Seoul", quad=1)])
    assert [e["n"] for e in client.get("/api/network").json()["edges"]] == [3]
    assert client.get("/api/map").json()["countries"][0]["n"] == 3
    assert "\">2 · 0 · 0 · 1</td>" in client.get("/network").text
    ash.store.replace_series([{**day, "n": 5, "q4": 5}])
    answer = client.get("/api/series/dyad/PRK/KOR")
    assert [r["n"] for r in answer.json()["rows"]] == [5] and answer.headers["etag"] != first_etag
    ash.store.replace_anomalies([{"kind": "dyad", "key": "PRK>KOR", "date": "2026-01-05",
                                  "metric": "n", "value": 5.0, "baseline": 1.0, "score": 4.0,
                                  "event_ids": []}])
    assert len(client.get("/api/series/dyad/PRK/KOR").json()["anomalies"]) == 1
    assert len(client.get("/api/series/country/PRK").json()["anomalies"]) == 1
