"""Benchmark: load on the HTTP API. Starts `aftershock serve` on loopback over a prepared store
(built as bench/web.py builds it, cached), then drives the API from this second process:

1. step up the offered load (open loop: requests are sent on a fixed schedule whatever the answers
   take, with a cap on requests in flight) and report the highest rate held with p95 < 200 ms,
   every request answered 2xx and at least 95 % of the offered rate achieved;
2. send a fixed number of requests (default 100,000) from a few concurrent clients while sampling
   the server's resident memory (RSS, from /proc) at the start and every quarter.

Every phase is bounded in requests and in time. Prints the figures and writes
bench/results/load.json.

    python bench/load.py                                  # 20,000 articles, 100,000 requests
    python bench/load.py --soak-requests 10000 --rates 20,50,100
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from web import COUNTRIES, build_store, free_port, percentile

from aftershock.store import Store

RESULTS = Path(__file__).parent / "results" / "load.json"
P95_TARGET_MS = 200.0
REGIONS = ["korean-peninsula", "latin-america", "northeast-asia", "western-europe"]


def prepared_store(cache: Path, n_articles: int, n_events: int) -> str:
    """The cached benchmark store (built once, as bench/web.py builds it); its URL."""
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"web-{n_articles}-{n_events}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        for leftover in cache.glob(partial.name + "*"):
            leftover.unlink()
        t0 = time.perf_counter()
        build_store(partial, n_articles, n_events)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.rename(db)
        print(f"built {db} in {time.perf_counter() - t0:.0f}s")
    url = f"sqlite:///{db}"
    Store(url).close()  # newer migrations, before the server opens it
    return url


class RequestMix:
    """The API requests a dashboard user makes, drawn at random: story lists (filtered or not),
    one story, dyad series, event queries, anomalies, alerts and regions."""

    def __init__(self, url: str, seed: int = 7):
        self.rng = random.Random(seed)
        with Store(url, migrate=False) as store, store.connect() as conn:
            self.story_ids = [r[0] for r in conn.execute(text(
                "SELECT id FROM stories ORDER BY id LIMIT 5000"))]
            self.dyads = [r[0].split(">") for r in conn.execute(text(
                "SELECT key FROM series WHERE kind = 'dyad' GROUP BY key "
                "ORDER BY count(*) DESC LIMIT 200"))]

    def next(self) -> str:
        rng, pick = self.rng, self.rng.random()
        if pick < 0.25:
            return "/api/stories?limit=20" if rng.random() < 0.5 else \
                f"/api/stories?limit=20&region={rng.choice(REGIONS)}"
        if pick < 0.45:
            return f"/api/stories/{rng.choice(self.story_ids)}"
        if pick < 0.65:
            source, target = rng.choice(self.dyads)
            return f"/api/series/dyad/{source}/{target}"
        if pick < 0.85:
            return (f"/api/events?source={rng.choice(COUNTRIES)}&quad={rng.randint(1, 4)}"
                    f"&limit=50")
        if pick < 0.92:
            return "/api/anomalies?limit=20"
        if pick < 0.96:
            return "/api/alerts"
        return "/api/regions"


def rss_kb(pid: int) -> int:
    """Resident memory of a process in KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


async def offered_load(base: str, mix: RequestMix, rate: float, seconds: float,
                       max_in_flight: int) -> dict:
    """Open loop: one request every 1/rate s for `seconds`; latency counts from the scheduled
    send time, so queueing in the client or the server shows."""
    latencies, failures = [], 0
    gate = asyncio.Semaphore(max_in_flight)
    limits = httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one(path: str, due: float) -> None:
            nonlocal failures
            async with gate:
                try:
                    response = await client.get(path)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
            latencies.append((time.perf_counter() - due) * 1000)
            failures += not ok

        n = int(rate * seconds)
        start = time.perf_counter()
        tasks = []
        for i in range(n):
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(mix.next(), due)))
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - start
    return {"offered_per_s": rate, "requests": n, "achieved_per_s": round(n / wall, 1),
            "p50_ms": round(percentile(latencies, 0.5), 1),
            "p95_ms": round(percentile(latencies, 0.95), 1),
            "max_ms": round(max(latencies), 1), "failures": failures}


