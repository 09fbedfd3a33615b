"""Several ingest processes writing one store at once while `aftershock serve` answers reads from
it: no lost rows, no doubled rows, no "database is locked" reaching anyone — on SQLite and
PostgreSQL."""
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from aftershock.store import Store

from .conftest import article, write_jsonl


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.db'}"
    return request.getfixturevalue("pg_url")


def test_parallel_ingest_workers_store_each_article_once(shared_url, tmp_path):
    Store(shared_url).close()  # schema first, as a deployment would
    n = 240
    rows = [article(i, url=f"https://wire.example/2026/01/05/item-{i}", source=f"Outlet {i % 7}",
                    text=f"Item {i}: the harbour board of town {i} met on Monday about berth {i}, "
                         f"ferry route {i * 3} and the {i}th budget line for dredging.")
            for i in range(n)]
    # three overlapping slices: every article is offered by two workers
    slices = [rows[:160], rows[80:], rows[:80] + rows[160:]]
    files = [write_jsonl(tmp_path / f"w{k}.jsonl", part) for k, part in enumerate(slices)]
    errors, answered = [], []
    stop = threading.Event()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "aftershock.cli", "serve", "--port",
                               str(port), "--db", shared_url],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            httpx.get(f"{base}/api/stories", timeout=2)
            break
        except httpx.TransportError:
            time.sleep(0.2)

    def reader():
        with httpx.Client(base_url=base, timeout=30) as client:
            while not stop.is_set():
                for path in ("/api/stories?q=harbour", "/api/events?limit=5"):
                    try:
                        response = client.get(path)
                    except httpx.HTTPError as exc:
                        errors.append(f"{path}: {exc!r}")
                        return
                    if response.status_code != 200:
                        errors.append(f"{path}: HTTP {response.status_code} {response.text[:200]}")
                        return
                    answered.append(path)

    watcher = threading.Thread(target=reader)
    watcher.start()
    procs = [subprocess.Popen([sys.executable, "-m", "aftershock.cli", "ingest", str(f),
                               "--db", shared_url, "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files]
    try:
        outs = [p.communicate(timeout=300) for p in procs]
    finally:
        stop.set()
        watcher.join()
        server.terminate()
        server.wait(timeout=30)
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    assert not errors, errors
    assert answered, "the server answered no request while the workers wrote"
    store = Store(shared_url)
    assert store.count("articles") == n
    assert len({a["canonical_url"] for a in store.articles()}) == n
    stored = sum(int(out.split("stored ")[1].split()[0]) for out, _ in outs)
    assert stored == n  # each article stored by exactly one worker
