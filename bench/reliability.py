"""Benchmark: reliability of the pipeline commands under kills, concurrent writers, a full disk,
a read-only store and hostile input. Every count it reports should be 0.

1. kills: each stage (ingest, stories, code, signals) is SIGKILLed at random moments and run
   again, round after round, and each round's store is compared, row by row on natural keys,
   with the store of an uninterrupted run: rows lost, rows doubled, rows that differ;
2. concurrent writers: 2-3 `ingest` processes store overlapping files in one store at once (on
   SQLite, and on PostgreSQL when a server is given);
3. a full disk: `ingest` into a store on a 2 MB tmpfs (needs the right to mount; skipped with a
   message otherwise), then again once the disk has room;
4. a read-only store: writes through a `mode=ro` URL and into a file without write permission
   are refused by name, reads still work, nothing changes;
5. hostile input: deeply nested JSON, 5,000-digit integers, a 200,000-attribute HTML page, a
   binary .txt, bad and future dates, through every stage.

Commands run as `aftershock` would run them, in processes forked from this one after the heavy
imports (spaCy model included), so a cycle costs the stage's own work, not Python's start-up.
Every line any command prints is searched for a traceback. Writes bench/results/reliability.json.

    python bench/reliability.py                 # --size small: 20 kill cycles a stage (CI)
    python bench/reliability.py --size large    # more articles, 40 cycles a stage
    python bench/reliability.py --size tiny     # what tests/test_reliability_bench.py runs
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # no thread pools to break in forked children

import argparse
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from reliability_inputs import (
    compare_stage,
    corpus_rows,
    filler_rows,
    hostile_corpus,
    write_jsonl,
)

RESULTS = Path(__file__).parent / "results" / "reliability.json"
TRACEBACK = "Traceback (most recent call last)"
SIZES = {  # articles from the demo corpus, filler articles added for the ingest stage (ingest
    # commits every 200 articles: the filler makes several batches to kill between), kill
    # cycles per stage, concurrent ingest writers
    "tiny": {"articles": 12, "ingest_filler": 250, "cycles": 3, "writers": 2,
             "max_kills_per_round": 3},
    "small": {"articles": 40, "ingest_filler": 600, "cycles": 20, "writers": 3,
              "max_kills_per_round": 5},
    "large": {"articles": 120, "ingest_filler": 1500, "cycles": 40, "writers": 3,
              "max_kills_per_round": 6},
}
STAGES = {  # stage: (the store it starts from, the command, the store it makes)
    "ingest": ("empty", lambda files: ["ingest", str(files["ingest"]), "--quiet"],
               "ingested_all"),
    "stories": ("ingested", lambda files: ["stories", "--quiet"], "storied"),
    "code": ("ingested", lambda files: ["code", "--quiet"], "coded"),
    "signals": ("coded", lambda files: ["signals", "--quiet"], "signalled"),
}
PROGRESS_SQL = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_minhash), "
                "(SELECT count(*) FROM articles WHERE story_id IS NOT NULL), "
                "(SELECT count(*) FROM stories), (SELECT count(*) FROM article_entities), "
                "(SELECT count(*) FROM events), "
                "(SELECT count(*) FROM articles WHERE coded_at IS NOT NULL), "
                "(SELECT count(*) FROM series), (SELECT count(*) FROM anomalies)")


# running commands ------------------------------------------------------------------------------
def preload() -> None:
    """Import what every command needs (every aftershock module, the spaCy model too) once,
    before any fork: a child running as another user may not be able to read this Python."""
    import importlib
    import pkgutil

    import aftershock
    for module in pkgutil.walk_packages(aftershock.__path__, "aftershock."):
        if not module.name.startswith(("aftershock.scale", "aftershock.web")):
            try:
                importlib.import_module(module.name)
            except Exception as exc:  # noqa: BLE001 (an optional extra not installed)
                print(f"preload: {module.name} not imported ({exc})", flush=True)
    import aftershock.web
    from aftershock.coding import Coder
    from aftershock.coding.coder import load_model
    load_model()
    Coder()


@dataclass
class Run:
    args: list
    returncode: int | None  # None: killed
    seconds: float
    output: str

    @property
    def killed(self) -> bool:
        return self.returncode is None


class Runner:
    """Runs `aftershock ARGS` in a forked child, its output in a file; remembers every output
    that held a traceback."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.n = 0
        self.tracebacks: list[dict] = []
        self.runs = 0

    def start(self, args: list[str], uid: int | None = None) -> tuple[int, Path]:
        self.n += 1
        out = self.workdir / f"run-{self.n}.out"
        out.write_bytes(b"")  # here, not in the child: a child killed at once leaves it empty
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: become `aftershock ARGS`
            code = 70
            try:
                fd = os.open(out, os.O_WRONLY)
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                if uid is not None:
                    os.setgid(uid)
                    os.setuid(uid)
                from aftershock.cli import main
                main(args=args, prog_name="aftershock")
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:  # noqa: BLE001 (printed: the bench counts tracebacks)
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        return pid, out

    def finish(self, args, pid: int, out: Path, started: float,
               kill_after: float | None = None) -> Run:
        """Wait for the child; SIGKILL it first if it runs longer than `kill_after` seconds."""
        status = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if kill_after is not None and time.perf_counter() - started >= kill_after:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - started
        code = None if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        text = out.read_text(errors="replace")
        self.runs += 1
        if TRACEBACK in text:
            self.tracebacks.append({"command": " ".join(map(str, args)),
                                    "output": text[-2000:]})
        return Run(args, code, seconds, text)

    def run(self, args: list[str], kill_after: float | None = None, uid=None) -> Run:
        started = time.perf_counter()
        pid, out = self.start(args, uid=uid)
        return self.finish(args, pid, out, started, kill_after)

    def run_many(self, commands: list[list[str]]) -> list[Run]:
        """Start every command at once, then wait for all of them."""
        started = time.perf_counter()
        children = [(args, *self.start(args)) for args in commands]
        return [self.finish(args, pid, out, started) for args, pid, out in children]


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite store (the backup API, WAL included)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def must_succeed(run: Run) -> None:
    if run.returncode != 0:
        raise SystemExit(f"`aftershock {' '.join(map(str, run.args))}` failed "
                         f"({run.returncode}):\n{run.output[-3000:]}")


