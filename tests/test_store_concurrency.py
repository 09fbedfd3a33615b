"""Several ingest processes writing one store at once, with a reader querying meanwhile: no lost
rows, no doubled rows, no "database is locked" reaching anyone — on SQLite and PostgreSQL."""
import subprocess
import sys
import threading

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
    errors = []
    stop = threading.Event()

    def reader():
        store = Store(shared_url, migrate=False)
        while not stop.is_set():
            try:
                store.count("articles")
                store.search_articles("harbour dredging", limit=5)
            except Exception as exc:  # noqa: BLE001 - any failure is the test's finding
                errors.append(exc)
                return

    watcher = threading.Thread(target=reader)
    watcher.start()
    procs = [subprocess.Popen([sys.executable, "-m", "aftershock.cli", "ingest", str(f),
                               "--db", shared_url, "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files]
    outs = [p.communicate(timeout=300) for p in procs]
    stop.set()
    watcher.join()
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    assert not errors, errors
    store = Store(shared_url)
    assert store.count("articles") == n
    assert len({a["canonical_url"] for a in store.articles()}) == n
    stored = sum(int(out.split("stored ")[1].split()[0]) for out, _ in outs)
    assert stored == n  # each article stored by exactly one worker
