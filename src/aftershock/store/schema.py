"""Table definitions: the current shape of every table aftershock stores."""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # outlet | feed | page
    Column("name", String(500), nullable=False),
    Column("url", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", DateTime),
    UniqueConstraint("kind", "name", name="uq_sources_kind_name"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ext_id", String(500)),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("canonical_url", String(2000), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("published", DateTime, nullable=False),
    Column("text", Text, nullable=False),
    Column("lang", String(16)),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("similarity", Float),
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("coded_at", DateTime),
    Column("ingested_at", DateTime, nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_story", "story_id"),
)

article_minhash = Table(
    "article_minhash",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

# Named entities of an article ([[text, spaCy label], ...] as JSON), parsed once (m012).
article_entities = Table(
    "article_entities",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("entities", JSON, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(100), nullable=False, unique=True),
    Column("headline", Text, nullable=False),
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("countries", JSON, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

storylines = Table(
    "storylines",  # each story's storyline (aftershock.stories.storylines), rebuilt by `stories`
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("storyline", String(120), nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_storylines_storyline", "storyline"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    # NULL for events imported from elsewhere (GDELT), which name their article by source_url
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE")),
    Column("event_index", Integer, nullable=False),
    Column("origin", String(20), nullable=False, server_default="coded"),  # coded | gdelt
    Column("ext_id", String(40)),  # the event's id in its origin (GLOBALEVENTID)
    Column("source_url", Text),
    Column("sentence_index", Integer),
    Column("date", Date),
    Column("sentence", Text, nullable=False),
    # the sentence's character offsets in its article's text: text[start:end] == sentence
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("source_text", Text),
    Column("source_code", String(40)),
    Column("source_country", String(3)),
    Column("target_text", Text),
    Column("target_code", String(40)),
    Column("target_country", String(3)),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("quad", Integer, nullable=False),
    Column("penta", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover", String(40)),
    Column("place", Text),
    Column("confidence", Float),
    Column("method", String(16)),  # how the coder found it: pattern | model (NULL: pattern)
    UniqueConstraint("article_id", "event_index", name="uq_events_article_index"),
    UniqueConstraint("origin", "ext_id", name="uq_events_origin_ext"),
    Index("ix_events_date", "date"),
)

series = Table(
    "series",
    metadata,
    Column("kind", String(10), primary_key=True),  # dyad | region
    Column("key", String(80), primary_key=True),
    Column("date", Date, primary_key=True),
    Column("n", Integer, nullable=False),
    Column("q1", Integer, nullable=False),
    Column("q2", Integer, nullable=False),
    Column("q3", Integer, nullable=False),
    Column("q4", Integer, nullable=False),
    Column("goldstein_sum", Float, nullable=False),
    Column("goldstein_mean", Float),
    Column("conflict_share", Float),
    Column("share_of_day", Float),
)

anomalies = Table(
    "anomalies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("key", String(80), nullable=False),
    Column("date", Date, nullable=False),
    Column("metric", String(40), nullable=False),
    Column("value", Float),
    Column("baseline", Float),
    Column("score", Float, nullable=False),
    Column("event_ids", JSON, nullable=False),
    UniqueConstraint("kind", "key", "date", "metric", name="uq_anomalies"),
)

ripples = Table(
    "ripples",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("trigger_story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("region", String(80), nullable=False),
    Column("window_days", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("report", JSON, nullable=False),
    UniqueConstraint("trigger_story_id", "region", "window_days", name="uq_ripples"),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watchlist", String(200), nullable=False),
    Column("rule", String(80), nullable=False),
    Column("ref", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("delivered_at", DateTime),
    Column("status", String(20)),  # NULL/"fired": to deliver; "muted": recorded while muted
    UniqueConstraint("watchlist", "rule", "ref", name="uq_alerts"),
)

briefs = Table(
    "briefs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),  # story | ripple
    Column("ref_id", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("brief", JSON, nullable=False),
    UniqueConstraint("kind", "ref_id", name="uq_briefs"),
)

watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("spec", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
