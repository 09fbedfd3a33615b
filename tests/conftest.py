"""Shared fixtures: a fresh store per test and the paths of hand-written input files."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from aftershock.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
PG_URL = os.environ.get("AFTERSHOCK_TEST_PG")  # a server the tests may create databases on


def _fresh_pg_database():
    """Create a database on the test server; yields its URL and drops it afterwards. Skips when
    no server is set (CI sets AFTERSHOCK_TEST_PG and AFTERSHOCK_REQUIRE_PG: there it never
    skips)."""
    if not PG_URL:
        if os.environ.get("AFTERSHOCK_REQUIRE_PG"):
            pytest.fail("AFTERSHOCK_REQUIRE_PG is set but AFTERSHOCK_TEST_PG is not")
        pytest.skip("no PostgreSQL server (set AFTERSHOCK_TEST_PG)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url():
    """URL of a fresh PostgreSQL database for one test."""
    yield from _fresh_pg_database()


@pytest.fixture(scope="module")
def pg_url_module():
    """URL of a fresh PostgreSQL database shared by one test module."""
    yield from _fresh_pg_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh store on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    s = Store(url)
    yield s
    s.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def article(n: int, **over) -> dict:
    """A valid contract article; override any field."""
    base = {
        "id": f"t-{n}", "url": f"https://harbor.example/2026/01/0{n % 9 + 1}/story-{n}",
        "source": "Harbor Post", "title": f"Test headline number {n}",
        "published": f"2026-01-0{n % 9 + 1}T08:00:00+00:00",
        "text": f"Article {n} says the port of Lumen reopened after the storm number {n}. "
                f"Officials counted {n * 7} ships waiting outside the breakwater on day {n}.",
    }
    base.update(over)
    return base


def write_jsonl(path: Path, rows) -> Path:
    with open(path, "wb") as fh:
        fh.writelines(
            row if isinstance(row, bytes) else json.dumps(row).encode() + b"\n" for row in rows
        )
    return path


def seed_old_event(store, tmp_path: Path) -> int:
    """Ingest one article into a store whose events table predates a migration, insert one
    event with only the columns every version had, close the store; returns the article id."""
    from aftershock.ingest import ingest
    ingest(store, [str(write_jsonl(tmp_path / "old-event.jsonl", [article(1)]))])
    aid = store.articles()[0]["id"]
    with store.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO events (article_id, event_index, date, sentence, cameo, root, quad, "
            f"penta, goldstein) VALUES ({aid}, 0, '2026-01-02', 'x', '111', '11', 3, 3, -2.0)")
    store.close()
    return aid
