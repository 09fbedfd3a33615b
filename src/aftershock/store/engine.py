"""Database URLs and engines: SQLite in WAL mode with foreign keys on, or any SQLAlchemy URL."""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..errors import AftershockError

DEFAULT_URL = "sqlite:///aftershock.db"
ENV_VAR = "AFTERSHOCK_DB"


class StoreError(AftershockError):
    """A problem with the database URL or its contents, named for the user."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) has no room for a write."""


class StoreReadOnlyError(StoreError):
    """The store can be read but not written: a read-only file, folder or database."""


# SQLite result codes (the low byte of an extended code) and PostgreSQL SQLSTATEs
_SQLITE_READONLY, _SQLITE_FULL = 8, 13
_PG_DISK_FULL, _PG_READ_ONLY = "53100", "25006"


def display_url(url: str) -> str:
    """The URL as it may be shown: any password hidden."""
    if url.startswith("sqlite"):  # no password to hide; shown as written
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not a URL SQLAlchemy reads: show it as given
        return url


def named_error(exc: BaseException, url: str) -> StoreError | None:
    """The StoreError to report instead of a driver's exception, when it is one aftershock
    names (no space left, a read-only store); None for any other exception."""
    cause = getattr(exc, "orig", None) or exc
    code = getattr(cause, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    state = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    text = str(cause).lower()
    where = display_url(url)
    if (code == _SQLITE_FULL or state == _PG_DISK_FULL
            or getattr(cause, "errno", None) == errno.ENOSPC
            or "database or disk is full" in text or "no space left on device" in text):
        return StoreFullError(f"disk full: no space left to write to the store {where}")
    if (code == _SQLITE_READONLY or state == _PG_READ_ONLY
            or getattr(cause, "errno", None) in (errno.EROFS, errno.EACCES)
            or "readonly database" in text or "read-only transaction" in text):
        return StoreReadOnlyError(f"the store {where} is read-only: it can be read, not changed")
    return None


def resolve_url(url: str | None) -> str:
    """The URL given, else $AFTERSHOCK_DB, else ./aftershock.db; bare paths become SQLite URLs."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    elif url.startswith(("postgresql://", "postgres://")):  # psycopg 3 unless a driver is named
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path.startswith("file:"):  # an SQLite URI ("file:PATH?mode=ro&uri=true")
            path = path[len("file:"):].split("?", 1)[0]
        if path and path != ":memory:":
            parent = Path(path).expanduser().parent
            if not parent.exists():
                raise StoreError(f"database folder {parent} does not exist (from {url})")
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # transactions begin in _sqlite_begin below
            cur = dbapi_conn.cursor()
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError as exc:  # a read-only file: it is read as it is
                if named_error(exc, url) is None:
                    raise
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # Writers take the write lock up front (BEGIN IMMEDIATE) so a read-then-write
            # transaction never fails on upgrade; busy_timeout makes the others wait.
            immediate = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # unknown dialect, missing driver
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
