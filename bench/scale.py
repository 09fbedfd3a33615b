"""Benchmark the scale path: backfill throughput with 1 and 2 Dask workers, GDELT import rows
per second, and store write rates on SQLite and PostgreSQL. Writes bench/results/scale.json.

    python bench/scale.py [--articles 2000] [--gdelt-rows 200000] [--pg URL]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import psutil

from aftershock.api import Aftershock
from aftershock.ingest.gdelt import COLUMNS, INDEX, import_gdelt
from aftershock.scale import backfill
from aftershock.store import Store

ACTORS = [
    ("PRKGOV", "North Korea's foreign ministry", "PRK"),
    ("USAGOV", "the United States", "USA"),
    ("KORGOV", "South Korea's government", "KOR"),
    ("CHNGOV", "China", "CHN"),
    ("RUSMIL", "Russian forces", "RUS"),
    ("UKRGOV", "Ukraine", "UKR"),
]
VERBS = ["condemned", "met", "criticised", "praised", "threatened", "accused", "urged",
         "signed an agreement with", "held talks with", "warned"]


def generate_archive(path: Path, n: int, seed: int = 3) -> None:
    """n articles over 60 days, each a few sentences naming actors and event verbs."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            day = 1 + i * 60 // n
            sentences = []
            for _ in range(rng.randint(3, 6)):
                a, b = rng.sample(ACTORS, 2)
                sentences.append(f"{a[1][0].upper()}{a[1][1:]} {rng.choice(VERBS)} {b[1]} on "
                                 f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}, officials said.")
            fh.write(
                json.dumps(
                    {
                        "id": f"s{i}",
                        "url": f"https://scale{i % 9}.example/{day}/{i}",
                        "source": f"Outlet {i % 9}",
                        "title": f"Report {i}",
                        "published": f"2026-{1 + (day - 1) // 30:02d}-{1 + (day - 1) % 30:02d}"
                        f"T{i % 24:02d}:00:00Z",
                        "text": " ".join(sentences),
                    }
                )
                + "\n"
            )


def generate_gdelt(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    codes = [("111", "11", 3, -2.0), ("042", "04", 1, 1.9), ("190", "19", 4, -10.0),
             ("150", "15", 4, -7.2), ("036", "03", 1, 4.0)]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(rows):
            row = [""] * len(COLUMNS)
            code, root, quad, gold = rng.choice(codes)
            a, b = rng.sample(ACTORS, 2)
            row[INDEX["GLOBALEVENTID"]] = str(1_000_000_000 + i)
            row[INDEX["SQLDATE"]] = f"2025{1 + i % 12:02d}{1 + i % 28:02d}"
            row[INDEX["Actor1Code"]], row[INDEX["Actor1CountryCode"]] = a[0], a[2]
            row[INDEX["Actor2Code"]], row[INDEX["Actor2CountryCode"]] = b[0], b[2]
            row[INDEX["EventCode"]], row[INDEX["EventRootCode"]] = code, root
            row[INDEX["QuadClass"]], row[INDEX["GoldsteinScale"]] = str(quad), str(gold)
            row[INDEX["SOURCEURL"]] = f"https://gdelt-bench.example/{i}"
            fh.write("\t".join(row) + "\n")


def peak_children_rss() -> float:
    proc = psutil.Process()
    return sum(c.memory_info().rss for c in proc.children(recursive=True)) / 2**20


def bench_backfill(archive: Path, workers: int, tmp: Path) -> dict:
    app = Aftershock(f"sqlite:///{tmp / f'backfill{workers}.db'}")
    peak = {"rss": 0.0}

    def watch(_n, _client):
        peak["rss"] = max(peak["rss"], peak_children_rss())

    t0 = time.perf_counter()
    report = backfill(app, [str(archive)], workers=workers, partition_size=200, on_partition=watch)
    seconds = time.perf_counter() - t0
    return {"workers": workers, "articles": report.articles_coded, "events": report.events,
            "seconds": round(seconds, 1), "stage_seconds": report.seconds,
            "articles_per_second": round(report.articles_coded / seconds, 1),
            "code_articles_per_second": round(report.articles_coded / report.seconds["code"], 1),
            "peak_worker_rss_mb_total": round(peak["rss"], 1),
            "peak_rss_mb_per_worker": round(peak["rss"] / max(workers, 1), 1)}


def bench_gdelt(path: Path, rows: int, url: str) -> dict:
    store = Store(url)
    t0 = time.perf_counter()
    report = import_gdelt(store, [path])
    seconds = time.perf_counter() - t0
    return {"backend": url.split(":")[0], "rows": rows, "stored": report.stored,
            "seconds": round(seconds, 2), "rows_per_second": round(rows / seconds)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--gdelt-rows", type=int, default=200_000)
    ap.add_argument("--pg", default=os.environ.get("AFTERSHOCK_TEST_PG"),
                    help="PostgreSQL URL to create a benchmark database on (optional)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "scale.json"))
    args = ap.parse_args()
    result = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        archive = tmp / "archive.jsonl"
        generate_archive(archive, args.articles)
        result["backfill"] = [bench_backfill(archive, w, tmp) for w in (1, 2)]
        gdelt = tmp / "bench.export.CSV"
        generate_gdelt(gdelt, args.gdelt_rows)
        result["gdelt_import"] = [bench_gdelt(gdelt, args.gdelt_rows, f"sqlite:///{tmp / 'g.db'}")]
        if args.pg:
            from sqlalchemy import create_engine, text
            admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("DROP DATABASE IF EXISTS aftershock_bench WITH (FORCE)"))
                conn.execute(text("CREATE DATABASE aftershock_bench"))
            result["gdelt_import"].append(bench_gdelt(
                gdelt, args.gdelt_rows, args.pg.rsplit("/", 1)[0] + "/aftershock_bench"))
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
