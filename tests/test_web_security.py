"""Security of the web app: strict headers, escaped hostile text in every HTML page, forms that
need a CSRF token from the same origin, tokens stored only as hashes."""
from __future__ import annotations

import re

import httpx
import pytest
from sqlalchemy import text

from aftershock.web import create_token, hash_token

from .web_fixtures import empty_server, hostile_db, hostile_server  # noqa: F401

# What the fixture articles carry, as raw markup; only escaped forms may reach a page.
RAW_PAYLOADS = ["<script>window.__pwned", "<img src=x onerror", "<a href=\"javascript:",
                "<a href=javascript:", "<svg onload", "<iframe src=\"javascript:", "<body onload",
                "<style>body{display:none}", "<math><mtext>", "<em>peninsula</em>",
                "<b onmouseover", "</script><script>"]
LIVE_HANDLER = re.compile(r"<[a-z][^<>]*(\son\w+\s*=|\s(href|src)\s*=\s*[\"']?\s*javascript:)",
                          re.IGNORECASE)  # a real tag with an event handler or a javascript: URL


def _csrf(page_html: str) -> str:
    return page_html.split('name="csrf_token" value="')[1].split('"')[0]


def test_pages_escape_hostile_article_text(hostile_server):  # noqa: F811
    story = hostile_server.store.stories()[0]
    ripple = hostile_server.store.ripple_list()[0]
    with httpx.Client(base_url=hostile_server.url, timeout=60) as client:
        for path in ["/", "/stories", "/stories?q=Pyongyang", f"/stories/{story['id']}",
                     "/storylines?all=1", f"/ripples/{ripple['id']}", "/ripples",
                     "/countries/PRK", "/dyads/PRK/USA", "/regions/korean-peninsula",
                     "/network", "/map",
                     f"/api/stories/{story['id']}/brief?format=html",
                     f"/api/ripples/{ripple['id']}/brief?format=html"]:
            page = client.get(path)
            assert page.status_code == 200, path
            for payload in RAW_PAYLOADS:
                assert payload.lower() not in page.text.lower(), (path, payload)
            assert not LIVE_HANDLER.search(page.text), (path, LIVE_HANDLER.search(page.text))
            island = re.search(r'id="page-data">(.*?)</script>', page.text, re.DOTALL)
            if island:
                assert "<" not in island.group(1) and "</script" not in island.group(1).lower()
        detail = client.get(f"/stories/{story['id']}").text
        assert "&lt;script&gt;window.__pwned=&#39;title&#39;" in detail
        assert 'href="javascript:' not in detail.lower()


def test_every_page_carries_strict_headers(hostile_server):  # noqa: F811
    with httpx.Client(base_url=hostile_server.url) as client:
        page = client.get("/")
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        assert "object-src 'none'" in csp and "frame-ancestors 'self'" in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["x-frame-options"] == "SAMEORIGIN"
        cookie = page.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        api = client.get("/api/stories")
        assert api.headers["content-security-policy"] == csp
        assert client.get("/nope").status_code == 404


def test_forms_need_the_csrf_token_and_the_same_origin(empty_server):  # noqa: F811
    token = create_token(empty_server.store, "analyst")
    with httpx.Client(base_url=empty_server.url) as client:
        csrf = _csrf(client.get("/login").text)
        assert client.post("/login", data={"token": token}).status_code == 403
        assert client.post("/login", data={"token": token, "csrf_token": "0" * 64}
                           ).status_code == 403
        foreign = client.post("/login", data={"token": token, "csrf_token": csrf},
                              headers={"Origin": "http://evil.example"})
        assert foreign.status_code == 403 and "another origin" in foreign.text
        assert client.post("/login", data={"token": token, "csrf_token": csrf}
                           ).status_code == 303
        form = {"name": "k", "countries": "PRK", "csrf_token": csrf}
        assert client.post("/watchlists", data={**form, "csrf_token": ""}).status_code == 403
        assert empty_server.store.watchlist("k") is None
        assert client.post("/watchlists", data=form).status_code == 303
        assert empty_server.store.watchlist("k")["spec"]["countries"] == ["PRK"]
    with httpx.Client(base_url=empty_server.url) as stranger:  # CSRF token but no session
        csrf = _csrf(stranger.get("/login").text)
        denied = stranger.post("/watchlists", data={"name": "x", "countries": "KOR",
                                                    "csrf_token": csrf})
        assert denied.status_code == 401 and empty_server.store.watchlist("x") is None


def test_tokens_are_stored_only_as_hashes(empty_server):  # noqa: F811
    token = create_token(empty_server.store, "ci")
    assert token.startswith("ash_") and len(token) > 40
    with empty_server.store.connect() as conn:
        rows = conn.execute(text("SELECT * FROM api_tokens")).all()
    dumped = repr(rows)
    assert token not in dumped and hash_token(token) in dumped
    with pytest.raises(ValueError, match="already exists"):
        create_token(empty_server.store, "ci")
    with pytest.raises(ValueError, match="needs a name"):
        create_token(empty_server.store, "  ")
    assert empty_server.store.delete_api_token("ci") is True
    with httpx.Client(base_url=empty_server.url) as client:
        revoked = client.delete("/api/watchlists/x", headers={"Authorization": f"Bearer {token}"})
        assert revoked.status_code == 401
