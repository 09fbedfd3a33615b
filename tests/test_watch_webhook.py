"""Webhook delivery to a real HTTP server on loopback: signed JSON, retries, and a receiver that is
down and then back gets each alert exactly once."""
import hashlib
import hmac
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .watch_helpers import seeded_app

SECRET = "correct horse battery staple"


class Receiver:
    """A loopback HTTP server that records POSTs; `fail_next` answers 503 that many times."""

    def __init__(self, port: int = 0):
        self.requests: list[dict] = []
        self.fail_next = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.fail_next:
                    receiver.fail_next -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                receiver.requests.append({"headers": dict(self.headers), "body": body,
                                          "path": self.path})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def watchlist(port: int, **channel) -> dict:
    return {"name": "korea", "countries": ["PRK"], "rules": {"anomaly": False, "ripple": False},
            "deliver": [{"webhook": f"http://127.0.0.1:{port}/hooks/aftershock",
                         "secret": SECRET, "retries": 2, "backoff": 0.01, "timeout": 2,
                         **channel}]}


@pytest.fixture(autouse=True)
def allow_loopback(monkeypatch):
    """The receivers run on loopback, which webhook delivery refuses unless allowed explicitly."""
    monkeypatch.setenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS", "127.0.0.0/8,::1")


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def test_alerts_arrive_as_signed_json(tmp_path, receiver):
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(receiver.port))
    report = app.run_watchlists(echo=lambda text: None)
    assert report.delivery["delivered"] == 2 and report.delivery["failed"] == 0
    assert len(receiver.requests) == 2
    for request in receiver.requests:
        headers, body = request["headers"], request["body"]
        assert request["path"] == "/hooks/aftershock"
        assert headers["Content-Type"] == "application/json"
        expected = hmac.new(SECRET.encode(), headers["X-Aftershock-Timestamp"].encode() + b"."
                            + body, hashlib.sha256).hexdigest()
        assert headers["X-Aftershock-Signature"] == f"sha256={expected}"
        document = json.loads(body)
        assert str(document["id"]) == headers["X-Aftershock-Delivery"]
        assert document["watchlist"] == "korea" and document["rule"] == "new_story"
        assert document["evidence"] and document["evidence"][0]["url"].startswith("https://")
    assert app.store.alerts(undelivered=True) == []


def test_a_tampered_body_does_not_match_the_signature(tmp_path, receiver):
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(receiver.port))
    app.run_watchlists(echo=lambda text: None)
    request = receiver.requests[0]
    forged = request["body"].replace(b"korea", b"k0rea")
    digest = hmac.new(SECRET.encode(), request["headers"]["X-Aftershock-Timestamp"].encode()
                      + b"." + forged, hashlib.sha256).hexdigest()
    assert request["headers"]["X-Aftershock-Signature"] != f"sha256={digest}"


def test_server_errors_are_retried_with_backoff(tmp_path, receiver):
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(receiver.port))
    receiver.fail_next = 2  # two 503s, then success: within 1 + 2 retries
    waits = []
    from aftershock.watch import run_watchlists
    report = run_watchlists(app, echo=lambda text: None, sleep=waits.append)
    assert report.delivery["failed"] == 0 and len(receiver.requests) == 2
    assert waits == [0.01, 0.02]  # exponential backoff before the 2nd and 3rd attempts
    [delivery] = app.store.alert_deliveries(report.fired[0]["id"])
    assert delivery["attempts"] == 1 and delivery["delivered_at"]


def test_receiver_down_then_up_delivers_each_alert_once(tmp_path):
    port = free_port()
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(port))
    down = app.run_watchlists(echo=lambda text: None)
    assert len(down.fired) == 2 and down.delivery["delivered"] == 0
    assert down.delivery["failed"] == 2 and "after 3 attempts" in down.delivery["errors"][0]
    assert len(app.store.alerts(undelivered=True)) == 2  # not lost
    receiver = Receiver(port)
    try:
        up = app.run_watchlists(echo=lambda text: None)
        assert up.fired == [] and up.delivery["delivered"] == 2
        again = app.run_watchlists(echo=lambda text: None)
        assert again.delivery["delivered"] == 0
        ids = sorted(json.loads(r["body"])["id"] for r in receiver.requests)
        assert ids == sorted(a["id"] for a in down.fired)  # each exactly once
    finally:
        receiver.close()
    assert app.store.alerts(undelivered=True) == []
    deliveries = app.store.alert_deliveries(down.fired[0]["id"])
    assert deliveries[0]["attempts"] == 2 and deliveries[0]["last_error"] is None


