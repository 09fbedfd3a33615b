"""E-mail delivery to a real SMTP server (aiosmtpd) on loopback, including a server that is down
and then back: each alert arrives exactly once."""
import email
import json
import socket

import pytest
from aiosmtpd.controller import Controller

from .watch_helpers import seeded_app


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_smtp(port: int) -> tuple[Controller, Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, inbox


def watchlist(port: int) -> dict:
    return {"name": "korea", "countries": ["PRK"], "rules": {"anomaly": False, "ripple": False},
            "deliver": [{"type": "email", "to": ["desk@news.example", "duty@news.example"],
                         "from": "alerts@aftershock.example", "smtp_host": "127.0.0.1",
                         "smtp_port": port, "retries": 1, "backoff": 0.01, "timeout": 5}]}


@pytest.fixture(autouse=True)
def loopback_allowed(monkeypatch):
    """The test SMTP server listens on loopback, which the address guard refuses by default."""
    monkeypatch.setenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS", "127.0.0.0/8")


@pytest.fixture
def smtp():
    port = free_port()
    controller, inbox = start_smtp(port)
    yield port, inbox
    controller.stop()


def test_alerts_are_mailed_with_evidence_and_a_json_copy(tmp_path, smtp):
    port, inbox = smtp
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(port))
    report = app.run_watchlists(echo=lambda text: None)
    assert report.delivery == {"delivered": 2, "failed": 0, "errors": []}
    assert len(inbox.messages) == 2
    sender, recipients, message = inbox.messages[0]
    assert sender == "alerts@aftershock.example"
    assert recipients == ["desk@news.example", "duty@news.example"]
    assert message["Subject"] == "[aftershock] korea: New story: Headline about launch"
    parts = [p for p in message.walk() if not p.is_multipart()]
    text = parts[0].get_payload(decode=True).decode()
    assert "North Korea fired two ballistic missiles" in text
    assert "https://wire.example/launch" in text
    attached = json.loads(parts[1].get_payload(decode=True))
    assert attached["rule"] == "new_story" and attached["id"] == report.fired[0]["id"]
    assert app.store.alerts(undelivered=True) == []


def test_smtp_down_then_up_delivers_each_alert_once(tmp_path):
    port = free_port()
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(port))
    down = app.run_watchlists(echo=lambda text: None)
    assert down.delivery["failed"] == 2 and "after 2 attempts" in down.delivery["errors"][0]
    controller, inbox = start_smtp(port)
    try:
        up = app.run_watchlists(echo=lambda text: None)
        again = app.run_watchlists(echo=lambda text: None)
    finally:
        controller.stop()
    assert up.delivery["delivered"] == 2 and again.delivery["delivered"] == 0
    subjects = sorted(m["Subject"] for _, _, m in inbox.messages)
    assert subjects == ["[aftershock] korea: New story: Headline about drills",
                        "[aftershock] korea: New story: Headline about launch"]


def test_smtp_hosts_pass_the_address_guard(tmp_path, smtp, monkeypatch):
    """Loopback, private and metadata SMTP hosts are refused (not retried) unless allowed."""
    port, inbox = smtp
    monkeypatch.delenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS")
    app = seeded_app(tmp_path)
    for host in ("127.0.0.1", "localhost", "169.254.169.254", "10.1.2.3", "::1"):
        spec = watchlist(port)
        spec["deliver"][0]["smtp_host"] = host
        app.add_watchlist(spec)
        report = app.run_watchlists(echo=lambda text: None)
        assert report.delivery["failed"] == 2 and report.delivery["delivered"] == 0, host
        assert all("not tried: refused" in e and "AFTERSHOCK_FETCH_ALLOW_NETWORKS" in e
                   for e in report.delivery["errors"]), report.delivery["errors"]
    assert inbox.messages == []
    monkeypatch.setenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS", "127.0.0.0/8")
    app.add_watchlist(watchlist(port))
    assert app.run_watchlists(echo=lambda text: None).delivery["delivered"] == 2
    assert len(inbox.messages) == 2


def test_a_password_variable_off_the_allow_list_is_never_read(tmp_path, smtp, monkeypatch):
    """A spec stored past validation names HOME: `watch run` skips that watchlist naming the
    field, and the channel itself refuses the name without reading the variable."""
    from aftershock.watch import DeliveryError, EmailChannel
    port, inbox = smtp
    app = seeded_app(tmp_path)
    app.add_watchlist(watchlist(port))
    stored = app.store.watchlist("korea")["spec"]
    stored["deliver"][0].update(username="desk", password_env="HOME", retries=0)
    app.store.save_watchlist("korea", stored)
    monkeypatch.setenv("HOME", "/root-secret-value")
    report = app.run_watchlists(echo=lambda text: None)
    assert report.fired == [] and inbox.messages == []
    assert "deliver[0].password_env: 'HOME' is not an environment variable" in report.invalid[0]
    alert = {"id": 1, "payload": {"watchlist": "korea", "title": "t", "rule": "new_story",
                                  "at": "2026-01-04T08:00:00", "summary": "s"}}
    with pytest.raises(DeliveryError, match="password_env 'HOME' is not an environment variable"):
        EmailChannel(stored["deliver"][0]).send(alert)
    assert inbox.messages == []
