"""Alert delivery: terminal, webhook (signed JSON POST with retries) and e-mail over SMTP.

Channels are looked up by name in `CHANNELS`, so another notifier can be registered beside them.
A webhook body is the alert as JSON; headers carry `X-Aftershock-Delivery` (the alert id, for
receivers that deduplicate), `X-Aftershock-Timestamp` and `X-Aftershock-Signature:
sha256=<hex>`, the HMAC-SHA256 of "<timestamp>.<body>" under the shared secret. Connection errors,
timeouts, 429 and 5xx answers are retried with exponential backoff; other answers are final.
Webhook URLs and SMTP hosts pass the fetch address guard (`aftershock.ingest.netguard`): a hook
or mail server on a loopback, private or metadata address is refused, not retried, unless its
network is allowed in $AFTERSHOCK_FETCH_ALLOW_NETWORKS. A host that does not resolve is a failed
(retried) delivery of that alert, never a crash. Secrets come only from the environment variables
`aftershock.watch.secret_env` allows; a channel whose secret is not set is not sent at all.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import time
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from email.utils import formatdate

import httpx

from aftershock import __version__
from aftershock.watch.secret_env import read_secret_env, secret_env_problem

MAX_WAIT = 60.0  # the longest wait between two attempts, whatever the backoff


class DeliveryError(Exception):
    """A channel could not deliver an alert; the message says why."""


def format_alert(alert: Mapping, max_evidence: int = 5) -> str:
    """A plain-text rendering: headline, summary and the first evidence items with sources."""
    payload = alert["payload"]
    lines = [f"[{payload['watchlist']}] {payload['title']}",
             (f"  rule {payload['rule']} · {payload['at'][:16].replace('T', ' ')} · "
              f"alert {alert['id']}"),
             f"  {payload['summary']}"]
    for item in payload.get("evidence", [])[:max_evidence]:
        lines.append(f"  - {item.get('date') or ''} {item.get('outlet') or ''}: "
                     f"{(item.get('sentence') or '').strip()[:200]}")
        if item.get("url"):
            lines.append(f"    {item['url']}")
    return "\n".join(lines)


def alert_document(alert: Mapping) -> dict:
    """What a webhook receives: the alert's id and time plus its payload."""
    return {"id": alert["id"], "created_at": alert.get("created_at"), **alert["payload"]}


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body,
                      hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def _retrying(attempts: int, backoff: float, sleep: Callable[[float], None], send) -> None:
    """Call send() up to `attempts` times; it raises (retryable, message) tuples as
    DeliveryError."""
    last = "no attempt made"
    for attempt in range(attempts):
        if attempt:
            sleep(min(MAX_WAIT, backoff * (2 ** (attempt - 1))))
        try:
            send()
            return
        except _Retry as exc:
            last = str(exc)
    raise DeliveryError(f"{last} (after {attempts} attempts)")


class _Retry(Exception):
    pass


class TerminalChannel:
    def __init__(self, config: Mapping, echo: Callable[[str], None] = print, **_):
        self.echo = echo
        self.key = "terminal"

    def send(self, alert: Mapping) -> None:
        self.echo(format_alert(alert))


class WebhookChannel:
    def __init__(self, config: Mapping, sleep: Callable[[float], None] = time.sleep, **_):
        self.url = config["url"]
        self.secret_env = config.get("secret_env")
        self.secret = config.get("secret") or read_secret_env(self.secret_env)
        self.retries = int(config.get("retries", 3))
        self.backoff = float(config.get("backoff", 0.5))
        self.timeout = float(config.get("timeout", 10.0))
        self.sleep = sleep
        self.key = f"webhook:{self.url}"

    def request(self, alert: Mapping) -> tuple[bytes, dict]:
        body = json.dumps(alert_document(alert), ensure_ascii=False, sort_keys=True).encode()
        timestamp = str(int(time.time()))
        headers = {"Content-Type": "application/json",
                   "User-Agent": f"aftershock/{__version__}",
                   "X-Aftershock-Delivery": str(alert["id"]),
                   "X-Aftershock-Timestamp": timestamp}
        if self.secret:
            headers["X-Aftershock-Signature"] = sign(self.secret, timestamp, body)
        return body, headers

    def send(self, alert: Mapping) -> None:
        # (imported here: the ingest package costs most of a second, which `watch list` and
        # the other commands that deliver nothing should not pay)
        from aftershock.ingest.http import GuardedTransport
        from aftershock.ingest.netguard import BlockedURL, NetworkPolicy
        from aftershock.ingest.records import IngestError

        if self.secret_env and not self.secret:
            raise DeliveryError(f"POST {self.url} not sent: secret_env "
                                f"{secret_env_problem(self.secret_env) or 'is not set here'}; "
                                f"alerts are never sent unsigned")
        body, headers = self.request(alert)
        # the URL comes from a watchlist: the same address guard as fetching (no loopback,
        # private or metadata addresses unless $AFTERSHOCK_FETCH_ALLOW_NETWORKS allows them)
        policy = NetworkPolicy.from_env()
        try:
            policy.check_url(self.url)
        except BlockedURL as exc:
            raise DeliveryError(f"POST {self.url} not sent: {exc}") from None

        def post():
            try:
                with httpx.Client(transport=GuardedTransport(policy), trust_env=False,
                                  timeout=self.timeout, follow_redirects=False) as client:
                    response = client.post(self.url, content=body, headers=headers)
            except BlockedURL as exc:
                raise DeliveryError(f"POST {self.url} not sent: {exc}") from None
            except IngestError as exc:  # the host does not resolve (now)
                raise _Retry(f"POST {self.url} failed: {exc}") from None
            except httpx.HTTPError as exc:
                raise _Retry(f"POST {self.url} failed: {exc.__class__.__name__}: {exc}") from None
            if response.status_code == 429 or response.status_code >= 500:
                raise _Retry(f"POST {self.url} answered {response.status_code}")
            if not 200 <= response.status_code < 300:
                raise DeliveryError(f"POST {self.url} answered {response.status_code}; "
                                    f"not retried")

        _retrying(1 + self.retries, self.backoff, self.sleep, post)


