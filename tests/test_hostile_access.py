"""Secrets and access: API tokens are stored and checked only as hashes, compared in constant
time; every write route (every POST/PUT/PATCH/DELETE in the OpenAPI schema, and every form post
among the pages) refuses a request without a valid token; webhook secrets never reach a log, a
terminal line, a stored delivery error or a read of the API."""
from __future__ import annotations

import base64
import hmac
import logging
import re
import secrets
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from aftershock.web import create_app, create_token, hash_token, security
from aftershock.web.security import SESSION_COOKIE, Signer

from .test_watch_webhook import Receiver, free_port
from .watch_helpers import seeded_app

WRITE_METHODS = {"post", "put", "patch", "delete"}
SECRET = "s3cr3t-w3bh00k-" + "k" * 24  # long and unusual: found wherever it leaks
# Form posts that are not writes behind a token: signing in (it checks the token it is given)
# and signing out (it only clears this browser's cookie). Any other form post must need a session.
FORM_POSTS_WITHOUT_SESSION = {"/login", "/logout"}


# the app and its routes ------------------------------------------------------------------------
@pytest.fixture
def app_client(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'access.db'}", secret=b"k" * 32)
    with TestClient(app, base_url="http://testserver") as client:
        yield app, client
    app.state.aftershock.store.close()


