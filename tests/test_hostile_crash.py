"""Crash safety: `aftershock ingest`, `stories`, `code`, `backfill` and a `monitor` cycle killed
with SIGKILL at seeded random moments and restarted end with exactly the rows an uninterrupted run
stores — no article, event or story assignment lost or doubled — on SQLite, and for coding on
PostgreSQL.

Each stage runs as a real subprocess in its own process group (so a backfill's Dask workers die
with it). A round copies the stage's input store, kills the command one or more times at random
points within the time a clean run takes, then lets it run to completion; the store is then
compared with the clean run's on natural keys (article ids from the input file), never row ids.
Set AFTERSHOCK_CRASH_SEED to replay another sequence of kill times.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import ClassVar

import pytest

from aftershock.demo import demo_corpus
from aftershock.store import Store

from .conftest import write_jsonl

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("AFTERSHOCK_CRASH_SEED", "20261127"))
KILLS: Counter = Counter()  # stage -> kills that landed while the command was running
MIDWAY: Counter = Counter()  # stage -> kills after which the store held part of the stage's work


# inputs and stores ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """48 demo articles over several days (Korea, Venezuela and background), one JSONL file."""
    rows = []
    for path in demo_corpus():
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = sorted(rows, key=lambda r: (r["published"], r["id"]))[30:78]
    return write_jsonl(tmp_path_factory.mktemp("crash-input") / "articles.jsonl", rows)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite store (the backup API, WAL included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


# The command under test, run through this shim: with HOSTILE_KILL_AT_COMMIT=k the process
# SIGKILLs itself just before its k-th database commit (so a kill lands between any two writes);
# with 0 it runs normally and reports how many commits it made.
SHIM = """
import atexit, os, signal, sys
from sqlalchemy import Engine, event
kill_at, made = int(os.environ.get("HOSTILE_KILL_AT_COMMIT", "0")), [0]
@event.listens_for(Engine, "commit")
def _before_commit(conn):
    made[0] += 1
    if made[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
atexit.register(lambda: sys.stderr.write(f"\\nhostile-commits: {made[0]}\\n"))
from aftershock.cli import main
main(args=sys.argv[1:], prog_name="aftershock")
"""
COMMAND = [sys.executable, "-c", SHIM]


def run_cli(args: list[str], url: str, cwd: Path, timeout: float = 600) -> tuple[float, int]:
    """Run one command to completion; returns its wall time and how many commits it made."""
    started = time.perf_counter()
    done = subprocess.run(COMMAND + args + ["--db", url], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, check=False,
                          env={**os.environ, "HOSTILE_KILL_AT_COMMIT": "0"})
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    commits = int(done.stderr.rsplit("hostile-commits:", 1)[1].split()[0])
    return time.perf_counter() - started, commits


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the command and everything it started (Dask workers), and wait until none of them
    is left."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"processes of group {proc.pid} survived SIGKILL")


def progress(url: str) -> tuple[int, ...]:
    """How far the pipeline has got: articles, coded articles, events, articles with a story."""
    with Store(url, migrate=False) as store:
        rows = store.articles()
        return (len(rows), sum(a["coded_at"] is not None for a in rows), store.count("events"),
                sum(a["story_id"] is not None for a in rows))


def crash_and_finish(stage: str, args: list[str], url: str, cwd: Path, rng: random.Random,
                     clean: tuple[float, int], plan) -> list[str]:
    """Run the command once per item of `plan`, killing it each time: "t" SIGKILLs its process
    group after a random delay within a clean run's wall time, "c" makes it SIGKILL itself
    before a random one of the commits a clean run makes, "e" before one early in the run, a
    number before that commit. Then run it to completion. A run that ends before its kill leaves
    nothing to interrupt and ends the plan early."""
    seconds, commits = clean
    log, states = [], [progress(url)]
    commits_left = commits
    for attempt, how in enumerate(plan):
        env = {**os.environ, "HOSTILE_KILL_AT_COMMIT": "0"}
        delay = None
        if how == "t":
            # within the first 70% of a clean run's wall time: that time is measured once, and
            # the machine's load changes between it and the kill runs (the other test worker
            # starts or ends a test), so a kill near the end can find the run already done
            delay = rng.uniform(0.15, 0.7) * seconds
            what = f"after {delay:.2f}s"
        elif how == "c":  # any commit
            kill_at = rng.randint(1, max(1, commits_left))
        elif how == "e":  # one in the first third
            kill_at = rng.randint(1, max(1, commits_left // 3))
        else:
            kill_at = int(how)
        if how != "t":
            env["HOSTILE_KILL_AT_COMMIT"] = str(kill_at)
            commits_left = max(1, commits_left - kill_at + 1)
            what = f"before commit {kill_at}"
        errors = cwd / f"{stage.split()[0]}-{attempt}.stderr"
        with open(errors, "wb") as err_file:
            proc = subprocess.Popen(COMMAND + args + ["--db", url], cwd=cwd, env=env,
                                    start_new_session=True, stdout=subprocess.DEVNULL,
                                    stderr=err_file)
        try:
            proc.wait(timeout=delay if delay is not None else 600)
        except subprocess.TimeoutExpired:
            pass
        killed = proc.poll() is None or proc.returncode == -signal.SIGKILL
        kill_group(proc)
        if killed:
            KILLS[stage] += 1
            states.append(progress(url))
            log.append(f"{stage} attempt {attempt}: killed {what} at {states[-1]}")
            continue
        assert proc.returncode == 0, \
            f"{stage} restart failed after earlier kills: {log}\n{errors.read_text()}"
        log.append(f"{stage} attempt {attempt}: finished before the kill {what}")
        break
    else:
        run_cli(args, url, cwd)
    final = progress(url)
    MIDWAY[stage] += sum(state not in (states[0], final) for state in states[1:])
    log.append(f"{stage}: ran to completion at {final}")
    print("\n".join(log))
    return log


# what a store holds, in natural keys -------------------------------------------------------------
def articles_by_key(store: Store) -> Counter:
    rows = store.articles()
    ext = {a["id"]: a["ext_id"] for a in rows}
    return Counter((a["ext_id"], a["canonical_url"], a["title"], a["published"], a["source"],
                    ext.get(a["duplicate_of"]), a["similarity"]) for a in rows)


def events_by_key(store: Store) -> Counter:
    ext = {a["id"]: a["ext_id"] for a in store.articles()}
    return Counter((ext[e["article_id"]], e["event_index"], e["sentence_index"], e["cameo"],
                    e["source_code"], e["target_code"], e["goldstein"], e["date"], e["place"],
                    e["sentence"]) for e in store.events())


def story_partition(store: Store) -> dict[frozenset, tuple]:
    """Each story as the set of its articles' input ids, with what its stored row says."""
    groups: dict[int, set] = {}
    for a in store.articles():
        groups.setdefault(a["story_id"], set()).add(a["ext_id"])
    rows = {s["id"]: s for s in store.stories()}
    return {frozenset(members): (rows[sid]["headline"], rows[sid]["n_articles"],
                                 rows[sid]["n_outlets"], rows[sid]["first_seen"],
                                 rows[sid]["last_seen"]) if sid in rows else None
            for sid, members in groups.items()}


def assert_articles_match(crashed: Store, clean: Store) -> None:
    got, want = articles_by_key(crashed), articles_by_key(clean)
    assert not [k for k, n in got.items() if n > 1], "articles stored twice"
    assert got == want, (f"lost {sorted((want - got).keys())[:3]}, "
                         f"extra {sorted((got - want).keys())[:3]}")
    assert crashed.count("article_minhash") == clean.count("article_minhash") == len(want)
    assert sorted(a["source"] for a in crashed.articles()) == \
        sorted(a["source"] for a in clean.articles())
    assert crashed.count("sources") == clean.count("sources")


def assert_events_match(crashed: Store, clean: Store) -> None:
    got, want = events_by_key(crashed), events_by_key(clean)
    doubled = [k for k, n in got.items() if n > want.get(k, 0)]
    lost = [k for k, n in want.items() if n > got.get(k, 0)]
    assert not doubled and not lost, f"doubled {doubled[:2]}, lost {lost[:2]}"
    assert not crashed.articles(pending_coding=True), "articles left uncoded"


def assert_stories_match(crashed: Store, clean: Store) -> None:
    got, want = story_partition(crashed), story_partition(clean)
    assert not crashed.articles(pending_story=True), "articles left without a story"
    assert None not in got.values(), "an article points at a story row that does not exist"
    assert crashed.count("stories") == len(got), "story rows without articles (half a merge)"
    assert set(got) == set(want), "the story partition differs from a clean run"
    assert got == want, "story rows differ from a clean run"


# stages
# --------------------------------------------------------------------------------------------
BACKFILL = ["--workers", "1", "--partition-size", "6"]
MONITOR = ["monitor", "--cycles", "1", "--interval", "0"]


class CleanRuns:
    """Stores after uninterrupted runs, each made when a test first asks for it (so it runs next
    to the crash runs it is compared with), with the run's wall time and number of commits."""

    def __init__(self, root: Path, corpus: Path):
        self.root, self.corpus = root, corpus
        self.paths: dict[str, Path] = {}
        self.runs: dict[str, tuple[float, int]] = {}
        self.stores: dict[str, Store] = {}
        self.paths["empty"] = root / "empty.db"
        Store(sqlite_url(self.paths["empty"])).close()

    RECIPES: ClassVar[dict] = {  # result: (the store it starts from, the command)
        "ingested": ("empty", lambda c: ["ingest", str(c), "--quiet"]),
        "storied": ("ingested", lambda c: ["stories"]),
        "coded": ("ingested", lambda c: ["code"]),
        "backfilled": ("empty", lambda c: ["backfill", str(c), *BACKFILL]),
        "monitored": ("empty", lambda c: [*MONITOR, str(c.parent)]),
    }

    def path(self, name: str) -> Path:
        if name not in self.paths:
            start, command = self.RECIPES[name]
            target = copy_sqlite(self.path(start), self.root / f"{name}.db")
            self.runs[name] = run_cli(command(self.corpus), sqlite_url(target), self.root)
            self.paths[name] = target
        return self.paths[name]

    def store(self, name: str) -> Store:
        if name not in self.stores:
            self.stores[name] = Store(sqlite_url(self.path(name)))
        return self.stores[name]

    def run(self, name: str) -> tuple[float, int]:
        self.path(name)
        return self.runs[name]

    def crash_copy(self, start: str, tmp_path: Path) -> str:
        return sqlite_url(copy_sqlite(self.path(start), tmp_path / "crash.db"))

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    runs = CleanRuns(tmp_path_factory.mktemp("crash-clean"), corpus)
    yield runs
    runs.close()


@pytest.mark.parametrize("plan", ["ctc", "cc", "tc"])
def test_killed_ingest_resumes_to_the_clean_articles(clean, corpus, tmp_path, plan):
    db = clean.crash_copy("empty", tmp_path)
    crash_and_finish("ingest", ["ingest", str(corpus), "--quiet"], db, tmp_path,
                     random.Random(f"{SEED}-ingest-{plan}"), clean.run("ingested"), plan)
    with Store(db) as crashed:
        assert_articles_match(crashed, clean.store("ingested"))


@pytest.mark.parametrize("plan", ["cc", "tc"])
def test_killed_clustering_resumes_to_the_clean_partition(clean, tmp_path, plan):
    db = clean.crash_copy("ingested", tmp_path)
    crash_and_finish("stories", ["stories"], db, tmp_path,
                     random.Random(f"{SEED}-stories-{plan}"), clean.run("storied"), plan)
    with Store(db) as crashed:
        assert_articles_match(crashed, clean.store("ingested"))
        assert_stories_match(crashed, clean.store("storied"))


@pytest.mark.parametrize("plan", ["ctc", "cc"])
def test_killed_coding_resumes_to_the_clean_events(clean, tmp_path, plan):
    db = clean.crash_copy("ingested", tmp_path)
    crash_and_finish("code", ["code"], db, tmp_path, random.Random(f"{SEED}-code-{plan}"),
                     clean.run("coded"), plan)
    with Store(db) as crashed:
        assert_events_match(crashed, clean.store("coded"))


def test_killed_coding_on_postgresql_resumes_to_the_clean_events(clean, corpus, pg_url,
                                                                 tmp_path):
    run_cli(["ingest", str(corpus), "--quiet"], pg_url, tmp_path)
    crash_and_finish("code on PostgreSQL", ["code"], pg_url, tmp_path,
                     random.Random(f"{SEED}-code-postgresql"), clean.run("coded"), "ctc")
    with Store(pg_url) as crashed:
        assert_articles_match(crashed, clean.store("ingested"))
        assert_events_match(crashed, clean.store("coded"))


def test_killed_backfill_resumes_to_the_clean_store(clean, corpus, tmp_path):
    db = clean.crash_copy("empty", tmp_path)
    crash_and_finish("backfill", ["backfill", str(corpus), *BACKFILL], db, tmp_path,
                     random.Random(f"{SEED}-backfill"), clean.run("backfilled"), "ctc")
    with Store(db) as crashed:
        want = clean.store("backfilled")
        assert_articles_match(crashed, want)
        assert_events_match(crashed, want)
        assert_stories_match(crashed, want)
        assert _series_key(crashed) == _series_key(want)
        assert _anomaly_key(crashed) == _anomaly_key(want)


@pytest.mark.parametrize("plan", ["+1 c", "+2 t"])
def test_killed_monitor_cycle_resumes_to_the_clean_store(clean, corpus, tmp_path, plan):
    """A monitor killed mid-cycle and started again finishes what the killed cycle began, even
    when its own ingest finds nothing new ("+n": the n-th commit after the ingest's last one,
    when the articles are stored and their stories not yet)."""
    ingest_commits = clean.run("ingested")[1]
    steps = [ingest_commits + int(p) if p.startswith("+") else p for p in plan.split()]
    db = clean.crash_copy("empty", tmp_path)
    crash_and_finish("monitor", [*MONITOR, str(corpus.parent)], db, tmp_path,
                     random.Random(f"{SEED}-monitor-{plan}"), clean.run("monitored"), steps)
    with Store(db) as crashed:
        want = clean.store("monitored")
        assert_articles_match(crashed, want)
        assert_stories_match(crashed, want)
        assert_events_match(crashed, want)


def _series_key(store: Store) -> list[tuple]:
    return sorted(tuple(sorted((k, v) for k, v in r.items() if k != "id"))
                  for r in store.series())


def _anomaly_key(store: Store) -> list[tuple]:
    return sorted(tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in r.items()
                               if k != "id")) for r in store.anomalies())


def test_enough_kills_landed():
    """The issue asks for at least 20 kill-and-restart cycles across the stages (this runs last
    in the module; with -k selecting a subset it has nothing to count)."""
    if not KILLS:
        pytest.skip("no crash test ran in this session")
    print(f"kills per stage {dict(KILLS)}; of them with part of the work stored {dict(MIDWAY)}")
    assert sum(KILLS.values()) >= 20, dict(KILLS)