def test_a_client_error_is_not_retried(tmp_path):
    class Refuser(Receiver):
        pass

    refuser = Refuser()
    refuser.server.RequestHandlerClass.do_POST = lambda self: (
        self.rfile.read(int(self.headers["Content-Length"])), self.send_response(410),
        self.end_headers(), refuser.requests.append({}))
    try:
        app = seeded_app(tmp_path)
        app.add_watchlist(watchlist(refuser.port))
        report = app.run_watchlists(echo=lambda text: None)
        assert report.delivery["failed"] == 2 and len(refuser.requests) == 2
        assert "answered 410; not retried" in report.delivery["errors"][0]
    finally:
        refuser.close()


def test_a_channel_that_delivered_is_not_repeated_when_another_fails(tmp_path, receiver):
    app = seeded_app(tmp_path)
    spec = watchlist(receiver.port)
    spec["deliver"].append({"webhook": f"http://127.0.0.1:{free_port()}/", "retries": 0})
    app.add_watchlist(spec)
    first = app.run_watchlists(echo=lambda text: None)
    second = app.run_watchlists(echo=lambda text: None)
    assert first.delivery["failed"] == 2 and second.delivery["failed"] == 2
    assert len(receiver.requests) == 2  # the working receiver got each alert once
    assert len(app.store.alerts(undelivered=True)) == 2


@pytest.mark.parametrize("host", ["127.0.0.1", "169.254.169.254", "10.1.2.3", "localhost"])
def test_a_hook_on_an_address_that_is_not_allowed_is_refused_not_retried(tmp_path, monkeypatch,
                                                                         receiver, host):
    monkeypatch.delenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS")
    app = seeded_app(tmp_path)
    spec = watchlist(receiver.port)
    spec["deliver"][0]["webhook"] = f"http://{host}:{receiver.port}/hooks/aftershock"
    app.add_watchlist(spec)
    waits = []
    from aftershock.watch import run_watchlists
    report = run_watchlists(app, echo=lambda text: None, sleep=waits.append)
    assert report.delivery["delivered"] == 0 and report.delivery["failed"] == 2
    assert "not sent: refused" in report.delivery["errors"][0]
    assert waits == [] and receiver.requests == []  # refused before connecting, no retry
    assert len(app.store.alerts(undelivered=True)) == 2  # kept for when the hook is fixed


def test_a_webhook_signs_with_its_secret_env_and_is_never_sent_unsigned(tmp_path, receiver,
                                                                        monkeypatch):
    monkeypatch.delenv("AFTERSHOCK_HOOK_SECRET", raising=False)
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(receiver.port, secret=None, secret_env="AFTERSHOCK_HOOK_SECRET"))
    unset = app.run_watchlists(echo=lambda text: None)
    assert unset.delivery["failed"] == 2 and receiver.requests == []
    assert "secret_env is not set here; alerts are never sent unsigned" in \
        unset.delivery["errors"][0]
    monkeypatch.setenv("AFTERSHOCK_HOOK_SECRET", SECRET)
    assert app.run_watchlists(echo=lambda text: None).delivery["delivered"] == 2
    first = receiver.requests[0]
    signed = first["headers"]["X-Aftershock-Timestamp"].encode() + b"." + first["body"]
    assert first["headers"]["X-Aftershock-Signature"] == \
        "sha256=" + hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest()


def test_a_host_that_does_not_resolve_fails_each_alert_and_the_run_goes_on(tmp_path, receiver):
    """`watch run` reports the failure per alert (rc 1, no traceback) and still delivers on the
    watchlist's other channels."""
    from click.testing import CliRunner

    from aftershock.cli import main
    app = seeded_app(tmp_path)
    spec = watchlist(receiver.port)
    spec["deliver"].insert(0, {"webhook": "http://no-such-host.invalid/hook", "retries": 1,
                               "backoff": 0})
    app.add_watchlist(spec)
    result = CliRunner().invoke(main, ["watch", "run", "--db", app.store.url])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("delivery failed")]
    assert len(failed) == 2 and all("no-such-host.invalid" in line and "cannot resolve" in line
                                    for line in failed)
    assert "2 deliveries, 2 failed" in result.output
    assert len(receiver.requests) == 2
