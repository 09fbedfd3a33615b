"""The stories API over the demo database: filters, full-text search, cursor pages that cover
every story once, ETags, detail with articles and events, clear errors."""
from __future__ import annotations

import httpx
import pytest

from .web_fixtures import demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_server):  # noqa: F811
    with httpx.Client(base_url=demo_server.url, timeout=30) as c:
        yield c


def test_cursor_pages_cover_every_story_once_newest_first(client, demo_server):  # noqa: F811
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/stories", params=params).json()
        assert len(body["stories"]) <= 7
        seen += body["stories"]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break
    total = demo_server.store.count("stories")
    assert len(seen) == total and len({s["id"] for s in seen}) == total
    assert pages == -(-total // 7)
    keys = [(s["last_seen"], s["id"]) for s in seen]
    assert keys == sorted(keys, reverse=True)
    # outlets lists every outlet carrying the story, wire copies included; n_outlets does not
    assert all(s["outlets"] and len(s["outlets"]) >= s["n_outlets"] for s in seen)


def test_filters_by_text_region_country_and_dates(client):
    maduro = client.get("/api/stories", params={"q": "Maduro"}).json()["stories"]
    assert maduro and all("Maduro" in s["headline"] or "VEN" in s["countries"] for s in maduro)
    korea = client.get("/api/stories", params={"region": "Korean Peninsula"}).json()["stories"]
    assert korea and all({"PRK", "KOR"} & set(s["countries"]) for s in korea)
    prk = client.get("/api/stories", params={"country": "prk"}).json()["stories"]
    assert prk and all("PRK" in s["countries"] for s in prk) and len(prk) <= len(korea)
    january = client.get("/api/stories", params={"since": "2026-01-01", "until": "2026-01-31",
                                                 "limit": 500}).json()["stories"]
    assert january and all(s["last_seen"] >= "2026-01-01" and s["first_seen"] <= "2026-01-31T23"
                           for s in january)
    none = client.get("/api/stories", params={"q": "zzzyzzx"}).json()
    assert none == {"stories": [], "next_cursor": None}


def test_a_text_query_ranks_stories_by_relevance_with_the_ripple_trigger_first(client,
                                                                              demo_server):  # noqa: F811
    from aftershock.api import Aftershock
    ranked = client.get("/api/stories", params={"q": "Maduro captured"}).json()
    chosen = Aftershock(store=demo_server.store).find_story("Maduro captured")
    assert ranked["stories"][0]["id"] == chosen["id"] and ranked["next_cursor"] is None
    scores = [s["score"] for s in ranked["stories"]]
    assert scores == sorted(scores, reverse=True) and len(scores) > 1
    page = client.get("/stories", params={"q": "Maduro captured"}).text
    assert page.index(f'href="/stories/{chosen["id"]}"') < page.index(
        f'href="/stories/{ranked["stories"][1]["id"]}"')


def test_etag_gives_304_until_the_data_changes(client):
    first = client.get("/api/stories", params={"limit": 3})
    etag = first.headers["etag"]
    again = client.get("/api/stories", params={"limit": 3}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/api/stories", params={"limit": 4}, headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag


def test_story_detail_has_articles_events_and_ripples(client, demo_server):  # noqa: F811
    trigger = demo_server.store.ripple_list()[0]["trigger_story_id"]
    body = client.get(f"/api/stories/{trigger}").json()
    assert body["story"]["id"] == trigger
    assert len(body["articles"]) == body["story"]["n_articles"]
    assert body["events"] and all(e["story_id"] == trigger for e in body["events"])
    assert [r["region"] for r in body["ripples"]] == ["korean-peninsula"]


def test_errors_name_the_problem(client):
    assert client.get("/api/stories/999999").json() == {"error": "no story with id 999999"}
    assert client.get("/api/stories/999999").status_code == 404
    bad_region = client.get("/api/stories", params={"region": "atlantis"})
    assert bad_region.status_code == 404 and "atlantis" in bad_region.json()["error"]
    bad_country = client.get("/api/stories", params={"country": "Korea"})
    assert bad_country.status_code == 400 and "'Korea'" in bad_country.json()["error"]
    bad_cursor = client.get("/api/stories", params={"cursor": "bm90LWEtY3Vyc29y"})
    assert bad_cursor.status_code == 400 and "cursor" in bad_cursor.json()["error"]
    bad_date = client.get("/api/stories", params={"since": "yesterday"})
    assert bad_date.status_code == 422 and "since" in bad_date.json()["error"]
    bad_limit = client.get("/api/stories", params={"limit": 0})
    assert bad_limit.status_code == 422 and "limit" in bad_limit.json()["error"]
