"""The store creates its schema through registered migrations and upgrades old databases."""
import pytest
from sqlalchemy import text

from aftershock.ingest import ingest
from aftershock.store import MIGRATIONS, Store

from .conftest import article, seed_old_event, write_jsonl


def test_fresh_database_has_every_table_and_records_migrations(store):
    tables = set(store.table_names())
    for name in ("sources", "articles", "stories", "events", "ripples", "alerts", "briefs",
                 "migrations", "series", "anomalies", "watchlists"):
        assert name in tables
    if store.engine.dialect.name == "sqlite":
        assert "articles_fts" in tables
    assert store.applied_migrations() == {name for name, _ in MIGRATIONS}


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'wal.db'}")
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_applies_nothing_twice(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).close()
    again = Store(url, migrate=False)
    assert again.migrate() == []


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    return request.getfixturevalue("pg_url")


def test_migrating_an_existing_database_keeps_rows_and_indexes_them(tmp_path, empty_url):
    url = empty_url
    old = Store(url, migrate=False)
    assert old.migrate(upto="m001_core_tables") == ["m001_core_tables"]
    assert "ripples" not in old.table_names()
    path = write_jsonl(tmp_path / "a.jsonl", [article(1, text="The lighthouse keepers voted "
                                                              "to stay on the rock at Lumen.")])
    report = ingest(old, [str(path)])
    assert report.stored == 1
    old.close()

    upgraded = Store(url)
    assert {"m002_article_search", "m003_signal_tables"} <= upgraded.applied_migrations()
    assert "ripples" in upgraded.table_names()
    assert [a["ext_id"] for a in upgraded.search_articles("lighthouse keepers")] == ["t-1"]
    assert upgraded.count("articles") == 1


def test_bad_database_folder_is_named(tmp_path):
    from aftershock.store import StoreError
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_database_url_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSHOCK_DB", f"sqlite:///{tmp_path / 'env.db'}")
    s = Store()
    assert s.url.endswith("env.db")
    assert (tmp_path / "env.db").exists()


def test_events_table_from_before_m008_is_upgraded_in_place(tmp_path):
    """A database whose events table predates imported events keeps its rows."""
    url = f"sqlite:///{tmp_path / 'v7.db'}"
    old = Store(url, migrate=False)
    old.migrate(upto="m007_alert_status_and_deliveries")
    with old.begin() as conn:  # the events table as m001 first made it
        conn.exec_driver_sql("DROP TABLE events")
        conn.exec_driver_sql(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL "
            "REFERENCES articles(id) ON DELETE CASCADE, event_index INTEGER NOT NULL, "
            "sentence_index INTEGER, date DATE, sentence TEXT NOT NULL, source_text TEXT, "
            "source_code VARCHAR(40), source_country VARCHAR(3), target_text TEXT, "
            "target_code VARCHAR(40), target_country VARCHAR(3), cameo VARCHAR(4) NOT NULL, "
            "root VARCHAR(2) NOT NULL, quad INTEGER NOT NULL, penta INTEGER NOT NULL, "
            "goldstein FLOAT NOT NULL, plover VARCHAR(40), place TEXT, confidence FLOAT, "
            "UNIQUE (article_id, event_index))")
        conn.exec_driver_sql("CREATE INDEX ix_events_date ON events (date)")
    aid = seed_old_event(old, tmp_path)
    new = Store(url)
    assert "m008_imported_events" in new.applied_migrations()
    events = new.events()
    assert len(events) == 1 and events[0]["origin"] == "coded"
    assert events[0]["article_id"] == aid and events[0]["cameo"] == "111"
