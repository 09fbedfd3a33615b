"""Hostile numbers and cursors on open GETs get a 4xx, never a 500; an unexpected error is a 500
that carries the same security headers as every other answer and tells nothing of its cause."""
from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient

from aftershock.web import create_app

HUGE = "9223372036854775808"  # 2**63: one past what a store's integer column holds


@pytest.fixture
def client(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'bad.db'}")
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.aftershock.store.close()


def cursor(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize("path", [
    f"/api/stories/{HUGE}", f"/api/stories/{HUGE}/brief", f"/api/ripples/{HUGE}",
    f"/api/ripples/{HUGE}/brief", f"/stories/{HUGE}", f"/ripples/{HUGE}",
    f"/api/events?story={HUGE}", f"/api/ripples?story={HUGE}", f"/api/network?min_events={HUGE}",
    "/api/stories/-1", "/stories/99999999999999999999999999"])
def test_out_of_range_integers_are_refused(client, path):
    answer = client.get(path)
    assert answer.status_code in (404, 422), (path, answer.status_code, answer.text[:300])


BAD_KEYSETS = [["2026-01-01", {}], ["2026-01-01", [1]], ["2026-01-01", 1e30], [{}, 1],
               ["2026-01-01", -1], ["not a date", 1], ["2026-01-01", True], [1, 2, 3], {}, 7,
               ["2026-01-01", 2 ** 64]]
BAD_OFFSETS = [[1e30], [[1]], [-5], [10 ** 12], ["3"], [True], [None]]


@pytest.mark.parametrize("values", BAD_KEYSETS)
@pytest.mark.parametrize("path", ["/api/stories", "/api/events", "/api/alerts", "/stories"])
def test_bad_keyset_cursors_are_a_400(client, path, values):
    answer = client.get(path, params={"cursor": cursor(values)})
    assert answer.status_code == 400, (path, values, answer.text[:300])
    assert "is not a cursor from this API" in answer.text


@pytest.mark.parametrize("values", BAD_OFFSETS)
def test_bad_offset_cursors_are_a_400(client, values):
    answer = client.get("/api/anomalies", params={"cursor": cursor(values)})
    assert answer.status_code == 400, (values, answer.text[:300])


def test_good_cursors_still_page(client):
    for path in ("/api/stories", "/api/alerts", "/stories"):
        assert client.get(path, params={"cursor": cursor(["2026-01-01T00:00:00+00:00", 5])}
                          ).status_code == 200
    assert client.get("/api/events", params={"cursor": cursor([None, 5])}).status_code == 200
    assert client.get("/api/anomalies", params={"cursor": cursor([100])}).status_code == 200


def test_a_numeric_trigger_too_large_for_an_id_is_not_a_500(client):
    from aftershock.web import create_token
    token = create_token(client.app.state.aftershock.store, "t")
    answer = client.post("/api/ripples", json={"trigger": HUGE * 3, "watch": "korean-peninsula"},
                         headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 404, answer.text


def test_an_unexpected_error_is_a_500_with_the_security_headers(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(client.app.state.aftershock.store, "story_page", broken)
    for path in ("/api/stories", "/stories"):
        answer = client.get(path)
        assert answer.status_code == 500, path
        assert "script-src 'self'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "SAMEORIGIN"
        assert "secret internals" not in answer.text and "Traceback" not in answer.text
    assert client.get("/api/stories").json() == {
        "error": "internal error; the server log has the details"}