def flat_routes(routes):
    """Every endpoint route of the app (routers included lazily are opened up)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from flat_routes(inner.routes)
        elif getattr(route, "methods", None):
            yield route


def schema_body(schema: dict, components: dict):
    """A plausible value for an OpenAPI schema: the request a real client would send."""
    if "$ref" in schema:
        return schema_body(components[schema["$ref"].rsplit("/", 1)[1]], components)
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema:
            return schema_body(schema[key][0], components)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {name: schema_body(sub, components)
                for name, sub in schema.get("properties", {}).items()}
    return {"integer": 1, "number": 1.0, "boolean": True, "array": []}.get(kind, "korea")


def write_operations(app) -> list[tuple[str, str, dict | None]]:
    """(method, concrete path, JSON body) for every write operation in the OpenAPI schema."""
    spec = app.openapi()
    components = spec.get("components", {}).get("schemas", {})
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method not in WRITE_METHODS:
                continue
            body = None
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = schema_body(content["application/json"]["schema"], components)
            found.append((method, re.sub(r"\{[^}]+\}", "1", path), body))
    return found


def stored_state(app) -> tuple:
    store = app.state.aftershock.store
    return (store.watchlists(), store.ripple_list(), store.count("alerts"))


def csrf_for(client) -> str:
    page = client.get("/login").text
    return page.split('name="csrf_token" value="')[1].split('"')[0]


# tokens: hashed, compared in constant time -----------------------------------------------------
def test_the_store_holds_the_tokens_hash_never_the_token(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'tokens.db'}")
    store = app.state.aftershock.store
    token = create_token(store, "ci")
    row = store.api_token_by_hash(hash_token(token))
    assert row["token_hash"] == hash_token(token) != token
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("tokens.db*"))
    assert token.encode() not in raw  # not in the database file nor its WAL
    assert hash_token(token).encode() in raw


def test_a_token_planted_verbatim_in_the_hash_column_does_not_authenticate(app_client):
    """What a plain `presented == stored` check would accept: the stored value itself."""
    app, client = app_client
    store = app.state.aftershock.store
    planted = "ash_" + secrets.token_urlsafe(32)
    store.add_api_token("planted", planted)  # the raw token where its hash belongs
    assert security.token_record(store, planted) is None
    answer = client.post("/api/watchlists", json={"name": "k", "countries": ["PRK"]},
                         headers={"Authorization": f"Bearer {planted}"})
    assert answer.status_code == 401 and store.watchlist("k") is None
    # A stolen hash is no token either.
    real = create_token(store, "real")
    stolen = client.post("/api/watchlists", json={"name": "k", "countries": ["PRK"]},
                         headers={"Authorization": f"Bearer {hash_token(real)}"})
    assert stolen.status_code == 401 and store.watchlist("k") is None


def test_token_hashes_are_compared_in_constant_time(app_client, monkeypatch):
    app, _client = app_client
    store = app.state.aftershock.store
    token = create_token(store, "analyst")
    compared, constant_time = [], hmac.compare_digest

    def recording_compare(a, b):
        compared.append((a, b))
        return constant_time(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", recording_compare)
    assert security.token_record(store, token)["name"] == "analyst"
    assert compared == [(hash_token(token), hash_token(token))]
    compared.clear()
    assert security.token_record(store, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert security.token_record(store, "not-a-token") is None


# every write route needs a token ---------------------------------------------------------------
def test_every_write_in_the_openapi_schema_refuses_requests_without_a_valid_token(app_client):
    app, client = app_client
    store = app.state.aftershock.store
    operations = write_operations(app)
    assert {(m, p) for m, p, _ in operations} >= {
        ("post", "/api/ripples"), ("post", "/api/watchlists"), ("put", "/api/watchlists/1"),
        ("delete", "/api/watchlists/1")}  # the walk sees the API's writes
    good = create_token(store, "good")
    revoked = create_token(store, "revoked")
    store.delete_api_token("revoked")
    signed_in = Signer(b"k" * 32).sign(str(store.api_token_by_hash(hash_token(good))["id"]))
    bad_credentials = {
        "no header": {},
        "wrong token": {"Authorization": f"Bearer ash_{secrets.token_urlsafe(32)}"},
        "revoked token": {"Authorization": f"Bearer {revoked}"},
        "the token's hash": {"Authorization": f"Bearer {hash_token(good)}"},
        "empty bearer": {"Authorization": "Bearer "},
        "basic auth": {"Authorization": "Basic " + base64.b64encode(
            f"good:{good}".encode()).decode()},
        "token as a query": {"X-Token": good},
        "session cookie only": {"Cookie": f"{SESSION_COOKIE}={signed_in}"},
        "oversized token": {"Authorization": f"Bearer ash_{'x' * 5000}"},
    }
    before = stored_state(app)
    for method, path, body in operations:
        for what, headers in bad_credentials.items():
            answer = client.request(method.upper(), path, json=body, headers=headers,
                                    params={"token": good} if what == "token as a query" else None)
            assert answer.status_code in (401, 403), (method, path, what, answer.status_code,
                                                      answer.text[:200])
            if answer.status_code == 401:
                assert answer.headers.get("www-authenticate", "").startswith("Bearer")
        assert stored_state(app) == before, (method, path)
    # ... and with the valid token every one of them gets past the check.
    auth = {"Authorization": f"Bearer {good}"}
    for method, path, body in operations:
        answer = client.request(method.upper(), path, json=body, headers=auth)
        assert answer.status_code not in (401, 403), (method, path, answer.text[:200])
    created = client.post("/api/watchlists", json={"name": "korea", "countries": ["PRK"]},
                          headers=auth)
    assert created.status_code == 201 and store.watchlist("korea")
    assert client.put("/api/watchlists/korea", json={"countries": ["KOR"]},
                      headers=auth).status_code == 200
    assert store.watchlist("korea")["spec"]["countries"] == ["KOR"]
    assert client.delete("/api/watchlists/korea", headers=auth).status_code == 204
    assert store.watchlist("korea") is None


def test_every_form_post_needs_a_signed_in_session(app_client):
    app, client = app_client
    store = app.state.aftershock.store
    routes = [(method.lower(), route.path) for route in flat_routes(app.routes)
              for method in route.methods if method.lower() in WRITE_METHODS]
    api = {(m, re.sub(r"\{[^}]+\}", "1", p)) for m, p, _ in write_operations(app)}
    forms = sorted((m, p) for m, p in routes if (m, re.sub(r"\{[^}]+\}", "1", p)) not in api)
    assert not [p for _, p in forms if p.startswith("/api/")], \
        f"API write routes missing from the OpenAPI schema: {forms}"
    assert {p for _, p in forms} >= FORM_POSTS_WITHOUT_SESSION
    store.save_watchlist("1", {"name": "1", "countries": ["PRK"]})
    csrf = csrf_for(client)
    before = stored_state(app)
    for method, path in forms:
        if path in FORM_POSTS_WITHOUT_SESSION:
            continue
        url = re.sub(r"\{[^}]+\}", "1", path)
        form = {"name": "intruder", "countries": "PRK", "csrf_token": csrf}
        anonymous = client.request(method.upper(), url, data=form)
        assert anonymous.status_code in (401, 403), (path, anonymous.status_code)
        client.cookies.set(SESSION_COOKIE, Signer(b"other secret" * 3).sign("1"))
        forged = client.request(method.upper(), url, data=form)
        client.cookies.delete(SESSION_COOKIE)
        assert forged.status_code in (401, 403), (path, "forged session")
        no_csrf = client.request(method.upper(), url, data={"name": "intruder"})
        assert no_csrf.status_code == 403, (path, "no CSRF token")
        wrong_token = client.request(method.upper(), url, data=form, headers={
            "Authorization": f"Bearer ash_{secrets.token_urlsafe(32)}"})
        assert wrong_token.status_code in (401, 403), (path, "bearer instead of session")
    assert stored_state(app) == before
    # Signing in with a wrong token is refused; signing out writes nothing.
    refused = client.post("/login", data={"token": "ash_" + secrets.token_urlsafe(32),
                                          "csrf_token": csrf})
    assert refused.status_code == 401 and SESSION_COOKIE not in refused.cookies
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False
                       ).status_code == 303
    assert stored_state(app) == before
    # A real session may write through the form.
    token = create_token(store, "analyst")
    assert client.post("/login", data={"token": token, "csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    saved = client.post("/watchlists", data={"name": "mine", "countries": "KOR",
                                             "csrf_token": csrf}, follow_redirects=False)
    assert saved.status_code == 303 and store.watchlist("mine")["spec"]["countries"] == ["KOR"]


def test_static_files_refuse_writes(app_client):
    _app, client = app_client
    assert client.post("/static/app.css", content=b"x").status_code in (404, 405)
    assert client.delete("/static/app.css").status_code in (404, 405)


# webhook secrets ------------------------------------------------------------------------------
def korea_watchlist(*urls: str) -> dict:
    return {"name": "korea", "countries": ["PRK"], "rules": {"anomaly": False, "ripple": False},
            "deliver": [{"webhook": url, "secret": SECRET, "retries": 2, "backoff": 0.0,
                         "timeout": 2} for url in urls]}


def test_webhook_secrets_never_reach_logs_output_or_stored_errors(tmp_path, caplog, capsys,
                                                                  monkeypatch):
    monkeypatch.setenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS", "127.0.0.0/8")  # the receiver is local
    caplog.set_level(logging.DEBUG)  # root, httpx and httpcore at their chattiest
    for name in ("httpx", "httpcore", "aftershock"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    flaky, refusing = Receiver(), Receiver()
    flaky.fail_next = 2  # 503 twice, then delivered on the third try
    refusing.fail_next = 10  # 503 on every attempt: fails after its retries
    closed = free_port()  # nothing listens: connection refused on every attempt
    try:
        app = seeded_app(tmp_path)
        app.add_watchlist(korea_watchlist(f"http://127.0.0.1:{flaky.port}/hook",
                                          f"http://127.0.0.1:{refusing.port}/hook",
                                          f"http://127.0.0.1:{closed}/hook"))
        said = []
        first = app.run_watchlists(echo=said.append)
        second = app.run_watchlists(echo=said.append)  # the failed channels are retried
    finally:
        flaky.close()
        refusing.close()
    assert first.delivery["delivered"] >= 1 and first.delivery["failed"] >= 2
    assert second.delivery["failed"] >= 2
    assert flaky.requests and "X-Aftershock-Signature" in flaky.requests[0]["headers"]
    logged = "\n".join(f"{r.name} {r.levelname} {r.getMessage()} {r.args!r} {r.exc_text or ''}"
                       for r in caplog.records)
    assert "127.0.0.1" in logged  # the HTTP client did log its requests
    out, err = capsys.readouterr()
    stored_errors = [d.get("last_error") or "" for a in app.store.alerts("korea", limit=50)
                     for d in app.store.alert_deliveries(a["id"])]
    assert any(stored_errors)
    for where, text in {"logs": logged, "echo": "\n".join(said), "stdout": out, "stderr": err,
                        "delivery errors": "\n".join(stored_errors),
                        "run reports": repr(first) + repr(second)}.items():
        assert SECRET not in text, f"the webhook secret appears in {where}"


def test_webhook_secrets_are_hidden_from_reads_and_the_cli(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist(korea_watchlist("https://hooks.example/aftershock"))
    web = create_app(aftershock=app)
    with TestClient(web) as client:
        listed = client.get("/api/watchlists")
        one = client.get("/api/watchlists/korea")
        page = client.get("/watchlists")
        token = create_token(app.store, "ops")
        auth = {"Authorization": f"Bearer {token}"}
        # a spec sent back as it was read keeps its stored secret
        spec = one.json()["spec"]
        spec["countries"] = ["PRK", "KOR"]
        replaced = client.put("/api/watchlists/korea", json=spec, headers=auth)
        new_hook = {**spec, "deliver": [{**spec["deliver"][0],
                                         "url": "https://other.example/hook"}]}
        refused = client.put("/api/watchlists/korea", json=new_hook, headers=auth)
    for answer in (listed, one, page, replaced):
        assert answer.status_code == 200 and SECRET not in answer.text
    assert one.json()["spec"]["deliver"][0]["secret"] == "(hidden)"
    stored = app.store.watchlist("korea")["spec"]
    assert stored["deliver"][0]["secret"] == SECRET and stored["countries"] == ["PRK", "KOR"]
    assert refused.status_code == 400 and "no stored secret" in refused.json()["error"]
    db = app.store.url
    listing = subprocess.run([sys.executable, "-m", "aftershock.cli", "watch", "list", "--db", db,
                              "--alerts", "5"], capture_output=True, text=True, timeout=120,
                             check=False)
    assert listing.returncode == 0 and "korea" in listing.stdout
    assert SECRET not in listing.stdout + listing.stderr
