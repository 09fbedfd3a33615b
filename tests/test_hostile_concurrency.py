"""`aftershock monitor` writing (ingest, stories, coding, signals, watchlists and alerts, cycle
after cycle) while `aftershock serve` answers a crowd of readers — and some token-bearing writers —
on the same SQLite store: nobody sees "database is locked" or any 5xx, and the monitor never
reports a failed cycle. (tests/test_store_concurrency.py covers parallel ingest workers.)"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from aftershock.demo import demo_corpus
from aftershock.store import Store
from aftershock.web import create_token

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "aftershock.cli"]
DROPS, PER_DROP = 5, 8  # articles arrive in the watched folder in five batches
READ_PATHS = ["/api/stories", "/api/stories?q=Korea", "/api/events?limit=20",
              "/api/events?country=PRK&limit=5", "/api/anomalies", "/api/alerts",
              "/api/network", "/api/map", "/api/series/region/korean-peninsula",
              "/api/watchlists", "/", "/stories", "/alerts"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_rows(n: int) -> list[dict]:
    rows = []
    for path in demo_corpus():
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows.sort(key=lambda r: (r["published"], r["id"]))
    return rows[20:20 + n]


def drop_batch(folder: Path, number: int, rows: list[dict]) -> None:
    """Publish a batch atomically: written under a name the reader skips, then renamed."""
    part = folder / f".batch-{number}.part"
    part.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    part.rename(folder / f"batch-{number:02d}.jsonl")


class Hammer:
    """Client threads requesting the API and pages in a loop until stopped, recording every
    answer that is not a success."""

    def __init__(self, base: str, token: str, readers: int = 4):
        self.base, self.token = base, token
        self.stop = threading.Event()
        self.failures: list[str] = []
        self.answered: Counter = Counter()
        self.threads = [threading.Thread(target=self.read, args=(k,)) for k in range(readers)]
        self.threads.append(threading.Thread(target=self.write))

    def check(self, method: str, path: str, response: httpx.Response, ok=(200,)) -> None:
        self.answered[response.status_code // 100] += 1
        if response.status_code not in ok or "locked" in response.text.lower():
            self.failures.append(f"{method} {path}: HTTP {response.status_code} "
                                 f"{response.text[:300]}")

    def read(self, offset: int) -> None:
        with httpx.Client(base_url=self.base, timeout=60) as client:
            k = offset
            while not self.stop.is_set():
                path = READ_PATHS[k % len(READ_PATHS)]
                k += 1
                try:
                    self.check("GET", path, client.get(path))
                    if path == "/api/stories":  # then one story and its brief (a write)
                        stories = client.get(path).json()["stories"]
                        if stories:
                            sid = stories[k % len(stories)]["id"]
                            for sub in (f"/api/stories/{sid}", f"/api/stories/{sid}/brief",
                                        f"/stories/{sid}"):
                                self.check("GET", sub, client.get(sub), ok=(200, 404))
                except httpx.HTTPError as exc:
                    self.failures.append(f"GET {path}: {exc!r}")

    def write(self) -> None:
        """A token-bearing client replacing a watchlist of its own, over and over."""
        auth = {"Authorization": f"Bearer {self.token}"}
        with httpx.Client(base_url=self.base, timeout=60, headers=auth) as client:
            n = 0
            while not self.stop.is_set():
                n += 1
                spec = {"countries": ["KOR", "JPN"] if n % 2 else ["KOR"]}
                try:
                    self.check("PUT", "/api/watchlists/busy-analyst",
                               client.put("/api/watchlists/busy-analyst", json=spec))
                except httpx.HTTPError as exc:
                    self.failures.append(f"PUT watchlist: {exc!r}")
                time.sleep(0.05)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=120)


def wait_for_server(base: str, server: subprocess.Popen) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            httpx.get(f"{base}/api/regions", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("aftershock serve did not start")


def run_under_load(url: str, rows: list[dict], inbox: Path, token: str, serve_log,
                   monitor_log) -> Hammer:
    """Serve the store, start the crowd, then the monitor; drop the batches in the monitor's
    folder; stop the monitor (SIGTERM) once everything is stored, coded and in stories."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(CLI + ["serve", "--port", str(port), "--db", url],
                              stdout=serve_log, stderr=subprocess.STDOUT, text=True)
    monitor = None
    try:
        wait_for_server(base, server)
        drop_batch(inbox, 0, rows[:PER_DROP])
        with Hammer(base, token) as hammer:
            monitor = subprocess.Popen(CLI + ["monitor", str(inbox), "--interval", "1s",
                                              "--db", url],
                                       stdout=monitor_log, stderr=subprocess.STDOUT,
                                       text=True, start_new_session=True)
            for number in range(1, DROPS):
                time.sleep(2.5)
                drop_batch(inbox, number, rows[number * PER_DROP:(number + 1) * PER_DROP])
            deadline = time.time() + 300
            with Store(url, migrate=False) as store:
                while time.time() < deadline:
                    assert monitor.poll() is None, Path(monitor_log.name).read_text()
                    done = store.articles()
                    if len(done) == len(rows) and all(a["coded_at"] and a["story_id"]
                                                      for a in done):
                        break
                    time.sleep(0.5)
            time.sleep(2)  # one more cycle (watchlists, alerts) under load
        monitor.send_signal(signal.SIGTERM)
        assert monitor.wait(timeout=120) == 0
    finally:
        if monitor is not None and monitor.poll() is None:
            os.killpg(monitor.pid, signal.SIGKILL)
            monitor.wait()
        server.terminate()
        server.wait(timeout=30)
    return hammer


def test_monitor_writing_while_serve_reads_reaches_nobody_as_locked(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows = demo_rows(DROPS * PER_DROP)
    with Store(url) as store:  # schema, a watchlist for the monitor, a token for the writer
        store.save_watchlist("busy-analyst", {"name": "busy-analyst", "countries": ["KOR"]})
        token = create_token(store, "busy-analyst")
    subprocess.run(CLI + ["watch", "add", "--name", "peninsula", "--country", "PRK",
                          "--country", "KOR", "--country", "VEN", "--db", url],
                   check=True, capture_output=True, timeout=120)
    with open(tmp_path / "serve.log", "w") as serve_log, \
            open(tmp_path / "monitor.log", "w") as monitor_log:
        hammer = run_under_load(url, rows, inbox, token, serve_log, monitor_log)
    said = (tmp_path / "monitor.log").read_text()
    served = (tmp_path / "serve.log").read_text()
    assert not hammer.failures, hammer.failures[:5]
    assert hammer.answered[2] >= 200, hammer.answered  # the crowd really was served meanwhile
    assert "cycle failed" not in said and "Traceback" not in said, said[-2000:]
    assert "locked" not in said.lower() and "locked" not in served.lower(), served[-2000:]
    assert said.count("monitor: code:") >= 2, said  # the monitor coded more than once
    with Store(url, migrate=False) as store:
        articles = store.articles()
        assert len(articles) == len(rows) == len({a["ext_id"] for a in articles})
        assert all(a["coded_at"] and a["story_id"] for a in articles)
        assert store.count("events") > 0 and store.watchlist("busy-analyst")
        assert store.alerts("peninsula", limit=5)  # the watchlists ran and fired