# 1. kills ----------------------------------------------------------------------------------------
def progress(db: Path) -> tuple:
    """How far the pipeline has got in a store: row counts of every stage's tables."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(PROGRESS_SQL).fetchone()
    finally:
        conn.close()


def clean_stores(runner: Runner, root: Path, files: dict) -> tuple[dict, dict]:
    """Stores after uninterrupted runs of every stage, and each run's wall time; the stages
    after ingest start from the demo articles alone ("ingested")."""
    from aftershock.store import Store
    paths = {"empty": root / "empty.db"}
    Store(url_of(paths["empty"])).close()
    paths["ingested"] = copy_sqlite(paths["empty"], root / "ingested.db")
    must_succeed(runner.run(["ingest", str(files["corpus"]), "--quiet", "--db",
                             url_of(paths["ingested"])]))
    seconds = {}
    for stage, (start, command, made) in STAGES.items():
        paths[made] = copy_sqlite(paths[start], root / f"{made}.db")
        run = runner.run([*command(files), "--db", url_of(paths[made])])
        must_succeed(run)
        seconds[stage] = run.seconds
        print(f"clean {stage}: {run.seconds:.2f}s  {run.output.strip().splitlines()[-1]}",
              flush=True)
    return paths, seconds


def kill_cycles(runner: Runner, stage: str, files: dict, paths: dict, clean_seconds: float,
                cycles: int, max_kills: int, rng: random.Random, work: Path) -> dict:
    """Rounds of: copy the stage's input store; start the command and SIGKILL it at a random
    moment within a clean run's time, again and again (each start resumes what the killed one
    left) until a start finishes by itself or the round's kills are spent, then run it to the
    end; compare with the clean store. Until `cycles` kills have landed. `midway` counts the
    kills after which the store held part of the stage's work (neither where the round began
    nor where it ended): kills that landed between two of the stage's commits."""
    start, command, made = STAGES[stage]
    args = command(files)
    totals = Counter()
    rounds = 0
    while totals["kills"] < cycles:
        rounds += 1
        db = copy_sqlite(paths[start], work / f"{stage}-crash.db")
        states = [progress(db)]
        for _ in range(max_kills):
            run = runner.run([*args, "--db", url_of(db)],
                             kill_after=rng.uniform(0.02, 1.0) * clean_seconds)
            if not run.killed:
                break
            totals["kills"] += 1
            states.append(progress(db))
        else:
            run = runner.run([*args, "--db", url_of(db)])
        totals["midway"] += sum(state not in (states[0], progress(db)) for state in states[1:])
        if run.returncode != 0:
            totals["failed_reruns"] += 1
            print(f"  {stage}: the rerun failed:\n{run.output[-1500:]}", flush=True)
        found = compare_stage(stage, url_of(db), url_of(paths[made]))
        totals.update(found)
    result = {"cycles": totals.pop("kills"), "midway": totals["midway"], "rounds": rounds,
              "clean_seconds":
              round(clean_seconds, 2), "lost": totals["lost"], "doubled": totals["doubled"],
              "differ": totals["differ"], "failed_reruns": totals["failed_reruns"]}
    print(f"{stage}: {result}", flush=True)
    return result


