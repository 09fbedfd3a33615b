"""A full disk while ingesting: "disk full", a non-zero exit, and a near-duplicate index that
still holds exactly the stored articles; a transaction that failed and was retried adds nothing
to the index twice."""
from contextlib import contextmanager

import pytest
from click.testing import CliRunner
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from aftershock.cli import main
from aftershock.ingest import Ingestor
from aftershock.store import Store, StoreFullError
from aftershock.store import database as store_database

from .conftest import article, write_jsonl


def _articles(start: int, n: int) -> list[dict]:
    return [article(i, id=f"a-{i}", url=f"https://harbor.example/{i}",
                    text=f"Report {i}: " + " ".join(f"word{i}x{j}" for j in range(400)))
            for i in range(start, start + n)]


def _cap_size(engine, extra_pages: int = 3) -> None:
    """Let the SQLite file grow by only a few pages: writes past them fail as on a full disk
    (SQLITE_FULL, 'database or disk is full')."""
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(engine, "connect")
    def _cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    engine.dispose()


def _index_matches_store(ingestor: Ingestor, store: Store) -> None:
    stored = {a["id"] for a in store.articles()}
    assert set(ingestor.index.hashes) == stored


def test_full_disk_is_named_and_the_index_stays_consistent(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'full.db'}")
    ingestor = Ingestor(store, batch_size=5)
    ingestor.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles(1, 3)))])
    _cap_size(store.engine)
    with pytest.raises(StoreFullError, match="disk full"):
        ingestor.ingest([str(write_jsonl(tmp_path / "b.jsonl", _articles(10, 40)))])
    _index_matches_store(ingestor, store)
    store.close()


def test_the_ingest_command_says_disk_full_and_fails(tmp_path, monkeypatch):
    db = tmp_path / "full.db"
    Store(f"sqlite:///{db}").close()
    real = store_database.make_engine

    def capped(url):
        engine = real(url)
        _cap_size(engine, extra_pages=2)
        return engine

    monkeypatch.setattr(store_database, "make_engine", capped)
    result = CliRunner().invoke(main, ["ingest", str(write_jsonl(tmp_path / "b.jsonl",
                                                                 _articles(1, 40))),
                                       "--db", str(db)])
    assert result.exit_code == 1
    assert "disk full" in result.output and str(db) in result.output
    assert "already exists" not in result.output and "Traceback" not in result.output


def test_a_retried_transaction_adds_nothing_twice_to_the_index(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'flaky.db'}")
    real = store.transaction
    failures = iter([True, True, True])  # the batch, then the first article's first two tries

    @contextmanager
    def flaky():
        with real() as conn:
            yield conn
            if next(failures, False):
                raise OperationalError("COMMIT", {}, Exception("database is locked"))

    store.transaction = flaky
    ingestor = Ingestor(store)
    report = ingestor.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles(1, 4)))])
    assert report.stored == 4 and report.stored_ids == sorted(set(report.stored_ids))
    _index_matches_store(ingestor, store)
    store.close()
