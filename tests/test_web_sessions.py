"""Browser sessions live on the server: each sign-in gets a new random session, sign-out revokes
it (the old cookie writes nothing), and it expires on its own."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from aftershock.web import create_app, create_token, hash_token
from aftershock.web.security import SESSION_COOKIE, Signer


@pytest.fixture
def app(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'sessions.db'}", secret=b"s" * 32)
    yield app
    app.state.aftershock.store.close()


def csrf(client) -> str:
    return client.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]


def sign_in(client, token) -> str:
    answer = client.post("/login", data={"token": token, "csrf_token": csrf(client)},
                         follow_redirects=False)
    assert answer.status_code == 303
    return client.cookies[SESSION_COOKIE]


def save(client, cookie, name):
    client.cookies.set(SESSION_COOKIE, cookie)
    return client.post("/watchlists", data={"name": name, "countries": "PRK",
                                            "csrf_token": csrf(client)}, follow_redirects=False)


def test_each_sign_in_is_a_new_session_and_sign_out_ends_it(app):
    token = create_token(app.state.aftershock.store, "analyst")
    with TestClient(app) as client:
        first = sign_in(client, token)
        second = sign_in(client, token)
        assert first != second
        token_id = app.state.aftershock.store.api_token_by_hash(hash_token(token))["id"]
        assert first.split(".")[0] != str(token_id) and len(first.split(".")[0]) >= 40
        assert save(client, first, "one").status_code == 303
        client.cookies.set(SESSION_COOKIE, first)
        assert client.post("/logout", data={"csrf_token": csrf(client)},
                           follow_redirects=False).status_code == 303
        replayed = save(client, first, "after-logout")
        assert replayed.status_code == 401
        assert app.state.aftershock.store.watchlist("after-logout") is None
        assert save(client, second, "other-session").status_code == 303  # only that one ended


def test_a_signed_token_id_is_not_a_session(app):
    """The old cookie format (the token's id, signed) names no session."""
    store = app.state.aftershock.store
    create_token(store, "analyst")
    with TestClient(app) as client:
        forged = Signer(b"s" * 32).sign("1")
        assert save(client, forged, "forged").status_code == 401
        assert store.watchlist("forged") is None


def test_sessions_expire(app):
    token = create_token(app.state.aftershock.store, "analyst")
    now = [1000.0]
    app.state.sessions.clock = lambda: now[0]
    with TestClient(app) as client:
        cookie = sign_in(client, token)
        assert save(client, cookie, "fresh").status_code == 303
        now[0] += app.state.sessions.seconds + 1
        assert save(client, cookie, "stale").status_code == 401
        assert app.state.aftershock.store.watchlist("stale") is None