# 2. concurrent writers ----------------------------------------------------------------------------
def concurrent_writers(runner: Runner, rows: list[dict], writers: int, paths: dict,
                       work: Path, url: str | None = None) -> dict:
    """`writers` ingest processes at once, each with every article (the ingest stage's: demo and
    filler, several batches) in its own order, so each article is offered by all of them; every
    article must be stored exactly once. On a copy of
    the empty SQLite store, or on the store at `url` (migrated, empty)."""
    if url is None:
        url = url_of(copy_sqlite(paths["empty"], work / "writers.db"))
    files = []
    for k in range(writers):
        turn = k * len(rows) // writers
        files.append(write_jsonl(work / f"writer-{k}.jsonl", rows[turn:] + rows[:turn]))
    runs = runner.run_many([["ingest", str(f), "--quiet", "--db", url] for f in files])
    found = compare_stage("ingest-set", url, url_of(paths["ingested_all"]))
    locked = sum("locked" in r.output.lower() for r in runs)
    result = {"writers": writers, "articles": len(rows),
              "exit_codes": [r.returncode for r in runs], "locked_messages": locked, **found}
    print(f"concurrent writers on {url.split(':')[0]}: {result}", flush=True)
    return result


def postgresql_store(admin_url: str):
    """A fresh, migrated PostgreSQL database on the server at `admin_url`: (its URL, a function
    that drops it)."""
    import uuid

    from sqlalchemy import create_engine, text

    from aftershock.store import Store
    name = f"reliability_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    Store(url).close()

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url, drop


# 3. full disk -------------------------------------------------------------------------------------
def full_disk(runner: Runner, paths: dict, work: Path) -> dict:
    """Ingest 2.5 MB of articles (in batches) into a store on a 2 MB tmpfs: the command must say
    the disk is full and fail cleanly; the store must still open and hold whole articles (each
    with its near-duplicate signature). Then, the tmpfs grown, the same ingest must store every
    article."""
    from aftershock.store import Store
    mount = work / "tmpfs"
    mount.mkdir()
    tried = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                           capture_output=True, text=True, check=False)
    if tried.returncode != 0:
        message = f"skipped: cannot mount a tmpfs here ({tried.stderr.strip() or 'no rights'})"
        print(f"full disk: {message}", flush=True)
        return {"skipped": message}
    try:
        db = copy_sqlite(paths["empty"], mount / "full.db")
        rows = filler_rows(1500, words=120)
        big = write_jsonl(work / "filler.jsonl", rows)
        first = runner.run(["ingest", str(big), "--quiet", "--db", url_of(db)])
        said_full = "disk full" in first.output.lower() or "disk is full" in first.output.lower()
        with Store(url_of(db), migrate=False) as store:
            stored = store.count("articles")
            signatures = store.count("article_minhash")
        subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
        again = runner.run(["ingest", str(big), "--quiet", "--db", url_of(db)])
        found = compare_stage("ingest-set", url_of(db), None, want=[r["id"] for r in rows])
        result = {"exit_code_when_full": first.returncode, "said_disk_full": said_full,
                  "articles_stored_when_full": stored, "signatures_when_full": signatures,
                  "exit_code_with_room": again.returncode, **found,
                  "message": first.output.strip().splitlines()[-1:]}
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
    print(f"full disk: {result}", flush=True)
    return result


