"""The events API: filters by actor, country, code, quad class, dates and place; JSON and CSV;
cursor pages newest first."""
from __future__ import annotations

import csv
import io

import httpx
import pytest

from .web_fixtures import demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_server):  # noqa: F811
    with httpx.Client(base_url=demo_server.url, timeout=30) as c:
        yield c


def _all(client, **params) -> list[dict]:
    rows, cursor = [], None
    while True:
        body = client.get("/api/events", params={**params, **(
            {"cursor": cursor} if cursor else {})}).json()
        rows += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return rows


def test_pages_cover_every_event_once_newest_first(client, demo_server):  # noqa: F811
    rows = _all(client, limit=100)
    assert len(rows) == demo_server.store.count("events") == len({r["id"] for r in rows})
    keys = [(r["date"], r["id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_filters_match_the_store(client, demo_server):  # noqa: F811
    events = demo_server.store.events()
    prk_usa = _all(client, source="PRK", target="usa")
    assert len(prk_usa) == sum(e["source_country"] == "PRK" and e["target_country"] == "USA"
                               for e in events) > 0
    actor = _all(client, actor="PRKGOV")
    assert actor and all("PRKGOV" in (e["source_code"] or "", e["target_code"] or "")
                         or (e["source_code"] or "").startswith("PRKGOV")
                         or (e["target_code"] or "").startswith("PRKGOV") for e in actor)
    protests = _all(client, code="14")
    assert len(protests) == sum(e["cameo"].startswith("14") for e in events)
    material_conflict = _all(client, quad=4, since="2026-01-03", until="2026-01-10")
    assert len(material_conflict) == sum(
        e["quad"] == 4 and "2026-01-03" <= e["date"] <= "2026-01-10" for e in events) > 0
    story = events[0]["story_id"]
    assert {e["id"] for e in _all(client, story=story)} == \
        {e["id"] for e in events if e["story_id"] == story}
    placed = [e for e in events if e["place"]]
    if placed:
        word = placed[0]["place"].split()[0]
        assert all(word.lower() in (e["place"] or "").lower() for e in _all(client, place=word))


def test_csv_download(client):
    response = client.get("/api/events", params={"format": "csv", "source": "PRK",
                                                 "target": "USA", "limit": 5})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5 and all(r["source_country"] == "PRK" for r in rows)
    assert {"cameo", "goldstein", "sentence", "article_url"} <= set(rows[0])
    assert 'rel="next"' in response.headers["link"]


def test_bad_event_queries_are_named(client):
    assert client.get("/api/events", params={"quad": 7}).status_code == 422
    code = client.get("/api/events", params={"code": "abc"})
    assert code.status_code == 400 and "'abc'" in code.json()["error"]
    country = client.get("/api/events", params={"source": "U.S."})
    assert country.status_code == 400 and "U.S." in country.json()["error"]
    fmt = client.get("/api/events", params={"format": "xml"})
    assert fmt.status_code == 422 and "format" in fmt.json()["error"]
