"""A cache for aggregates over every event (the network's dyad totals, the map's per-country
conflict), kept while the events table is unchanged: these scan all events, which a dashboard
with a large store cannot afford on every request.

The events table's fingerprint is its largest id and its row count, two lookups that need no
scan (an index end and SQLite's count optimisation): a coding run, an import or a deletion changes
it. A re-coding that deletes the newest article's events and stores as many again can reuse the
same ids (SQLite hands out max(id) + 1), so a cached value is also never older than MAX_AGE
seconds. Values that also read which story an event's article belongs to (the map's points) are
keyed on the stories table's fingerprint too: its row count, largest id and latest `updated_at`
(the story stage saves every story whose members change, and deletes the ones it folds); story
searches on the articles' (stored articles are never edited, only added or deleted) and the
stories'. One
thread computes a missing value while the others asking for it wait for it: a crowd
of readers arriving together must not run the same scan thirty times at once."""
from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from . import schema as t

MAX_AGE = 300.0  # seconds
# `depends` for values read from tables without a usable fingerprint (series and anomalies are
# replaced whole, with the same ids): kept until anything commits; on SQLite only (data_version).
ANY_CHANGE = ("*",)
MAX_ENTRIES = 512  # distinct (aggregate, arguments) kept (every country's daily series fits)


class EventAggregateCache:
    """Values computed over the events table (or the tables named by `depends`), each kept with
    the fingerprint it was computed at; at most `max_entries`, the oldest dropped first."""

    def __init__(self, max_entries: int | None = None):
        self.max_entries = max_entries or MAX_ENTRIES
        self._values: dict[tuple, tuple] = {}
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}  # one lock per key being computed
        self._marks: dict[tuple, tuple] = {}  # depends -> (data_version, read at, fingerprint)

    @staticmethod
    def fingerprint(conn, depends=("events",)) -> tuple:
        """Largest id and row count of each table in `depends` (events, articles, stories), and
        the stories' latest `updated_at`: lookups at index ends, and counts SQLite answers from
        its smallest index."""
        parts = []
        for name in depends:
            table = t.metadata.tables[name]
            parts += [select(func.max(table.c.id)).scalar_subquery(),
                      select(func.count()).select_from(table).scalar_subquery()]
            if name == "stories":
                parts.append(select(func.max(table.c.updated_at)).scalar_subquery())
        return tuple(conn.execute(select(*parts)).one())

    def get(self, store, key: tuple, compute, *, depends=("events",), copy=None):
        """The rows `compute()` returns, from the cache while the tables in `depends` are
        unchanged; each call gets its own copies of the rows (callers add fields to them), or
        what `copy(value)` makes of the value when given."""
        found = self._fingerprint(store, depends)
        if found is None:  # no way to tell a change: computed every time
            value = compute()
            return copy(value) if copy else [dict(row) for row in value]
        mark = (depends, found)
        held = self._fresh(key, mark)
        if held is None:
            with self._lock:
                computing = self._computing.setdefault(key, threading.Lock())
            with computing:  # the first thread computes; the others wait, then find its value
                held = self._fresh(key, mark)
                if held is None:
                    held = (mark, time.monotonic(), compute())
                    with self._lock:
                        self._values.pop(key, None)
                        while len(self._values) >= self.max_entries:
                            self._values.pop(next(iter(self._values)))
                        self._values[key] = held
                        self._computing.pop(key, None)  # waiting threads hold it still
        return copy(held[2]) if copy else [dict(row) for row in held[2]]

    def _fingerprint(self, store, depends) -> tuple:
        """The tables' fingerprint, read before computing (a later write shows next time). On
        SQLite it is read again only when the database's data_version moved (some connection
        committed since): counting half a million events takes milliseconds, asking whether
        anything changed does not."""
        version = store.data_version() if hasattr(store, "data_version") else None
        if depends == ANY_CHANGE:  # any commit to the database, whatever the table
            return None if version is None else (version,)
        if version is not None:
            with self._lock:
                held = self._marks.get(depends)
            if held is not None and held[0] == version and \
                    time.monotonic() - held[1] <= MAX_AGE:
                return held[2]
        with store.connect() as conn:
            found = self.fingerprint(conn, depends)
        if version is not None:
            with self._lock:
                self._marks[depends] = (version, time.monotonic(), found)
        return found

    def _fresh(self, key: tuple, mark: tuple) -> tuple | None:
        with self._lock:
            held = self._values.get(key)
        if held is None or held[0] != mark or time.monotonic() - held[1] > MAX_AGE:
            return None
        return held

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._marks.clear()
