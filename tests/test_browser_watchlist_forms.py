"""In Chromium: sign in with an API token, add and delete a watchlist through the forms; a form
posted from another origin (no CSRF token) changes nothing."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from aftershock.web import create_token

from .web_fixtures import PageWatch, browser, empty_server  # noqa: F401

pytestmark = pytest.mark.slow


def test_sign_in_add_and_delete_a_watchlist(browser, empty_server):  # noqa: F811
    token = create_token(empty_server.store, "analyst")
    watch = PageWatch(browser, empty_server.url)
    try:
        watch.open("/watchlists")
        assert watch.page.locator("#watchlist-form").count() == 0  # read-only until signed in
        watch.open("/login")
        watch.page.fill("input[name='token']", "ash_not-a-real-token")
        watch.page.click("#login-form button")
        watch.page.wait_for_load_state("networkidle")
        assert "not valid" in watch.page.inner_text("main")
        watch.forget(401)  # asserted just above

        watch.page.fill("input[name='token']", token)
        watch.page.click("#login-form button")
        watch.page.wait_for_load_state("networkidle")
        assert watch.page.url.endswith("/watchlists")
        assert "signed in as analyst" in watch.page.inner_text("header")

        watch.page.fill("input[name='name']", "peninsula")
        watch.page.select_option("select[name='regions']", "korean-peninsula")
        watch.page.fill("input[name='countries']", "prk, KOR")
        watch.page.fill("input[name='dyads']", "PRK>USA")
        watch.page.fill("input[name='keywords']", "missile")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        saved = empty_server.store.watchlist("peninsula")
        assert saved["spec"]["countries"] == ["PRK", "KOR"]
        assert saved["spec"]["regions"] == ["korean-peninsula"]
        assert "peninsula" in watch.page.locator("table.watchlists").inner_text()
        watch.shot("watchlists-signed-in")

        watch.page.fill("input[name='name']", "bad")
        watch.page.fill("input[name='countries']", "Narnia")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        assert "Narnia" in watch.page.locator("p.error").inner_text()
        assert empty_server.store.watchlist("bad") is None
        watch.forget(400)  # asserted just above

        watch.page.click("table.watchlists button.danger")
        watch.page.wait_for_load_state("networkidle")
        assert empty_server.store.watchlist("peninsula") is None
        watch.assert_clean()
    finally:
        watch.close()


def test_cross_origin_form_post_changes_nothing(browser, empty_server):  # noqa: F811
    token = create_token(empty_server.store, "victim")
    target = empty_server.url
    attack = (f'<!DOCTYPE html><form id="f" method="post" action="{target}/watchlists">'
              '<input name="name" value="evil"><input name="countries" value="PRK">'
              '<input name="csrf_token" value="guessed"><button>go</button></form>').encode()

    class Attacker(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(attack)

        def log_message(self, *args):
            pass

    evil = ThreadingHTTPServer(("127.0.0.1", 0), Attacker)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{target}/login")  # the victim signs in on the real site first
        page.fill("input[name='token']", token)
        page.click("#login-form button")
        page.wait_for_load_state("networkidle")
        assert "signed in as victim" in page.inner_text("header")

        page.goto(f"http://localhost:{evil.server_address[1]}/")
        with page.expect_response(f"{target}/watchlists") as posted:
            page.click("#f button")
        assert posted.value.status == 403
        assert empty_server.store.watchlist("evil") is None
    finally:
        context.close()
        evil.shutdown()
