"""Watchlists over the API: reads are open, writes need a bearer token, specs are validated by the
watch stage and every bad field is named."""
from __future__ import annotations

import json

import httpx
import pytest

from aftershock.web import create_token

from .web_fixtures import empty_server  # noqa: F401

SPEC = {"name": "peninsula", "regions": ["Korean Peninsula"], "dyads": ["PRK>USA"],
        "keywords": ["missile"], "rules": {"anomaly": {"min_score": 4}}}


@pytest.fixture
def client(empty_server):  # noqa: F811
    with httpx.Client(base_url=empty_server.url, timeout=30) as c:
        yield c


@pytest.fixture
def auth(empty_server):  # noqa: F811
    return {"Authorization": f"Bearer {create_token(empty_server.store, 'tests')}"}


def test_writes_need_a_valid_token(client, empty_server):  # noqa: F811
    for headers in ({}, {"Authorization": "Bearer ash_wrong"}, {"Authorization": "Basic eDp5"}):
        response = client.post("/api/watchlists", json=SPEC, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert "aftershock token create" in response.json()["error"]
    assert client.put("/api/watchlists/peninsula", json=SPEC).status_code == 401
    assert client.delete("/api/watchlists/peninsula").status_code == 401
    assert client.post("/api/ripples", json={"trigger": "1", "watch": "x"}).status_code == 401
    assert empty_server.store.watchlists() == []
    assert client.get("/api/watchlists").json() == {"watchlists": [], "next_cursor": None}


def test_a_session_cookie_is_not_a_token_for_the_api(client, empty_server):  # noqa: F811
    token = create_token(empty_server.store, "browser")
    page = client.get("/login")
    csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    signed_in = client.post("/login", data={"token": token, "csrf_token": csrf})
    assert signed_in.status_code == 303 and "aftershock_session" in client.cookies
    assert client.post("/api/watchlists", json=SPEC).status_code == 401


def test_create_read_update_delete(client, auth, empty_server):  # noqa: F811
    created = client.post("/api/watchlists", json=SPEC, headers=auth)
    assert created.status_code == 201
    spec = created.json()["spec"]
    assert spec["regions"] == ["korean-peninsula"] and spec["dyads"] == ["PRK>USA"]
    assert spec["rules"]["anomaly"]["min_score"] == 4
    assert client.post("/api/watchlists", json=SPEC, headers=auth).status_code == 409
    assert client.get("/api/watchlists/peninsula").json()["spec"] == spec

    changed = client.put("/api/watchlists/peninsula", json={"countries": ["JPN"]}, headers=auth)
    assert changed.status_code == 200 and changed.json()["spec"]["countries"] == ["JPN"]
    assert changed.json()["spec"]["regions"] == []
    assert client.put("/api/watchlists/nope", json={"countries": ["JPN"]},
                      headers=auth).status_code == 404
    renamed = client.put("/api/watchlists/peninsula", json={"name": "other",
                                                           "countries": ["JPN"]}, headers=auth)
    assert renamed.status_code == 400 and "'other'" in renamed.json()["error"]

    assert client.delete("/api/watchlists/peninsula", headers=auth).status_code == 204
    assert client.delete("/api/watchlists/peninsula", headers=auth).status_code == 404
    assert client.get("/api/watchlists/peninsula").status_code == 404
    last_used = empty_server.store.api_token_list()[0]["last_used_at"]
    assert last_used is not None


def test_bad_specs_name_every_bad_field(client, auth, empty_server):  # noqa: F811
    response = client.post("/api/watchlists", headers=auth, json={
        "name": "bad", "countries": ["Narnia"], "rules": {"anomaly": {"min_score": "high"}}})
    assert response.status_code == 422
    error = response.json()["error"]
    assert "Narnia" in error and "rules.anomaly.min_score" in error
    assert client.post("/api/watchlists", headers=auth, json=["not", "a", "spec"]
                       ).status_code == 422
    assert empty_server.store.watchlist("bad") is None


def test_secret_variables_are_limited_and_their_existence_is_not_told(client, auth, monkeypatch,
                                                                     empty_server):  # noqa: F811
    """PUT/POST naming a server variable outside the allow-list is a 422 naming the field, the
    same answer whether the variable is set or not."""
    client.post("/api/watchlists", json=SPEC, headers=auth)
    answers = []
    for value in (None, "set"):
        if value:
            monkeypatch.setenv("AFTERSHOCK_TEST_PROBE", value)
        else:
            monkeypatch.delenv("AFTERSHOCK_TEST_PROBE", raising=False)
        for channel in ({"webhook": "https://hooks.example/x",
                         "secret_env": "AFTERSHOCK_TEST_PROBE"},
                        {"email": "desk@news.example", "username": "desk",
                         "password_env": "AFTERSHOCK_TEST_PROBE"}):
            answer = client.put("/api/watchlists/peninsula", headers=auth,
                                json={**SPEC, "deliver": [channel]})
            answers.append((answer.status_code, answer.json()))
    assert answers[:2] == answers[2:]
    assert [status for status, _ in answers] == [422] * 4
    assert "deliver[0].secret_env: 'AFTERSHOCK_TEST_PROBE' is not an environment variable" in \
        answers[0][1]["error"]
    assert "deliver[0].password_env: " in answers[1][1]["error"]
    monkeypatch.delenv("AFTERSHOCK_HOOK_SECRET", raising=False)
    allowed = client.put("/api/watchlists/peninsula", headers=auth, json={**SPEC, "deliver": [
        {"webhook": "https://hooks.example/x", "secret_env": "AFTERSHOCK_HOOK_SECRET"}]})
    assert allowed.status_code == 200


@pytest.mark.parametrize("field,value", [
    ("backoff", 1000000), ("backoff", -1), ("timeout", 0), ("timeout", 1e9), ("retries", 11),
    ("retries", 2.5), ("backoff", "NaN"), ("timeout", True)])
def test_delivery_numbers_are_bounded(client, auth, empty_server, field, value):  # noqa: F811
    # sent as JSON text: Python's JSON reader, like FastAPI's, accepts a bare NaN
    literal = "NaN" if value == "NaN" else json.dumps(value)
    body = ('{"name": "b", "countries": ["PRK"], "deliver": [{"webhook": '
            f'"https://hooks.example/x", "{field}": {literal}}}]}}')
    answer = client.post("/api/watchlists", content=body,
                         headers={**auth, "Content-Type": "application/json"})
    assert answer.status_code == 422, (body, answer.text)
    assert f"deliver[0].{field}: must be" in answer.json()["error"]
    assert empty_server.store.watchlist("b") is None


def test_rule_numbers_and_cooldown_are_bounded(client, auth, empty_server):  # noqa: F811
    answer = client.post("/api/watchlists", headers=auth, json={
        "name": "b", "countries": ["PRK"], "cooldown": "9999d",
        "rules": {"ripple": {"window_days": 10 ** 12, "min_outlets": 10 ** 9},
                  "anomaly": {"min_score": 1e300}}})
    assert answer.status_code == 422
    error = answer.json()["error"]
    for field in ("cooldown", "rules.ripple.window_days", "rules.ripple.min_outlets",
                  "rules.anomaly.min_score"):
        assert f"{field}: must be" in error, field


CREDENTIAL_SPEC = {"name": "creds", "countries": ["PRK"], "deliver": [
    {"webhook": "https://bot:hunter2@hooks.example:8443/services/T0/B0/capabilitysecret"
                "?token=tokensecret&x=1#frag", "secret": "signingsecret"},
    {"email": "desk@news.example", "smtp_host": "mail.example", "username": "mailuser",
     "password_env": "AFTERSHOCK_SMTP_PASSWORD"}]}
LEAKS = ("bot", "hunter2", "capabilitysecret", "services", "tokensecret", "frag",
         "signingsecret", "mailuser", "AFTERSHOCK_SMTP_PASSWORD")


def test_reads_mask_url_credentials_and_email_logins(client, auth, empty_server):  # noqa: F811
    """Masked for everyone, token or not: reads are open and cached by ETag."""
    assert client.post("/api/watchlists", json=CREDENTIAL_SPEC, headers=auth).status_code == 201
    for headers in ({}, auth):
        for path in ("/api/watchlists/creds", "/api/watchlists", "/watchlists"):
            answer = client.get(path, headers=headers)
            assert answer.status_code == 200
            for leak in LEAKS:
                assert leak not in answer.text, (path, leak)
    hook, mail = client.get("/api/watchlists/creds").json()["spec"]["deliver"]
    assert hook["url"] == "https://***@hooks.example:8443/***?token=***&x=***#***"
    assert hook["secret"] == mail["username"] == mail["password_env"] == "(hidden)"
    assert mail["smtp_host"] == "mail.example"
    # a spec sent back as read keeps every stored credential
    spec = client.get("/api/watchlists/creds").json()["spec"]
    spec["countries"] = ["PRK", "KOR"]
    assert client.put("/api/watchlists/creds", json=spec, headers=auth).status_code == 200
    stored = empty_server.store.watchlist("creds")["spec"]
    assert stored["deliver"][0]["url"] == CREDENTIAL_SPEC["deliver"][0]["webhook"]
    assert stored["deliver"][0]["secret"] == "signingsecret"
    assert stored["deliver"][1]["username"] == "mailuser"
    assert stored["countries"] == ["PRK", "KOR"]
    # a masked URL or hidden login with nothing stored behind it is refused, naming the field
    spec["deliver"][0]["url"] = "https://***@other.example/***"
    refused = client.put("/api/watchlists/creds", json=spec, headers=auth)
    assert refused.status_code == 400 and "deliver[0].url" in refused.json()["error"]
