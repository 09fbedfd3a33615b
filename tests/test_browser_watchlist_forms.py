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
        watch.page.select_option("select[name='regions']", ["korean-peninsula", "baltic-states"])
        watch.page.fill("input[name='countries']", "Narnia")
        watch.page.fill("input[name='dyads']", "PRK>USA")
        watch.page.fill("input[name='keywords']", "missile, drills")
        watch.page.fill("input[name='cooldown']", "soon")
        watch.page.fill("input[name='webhook_url']", "ftp://hooks.example/x")
        watch.page.fill("input[name='email_to']", "desk@news.example")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        problems = watch.page.locator("#form-errors li").all_inner_texts()
        assert len(problems) == 3, problems  # one line per bad field
        assert any("Narnia" in p for p in problems) and any("cooldown" in p for p in problems)
        assert any("url" in p for p in problems)
        assert empty_server.store.watchlist("bad") is None
        # Every field still holds what was typed.
        form = watch.page.locator("#watchlist-form")
        assert form.locator("input[name='name']").input_value() == "bad"
        assert form.locator("input[name='countries']").input_value() == "Narnia"
        assert form.locator("input[name='dyads']").input_value() == "PRK>USA"
        assert form.locator("input[name='keywords']").input_value() == "missile, drills"
        assert form.locator("input[name='cooldown']").input_value() == "soon"
        assert form.locator("input[name='webhook_url']").input_value() == "ftp://hooks.example/x"
        assert form.locator("input[name='email_to']").input_value() == "desk@news.example"
        assert sorted(form.locator("select[name='regions'] option:checked").evaluate_all(
            "os => os.map(o => o.value)")) == ["baltic-states", "korean-peninsula"]
        watch.forget(400)  # asserted just above

        # Fixed, it saves every field: two regions, cooldown, webhook with a secret, e-mail.
        form.locator("input[name='countries']").fill("JPN")
        form.locator("input[name='cooldown']").fill("6h")
        form.locator("input[name='webhook_url']").fill("https://hooks.example/x")
        form.locator("input[name='webhook_secret']").fill("s3cret")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        spec = empty_server.store.watchlist("bad")["spec"]
        assert spec["regions"] == ["korean-peninsula", "baltic-states"]
        assert spec["cooldown"] == 6 * 3600
        hooks = [c for c in spec["deliver"] if c["type"] == "webhook"]
        assert [(c["url"], c["secret"]) for c in hooks] == [("https://hooks.example/x", "s3cret")]
        assert [c["to"] for c in spec["deliver"] if c["type"] == "email"] == [
            ["desk@news.example"]]
        assert "s3cret" not in watch.page.content()

        # Edit: the form opens with the stored values; the secret is kept when left empty.
        watch.page.click("table.watchlists tr:has-text('bad') a.edit")
        watch.page.wait_for_load_state("networkidle")
        assert watch.page.url.endswith("/watchlists/bad/edit")
        form = watch.page.locator("#watchlist-form")
        assert form.locator("input[name='cooldown']").input_value() == "6h"
        assert form.locator("input[name='countries']").input_value() == "JPN"
        assert form.locator("input[name='webhook_secret']").input_value() == ""
        form.locator("input[name='keywords']").fill("missile")
        form.locator("input[name='cooldown']").fill("bogus")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        assert watch.page.locator("#form-errors li").count() == 1
        assert form.locator("input[name='keywords']").input_value() == "missile"
        watch.forget(400)
        form.locator("input[name='cooldown']").fill("2h")
        watch.page.click("#watchlist-form button")
        watch.page.wait_for_load_state("networkidle")
        spec = empty_server.store.watchlist("bad")["spec"]
        assert spec["keywords"] == ["missile"] and spec["cooldown"] == 2 * 3600
        assert [c["secret"] for c in spec["deliver"] if c["type"] == "webhook"] == ["s3cret"]
        assert empty_server.store.watchlist("bad")["spec"]["regions"] == [
            "korean-peninsula", "baltic-states"]
        watch.page.click("table.watchlists tr:has-text('bad') button.danger")
        watch.page.wait_for_load_state("networkidle")

        watch.page.click("table.watchlists tr:has-text('peninsula') button.danger")
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
