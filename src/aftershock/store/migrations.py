"""Registered schema migrations, applied in order and recorded in the `migrations` table."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, text

from . import schema

MigrationFn = Callable[[Connection], None]
MIGRATIONS: list[tuple[str, MigrationFn]] = []


def migration(fn: MigrationFn) -> MigrationFn:
    """Register a migration; its function name is the name recorded once applied."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def _create(conn: Connection, *tables) -> None:
    schema.metadata.create_all(conn, tables=list(tables), checkfirst=True)


@migration
def m001_core_tables(conn: Connection) -> None:
    _create(conn, schema.sources, schema.stories, schema.articles, schema.article_minhash,
            schema.events)


@migration
def m002_article_search(conn: Connection) -> None:
    """Full-text index over article title and text (FTS5 on SQLite), filled from existing rows."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "title, text, content='articles', content_rowid='id', tokenize='porter unicode61')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles "
            "BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles USING gin "
            "(to_tsvector('english', title || ' ' || text))"
        ))


@migration
def m003_signal_tables(conn: Connection) -> None:
    _create(conn, schema.series, schema.anomalies)


@migration
def m004_ripples_alerts_briefs(conn: Connection) -> None:
    _create(conn, schema.ripples, schema.alerts, schema.briefs)


@migration
def m005_watchlists(conn: Connection) -> None:
    _create(conn, schema.watchlists)


@migration
def m007_alert_status_and_deliveries(conn: Connection) -> None:
    """alerts.status (muted alerts are recorded but not delivered) and per-channel deliveries."""
    from .watch import create_watch_tables
    create_watch_tables(conn)


@migration
def m008_imported_events(conn: Connection) -> None:
    """Events without an article (imported from GDELT): nullable article_id, origin, ext_id and
    source_url. SQLite cannot relax NOT NULL in place, so the table is rebuilt there."""
    columns = [c["name"] for c in inspect(conn).get_columns("events")]
    if "origin" in columns:
        return  # created by m001 with the current shape
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("ALTER TABLE events RENAME TO events_before_m008")
        for (index,) in conn.exec_driver_sql(  # index names are global: free them all
                "SELECT name FROM sqlite_master WHERE type = 'index' AND "
                "tbl_name = 'events_before_m008' AND name NOT LIKE 'sqlite_autoindex%'").all():
            conn.exec_driver_sql(f'DROP INDEX "{index}"')
        schema.events.create(conn)
        kept = ", ".join(columns)
        conn.exec_driver_sql(f"INSERT INTO events ({kept}) SELECT {kept} FROM events_before_m008")
        conn.exec_driver_sql("DROP TABLE events_before_m008")
    else:
        conn.exec_driver_sql("ALTER TABLE events ALTER COLUMN article_id DROP NOT NULL")
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN origin VARCHAR(20) NOT NULL "
                             "DEFAULT 'coded'")
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN ext_id VARCHAR(40)")
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN source_url TEXT")
        conn.exec_driver_sql("ALTER TABLE events ADD CONSTRAINT uq_events_origin_ext "
                             "UNIQUE (origin, ext_id)")


@migration
def m009_web_tokens_and_indexes(conn: Connection) -> None:
    """API tokens (hashes only) and indexes for the web app's filters and newest-first pages."""
    from .web import create_web_tables
    create_web_tables(conn)


@migration
def m010_event_sentence_offsets(conn: Connection) -> None:
    """events.sentence_start / sentence_end: where the event's sentence sits in its article's
    text. Rows coded before stay NULL until their article is coded again."""
    columns = [c["name"] for c in inspect(conn).get_columns("events")]
    for column in ("sentence_start", "sentence_end"):
        if column not in columns:  # tables created by m001/m008 already have today's shape
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {column} INTEGER")


@migration
def m012_article_entities(conn: Connection) -> None:
    """article_entities: each article's named entities, parsed once by the story stage and
    read back by later runs. Articles stored before stay without a row until next needed."""
    _create(conn, schema.article_entities)


@migration
def m013_event_method(conn: Connection) -> None:
    """events.method: pattern or model (the coder's learned fallback); NULL for rows coded
    before, which came from the patterns."""
    if "method" not in [c["name"] for c in inspect(conn).get_columns("events")]:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN method VARCHAR(16)")


@migration
def m014_storylines(conn: Connection) -> None:
    """storylines: each story's storyline key. Stores made before hold none until the next
    `stories` run rebuilds them (it does when the table is empty and stories exist)."""
    _create(conn, schema.storylines)


def applied(conn: Connection) -> set[str]:
    if not inspect(conn).has_table("migrations"):
        return set()
    return {row[0] for row in conn.execute(schema.migrations.select())}


def pending(done: set[str], upto: str | None = None) -> list[str]:
    """The registered migrations (up to and including `upto`) not in `done`."""
    names = []
    for name, _fn in MIGRATIONS:
        if name not in done:
            names.append(name)
        if name == upto:
            break
    return names


def migrate(conn: Connection, upto: str | None = None) -> list[str]:
    """Apply every registered migration not yet recorded (up to and including `upto`)."""
    _create(conn, schema.migrations)
    done = applied(conn)
    ran = []
    for name, fn in MIGRATIONS:
        if name not in done:
            fn(conn)
            conn.execute(schema.migrations.insert().values(
                name=name, applied_at=datetime.now(UTC).replace(tzinfo=None)))
            ran.append(name)
        if name == upto:
            break
    return ran
