"""The Store: one object over one database; the only code in aftershock that writes SQL."""
from __future__ import annotations

import threading
from contextlib import contextmanager

from sqlalchemy import inspect
from sqlalchemy.exc import InterfaceError, OperationalError

from . import migrations
from .analysis import AnalysisQueries
from .articles import ArticleQueries
from .engine import StoreError, display_url, make_engine, named_error, resolve_url
from .watch import WatchQueries
from .web import WebQueries


class Store(ArticleQueries, AnalysisQueries, WatchQueries, WebQueries):
    """A database of sources, articles, stories, events, series, ripples, alerts and briefs.

    `Store()` opens $AFTERSHOCK_DB or ./aftershock.db; `Store("postgresql://...")` any other URL.
    Opening applies pending migrations unless `migrate=False`.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self._watcher, self._watcher_lock = None, threading.Lock()  # (data_version)
        self.writer = self.engine.execution_options(write=True)  # same pool, write transactions
        if migrate:
            try:
                self.migrate()
            except (OperationalError, InterfaceError) as exc:  # no server, refused, bad login
                self.engine.dispose()
                cause = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""]
                raise StoreError(f"cannot open the store {display_url(self.url)}: "
                                 f"{cause[0]}") from exc

    def migrate(self, upto: str | None = None) -> list[str]:
        """Apply pending migrations. A store with none pending is only read, so a read-only
        store opens; one that needs migrating raises StoreReadOnlyError."""
        if not migrations.pending(self.applied_migrations(), upto):
            return []
        with self._writing() as conn:
            return migrations.migrate(conn, upto=upto)

    def applied_migrations(self) -> set[str]:
        with self.engine.connect() as conn:
            return migrations.applied(conn)

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    @contextmanager
    def connect(self):
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def begin(self):
        with self._writing() as conn:
            yield conn

    @contextmanager
    def transaction(self):
        """A connection in one transaction, for callers that group many writes."""
        try:
            with self._writing() as conn:
                yield conn
        except BaseException:
            self.__dict__.pop("_source_ids", None)  # ids made in the rolled-back transaction
            raise

    @contextmanager
    def _writing(self):
        """A write transaction; a full disk or a read-only store is raised as the StoreError
        that says so (StoreFullError, StoreReadOnlyError), never as a driver's exception."""
        try:
            with self.writer.begin() as conn:
                yield conn
        except Exception as exc:
            named = named_error(exc, self.url)
            if named is None:
                raise
            raise named from exc

    @contextmanager
    def _conn(self, conn=None, write: bool = False):
        if conn is not None:
            yield conn
        elif write:
            with self._writing() as c:
                yield c
        else:
            with self.engine.connect() as c:
                yield c

    def data_version(self) -> int | None:
        """SQLite's PRAGMA data_version on a connection of its own that never writes: it
        changes whenever any other connection, of this process or another, commits a change to
        the database, and costs one call (read caches ask it before re-reading fingerprints).
        None for other databases and in-memory SQLite."""
        if not self.url.startswith("sqlite") or ":memory:" in self.url or \
                self.url.rstrip("/") in ("sqlite:", "sqlite://"):
            return None
        with self._watcher_lock:
            if self._watcher is None:
                self._watcher = self.engine.raw_connection()
                self._watcher.detach()  # out of the pool: always this one connection
            cursor = self._watcher.cursor()
            try:
                return cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()

    def close(self) -> None:
        with self._watcher_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"