class EmailChannel:
    def __init__(self, config: Mapping, sleep: Callable[[float], None] = time.sleep, **_):
        self.config = dict(config)
        self.sleep = sleep
        self.key = "email:" + ",".join(config["to"])

    def message(self, alert: Mapping) -> EmailMessage:
        payload = alert["payload"]
        msg = EmailMessage()
        msg["Subject"] = f"[aftershock] {payload['watchlist']}: {payload['title']}"[:250]
        msg["From"] = self.config["from"]
        msg["To"] = ", ".join(self.config["to"])
        msg["Date"] = formatdate(usegmt=True)
        msg["Message-ID"] = f"<aftershock-alert-{alert['id']}@{self.config['smtp_host']}>"
        msg["X-Aftershock-Alert"] = str(alert["id"])
        msg.set_content(format_alert(alert, max_evidence=10) + "\n")
        msg.add_attachment(json.dumps(alert_document(alert), ensure_ascii=False, indent=2),
                           subtype="json", filename=f"alert-{alert['id']}.json")
        return msg

    def send(self, alert: Mapping) -> None:
        from aftershock.ingest.netguard import BlockedURL, NetworkPolicy
        from aftershock.ingest.records import IngestError

        msg = self.message(alert)
        cfg = self.config
        where = f"SMTP {cfg['smtp_host']}:{cfg['smtp_port']}"
        password = read_secret_env(cfg.get("password_env"))
        if cfg.get("username") and cfg.get("password_env") and password is None:
            raise DeliveryError(f"{where} not tried: password_env "
                                f"{secret_env_problem(cfg['password_env']) or 'is not set here'}")
        smtp_class = guarded_smtp(smtplib.SMTP_SSL if cfg.get("ssl") else smtplib.SMTP,
                                  NetworkPolicy.from_env())

        def submit():
            try:
                with smtp_class(cfg["smtp_host"], int(cfg["smtp_port"]),
                                timeout=float(cfg.get("timeout", 10.0))) as smtp:
                    if cfg.get("starttls"):
                        smtp.starttls()
                    if cfg.get("username"):
                        smtp.login(cfg["username"], password or "")
                    smtp.send_message(msg)
            except BlockedURL as exc:
                raise DeliveryError(f"{where} not tried: {exc}") from None
            except smtplib.SMTPRecipientsRefused as exc:
                raise DeliveryError(f"{where} refused {', '.join(exc.recipients)}") from None
            except (smtplib.SMTPException, OSError, IngestError) as exc:
                raise _Retry(f"{where} failed: {exc.__class__.__name__}: {exc}") from None

        _retrying(1 + int(cfg.get("retries", 2)), float(cfg.get("backoff", 0.5)), self.sleep,
                  submit)


def guarded_smtp(base: type, policy) -> type:
    """`base` (smtplib.SMTP or SMTP_SSL) connecting only where the address guard allows: the host
    is resolved once, every address checked, and the socket opened to a checked address (TLS
    still verifies the certificate against the host name)."""

    class GuardedSMTP(base):
        def _get_socket(self, host, port, timeout):
            last: OSError | None = None
            for sockaddr in policy.resolve(host, port):
                try:
                    return super()._get_socket(sockaddr[0], port, timeout)
                except OSError as exc:
                    last = exc
            raise last or OSError(f"cannot connect to {host}")

    return GuardedSMTP


CHANNELS: dict[str, type] = {"terminal": TerminalChannel, "webhook": WebhookChannel,
                             "email": EmailChannel}


def make_channel(config: Mapping, **context):
    """A channel object from a validated channel config (`echo`, `sleep` passed through)."""
    try:
        return CHANNELS[config["type"]](config, **context)
    except KeyError:
        raise DeliveryError(f"no delivery channel called {config.get('type')!r}") from None


def deliver_pending(store, specs: Mapping[str, Mapping], echo: Callable[[str], None] = print,
                    sleep: Callable[[float], None] = time.sleep) -> dict:
    """Send every undelivered alert of the given watchlists on each channel not yet done.

    A channel that got an alert through is never sent it again; one that failed is tried on the
    next call. An alert is marked delivered once every channel of its watchlist has it.
    """
    counts = {"delivered": 0, "failed": 0, "errors": []}
    pending = [a for a in store.alerts(undelivered=True) if a["watchlist"] in specs]
    for alert in sorted(pending, key=lambda a: a["id"]):
        channels = [make_channel(c, echo=echo, sleep=sleep)
                    for c in specs[alert["watchlist"]].get("deliver") or []]
        done = {d["channel"] for d in store.alert_deliveries(alert["id"]) if d["delivered_at"]}
        complete = True
        for channel in channels:
            if channel.key in done:
                continue
            try:
                channel.send(alert)
            except DeliveryError as exc:
                store.record_delivery(alert["id"], channel.key, str(exc))
                counts["failed"] += 1
                counts["errors"].append(f"alert {alert['id']} via {channel.key}: {exc}")
                complete = False
                continue
            store.record_delivery(alert["id"], channel.key)
            counts["delivered"] += 1
        if complete:
            store.mark_alert_delivered(alert["id"])
    return counts
