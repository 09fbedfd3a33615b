"""The storylines API over the demo database: storylines latest activity first with their
stories earliest first, a storyline by key or by one of its story ids, the storyline on the
story detail, clear 404s."""
from __future__ import annotations

import httpx
import pytest

from .web_fixtures import demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_server):  # noqa: F811
    with httpx.Client(base_url=demo_server.url, timeout=30) as c:
        yield c


def test_every_story_is_in_one_storyline(client, demo_server):  # noqa: F811
    body = client.get("/api/storylines", params={"limit": 500}).json()
    lines = body["storylines"]
    assert body["total"] == len(lines)
    story_ids = [s["id"] for line in lines for s in line["stories"]]
    assert sorted(story_ids) == sorted(s["id"] for s in demo_server.store.stories())
    assert [r["last_seen"] for r in lines] == sorted((r["last_seen"] for r in lines),
                                                     reverse=True)
    for line in lines:
        firsts = [s["first_seen"] for s in line["stories"]]
        assert firsts == sorted(firsts) and line["n_stories"] == len(firsts)
        assert line["first_seen"] == firsts[0]
        assert line["n_articles"] == sum(s["n_articles"] for s in line["stories"])
    assert any(line["n_stories"] > 1 for line in lines)  # the demo has longer threads


def test_filters_and_pages(client):
    threads = client.get("/api/storylines", params={"min_stories": 2}).json()
    assert threads["storylines"] and all(r["n_stories"] >= 2 for r in threads["storylines"])
    recent = client.get("/api/storylines", params={"since": "2026-02-01"}).json()["storylines"]
    assert recent and all(r["last_seen"] >= "2026-02-01" for r in recent)
    first = client.get("/api/storylines", params={"limit": 3}).json()
    second = client.get("/api/storylines", params={"limit": 3, "offset": 3}).json()
    assert len(first["storylines"]) == 3
    assert not {r["storyline"] for r in first["storylines"]} & \
        {r["storyline"] for r in second["storylines"]}


def test_one_storyline_by_key_or_story_id_and_on_the_story(client):
    line = client.get("/api/storylines", params={"min_stories": 2}).json()["storylines"][0]
    by_key = client.get(f"/api/storylines/{line['storyline']}")
    assert by_key.status_code == 200 and by_key.json() == line
    story_id = line["stories"][-1]["id"]
    assert client.get(f"/api/storylines/{story_id}").json() == line
    detail = client.get(f"/api/stories/{story_id}").json()
    assert detail["storyline"] == line


def test_unknown_storylines_are_404_and_bad_keys_rejected(client):
    missing = client.get("/api/storylines/storyline-999999")
    assert missing.status_code == 404 and "no storyline" in missing.json()["error"]
    assert client.get("/api/storylines/999999").status_code == 404
    assert client.get("/api/storylines/a%20b").status_code in (400, 422)
    assert client.get("/api/storylines", params={"min_stories": 0}).status_code in (400, 422)
