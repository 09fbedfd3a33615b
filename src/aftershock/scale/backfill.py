"""Backfill: ingest archives, code their articles in parallel on a Dask cluster (partitioned by
day), then assign stories in time order and compute signals, all writing to one store.

Workers only parse and code; the client alone writes, one partition's events per transaction, so
a worker that dies mid-partition is simply retried by Dask and nothing is stored twice."""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.feeds import FEED_SUFFIXES
from ..ingest.files import FOLDER_SUFFIXES
from ..progress import progress_bar

GDELT_SUFFIXES = (".export.csv", ".export.csv.zip")


@dataclass
class BackfillReport:
    ingest: str = ""
    gdelt: str = ""
    partitions: int = 0
    articles_coded: int = 0
    events: int = 0
    stories: str = ""
    signals: str = ""
    seconds: dict = field(default_factory=dict)
    rejected: int = 0
    rejections: list = field(default_factory=list)  # each names its input and the reason

    def summary(self) -> str:
        coded = (f"coded {self.articles_coded} articles in {self.partitions} partitions: "
                 f"{self.events} events")
        parts = [self.ingest, self.gdelt, coded, self.stories, self.signals]
        return "\n".join(p for p in parts if p)


_CODER = None


def code_partition(docs: list[dict]) -> list[tuple[int, list[dict]]]:
    """Runs on a worker: code one partition's documents (the model loads once per process)."""
    global _CODER
    if _CODER is None:
        from ..coding import Coder
        _CODER = Coder()
    return [(int(doc_id), events) for doc_id, events in _CODER.code_documents(docs)]


def partition_by_day(articles: list[dict], max_size: int = 200) -> list[list[dict]]:
    """Articles grouped by publication day (then cut to max_size), oldest day first."""
    by_day: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        by_day[a["published"][:10]].append(a)
    parts = []
    for day in sorted(by_day):
        items = sorted(by_day[day], key=lambda a: a["id"])
        parts += [items[i:i + max_size] for i in range(0, len(items), max_size)]
    return parts


def _split_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """GDELT export files go to the GDELT importer; everything else to ingest."""
    gdelt, news = [], []
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if f.name.lower().endswith(GDELT_SUFFIXES):
                    gdelt.append(str(f))
                elif f.suffix.lower() in FOLDER_SUFFIXES | FEED_SUFFIXES:
                    news.append(str(f))
        elif p.name.lower().endswith(GDELT_SUFFIXES):
            gdelt.append(inp)
        else:
            news.append(inp)
    return news, gdelt


def backfill(app, inputs: Iterable[str], workers: int = 2, scheduler: str | None = None,
             partition_size: int = 200, retries: int = 3,
             on_partition: Callable[[int, object], None] | None = None,
             progress: bool = False) -> BackfillReport:
    """Run ingest, coding (parallel), stories and signals over `inputs` into `app.store`.

    `scheduler` is the address of a running Dask scheduler (tcp://host:port); without it a
    LocalCluster of `workers` processes is started for the run. `on_partition(n, client)` is
    called after each finished partition (progress, tests); `progress` shows a bar for each
    stage on stderr (aftershock.progress)."""
    from distributed import Client, LocalCluster, as_completed

    from ..ingest.gdelt import import_gdelt
    report = BackfillReport()
    news, gdelt = _split_inputs(inputs)
    t0 = time.perf_counter()
    if news:
        ing = app.ingest(news, progress=progress)
        report.rejected += ing.rejected
        report.rejections += ing.rejections
        report.ingest = "ingest: " + ing.summary()
    if gdelt:
        imp = import_gdelt(app.store, gdelt)
        report.rejected += len(imp.rejections)
        report.rejections += imp.rejections
        report.gdelt = "gdelt: " + imp.summary()
    report.seconds["ingest"] = round(time.perf_counter() - t0, 2)

    t0 = time.perf_counter()
    pending = app.store.articles(pending_coding=True)
    docs = [{"id": str(a["id"]), "text": a["text"], "date": a["published"][:10],
             "published": a["published"]} for a in pending]
    parts = partition_by_day(docs, partition_size)
    report.partitions = len(parts)
    if parts:
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, host="127.0.0.1")
            client = Client(cluster)
        try:
            futures = client.map(code_partition, parts, retries=retries, pure=False)
            with progress_bar("code (partitions)", len(parts), progress) as bar:
                for n, (_future, results) in enumerate(as_completed(futures, with_results=True),
                                                       1):
                    report.events += app.store.replace_events_many(results)  # one per partition
                    report.articles_coded += len(results)
                    bar.advance()
                    if on_partition:
                        on_partition(n, client)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    report.seconds["code"] = round(time.perf_counter() - t0, 2)

    t0 = time.perf_counter()
    report.stories = app.build_stories(progress=progress)  # in time order on the client
    report.seconds["stories"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    report.signals = app.compute_signals(progress=progress)
    report.seconds["signals"] = round(time.perf_counter() - t0, 2)
    return report
