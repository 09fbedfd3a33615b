"""Dask backfill: the same events and stories as one process, on a LocalCluster, on a scheduler
and workers started as separate processes, and when a worker is killed mid-run."""
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from aftershock.api import Aftershock
from aftershock.demo import demo_corpus
from aftershock.scale import backfill

from .conftest import write_jsonl

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """48 demo articles over several days, as one archive file."""
    import json
    rows = []
    for path in demo_corpus():
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = sorted(rows, key=lambda r: r["published"])[40:88]
    return write_jsonl(tmp_path_factory.mktemp("archive") / "archive.jsonl", rows)


def _outcome(app):
    """Events per article and the story partition, in terms that do not depend on row ids."""
    ext = {a["id"]: a["ext_id"] for a in app.store.articles()}
    events = sorted((ext[e["article_id"]], e["event_index"], e["cameo"], e["source_code"] or "",
                     e["target_code"] or "") for e in app.store.events())
    groups = {}
    for a in app.store.articles():
        groups.setdefault(a["story_id"], set()).add(a["ext_id"])
    return events, sorted(sorted(g) for g in groups.values())


@pytest.fixture(scope="module")
def single_process(archive, tmp_path_factory):
    app = Aftershock(f"sqlite:///{tmp_path_factory.mktemp('one') / 'one.db'}")
    app.ingest([str(archive)])
    app.build_stories()
    app.code_events()
    return _outcome(app)


def test_local_cluster_matches_single_process(archive, single_process, tmp_path):
    app = Aftershock(f"sqlite:///{tmp_path / 'two.db'}")
    report = backfill(app, [str(archive)], workers=2, partition_size=8)
    assert report.partitions >= 6 and report.articles_coded == 48
    assert _outcome(app) == single_process


def test_killed_worker_is_retried_without_duplicates(archive, single_process, tmp_path):
    app = Aftershock(f"sqlite:///{tmp_path / 'kill.db'}")
    killed = []

    def kill_one_worker(n, client):
        if n == 1 and not killed:
            pids = client.run(os.getpid)
            victim = min(pids.values())
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    report = backfill(app, [str(archive)], workers=2, partition_size=4,
                      on_partition=kill_one_worker)
    assert killed
    assert report.articles_coded == 48
    assert _outcome(app) == single_process


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_separate_scheduler_and_worker_processes(archive, single_process, tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bindir = os.path.dirname(sys.executable)
    procs = [subprocess.Popen([os.path.join(bindir, "dask"), "scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        for _ in range(2):
            procs.append(subprocess.Popen(
                [os.path.join(bindir, "dask"), "worker", address, "--nthreads", "1",
                 "--no-dashboard", "--host", "127.0.0.1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app = Aftershock(f"sqlite:///{tmp_path / 'remote.db'}")
        report = backfill(app, [str(archive)], scheduler=address, partition_size=8)
        assert report.articles_coded == 48
        assert _outcome(app) == single_process
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
