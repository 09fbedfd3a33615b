"""Database URLs and engines: SQLite in WAL mode with foreign keys on, or any SQLAlchemy URL."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from ..errors import AftershockError

DEFAULT_URL = "sqlite:///aftershock.db"
ENV_VAR = "AFTERSHOCK_DB"


class StoreError(AftershockError):
    """A problem with the database URL or its contents, named for the user."""


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
        if path and path != ":memory:":
            parent = Path(path).expanduser().parent
            if not parent.exists():
                raise StoreError(f"database folder {parent} does not exist (from {url})")
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # transactions begin in _sqlite_begin below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
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