async def soak(base: str, mix: RequestMix, total: int, clients: int, server_pid: int,
               max_seconds: float) -> dict:
    """`total` requests from `clients` concurrent clients, RSS sampled every quarter."""
    marks = {round(total * q) for q in (0.25, 0.5, 0.75, 1.0)}
    samples = [{"requests": 0, "rss_kb": rss_kb(server_pid), "seconds": 0.0}]
    sent = done = failures = 0
    latencies: list[float] = []
    start = time.perf_counter()
    deadline = start + max_seconds
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(
            max_connections=clients, max_keepalive_connections=clients)) as client:
        async def worker():
            nonlocal sent, done, failures
            while sent < total and time.perf_counter() < deadline:
                sent += 1
                t0 = time.perf_counter()
                try:
                    response = await client.get(mix.next())
                    failures += response.status_code != 200
                except httpx.HTTPError:
                    failures += 1
                latencies.append((time.perf_counter() - t0) * 1000)
                done += 1
                if done in marks:
                    samples.append({"requests": done, "rss_kb": rss_kb(server_pid),
                                    "seconds": round(time.perf_counter() - start, 1)})
                    print(f"  {done:>7} requests  server RSS {samples[-1]['rss_kb'] / 1024:.1f} "
                          f"MiB  ({samples[-1]['seconds']:.0f}s)", flush=True)

        await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - start
    return {"requests": done, "clients": clients, "failures": failures,
            "requests_per_s": round(done / wall, 1), "seconds": round(wall, 1),
            "p50_ms": round(percentile(latencies, 0.5), 1),
            "p95_ms": round(percentile(latencies, 0.95), 1),
            "rss_samples": samples, "completed": done >= total}


def start_server(url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "aftershock.cli", "serve", "--port",
                               str(port), "--db", url], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/api/regions", timeout=2)
            return server, base
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise SystemExit("aftershock serve did not start") from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rates", default="10,20,40,60,80,90,100,115,130,160,200,250,300",
                        help="offered requests per second, stepped up in this order")
    parser.add_argument("--step-seconds", type=float, default=10.0)
    parser.add_argument("--max-in-flight", type=int, default=64)
    parser.add_argument("--soak-requests", type=int, default=100_000)
    parser.add_argument("--soak-clients", type=int, default=8)
    parser.add_argument("--soak-max-seconds", type=float, default=3600.0)
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "aftershock-bench"))
    args = parser.parse_args()

    url = prepared_store(Path(args.cache), args.articles, args.events)
    mix = RequestMix(url)
    with Store(url, migrate=False) as store:
        counts = {name: store.count(name) for name in ("articles", "stories", "events",
                                                       "series")}
    server, base = start_server(url)
    try:
        asyncio.run(offered_load(base, mix, 20, 5, args.max_in_flight))  # warm caches
        steps, held = [], None
        for rate in (float(r) for r in args.rates.split(",")):
            step = asyncio.run(offered_load(base, mix, rate, args.step_seconds,
                                            args.max_in_flight))
            step["held"] = (step["p95_ms"] < P95_TARGET_MS and step["failures"] == 0
                            and step["achieved_per_s"] >= 0.95 * rate)
            steps.append(step)
            print(f"offered {rate:>6.0f}/s  achieved {step['achieved_per_s']:>6.1f}/s  "
                  f"p50 {step['p50_ms']:>7.1f} ms  p95 {step['p95_ms']:>8.1f} ms  "
                  f"failures {step['failures']}  {'held' if step['held'] else 'NOT held'}",
                  flush=True)
            if step["held"]:
                held = rate
            elif step["p95_ms"] > 5 * P95_TARGET_MS:
                break  # far past saturation: higher steps only queue
        print(f"highest rate held with p95 < {P95_TARGET_MS:.0f} ms: {held} requests/s")
        print(f"soak: {args.soak_requests} requests from {args.soak_clients} clients")
        soaked = asyncio.run(soak(base, mix, args.soak_requests, args.soak_clients, server.pid,
                                  args.soak_max_seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    rss = [s["rss_kb"] for s in soaked["rss_samples"]]
    growth = {"first_quarter_to_end_kb": rss[-1] - rss[1] if len(rss) > 1 else None,
              "start_to_end_kb": rss[-1] - rss[0]}
    print(f"soak: {soaked['requests']} requests in {soaked['seconds']}s "
          f"({soaked['requests_per_s']}/s), failures {soaked['failures']}, p95 "
          f"{soaked['p95_ms']} ms; RSS MiB " + ", ".join(f"{r / 1024:.1f}" for r in rss))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "store": counts, "p95_target_ms": P95_TARGET_MS, "held_requests_per_s": held,
        "steps": steps, "step_seconds": args.step_seconds, "max_in_flight": args.max_in_flight,
        "soak": soaked, "rss_growth": growth, "cpus": os.cpu_count(),
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
        "note": "server and load generator share the machine's CPUs with other work"},
        indent=2) + "\n")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wrote {RESULTS}")


if __name__ == "__main__":
    main()