# 4. read-only store -------------------------------------------------------------------------------
def read_only(runner: Runner, paths: dict, work: Path) -> dict:
    """Every write command on a read-only store fails naming the store as read-only, reads
    still work, and the store is unchanged: by a `mode=ro` URL, and as a file (and folder)
    without write permission (run as an unprivileged user when this runs as root)."""
    (work / "ro").mkdir()
    work.chmod(0o755)  # the unprivileged user must reach the store
    db = copy_sqlite(paths["ingested"], work / "ro" / "ro.db")  # stories and events to make
    before = db.read_bytes()
    news = write_jsonl(work / "ro" / "new.jsonl", filler_rows(3, words=50, seed=9))
    writes = [["ingest", str(news), "--quiet"], ["stories", "--quiet"], ["code", "--quiet"],
              ["signals", "--quiet"], ["token", "create", "reader"]]
    reads = [["watch", "list"], ["export", "--format", "jsonl", "-o", os.devnull]]
    ways = {"uri_mode_ro": (f"sqlite:///file:{db}?mode=ro&uri=true", None)}
    uid = None
    if os.geteuid() == 0:
        uid = 65534  # nobody: root would write through any permission bits
    os.chmod(db, 0o444)
    os.chmod(db.parent, 0o555)
    ways["chmod_file"] = (url_of(db), uid)
    result = {}
    try:
        for way, (url, as_user) in ways.items():
            refused, accepted, read_ok, failed_reads = 0, [], 0, []
            for args in writes:
                run = runner.run([*args, "--db", url], uid=as_user)
                if run.returncode not in (0, None) and "read-only" in run.output.lower():
                    refused += 1
                else:
                    accepted.append({"command": args[0], "exit": run.returncode,
                                     "output": run.output.strip()[-300:]})
            for args in reads:
                run = runner.run([*args, "--db", url], uid=as_user)
                if run.returncode == 0:
                    read_ok += 1
                else:
                    failed_reads.append({"command": args[0], "output": run.output[-300:]})
            result[way] = {"writes_refused_by_name": refused, "writes_tried": len(writes),
                           "writes_not_refused": accepted, "reads_ok": read_ok,
                           "reads_tried": len(reads), "failed_reads": failed_reads}
    finally:
        os.chmod(db.parent, 0o755)
        os.chmod(db, 0o644)
    result["unchanged"] = db.read_bytes() == before
    result["ran_as"] = "nobody (uid 65534)" if uid else "this user"
    print(f"read-only: {result}", flush=True)
    return result


# 5. hostile input ---------------------------------------------------------------------------------
def hostile_input(runner: Runner, paths: dict, work: Path) -> dict:
    """The hostile corpus through ingest, stories, code and signals: each bad record rejected
    with a reason, every good article stored, every later stage exits 0."""
    from aftershock.store import Store
    folder, good_ids, n_bad = hostile_corpus(work / "hostile")
    db = copy_sqlite(paths["empty"], work / "hostile.db")
    url = url_of(db)
    ingest = runner.run(["ingest", str(folder), "--quiet", "--db", url])
    rejected = sum(line.startswith("rejected") for line in ingest.output.splitlines())
    exits = {"ingest": ingest.returncode}
    for stage in ("stories", "code", "signals"):
        exits[stage] = runner.run([stage, "--quiet", "--db", url]).returncode
    with Store(url, migrate=False) as store:
        stored = {a["ext_id"] for a in store.articles()}
        pending = len(store.articles(pending_story=True)) + len(
            store.articles(pending_coding=True))
    result = {"files": sorted(p.name for p in folder.iterdir()), "bad_records": n_bad,
              "rejected_with_reason": rejected, "good_articles": len(good_ids),
              "lost": len(set(good_ids) - stored), "left_pending": pending, "exit_codes": exits}
    print(f"hostile input: {result}", flush=True)
    return result


