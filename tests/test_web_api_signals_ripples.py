"""Series, anomalies, ripples, briefs, network and map over the demo database."""
from __future__ import annotations

from datetime import date
from itertools import pairwise

import httpx
import pytest

from .web_fixtures import demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_server):  # noqa: F811
    with httpx.Client(base_url=demo_server.url, timeout=60) as c:
        yield c


def test_dyad_series_with_its_anomalies(client, demo_server):  # noqa: F811
    body = client.get("/api/series/dyad/prk/USA").json()
    stored = demo_server.store.series("dyad", "PRK>USA")
    assert body["key"] == "PRK>USA" and len(body["rows"]) == len(stored) > 10
    assert sum(r["n"] for r in body["rows"]) == sum(r["n"] for r in stored)
    assert {a["date"] for a in body["anomalies"]} == \
        {a["date"] for a in demo_server.store.anomalies_for("dyad", "PRK>USA")}
    january = client.get("/api/series/dyad/PRK/USA",
                         params={"since": "2026-01-01", "until": "2026-01-31"}).json()
    assert january["rows"] and all("2026-01" in r["date"] for r in january["rows"])


def test_region_and_country_series(client, demo_server):  # noqa: F811
    region = client.get("/api/series/region/Korean Peninsula").json()
    assert region["key"] == "korean-peninsula" and region["anomalies"]
    country = client.get("/api/series/country/VEN").json()
    events = [e for e in demo_server.store.events() if "VEN" in (e["source_country"],
                                                              e["target_country"])]
    assert sum(r["n"] for r in country["rows"]) == len(events)
    for row in country["rows"]:
        assert row["n"] == row["q1"] + row["q2"] + row["q3"] + row["q4"]
        if row["n"]:
            assert row["conflict_share"] == pytest.approx((row["q3"] + row["q4"]) / row["n"],
                                                          abs=1e-4)
    assert client.get("/api/series/region/atlantis").status_code == 404


def _consecutive(rows) -> bool:
    days = [date.fromisoformat(r["date"]) for r in rows]
    return all((b - a).days == 1 for a, b in pairwise(days))


@pytest.mark.parametrize("path", ["/api/series/dyad/PRK/USA", "/api/series/country/PRK",
                                  "/api/series/region/korean-peninsula"])
def test_every_series_has_one_shape(client, path):
    """Dyad, country and region series alike: one row per day, a day without events has no mean
    (null, never 0.0), and every mean is rounded."""
    rows = client.get(path).json()["rows"]
    assert len(rows) > 10 and _consecutive(rows)
    empty = [r for r in rows if r["n"] == 0]
    assert empty, "the demo series all have quiet days"
    assert all(r["goldstein_mean"] is None and r["conflict_share"] is None for r in empty)
    for r in rows:
        for field in ("goldstein_mean", "conflict_share"):
            if r[field] is not None:
                assert r[field] == round(r[field], 4)
    assert any(r["goldstein_mean"] is not None for r in rows)


def test_anomalies_page_through(client, demo_server):  # noqa: F811
    seen, cursor = [], None
    while True:
        body = client.get("/api/anomalies", params={"limit": 10, **(
            {"cursor": cursor} if cursor else {})}).json()
        seen += body["anomalies"]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len({a["id"] for a in seen}) == demo_server.store.count("anomalies")
    regions = client.get("/api/anomalies", params={"kind": "region"}).json()["anomalies"]
    assert regions and all(a["kind"] == "region" for a in regions)


def test_ripple_list_detail_and_timeline(client):
    ripples = client.get("/api/ripples").json()["ripples"]
    assert [r["region"] for r in ripples] == ["korean-peninsula"]
    detail = client.get(f"/api/ripples/{ripples[0]['id']}").json()
    assert detail["report"]["region"]["slug"] == "korean-peninsula"
    dates = [e["date"] for e in detail["timeline"]]
    assert dates == sorted(dates) and len(dates) == len(detail["report"]["evidence"])
    assert all(e["article_id"] and e["url"] for e in detail["timeline"])
    assert client.get("/api/ripples/4242").status_code == 404


def test_briefs_in_three_formats(client, demo_server):  # noqa: F811
    ripple_id = client.get("/api/ripples").json()["ripples"][0]["id"]
    html = client.get(f"/api/ripples/{ripple_id}/brief", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in html.headers["content-security-policy"]
    assert "<script" not in html.text.lower()
    markdown = client.get(f"/api/ripples/{ripple_id}/brief", params={"format": "md"}).text
    model = client.get(f"/api/ripples/{ripple_id}/brief").json()
    assert model["kind"] == "ripple" and model["sources"]
    assert model["headline"] in markdown and "[1]" in markdown
    again = client.get(f"/api/ripples/{ripple_id}/brief",
                       headers={"If-None-Match": html.headers["etag"]},
                       params={"format": "html"})
    assert again.status_code == 304
    story_id = demo_server.store.ripple_list()[0]["trigger_story_id"]
    story = client.get(f"/api/stories/{story_id}/brief").json()
    assert story["kind"] == "story" and story["sources"]
    assert client.get(f"/api/stories/{story_id}/brief", params={"format": "pdf"}
                      ).status_code == 422


def test_network_and_map(client, demo_server):  # noqa: F811
    network = client.get("/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids
                                    for e in network["edges"])
    assert all(e["cooperation"] + e["conflict"] == e["n"] for e in network["edges"])
    strong = client.get("/api/network", params={"min_events": 5}).json()
    assert strong["edges"] and all(e["n"] >= 5 for e in strong["edges"])
    world = client.get("/api/map").json()
    by_code = {c["country"]: c for c in world["countries"]}
    assert by_code["VEN"]["conflict"] > 0 and by_code["VEN"]["name"] == "Venezuela"
    assert world["span"][0] <= world["span"][1]
    later = client.get("/api/map", params={"since": "2026-02-01"}).json()
    assert sum(c["n"] for c in later["countries"]) < sum(c["n"] for c in world["countries"])


def test_running_a_ripple_needs_a_token_and_returns_the_report(client, demo_server):  # noqa: F811
    from aftershock.web import create_token
    existing = demo_server.store.ripple_list()[0]
    body = {"trigger": str(existing["trigger_story_id"]), "watch": "Korean Peninsula"}
    assert client.post("/api/ripples", json=body).status_code == 401
    auth = {"Authorization": f"Bearer {create_token(demo_server.store, 'ripple-runner')}"}
    ran = client.post("/api/ripples", json=body, headers=auth)
    assert ran.status_code == 201
    report = ran.json()
    assert report["id"] == existing["id"] and report["region"]["slug"] == "korean-peninsula"
    assert report["evidence"] and all(e["url"] for e in report["evidence"])
    unknown = client.post("/api/ripples", json={**body, "watch": "Atlantis"}, headers=auth)
    assert unknown.status_code == 400 and "Atlantis" in unknown.json()["error"]
    by_number = client.post("/api/ripples", headers=auth, json={
        **body, "trigger": existing["trigger_story_id"]})
    assert by_number.status_code == 201
    assert by_number.json()["trigger"]["story_id"] == existing["trigger_story_id"]
    nothing = client.post("/api/ripples", json={**body, "trigger": "Maduor"}, headers=auth)
    assert nothing.status_code == 404 and "closest stories" in nothing.json()["error"]
