"""The store creates its schema through registered migrations and upgrades old databases."""
from sqlalchemy import text

from aftershock.ingest import ingest
from aftershock.store import MIGRATIONS, Store

from .conftest import article, write_jsonl


def test_fresh_database_has_every_table_and_records_migrations(store):
    tables = set(store.table_names())
    for name in ("sources", "articles", "stories", "events", "ripples", "alerts", "briefs",
                 "migrations", "series", "anomalies", "articles_fts"):
        assert name in tables
    assert store.applied_migrations() == {name for name, _ in MIGRATIONS}


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_applies_nothing_twice(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).close()
    again = Store(url, migrate=False)
    assert again.migrate() == []


def test_migrating_an_existing_database_keeps_rows_and_indexes_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store(url, migrate=False)
    assert old.migrate(upto="m001_core_tables") == ["m001_core_tables"]
    assert "articles_fts" not in old.table_names()
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
    import pytest

    from aftershock.store import StoreError
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_database_url_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSHOCK_DB", f"sqlite:///{tmp_path / 'env.db'}")
    s = Store()
    assert s.url.endswith("env.db")
    assert (tmp_path / "env.db").exists()
