"""Benchmark: ingest N generated articles into a fresh SQLite store; prints articles/second and
peak memory, writes bench/results/ingest.json."""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from aftershock.ingest import ingest
from aftershock.store import Store

WORDS = [
    "minister", "talks", "border", "trade", "port", "storm", "ministry", "harbour", "council",
    "vote", "election", "troops", "strike", "ceasefire", "summit", "sanctions", "aid", "drought",
    "flood", "market", "currency", "reform", "pipeline", "rail", "court", "ruling", "protest",
    "parliament", "budget", "treaty", "envoy", "visit", "exports",
]
OUTLETS = [f"Outlet {n}" for n in range(12)]


def generate(path: Path, n: int, seed: int = 7, dup_share: float = 0.03) -> None:
    rng = random.Random(seed)
    texts = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if texts and rng.random() < dup_share:  # a lightly edited wire copy
                words = rng.choice(texts).split()
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                text = " ".join(words)
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 450)))
                texts.append(text)
            day = 1 + i % 28
            fh.write(json.dumps({
                "id": f"gen-{i}", "url": f"https://bench{i % 12}.example/2026/02/{day:02d}/a{i}",
                "source": OUTLETS[i % 12], "title": f"Generated article {i}",
                "published": f"2026-02-{day:02d}T{i % 24:02d}:00:00Z", "text": text}) + "\n")


class PeakRSS:
    def __init__(self):
        self.proc = psutil.Process(os.getpid())
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=20_000)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "ingest.json"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        generate(src, args.n)
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        rss0 = psutil.Process().memory_info().rss
        with PeakRSS() as mem:
            t0 = time.perf_counter()
            report = ingest(store, [str(src)])
            first = time.perf_counter() - t0
            t1 = time.perf_counter()
            again = ingest(store, [str(src)])
            second = time.perf_counter() - t1
    result = {
        "articles": args.n, "stored": report.stored, "near_duplicates": report.near_duplicates,
        "rejected": report.rejected, "seconds": round(first, 2),
        "articles_per_second": round(args.n / first, 1),
        "reingest_seconds": round(second, 2), "reingest_duplicates": again.duplicates,
        "peak_rss_mb": round(mem.peak / 2**20, 1),
        "rss_growth_mb": round((mem.peak - rss0) / 2**20, 1),
        "python": sys.version.split()[0], "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
