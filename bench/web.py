"""Benchmark: latency of the web app on a large generated store. Builds (once, cached) a SQLite
store of N articles in stories and M coded events with their dyad series, serves it with uvicorn
in its own process, and drives it from a bounded local load generator (a fixed number of client
threads, each sending one request at a time). Prints p50/p95 per endpoint and writes
bench/results/web.json.

    python bench/web.py                       # 100,000 articles, 500,000 events
    python bench/web.py --articles 20000 --events 100000 --requests 200
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert, text

from aftershock.store import Store
from aftershock.store import schema as t

WORDS = ("minister talks border trade port storm ministry harbour council vote election troops "  # noqa: SIM905
         "strike ceasefire summit sanctions aid drought flood market currency reform pipeline "
         "rail court ruling protest parliament budget treaty envoy visit exports missile drills "
         "navy coast guard refugees embassy").split()
COUNTRIES = ("USA CHN RUS PRK KOR JPN VEN COL BRA ARG MEX CAN GBR FRA DEU ITA ESP POL UKR TUR "  # noqa: SIM905
             "IRN IRQ ISR PSE EGY SAU QAT IND PAK AFG BGD IDN PHL VNM THA AUS NGA ETH KEN ZAF"
             ).split()
CAMEO = [("010", 1, 0.0), ("020", 1, 3.0), ("036", 1, 4.0), ("043", 1, 2.8), ("057", 1, 8.0),
         ("070", 2, 7.0), ("084", 2, 7.0), ("111", 3, -2.0), ("112", 3, -2.0), ("130", 3, -4.4),
         ("138", 3, -7.0), ("163", 3, -8.0), ("173", 4, -5.0), ("190", 4, -10.0),
         ("193", 4, -10.0), ("195", 4, -10.0)]
START = datetime(2025, 1, 1)
DAYS = 365
RESULTS = Path(__file__).parent / "results" / "web.json"


def build_store(path: Path, n_articles: int, n_events: int, seed: int = 11) -> None:
    """Articles in stories of ~10, events spread over them, dyad and region series by SQL."""
    rng = random.Random(seed)
    store = Store(f"sqlite:///{path}")
    n_stories = max(1, n_articles // 10)
    outlets = [store.source_id(f"Bench Outlet {i}") for i in range(40)]
    story_rows, article_rows = [], []
    for s in range(n_stories):
        first = START + timedelta(days=rng.randrange(DAYS), hours=rng.randrange(24))
        countries = sorted(rng.sample(COUNTRIES, rng.randint(1, 4)))
        story_rows.append({"id": s + 1, "key": f"bench-{s}",
                           "headline": " ".join(rng.choice(WORDS) for _ in range(8)).capitalize(),
                           "first_seen": first, "last_seen": first + timedelta(hours=36),
                           "n_articles": 0, "n_outlets": 0, "countries": countries,
                           "entities": [], "updated_at": datetime(2026, 1, 1)})
    for a in range(n_articles):
        story = story_rows[a % n_stories]
        story["n_articles"] += 1
        story["n_outlets"] = min(story["n_articles"], 40)
        published = story["first_seen"] + timedelta(hours=rng.randrange(36))
        article_rows.append({
            "id": a + 1, "ext_id": f"b{a}", "source_id": outlets[a % 40],
            "url": f"https://bench{a % 40}.example/{a}", "canonical_url": f"bench{a % 40}/{a}",
            "title": " ".join(rng.choice(WORDS) for _ in range(9)).capitalize(),
            "published": published, "lang": "en", "content_hash": f"{a:064x}",
            "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(120, 260))),
            "story_id": story["id"], "coded_at": published, "ingested_at": published})
    with store.begin() as conn:
        conn.execute(insert(t.stories), story_rows)
        for i in range(0, len(article_rows), 5000):
            conn.execute(insert(t.articles), article_rows[i:i + 5000])
    del article_rows
    event_rows, per_article = [], {}
    for e in range(n_events):
        article = rng.randrange(n_articles) + 1
        story = story_rows[(article - 1) % n_stories]
        src = rng.choice(story["countries"])
        tgt = rng.choice(COUNTRIES)
        cameo, quad, goldstein = rng.choice(CAMEO)
        index = per_article.get(article, 0)
        per_article[article] = index + 1
        event_rows.append({
            "article_id": article, "event_index": index, "sentence_index": index,
            "date": (story["first_seen"] + timedelta(days=rng.randrange(2))).date(),
            "sentence": f"{src} {cameo} {tgt} " + " ".join(rng.choice(WORDS) for _ in range(12)),
            "source_text": src, "source_code": src + "GOV", "source_country": src,
            "target_text": tgt, "target_code": tgt, "target_country": tgt, "cameo": cameo,
            "root": cameo[:2], "quad": quad, "penta": min(4, quad + 1), "goldstein": goldstein,
            "plover": None, "place": None, "confidence": 0.8})
        if len(event_rows) == 20000:
            with store.begin() as conn:
                conn.execute(insert(t.events), event_rows)
            event_rows = []
    with store.begin() as conn:
        if event_rows:
            conn.execute(insert(t.events), event_rows)
        conn.execute(text(
            "INSERT INTO series (kind, key, date, n, q1, q2, q3, q4, goldstein_sum, "
            "goldstein_mean, conflict_share, share_of_day) "
            "SELECT 'dyad', source_country || '>' || target_country, date, count(*), "
            "sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), sum(goldstein), "
            "avg(goldstein), avg(quad >= 3), NULL FROM events "
            "WHERE source_country != target_country GROUP BY 2, 3"))
        conn.execute(text(
            "INSERT INTO anomalies (kind, key, date, metric, value, baseline, score, event_ids) "
            "SELECT kind, key, date, 'count', n, 1.0, n, '[]' FROM series "
            "WHERE kind = 'dyad' AND n >= 6"))
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_load(base: str, paths: list[str], workers: int) -> list[float]:
    """Send every path once from `workers` threads, one request at a time each; latencies in ms."""
    latencies: list[float] = []
    lock = threading.Lock()
    queue = list(paths)

    def worker():
        with httpx.Client(base_url=base, timeout=60) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                t0 = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - t0) * 1000
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {response.status_code} {response.text[:200]}")
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=300, help="per endpoint")
    parser.add_argument("--workers", type=int, default=2, help="concurrent clients")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "aftershock-bench"))
    args = parser.parse_args()

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"web-{args.articles}-{args.events}.db"
    built_in = None
    if not db.exists():
        t0 = time.perf_counter()
        partial = db.with_suffix(".partial")
        for leftover in cache.glob(partial.name + "*"):
            leftover.unlink()
        build_store(partial, args.articles, args.events)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.rename(db)
        built_in = round(time.perf_counter() - t0, 1)
        print(f"built {db} in {built_in}s")
    url = f"sqlite:///{db}"
    store = Store(url)  # applies any newer migration before the server opens it
    story_ids = [r[0] for r in store.engine.connect().execute(text("SELECT id FROM stories"))]
    dyads = [r[0].split(">") for r in store.engine.connect().execute(text(
        "SELECT key FROM series WHERE kind = 'dyad' GROUP BY key ORDER BY count(*) DESC "
        "LIMIT 200"))]
    counts = {name: store.count(name) for name in ("articles", "stories", "events", "series")}
    store.close()

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", ("import uvicorn; from aftershock.web import create_app; "
                                f"uvicorn.run(create_app({url!r}), host='127.0.0.1', "
                                f"port={port}, log_level='warning', access_log=False)")])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/regions", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start") from None
                time.sleep(0.2)
        rng = random.Random(5)
        regions = ["korean-peninsula", "latin-america", "northeast-asia", "western-europe"]
        n = args.requests
        endpoints = {
            "story list": ["/api/stories?limit=50" if i % 2 else
                           f"/api/stories?limit=50&region={rng.choice(regions)}"
                           for i in range(n)],
            "story page": [f"/stories/{rng.choice(story_ids)}" for _ in range(n)],
            "dyad series": [f"/api/series/dyad/{s}/{t_}" for s, t_ in
                            (rng.choice(dyads) for _ in range(n))],
            "event query": [f"/api/events?source={rng.choice(COUNTRIES)}&quad={rng.randint(1, 4)}"
                            f"&limit=100" for _ in range(n)],
        }
        for paths in endpoints.values():  # warm-up: the server's caches and the OS page cache
            run_load(base, paths[: max(5, n // 5)], args.workers)
        results = {}
        for name, paths in endpoints.items():
            t0 = time.perf_counter()
            latencies = run_load(base, paths, args.workers)
            wall = time.perf_counter() - t0
            results[name] = {"requests": len(latencies),
                             "p50_ms": round(statistics.median(latencies), 1),
                             "p95_ms": round(percentile(latencies, 0.95), 1),
                             "max_ms": round(max(latencies), 1),
                             "requests_per_s": round(len(latencies) / wall, 1)}
            print(f"{name:<12} p50 {results[name]['p50_ms']:>7.1f} ms   "
                  f"p95 {results[name]['p95_ms']:>7.1f} ms   "
                  f"{results[name]['requests_per_s']:>6.1f} req/s  ({len(latencies)} requests)")
    finally:
        server.terminate()
        server.wait(timeout=20)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "store": counts, "workers": args.workers, "requests_per_endpoint": args.requests,
        "build_seconds": built_in, "cpus": os.cpu_count(),
        "load_average_after": [round(x, 1) for x in os.getloadavg()], "endpoints": results,
        "target_p95_ms": 100}, indent=2) + "\n")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wrote {RESULTS}")


if __name__ == "__main__":
    main()