# main ---------------------------------------------------------------------------------------------
def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--cycles", type=int, help="kill cycles per stage (default: by size)")
    parser.add_argument("--seed", type=int, default=20260107)
    parser.add_argument("--only", help="comma-separated parts: kills,writers,disk,readonly,"
                                       "hostile (default: all)")
    parser.add_argument("--pg", default=os.environ.get("AFTERSHOCK_TEST_PG"),
                        help="a PostgreSQL server URL to create a database on, for the "
                             "concurrent writers (default: $AFTERSHOCK_TEST_PG)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    size = dict(SIZES[args.size])
    if args.cycles:
        size["cycles"] = args.cycles
    parts = set((args.only or "kills,writers,disk,readonly,hostile").split(","))
    rng = random.Random(args.seed)
    began = time.perf_counter()
    preload()
    work = Path(tempfile.mkdtemp(prefix="aftershock-reliability-"))
    try:
        runner = Runner(work)
        rows = corpus_rows(size["articles"])
        all_rows = rows + filler_rows(size["ingest_filler"], words=60)
        files = {"corpus": write_jsonl(work / "corpus.jsonl", rows),
                 "ingest": write_jsonl(work / "ingest.jsonl", all_rows)}
        paths, seconds = clean_stores(runner, work, files)
        report = {"size": args.size, **size, "seed": args.seed}
        if "kills" in parts:
            report["kills"] = {stage: kill_cycles(runner, stage, files, paths, seconds[stage],
                                                  size["cycles"], size["max_kills_per_round"],
                                                  rng, work) for stage in STAGES}
        if "writers" in parts:
            report["concurrent_writers"] = concurrent_writers(runner, all_rows,
                                                              size["writers"], paths, work)
            if args.pg:
                url, drop = postgresql_store(args.pg)
                try:
                    report["concurrent_writers_postgresql"] = concurrent_writers(
                        runner, all_rows, size["writers"], paths, work, url)
                finally:
                    drop()
            else:
                report["concurrent_writers_postgresql"] = {
                    "skipped": "no PostgreSQL server (give --pg or set AFTERSHOCK_TEST_PG)"}
        if "disk" in parts:
            report["full_disk"] = full_disk(runner, paths, work)
        if "readonly" in parts:
            report["read_only"] = read_only(runner, paths, work)
        if "hostile" in parts:
            report["hostile_input"] = hostile_input(runner, paths, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report["totals"] = totals(report, runner)
    report["tracebacks"] = runner.tracebacks[:5]
    report["seconds"] = round(time.perf_counter() - began, 1)
    report["load_average"] = [round(x, 1) for x in os.getloadavg()]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"totals: {report['totals']} in {report['seconds']}s; wrote {args.output}")
    return report


def totals(report: dict, runner: Runner) -> dict:
    """Rows lost and doubled over every part, and outputs with a traceback."""
    parts = list(report.get("kills", {}).values())
    parts += [report[k] for k in ("concurrent_writers", "concurrent_writers_postgresql",
                                  "full_disk") if k in report]
    lost = sum(p.get("lost", 0) for p in parts) + report.get("hostile_input", {}).get("lost", 0)
    return {"lost": lost, "doubled": sum(p.get("doubled", 0) for p in parts),
            "differ": sum(p.get("differ", 0) for p in parts),
            "kill_cycles": sum(p["cycles"] for p in report.get("kills", {}).values()),
            "kills_midway": sum(p["midway"] for p in report.get("kills", {}).values()),
            "commands_run": runner.runs, "tracebacks": len(runner.tracebacks)}


if __name__ == "__main__":
    main()
