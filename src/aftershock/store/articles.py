"""Store queries for sources, articles, near-duplicate signatures and full-text search."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from . import schema as t


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def article_row(row) -> dict:
    d = dict(row._mapping)
    if isinstance(d.get("published"), datetime):
        d["published"] = d["published"].replace(tzinfo=UTC).isoformat()
    return d


def article_doc(article: dict) -> dict:
    """An article as the story and coding stages read it (ids as strings)."""
    return {
        "id": str(article["id"]), "title": article["title"], "text": article["text"],
        "published": article["published"], "source": article["source"],
        "duplicate_of": None if article.get("duplicate_of") is None
        else str(article["duplicate_of"]),
        "date": article["published"][:10],
    }


ARTICLE_COLUMNS = [
    t.articles.c.id, t.articles.c.ext_id, t.articles.c.url, t.articles.c.canonical_url,
    t.articles.c.title, t.articles.c.published, t.articles.c.text, t.articles.c.lang,
    t.articles.c.duplicate_of, t.articles.c.similarity, t.articles.c.story_id,
    t.articles.c.coded_at, t.sources.c.name.label("source"),
]


class ArticleQueries:
    """Mixed into Store: everything about sources and articles."""

    def source_id(self, name: str, kind: str = "outlet", url: str | None = None,
                  conn=None) -> int:
        """Id of the source, created if new. Without `conn` it commits at once and tolerates a
        concurrent writer creating the same source."""
        cache = self.__dict__.setdefault("_source_ids", {})
        if (kind, name) in cache:
            return cache[kind, name]
        find = select(t.sources.c.id).where(t.sources.c.kind == kind, t.sources.c.name == name)
        try:
            with self._conn(conn, write=True) as c:
                row = c.execute(find).first()
                sid = row[0] if row else c.execute(t.sources.insert().values(
                    kind=kind, name=name, url=url)).inserted_primary_key[0]
        except IntegrityError:
            if conn is not None:
                raise
            with self.connect() as c:  # another writer created it first
                sid = c.execute(find).scalar_one()
        cache[kind, name] = sid
        return sid

    def feed_state(self, url: str) -> dict:
        with self.connect() as conn:
            row = conn.execute(select(t.sources).where(
                t.sources.c.kind == "feed", t.sources.c.name == url)).first()
        return dict(row._mapping) if row else {}

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        sid = self.source_id(url, kind="feed", url=url)
        with self.begin() as conn:
            conn.execute(update(t.sources).where(t.sources.c.id == sid).values(
                etag=etag, last_modified=last_modified, fetched_at=utcnow()))

    def find_article(self, *, canonical_url: str | None = None,
                     content_hash: str | None = None, conn=None) -> int | None:
        """Id of a stored article with this canonical URL or exact content hash."""
        conds = []
        if canonical_url:
            conds.append(t.articles.c.canonical_url == canonical_url)
        if content_hash:
            conds.append(t.articles.c.content_hash == content_hash)
        if not conds:
            return None
        with self._conn(conn) as c:
            for cond in conds:
                row = c.execute(select(t.articles.c.id).where(cond)).first()
                if row:
                    return row[0]
        return None

    def insert_article(self, record: dict, signature: bytes | None = None, conn=None) -> int:
        """Store one article (and its MinHash signature); returns its id. Pass `conn` from
        `Store.transaction()` to group many inserts in one transaction."""
        values = {k: record.get(k) for k in (
            "ext_id", "url", "canonical_url", "title", "published", "text", "lang",
            "content_hash", "duplicate_of", "similarity")}
        values["ingested_at"] = utcnow()
        with self._conn(conn, write=True) as c:
            values["source_id"] = self.source_id(record["source"], conn=c)
            article_id = c.execute(t.articles.insert().values(**values)).inserted_primary_key[0]
            if signature is not None:
                c.execute(t.article_minhash.insert().values(
                    article_id=article_id, signature=signature))
        return article_id

    def minhash_signatures(self, batch: int = 2000) -> Iterator[tuple[int, int | None, bytes]]:
        """(article id, the article it duplicates or None, MinHash signature) for every article."""
        q = (select(t.article_minhash.c.article_id, t.articles.c.duplicate_of,
                    t.article_minhash.c.signature)
             .join(t.articles, t.articles.c.id == t.article_minhash.c.article_id))
        with self.connect() as conn:
            for row in conn.execution_options(yield_per=batch).execute(q):
                yield row[0], row[1], row[2]

    def articles(self, *, ids=None, pending_story: bool = False, pending_coding: bool = False,
                 since: datetime | None = None, until: datetime | None = None,
                 story_ids=None) -> list[dict]:
        """Articles with their outlet name, oldest first, filtered as asked."""
        q = select(*ARTICLE_COLUMNS).join(t.sources, t.sources.c.id == t.articles.c.source_id)
        if ids is not None:
            q = q.where(t.articles.c.id.in_(list(ids)))
        if story_ids is not None:
            q = q.where(t.articles.c.story_id.in_(list(story_ids)))
        if pending_story:
            q = q.where(t.articles.c.story_id.is_(None))
        if pending_coding:
            q = q.where(t.articles.c.coded_at.is_(None))
        if since is not None:
            q = q.where(t.articles.c.published >= since)
        if until is not None:
            q = q.where(t.articles.c.published <= until)
        q = q.order_by(t.articles.c.published, t.articles.c.id)
        with self.connect() as conn:
            return [article_row(r) for r in conn.execute(q)]

    def pending_story_ids(self) -> list[int]:
        """Ids of the articles no story holds yet, oldest first (as `articles` orders them),
        without their text: the story stage reads them a chunk at a time."""
        q = select(t.articles.c.id).where(t.articles.c.story_id.is_(None)).order_by(
            t.articles.c.published, t.articles.c.id)
        with self.connect() as conn:
            return [row[0] for row in conn.execute(q)]

    def article_entities(self, ids) -> dict[int, list]:
        """Stored named entities ([[text, label], ...]) of these articles, by article id;
        articles whose entities were never extracted are left out."""
        ids = [int(i) for i in ids]
        found: dict[int, list] = {}
        with self.connect() as conn:
            for start in range(0, len(ids), 500):
                q = select(t.article_entities.c.article_id, t.article_entities.c.entities).where(
                    t.article_entities.c.article_id.in_(ids[start:start + 500]))
                found.update({row[0]: row[1] for row in conn.execute(q)})
        return found

    def save_article_entities(self, entities: dict[int, list]) -> None:
        """Store (or replace) the named entities of articles, in one transaction."""
        if not entities:
            return
        ids = [int(i) for i in entities]
        with self.begin() as conn:
            for start in range(0, len(ids), 500):
                conn.execute(delete(t.article_entities).where(
                    t.article_entities.c.article_id.in_(ids[start:start + 500])))
            conn.execute(insert(t.article_entities), [
                {"article_id": int(i), "entities": list(value)} for i, value in entities.items()])

    def article(self, article_id: int) -> dict | None:
        found = self.articles(ids=[article_id])
        return found[0] if found else None

    def count(self, table: str) -> int:
        with self.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.metadata.tables[table])
                                ).scalar_one()

    def search_articles(self, query: str, limit: int = 20, match: str = "all") -> list[dict]:
        """Full-text search over title and text, best match first. `match="all"` wants every
        word of the query, `match="any"` ranks articles holding any of them."""
        ids = self._search_article_ids(query, limit, match)
        by_id = {a["id"]: a for a in self.articles(ids=ids)} if ids else {}
        return [by_id[i] for i in ids if i in by_id]

    def search_story_ids(self, query: str, limit: int = 20, match: str = "all") -> set[int]:
        """The stories of the articles `search_articles` finds (reading only their story ids)."""
        ids = self._search_article_ids(query, limit, match)
        if not ids:
            return set()
        with self.connect() as conn:
            return {r[0] for r in conn.execute(select(t.articles.c.story_id).where(
                t.articles.c.id.in_(ids), t.articles.c.story_id.is_not(None)))}

    def _search_article_ids(self, query: str, limit: int, match: str) -> list[int]:
        words = [w for w in re.findall(r"\w+", query) if len(w) > 1]
        if not words:
            return []
        with self.connect() as conn:
            if conn.dialect.name == "sqlite":
                joiner = " OR " if match == "any" else " "
                expr = joiner.join(f'"{w}"' for w in words)
                ids = [r[0] for r in conn.execute(text(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q "
                    "ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT :n"), {"q": expr, "n": limit})]
            else:
                joiner = " | " if match == "any" else " & "
                expr = joiner.join(w.lower() for w in words)
                ids = [r[0] for r in conn.execute(text(
                    "SELECT id FROM articles, to_tsquery('english', :q) AS query "
                    "WHERE to_tsvector('english', title || ' ' || text) @@ query "
                    "ORDER BY ts_rank(setweight(to_tsvector('english', title), 'A') || "
                    "to_tsvector('english', text), query) DESC, id LIMIT :n"),
                    {"q": expr, "n": limit})]
        return ids
