"""The API answers alike for alike: unknown names are 404 whether country or region, unknown
enumerated values are 422, and every list route pages with a bounded limit and a cursor."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from aftershock.watch.spec import RULE_DEFAULTS
from aftershock.web import create_app
from aftershock.web.api_routes import AlertRule

from .watch_helpers import seeded_app


@pytest.fixture
def client(tmp_path):
    app = seeded_app(tmp_path)
    story_ids = [s["id"] for s in app.store.stories()]
    for n in range(5):
        app.store.save_ripple(story_ids[n % 3], f"region-{n}", 30, {
            "trigger": {"headline": f"ripple {n}"}, "region": {"name": f"Region {n}"}})
    app.store.replace_anomalies([
        {"kind": "dyad", "key": key, "date": f"2026-01-0{day}", "metric": "count", "value": 5.0,
         "baseline": 1.0, "score": 4.0, "event_ids": []}
        for day, key in enumerate(["PRK>USA", "KOR>PRK", "JPN>KOR", "USA>JPN"], start=1)]
        + [{"kind": "region", "key": "korean-peninsula", "date": "2026-01-05", "metric": "count",
            "value": 5.0, "baseline": 1.0, "score": 4.0, "event_ids": []}])
    with TestClient(create_app(aftershock=app)) as c:
        yield c
    app.store.close()


@pytest.mark.parametrize("path", [
    "/api/stories?country=ZZZ", "/api/stories?region=atlantis", "/api/events?country=ZZZ",
    "/api/events?source=QQQ", "/api/series/country/ZZZ", "/api/series/dyad/PRK/ZZZ",
    "/api/series/region/atlantis", "/countries/ZZZ", "/api/anomalies?country=ZZZ"])
def test_unknown_countries_and_regions_are_404(client, path):
    assert client.get(path).status_code == 404, path


def test_known_countries_still_answer(client):
    assert client.get("/api/events?country=PRK").json()["events"]
    assert client.get("/api/stories?country=kor").status_code == 200
    assert client.get("/api/events?country=PR1").status_code == 400  # not a code at all


def test_an_unknown_alert_rule_is_422_like_an_unknown_anomaly_kind(client):
    assert client.get("/api/anomalies?kind=bogus").status_code == 422
    answer = client.get("/api/alerts?rule=bogus")
    assert answer.status_code == 422 and "rule" in answer.json()["error"]
    for rule in RULE_DEFAULTS:
        assert client.get(f"/api/alerts?rule={rule}").status_code == 200
    assert set(AlertRule.__args__) == set(RULE_DEFAULTS)


def test_ripples_page_with_a_bounded_limit_and_a_cursor(client):
    everything = client.get("/api/ripples").json()
    assert len(everything["ripples"]) == 5 and everything["next_cursor"] is None
    seen, cursor = [], None
    while True:
        answer = client.get("/api/ripples", params={"limit": 2, "cursor": cursor} if cursor
                            else {"limit": 2}).json()
        seen += [r["id"] for r in answer["ripples"]]
        cursor = answer["next_cursor"]
        if cursor is None:
            break
    assert seen == [r["id"] for r in everything["ripples"]]
    for limit in (0, 501, 10 ** 30):
        assert client.get("/api/ripples", params={"limit": limit}).status_code == 422


def test_anomalies_by_country(client):
    keys = [a["key"] for a in client.get("/api/anomalies?country=PRK").json()["anomalies"]]
    assert keys == ["KOR>PRK", "PRK>USA"]
    assert [a["key"] for a in client.get("/api/anomalies?country=jpn&limit=1").json()[
        "anomalies"]] == ["USA>JPN"]
