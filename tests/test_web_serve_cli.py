"""`aftershock serve` binds loopback by default and says where it listens; `aftershock token`
creates, lists and revokes tokens."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.store import Store
from aftershock.web import hash_token
from aftershock.web.server import is_loopback, start_message

from .web_fixtures import free_port


def test_start_message_says_whether_others_can_reach_it():
    assert "loopback only" in start_message("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in start_message("127.0.0.1", 8000)
    assert "http://[::1]:9000/" in start_message("::1", 9000)
    assert "other machines can reach it" in start_message("0.0.0.0", 8000)
    assert is_loopback("localhost") and is_loopback("127.0.0.2") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


def test_serve_starts_on_loopback_and_answers(tmp_path):
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    port = free_port()
    env = {**os.environ, "AFTERSHOCK_DB": db}
    process = subprocess.Popen([sys.executable, "-m", "aftershock.cli", "serve", "--port",
                                str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=env, text=True)
    try:
        first_line = process.stdout.readline()
        assert first_line.strip() == start_message("127.0.0.1", port)
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert response.json() == {"stories": [], "next_cursor": None}
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["info"]["title"] == \
            "aftershock"
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)


def test_serve_refuses_a_bad_database_url(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", f"sqlite:///{tmp_path}/no/such/x.db"])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_token_create_list_revoke(tmp_path):
    db = f"sqlite:///{tmp_path / 'tokens.db'}"
    runner = CliRunner()
    created = runner.invoke(main, ["token", "create", "analyst", "--db", db])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip().splitlines()[0]
    assert token.startswith("ash_")
    store = Store(db)
    assert store.api_token_by_hash(hash_token(token))["name"] == "analyst"
    store.close()
    again = runner.invoke(main, ["token", "create", "analyst", "--db", db])
    assert again.exit_code == 1 and "already exists" in again.output
    listed = runner.invoke(main, ["token", "list", "--db", db])
    assert "analyst" in listed.output and token not in listed.output
    assert runner.invoke(main, ["token", "revoke", "analyst", "--db", db]).exit_code == 0
    missing = runner.invoke(main, ["token", "revoke", "analyst", "--db", db])
    assert missing.exit_code == 1 and "no token named 'analyst'" in missing.output


def test_serve_runs_the_watchlists_on_a_schedule(tmp_path):
    """`serve --watch-every` runs the stored watchlists in the server process, again and again."""
    from aftershock.web.server import WatchSchedule
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    store = Store(db)
    store.save_watchlist("quiet", {"name": "quiet", "countries": ["PRK"]})
    store.close()
    lines: list[str] = []
    schedule = WatchSchedule(db, 0.05, echo=lines.append).start()
    try:
        deadline = time.monotonic() + 20
        while schedule.runs < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        schedule.stop()
    assert schedule.runs >= 2 and not schedule.thread.is_alive()
    assert sum(line.startswith("watch: 0 alerts fired") for line in lines) >= 2, lines
    result = CliRunner().invoke(main, ["serve", "--watch-every", "soon", "--db", db])
    assert result.exit_code == 2 and "--watch-every" in result.output
