"""Ingest: read inputs of every kind, validate, deduplicate and store articles, reporting each
rejected record with where it came from and why."""
from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError, OperationalError

from . import dedup
from .feeds import FEED_SUFFIXES, looks_like_feed, parse_feed
from .files import read_path
from .http import Fetcher
from .pages import extract_html
from .records import Candidate, IngestError, Rejection, validate


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    not_modified: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    stored_ids: list[int] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    def summary(self) -> str:
        return (f"read {self.read}, stored {self.stored} ({self.near_duplicates} near-duplicates "
                f"linked), duplicates {self.duplicates}, rejected {self.rejected}")


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


class Ingestor:
    """Reads inputs into a Store. Re-running on the same inputs stores nothing new."""

    def __init__(self, store, fetcher: Fetcher | None = None, progress: bool = False,
                 near_threshold: float | None = None, batch_size: int = 200):
        self.store = store
        self._fetcher = fetcher
        self.progress = progress
        self.batch_size = batch_size
        self.index = dedup.NearDuplicateIndex(near_threshold)
        for article_id, original, signature in store.minhash_signatures():
            self.index.add(article_id, dedup.from_bytes(signature), original)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher()
        return self._fetcher

    # reading ---------------------------------------------------------------
    def candidates(self, inp: str) -> Iterator[Candidate | Rejection]:
        try:
            if is_url(inp):
                yield from self._from_url(inp)
            elif _SCHEME.match(inp):
                yield Rejection(inp, f"unsupported URL scheme {inp.split(':', 1)[0]!r}: "
                                     "give a file, a folder or an http(s) URL")
            else:
                path = Path(inp)
                if not path.exists():
                    yield Rejection(inp, "no such file or folder")
                elif path.suffix.lower() in FEED_SUFFIXES:
                    yield from parse_feed(path.read_bytes(), str(path))
                else:
                    yield from read_path(path)
        except IngestError as exc:
            yield Rejection(inp, str(exc))

    def _from_url(self, url: str) -> Iterator[Candidate | Rejection]:
        state = self.store.feed_state(url)
        got = self.fetcher.get(
            url, etag=state.get("etag"), last_modified=state.get("last_modified")
        )
        if got.not_modified:
            self._not_modified += 1
            return
        if looks_like_feed(got.content, got.content_type):
            for item in parse_feed(got.content, url):
                if isinstance(item, Candidate):
                    item.local = False  # a third party's dates
                yield item
            self.store.save_feed_state(url, got.headers.get("etag"),
                                       got.headers.get("last-modified"))
        else:
            raw = extract_html(got.content, url=got.url, declared=got.encoding)
            raw.setdefault("id", got.url)
            if not raw.get("published"):
                raw["published"] = got.headers.get("last-modified") or got.headers.get("date")
            yield Candidate(url, raw, local=False)

    # storing ---------------------------------------------------------------
    def ingest(self, inputs: Iterable[str]) -> IngestReport:
        report = IngestReport()
        self._not_modified = 0
        inputs = list(inputs)
        stream = (item for inp in inputs for item in self.candidates(inp))
        bar = None
        if self.progress:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
            bar = Progress(TextColumn("ingest"), BarColumn(), TextColumn("{task.completed} read"),
                           TimeElapsedColumn(), transient=True)
            bar.start()
            task = bar.add_task("ingest", total=None)
        try:
            while True:  # one transaction per batch: a crash loses at most the open batch
                batch = list(itertools.islice(stream, self.batch_size))
                if not batch:
                    break
                self._store_batch(batch, report)
                if bar:
                    bar.advance(task, len(batch))
        finally:
            if bar:
                bar.stop()
        report.not_modified = self._not_modified
        return report

    def _store_batch(self, batch: list, report: IngestReport) -> None:
        """Validate the batch, create its outlets, then store it in one transaction. If another
        writer got in the way (a unique constraint fired, or the server broke a deadlock), undo
        the batch's bookkeeping and redo it one article per transaction. A full disk or a
        read-only store is no conflict: its StoreError stops the run, nothing retried."""
        prepared = []
        for item in batch:
            report.read += 1
            if isinstance(item, Rejection):
                report.rejections.append(item)
                continue
            try:
                prepared.append(validate(item.raw, item.where, item.local))
            except IngestError as exc:
                report.rejections.append(Rejection(item.where, str(exc)))
        for name in sorted({r["source"] for r in prepared}):
            self.store.source_id(name)  # committed before the batch: no lock held across it
        try:
            with self._undone_on_failure(report), self.store.transaction() as conn:
                for record in prepared:
                    self._store(record, report, conn)
        except (IntegrityError, OperationalError):
            for record in prepared:
                self._store_alone(record, report)

    def _store_alone(self, record: dict, report: IngestReport, attempts: int = 5) -> None:
        for attempt in range(attempts):
            try:
                with self._undone_on_failure(report), self.store.transaction() as conn:
                    self._store(record, report, conn)
                return
            except IntegrityError:  # the same article, stored by a concurrent writer
                report.duplicates += 1
                return
            except OperationalError:  # deadlock or lock timeout: wait and try again
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextmanager
    def _undone_on_failure(self, report: IngestReport):
        """Around one transaction: if it fails (a conflict, a full disk, anything), forget what
        it counted and take its articles out of the near-duplicate index, which then holds
        exactly the stored articles again (a retry re-adds them; nothing is added twice)."""
        counters = (report.stored, report.duplicates, report.near_duplicates)
        mark = len(report.stored_ids)
        try:
            yield
        except BaseException:
            report.stored, report.duplicates, report.near_duplicates = counters
            for article_id in report.stored_ids[mark:]:
                self.index.remove(article_id)
            del report.stored_ids[mark:]
            raise

    def _store(self, record: dict, report: IngestReport, conn) -> None:
        if self.store.find_article(canonical_url=record["canonical_url"],
                                   content_hash=record["content_hash"], conn=conn):
            report.duplicates += 1
            return
        m = dedup.minhash(record["text"])
        match = self.index.best_match(m)
        record["duplicate_of"] = record["similarity"] = None  # fresh on a retry
        if match:
            record["duplicate_of"], record["similarity"] = match[0], round(match[1], 3)
            report.near_duplicates += 1
        article_id = self.store.insert_article(record, signature=dedup.to_bytes(m), conn=conn)
        self.index.add(article_id, m, record.get("duplicate_of"))
        report.stored += 1
        report.stored_ids.append(article_id)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def ingest(store, inputs: Iterable[str], **kwargs) -> IngestReport:
    """Ingest files, folders, feeds and URLs into the store; see Ingestor."""
    ingestor = Ingestor(store, **kwargs)
    try:
        return ingestor.ingest(inputs)
    finally:
        ingestor.close()
